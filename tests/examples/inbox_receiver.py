"""A PayCombat webhook receiver that handles each event once, on Starlette (FastAPI alike).

Run it with any ASGI server, as many workers as you like:

    PAYCOMBAT_SIGNATURE_KEY=... PAYCOMBAT_INBOX=sqlite:///var/lib/shop/paycombat-inbox.db \
        uvicorn --factory --workers 4 inbox_receiver:create_app

PayCombat POSTs each event to /paycombat/webhook. The inbox verifies it, then runs handle()
once per event however often it arrives, on any worker (use a postgresql:// inbox when the
workers run on several machines). Answers: 200 processed, duplicate or stale; 401 not signed
with your key; 503 with Retry-After while another worker handles the same event; 500 when
handle() raised, so PayCombat delivers the event again and handle() runs again.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import AsyncIterator
from decimal import Decimal

from paycombat_client.webhooks import Inbox, InboxASGIApp, PayinEvent, PayoutEvent, WebhookEvent
from starlette.applications import Starlette
from starlette.routing import Route

log = logging.getLogger("shop.webhooks")


class Shop:
    def __init__(self) -> None:
        self.balance = Decimal(0)

    def handle(self, event: WebhookEvent) -> None:
        """Your business logic: runs once per event. Raise to have the event delivered again."""
        if isinstance(event, PayinEvent) and event.status == "SUCCESS" and event.amount is not None:
            self.balance += event.amount  # an exact Decimal, whether sent as "50" or 50
        elif isinstance(event, PayoutEvent) and event.status in ("FAILED", "RETURNED"):
            log.warning("payout %s came back: %s", event.id, event.status)
        else:
            log.info("event %s", event.status)


def create_app(shop: Shop | None = None, *, inbox: str | None = None, signature_key: str | None = None) -> Starlette:
    shop = shop or Shop()
    events = Inbox(
        inbox or os.environ.get("PAYCOMBAT_INBOX", "sqlite:paycombat-inbox.db"),
        key=signature_key or os.environ["PAYCOMBAT_SIGNATURE_KEY"],
        lease_seconds=300,  # longer than handle() ever takes
    )

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        events.close()

    routes = [Route("/paycombat/webhook", InboxASGIApp(events, shop.handle), methods=["POST"])]
    return Starlette(routes=routes, lifespan=lifespan)
