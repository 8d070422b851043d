"""A minimal PayCombat stand-in for benchmarks: raw ASGI on uvicorn, bound to 127.0.0.1.

It answers ``POST /api/v1/customer/create`` with one realistic, precomputed ``Created`` envelope.
It checks ``X-token`` and the HMAC ``signature`` in Python (a few µs, the same for every client)
so a benchmark can never time requests the real API would refuse; it does not ask Node whether
the body is ``JSON.stringify`` output, since that would measure Node rather than the client.

Run as a script it binds a free port, prints ``PORT <n>`` and serves until stdin closes (its
parent exited or closed the pipe) or it gets SIGTERM/SIGINT.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import sys
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

HOST = "127.0.0.1"
PATH = "/api/v1/customer/create"
TOKEN = "snd_bench_token_0123456789"
SIGNATURE_KEY = "bench-signature-key-é"  # non-ASCII: the key is used as UTF-8
_KEY = SIGNATURE_KEY.encode("utf-8")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

CUSTOMER: dict[str, Any] = {
    "customer_id": "customer_8d1f3a7c52e94b0f9c6a2e4d7b1c3f05",
    "org_id": "org_3b7e1c9a0d2f4e6b8a1c3e5f7d9b0a2c",
    "type": "individual",
    "description": "Onboarding customer",
    "webhook_url": None,
    "metadata": {"source": "web", "campaign": "spring-2025"},
    "is_active": True,
    "is_wallet_ready": False,
    "organization_reference_id": "ref-0001",
    "is_gca_enabled": False,
    "gca_activation_status": "NOT_STARTED",
    "gca_activated_at": None,
    "is_sender_validation_enabled": False,
    "payin_sender_id_list": [],
    "company_domain": None,
    "individual": {
        "first_name": "Jennie",
        "last_name": "Kim",
        "dob": "1997-08-04",
        "email": "jennie@example.com",
        "identification_type": "passport",
        "identification_value": "X1234567",
        "identification_custom_type": None,
        "address_line1": "Jl. Sudirman No. 1",
        "address_line2": "Lantai 5",
        "address_city": "Jakarta",
        "address_state": "DKI Jakarta",
        "address_country": "ID",
        "address_zip_code": "10220",
        "country_of_residence": "ID",
        "nationality": "ID",
        "phone_country_code": "+62",
        "phone_number": "85156781165",
        "phone_number_e164": "+6285156781165",
    },
    "created_by": "user_5f2a8c1e9b3d4a7c",
    "created_at": "2025-03-14T09:26:53.589Z",
    "updated_at": "2025-03-14T09:26:53.589Z",
}
CREATED = json.dumps({"status": True, "message": "Created", "data": CUSTOMER}, separators=(",", ":")).encode()

_JSON_HEADERS = [(b"content-type", b"application/json; charset=utf-8")]


def _answer(status: int, body: bytes) -> tuple[Message, Message]:
    headers = [*_JSON_HEADERS, (b"content-length", str(len(body)).encode())]
    return (
        {"type": "http.response.start", "status": status, "headers": headers},
        {"type": "http.response.body", "body": body},
    )


_CREATED = _answer(200, CREATED)
_NOT_FOUND = _answer(404, b'{"status":false,"message":"Route not found"}')
_UNAUTHORIZED = _answer(401, b'{"status":false,"message":"Invalid token or signature"}')


def _signed(headers: list[tuple[bytes, bytes]], body: bytes) -> bool:
    token = signature = None
    for name, value in headers:
        if name == b"x-token":
            token = value
        elif name == b"signature":
            signature = value
    if token is None or signature is None or token.decode("latin-1") != TOKEN:
        return False
    expected = hmac.new(_KEY, body, hashlib.sha256).hexdigest().encode()
    return hmac.compare_digest(expected, signature)


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] != "http":
        return
    chunks: list[bytes] = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    if scope["method"] != "POST" or scope["path"] != PATH:
        start, body = _NOT_FOUND
    elif not _signed(scope["headers"], b"".join(chunks)):
        start, body = _UNAUTHORIZED
    else:
        start, body = _CREATED
    await send(start)
    await send(body)


def main() -> int:
    import uvicorn

    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets whose proto says TCP, and
    # without it every answer (headers, then body) waits ~40 ms for the client's delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, 0))
    # h11 and asyncio explicitly: the same server whatever optional speedups are installed.
    config = uvicorn.Config(
        app,
        http="h11",
        loop="asyncio",
        interface="asgi3",
        lifespan="off",
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=1,
        backlog=256,
    )
    server = uvicorn.Server(config)

    def stop_on_eof() -> None:
        sys.stdin.read()  # returns when the parent closes the pipe or dies
        server.should_exit = True

    threading.Thread(target=stop_on_eof, name="stdin-watch", daemon=True).start()
    print(f"PORT {sock.getsockname()[1]}", flush=True)
    server.run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
