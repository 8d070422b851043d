"""The client against servers that misbehave on purpose (tests/support/hostile.py), sync and async.

A drip of one byte per read timeout must not hold a call past its timeout, a gzip bomb must stop
at the size limit, an answer must be JSON that JavaScript writes, and every failure must be a
PayCombatError that says whether the request may have reached the server.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from paycombat_client import (
    APIConnectionError,
    APIResponseTooLargeError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticatedClient,
    InternalServerError,
    PayCombatError,
)
from paycombat_client._runtime import backends, pipeline, transport

from support import hostile
from support.calls import CALLS

pytestmark = pytest.mark.anyio

TOKEN, KEY = "snd_hostile_token", "hostile-key"
MODES = ["sync", "asyncio"]
#: A read timeout the drips stay within, and the whole-attempt timeout they must not outlast.
TIMEOUT = 1.0
DRIP_EVERY = 0.25
#: What the machine may add to a deadline (thread scheduling on a busy 2-core machine).
SLACK = 2.0


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "INITIAL_RETRY_DELAY", 0.01)
    monkeypatch.setattr(pipeline, "MAX_RETRY_DELAY", 0.02)


@pytest.fixture
def serve() -> Iterator[Any]:
    servers: list[hostile.HostileServer] = []

    def start(behaviour: hostile.Behaviour) -> hostile.HostileServer:
        server = hostile.HostileServer(behaviour).__enter__()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def client_for(server: hostile.HostileServer, **options: Any) -> AuthenticatedClient:
    options.setdefault("timeout", TIMEOUT)
    return AuthenticatedClient(base_url=server.base_url, token=TOKEN, signature_key=KEY, **options)


async def call(mode: str, operation_id: str, client: AuthenticatedClient) -> Any:
    spec = CALLS[operation_id]
    function = getattr(spec.api(), mode)
    result = function(client=client, **spec.arguments())
    return await result if mode == "asyncio" else result


async def timed_failure(mode: str, operation_id: str, client: AuthenticatedClient) -> tuple[PayCombatError, float]:
    started = time.monotonic()
    with pytest.raises(PayCombatError) as caught:
        await call(mode, operation_id, client)
    return caught.value, time.monotonic() - started


HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("where", ["headers", "body"])
async def test_a_drip_cannot_hold_an_attempt_past_its_timeout(serve: Any, mode: str, where: str) -> None:
    # Each byte arrives well within the read timeout, so only a deadline on the whole attempt ends it.
    behaviour = (
        hostile.drip(HEAD, DRIP_EVERY) if where == "headers" else hostile.send_then_drip(HEAD, b" " * 400, DRIP_EVERY)
    )
    server = serve(behaviour)
    with client_for(server, max_retries=0) as client:
        error, elapsed = await timed_failure(mode, "createPayout", client)
    assert isinstance(error, APITimeoutError)
    assert error.request_sent is True
    assert TIMEOUT * 0.9 <= elapsed <= TIMEOUT + SLACK


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "interim", [b"HTTP/1.1 100 Continue\r\n\r\n", b"HTTP/1.1 102 Processing\r\nX: y\r\n\r\n"], ids=["100", "102"]
)
async def test_a_flood_of_interim_answers_cannot_hold_an_attempt_past_its_timeout(
    serve: Any, mode: str, interim: bytes
) -> None:
    # Data is always waiting, so no single read ever times out: only the attempt's deadline ends it.
    server = serve(hostile.flood(interim))
    with client_for(server, max_retries=0) as client:
        error, elapsed = await timed_failure(mode, "getCustomer", client)
    assert isinstance(error, APITimeoutError) and error.request_sent is True
    assert elapsed <= TIMEOUT + SLACK


@pytest.mark.parametrize("mode", MODES)
async def test_the_worst_case_of_a_call_is_attempts_times_timeout_plus_waits(serve: Any, mode: str) -> None:
    server = serve(hostile.drip(HEAD, DRIP_EVERY))
    with client_for(server, max_retries=2) as client:
        error, elapsed = await timed_failure(mode, "getCustomer", client)  # safe: repeated
    assert isinstance(error, APITimeoutError)
    assert server.connections == 3
    assert elapsed <= 3 * TIMEOUT + 3 * 0.02 + SLACK


@pytest.mark.parametrize("mode", MODES)
async def test_a_server_that_never_answers_times_out_and_may_have_acted(serve: Any, mode: str) -> None:
    server = serve(hostile.never_answer)
    with client_for(server, max_retries=2) as client:
        error, elapsed = await timed_failure(mode, "createPayout", client)
    assert isinstance(error, APITimeoutError) and error.request_sent is True
    assert server.connections == 1  # a create is never repeated once sent
    assert elapsed <= TIMEOUT + SLACK


@pytest.mark.parametrize("mode", MODES)
async def test_a_dropped_connection_after_the_body_is_sent_says_the_server_may_have_acted(
    serve: Any, mode: str
) -> None:
    server = serve(hostile.drop)
    with client_for(server, max_retries=2) as client:
        error, _ = await timed_failure(mode, "createPayout", client)
    assert type(error) is APIConnectionError and error.request_sent is True
    assert "the request was sent: PayCombat may have acted on it" in str(error)
    assert server.connections == 1
    [request] = server.requests
    assert request.endswith(b"}")  # the whole body had left


@pytest.mark.parametrize("mode", MODES)
async def test_a_refused_connection_says_nothing_was_sent(mode: str) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # bound, not listening: connections are refused
        client = AuthenticatedClient(base_url=f"http://127.0.0.1:{port}", token=TOKEN, signature_key=KEY, max_retries=0)
        error, _ = await timed_failure(mode, "createPayout", client)
    assert type(error) is APIConnectionError and error.request_sent is False


async def test_a_pool_timeout_says_nothing_was_sent(serve: Any) -> None:
    # One connection, held by a call the server never answers; a second call waits for the pool.
    server = serve(hostile.never_answer)
    options = {"timeout": httpx2.Timeout(2.0, pool=0.3), "max_retries": 0}
    client = client_for(server, httpx_args={"limits": httpx2.Limits(max_connections=1)}, **options)
    held: list[BaseException] = []

    def hold() -> None:
        try:
            CALLS["getCustomer"].api().sync(client=client, **CALLS["getCustomer"].arguments())
        except PayCombatError as exc:
            held.append(exc)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        waited = time.monotonic() + 5
        while server.connections == 0 and time.monotonic() < waited:
            time.sleep(0.02)
        error, _ = await timed_failure("sync", "createPayout", client)
        assert isinstance(error, APITimeoutError) and error.request_sent is False
        assert "PoolTimeout" in str(error)
    finally:
        holder.join(timeout=10)
        client.close()
    assert len(held) == 1 and isinstance(held[0], APITimeoutError) and held[0].request_sent is True


@pytest.mark.parametrize("mode", MODES)
async def test_a_gzip_bomb_stops_at_the_size_limit(serve: Any, mode: str) -> None:
    limit = 256 * 1024
    server = serve(hostile.send(hostile.gzip_bomb(64 * 1024 * 1024)))
    with client_for(server, max_response_bytes=limit, max_retries=0) as client:
        error, _ = await timed_failure(mode, "getCustomer", client)
    assert type(error) is APIResponseTooLargeError and isinstance(error, APIResponseValidationError)
    assert error.status_code == 200 and error.limit == limit
    assert len(error.raw_body) <= limit and len(error.response.content) <= limit
    assert str(limit) in str(error)


@pytest.mark.parametrize("mode", MODES)
async def test_an_oversized_error_answer_is_cut_at_the_limit(serve: Any, mode: str) -> None:
    limit = 64 * 1024
    server = serve(hostile.send(hostile.answer(500, b"x" * (limit * 4))))
    with client_for(server, max_response_bytes=limit, max_retries=0) as client:
        error, _ = await timed_failure(mode, "createPayout", client)
    assert type(error) is APIResponseTooLargeError
    assert error.status_code == 500 and len(error.raw_body) == limit


async def test_the_size_limit_is_configurable_per_call(serve: Any) -> None:
    body = json.dumps({"status": True, "data": {"customer_id": "c", "description": "x" * 5000}}).encode()
    server = serve(hostile.send(hostile.answer(200, body, {"Content-Type": "application/json"})))
    with client_for(server, max_retries=0) as client:
        with pytest.raises(APIResponseTooLargeError):
            await call("sync", "getCustomer", client.with_options(max_response_bytes=1000))
    with pytest.raises(ValueError):
        client.with_options(max_response_bytes=0)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
async def test_an_answer_with_nan_or_infinity_is_not_json(serve: Any, mode: str, constant: bytes) -> None:
    body = b'{"status": true, "message": "OK", "data": {"amount": ' + constant + b"}}"
    server = serve(hostile.send(hostile.answer(200, body, {"Content-Type": "application/json"})))
    with client_for(server, max_retries=0) as client:
        error, _ = await timed_failure(mode, "retrievePayin", client)
    assert type(error) is APIResponseValidationError
    assert "not JSON" in str(error)


async def test_an_error_answer_with_nan_keeps_no_decoded_body(serve: Any) -> None:
    server = serve(hostile.send(hostile.answer(500, b'{"status": false, "message": NaN}')))
    with client_for(server, max_retries=0) as client:
        error, _ = await timed_failure("sync", "createPayout", client)
    assert type(error) is InternalServerError and error.body is None


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "garbage",
    [b"HELLO\r\n\r\n", b"HTTP/1.1 200 OK\r\nContent-Length: nope\r\n\r\n", b"HTTP/9.9 999\r\n\x00\r\n\r\n"],
    ids=["not-http", "bad-length", "bad-status-line"],
)
async def test_a_protocol_error_is_a_connection_error(serve: Any, mode: str, garbage: bytes) -> None:
    server = serve(hostile.send(garbage))
    with client_for(server, max_retries=0) as client:
        error, _ = await timed_failure(mode, "createPayout", client)
    assert type(error) is APIConnectionError and error.request_sent is True


def test_the_clients_we_make_carry_the_deadline_backend() -> None:
    # The private attributes transport.py relies on: an httpx2 that moves them fails here, loudly.
    client = AuthenticatedClient(base_url="http://127.0.0.1:9", token=TOKEN, signature_key=KEY)
    sync_pools = list(backends._pools(client.get_httpx_client()))
    async_pools = list(backends._pools(client.get_async_httpx_client()))
    assert sync_pools and all(isinstance(p._network_backend, backends._Backend) for p in sync_pools)
    assert async_pools and all(isinstance(p._network_backend, backends._AsyncBackend) for p in async_pools)
    client.close()


def test_the_attempt_timeout_is_the_largest_value() -> None:
    assert transport.attempt_timeout(httpx2.Timeout(30.0, connect=5.0)) == 30.0
    assert transport.attempt_timeout(httpx2.Timeout(2.0, pool=7.0)) == 7.0
