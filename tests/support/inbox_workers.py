"""What the inbox tests' worker processes run: importable by name, as a spawned process needs.

Each handler's effect is one line appended to a file (one ``write`` with ``O_APPEND``, whole
across processes), so the test counts how often each event was really handled.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from pathlib import Path
from typing import Any

from paycombat_client._runtime.jsjson import stringify
from paycombat_client.webhooks import Inbox, WebhookEvent, event_key

BUSY_ROUNDS = 2000


def signed(payload: dict[str, object], key: str) -> tuple[bytes, str]:
    """The body PayCombat would send and its ``X-Signature``."""
    body = stringify(payload)
    return body, hmac.new(key.encode(), body, hashlib.sha256).hexdigest()


def record_effect(effects: Path, event: WebhookEvent) -> None:
    fd = os.open(effects, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, f"{os.getpid()} {event_key(event)}\n".encode())
    finally:
        os.close(fd)


def effects_of(effects: Path) -> list[str]:
    """The event keys handled, one per handler run."""
    if not effects.exists():
        return []
    return [line.split(" ", 1)[1] for line in effects.read_text().splitlines()]


def deliver_many(
    url: str, key: str, deliveries: list[tuple[bytes, str]], effects: str, lease: float, start: Any
) -> None:
    """Deliver each body in turn, as a receiver would; a busy answer is delivered again shortly.
    ``start`` (a multiprocessing barrier) lines the workers up, so their deliveries overlap."""
    with Inbox(url, key=key, lease_seconds=lease) as inbox:
        inbox.process(
            *signed({"type": "PAYIN", "id": f"warm-up-{os.getpid()}", "status": "SUCCESS"}, key), lambda event: None
        )
        start.wait(60)
        for body, signature in deliveries:
            for _ in range(BUSY_ROUNDS):
                if inbox.process(body, signature, lambda event: record_effect(Path(effects), event)).status != "busy":
                    break
                time.sleep(0.002)
            else:
                raise RuntimeError("an event stayed busy")


def claim_and_hang(url: str, key: str, body: bytes, signature: str, started: str, lease: float) -> None:
    """Claim the event, say so in ``started``, then hang inside the handler until killed."""

    def handle(event: WebhookEvent) -> None:
        Path(started).write_text(event_key(event))
        time.sleep(120)

    Inbox(url, key=key, lease_seconds=lease).process(body, signature, handle)
