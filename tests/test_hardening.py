"""Hostile inputs: credentials, URLs, headers and path parameters a careless or malicious caller
passes; errors that must keep no secret yet pickle; a closed client; webhooks that must vouch only
for signed bytes. Against the Node-judged fake server where a request is sent, sync and async.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import logging
import pickle
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal
from typing import Any

import httpx2
import paycombat_client
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from paycombat_client import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticatedClient,
    ClientClosedError,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    PayCombatError,
    RequestEncodingError,
)
from paycombat_client._runtime import exceptions, jsjson, pipeline, signing
from paycombat_client.api.customer import get_customer
from paycombat_client.webhooks import (
    WebhookPayloadError,
    WebhookSignatureError,
    construct_event,
    verify_signature,
)

from support import hostile, workers
from support.calls import CALLS
from support.fakeapi import FakePayCombat, Scripted

pytestmark = pytest.mark.anyio
MODES = ["sync", "asyncio"]


@pytest.fixture(autouse=True)
def _fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "INITIAL_RETRY_DELAY", 0.001)
    monkeypatch.setattr(pipeline, "MAX_RETRY_DELAY", 0.004)


def client_of(api: FakePayCombat, **options: Any) -> AuthenticatedClient:
    options.setdefault("token", api.TOKEN)
    options.setdefault("signature_key", api.SIGNATURE_KEY)
    return AuthenticatedClient(base_url=api.base_url, **options)


async def call(mode: str, operation_id: str, client: AuthenticatedClient, **arguments: Any) -> Any:
    spec = CALLS[operation_id]
    function = getattr(spec.api(), mode)
    result = function(client=client, **(arguments or spec.arguments()))
    return await result if mode == "asyncio" else result


# --- secrets never leave the process ----------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("padding", [" ", "\n", "\r\n", "\t ", " \n\n"])
async def test_credentials_with_surrounding_whitespace_are_trimmed(api: FakePayCombat, mode: str, padding: str) -> None:
    client = client_of(api, token=padding + api.TOKEN + padding, signature_key=api.SIGNATURE_KEY + padding)
    await call(mode, "createPayout", client)
    [hit] = api.hits
    assert hit.verdict == "ok" and hit.headers["x-token"] == api.TOKEN


@pytest.mark.parametrize(
    "token",
    ["snd_a\nb", "snd_a\rb", "snd_\x00x", "snd_é", "snd_a\x7fb", "snd\u2028x"],
    ids=["lf", "cr", "nul", "non-ascii", "del", "line-separator"],
)
def test_a_token_an_http_header_cannot_carry_is_refused_without_echoing_it(
    token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for source in ("argument", "environment"):
        if source == "environment" and "\x00" in token:
            continue  # the environment cannot hold a NUL
        if source == "environment":
            monkeypatch.setenv("PAYCOMBAT_TOKEN", token)
            build = {"signature_key": "k"}
        else:
            build = {"token": token, "signature_key": "k"}
        with pytest.raises(PayCombatError) as caught:
            AuthenticatedClient(**build)
        text = f"{caught.value}{caught.value!r}{caught.value.args}"
        assert "HTTP header" in text and token not in text and token.strip() not in text


@pytest.mark.parametrize("value", ["", "   ", "\n"])
@pytest.mark.parametrize("which", ["token", "signature_key"])
def test_empty_credentials_are_refused(value: str, which: str) -> None:
    arguments = {"token": "t", "signature_key": "k", which: value}
    with pytest.raises(PayCombatError, match="is empty"):
        AuthenticatedClient(**arguments)


def test_a_signature_key_that_is_not_text_is_refused() -> None:
    with pytest.raises(PayCombatError, match="lone surrogate"):
        AuthenticatedClient(token="t", signature_key="k\ud800")
    with pytest.raises(TypeError, match="must be text"):
        AuthenticatedClient(token=b"t", signature_key="k")  # type: ignore[arg-type]


def assert_redacted(request: httpx2.Request | None, api: FakePayCombat) -> None:
    assert request is not None
    assert request.headers["x-token"] == exceptions.REDACTED
    assert request.headers["signature"] == exceptions.REDACTED


@pytest.mark.parametrize("mode", MODES)
async def test_status_errors_hold_no_credentials_and_pickle_without_them(api: FakePayCombat, mode: str) -> None:
    api.script("createPayout", Scripted(500, {"status": False, "message": "boom"}, {"X-Request-Id": "r-1"}))
    with pytest.raises(InternalServerError) as caught:
        await call(mode, "createPayout", client_of(api, max_retries=0))
    error = caught.value
    assert_redacted(error.response.request, api)
    signature = api.hits[0].headers["signature"]
    data = pickle.dumps(error)
    for secret in (api.TOKEN, signature, api.SIGNATURE_KEY):
        assert secret.encode() not in data
    copy = pickle.loads(data)
    assert type(copy) is InternalServerError
    assert (copy.status_code, copy.message, copy.body, copy.headers["x-request-id"]) == (500, "boom", error.body, "r-1")
    assert str(copy) == str(error)


@pytest.mark.parametrize("mode", MODES)
async def test_connection_errors_hold_no_credentials_even_in_their_cause(mode: str) -> None:
    with hostile.HostileServer(hostile.drop) as server:
        client = AuthenticatedClient(base_url=server.base_url, token="snd_secret_tok", signature_key="k", max_retries=0)
        with pytest.raises(APIConnectionError) as caught:
            await call(mode, "createPayout", client)
    error = caught.value
    assert error.request is not None and error.request.headers["x-token"] == exceptions.REDACTED
    cause = error.__cause__
    assert isinstance(cause, httpx2.RequestError) and cause.request.headers["x-token"] == exceptions.REDACTED
    assert b"snd_secret_tok" not in pickle.dumps(error)
    assert pickle.loads(pickle.dumps(error)).request_sent is True


def test_an_error_raised_in_a_worker_process_reaches_the_parent_as_itself(api: FakePayCombat) -> None:
    api.script("getCustomer", Scripted(500, {"status": False, "message": "worker boom"}, {"X-Request-Id": "w-1"}))
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(workers.get_customer, api.base_url, api.TOKEN, api.SIGNATURE_KEY)
        with pytest.raises(InternalServerError) as caught:
            future.result(timeout=60)
    error = caught.value
    assert (error.status_code, error.message, error.headers["x-request-id"]) == (500, "worker boom", "w-1")
    assert error.body == {"status": False, "message": "worker boom"}


def _sample_errors() -> list[PayCombatError]:
    request = httpx2.Request("POST", "https://api.paycombat.com/api/v1/payout/create-payout")
    response = httpx2.Response(422, json={"status": False, "message": "nope"}, request=request)
    made: list[PayCombatError] = []
    for name in paycombat_client.__all__:
        kind = getattr(paycombat_client, name)
        if not (isinstance(kind, type) and issubclass(kind, PayCombatError)):
            continue
        if issubclass(kind, exceptions.APIResponseTooLargeError):
            made.append(kind(response=response, limit=10))
        elif issubclass(kind, (APIStatusError, APIResponseValidationError)):
            made.append(kind("the answer does not fit", response=response))
        elif issubclass(kind, APIConnectionError):
            made.append(kind("failed", request=request, request_sent=False))
        elif issubclass(kind, RequestEncodingError):  # RequestTypeError too
            made.append(kind("$.amount", "NaN is not a JSON number"))
        elif kind is exceptions.WebhookPayloadTooLargeError:
            made.append(kind(10, 5))
        elif kind is WebhookPayloadError:
            made.append(kind("bad", errors=("amount: bad",), payload={"a": 1}))
        else:
            made.append(kind("message"))
    return made


def test_every_error_of_the_package_pickles_with_its_attributes() -> None:
    errors = _sample_errors()
    assert len(errors) >= 20
    for error in errors:
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error) and copy.args == error.args
        for attribute in ("status_code", "message", "body", "raw_body", "request_sent", "path", "reason", "errors"):
            if hasattr(error, attribute):
                assert getattr(copy, attribute) == getattr(error, attribute), (type(error), attribute)


def test_a_client_cannot_be_pickled() -> None:
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(AuthenticatedClient(token="snd_x", signature_key="k"))


# --- every request goes where it says ---------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", ["", ".", "..", None, 5, b"c", 1.5], ids=repr)
async def test_a_path_parameter_that_would_change_the_path_is_refused_before_any_io(
    api: FakePayCombat, mode: str, value: Any
) -> None:
    with pytest.raises(RequestEncodingError) as caught:
        await call(mode, "getCustomer", client_of(api), customer_id=value)
    assert caught.value.where == "path parameter" and caught.value.path == "customer_id"
    assert isinstance(caught.value, ValueError)
    assert api.hits == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", ["a/b", "../x", "?q=1", "#frag", "%2e%2e", "東京 café", "a b", "...", ". "])
async def test_every_other_path_parameter_stays_inside_its_segment(api: FakePayCombat, mode: str, value: str) -> None:
    await call(mode, "getCustomer", client_of(api), customer_id=value)
    [hit] = api.hits
    assert hit.operation_id == "getCustomer" and hit.path_params == {"customer_id": value}
    assert hit.path.count("/") == 5  # /api/v1/customer/customer/<one segment>


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.text(max_size=40))
def test_path_segments_round_trip_for_any_text(value: str) -> None:
    from urllib.parse import unquote

    try:
        segment = pipeline.path_segment("id", value)
    except RequestEncodingError:
        assert value in ("", ".", "..") or any(0xD800 <= ord(c) <= 0xDFFF for c in value)
        return
    assert "/" not in segment and "?" not in segment and "#" not in segment and segment.isascii()
    assert unquote(segment, errors="strict") == value


def test_an_over_long_path_parameter_is_a_paycombat_error(api: FakePayCombat) -> None:
    with pytest.raises(RequestEncodingError, match="request URL"):
        get_customer.sync("x" * 70_000, client=client_of(api))
    assert api.hits == []


@pytest.mark.parametrize(
    "url",
    [
        "ftp://api.paycombat.com",
        "api.paycombat.com",
        "https://",
        "https://user:pw@api.paycombat.com",
        "https://token@api.paycombat.com",
        "https://api.paycombat.com/?x=1",
        "https://api.paycombat.com?",
        "https://api.paycombat.com/#frag",
        "https://api.pay combat.com",
        "https://api.paycombat.com:99999",
        "https://api.paycombat.com:abc",
        "https://api.paycombat.com:0",
        "javascript:alert(1)",
        "",
    ],
)
def test_a_base_url_that_is_not_a_plain_http_url_is_refused_when_the_client_is_built(url: str) -> None:
    with pytest.raises(PayCombatError, match="base_url"):
        AuthenticatedClient(base_url=url, token="t", signature_key="k")


def test_a_base_url_with_credentials_is_refused_without_echoing_them() -> None:
    with pytest.raises(PayCombatError) as caught:
        AuthenticatedClient(base_url="https://admin:hunter2@api.paycombat.com", token="t", signature_key="k")
    assert "hunter2" not in str(caught.value) and "admin" not in str(caught.value)


@pytest.mark.parametrize(
    "url", ["https://api.paycombat.com", "https://api.paycombat.com/", "http://127.0.0.1:8000", "https://[::1]:8443/v"]
)
def test_plain_base_urls_are_accepted(url: str) -> None:
    assert AuthenticatedClient(base_url=url, token="t", signature_key="k").base_url == url.rstrip("/")


@pytest.mark.parametrize(
    "name", ["Content-Length", "transfer-encoding", "HOST", "X-Token", "x-token", "Signature", "Content-Type"]
)
@pytest.mark.parametrize("where", ["headers", "httpx_args"])
def test_headers_that_frame_the_request_cannot_be_set(name: str, where: str) -> None:
    headers = {name: "1"}
    options: dict[str, Any] = {"headers": headers} if where == "headers" else {"httpx_args": {"headers": headers}}
    with pytest.raises(PayCombatError, match="set by the client itself"):
        AuthenticatedClient(token="t", signature_key="k", **options)


@pytest.mark.parametrize("value", ["a\r\nX-Evil: 1", "line\nbreak", " padded", "é", "nul\x00"])
def test_header_values_that_would_break_the_request_are_refused_without_echoing_them(value: str) -> None:
    with pytest.raises(PayCombatError) as caught:
        AuthenticatedClient(token="t", signature_key="k", headers={"X-Merchant": value})
    assert value not in str(caught.value) and "X-Merchant" in str(caught.value)


@pytest.mark.parametrize("name", ["", "X Merchant", "X:y", "Ümlaut"])
def test_invalid_header_names_are_refused(name: str) -> None:
    with pytest.raises(PayCombatError, match="not a valid header name"):
        AuthenticatedClient(token="t", signature_key="k", headers={name: "1"})


class _Exploding(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """A user's transport that fails with something that is not an httpx2 error."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        raise self.error

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        raise self.error


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "error", [UnicodeEncodeError("ascii", "é", 0, 1, "no"), ValueError("secret-in-text"), OSError("boom")]
)
async def test_any_failure_of_the_http_layer_is_a_paycombat_error(mode: str, error: Exception) -> None:
    transport = _Exploding(error)
    client = AuthenticatedClient(
        base_url="https://api.paycombat.com",
        token="t",
        signature_key="k",
        http_client=httpx2.Client(transport=transport),
        async_http_client=httpx2.AsyncClient(transport=transport),
    )
    with pytest.raises(APIConnectionError) as caught:
        await call(mode, "getCustomer", client)
    assert type(error).__name__ in str(caught.value) and "secret-in-text" not in str(caught.value)
    assert caught.value.request_sent is True


# --- a closed client --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_a_closed_client_refuses_new_calls_instead_of_reopening(api: FakePayCombat, mode: str) -> None:
    client = client_of(api)
    copy = client.with_options(timeout=5)
    await call(mode, "getCustomer", client)
    if mode == "sync":
        client.close()
    else:
        await client.aclose()
    assert client.is_closed and copy.is_closed
    for closed in (client, copy):
        with pytest.raises(ClientClosedError, match="closed"):
            await call(mode, "getCustomer", closed)
    with pytest.raises(ClientClosedError):
        with client:
            pass
    client.close()  # twice is harmless
    assert len(api.hits) == 1


@pytest.mark.parametrize("operation_id", ["getCustomer", "createPayout"])
def test_a_call_in_flight_during_close_ends_and_is_never_repeated(operation_id: str) -> None:
    with hostile.HostileServer(hostile.never_answer) as server:
        client = AuthenticatedClient(base_url=server.base_url, token="t", signature_key="k", timeout=1.0, max_retries=3)
        outcome: list[BaseException] = []

        def in_flight() -> None:
            try:
                CALLS[operation_id].api().sync(client=client, **CALLS[operation_id].arguments())
            except BaseException as exc:  # noqa: BLE001 - recorded and checked below
                outcome.append(exc)

        thread = threading.Thread(target=in_flight)
        thread.start()
        deadline = time.monotonic() + 5
        while server.connections == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        client.close()
        thread.join(timeout=10)
    assert not thread.is_alive()
    [error] = outcome
    assert isinstance(error, APIConnectionError) and error.request_sent is True
    assert server.connections == 1


# --- webhooks vouch only for signed bytes -----------------------------------------------------

KEY = "whsec-hardening"


def sign(body: bytes, key: str = KEY) -> str:
    return hmac.new(key.encode(), body, hashlib.sha256).hexdigest()


PAYIN = {"type": "PAYIN", "id": "p-1", "status": "SUCCESS", "amount": 50, "amount_type": "AUD"}


def test_verify_returns_the_signed_bytes_so_the_receiver_parses_what_was_signed() -> None:
    canonical = jsjson.stringify(PAYIN)
    signature = sign(canonical)
    assert verify_signature(canonical, signature, KEY) == canonical
    # A proxy (or an attacker) that re-formats the body, adds digits a double drops, or repeats a key:
    for altered in (
        json.dumps(PAYIN, indent=2).encode(),
        canonical.replace(b'"amount":50', b'"amount":50.000000000000000001'),
        canonical.replace(b'"amount":50', b'"amount":1e400,"amount":50'),
    ):
        assert altered != canonical
        assert verify_signature(altered, signature, KEY) == canonical
    event = construct_event(canonical.replace(b'"amount":50', b'"amount":50.000000000000000001'), signature, KEY)
    assert event.amount == Decimal(50)


def test_a_signature_given_as_bytes_works_and_other_types_are_refused() -> None:
    body = jsjson.stringify(PAYIN)
    assert verify_signature(body, sign(body).upper().encode(), KEY) == body
    with pytest.raises(WebhookSignatureError):
        verify_signature(body, b"\xff" * 64, KEY)
    with pytest.raises(TypeError, match="str or bytes"):
        verify_signature(body, 12345, KEY)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "amount", ["1_000", " 5 ", "5 ", "١٢٣", "５", "1e5", "NaN", "Infinity", "+5", ".5", "5.", "0x10", ""]
)
def test_a_signed_amount_must_be_a_plain_decimal_number(amount: str) -> None:
    body = jsjson.stringify({**PAYIN, "amount": amount})
    with pytest.raises(WebhookPayloadError) as caught:
        construct_event(body, sign(body), KEY)
    assert caught.value.errors[0].startswith("amount:")
    assert amount.strip() not in str(caught.value) or not amount.strip()


@pytest.mark.parametrize(
    "number", [b"1e400", b"-1e400", b"1e999999999", b"1e-999999999", b"-1e-999999999", b"1" + b"0" * 40, b"1e35"]
)
def test_a_signed_amount_beyond_an_amounts_size_is_refused(number: bytes) -> None:
    body = jsjson.stringify(PAYIN).replace(b'"amount":50', b'"amount":' + number)
    with pytest.raises(WebhookPayloadError, match="amount"):
        construct_event(body, sign(body), KEY)


@pytest.mark.parametrize("amount", ["50", "-1.25", "0.10", "12345678901234567.89"])
def test_plain_amounts_as_text_are_exact(amount: str) -> None:
    body = jsjson.stringify({**PAYIN, "amount": amount})
    event = construct_event(body, sign(body), KEY)
    assert event.amount == Decimal(amount) and str(event.amount) == amount


def test_a_type_of_null_is_not_a_virtual_account_event() -> None:
    body = jsjson.stringify({"type": None, "status": "APPROVED"})
    with pytest.raises(WebhookPayloadError, match="unknown type None"):
        construct_event(body, sign(body), KEY)


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 200_000,
        b"{" + b'"a":[' * 50_000,
        b'{"a":' + b"9" * 200_000 + b"}",
        b'{"a":"' + b"\\u00e9" * 40_000 + b'"}',
        b"\xff" * 200_000,
        b'{"a":' + b"1e99999" * 10 + b"}",
    ],
    ids=["deep-array", "deep-object", "huge-number", "escapes", "not-utf8", "bad-numbers"],
)
def test_an_unsigned_body_is_refused_whatever_its_content(body: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[bytes] = []
    real = jsjson.js_roundtrip
    monkeypatch.setattr("paycombat_client.webhooks.js_roundtrip", lambda data: parsed.append(data) or real(data))
    with pytest.raises(WebhookSignatureError):
        verify_signature(body, "0" * 64, KEY)
    # Only a JSON object is worth re-reading: PayCombat signs one record per event.
    assert len(parsed) == (1 if body.startswith(b"{") else 0)


@settings(max_examples=200, deadline=None)
@given(body=st.binary(min_size=1, max_size=2048), signature=st.text(max_size=80))
def test_arbitrary_unsigned_input_only_ever_raises_webhook_signature_error(body: bytes, signature: str) -> None:
    with pytest.raises(WebhookSignatureError):
        verify_signature(body, signature, KEY)


# --- found by trying the package as a new user -------------------------------------------------


@pytest.mark.parametrize(
    "url", ["http://api.paycombat.com", "http://10.0.0.5:8000", "http://[fe80::1]:80", "http://sandbox"]
)
def test_plain_http_is_refused_for_any_host_but_this_machine(url: str) -> None:
    with pytest.raises(PayCombatError, match="must use https://"):
        AuthenticatedClient(base_url=url, token="t", signature_key="k")


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000", "http://127.5.6.7", "http://localhost:12111", "http://[::1]:9"]
)
def test_plain_http_is_allowed_on_this_machine(url: str) -> None:
    assert AuthenticatedClient(base_url=url, token="t", signature_key="k").base_url == url


@pytest.mark.parametrize("mode", MODES)
async def test_a_path_parameter_cannot_forge_a_line_in_messages_or_logs(
    api: FakePayCombat, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="paycombat_client")
    forged = "x\n[2026-12-02 03:00:00,000 INFO paycombat_client] payout approved by admin"
    api.script("getCustomer", Scripted(404, {"status": False, "message": "no such customer"}))
    with pytest.raises(NotFoundError) as caught:
        await call(mode, "getCustomer", client_of(api, max_retries=0), customer_id=forged)
    assert "\n" not in str(caught.value) and "x%0A%5B2026" in str(caught.value)
    lines = [record.getMessage() for record in caplog.records if record.name == "paycombat_client"]
    assert lines and all("\n" not in line for line in lines)
    assert any("x%0A%5B2026" in line for line in lines)


def test_a_webhook_key_read_with_a_line_break_still_verifies() -> None:
    body = jsjson.stringify(PAYIN)
    assert verify_signature(body, sign(body), KEY + "\n") == body
    assert construct_event(body, sign(body), f"  {KEY}\r\n").status == "SUCCESS"


@pytest.mark.parametrize(
    "build",
    [
        lambda: AuthenticatedClient(token="t", signature_key="k", timeout=-1),
        lambda: AuthenticatedClient(token="t", signature_key="k", max_retries=-1),
        lambda: AuthenticatedClient(token="t", signature_key="k", max_response_bytes=0),
        lambda: verify_signature(b"{}", "0" * 64, " "),
        # Credentials, base_url, headers and objects of the wrong type: once a plain PayCombatError,
        # a TypeError or a ValueError each.
        lambda: AuthenticatedClient(token="", signature_key="k"),
        lambda: AuthenticatedClient(token="t\n1", signature_key="k"),
        lambda: AuthenticatedClient(token=b"t", signature_key="k"),  # type: ignore[arg-type]
        lambda: AuthenticatedClient(token="t", signature_key="k\ud800"),
        lambda: AuthenticatedClient("ftp://api.paycombat.com", token="t", signature_key="k"),
        lambda: AuthenticatedClient(b"https://x", token="t", signature_key="k"),  # type: ignore[arg-type]
        lambda: AuthenticatedClient(token="t", signature_key="k", headers={"X-token": "x"}),
        lambda: AuthenticatedClient(token="t", signature_key="k", headers={"Bad Name": "x"}),
        lambda: AuthenticatedClient(token="t", signature_key="k", timeout="30"),  # type: ignore[arg-type]
        lambda: AuthenticatedClient(token="t", signature_key="k", http_client=object()),  # type: ignore[arg-type]
        lambda: AuthenticatedClient(token="t", signature_key="k").request("GET", "/x", retry="always"),  # type: ignore[arg-type]
        lambda: signing.encode_key("k\ud800"),
        lambda: verify_signature(b"{}", "0" * 64, "k\ud800"),
        lambda: verify_signature("{}", "0" * 64, KEY),  # type: ignore[arg-type]
        lambda: verify_signature(b"{}", 12345, KEY),  # type: ignore[arg-type]
        lambda: pickle.dumps(AuthenticatedClient(token="t", signature_key="k")),
    ],
)
def test_settings_it_cannot_work_with_are_configuration_errors(build: Any) -> None:
    with pytest.raises(ConfigurationError) as caught:
        build()
    # Still what each raised before, so except clauses written for that keep working.
    assert isinstance(caught.value, PayCombatError)
    assert isinstance(caught.value, ValueError) and isinstance(caught.value, TypeError)


def test_the_signer_cannot_be_pickled_with_its_secrets() -> None:
    client = AuthenticatedClient(token="snd_pickled_token", signature_key="pickled-key")
    for public in (client.auth, client.with_options(max_retries=0).auth):
        with pytest.raises(ConfigurationError, match="cannot be pickled"):
            pickle.dumps(public)
        with pytest.raises(ConfigurationError, match="cannot be pickled"):
            copy.deepcopy(public)  # deepcopy goes through the same reduction
    assert "snd_pickled_token" not in repr(client.auth) and "pickled-key" not in repr(client.auth)
