"""The ``paycombat`` command against servers that misbehave: text that would drive a terminal, a
receiver whose answer never ends or drips, proxy variables, a .env file shared with another app,
and amounts no float holds. The installed console script runs as a subprocess, on pipes.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from paycombat_client.cli._common import UsageProblem, fail, print_answer, read_env_file
from paycombat_client.webhooks._examples import EXAMPLES

from support import hostile
from support.fakeapi import UNLISTED_OPERATIONS, FakePayCombat, Scripted
from support.hostile import HostileServer
from support.nodejudge import NodeJudge
from test_cli import KEY, PAYCOMBAT, TIMEOUT, creds

#: What a hostile server sends: OSC 52 (writes the clipboard), OSC 0 (the window title), CSI with
#: ESC [ and as the one-byte C1 \x9b, a CR/LF that forges a line, a bidi override, DEL.
HOSTILE = "\x1b]52;c;cGF5Y29tYmF0\x07\x1b]0;pwned\x07\x1b[2J\x9b31m\r\nforged line\u202etxt.exe\x7f"
#: What must never reach the terminal raw (an independent list, not the package's own).
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
PROXY_VARIABLES = {"HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"}
LIST_PAYOUTS = next(p for op, _, p, _ in UNLISTED_OPERATIONS if op == "unlisted.listPayouts")
SIGNED = {"PAYCOMBAT_SIGNATURE_KEY": KEY}


@dataclass
class Ran:
    returncode: int
    stdout: bytes
    stderr: bytes
    max_rss_mib: float


def command(*args: str, env: dict[str, str] | None = None, stdin: bytes | None = None) -> Ran:
    """The console script with only the given PAYCOMBAT_* and proxy variables set, its output on
    pipes, and its own peak memory (``wait4`` reports the rusage of that one child)."""
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("PAYCOMBAT_") and k.upper() not in PROXY_VARIABLES and k.upper() != "REQUEST_METHOD"
    }
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [str(PAYCOMBAT), *args],
            env={**base, **(env or {})},
            stdin=subprocess.PIPE,
            stdout=out,
            stderr=err,
        )
        assert proc.stdin is not None
        proc.stdin.write(stdin or b"")
        proc.stdin.close()
        deadline = time.monotonic() + TIMEOUT
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                os.wait4(proc.pid, 0)
                pytest.fail(f"paycombat {' '.join(args)} did not end within {TIMEOUT} s")
            time.sleep(0.02)
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
        out.seek(0)
        err.seek(0)
        return Ran(proc.returncode, out.read(), err.read(), usage.ru_maxrss / 1024)


def inert(output: bytes) -> str:
    """``output`` as text, asserting that no control character, escape or bidi mark is in it raw."""
    text = output.decode("utf-8")
    assert not RAW.findall(text), RAW.findall(text)
    return text


def one_line_error(result: Ran) -> str:
    text = inert(result.stderr)
    assert text.count("\n") == 1 and text.startswith("paycombat: error: "), text
    return text


# --- 7. nothing a server sends drives the terminal ----------------------------------------------


def test_an_answer_holding_terminal_escapes_prints_them_as_escapes_of_the_same_json(api: FakePayCombat) -> None:
    data = {"note": HOSTILE, HOSTILE: [HOSTILE], "city": "Café"}
    api.script("unlisted.listPayouts", Scripted(200, {"status": True, "data": data}))  # C1 and U+202E raw
    result = command("request", "GET", LIST_PAYOUTS, env=creds(api))
    assert result.returncode == 0, result.stderr
    text = inert(result.stdout)
    assert json.loads(text)["data"] == data  # still JSON, and the same strings
    assert "\\u001b]52;c;" in text and "\\u009b31m" in text and "\\u202e" in text
    assert '"city": "Café"' in text  # text without such characters stays readable


def test_a_server_error_message_with_escapes_is_one_escaped_line(api: FakePayCombat) -> None:
    refusal = Scripted(400, {"status": False, "message": HOSTILE})
    api.script("getCustomer", refusal, refusal)
    plain = command("customer", "get-customer", "c1", env=creds(api))
    assert plain.returncode == 6
    assert "\\x1b]52;c;cGF5Y29tYmF0\\x07" in one_line_error(plain)
    as_json = command("customer", "get-customer", "c1", "--json", env=creds(api))
    assert as_json.returncode == 6
    error = json.loads(inert(as_json.stderr))["error"]
    assert not RAW.search(error["message"]) and "\\x9b31m" in error["message"]


def test_every_error_line_is_escaped_whatever_raised_it(capsys: pytest.CaptureFixture[str]) -> None:
    # An unexpected error's message may quote what arrived: the printed line is escaped as a whole.
    for as_json in (False, True):
        with pytest.raises(SystemExit) as exited:
            fail(RuntimeError(f"unexpected: {HOSTILE}"), as_json=as_json)
        assert exited.value.code == 1
        err = capsys.readouterr().err
        assert not RAW.search(err) and err.count("\n") == 1 and "x1b]0;pwned" in err


def test_an_answer_that_is_not_json_and_a_lone_surrogate_print_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    print_answer(f"<html>{HOSTILE}</html>".encode() + b"\xff")
    out = capsys.readouterr().out
    assert not RAW.search(out) and out.count("\n") == 1
    assert "\\x1b]52;c;" in out and "\\x9b31m" in out and out.endswith("</html>\ufffd\n")
    # A lone surrogate (the client refuses one in an answer before it gets here) stays escaped too.
    print_answer(b'{"s": "\\ud800\\u009b", "t": "\\u00e9"}')
    assert capsys.readouterr().out == '{\n  "s": "\\ud800\\u009b",\n  "t": "\u00e9"\n}\n'


def test_verify_prints_a_signed_events_text_escaped(node_judge: NodeJudge) -> None:
    event = {**EXAMPLES["PayoutEvent"], "payee_name": HOSTILE}
    body = node_judge.roundtrip(json.dumps(event, ensure_ascii=False).encode())
    assert "\x9b".encode() in body  # JSON.stringify leaves C1 controls raw, as PayCombat would send them
    signature = node_judge.docs_signature(body, KEY)
    result = command("webhooks", "verify", "--signature", signature, env=SIGNED, stdin=body)
    assert result.returncode == 0, result.stderr
    assert json.loads(inert(result.stdout))["event"]["payee_name"] == HOSTILE


@pytest.mark.parametrize("status", [200, 400])
def test_trigger_shows_the_receivers_answer_escaped(status: int) -> None:
    with HostileServer(hostile.send(hostile.answer(status, HOSTILE.encode()))) as receiver:
        result = command("webhooks", "trigger", "payin.success", "--to", f"{receiver.base_url}/hook", env=SIGNED)
    if status == 200:
        assert result.returncode == 0, result.stderr
        shown = inert(result.stdout)
        assert shown.count("\n") == 1 and shown.startswith("payin.success delivered: HTTP 200 ")
    else:
        assert result.returncode == 6
        shown = one_line_error(result)
    assert "\\x1b]52;c;cGF5Y29tYmF0\\x07" in shown and "\\u202etxt.exe" in shown


# --- 9. trigger reads little, in little time, never through a proxy over plain http -----------

HUGE = 64 * 1024 * 1024


def _huge_answer(conn: socket.socket, _: bytes) -> None:
    # Made as it is sent; the command hanging up ends it (HostileServer catches the OSError).
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n")
    zeros = b"0" * 65536
    for _ in range(HUGE // len(zeros)):
        conn.sendall(zeros)


def test_trigger_reads_only_the_start_of_a_huge_answer_in_little_memory() -> None:
    with HostileServer(_huge_answer) as receiver:
        result = command("webhooks", "trigger", "payin.success", "--to", f"{receiver.base_url}/hook", env=SIGNED)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == f"payin.success delivered: HTTP 200 {'0' * 200}\n"
    # Reading all 64 MiB took the command to about 250 MiB; it needs about 40.
    assert result.max_rss_mib < 150, result.max_rss_mib


def test_trigger_gives_up_on_a_receiver_that_drips_its_answer_within_its_timeout() -> None:
    # One byte every quarter second: every read succeeds, but the exchange as a whole times out.
    head = b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n"
    with HostileServer(hostile.send_then_drip(head, b"x" * 1000, 0.25)) as receiver:
        result = command("webhooks", "trigger", "payin.success", "--to", f"{receiver.base_url}/hook", env=SIGNED)
    assert result.returncode == 5 and "timed out (ReadTimeout)" in one_line_error(result)


def test_trigger_sends_plain_http_straight_to_the_receiver_whatever_the_proxy_variables() -> None:
    with (
        HostileServer(hostile.send(hostile.answer(502, b"from the proxy"))) as proxy,
        HostileServer(hostile.send(hostile.answer(200, b"ok"))) as receiver,
    ):
        proxies = {name: proxy.base_url for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")}
        result = command(
            "webhooks", "trigger", "payout.failed", "--to", f"{receiver.base_url}/hook", env={**SIGNED, **proxies}
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == "payout.failed delivered: HTTP 200 ok\n"
    assert proxy.connections == 0 and proxy.requests == []
    [delivery] = receiver.requests
    assert delivery.startswith(b"POST /hook HTTP/1.1\r\n") and b"\r\nx-signature: " in delivery.lower()


def test_trigger_over_https_may_go_through_the_environments_proxy() -> None:
    # CONNECT keeps TLS end to end; the host is the proxy's to resolve, so it need not exist.
    with HostileServer(hostile.drop) as proxy:
        env = {**SIGNED, "HTTPS_PROXY": proxy.base_url}
        result = command("webhooks", "trigger", "payin.success", "--to", "https://receiver.invalid/hook", env=env)
    assert result.returncode == 4
    [request] = proxy.requests
    assert request.startswith(b"CONNECT receiver.invalid:443 HTTP/1.1\r\n")


# --- 10. a .env file shared with another application ---------------------------------------------

PEM = (
    "-----BEGIN PRIVATE KEY-----\n"
    "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n"
    "PAYCOMBAT_TOKEN=inside-another-apps-value\n"
    "PAYCOMBAT_TOKN=not-a-line-of-ours\n"
    "-----END PRIVATE KEY-----"
)


def test_an_env_file_shared_with_an_app_whose_quoted_values_span_lines(api: FakePayCombat, tmp_path: Path) -> None:
    ours = creds(api)
    env_file = tmp_path / ".env"
    env_file.write_text(
        "# the shop's settings, then PayCombat's\n"
        f'SHOP_PRIVATE_KEY="{PEM}"\n'
        "export SHOP_CONFIG='{\n"
        '  "name": "shop # 1",\n'
        '  "greeting": "say \\"hi\\""\n'
        "}'  # JSON in single quotes\n"
        'SHOP_MOTTO="a \\"quoted\\" motto # not a comment"\n'
        "SHOP_ODD_LINE\n"
        f'PAYCOMBAT_TOKEN="{ours["PAYCOMBAT_TOKEN"]}"\n'
        f"export PAYCOMBAT_SIGNATURE_KEY='{ours['PAYCOMBAT_SIGNATURE_KEY']}' # ours\n"
        f"PAYCOMBAT_BASE_URL={ours['PAYCOMBAT_BASE_URL']}\n"
        f"SHOP_CERT='{PEM}'\n",
        encoding="utf-8-sig",  # a BOM, and Windows line ends
        newline="\r\n",
    )
    assert read_env_file(env_file) == ours
    result = command("merchant", "get-payout-balance", "AUD", "--env-file", str(env_file))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["data"]["currency"] == "AUD"
    [hit] = api.hits
    assert hit.verdict == "ok"


def test_env_file_values_of_ours_decode_escaped_quotes(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text(
        'PAYCOMBAT_SIGNATURE_KEY="a \\"quoted\\" key \\\\ # kept"\n'
        # Another app's quote that never closes is one bad line of theirs: it hides no line of ours.
        'SHOP_KEY="never closed\n'
        "PAYCOMBAT_TOKEN=snd_token\n"
        'PAYCOMBAT_BASE_URL="http://127.0.0.1:9"\n',
        encoding="utf-8",
    )
    assert read_env_file(env_file) == {
        "PAYCOMBAT_SIGNATURE_KEY": 'a "quoted" key \\ # kept',
        "PAYCOMBAT_TOKEN": "snd_token",
        "PAYCOMBAT_BASE_URL": "http://127.0.0.1:9",
    }


@pytest.mark.parametrize(
    ("ours", "refusal"),
    [
        ("PAYCOMBAT_TOKN=secret-value", "expected NAME=VALUE, PAYCOMBAT_ names being one of"),
        ("PAYCOMBAT_TOKEN secret-value", "expected NAME=VALUE, PAYCOMBAT_ names being one of"),
        ('PAYCOMBAT_TOKEN="secret-value', "a quoted value must end with its quote"),
        ("PAYCOMBAT_TOKEN='secret-value' trailing", "a quoted value must end with its quote"),
    ],
)
def test_env_file_refuses_a_bad_line_of_ours_after_multiline_values_by_number_only(
    tmp_path: Path, ours: str, refusal: str
) -> None:
    text = f"SHOP_PRIVATE_KEY=\"{PEM}\"\nSHOP_NOTE='two\nlines'\n{ours}\n"
    number = text.count("\n", 0, text.index(ours)) + 1
    env_file = tmp_path / ".env"
    env_file.write_text(text, encoding="utf-8")
    with pytest.raises(UsageProblem, match=re.escape(f"line {number}: {refusal}")) as refused:
        read_env_file(env_file)
    assert "secret-value" not in str(refused.value) and number == 8


# --- amounts are printed as they arrived ---------------------------------------------------------


def test_answers_print_every_number_exactly_as_it_arrived(api: FakePayCombat) -> None:
    exact = (
        b'{"status":true,"data":{"amount":12345678901234567.89,"fee":0.10,"rate":1E+2,"tiny":0.0000001,'
        b'"count":123456789012345678901234567890,"zero":-0.0,"lines":[1.50,[],{}]}}'
    )
    plain = {"status": True, "data": {"name": "Café", "n": 3, "ok": False, "none": None, "list": [1, {"a": []}]}}
    api.script("unlisted.listPayouts", Scripted(200, exact, {"Content-Type": "application/json"}), Scripted(200, plain))
    result = command("request", "GET", LIST_PAYOUTS, env=creds(api))
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == (
        "{\n"
        '  "status": true,\n'
        '  "data": {\n'
        '    "amount": 12345678901234567.89,\n'
        '    "fee": 0.10,\n'
        '    "rate": 1E+2,\n'
        '    "tiny": 0.0000001,\n'
        '    "count": 123456789012345678901234567890,\n'
        '    "zero": -0.0,\n'
        '    "lines": [\n'
        "      1.50,\n"
        "      [],\n"
        "      {}\n"
        "    ]\n"
        "  }\n"
        "}\n"
    )
    # Laid out exactly as json.dumps(indent=2) lays out an answer.
    again = command("request", "GET", LIST_PAYOUTS, env=creds(api))
    assert again.stdout.decode() == json.dumps(plain, indent=2, ensure_ascii=False) + "\n"
