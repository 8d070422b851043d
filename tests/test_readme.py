"""The README's promises that can drift: the operations table and the two commands."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
_ROW = re.compile(r"^\| `(\w+)` \| `([\w.]+)` \| `(\w+) (\S+)` \| ([\w-]+) \| ([\w-]+) \|$", re.MULTILINE)


def _spec_operations() -> dict[str, tuple[str, str, str, str]]:
    spec = yaml.safe_load((ROOT / "spec" / "paycombat.yaml").read_text(encoding="utf-8"))
    return {
        op["operationId"]: (method.upper(), path, op["x-paycombat-source"], op["x-paycombat-retry"])
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }


def test_operations_table_matches_the_spec() -> None:
    rows = {m[0]: (m[2], m[3], m[4], m[5]) for m in _ROW.findall(README)}
    assert rows == _spec_operations()


def test_operations_table_names_real_modules() -> None:
    modules = [m[1] for m in _ROW.findall(README)]
    assert len(modules) == len(_spec_operations())
    for name in modules:
        module = importlib.import_module(f"paycombat_client.api.{name}")
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, function))


def test_ci_runs_the_readme_test_command() -> None:
    assert "./dev generate" in README and "./dev test" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^\./dev test$", ci, re.MULTILINE)
