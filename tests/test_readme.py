"""The README's promises that can drift: where the operations are listed, the two commands, and a
quick start that runs as written against the sandbox.

The operations are listed once, by the generator, in the package's own README (generated/README.md);
the repository README points there rather than keeping a table by hand. Should it still carry a
table, every row must agree with the spec, so a stale one fails here instead of misleading.
"""

from __future__ import annotations

import importlib
import os
import re
import select
import shlex
import socket
import subprocess
import sys
from pathlib import Path

import yaml

from support.docs import blocks, run_by

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


def test_the_readme_is_a_front_door() -> None:
    assert len(README.splitlines()) <= 200
    # Not on PyPI yet: the README says how to install from a checkout.
    assert 'pip install "./generated[' in README
    assert "PAYCOMBAT_BASE_URL" in README


QUICK_START = "Quick start, against the sandbox"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_quick_start_runs_as_written(tmp_path: Path) -> None:
    [shell] = run_by("tests/test_readme.py", "README.md", QUICK_START)
    [script] = [b for b in blocks(ROOT / "README.md") if b.heading == QUICK_START and b.language == "python"]
    (tmp_path / "quickstart.py").write_text(script.code, encoding="utf-8")
    port = str(_free_port())
    lines = [shlex.split(line.replace("12111", port)) for line in shell.code.splitlines()]
    assert [line[0] for line in lines] == ["paycombat", "export", "export", "export", "python"]
    start, *exports, last = lines
    assert start[-1] == "&" and last == ["python", "quickstart.py"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PAYCOMBAT_")}
    env |= dict(line[1].split("=", 1) for line in exports)
    assert set(env) >= {"PAYCOMBAT_BASE_URL", "PAYCOMBAT_TOKEN", "PAYCOMBAT_SIGNATURE_KEY"}
    command = str(Path(sys.executable).with_name("paycombat"))
    sandbox = subprocess.Popen([command, *start[1:-1]], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert sandbox.stdout is not None
        assert select.select([sandbox.stdout], [], [], 30)[0], "the sandbox did not start within 30 s"
        assert sandbox.stdout.readline().startswith(f"PayCombat sandbox listening on http://127.0.0.1:{port}")
        result = subprocess.run(
            [sys.executable, "quickstart.py"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
        )
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=30)
    assert result.returncode == 0, result.stderr
    customer, payout = result.stdout.splitlines()
    assert re.fullmatch(r"customer \S+ active: True", customer)
    assert payout == "payout PENDING AUD"
