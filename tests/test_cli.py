"""The ``paycombat`` command, run as a subprocess (the installed console script) against the
Node-judged fake server, a recording webhook receiver and, once it exists, the sandbox."""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
import uvicorn
from paycombat_client.cli._common import EXIT_CODES, UsageProblem, read_env_file
from paycombat_client.webhooks._examples import EXAMPLES

from support.calls import CALLS
from support.docs import run_by
from support.fakeapi import UNLISTED_OPERATIONS, FakePayCombat, Scripted
from support.nodejudge import NodeJudge
from support.operations import OPERATIONS, SPEC

ROOT = Path(__file__).resolve().parent.parent
PAYCOMBAT = Path(sys.executable).with_name("paycombat")
TIMEOUT = 60
KEY = "whsec-cli-test-é"
EVENTS = (
    "payin.success",
    "payin.failed",
    "payin.expired",
    "payout.success",
    "payout.failed",
    "payout.returned",
    "va.approved",
    "va.failed",
)


def run(
    *args: str, env: dict[str, str] | None = None, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    """The console script with only the given PAYCOMBAT_* variables set."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("PAYCOMBAT_")}
    return subprocess.run(
        [str(PAYCOMBAT), *args],
        env={**base, **(env or {})},
        input=stdin,
        capture_output=True,
        timeout=TIMEOUT,
        cwd=cwd,
    )


def creds(api: FakePayCombat) -> dict[str, str]:
    return {
        "PAYCOMBAT_TOKEN": api.TOKEN,
        "PAYCOMBAT_SIGNATURE_KEY": api.SIGNATURE_KEY,
        "PAYCOMBAT_BASE_URL": api.base_url,
    }


def one_line_error(result: subprocess.CompletedProcess[bytes]) -> str:
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("paycombat: error: "), result.stderr
    return lines[0]


def spec_operations() -> dict[str, dict[str, Any]]:
    return {
        op["operationId"]: op
        for item in SPEC["paths"].values()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }


def command_of(operation_id: str) -> list[str]:
    tag, module = CALLS[operation_id].module.split(".")
    return [tag.replace("_", "-"), module.replace("_", "-")]


# --- the command tree ---------------------------------------------------------------------------


def test_the_console_script_is_installed_and_the_library_import_stays_lean() -> None:
    assert PAYCOMBAT.exists()
    code = (
        "import sys, paycombat_client, paycombat_client.webhooks, paycombat_client.api.payout.create_payout;"
        "print(sorted(m for m in sys.modules if m == 'click' or m.split('.')[:2] == ['paycombat_client', 'cli']))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=TIMEOUT, check=True).stdout
    assert out.decode().strip() == "[]"


def test_help_at_every_level_lists_what_exists_with_the_spec_summaries() -> None:
    ops = spec_operations()
    root = run("--help")
    assert root.returncode == 0
    tags = {command_of(op_id)[0] for op_id in ops}
    for name in [*tags, "request", "webhooks", "sandbox"]:
        assert re.search(rf"^  {re.escape(name)}  ", root.stdout.decode(), re.M), name
    for tag in tags:
        listing = run(tag, "--help").stdout.decode()
        for op_id, op in ops.items():
            if command_of(op_id)[0] == tag:
                assert re.search(rf"{re.escape(command_of(op_id)[1])}\s+{re.escape(op['summary'])}", listing), op_id


@pytest.mark.parametrize("operation_id", sorted(spec_operations()))
def test_operation_help_names_the_summary_path_and_retry_rule(operation_id: str) -> None:
    op = spec_operations()[operation_id]
    method, path = next((m, p) for o, m, p, _ in OPERATIONS if o == operation_id)
    text = " ".join(run(*command_of(operation_id), "--help").stdout.decode().split())
    assert op["summary"] in text and f"{method} {path}" in text
    assert ("safe" if op["x-paycombat-retry"] == "safe" else "never sent") in text
    assert ("--data" in text) == ("requestBody" in op)


# --- every operation, against the fake server -------------------------------------------------


@pytest.mark.parametrize("operation_id", sorted(CALLS))
def test_every_operation_runs_and_prints_the_answer(api: FakePayCombat, operation_id: str) -> None:
    arguments = CALLS[operation_id].arguments()
    body = arguments.pop("body", None)
    args = [*command_of(operation_id), *arguments.values()]
    if body is not None:
        args += ["--data", json.dumps(body.to_dict(), ensure_ascii=False)]
    result = run(*args, env=creds(api))
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    answer = json.loads(result.stdout)
    assert answer["status"] is True
    [hit] = api.hits_for(operation_id)
    assert hit.verdict == "ok"
    assert list(hit.path_params.values()) == list(arguments.values())


def test_data_from_a_file_and_from_stdin(api: FakePayCombat, tmp_path: Path) -> None:
    body = CALLS["createPayout"].arguments()["body"].to_dict()
    (tmp_path / "payout.json").write_text(json.dumps(body), encoding="utf-8")
    from_file = run("payout", "create-payout", "--data", f"@{tmp_path / 'payout.json'}", env=creds(api))
    from_stdin = run("payout", "create-payout", "--data", "-", env=creds(api), stdin=json.dumps(body).encode())
    assert from_file.returncode == from_stdin.returncode == 0
    first, second = api.hits_for("createPayout")
    assert first.body == second.body and json.loads(first.body) == body
    assert first.verdict == second.verdict == "ok"


def test_credentials_from_an_env_file(api: FakePayCombat, tmp_path: Path) -> None:
    env_file = tmp_path / "paycombat.env"
    lines = [f'{name}="{value}"' for name, value in creds(api).items()]
    env_file.write_text("# PayCombat sandbox\n" + "\n".join(lines) + "\n", encoding="utf-8")
    result = run("merchant", "get-payout-balance", "AUD", "--env-file", str(env_file))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["data"]["currency"] == "AUD"


def test_env_file_comments_and_quotes_as_in_dotenv_files(tmp_path: Path) -> None:
    env_file = tmp_path / "paycombat.env"
    env_file.write_text(
        "# sandbox\n"
        "export PAYCOMBAT_TOKEN=snd_abc#1  # the # above stays: no space before it\n"
        "PAYCOMBAT_SIGNATURE_KEY='key # with a hash' # quoted: kept as written\n"
        "PAYCOMBAT_BASE_URL= # empty\n"
        "DATABASE_URL=postgres://app  # the app's own names are skipped\n",
        encoding="utf-8-sig",  # with a BOM, as some editors save
    )
    assert read_env_file(env_file) == {
        "PAYCOMBAT_TOKEN": "snd_abc#1",
        "PAYCOMBAT_SIGNATURE_KEY": "key # with a hash",
        "PAYCOMBAT_BASE_URL": "",
    }
    env_file.write_text("PAYCOMBAT_TOKN=secret-value\n", encoding="utf-8")
    with pytest.raises(UsageProblem, match="line 1: expected NAME=VALUE, PAYCOMBAT_ names being one of"):
        read_env_file(env_file)  # a typo is not skipped: the token would silently be missing
    for line in ('PAYCOMBAT_TOKEN="secret-value', 'PAYCOMBAT_TOKEN="secret-value" trailing'):
        env_file.write_text(line + "\n", encoding="utf-8")
        with pytest.raises(UsageProblem, match="line 1: a quoted value must end") as refused:
            read_env_file(env_file)
        assert "secret-value" not in str(refused.value)


def test_data_amounts_are_read_exactly_never_through_a_float() -> None:
    payout = '{"sender_currency": "AUD", "beneficiary_currency": "AUD", "payout_method_name": "m", "purpose_code": "p"'
    for amount in ("0.1000000000000000001", "12345678901234567.89", "1e400"):
        refused = run("payout", "create-payout", "--dry-run", "--data", f'{payout}, "sender_amount": {amount}}}')
        assert refused.returncode == 3 and "$.sender_amount" in one_line_error(refused), amount
        assert "cannot be represented exactly" in one_line_error(refused)
    sent = run("payout", "create-payout", "--dry-run", "--data", f'{payout}, "sender_amount": 100.50}}')
    assert sent.returncode == 0, sent.stderr
    assert b'"sender_amount":100.5}' in sent.stdout


# --- raw requests -------------------------------------------------------------------------------


def test_request_reaches_a_path_not_in_the_spec(api: FakePayCombat) -> None:
    path = next(p for op, _, p, _ in UNLISTED_OPERATIONS if op == "unlisted.echo")
    result = run("request", "POST", path, "--data", '{"amount": 100.0, "note": "Café / x"}', env=creds(api))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["data"]["received"] == {"amount": 100, "note": "Café / x"}
    [hit] = api.hits_for("unlisted.echo")
    assert hit.verdict == "ok" and hit.body == '{"amount":100,"note":"Café / x"}'.encode()


def test_request_retry_rule_and_query(api: FakePayCombat) -> None:
    path = next(p for op, _, p, _ in UNLISTED_OPERATIONS if op == "unlisted.listPayouts")
    busy = Scripted(503, {"status": False, "message": "Down"}, {"Retry-After": "0"})
    api.script("unlisted.listPayouts", busy, busy)
    refused = run("request", "GET", path, env=creds(api))
    assert refused.returncode == 6 and "HTTP 503" in one_line_error(refused)
    safe = run("request", "get", path, "--retry", "safe", "--param", "page=2", env=creds(api))
    assert safe.returncode == 0, safe.stderr
    assert [h.query for h in api.hits_for("unlisted.listPayouts")] == ["", "page=2", "page=2"]


def test_dry_run_prints_curl_without_secrets_and_sends_nothing(api: FakePayCombat) -> None:
    body = '{"amount": 1e-7, "x": "Café"}'
    path = next(p for op, _, p, _ in UNLISTED_OPERATIONS if op == "unlisted.echo")
    result = run("request", "POST", path, "--data", body, "--dry-run", env=creds(api))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert out.startswith(f"curl -X POST {api.base_url}{path} ")
    assert "'X-token: <redacted>'" in out and "'signature: <redacted>'" in out
    assert """--data-binary '{"amount":1e-7,"x":"Café"}'""" in out
    assert api.TOKEN not in out and api.SIGNATURE_KEY not in out
    op = run("customer", "get-customer", "customer_1", "--dry-run")  # no credentials needed
    assert op.returncode == 0 and "/api/v1/customer/customer/customer_1 " in op.stdout.decode()
    assert api.hits == []


# --- errors and exit codes ----------------------------------------------------------------------


def test_exit_codes_and_one_line_errors(api: FakePayCombat) -> None:
    not_found = run("request", "GET", "/api/v1/nowhere", env=creds(api))
    assert not_found.returncode == 6 and "HTTP 404" in one_line_error(not_found)
    api.script("getCustomer", Scripted(200, "<html>\nnot json\n</html>"))
    unreadable = run("customer", "get-customer", "c1", env=creds(api))
    assert unreadable.returncode == 7 and "not JSON" in one_line_error(unreadable)
    missing = run("customer", "get-customer", "c1", env={"PAYCOMBAT_BASE_URL": api.base_url})
    assert missing.returncode == 3 and "PAYCOMBAT_TOKEN" in one_line_error(missing)
    bad_path = run("request", "GET", "/api/v1/../customer", env=creds(api))
    assert bad_path.returncode == 3 and "segments" in one_line_error(bad_path)
    bad_data = run("customer", "create-customer", "--data", "{nope", env=creds(api))
    assert bad_data.returncode == 3 and "not JSON" in one_line_error(bad_data)
    unknown_key = run("customer", "create-customer", "--data", '{"description": "d", "type": "individual", "tpye": 1}')
    assert unknown_key.returncode == 3 and "tpye" in one_line_error(unknown_key)
    nameless = '{"description": "d", "type": "individual", "individual": {}}'
    no_name = run("customer", "create-customer", "--data", nameless)
    assert no_name.returncode == 3 and "$.individual.first_name should be present" in one_line_error(no_name)
    person = '{"first_name": 5, "last_name": "Kim", "address_country": "ID"}'
    kinds = ('"type": "SECRET-kind"', f'"type": "individual", "individual": {person}')
    shown = ("$.type should be 'company' or 'individual', not a string", "$.individual.first_name must be a str")
    for data, message in zip(kinds, shown, strict=True):
        misfit = run("customer", "create-customer", "--dry-run", "--data", f'{{"description": "d", {data}}}')
        error = one_line_error(misfit)
        assert misfit.returncode == 3 and "error: --data does not fit CreateCustomerRequest: " in error
        assert message in error and "SECRET" not in error
    usage = run("customer", "get-customer")
    assert usage.returncode == 2
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}"
    refused = run("customer", "get-customer", "c1", env={**creds(api), "PAYCOMBAT_BASE_URL": closed})
    assert refused.returncode == 4 and "ConnectError" in one_line_error(refused)
    assert [h.verdict for h in api.hits] == ["unknown route", "ok"]


def test_json_errors_for_scripts(api: FakePayCombat) -> None:
    result = run("customer", "get-customer", "c1", "--json", env={**creds(api), "PAYCOMBAT_TOKEN": "snd_wrong"})
    assert result.returncode == 6
    error = json.loads(result.stderr)["error"]
    assert error == {
        "type": "AuthenticationError",
        "message": "GET /api/v1/customer/customer/c1 -> HTTP 401: Invalid token",
        "exit_code": 6,
        "status_code": 401,
    }
    assert "snd_wrong" not in result.stderr.decode()


def test_failures_carry_the_request_id_for_support(api: FakePayCombat) -> None:
    failed = Scripted(404, {"status": False, "message": "no such customer"}, {"X-Request-Id": "req_\x1b[2J7f3a"})
    api.script("getCustomer", failed, failed)
    text = run("customer", "get-customer", "c1", env=creds(api))
    assert text.returncode == 6 and b"(request id req_\\x1b[2J7f3a)" in text.stderr and b"\x1b" not in text.stderr
    as_json = run("customer", "get-customer", "c1", "--json", env=creds(api))
    assert json.loads(as_json.stderr)["error"]["request_id"] == "req_\\x1b[2J7f3a"


def test_the_guides_commands_run_as_written(api: FakePayCombat, tmp_path: Path) -> None:
    [block] = [b.code for b in run_by("tests/test_cli.py", "docs/guides/cli.md", "The `paycombat` command")]
    for name, op in (("customer.json", "createCustomer"), ("payout.json", "createPayout")):
        (tmp_path / name).write_text(json.dumps(CALLS[op].arguments()["body"].to_dict()), encoding="utf-8")
    commands = [shlex.split(line, comments=True) for line in block.splitlines() if line.startswith("paycombat ")]
    assert len(commands) >= 5
    for command in commands:
        result = run(*command[1:], env=creds(api), cwd=tmp_path)
        assert result.returncode == 0, (command, result.stderr)
        assert result.stdout.strip(), command
    assert [h.operation_id for h in api.hits] == ["retrievePayout", "createCustomer", "unlisted.listPayouts"]
    assert all(h.verdict == "ok" for h in api.hits)


def test_the_guide_documents_every_exit_code() -> None:
    guide = (ROOT / "docs" / "guides" / "cli.md").read_text(encoding="utf-8")
    section = guide.split("## Exit codes", 1)[1].split("\n\n", 2)[1]
    rows = {int(m[0]): m[1] for m in re.findall(r"^\| (\d+) \| (.+?) \|$", section, re.M)}
    expected = {code for _, code, _ in EXIT_CODES} | {0, 1, 2, 130}
    assert set(rows) == expected
    for kind, code, _ in EXIT_CODES:
        assert f"`{kind.__name__}`" in rows[code], (code, kind)


# --- webhooks -----------------------------------------------------------------------------------


class Receiver:
    """Records each delivery and answers ``status``; uvicorn on 127.0.0.1 in a thread."""

    def __init__(self) -> None:
        self.deliveries: list[tuple[dict[str, str], bytes]] = []
        self.status = 200
        config = uvicorn.Config(
            self.app, host="127.0.0.1", port=0, interface="asgi3", lifespan="off", log_level="warning", log_config=None
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = ""

    async def app(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        self.deliveries.append((headers, body))
        await send({"type": "http.response.start", "status": self.status, "headers": []})
        await send({"type": "http.response.body", "body": b"ok" if self.status == 200 else b"invalid signature"})

    def __enter__(self) -> Receiver:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert self.thread.is_alive() and time.monotonic() < deadline, "receiver did not start"
            time.sleep(0.01)
        self.url = f"http://127.0.0.1:{self.server.servers[0].sockets[0].getsockname()[1]}/hook"
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        assert not self.thread.is_alive()


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    with Receiver() as r:
        yield r


@pytest.mark.parametrize("event", EVENTS)
def test_trigger_signs_exactly_as_paycombat(receiver: Receiver, node_judge: NodeJudge, event: str) -> None:
    receiver.deliveries.clear()
    result = run("webhooks", "trigger", event, "--to", receiver.url, env={"PAYCOMBAT_SIGNATURE_KEY": KEY})
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().startswith(f"{event} delivered: HTTP 200")
    [(headers, body)] = receiver.deliveries
    # PayCombat's rule, computed by Node: X-Signature = hex HMAC-SHA256 of JSON.stringify(payload).
    assert node_judge.roundtrip(body) == body
    assert headers["x-signature"] == node_judge.docs_signature(body, KEY)
    payload = json.loads(body)
    assert payload["status"] == event.split(".")[1].upper()
    family = {"payin": "PAYIN", "payout": "PAYOUT", "va": None}[event.split(".")[0]]
    assert payload.get("type") == family
    # ... and the command's own verify reads it back.
    verified = run(
        "webhooks", "verify", "--signature", headers["x-signature"], env={"PAYCOMBAT_SIGNATURE_KEY": KEY}, stdin=body
    )
    assert verified.returncode == 0, verified.stderr
    assert json.loads(verified.stdout)["event"]["status"] == payload["status"]


def test_trigger_reports_a_refusing_receiver(receiver: Receiver) -> None:
    receiver.status = 400
    try:
        result = run("webhooks", "trigger", "payout.failed", "--to", receiver.url, env={"PAYCOMBAT_SIGNATURE_KEY": KEY})
    finally:
        receiver.status = 200
    assert result.returncode == 6 and "HTTP 400" in one_line_error(result)
    dry = run(
        "webhooks", "trigger", "payin.success", "--to", receiver.url, "--dry-run", env={"PAYCOMBAT_SIGNATURE_KEY": KEY}
    )
    assert dry.returncode == 0 and "'X-Signature: <redacted>'" in dry.stdout.decode()


def test_verify_from_a_file_and_its_failures(node_judge: NodeJudge, tmp_path: Path) -> None:
    body = json.dumps(EXAMPLES["PayoutEvent"]).encode()
    signature = node_judge.docs_signature(node_judge.roundtrip(body), KEY)
    (tmp_path / "event.json").write_bytes(body)
    env = {"PAYCOMBAT_SIGNATURE_KEY": KEY}
    good = run("webhooks", "verify", str(tmp_path / "event.json"), "--signature", signature, env=env)
    assert good.returncode == 0, good.stderr
    assert json.loads(good.stdout)["event_key"].startswith("PAYOUT:")
    forged = run("webhooks", "verify", "--signature", "0" * 64, env=env, stdin=body)
    assert forged.returncode == 8 and "X-Signature does not match" in one_line_error(forged)
    unreadable = b'{"type":"REFUND","id":"r1"}'
    odd = run(
        "webhooks", "verify", "--signature", node_judge.docs_signature(unreadable, KEY), env=env, stdin=unreadable
    )
    assert odd.returncode == 9 and "REFUND" in one_line_error(odd)
    as_json = run("webhooks", "verify", "--json", "--signature", "0" * 64, env=env, stdin=body)
    assert json.loads(as_json.stderr)["error"]["exit_code"] == 8


# --- the sandbox --------------------------------------------------------------------------------


_HIDE = """
import sys


class _WithoutAnExtra:
    def find_spec(self, name, path=None, target=None):
        if name == {hidden!r} or name.startswith({hidden!r} + "."):
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None


sys.meta_path.insert(0, _WithoutAnExtra())
"""


def without(module: str, tmp_path: Path) -> dict[str, str]:
    """An environment whose sitecustomize hides ``module`` from the command, as a lean install would."""
    (tmp_path / "sitecustomize.py").write_text(_HIDE.format(hidden=module), encoding="utf-8")
    return {"PYTHONPATH": str(tmp_path)}


def test_sandbox_without_the_testing_extra_says_what_to_install(tmp_path: Path) -> None:
    env = without("paycombat_client.testing", tmp_path)
    result = run("sandbox", "--token", "snd_made_up", "--signature-key", "made-up-key", env=env)
    assert result.returncode == 3 and "paycombat-client[testing]" in one_line_error(result)


def test_the_command_without_the_cli_extra_says_what_to_install(tmp_path: Path) -> None:
    result = run("--help", env=without("click", tmp_path))
    assert result.returncode == 3 and "paycombat-client[cli]" in one_line_error(result)
    assert b"Traceback" not in result.stderr


def test_sandbox_on_a_port_in_use_is_one_line_and_exit_3() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("sandbox", "--port", str(port), "--token", "snd_made_up", "--signature-key", "made-up-key")
    assert result.returncode == 3 and "cannot listen" in one_line_error(result)
    assert b"Traceback" not in result.stderr


def test_ctrl_c_while_a_create_waits_says_it_may_have_reached_paycombat() -> None:
    with socket.socket() as silent:  # accepts the connection, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        env = {
            "PAYCOMBAT_TOKEN": "snd_made_up",
            "PAYCOMBAT_SIGNATURE_KEY": "made-up-key",
            "PAYCOMBAT_BASE_URL": f"http://127.0.0.1:{silent.getsockname()[1]}",
        }
        base = {k: v for k, v in os.environ.items() if not k.startswith("PAYCOMBAT_")}
        data = '{"description": "d", "type": "individual"}'
        proc = subprocess.Popen(
            [str(PAYCOMBAT), "customer", "create-customer", "--data", data],
            env={**base, **env},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        conn, _ = silent.accept()  # the request is on its way
        with conn:
            conn.settimeout(TIMEOUT)
            conn.recv(65536)
            proc.send_signal(signal.SIGINT)
            try:
                _, err = proc.communicate(timeout=TIMEOUT)
            finally:
                proc.kill()
    assert proc.returncode == 130
    assert "may have reached PayCombat" in err.decode() and b"Traceback" not in err


def test_sandbox_serves_the_command_and_stops() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    token, key = "snd_made_up_sandbox_token", "made-up-sandbox-key"
    args = ["sandbox", "--port", str(port), "--token", token, "--signature-key", key, "--seed", "7"]
    proc = subprocess.Popen([str(PAYCOMBAT), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        url = f"http://127.0.0.1:{port}"
        while True:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else b""
            try:
                httpx2.get(url, timeout=1)
                break
            except httpx2.TransportError:
                assert time.monotonic() < deadline, "the sandbox did not start"
                time.sleep(0.1)
        env = {"PAYCOMBAT_TOKEN": token, "PAYCOMBAT_SIGNATURE_KEY": key, "PAYCOMBAT_BASE_URL": url}
        created = run("customer", "create-customer", "--data", '{"description": "d", "type": "individual"}', env=env)
        assert created.returncode == 0, created.stderr
        assert json.loads(created.stdout)["status"] is True
    finally:
        proc.send_signal(signal.SIGINT)  # Ctrl-C: the documented way to stop it (and flush its output)
        try:
            out, _ = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate(timeout=10)
    assert f"PayCombat sandbox listening on http://127.0.0.1:{port}" in out.decode()


def test_trigger_never_prints_the_receivers_credentials_or_query() -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]  # bound, not listening: refused
        url = f"http://user:s3cretpw@127.0.0.1:{port}/hook?token=qsecret"
        result = run("webhooks", "trigger", "payin.success", "--to", url, env={"PAYCOMBAT_SIGNATURE_KEY": "k"})
    line = one_line_error(result)
    assert result.returncode == 4 and f"127.0.0.1:{port}/hook" in line
    assert "s3cretpw" not in line and "qsecret" not in line and "user" not in line


def test_trigger_dry_run_needs_no_key() -> None:
    result = run("webhooks", "trigger", "payin.success", "--to", "http://127.0.0.1:9/hook", "--dry-run")
    assert result.returncode == 0 and b"curl" in result.stdout
