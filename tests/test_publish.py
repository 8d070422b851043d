"""paycombat-client published to a real package index on 127.0.0.1, then installed from it as a user would.

The index is pypiserver, with uploads behind a password. twine is set up only through its standard
TWINE_* variables, as in ``nox -s publish``. A fresh virtual environment installs the package
from the index (its dependencies come through the index's fallback: a redirect to the usual
public index, or to PIP_INDEX_URL where that is set), and makes one signed call to the fake server.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import tomllib
import urllib.error
import urllib.request
import venv
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from support.fakeapi import FakePayCombat

ROOT = Path(__file__).resolve().parent.parent
CONSTRAINTS = ROOT / "codegen" / "requirements" / "constraints.txt"
_HOST = "127.0.0.1"
_START_TIMEOUT = 30.0
_STOP_TIMEOUT = 10.0
_COMMAND_TIMEOUT = 300.0  # a hung install fails the test instead of the CI run

# Runs inside the fresh environment; credentials come from the variables the client reads.
_USER_SCRIPT = """
import sys
import paycombat_client
from paycombat_client import AuthenticatedClient
from paycombat_client.api.customer import create_customer
from paycombat_client.models import CreateCustomerRequest, CustomerIndividual

assert paycombat_client.__file__.startswith(sys.prefix), paycombat_client.__file__
body = CreateCustomerRequest(
    description="Installed from the index",
    type_="individual",
    individual=CustomerIndividual(first_name="Ann", last_name="Lee", address_country="AU"),
)
with AuthenticatedClient() as client:
    created = create_customer.sync(client=client, body=body)
print(paycombat_client.__version__, created.data.description)
"""


@dataclass(frozen=True)
class PackageIndex:
    url: str  # upload URL; the simple index is below it
    username: str
    password: str
    packages: Path


def _run(
    cmd: list[str], *, cwd: Path | None = None, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=env, timeout=_COMMAND_TIMEOUT)
    assert proc.returncode == 0, f"{cmd[:4]} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return proc


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((_HOST, 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def package_index(workdir: Path) -> Iterator[PackageIndex]:
    """pypiserver on a free loopback port, uploads behind a password; always stopped."""
    packages = workdir / "packages"
    packages.mkdir(parents=True)
    username, password = "publisher", secrets.token_urlsafe(16)
    digest = base64.b64encode(hashlib.sha1(password.encode("utf-8")).digest()).decode("ascii")
    htpasswd = workdir / "htpasswd"
    htpasswd.write_text(f"{username}:{{SHA}}{digest}\n", encoding="utf-8")
    port = _free_port()
    cmd = [sys.executable, "-m", "pypiserver", "run", "--host", _HOST, "--port", str(port)]
    cmd += ["--authenticate", "update", "--passwords", str(htpasswd), "--server", "wsgiref"]
    if os.environ.get("PIP_INDEX_URL"):
        cmd += ["--fallback-url", os.environ["PIP_INDEX_URL"]]
    log_path = workdir / "pypiserver.log"
    with log_path.open("w", encoding="utf-8") as log:
        server = subprocess.Popen([*cmd, str(packages)], stdout=log, stderr=subprocess.STDOUT)
        try:
            url = f"http://{_HOST}:{port}/"
            _wait_until_up(server, f"{url}health", log_path)
            yield PackageIndex(url, username, password, packages)
        finally:
            server.terminate()
            try:
                server.wait(_STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(_STOP_TIMEOUT)


def _wait_until_up(server: subprocess.Popen[bytes], health_url: str, log_path: Path) -> None:
    deadline = time.monotonic() + _START_TIMEOUT
    while True:
        if server.poll() is not None:
            raise RuntimeError(f"pypiserver exited ({server.returncode}):\n{log_path.read_text(encoding='utf-8')}")
        try:
            with urllib.request.urlopen(health_url, timeout=1) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"pypiserver did not answer within {_START_TIMEOUT}s")
        time.sleep(0.1)


def _package_version() -> str:
    with (ROOT / "generated" / "pyproject.toml").open("rb") as f:
        version: str = tomllib.load(f)["project"]["version"]
        return version


def test_publish_to_an_index_then_install_and_call(tmp_path: Path, api: FakePayCombat) -> None:
    version = _package_version()
    dist = tmp_path / "dist"
    _run([sys.executable, str(ROOT / "codegen" / "release.py"), "build", "--outdir", str(dist)])
    built = sorted(p.name for p in dist.iterdir())
    assert built == [f"paycombat_client-{version}-py3-none-any.whl", f"paycombat_client-{version}.tar.gz"]

    upload = [sys.executable, "-m", "twine", "upload", "--non-interactive", *(str(dist / name) for name in built)]
    python = tmp_path / "venv" / "bin" / "python"
    report = tmp_path / "pip-report.json"
    with package_index(tmp_path / "index") as index:
        twine_env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("TWINE_")},
            "TWINE_REPOSITORY_URL": index.url,
            "TWINE_USERNAME": index.username,
            "TWINE_PASSWORD": "not-the-password",
        }
        # The index really checks the credentials ...
        refused = subprocess.run(upload, capture_output=True, text=True, env=twine_env, timeout=_COMMAND_TIMEOUT)
        assert refused.returncode != 0
        assert "403" in refused.stdout + refused.stderr
        assert list(index.packages.iterdir()) == []
        # ... and twine takes them from its standard variables alone.
        _run(upload, env={**twine_env, "TWINE_PASSWORD": index.password})
        assert sorted(p.name for p in index.packages.iterdir()) == built

        venv.EnvBuilder(with_pip=True).create(tmp_path / "venv")
        _run(
            [
                str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                "--index-url", f"{index.url}simple/", "-c", str(CONSTRAINTS), "--report", str(report),
                f"paycombat-client=={version}",
            ],
            cwd=tmp_path,
        )  # fmt: skip

    installed = {item["metadata"]["name"]: item for item in json.loads(report.read_text(encoding="utf-8"))["install"]}
    assert installed["paycombat-client"]["metadata"]["version"] == version
    assert installed["paycombat-client"]["download_info"]["url"].startswith(index.url)
    assert {"httpx2", "pydantic", "attrs", "anyio"} <= set(installed)

    env = {
        **os.environ,
        "PAYCOMBAT_BASE_URL": api.base_url,
        "PAYCOMBAT_TOKEN": api.TOKEN,
        "PAYCOMBAT_SIGNATURE_KEY": api.SIGNATURE_KEY,
    }
    # -I: nothing from this repository or the environment's PYTHON* variables leaks in.
    out = _run([str(python), "-I", "-c", _USER_SCRIPT], cwd=tmp_path, env=env).stdout.split()
    assert out[0] == version
    [hit] = api.hits
    assert hit.operation_id == "createCustomer"
    assert hit.verdict == "ok"  # token, body bytes and signature all as PayCombat expects
