"""Adding an operation takes a spec edit and the generate command, nothing else.

In a temporary copy of what generation reads, a made-up operation (a new tag, a path parameter,
an answer whose record has a money field) is added to the spec and the package regenerated. The
new package, first on the path of a fresh interpreter, then serves it everywhere: the bundled
sandbox answers it (sync and async, the amount an exact Decimal), the ``paycombat`` command
lists it, the docs' operations page (docs/reference/operations.md) describes it, and the
API-change report shows it as an addition, with no breaking change.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
# What codegen/generate.py reads; nothing else of the repository is copied.
_COPIED = ("spec", "codegen", "templates", "runtime", "CHANGELOG.md", "LICENSE")
_TIMEOUT = 180

WALLET_PATH = "/api/v1/wallet/get-by-id/{wallet_id}"
WALLET_OPERATION: dict[str, Any] = {
    "operationId": "getWalletById",
    "tags": ["wallet"],
    "summary": "Get a wallet by id",
    "description": "Made up by a test: inferred, as the operations whose paths are not public would be.",
    "x-paycombat-source": "inferred",
    "x-paycombat-retry": "safe",
    "security": [{"PayCombatToken": [], "PayCombatSignature": []}],
    "parameters": [
        {"name": "wallet_id", "in": "path", "required": True, "schema": {"type": "string"}, "example": "wallet_1"}
    ],
    "responses": {
        "2XX": {
            "description": "The wallet.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WalletResponse"}}},
        }
    },
}
WALLET_SCHEMAS: dict[str, Any] = {
    "Wallet": {
        "type": "object",
        "description": "A wallet (made up by a test).",
        "properties": {
            "id": {"type": ["string", "null"]},
            "balance": {
                "anyOf": [{"$ref": "#/components/schemas/Money"}, {"type": "null"}],
                "x-paycombat-money": True,
                "description": "What the wallet holds.",
            },
            "currency": {"type": ["string", "null"]},
        },
    },
    "WalletResponse": {
        "type": "object",
        "description": "Success envelope.",
        "required": ["data"],
        "properties": {
            "status": {"type": "boolean"},
            "message": {"type": ["string", "null"]},
            "data": {"$ref": "#/components/schemas/Wallet"},
        },
    },
}

# Run by the interpreter of this test, with only the new package first on its path.
_CALLS = """
import asyncio, json, sys
from decimal import Decimal
import paycombat_client
from paycombat_client.api.wallet import get_wallet_by_id
from paycombat_client.testing import Sandbox

assert paycombat_client.__file__.startswith(sys.argv[1]), paycombat_client.__file__

with Sandbox(seed=1) as sandbox, sandbox.client(timeout=10) as client:
    synced = get_wallet_by_id.sync("wallet_1", client=client)

async def main():
    async with Sandbox(seed=1) as sandbox, sandbox.client(timeout=10) as client:
        return await get_wallet_by_id.asyncio_detailed("wallet_1", client=client), sandbox.requests

detailed, requests = asyncio.run(main())
print(json.dumps({
    "sync_balance": [type(synced.data.balance).__name__, str(synced.data.balance)],
    "async_balance": [type(detailed.parsed.data.balance).__name__, str(detailed.parsed.data.balance)],
    "async_status": detailed.status_code,
    "requests": [[r.operation_id, r.method, r.path, r.status] for r in requests],
}))
"""


def _run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=_TIMEOUT)
    assert proc.returncode == 0, f"{args[1:3]} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def _copy_of_the_repository(tmp: Path) -> Path:
    copy = tmp / "repo"
    copy.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".ruff_cache", ".mypy_cache")
    for name in _COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=ignore)
        else:
            shutil.copy2(source, copy / name)
    return copy


def _add_the_operation(spec_path: Path) -> None:
    """The one edit: a tag, a path with its operation, and the schemas of its answer."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    assert WALLET_PATH not in spec["paths"] and "wallet" not in {t["name"] for t in spec["tags"]}
    spec["tags"].append({"name": "wallet", "description": "Wallets (made up by a test)."})
    spec["paths"][WALLET_PATH] = {"get": WALLET_OPERATION}
    spec["components"]["schemas"].update(WALLET_SCHEMAS)
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("add-an-operation")
    repo = _copy_of_the_repository(tmp)
    generate = str(repo / "codegen" / "generate.py")
    _run(sys.executable, generate, "--output", str(tmp / "before"), cwd=repo)
    _add_the_operation(repo / "spec" / "paycombat.yaml")
    _run(sys.executable, generate, "--output", str(repo / "generated"), cwd=repo)
    return {"repo": repo, "before": tmp / "before", "after": repo / "generated"}


def _env(package_root: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(package_root), "PYTHONDONTWRITEBYTECODE": "1"}


def test_the_bundled_sandbox_serves_the_new_operation_sync_and_async(regenerated: dict[str, Path]) -> None:
    after = regenerated["after"]
    out = _run(sys.executable, "-c", _CALLS, str(after), cwd=after, env=_env(after))
    result = json.loads(out)
    assert result["sync_balance"] == result["async_balance"] == ["Decimal", "10.50"]
    assert result["async_status"] == 200
    assert result["requests"] == [["getWalletById", "GET", "/api/v1/wallet/get-by-id/wallet_1", 200]]


def test_the_paycombat_command_lists_the_new_tag_and_operation(regenerated: dict[str, Path]) -> None:
    after = regenerated["after"]
    top = _run(sys.executable, "-m", "paycombat_client.cli", "--help", cwd=after, env=_env(after))
    assert "wallet" in top.split()
    tag = _run(sys.executable, "-m", "paycombat_client.cli", "wallet", "--help", cwd=after, env=_env(after))
    assert "get-wallet-by-id" in tag and "Get a wallet by id" in tag
    operation = _run(
        sys.executable, "-m", "paycombat_client.cli", "wallet", "get-wallet-by-id", "--help", cwd=after, env=_env(after)
    )
    assert "WALLET_ID" in operation.upper() and WALLET_PATH.split("{")[0] in operation


def test_the_operations_page_of_the_docs_shows_the_new_operation(regenerated: dict[str, Path]) -> None:
    page = (regenerated["repo"] / "docs" / "reference" / "operations.md").read_text(encoding="utf-8")
    assert "\n## wallet\n\nWallets (made up by a test).\n" in page
    section = page.split("\n### getWalletById\n", 1)[1].split("\n### ", 1)[0]
    assert f"- Method and path: `GET {WALLET_PATH}`" in section
    assert "- Module: `paycombat_client.api.wallet.get_wallet_by_id`" in section
    assert "- Source: `inferred`" in section and "- Retry: `safe`: " in section
    assert 'answer = get_wallet_by_id.sync(wallet_id="wallet_1", client=client)' in section


def test_the_api_change_report_shows_the_operation_as_an_addition(regenerated: dict[str, Path]) -> None:
    repo = regenerated["repo"]
    apidiff = str(repo / "codegen" / "apidiff.py")
    args = ("--against-dir", str(regenerated["before"]), "--current", str(regenerated["after"]))
    report = _run(sys.executable, apidiff, *args, cwd=repo)
    added = [line.strip() for line in report.splitlines() if line.strip().startswith("+")]
    assert "+ wallet.get_wallet_by_id" in added, report
    assert {"+ Wallet", "+ WalletResponse"} <= set(added), report
    assert "No breaking change." in report and "[breaking]" not in report
    assert not [line for line in report.splitlines() if line.strip().startswith(("-", "~"))], report
