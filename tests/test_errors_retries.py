"""Errors, retries, timeouts and logging, sync and async, against the fake PayCombat server.

The server counts hits, so "retried" and "never repeated" are checked on the wire. Which calls
may be repeated comes from the spec (``x-paycombat-retry``, compiled into each module's
``OPERATION``). Every PayCombat error is caught through :func:`raises`, which also checks that
no credential or signature leaks into it, and an autouse fixture checks every log record.
"""

from __future__ import annotations

import email.utils
import json
import logging
import os
import random
import re
import socket
import ssl
import subprocess
import sys
import textwrap
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

import httpx2
import pytest
from paycombat_client import (
    APIConnectionError,
    APIRefusedError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticatedClient,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PayCombatError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from paycombat_client._runtime import pipeline
from paycombat_client.testing import Sandbox

from support.calls import CALLS
from support.fakeapi import FakePayCombat, Hit, Scripted
from support.operations import OPERATIONS, RETRY

pytestmark = pytest.mark.anyio

E = TypeVar("E", bound=BaseException)

# Read before the autouse fixture below shortens them.
DEFAULT_DELAYS = (pipeline.INITIAL_RETRY_DELAY, pipeline.MAX_RETRY_DELAY, pipeline.MAX_RETRY_AFTER)

MODES = ["sync", "asyncio"]
ALL_MODES = ["sync", "sync_detailed", "asyncio", "asyncio_detailed"]

ALL_OPS = sorted(CALLS)
CONNECT_ONLY = frozenset(op for op, rule in RETRY.items() if rule == "connect-only")
CREATE_OPS = sorted(CONNECT_ONLY)
PATHS = {op: template for op, _, template, _ in OPERATIONS}
METHODS = {op: method for op, method, _, _ in OPERATIONS}


def module_of(operation_id: str) -> ModuleType:
    return CALLS[operation_id].api()


async def call(mode: str, operation_id: str, client: AuthenticatedClient) -> Any:
    """Call an operation the way a user would, in one of its four flavours."""
    function = getattr(module_of(operation_id), mode)
    result = function(client=client, **CALLS[operation_id].arguments())
    return await result if mode.startswith("asyncio") else result


def path_of(operation_id: str) -> str:
    """The path the calls above send (their path parameters filled in)."""
    arguments = {k: v for k, v in CALLS[operation_id].arguments().items() if k != "body"}
    return PATHS[operation_id].format(**arguments)


# --- secrets ----------------------------------------------------------------------------------

_EXTRA_SECRETS: set[str] = set()


def secrets_of(api: FakePayCombat) -> set[str]:
    """The credentials, and every signature actually sent during the test."""
    sent = {hit.headers["signature"] for hit in api.hits if hit.headers.get("signature")}
    return {api.TOKEN, api.SIGNATURE_KEY, *_EXTRA_SECRETS, *sent}


def assert_no_secret(text: str, api: FakePayCombat) -> None:
    for secret in secrets_of(api):
        assert secret not in text, f"a secret leaked into: {text!r}"


@contextmanager
def raises(api: FakePayCombat, kind: type[E]) -> Iterator[pytest.ExceptionInfo[E]]:
    """``pytest.raises`` that also checks the error (and its cause) keeps every secret out."""
    with pytest.raises(kind) as caught:
        yield caught
    error: BaseException | None = caught.value
    while error is not None:
        assert_no_secret(f"{error}\n{error!r}", api)
        error = error.__cause__


@pytest.fixture(autouse=True)
def _no_secret_in_logs(api: FakePayCombat, caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx2, httpcore2
    yield
    formatter = logging.Formatter()
    try:
        # caplog.records would only hold this teardown's records.
        records = caplog.get_records("setup") + caplog.get_records("call")
        # Formatted (tracebacks included) and raw arguments, whatever a handler would show.
        assert_no_secret("\n".join(f"{formatter.format(r)} {r.args!r}" for r in records), api)
    finally:
        _EXTRA_SECRETS.clear()


@pytest.fixture(autouse=True)
def _fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "INITIAL_RETRY_DELAY", 0.001)
    monkeypatch.setattr(pipeline, "MAX_RETRY_DELAY", 0.004)


# --- clients and transports ---------------------------------------------------------------------

# The fake server speaks plain HTTP; loading CA certificates for every client costs ~20 ms.
_SSL = ssl.create_default_context()


@pytest.fixture(scope="module")
def dead_port() -> Iterator[int]:
    """A local port that refuses connections: bound, never listening."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


class FailFirst(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """Makes the first ``failures`` attempts fail, then carries requests to the real server.

    With ``error=None`` the failure is real: the attempt goes to ``dead_port`` and the OS
    refuses it. Otherwise ``error`` is raised as httpx2 would (a unit-level stand-in).
    """

    def __init__(self, failures: int, *, dead_port: int = 0, error: type[httpx2.TransportError] | None = None) -> None:
        self.failures, self.dead_port, self.error = failures, dead_port, error
        self.attempts = 0
        self._sync = httpx2.HTTPTransport(verify=_SSL)
        self._async = httpx2.AsyncHTTPTransport(verify=_SSL)

    def _before(self, request: httpx2.Request) -> None:
        self.attempts += 1
        if self.attempts > self.failures:
            return
        if self.error is None:
            request.url = request.url.copy_with(port=self.dead_port)
        else:
            raise self.error("injected failure", request=request)

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        self._before(request)
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        self._before(request)
        return await self._async.handle_async_request(request)

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


MakeClient = Callable[..., AuthenticatedClient]


@pytest.fixture
async def make_client(api: FakePayCombat) -> AsyncIterator[MakeClient]:
    """Clients of the fake server; ``transport=`` routes both httpx2 clients through it."""
    made: list[AuthenticatedClient] = []
    own: list[httpx2.Client | httpx2.AsyncClient] = []

    def make(*, transport: FailFirst | None = None, **options: Any) -> AuthenticatedClient:
        options.setdefault("base_url", api.base_url)
        options.setdefault("httpx_args", {"verify": _SSL})
        if transport is not None:
            options["http_client"] = httpx2.Client(transport=transport)
            options["async_http_client"] = httpx2.AsyncClient(transport=transport)
            own.extend((options["http_client"], options["async_http_client"]))
        options.setdefault("token", api.TOKEN)
        options.setdefault("signature_key", api.SIGNATURE_KEY)
        client = AuthenticatedClient(**options)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()
        await client.aclose()
    for http in own:
        if isinstance(http, httpx2.Client):
            http.close()
        else:
            await http.aclose()


def envelope_error(status: int, message: str) -> Scripted:
    return Scripted(status, {"status": False, "message": message})


def assert_all_signed(hits: list[Hit]) -> None:
    """Every attempt reached the server with a valid token and signature over the same body."""
    assert hits
    assert all(hit.verdict == "ok" for hit in hits), [hit.verdict for hit in hits]
    assert len({(hit.body, hit.headers["signature"]) for hit in hits}) == 1


def our_records(caplog: pytest.LogCaptureFixture, level: int) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "paycombat_client" and r.levelno == level]


# --- the decision, per operation ---------------------------------------------------------------


def test_the_retry_decision_per_operation_comes_from_the_spec() -> None:
    for operation_id, method, path, _ in OPERATIONS:
        operation = module_of(operation_id).OPERATION
        assert (operation.operation_id, operation.method, operation.path) == (operation_id, method, path)
        assert operation.retry == RETRY[operation_id]


def test_every_call_that_creates_something_is_never_repeated_once_sent() -> None:
    # The reviewed rule behind the spec's table: a create repeated after it was sent could pay twice.
    creates = {op for op, method, _, _ in OPERATIONS if op.startswith("create") or method == "POST"}
    assert creates and creates == CONNECT_ONLY


def test_defaults() -> None:
    assert DEFAULT_DELAYS == (0.5, 8.0, 60.0)
    client = AuthenticatedClient(token="t", signature_key="k")
    assert client.max_retries == 2
    assert (client.timeout.connect, client.timeout.read) == (5.0, 30.0)
    with pytest.raises(ValueError):
        AuthenticatedClient(token="t", signature_key="k", max_retries=-1)


async def test_request_parts_the_pipeline_would_not_sign_are_refused(
    api: FakePayCombat, make_client: MakeClient
) -> None:
    operation = module_of("getCustomer").OPERATION
    parts = {"url": "/api/v1/customer/retrieve/c", "files": {"f": b"x"}, "data": {}}
    with pytest.raises(TypeError, match=re.escape("['data', 'files']")):
        pipeline.send_sync(make_client(), operation, parts, lambda answer: answer)
    assert api.hits == []


# --- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (402, APIStatusError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (418, APIStatusError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (504, InternalServerError),
    ],
)
@pytest.mark.parametrize("mode", ALL_MODES)
async def test_each_status_raises_its_error_with_the_servers_message(
    api: FakePayCombat, make_client: MakeClient, mode: str, status: int, kind: type[APIStatusError]
) -> None:
    body = {"status": False, "message": f"Server says {status}", "code": "E42"}
    api.script("createPayout", Scripted(status, body, {"X-Request-Id": "req-1"}))
    with raises(api, kind) as caught:
        await call(mode, "createPayout", make_client())
    error = caught.value
    assert type(error) is kind
    assert isinstance(error, APIStatusError) and isinstance(error, PayCombatError)
    assert error.status_code == status == error.response.status_code
    assert error.message == f"Server says {status}"
    assert f"Server says {status}" in str(error) and f"HTTP {status}" in str(error)
    assert "POST /api/v1/payout/create-payout" in str(error)
    assert error.body == body and json.loads(error.raw_body) == body
    assert error.headers["x-request-id"] == "req-1"
    assert len(api.hits_for("createPayout")) == 1  # a create is never repeated


@pytest.mark.parametrize("mode", ALL_MODES)
async def test_404_with_an_envelope_raises_not_found_once(
    api: FakePayCombat, make_client: MakeClient, mode: str
) -> None:
    api.script("getCustomer", envelope_error(404, "Customer not found"))
    with raises(api, NotFoundError) as caught:
        await call(mode, "getCustomer", make_client())
    assert caught.value.message == "Customer not found"
    assert "Customer not found" in str(caught.value)
    assert len(api.hits_for("getCustomer")) == 1  # a 404 is final, even for a read


@pytest.mark.parametrize("operation_id", ["getCustomer", "createPayout"])
@pytest.mark.parametrize("mode", MODES)
async def test_a_redirect_is_never_followed_even_by_a_client_that_follows_them(
    api: FakePayCombat, make_client: MakeClient, mode: str, operation_id: str
) -> None:
    # Following would resend the token, the signature and (307/308) the body to another address.
    elsewhere = f"{api.base_url}/api/v1/customer/retrieve/somewhere-else"
    api.script(operation_id, Scripted(307, None, {"Location": elsewhere}))
    async with httpx2.AsyncClient(follow_redirects=True, verify=_SSL) as own_async:
        with httpx2.Client(follow_redirects=True, verify=_SSL) as own:
            with raises(api, APIStatusError) as caught:
                await call(mode, operation_id, make_client(http_client=own, async_http_client=own_async))
    assert caught.value.status_code == 307
    assert len(api.hits) == 1  # nothing went to Location


@pytest.mark.parametrize("mode", MODES)
async def test_a_list_of_messages_is_joined(api: FakePayCombat, make_client: MakeClient, mode: str) -> None:
    body = {"statusCode": 400, "message": ["amount must be a number", "currency is required"], "error": "Bad"}
    api.script("createPayin", Scripted(400, body))
    with raises(api, BadRequestError) as caught:
        await call(mode, "createPayin", make_client())
    assert caught.value.message == "amount must be a number; currency is required"


_FORGING = "ok\r\n[2026-12-04 INFO paycombat_client] payout approved\x1b]52;c;cGF5\x07\x1b[2J\x9b1m\u202eevil\ud800"
_FORGING_SHOWN = (
    "ok\\x0d\\x0a[2026-12-04 INFO paycombat_client] payout approved"
    "\\x1b]52;c;cGF5\\x07\\x1b[2J\\x9b1m\\u202eevil\\ud800"
)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("shape", ["string", "list"])
async def test_server_text_in_an_error_is_shown_escaped_and_kept_raw_on_the_body(
    api: FakePayCombat, make_client: MakeClient, mode: str, shape: str
) -> None:
    # A line break would forge a log line; escape sequences would drive the reader's terminal.
    message: object = _FORGING if shape == "string" else ["first", _FORGING]
    raw = json.dumps({"status": False, "message": message}).encode()
    api.script("createPayin", Scripted(400, raw, {"Content-Type": "application/json"}))
    with raises(api, BadRequestError) as caught:
        await call(mode, "createPayin", make_client())
    error = caught.value
    assert _FORGING_SHOWN in error.message and _FORGING_SHOWN in str(error)
    assert not any(c in str(error) for c in "\r\n\x1b\x07\x9b\u202e\ud800")
    assert error.raw_body == raw and error.body["message"] == message  # the answer as it came


@pytest.mark.parametrize("mode", MODES)
async def test_a_path_parameter_the_sandbox_echoes_cannot_forge_a_line_of_the_error(mode: str) -> None:
    with Sandbox() as sandbox:
        client = sandbox.client()
        with pytest.raises(NotFoundError) as caught:
            module = CALLS["getPayinMethodRequiredFields"].api()
            result = getattr(module, mode)("x\r\nINFO approved\x1b[31m", client=client)
            if mode == "asyncio":
                await result
    shown = str(caught.value)
    assert "x\\x0d\\x0aINFO approved\\x1b[31m" in shown and "\n" not in shown and "\x1b" not in shown


@pytest.mark.parametrize("mode", MODES)
async def test_an_html_502_raises_a_status_error(api: FakePayCombat, make_client: MakeClient, mode: str) -> None:
    html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    api.script("getPayoutBalance", *[Scripted(502, html)] * 3)
    with raises(api, APIStatusError) as caught:
        await call(mode, "getPayoutBalance", make_client())
    error = caught.value
    assert isinstance(error, InternalServerError)
    assert error.status_code == 502
    assert error.message == "Bad Gateway"
    assert error.raw_body == html.encode() and error.body is None
    assert len(api.hits_for("getPayoutBalance")) == 3  # a read: retried twice, then raised


@pytest.mark.parametrize("operation_id", ["getCustomer", "createPayout"])
@pytest.mark.parametrize("mode", ALL_MODES)
async def test_a_2xx_with_status_false_raises(
    api: FakePayCombat, make_client: MakeClient, mode: str, operation_id: str
) -> None:
    api.script(operation_id, envelope_error(200, "Insufficient balance"))
    with raises(api, APIRefusedError) as caught:
        await call(mode, operation_id, make_client())
    error = caught.value
    assert isinstance(error, APIStatusError)
    assert (error.status_code, error.message) == (200, "Insufficient balance")
    assert "Insufficient balance" in str(error)
    assert len(api.hits_for(operation_id)) == 1  # an answer, not a failure: never repeated


_HTML = "<!doctype html><html><body>Service temporarily unavailable</body></html>"
_UNPARSEABLE = {
    "html": Scripted(200, _HTML),
    "empty": Scripted(200, None),
    "invalid JSON": Scripted(200, b'{"status": true, "data": {', {"Content-Type": "application/json"}),
    "not UTF-8": Scripted(200, b'{"status": true, "message": "\xff"}', {"Content-Type": "application/json"}),
    "a JSON array": Scripted(200, b"[1, 2]", {"Content-Type": "application/json"}),
    "data is a string": Scripted(200, {"status": True, "message": "OK", "data": "customer_1"}),
    "data is missing": Scripted(200, {"status": True, "message": "OK"}),
    "data is a number": Scripted(200, {"status": True, "message": "OK", "data": 42}),
    "absurdly deep": Scripted(200, b"[" * 100_000, {"Content-Type": "application/json"}),
}


@pytest.mark.parametrize("case", list(_UNPARSEABLE))
@pytest.mark.parametrize("mode", ALL_MODES)
async def test_an_unparseable_answer_raises_validation_error(
    api: FakePayCombat, make_client: MakeClient, mode: str, case: str
) -> None:
    scripted = _UNPARSEABLE[case]
    api.script("getCustomer", scripted)
    with raises(api, APIResponseValidationError) as caught:
        await call(mode, "getCustomer", make_client())
    error = caught.value
    assert not isinstance(error, (KeyError, TypeError, ValueError, json.JSONDecodeError))
    assert error.status_code == 200 and error.response.status_code == 200
    sent = scripted.body
    if isinstance(sent, dict):
        assert json.loads(error.raw_body) == sent
    else:
        assert error.raw_body == (sent.encode() if isinstance(sent, str) else sent or b"")
    assert error.__cause__ is not None  # what went wrong inside, for debugging
    assert "GET /api/v1/customer/customer/customer_1 -> HTTP 200" in str(error)
    assert len(api.hits_for("getCustomer")) == 1  # the server answered: not repeated


@pytest.mark.parametrize("mode", MODES)
async def test_a_body_whose_encoding_lies_raises_validation_error(
    api: FakePayCombat, make_client: MakeClient, mode: str
) -> None:
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    api.script("getCustomer", Scripted(200, b"this is not gzip", headers))
    with raises(api, APIResponseValidationError) as caught:
        await call(mode, "getCustomer", make_client())
    assert caught.value.status_code == 200
    assert "gzip" in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx2.DecodingError)
    assert caught.value.raw_body == b""  # only the undecodable bytes existed
    assert len(api.hits_for("getCustomer")) == 1


@pytest.mark.parametrize("mode", ALL_MODES)
async def test_unknown_fields_and_values_parse(api: FakePayCombat, make_client: MakeClient, mode: str) -> None:
    record = {
        "customer_id": "customer_1",
        "type": "robot",  # a kind the spec does not list
        "gca_activation_status": "SOMETHING_NEW",
        "is_active": True,
        "brand_new_field": {"nested": [1, "two", None]},
    }
    api.script("getCustomer", Scripted(200, {"status": True, "message": "OK", "data": record, "trace": "t-1"}))
    api.script("retrievePayout", Scripted(200, {"data": {"id": "p", "status": "ON_HOLD", "approval": "MAYBE"}}))
    client = make_client()
    customer = await call(mode, "getCustomer", client)
    payout = await call(mode, "retrievePayout", client)
    if mode.endswith("detailed"):
        assert customer.status_code == 200 and payout.status_code == 200
        customer, payout = customer.parsed, payout.parsed
    assert customer.data.type_ == "robot"
    assert customer.data.gca_activation_status == "SOMETHING_NEW"
    assert customer.data.additional_properties["brand_new_field"] == {"nested": [1, "two", None]}
    assert customer.additional_properties == {"trace": "t-1"}
    assert (payout.data.status, payout.data.approval) == ("ON_HOLD", "MAYBE")


# --- retries: statuses -------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ALL_MODES)
async def test_a_503_on_a_get_is_retried_and_succeeds(
    api: FakePayCombat, make_client: MakeClient, caplog: pytest.LogCaptureFixture, mode: str
) -> None:
    api.script("getCustomer", envelope_error(503, "Try again"))
    result = await call(mode, "getCustomer", make_client())
    parsed = result.parsed if mode.endswith("detailed") else result
    assert parsed.data.customer_id == "customer_1"
    hits = api.hits_for("getCustomer")
    assert len(hits) == 2
    assert_all_signed(hits)
    [retry] = our_records(caplog, logging.INFO)
    message = retry.getMessage()
    assert "GET /api/v1/customer/customer/customer_1" in message
    assert "attempt 2 of 3" in message and "HTTP 503" in message


@pytest.mark.parametrize("mode", MODES)
async def test_a_503_on_a_create_is_sent_once(api: FakePayCombat, make_client: MakeClient, mode: str) -> None:
    api.script("createPayout", envelope_error(503, "Upstream unavailable"))
    with raises(api, InternalServerError) as caught:
        await call(mode, "createPayout", make_client())
    assert caught.value.message == "Upstream unavailable"
    assert len(api.hits_for("createPayout")) == 1


@pytest.mark.parametrize("operation_id", ALL_OPS)
@pytest.mark.parametrize("mode", MODES)
async def test_a_5xx_is_retried_only_where_safe(
    api: FakePayCombat, make_client: MakeClient, caplog: pytest.LogCaptureFixture, mode: str, operation_id: str
) -> None:
    api.script(operation_id, *[envelope_error(500, "Boom")] * 3)
    with raises(api, InternalServerError):
        await call(mode, operation_id, make_client())
    hits = api.hits_for(operation_id)
    retries = [r.getMessage() for r in our_records(caplog, logging.INFO)]
    if operation_id in CONNECT_ONLY:
        assert len(hits) == 1 and retries == []
    else:
        assert len(hits) == 3
        where = f"{METHODS[operation_id]} {path_of(operation_id)}"
        assert [m.split(" in ")[0] for m in retries] == [
            f"retrying {where} (attempt 2 of 3)",
            f"retrying {where} (attempt 3 of 3)",
        ]
    assert_all_signed(hits)


@pytest.mark.parametrize(
    ("status", "kind"),
    [(408, APIStatusError), (429, RateLimitError), (500, InternalServerError), (504, InternalServerError)],
)
@pytest.mark.parametrize("operation_id", ["getCheckout", "updateCustomer", "deleteCustomer", "createCustomer"])
@pytest.mark.parametrize("mode", MODES)
async def test_retried_statuses(
    api: FakePayCombat,
    make_client: MakeClient,
    mode: str,
    operation_id: str,
    status: int,
    kind: type[APIStatusError],
) -> None:
    api.script(operation_id, envelope_error(status, "Later"))
    if operation_id in CONNECT_ONLY:
        with raises(api, kind):
            await call(mode, operation_id, make_client())
        assert len(api.hits_for(operation_id)) == 1
    else:
        await call(mode, operation_id, make_client())
        hits = api.hits_for(operation_id)
        assert len(hits) == 2
        assert_all_signed(hits)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 405, 409, 410, 422])
@pytest.mark.parametrize("mode", MODES)
async def test_other_statuses_are_final_even_for_reads(
    api: FakePayCombat, make_client: MakeClient, mode: str, status: int
) -> None:
    api.script("findTransaction", envelope_error(status, "No"))
    with raises(api, APIStatusError):
        await call(mode, "findTransaction", make_client())
    assert len(api.hits_for("findTransaction")) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_max_retries_zero_sends_once(api: FakePayCombat, make_client: MakeClient, mode: str) -> None:
    api.script("getCustomer", envelope_error(503, "Down"))
    with raises(api, InternalServerError):
        await call(mode, "getCustomer", make_client(max_retries=0))
    assert len(api.hits_for("getCustomer")) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_max_retries_per_call(api: FakePayCombat, make_client: MakeClient, mode: str) -> None:
    client = make_client()
    api.script("getCustomer", *[envelope_error(503, "Down")] * 5)
    with raises(api, InternalServerError):
        await call(mode, "getCustomer", client.with_options(max_retries=1))
    assert len(api.hits_for("getCustomer")) == 2
    with raises(api, InternalServerError):
        await call(mode, "getCustomer", client.with_options(max_retries=0))
    assert len(api.hits_for("getCustomer")) == 3
    # The original keeps its setting: two more 503s, then a success.
    await call(mode, "getCustomer", client)
    assert len(api.hits_for("getCustomer")) == 6
    assert client.max_retries == 2


@pytest.mark.parametrize("mode", MODES)
async def test_429_retry_after_seconds_is_honoured(
    api: FakePayCombat, make_client: MakeClient, caplog: pytest.LogCaptureFixture, mode: str
) -> None:
    api.script("getCustomer", Scripted(429, {"status": False, "message": "Slow down"}, {"Retry-After": "0.3"}))
    started = time.monotonic()
    await call(mode, "getCustomer", make_client())
    assert time.monotonic() - started >= 0.3
    assert len(api.hits_for("getCustomer")) == 2
    [retry] = our_records(caplog, logging.INFO)
    assert isinstance(retry.args, tuple) and retry.args[4] == 0.3  # the delay, not the (tiny) backoff


@pytest.mark.parametrize("mode", MODES)
async def test_429_retry_after_http_date_is_honoured_and_capped(
    api: FakePayCombat,
    make_client: MakeClient,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
) -> None:
    monkeypatch.setattr(pipeline, "MAX_RETRY_AFTER", 0.25)
    later = email.utils.format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    api.script("getCustomer", Scripted(429, {"status": False, "message": "Slow down"}, {"Retry-After": later}))
    started = time.monotonic()
    await call(mode, "getCustomer", make_client())
    assert time.monotonic() - started >= 0.25
    assert len(api.hits_for("getCustomer")) == 2
    [retry] = our_records(caplog, logging.INFO)
    assert isinstance(retry.args, tuple) and retry.args[4] == 0.25


@pytest.mark.parametrize("mode", MODES)
async def test_429_on_a_create_is_not_retried(api: FakePayCombat, make_client: MakeClient, mode: str) -> None:
    api.script("createCustomer", Scripted(429, {"status": False, "message": "Slow down"}, {"Retry-After": "0"}))
    with raises(api, RateLimitError) as caught:
        await call(mode, "createCustomer", make_client())
    assert caught.value.headers["retry-after"] == "0"
    assert len(api.hits_for("createCustomer")) == 1


# --- retries: timeouts and connection failures --------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_a_slow_answer_times_out_within_the_timeout(
    api: FakePayCombat, make_client: MakeClient, mode: str
) -> None:
    api.script("createPayout", Scripted(200, None, delay=1.0))
    started = time.monotonic()
    with raises(api, APITimeoutError) as caught:
        await call(mode, "createPayout", make_client(timeout=0.2))
    assert 0.2 <= time.monotonic() - started < 0.7
    assert isinstance(caught.value, APIConnectionError)
    assert "POST /api/v1/payout/create-payout timed out (ReadTimeout)" in str(caught.value)
    assert len(api.hits_for("createPayout")) == 1


@pytest.mark.parametrize("operation_id", CREATE_OPS)
@pytest.mark.parametrize("mode", MODES)
async def test_a_create_is_never_repeated_after_a_read_timeout(
    api: FakePayCombat, make_client: MakeClient, mode: str, operation_id: str
) -> None:
    api.script(operation_id, Scripted(200, None, delay=0.4))
    with raises(api, APITimeoutError):
        await call(mode, operation_id, make_client(timeout=0.1))
    assert len(api.hits_for(operation_id)) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_a_read_timeout_on_a_read_is_retried(api: FakePayCombat, make_client: MakeClient, mode: str) -> None:
    api.script("retrievePayin", Scripted(200, None, delay=0.4))
    result = await call(mode, "retrievePayin", make_client(timeout=0.15))
    assert result.data.id == "payin_1"
    hits = api.hits_for("retrievePayin")
    assert len(hits) == 2
    assert_all_signed(hits)
    api.reset()
    api.script("retrievePayin", *[Scripted(200, None, delay=0.4)] * 3)
    with raises(api, APITimeoutError):
        await call(mode, "retrievePayin", make_client(timeout=0.1))
    assert len(api.hits_for("retrievePayin")) == 3


@pytest.mark.parametrize("mode", MODES)
async def test_timeout_per_call(api: FakePayCombat, make_client: MakeClient, mode: str) -> None:
    client = make_client()
    slowish = Scripted(200, {"status": True, "data": {"customer_id": "customer_1"}}, delay=0.3)
    api.script("getCustomer", Scripted(200, None, delay=0.5), slowish)
    started = time.monotonic()
    with raises(api, APITimeoutError):
        await call(mode, "getCustomer", client.with_options(timeout=0.1, max_retries=0))
    assert time.monotonic() - started < 0.4
    assert client.timeout.read == 30.0
    await call(mode, "getCustomer", client)  # the default timeout waits for a slowish answer
    assert len(api.hits_for("getCustomer")) == 2


@pytest.mark.parametrize("operation_id", ["getCustomer", "createPayout"])
@pytest.mark.parametrize("mode", MODES)
async def test_a_refused_connection_raises_connection_error(
    api: FakePayCombat,
    make_client: MakeClient,
    caplog: pytest.LogCaptureFixture,
    dead_port: int,
    mode: str,
    operation_id: str,
) -> None:
    client = make_client(base_url=f"http://127.0.0.1:{dead_port}")
    with raises(api, APIConnectionError) as caught:
        await call(mode, operation_id, client)
    assert not isinstance(caught.value, APITimeoutError)
    assert "ConnectError" in str(caught.value)
    # Never sent, so repeated whatever the operation: three attempts, two retries.
    attempts = our_records(caplog, logging.DEBUG)
    assert len(attempts) == 3 and all("-> ConnectError" in r.getMessage() for r in attempts)
    assert len(our_records(caplog, logging.INFO)) == 2


@pytest.mark.parametrize("operation_id", CREATE_OPS)
@pytest.mark.parametrize("mode", MODES)
async def test_a_create_is_repeated_after_a_refused_connection(
    api: FakePayCombat, make_client: MakeClient, dead_port: int, mode: str, operation_id: str
) -> None:
    transport = FailFirst(1, dead_port=dead_port)  # the first attempt meets a real refusal
    result = await call(mode, operation_id, make_client(transport=transport))
    assert result.status is True
    assert transport.attempts == 2
    assert_all_signed(api.hits_for(operation_id))
    assert len(api.hits_for(operation_id)) == 1


@pytest.mark.parametrize(
    ("error", "sent"),
    [
        (httpx2.ConnectError, False),
        (httpx2.ConnectTimeout, False),
        (httpx2.PoolTimeout, False),
        (httpx2.ReadTimeout, True),
        (httpx2.WriteTimeout, True),
        (httpx2.ReadError, True),
        (httpx2.WriteError, True),
        (httpx2.RemoteProtocolError, True),
    ],
)
@pytest.mark.parametrize("operation_id", ["getPayoutBalance", "createPayin"])
@pytest.mark.parametrize("mode", MODES)
async def test_transport_failures_by_whether_the_request_may_have_left(
    api: FakePayCombat,
    make_client: MakeClient,
    mode: str,
    operation_id: str,
    error: type[httpx2.TransportError],
    sent: bool,
) -> None:
    transport = FailFirst(1, error=error)
    client = make_client(transport=transport)
    if sent and operation_id in CONNECT_ONLY:
        kind = APITimeoutError if issubclass(error, httpx2.TimeoutException) else APIConnectionError
        with raises(api, kind) as caught:
            await call(mode, operation_id, client)
        assert type(caught.value) is kind
        assert isinstance(caught.value.__cause__, error)
        assert (transport.attempts, len(api.hits)) == (1, 0)
    else:
        await call(mode, operation_id, client)
        assert (transport.attempts, len(api.hits_for(operation_id))) == (2, 1)


@pytest.mark.parametrize("error", [httpx2.UnsupportedProtocol, httpx2.LocalProtocolError])
@pytest.mark.parametrize("mode", MODES)
async def test_failures_a_repeat_cannot_fix_are_not_repeated(
    api: FakePayCombat, make_client: MakeClient, mode: str, error: type[httpx2.TransportError]
) -> None:
    transport = FailFirst(1, error=error)
    with raises(api, APIConnectionError):
        await call(mode, "getCustomer", make_client(transport=transport))
    assert transport.attempts == 1


# --- backoff and Retry-After, unit level -------------------------------------------------------


def test_backoff_doubles_is_capped_and_jittered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "INITIAL_RETRY_DELAY", 0.5)
    monkeypatch.setattr(pipeline, "MAX_RETRY_DELAY", 8.0)
    for attempt, ceiling in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 8.0), (10_000, 8.0)]:
        delays = [pipeline._backoff(attempt) for _ in range(300)]
        assert all(0.75 * ceiling <= d <= ceiling for d in delays), (attempt, min(delays), max(delays))
        assert len(set(delays)) > 1  # jittered: clients that failed together do not retry together
    monkeypatch.setattr(random, "random", lambda: 0.0)
    assert pipeline._backoff(2) == 2.0
    monkeypatch.setattr(random, "random", lambda: 0.999999)
    assert pipeline._backoff(2) == pytest.approx(1.5, abs=1e-5)


def _response(retry_after: str | None = None, status: int = 429) -> httpx2.Response:
    headers = {} if retry_after is None else {"Retry-After": retry_after}
    return httpx2.Response(status, headers=headers, request=httpx2.Request("GET", "https://x.test/"))


def _http_date(delta: timedelta) -> str:
    return email.utils.format_datetime(datetime.now(UTC) + delta, usegmt=True)


@pytest.mark.parametrize(("value", "seconds"), [("3", 3.0), ("0", 0.0), ("2.5", 2.5), (" 7 ", 7.0)])
def test_retry_after_seconds(value: str, seconds: float) -> None:
    assert pipeline._retry_after(_response(value)) == seconds


def test_retry_after_http_dates() -> None:
    soon = pipeline._retry_after(_response(_http_date(timedelta(seconds=30))))
    assert soon is not None and 28.5 <= soon <= 30.0
    assert pipeline._retry_after(_response(_http_date(timedelta(seconds=-30)))) == 0.0
    # A date without a zone (RFC 850's "-0000") is read as UTC.
    naive = (datetime.now(UTC) + timedelta(seconds=20)).strftime("%a, %d %b %Y %H:%M:%S -0000")
    value = pipeline._retry_after(_response(naive))
    assert value is not None and 18.5 <= value <= 20.0


@pytest.mark.parametrize(
    "value",
    ["86400", "9" * 400, _http_date(timedelta(days=3))],
    ids=["a day in seconds", "400 digits", "a date three days ahead"],  # stable across xdist workers
)
def test_a_huge_retry_after_is_capped(value: str) -> None:
    assert pipeline._retry_after(_response(value)) == pipeline.MAX_RETRY_AFTER == DEFAULT_DELAYS[2]


@pytest.mark.parametrize(
    "value",
    [
        "",
        "soon",
        "-5",
        "nan",
        "inf",
        "1e3",
        "0x10",
        "5 seconds",
        "Mon, 01 Jan 99999 00:00:00 GMT",
        "Thu, 01 Jan 1970 00:00:00 +9999",
    ],
)
def test_a_garbage_retry_after_is_ignored(value: str) -> None:
    assert pipeline._retry_after(_response(value)) is None
    # ... and the usual backoff applies instead.
    op = pipeline.Operation("getCustomer", "GET", "/x", "safe")
    delay = pipeline._delay_after_status(op, _response(value, 503), 0, 2)
    assert delay is not None and delay <= pipeline.MAX_RETRY_DELAY


def test_no_retry_after() -> None:
    assert pipeline._retry_after(_response()) is None


# --- signing, logging, secrets ------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_one_debug_line_per_attempt(
    api: FakePayCombat, make_client: MakeClient, caplog: pytest.LogCaptureFixture, mode: str
) -> None:
    api.script("updateCustomer", envelope_error(502, "Bad gateway"))
    await call(mode, "updateCustomer", make_client())
    lines = [r.getMessage() for r in our_records(caplog, logging.DEBUG)]
    assert len(lines) == 2
    pattern = r"PATCH /api/v1/customer/update -> {} in \d+\.\d ms"
    assert re.fullmatch(pattern.format(502), lines[0]) and re.fullmatch(pattern.format(200), lines[1])
    [retry] = our_records(caplog, logging.INFO)
    assert retry.getMessage().startswith("retrying PATCH /api/v1/customer/update (attempt 2 of 3) in ")


@pytest.mark.parametrize("mode", MODES)
async def test_a_wrong_key_is_refused_and_never_shown(api: FakePayCombat, make_client: MakeClient, mode: str) -> None:
    _EXTRA_SECRETS.add("wrong-key-do-not-show")
    client = make_client(signature_key="wrong-key-do-not-show")
    with raises(api, AuthenticationError) as caught:
        await call(mode, "getCustomer", client)
    assert caught.value.message == "Invalid signature"
    assert api.hits[0].verdict == "bad signature"
    assert_no_secret(repr(client) + repr(client.with_options(timeout=1)) + repr(client.auth), api)


def test_repr_of_the_client_hides_credentials(api: FakePayCombat) -> None:
    client = AuthenticatedClient(base_url=api.base_url, token=api.TOKEN, signature_key=api.SIGNATURE_KEY)
    for shown in (repr(client), str(client), repr(client.with_options(max_retries=0, timeout=3)), repr(client.auth)):
        assert_no_secret(shown, api)
        assert "***" in shown


def _run_with_log_env(api: FakePayCombat, level: str | None, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PAYCOMBAT_")}
    env.update(PAYCOMBAT_BASE_URL=api.base_url, PAYCOMBAT_TOKEN=api.TOKEN, PAYCOMBAT_SIGNATURE_KEY=api.SIGNATURE_KEY)
    if level is not None:
        env["PAYCOMBAT_LOG"] = level
    code = textwrap.dedent(
        """
        from paycombat_client import AuthenticatedClient
        from paycombat_client.api.customer import get_customer

        with AuthenticatedClient() as client:
            print(get_customer.sync("customer_1", client=client).data.customer_id)
        """
    )
    return subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=cwd, capture_output=True, text=True, timeout=30, check=True
    )


def test_paycombat_log_turns_logging_on_without_code(api: FakePayCombat, tmp_path: Path) -> None:
    # Retry-After: 0 skips the real backoff, which this test cannot shorten in another process.
    busy = Scripted(503, {"status": False, "message": "Down"}, {"Retry-After": "0"})
    api.script("getCustomer", busy)
    debug = _run_with_log_env(api, "debug", tmp_path)
    assert debug.stdout.strip() == "customer_1"
    assert re.search(r"DEBUG paycombat_client\] GET /api/v1/customer/customer/customer_1 -> 503 in ", debug.stderr)
    assert re.search(r"INFO paycombat_client\] retrying GET .* \(attempt 2 of 3\)", debug.stderr)
    assert "-> 200 in" in debug.stderr

    api.script("getCustomer", busy)
    info = _run_with_log_env(api, "info", tmp_path)
    assert "retrying GET" in info.stderr and "DEBUG" not in info.stderr

    quiet = _run_with_log_env(api, None, tmp_path)
    assert quiet.stderr == ""
    assert_no_secret(debug.stderr + info.stderr + quiet.stderr + debug.stdout, api)
