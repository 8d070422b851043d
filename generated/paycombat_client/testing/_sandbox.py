# Copied from runtime/paycombat_client/testing/_sandbox.py by codegen/generate.py: edit that file, not this one.
"""The sandbox: a stateful PayCombat API on a real HTTP server on this machine."""

from __future__ import annotations

import copy
import hmac
import json
import socket
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self

import anyio.to_thread

from .._runtime.client import AuthenticatedClient
from .._runtime.exceptions import PayCombatError, RequestEncodingError
from .._runtime.jsjson import stringify
from .._runtime.signing import EMPTY_BODY_SIGNED_AS, encode_key, hmac_sha256
from ._delivery import Deliverer, Delivery, signed_delivery
from ._spec import Operation, error_envelope, field_error, load_spec
from ._world import JSONObject, Rejection, World, request_body

__all__ = ["Fault", "RequestRecord", "Sandbox", "SandboxError", "serve"]

_MAX_BODY = 1024 * 1024
_STOP_TIMEOUT = 5.0
# How long an idle keep-alive connection is kept open.
_IDLE_TIMEOUT = 30.0
# How long simulate_* and redeliver wait for a webhook (beyond its delay), and the longest delay.
_DELIVERY_WAIT = 30.0
_MAX_DELAY = 600.0


class SandboxError(PayCombatError, ValueError):
    """A sandbox call that cannot be done: an unknown id, a status change PayCombat would not
    make, a fault that cannot be staged, or a server that cannot start."""


@dataclass(frozen=True)
class Fault:
    """A staged failure of the next call of one operation (see ``Sandbox.fail_next``)."""

    status: int | None
    retry_after: float | None
    delay: float
    after_processing: bool
    message: str | None


@dataclass(frozen=True)
class RequestRecord:
    """One request the sandbox received: its operation (None for unknown routes) and the
    status it answered (None when the connection was dropped on purpose). No headers: they
    carry the token and signature."""

    operation_id: str | None
    method: str
    path: str
    status: int | None


@dataclass
class _Answer:
    status: int
    payload: JSONObject
    headers: dict[str, str]
    delay: float = 0.0
    drop: bool = False


class Sandbox:
    """An offline, stateful PayCombat API for tests, served on ``127.0.0.1``.

    Use it as a context manager (``with`` or ``async with``): the server starts on entry (on a
    free port unless ``port`` is given) and stops on exit. ``client()`` gives an
    ``AuthenticatedClient`` for it. Every request is checked as PayCombat checks it (token,
    signature over the exact body bytes, the spec's request schema); every operation of the
    spec is served: customers, payins, payouts, checkouts, virtual accounts, transactions and
    balances keep state, any other operation answers what the spec shows (its example, else a
    record built from the answer's schema); ``simulate_*`` moves a record on and delivers the
    signed webhook to ``webhook_url`` (``delay=`` holds it back, so later ones overtake it); ``redeliver`` sends
    one again, as PayCombat may; ``fail_next`` stages failures. With ``seed``, ids and timestamps are the
    same on every run.

    ``balances`` sets starting payout balances, e.g. ``{"AUD": "1000.00"}``. The sandbox does
    not refuse a payout for lack of funds: the balance goes negative, so check it yourself.
    """

    def __init__(
        self,
        *,
        token: str = "snd_sandbox_token",
        signature_key: str = "sandbox-signature-key",
        webhook_url: str | None = None,
        seed: int | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        balances: dict[str, Any] | None = None,
        webhook_attempts: int = 3,
        webhook_timeout: float = 5.0,
        webhook_backoff: float = 0.2,
    ) -> None:
        if not token or not signature_key:
            raise SandboxError("token and signature_key must not be empty")
        if webhook_attempts < 1:
            raise SandboxError("webhook_attempts must be at least 1")
        self.token = token
        self.signature_key = signature_key
        self.webhook_url = webhook_url
        self.seed = seed
        self._key = encode_key(signature_key)
        self._host, self._port = host, port
        self._spec = load_spec()
        try:
            self._world = World(seed, balances)
        except Rejection as exc:
            raise SandboxError(exc.message) from None
        self._faults: dict[str, deque[Fault]] = {}
        self._requests: list[RequestRecord] = []
        self._deliveries: list[Delivery] = []
        self._lock = threading.Lock()
        self._deliverer = Deliverer(webhook_attempts, webhook_timeout, webhook_backoff)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._clients: list[AuthenticatedClient] = []
        self.base_url = ""

    def __repr__(self) -> str:
        return f"Sandbox(base_url={self.base_url!r}, webhook_url={self.webhook_url!r}, seed={self.seed!r})"

    # --- lifecycle ---------------------------------------------------------------------------

    def start(self) -> Self:
        if self._server is not None:
            raise SandboxError("the sandbox is already running")
        try:
            server = _Server((self._host, self._port), _Handler, self)
        except OSError as exc:
            raise SandboxError(f"cannot listen on {self._host}:{self._port}: {exc.strerror or exc}") from None
        self._stopping.clear()
        self._server = server
        host, port = server.server_address[:2]
        self.base_url = f"http://{_url_host(str(host))}:{port}"
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="paycombat-sandbox", daemon=True
        )
        self._thread.start()
        self._deliverer.start()
        return self

    def stop(self) -> None:
        """Stop serving, drop open connections and end webhook deliveries; safe to call twice."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is None:
            return
        self._stopping.set()  # ends staged delays at once
        for client in self._clients:
            client.close()
        self._clients.clear()
        server.shutdown()
        server.drop_connections()
        server.server_close()
        if thread is not None:
            thread.join(_STOP_TIMEOUT)
        self._deliverer.stop(_STOP_TIMEOUT)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    async def __aenter__(self) -> Self:
        return self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        # Stopping joins threads: keep it off the event loop.
        await anyio.to_thread.run_sync(self.stop)

    # --- for the test ------------------------------------------------------------------------

    def _require_running(self) -> None:
        if self._server is None:
            raise SandboxError("the sandbox is not running: use it in a with block")

    def client(self, **options: Any) -> AuthenticatedClient:
        """An ``AuthenticatedClient`` for this sandbox; ``options`` go to its constructor
        (``timeout=``, ``max_retries=``, ...). Closed when the sandbox stops, if not before."""
        self._require_running()
        client = AuthenticatedClient(self.base_url, token=self.token, signature_key=self.signature_key, **options)
        self._clients.append(client)
        return client

    def simulate_payin(self, payin_id: str, status: str, *, wait: bool = True, delay: float = 0.0) -> Delivery:
        """Move a PENDING payin to SUCCESS, FAILED or EXPIRED, and send the PAYIN webhook.

        Balances move: a pending payin is expected money, a successful one is available. With
        ``wait`` (the default) this returns once the webhook was delivered or gave up; pass
        ``wait=False`` when the receiver runs on the caller's own event loop. ``delay`` holds
        the webhook back that many seconds (the record changes at once); webhooks sent
        meanwhile go first, so it arrives late and out of order. See also ``redeliver``.
        """
        self._require_running()
        _check_delay(delay)
        with self._world.lock:
            record = self._simulate(self._world.settle_payin, payin_id, status)
        return self._send(f"PAYIN {status}", {**record, "type": "PAYIN"}, "PayinEvent", wait, delay)

    def simulate_payout(self, payout_id: str, status: str, *, wait: bool = True, delay: float = 0.0) -> Delivery:
        """Move a payout on (PENDING to SUCCESS or FAILED, SUCCESS to RETURNED) and send the
        PAYOUT webhook. A failed or returned payout gives its amount back to the balance.
        ``wait`` and ``delay`` as for ``simulate_payin``."""
        self._require_running()
        _check_delay(delay)
        with self._world.lock:
            record = self._simulate(self._world.settle_payout, payout_id, status)
        return self._send(f"PAYOUT {status}", {**record, "type": "PAYOUT"}, "PayoutEvent", wait, delay)

    def simulate_virtual_account(
        self, virtual_account_id: str, status: str, *, wait: bool = True, delay: float = 0.0
    ) -> Delivery:
        """Answer a virtual account's registration (APPROVED or FAILED) and send the VA Register
        Callback. Only an APPROVED account can be used as ``payer_id`` of createPayin.
        ``wait`` and ``delay`` as for ``simulate_payin``."""
        self._require_running()
        _check_delay(delay)
        with self._world.lock:
            record = self._simulate(self._world.register_virtual_account, virtual_account_id, status)
        return self._send(f"VA REGISTRATION {status}", record, "VirtualAccountRegistrationEvent", wait, delay)

    def redeliver(self, delivery: Delivery, *, delay: float = 0.0, wait: bool = True) -> Delivery:
        """Send a webhook this sandbox sent before once more: the same bytes, the same signature.

        PayCombat sends no event id and documents no retry policy, so a receiver must expect
        any webhook twice, late, and after a later status of the same record (a PAYOUT SUCCESS
        after its RETURNED): redeliver one sent earlier to test exactly that. Returns the new
        ``Delivery`` (also in ``deliveries``), sent ``delay`` seconds from now, behind webhooks
        already waiting; ``wait`` as for ``simulate_payin``.
        """
        self._require_running()
        _check_delay(delay)
        with self._lock:
            if not any(sent is delivery for sent in self._deliveries):
                raise SandboxError("redeliver takes a Delivery this sandbox sent (see Sandbox.deliveries)")
        again = Delivery(
            event=delivery.event,
            url=self.webhook_url,
            payload=copy.deepcopy(delivery.payload),
            body=delivery.body,
            headers=dict(delivery.headers),
        )
        return self._dispatch(again, wait, delay)

    def create_checkout(self, amount: Any, currency: str, **fields: Any) -> dict[str, Any]:
        """Create a checkout session (PayCombat's "Create Payment Request", which is not in the
        spec yet) and return its record; its ``checkout_token`` is what createNewCheckout takes.
        ``fields``: ``country_code``, ``customer_id``, ``redirect_url``, ``description``, ..."""
        with self._world.lock:
            try:
                return copy.deepcopy(self._world.new_checkout(amount, currency, fields))
            except Rejection as exc:
                raise SandboxError(exc.message) from None

    def fail_next(
        self,
        operation_id: str,
        status: int | None = None,
        *,
        retry_after: float | None = None,
        delay: float = 0.0,
        after_processing: bool = False,
        message: str | None = None,
    ) -> None:
        """Make the next valid call of ``operation_id`` fail; each call stages one failure.

        - ``status``: answer with that error status (and ``Retry-After``, 1 s by default for
          429) without acting on the request;
        - ``delay``: seconds before the answer (to hit a timeout). Without ``status`` the request
          is acted on at once and only the answer is late;
        - ``after_processing=True``: act on the request, then drop the connection without an
          answer: the client sees a connection error although, say, the payout was created.
        """
        if operation_id not in self._spec.operations:
            known = ", ".join(sorted(self._spec.operations))
            raise SandboxError(f"unknown operation {operation_id!r}; the spec has: {known}")
        if status is not None and not 400 <= status <= 599:
            raise SandboxError("status must be an HTTP error status (400-599)")
        if status is not None and after_processing:
            raise SandboxError("a request is either refused with a status or acted on and dropped, not both")
        if retry_after is not None and status is None:
            raise SandboxError("retry_after goes with a status")
        if delay < 0 or (retry_after is not None and retry_after < 0):
            raise SandboxError("delay and retry_after must not be negative")
        if status is None and not after_processing and delay == 0:
            raise SandboxError("nothing to fail: give a status, a delay or after_processing=True")
        if status == 429 and retry_after is None:
            retry_after = 1.0
        with self._lock:
            fault = Fault(status, retry_after, delay, after_processing, message)
            self._faults.setdefault(operation_id, deque()).append(fault)

    @property
    def deliveries(self) -> list[Delivery]:
        """Every webhook sent so far, oldest first, with each attempt's outcome."""
        with self._lock:
            return list(self._deliveries)

    @property
    def requests(self) -> list[RequestRecord]:
        """Every request received so far, oldest first."""
        with self._lock:
            return list(self._requests)

    def _records(self, name: str) -> dict[str, dict[str, Any]]:
        with self._world.lock:
            records: dict[str, dict[str, Any]] = copy.deepcopy(getattr(self._world, name))
            return records

    @property
    def customers(self) -> dict[str, dict[str, Any]]:
        """Customers by id (deleted ones are gone); copies, so changing them changes nothing."""
        return self._records("customers")

    @property
    def payins(self) -> dict[str, dict[str, Any]]:
        return self._records("payins")

    @property
    def payouts(self) -> dict[str, dict[str, Any]]:
        return self._records("payouts")

    @property
    def virtual_accounts(self) -> dict[str, dict[str, Any]]:
        return self._records("virtual_accounts")

    @property
    def checkouts(self) -> dict[str, dict[str, Any]]:
        return self._records("checkouts")

    @property
    def transactions(self) -> dict[str, dict[str, Any]]:
        return self._records("transactions")

    def balance(self, currency: str) -> dict[str, Any]:
        """The payout balance record getPayoutBalance answers for ``currency``."""
        with self._world.lock:
            return self._world.balance_record(currency)

    def _simulate(self, change: Any, record_id: str, status: str) -> JSONObject:
        try:
            record: JSONObject = copy.deepcopy(change(record_id, status))
        except Rejection as exc:
            raise SandboxError(f"{exc.message} ({record_id!r})") from None
        return record

    def _send(self, event: str, payload: JSONObject, schema: str, wait: bool, delay: float) -> Delivery:
        problem = field_error(self._spec.webhooks[schema], json.loads(stringify(payload)))
        if problem is not None:  # a sandbox bug, never the caller's
            raise SandboxError(f"the {event} payload breaks the spec's {schema} at {problem[0]}: {problem[1]}")
        return self._dispatch(signed_delivery(event, self.webhook_url, payload, self._key), wait, delay)

    def _dispatch(self, delivery: Delivery, wait: bool, delay: float) -> Delivery:
        with self._lock:
            self._deliveries.append(delivery)
        self._deliverer.submit(delivery, delay)
        return delivery.wait(_DELIVERY_WAIT + delay) if wait else delivery

    # --- the API -----------------------------------------------------------------------------

    def _answer(self, method: str, raw_path: str, headers: dict[str, str], body: bytes) -> _Answer:
        path = raw_path.split("?", 1)[0]
        routed = self._spec.route(method, path)
        operation_id = routed[0].operation_id if routed else None
        answer = self._judge_and_act(routed, method, path, headers, body)
        with self._lock:
            self._requests.append(RequestRecord(operation_id, method, path, None if answer.drop else answer.status))
        return answer

    def _judge_and_act(
        self,
        routed: tuple[Operation, dict[str, str]] | None,
        method: str,
        path: str,
        headers: dict[str, str],
        body: bytes,
    ) -> _Answer:
        if routed is None:
            return self._error(404, f"Route not found: {method} {path}")
        op, params = routed
        try:
            request = self._check(op, headers, body)
        except Rejection as exc:
            return self._error(exc.status, exc.message, exc.field)
        with self._lock:
            queue = self._faults.get(op.operation_id)
            fault = queue.popleft() if queue else None
        if fault is not None and fault.status is not None:
            answer = self._error(fault.status, fault.message or HTTPStatus(fault.status).phrase)
            if fault.retry_after is not None:
                answer.headers["Retry-After"] = _seconds(fault.retry_after)
            answer.delay = fault.delay
            return answer
        # The world answers: a handler where it models the operation, else the spec's answer.
        status, payload = self._world.answer(op, params, request)
        answer = _Answer(status, payload, {})
        if fault is not None:
            answer.delay, answer.drop = fault.delay, fault.after_processing
        return answer

    def _check(self, op: Operation, headers: dict[str, str], body: bytes) -> JSONObject:
        """The request body as an object, once token, signature and schema are checked."""
        token = headers.get("x-token")
        if token is None:
            raise Rejection(401, "Missing X-token header")
        # http.server decodes header bytes as Latin-1: encoding back gives the bytes sent.
        if not _same(token.encode("latin-1", "replace"), self.token.encode("utf-8")):
            raise Rejection(401, "Invalid X-token: it is not this sandbox's token")
        signed = body or EMPTY_BODY_SIGNED_AS
        signature = headers.get("signature")
        if signed is not None:
            if signature is None:
                raise Rejection(401, "Missing signature header")
            expected = hmac_sha256(self._key, signed).hex()
            if not _same(signature.lower().encode("latin-1", "replace"), expected.encode("ascii")):
                raise Rejection(401, "Invalid signature: not the HMAC-SHA256 of the body with the signature key")
        if body and op.request is not None:  # request_body refuses a body where the spec has none
            media_type = headers.get("content-type", "").split(";")[0].strip().lower()
            if media_type != "application/json":
                raise Rejection(400, "Content-Type must be application/json")
            try:
                value = json.loads(body)
            except (UnicodeDecodeError, json.JSONDecodeError):
                raise Rejection(400, "The body is not JSON") from None
            try:
                as_javascript = stringify(value)
            except RequestEncodingError as exc:
                raise Rejection(400, f"The body holds a value JavaScript cannot represent at {exc.path}") from None
            if as_javascript != body:
                # PayCombat may check the signature over JSON.stringify of the parsed body.
                raise Rejection(
                    400, "The body is not exactly what JSON.stringify writes for it, so its signature may fail"
                )
        return request_body(op, body)

    def _error(self, status: int, message: str, field: str | None = None) -> _Answer:
        return _Answer(status, error_envelope(message, field), {})


def _check_delay(delay: float) -> None:
    if isinstance(delay, bool) or not isinstance(delay, (int, float)) or not 0 <= delay <= _MAX_DELAY:
        raise SandboxError(f"delay must be a number of seconds from 0 to {_MAX_DELAY:g}")


def _same(given: bytes, expected: bytes) -> bool:
    return hmac.compare_digest(given, expected)


def _seconds(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def drop_connections(self) -> None:
        """Close keep-alive connections still open, so no handler thread outlives the sandbox."""
        with self._open_lock:
            sockets = list(self._open)
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = _IDLE_TIMEOUT
    server: _Server

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes; without this, Nagle's algorithm and the
        # client's delayed ACK hold the body back ~40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: a test run's output belongs to the test

    def _handle(self) -> None:
        sandbox = self.server.sandbox
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._write(sandbox._error(411, "Send a Content-Length, not a chunked body"), close=True)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return self._write(sandbox._error(400, "Invalid Content-Length"), close=True)
        if not 0 <= length <= _MAX_BODY:
            return self._write(sandbox._error(413, "The body is too large"), close=True)
        body = self.rfile.read(length) if length else b""
        headers = {name.lower(): value for name, value in self.headers.items()}
        answer = sandbox._answer(self.command, self.path, headers, body)
        if answer.delay > 0 and sandbox._stopping.wait(answer.delay):
            answer.drop = True
        if answer.drop:
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        self._write(answer)

    def _write(self, answer: _Answer, close: bool = False) -> None:
        payload = stringify(answer.payload)
        self.send_response(answer.status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in answer.headers.items():
            self.send_header(name, value)
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(payload)


def serve(
    *,
    host: str = "127.0.0.1",
    port: int = 12111,
    token: str,
    signature_key: str,
    webhook_url: str | None = None,
    seed: int | None = None,
) -> None:
    """Run the sandbox in the foreground until interrupted (Ctrl-C), then return.

    Prints one line, ``PayCombat sandbox listening on http://HOST:PORT``, once it accepts
    requests. ``paycombat sandbox`` (the ``cli`` extra) calls this.
    """
    sandbox = Sandbox(
        token=token, signature_key=signature_key, webhook_url=webhook_url, seed=seed, host=host, port=port
    )
    with sandbox:
        print(f"PayCombat sandbox listening on {sandbox.base_url}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    sys.stdout.flush()
