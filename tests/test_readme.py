"""The README's promises that can drift: where the operations are listed, and the two commands.

The operations are listed once, by the generator, in the package's own README (generated/README.md);
the repository README points there rather than keeping a table by hand. Should it still carry a
table, every row must agree with the spec, so a stale one fails here instead of misleading.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
PACKAGE_README = (ROOT / "generated" / "README.md").read_text(encoding="utf-8")
_ROW = re.compile(r"^\| `(\w+)` \| `([\w.]+)` \| `(\w+) (\S+)` \| ([\w-]+) \| ([\w-]+) \|$", re.MULTILINE)
_LISTED = re.compile(r"^- `paycombat_client\.api\.([\w.]+)`: (\w+) `(\S+)`", re.MULTILINE)


def _spec_operations() -> dict[str, tuple[str, str, str, str]]:
    spec = yaml.safe_load((ROOT / "spec" / "paycombat.yaml").read_text(encoding="utf-8"))
    return {
        op["operationId"]: (method.upper(), path, op["x-paycombat-source"], op["x-paycombat-retry"])
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }


def test_the_package_readme_lists_every_operation_with_a_real_module() -> None:
    listed = {(method, path): module for module, method, path in _LISTED.findall(PACKAGE_README)}
    assert set(listed) == {(method, path) for method, path, _, _ in _spec_operations().values()}
    for name in listed.values():
        module = importlib.import_module(f"paycombat_client.api.{name}")
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, function))


def test_an_operations_table_left_in_the_readme_agrees_with_the_spec() -> None:
    rows = {m[0]: (m[2], m[3], m[4], m[5]) for m in _ROW.findall(README)}
    spec = _spec_operations()
    assert {op: row for op, row in rows.items() if spec.get(op) != row} == {}
    for name in (m[1] for m in _ROW.findall(README)):
        importlib.import_module(f"paycombat_client.api.{name}")


def test_ci_runs_the_readme_test_command() -> None:
    assert "./dev generate" in README and "./dev test" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^\./dev test$", ci, re.MULTILINE)
