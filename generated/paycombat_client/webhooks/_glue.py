# Copied from runtime/paycombat_client/webhooks/_glue.py by codegen/generate.py: edit that file, not this one.
"""Webhook endpoints around an ``Inbox``: a plain ASGI app and a plain WSGI app.

Neither imports a web framework. ``InboxASGIApp`` is a route endpoint in Starlette or FastAPI
(``Route(path, app, methods=["POST"])``, ``app.add_route(path, app, methods=["POST"])``);
``InboxWSGIApp`` is what a Flask view returns, or is mounted with Werkzeug's
``DispatcherMiddleware``. Both answer:

====================================== ======================================================
200 ``processed``/``duplicate``/``stale`` handled now, before, or superseded: nothing to resend
401                                     missing or wrong ``X-Signature``: not from PayCombat
413                                     body over ``MAX_PAYLOAD_BYTES``, refused unread
422                                     signed but not an event this client reads (logged)
503 + ``Retry-After``                   busy: another worker holds the claim; PayCombat retries
503                                     the inbox's store failed (logged); a retry can succeed
500                                     the handler raised (logged); a retry runs it again
405                                     not a POST
====================================== ======================================================

Why 503 for busy rather than 409: PayCombat documents no retry policy, and a sender that
retries at all retries a 5xx, with ``Retry-After`` saying when; a 409 is a 4xx, which senders
commonly treat as final, and the event would be lost if the worker holding it died.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any, Final, TypeAlias

from .._runtime.exceptions import WebhookPayloadError, WebhookPayloadTooLargeError, WebhookSignatureError
from .._runtime.logs import logger
from . import MAX_PAYLOAD_BYTES, WebhookEvent, event_key
from ._inbox import Inbox, InboxResult
from ._stores import InboxStoreError

__all__ = ["InboxASGIApp", "InboxWSGIApp"]

Scope: TypeAlias = MutableMapping[str, Any]
Message: TypeAlias = MutableMapping[str, Any]
Receive: TypeAlias = Callable[[], Awaitable[Message]]
Send: TypeAlias = Callable[[Message], Awaitable[None]]
StartResponse: TypeAlias = Callable[..., Any]

_Answer: TypeAlias = tuple[int, list[tuple[str, str]], bytes]
_TEXT: Final = [("Content-Type", "text/plain; charset=utf-8")]
_BUSY_RETRY_CAP_SECONDS: Final = 3600


class _HandlerFailed(Exception):
    """Carries the handler's own exception past the inbox, so it is told apart from the inbox's."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


def _result_answer(result: InboxResult) -> _Answer:
    if result.status == "busy":
        wait = min(_BUSY_RETRY_CAP_SECONDS, max(1, math.ceil(result.retry_after or 1)))
        return 503, [*_TEXT, ("Retry-After", str(wait))], b"busy: another worker is handling this event"
    return 200, list(_TEXT), result.status.encode()


def _error_answer(error: Exception) -> _Answer:
    if isinstance(error, _HandlerFailed):
        return 500, list(_TEXT), b"the webhook handler failed"
    if isinstance(error, WebhookPayloadTooLargeError):
        return 413, list(_TEXT), b"payload too large"
    if isinstance(error, WebhookSignatureError):
        return 401, list(_TEXT), b"invalid signature"
    if isinstance(error, WebhookPayloadError):
        # Signed by PayCombat but not understood (a new event type?): keep it for a human.
        logger.error("unreadable PayCombat webhook: %s", error)
        return 422, list(_TEXT), b"unreadable event"
    if isinstance(error, InboxStoreError):
        logger.error("webhook inbox store failed: %s", error)
        return 503, list(_TEXT), b"webhook inbox unavailable"
    raise error


def _log_handler_error(event: WebhookEvent, error: BaseException) -> None:
    logger.error("webhook handler failed for %s", event_key(event), exc_info=error)


def _guarded(
    handler: Callable[[WebhookEvent], Awaitable[object] | object],
) -> Callable[[WebhookEvent], Awaitable[object] | object]:
    """``handler`` with its exceptions logged and wrapped in ``_HandlerFailed``; async if it is."""
    if inspect.iscoroutinefunction(handler):

        async def guarded_async(event: WebhookEvent) -> None:
            await _tagged(event, handler(event))

        return guarded_async

    def guarded(event: WebhookEvent) -> Awaitable[None] | None:
        try:
            returned = handler(event)
        except Exception as error:
            _log_handler_error(event, error)
            raise _HandlerFailed(error) from error
        return _tagged(event, returned) if inspect.isawaitable(returned) else None

    return guarded


async def _tagged(event: WebhookEvent, awaitable: Awaitable[object]) -> None:
    try:
        await awaitable
    except Exception as error:
        _log_handler_error(event, error)
        raise _HandlerFailed(error) from error


def _not_post() -> _Answer:
    return 405, [*_TEXT, ("Allow", "POST")], b"use POST"


class InboxASGIApp:
    """An ASGI app that hands each POSTed webhook to ``inbox.aprocess(body, signature, handler)``
    and answers with the status the table in this module gives. ``handler`` may be async."""

    def __init__(self, inbox: Inbox, handler: Callable[[WebhookEvent], Awaitable[object] | object]) -> None:
        self.inbox = inbox
        self.handler = handler

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            # Served on its own: nothing to start or stop.
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        answer = await self._answer(scope, receive)
        status, headers, body = answer
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def _answer(self, scope: Scope, receive: Receive) -> _Answer:
        if scope.get("method") != "POST":
            return _not_post()
        signature: bytes | None = None
        for name, value in scope.get("headers", ()):
            if name == b"content-length" and value.isdigit() and int(value) > MAX_PAYLOAD_BYTES:
                return 413, list(_TEXT), b"payload too large"
            if name == b"x-signature":
                signature = bytes(value)
        body = await _read_asgi_body(receive)
        try:
            result = await self.inbox.aprocess(body, signature, _guarded(self.handler))
        except Exception as error:
            return _error_answer(error)
        return _result_answer(result)


async def _read_asgi_body(receive: Receive) -> bytes:
    """The body, cut at ``MAX_PAYLOAD_BYTES`` + 1: enough for the inbox to refuse it."""
    body = bytearray()
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        body += message.get("body", b"")
        if len(body) > MAX_PAYLOAD_BYTES or not message.get("more_body", False):
            break
    return bytes(body[: MAX_PAYLOAD_BYTES + 1])


class InboxWSGIApp:
    """A WSGI app that hands each POSTed webhook to ``inbox.process(body, signature, handler)``
    and answers with the status the table in this module gives."""

    def __init__(self, inbox: Inbox, handler: Callable[[WebhookEvent], object]) -> None:
        self.inbox = inbox
        self.handler = handler

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        status, headers, body = self._answer(environ)
        headers.append(("Content-Length", str(len(body))))
        start_response(f"{status} {_REASONS.get(status, '')}".rstrip(), headers)
        return [body]

    def _answer(self, environ: dict[str, Any]) -> _Answer:
        if environ.get("REQUEST_METHOD") != "POST":
            return _not_post()
        length_text = str(environ.get("CONTENT_LENGTH") or "").strip()
        if length_text and not length_text.isdigit():
            return 400, list(_TEXT), b"invalid Content-Length"
        length = int(length_text) if length_text else None
        if length is not None and length > MAX_PAYLOAD_BYTES:
            return 413, list(_TEXT), b"payload too large"
        body = _read_wsgi_body(environ, length)
        try:
            result = self.inbox.process(body, environ.get("HTTP_X_SIGNATURE"), _guarded(self.handler))
        except Exception as error:
            return _error_answer(error)
        return _result_answer(result)


def _read_wsgi_body(environ: dict[str, Any], length: int | None) -> bytes:
    stream = environ.get("wsgi.input")
    if stream is None:
        return b""
    if length is None:
        # Without a length, PEP 3333 allows reading only a stream the server ends (chunked bodies).
        if not environ.get("wsgi.input_terminated"):
            return b""
        length = MAX_PAYLOAD_BYTES + 1
    body = bytearray()
    while len(body) < length:
        chunk = stream.read(length - len(body))
        if not chunk:
            break
        body += chunk
    return bytes(body)


_REASONS: Final = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    405: "Method Not Allowed",
    413: "Content Too Large",
    422: "Unprocessable Content",
    500: "Internal Server Error",
    503: "Service Unavailable",
}
