"""A fake PayCombat API for tests: a plain ASGI app served by uvicorn in a background thread.

It judges every request the way PayCombat's docs describe signing (the body must be exactly what
``JSON.stringify`` writes, checked by Node itself, and the ``signature`` header its HMAC: an
oracle independent of the Python signer), records each request as a :class:`Hit`, and answers
scripted answers first. Everything else is the shipped sandbox's: its router, the spec's schema
for request bodies, and its world (``paycombat_client.testing._world``), which builds every
record and answers what no handler models from the spec. Two things differ, for tests of a
client: a record read before anything created it is made up on the spot (any id is found), and
every record answered carries a key the spec does not know (``with_a_key_from_the_future``).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import re
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import TracebackType
from typing import Any
from urllib.parse import unquote

import uvicorn
from paycombat_client._runtime.jsjson import stringify
from paycombat_client.testing._spec import envelope, error_envelope, load_spec, path_pattern
from paycombat_client.testing._world import Rejection, World, payin_method, payout_method, request_body

from support.nodejudge import NodeJudge, NodeJudgeError
from support.operations import OPERATIONS

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
JSONObject = dict[str, Any]

_HOST = "127.0.0.1"
_START_TIMEOUT = 10.0
_STOP_TIMEOUT = 5.0
# Bounds how long stop() waits for a scripted delay still in flight.
_GRACEFUL_SHUTDOWN = 1.0

#: Routes that are not in the spec, for raw requests (``client.request``, ``paycombat request``).
#: Made up (the README's raw request example uses the first): the paths of the operations
#: PayCombat documents by name only are not public.
UNLISTED_OPERATIONS: tuple[tuple[str, str, str, bool], ...] = (
    ("unlisted.listPayouts", "GET", "/api/v1/payout/get-all-payout", False),
    ("unlisted.echo", "POST", "/api/v1/unlisted/echo", True),
)
_ALL_OPERATIONS = OPERATIONS + UNLISTED_OPERATIONS

# Operations without a body: the client signs "{}" and must send nothing.
BODYLESS_OPERATIONS: frozenset[str] = frozenset(op for op, _, _, takes_body in _ALL_OPERATIONS if not takes_body)


# Routes outside the spec; the spec's own are the sandbox's (Spec.route): one router for both fakes.
_UNLISTED_ROUTES: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (op, method, path_pattern(template)) for op, method, template, _ in UNLISTED_OPERATIONS
)


@dataclass
class Hit:
    """One request the server received, whether it was accepted or not."""

    operation_id: str | None
    method: str
    path: str  # as sent on the wire (still percent-encoded), without the query string
    headers: dict[str, str]
    body: bytes
    verdict: str
    path_params: dict[str, str] = field(default_factory=dict)  # percent-decoded
    query: str = ""


@dataclass
class Scripted:
    """One scripted answer for an operation."""

    status: int = 200
    body: bytes | str | dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


class _Refused(Exception):
    def __init__(self, status: int, message: str, verdict: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status, self.payload, self.verdict = status, error_envelope(message, field), verdict


class FakePayCombat:
    TOKEN = "snd_test_token_0123456789"
    SIGNATURE_KEY = "test-signature-key-é"  # non-ASCII on purpose: the key must be used as UTF-8

    def __init__(self, judge: NodeJudge) -> None:
        self.judge = judge
        self.base_url = ""
        self.hits: list[Hit] = []
        self._scripts: dict[str, deque[Scripted]] = {}
        self._world = AnyRecordWorld()
        self._lock = threading.Lock()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._empty_signatures = (judge.docs_signature(b"{}", self.SIGNATURE_KEY), self._hmac_hex(b"{}"))

    # --- lifecycle ---------------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("fake PayCombat server already started")
        config = uvicorn.Config(
            self._asgi,
            host=_HOST,
            port=0,
            interface="asgi3",
            lifespan="off",
            log_level="warning",
            log_config=None,  # leave the process's logging setup alone
            access_log=False,
            timeout_graceful_shutdown=_GRACEFUL_SHUTDOWN,
        )
        server = uvicorn.Server(config)
        # Uvicorn installs no signal handlers outside the main thread.
        thread = threading.Thread(target=server.run, name="fake-paycombat", daemon=True)
        self._server, self._thread = server, thread
        thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        try:
            while not server.started:
                if not thread.is_alive():
                    raise RuntimeError("fake PayCombat server exited during startup")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"fake PayCombat server did not start within {_START_TIMEOUT}s")
                time.sleep(0.01)
            port = server.servers[0].sockets[0].getsockname()[1]
        except BaseException:
            self.stop()
            raise
        self.base_url = f"http://{_HOST}:{port}"

    def stop(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is None or thread is None:
            return
        server.should_exit = True
        thread.join(_STOP_TIMEOUT)
        if thread.is_alive():
            server.force_exit = True
            thread.join(_STOP_TIMEOUT)
        if thread.is_alive():
            raise RuntimeError("fake PayCombat server did not stop")

    def __enter__(self) -> FakePayCombat:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # --- test controls -----------------------------------------------------------------------

    def script(self, operation_id: str, *answers: Scripted) -> None:
        if operation_id not in {op for op, _, _, _ in _ALL_OPERATIONS}:
            raise ValueError(f"unknown operation {operation_id!r}")
        with self._lock:
            self._scripts.setdefault(operation_id, deque()).extend(answers)

    def reset(self) -> None:
        with self._lock:
            self.hits.clear()
            self._scripts.clear()
            self._world = AnyRecordWorld()

    def hits_for(self, operation_id: str) -> list[Hit]:
        with self._lock:
            return [hit for hit in self.hits if hit.operation_id == operation_id]

    # --- the ASGI application ----------------------------------------------------------------

    async def _asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return  # lifespan is off and the API has no websockets
        body = await _read_body(receive)
        raw_path = scope.get("raw_path") or scope["path"].encode("utf-8")
        path = raw_path.decode("ascii", "replace")
        method: str = scope["method"]
        operation_id, params = _route(method, path)
        hit = Hit(
            operation_id=operation_id,
            method=method,
            path=path,
            headers=_headers(scope),
            body=body,
            verdict="ok",
            path_params=params,
            query=scope.get("query_string", b"").decode("latin-1"),
        )
        try:
            request = self._judge(hit)
            assert operation_id is not None
            answer = self._next_script(operation_id) or self._served(hit, operation_id, request)
        except _Refused as refused:
            hit.verdict = refused.verdict
            answer = Scripted(refused.status, refused.payload)
        except Exception as exc:  # a bug here must show up in the hit, not as a dropped connection
            hit.verdict = f"fake server error: {exc!r}"
            answer = Scripted(500, {"status": False, "message": "Fake server error"})
        with self._lock:
            self.hits.append(hit)
        if answer.delay > 0:
            await asyncio.sleep(answer.delay)
        status, headers, payload = _render(answer)
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})

    def _next_script(self, operation_id: str) -> Scripted | None:
        with self._lock:
            queue = self._scripts.get(operation_id)
            return queue.popleft() if queue else None

    def _judge(self, hit: Hit) -> JSONObject:
        """The request body as the sandbox's handlers take it, once Node judged its bytes and
        signature; raises _Refused otherwise."""
        if hit.operation_id is None:
            raise _Refused(404, "Route not found", "unknown route")
        if hit.headers.get("x-token") != self.TOKEN:
            raise _Refused(401, "Invalid token", "bad token")
        content_type = hit.headers.get("content-type")
        if hit.body:
            if hit.operation_id in BODYLESS_OPERATIONS:
                raise _Refused(400, "This operation takes no body", "unexpected body")
            if not _is_json_media_type(content_type):
                raise _Refused(400, "Content-Type must be application/json", "bad content type")
            try:
                restringified = self.judge.roundtrip(hit.body)
            except NodeJudgeError as exc:
                if str(exc) == "node exited":  # the judge is gone: a fake server error, not a bad body
                    raise
                raise _Refused(400, "Body is not JSON.stringify output", "not JSON") from None
            if restringified != hit.body:
                raise _Refused(400, "Body is not JSON.stringify output", "not JSON.stringify output")
            expected = (self.judge.docs_signature(hit.body, self.SIGNATURE_KEY), self._hmac_hex(hit.body))
        else:
            if content_type is not None and _is_json_media_type(content_type):
                raise _Refused(400, "Content-Type application/json without a body", "JSON content type without body")
            expected = self._empty_signatures
        signature = hit.headers.get("signature", "").encode("latin-1")
        if not signature or not all(hmac.compare_digest(signature, e.encode("ascii")) for e in expected):
            raise _Refused(401, "Invalid signature", "bad signature")
        operation = load_spec().operations.get(hit.operation_id)
        if operation is None:  # an unlisted route: no schema to check the body against
            return _request_object(hit.body)
        try:
            return request_body(operation, hit.body)
        except Rejection as exc:
            raise _Refused(exc.status, exc.message, "breaks the spec's schema", exc.field) from None

    def _served(self, hit: Hit, operation_id: str, request: JSONObject) -> Scripted:
        """What the sandbox's world answers, with a key from the future in each record it sends."""
        if operation_id in _UNLISTED_ANSWERS:
            with self._world.lock:
                status, payload = 200, _UNLISTED_ANSWERS[operation_id](self._world, request)
        else:
            status, payload = self._world.answer(load_spec().operations[operation_id], hit.path_params, request)
        if status == 500:  # the world's own bug: the hit says so
            hit.verdict = f"fake server error: {payload['message']}"
        if status < 300:
            payload = with_a_key_from_the_future(payload)
        return Scripted(status, stringify(payload), {"Content-Type": "application/json"})

    @classmethod
    def _hmac_hex(cls, data: bytes) -> str:
        return hmac.new(cls.SIGNATURE_KEY.encode("utf-8"), data, hashlib.sha256).hexdigest()


# --- HTTP helpers --------------------------------------------------------------------------------


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _headers(scope: Scope) -> dict[str, str]:
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope["headers"]:
        name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
        # A repeated header is joined, so a duplicated token or signature never matches.
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


def _route(method: str, path: str) -> tuple[str | None, dict[str, str]]:
    routed = load_spec().route(method, path)
    if routed is not None:
        return routed[0].operation_id, routed[1]
    for operation_id, route_method, pattern in _UNLISTED_ROUTES:
        match = pattern.fullmatch(path)
        if match is not None and route_method == method:
            return operation_id, {name: unquote(value) for name, value in match.groupdict().items()}
    return None, {}


def _is_json_media_type(content_type: str | None) -> bool:
    if content_type is None:
        return False
    media_type, *params = (part.strip().lower() for part in content_type.split(";"))
    charset_ok = all(p.replace(" ", "") in {"charset=utf-8", 'charset="utf-8"'} for p in params if p)
    return media_type == "application/json" and charset_ok


def _json_bytes(value: JSONObject) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _render(answer: Scripted) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    headers = {name.lower(): value for name, value in answer.headers.items()}
    if isinstance(answer.body, dict):
        payload = _json_bytes(answer.body)
        headers.setdefault("content-type", "application/json")
    elif isinstance(answer.body, str):
        payload = answer.body.encode("utf-8")
        headers.setdefault("content-type", "text/html; charset=utf-8")
    elif isinstance(answer.body, bytes):
        payload = answer.body
    else:
        payload = b""
    headers.setdefault("content-length", str(len(payload)))
    return answer.status, [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()], payload


# --- answers: the sandbox's world, where any id is found ------------------------------------------

_FUTURE = "extra_field_from_future"


def _request_object(body: bytes) -> JSONObject:
    if not body:
        return {}
    value = json.loads(body)
    return value if isinstance(value, dict) else {}


class AnyRecordWorld(World):
    """The sandbox's world, where a record read before anything created it is made on the spot,
    under the id (token, name) asked for, by the same code that creates one: a test may read
    any id. Customers and payouts are the ones the spec's example requests create; a payin
    carries an amount (the spec's example pays into a virtual account and has none)."""

    def found(self, kind: str, key: str) -> JSONObject:
        try:
            return super().found(kind, key)
        except Rejection as exc:
            if exc.status != 404:
                raise
        if kind == "customer":
            return self.add_customer(load_spec().request_example("createCustomer"), key)
        if kind == "payin":
            return self.add_payin({**load_spec().request_example("createPayin"), "amount": 50, "currency": "AUD"}, key)
        if kind == "payout":
            return self.add_payout(load_spec().request_example("createPayout"), key)
        if kind in ("checkout", "checkout token"):
            made = {"checkout_id": key} if kind == "checkout" else {"token": key}
            return self.new_checkout("25.00", "EUR", {"country_code": "EU"}, **made)
        if kind == "transaction":
            return self.add_transaction("PAYIN", "payin_completed", Decimal(50), "AUD", key)
        if kind == "payin method":
            return payin_method(key, "AU", "AUD", False)
        if kind == "payout method":
            return payout_method(key, "AU", "AUD")
        raise LookupError(f"the fake makes up no {kind}")


#: Answers of the unlisted routes, from the same world.
_UNLISTED_ANSWERS: dict[str, Callable[[World, JSONObject], JSONObject]] = {
    "unlisted.listPayouts": lambda world, request: envelope({"items": list(world.payouts.values()), "page": 1}),
    "unlisted.echo": lambda world, request: envelope({"received": request}),
}
assert set(_UNLISTED_ANSWERS) == {op for op, _, _, _ in UNLISTED_OPERATIONS}


def with_a_key_from_the_future(answer: JSONObject) -> JSONObject:
    """``answer`` with a key the spec does not know in its record (each record, for a list; the
    wrapped record too, for an answer that wraps one in ``data``)."""
    _add_future_key(answer.get("data"))
    return answer


def _add_future_key(data: object) -> None:
    for record in data if isinstance(data, list) else [data]:
        if isinstance(record, dict):
            record[_FUTURE] = {"kept": True}
            if isinstance(record.get("data"), dict | list):
                _add_future_key(record["data"])
