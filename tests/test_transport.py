"""The package runs on httpx2 only: it never imports httpx, and refuses legacy httpx clients clearly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx2
import paycombat_client
import pytest
from paycombat_client import AuthenticatedClient

from support.calls import CALLS

_KEYS = {"token": "snd_test", "signature_key": "key"}


def test_importing_the_package_every_endpoint_and_webhooks_never_imports_httpx() -> None:
    modules = [
        "paycombat_client",
        "paycombat_client.webhooks",
        *(f"paycombat_client.api.{c.module}" for c in CALLS.values()),
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('httpx', 'httpcore')))\n"
        "print('httpx2' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert proc.stdout.split("\n")[:2] == ["[]", "True"]


def test_the_package_declares_httpx2_and_not_httpx() -> None:
    from importlib.metadata import requires

    names = {
        req.split(";")[0].split(">")[0].split("=")[0].split("<")[0].strip()
        for req in requires("paycombat-client") or []
    }
    assert "httpx2" in names and "httpx" not in names


def test_no_source_file_of_the_package_names_httpx_itself() -> None:
    root = Path(paycombat_client.__file__).parent
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if any(
            line.split("#")[0].strip() in ("import httpx", "import httpcore") or line.startswith("from httpx ")
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []


def _legacy() -> object:
    return pytest.importorskip("httpx", reason="legacy httpx is not installed here (the compat sessions)")


@pytest.mark.parametrize("how", ["http_client", "async_http_client", "set_httpx_client", "set_async_httpx_client"])
def test_a_legacy_httpx_client_is_refused_with_what_to_pass_instead(how: str) -> None:
    httpx = _legacy()
    legacy = httpx.AsyncClient() if "async" in how else httpx.Client()  # type: ignore[attr-defined]
    kind = "AsyncClient" if "async" in how else "Client"
    try:
        with pytest.raises(TypeError) as caught:
            if how.startswith("set_"):
                getattr(AuthenticatedClient(**_KEYS), how)(legacy)
            else:
                AuthenticatedClient(**_KEYS, **{how: legacy})
    finally:
        if kind == "Client":
            legacy.close()
    message = str(caught.value)
    assert f"httpx.{kind}" in message and f"httpx2.{kind}" in message and "pip install httpx2" in message


def test_other_objects_are_refused_as_http_clients_too() -> None:
    with pytest.raises(TypeError, match=r"must be an httpx2\.Client, not builtins\.str"):
        AuthenticatedClient(**_KEYS, http_client="http://proxy")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"must be an httpx2\.AsyncClient, not httpx2\.Client"):
        with httpx2.Client() as sync_client:
            AuthenticatedClient(**_KEYS, async_http_client=sync_client)  # type: ignore[arg-type]


def test_httpx2_clients_are_accepted_and_not_closed_by_us() -> None:
    with httpx2.Client() as own:
        client = AuthenticatedClient(**_KEYS, http_client=own)
        assert client.get_httpx_client() is own
        client.close()
        assert not own.is_closed
