"""A complete PayCombat webhook receiver: a plain ASGI app, no web framework needed.

Run it with any ASGI server, for example:

    PAYCOMBAT_SIGNATURE_KEY=... uvicorn --factory webhook_receiver:create_app

PayCombat POSTs each event to /paycombat/webhook. The receiver answers 400 to anything not
signed with your key, 413 to bodies over the limit, and 200 once the event is processed.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

from paycombat_client.webhooks import (
    MAX_PAYLOAD_BYTES,
    PayinEvent,
    PayoutEvent,
    VirtualAccountRegistrationEvent,
    WebhookEvent,
    WebhookPayloadError,
    WebhookPayloadTooLargeError,
    WebhookSignatureError,
    construct_event,
    event_key,
)

Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

log = logging.getLogger("paycombat.webhooks")


class WebhookReceiver:
    def __init__(self, signature_key: str) -> None:
        self._key = signature_key
        # Event keys already processed. Keep them in your database instead (a unique column,
        # written in the same transaction as the effect), so restarts and replays stay harmless.
        self.processed: set[str] = set()
        self.balance = Decimal(0)

    def process(self, event: WebhookEvent) -> None:
        """Your business logic: runs once per event key, however often the event arrives."""
        if isinstance(event, PayinEvent) and event.status == "SUCCESS" and event.amount is not None:
            self.balance += event.amount  # an exact Decimal, whether sent as "50" or 50
        elif isinstance(event, PayoutEvent) and event.status in ("FAILED", "RETURNED"):
            log.warning("payout %s came back: %s", event.id, event.status)
        elif isinstance(event, VirtualAccountRegistrationEvent):
            log.info("virtual account registration: %s", event.status)
        else:
            log.info("%s event %s with status %s", event.type, event.id, event.status)

    async def __call__(self, scope: dict[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        if scope["path"] != "/paycombat/webhook":
            return await respond(send, 404, "not found")
        if scope["method"] != "POST":
            return await respond(send, 405, "use POST")
        body = await read_body(receive, limit=MAX_PAYLOAD_BYTES)
        try:
            event = construct_event(body, header(scope, b"x-signature"), self._key)
        except WebhookPayloadTooLargeError:
            return await respond(send, 413, "payload too large")
        except WebhookSignatureError:
            return await respond(send, 400, "invalid signature")
        except WebhookPayloadError as exc:
            # Signed by PayCombat but not understood (a new event type?): keep it for a human.
            log.error("unreadable PayCombat webhook: %s", exc)
            return await respond(send, 422, "unreadable event")
        key = event_key(event)
        if key not in self.processed:
            self.process(event)  # raising here answers 500, so a redelivery can try again
            self.processed.add(key)
        await respond(send, 200, "ok")


async def read_body(receive: Receive, limit: int) -> bytes:
    """The request body, cut at limit + 1 bytes: enough for construct_event to refuse it."""
    body = bytearray()
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        body += message.get("body", b"")
        if len(body) > limit or not message.get("more_body", False):
            break
    return bytes(body[: limit + 1])


def header(scope: dict[str, Any], name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return bytes(value).decode("latin-1")
    return None


async def respond(send: Send, status: int, text: str) -> None:
    headers = [(b"content-type", b"text/plain; charset=utf-8")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": text.encode()})


def create_app() -> WebhookReceiver:
    return WebhookReceiver(os.environ["PAYCOMBAT_SIGNATURE_KEY"])
