# Copied from runtime/paycombat_client/testing/_delivery.py by codegen/generate.py: edit that file, not this one.
"""Webhook deliveries: signed exactly as PayCombat signs, posted by one worker thread, retried a few
times; a delivery can be held back for a while, so later ones overtake it."""

from __future__ import annotations

import heapq
import itertools
import queue
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import httpx2

from .._runtime.jsjson import stringify
from .._runtime.signing import encode_key, hmac_sha256

__all__ = ["Delivery", "DeliveryAttempt", "Deliverer"]

_STOP = object()


@dataclass(frozen=True)
class DeliveryAttempt:
    """One POST of a webhook: the merchant's status code, or why there was none."""

    status_code: int | None
    error: str | None
    seconds: float

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


@dataclass(eq=False)
class Delivery:
    """A webhook the sandbox sent (or had nowhere to send): what, where, and every attempt.

    ``event`` names it as PayCombat's docs do (``PAYOUT SUCCESS``, ``VA REGISTRATION APPROVED``);
    ``payload`` is the record posted and ``body`` the exact bytes, ``JSON.stringify(payload)``.
    """

    event: str
    url: str | None
    payload: dict[str, Any]
    body: bytes = field(repr=False)
    headers: dict[str, str] = field(repr=False)
    attempts: list[DeliveryAttempt] = field(default_factory=list)
    _done: threading.Event = field(default_factory=threading.Event, repr=False)

    @property
    def delivered(self) -> bool:
        """True once the merchant answered one attempt with a 2xx status."""
        return any(attempt.ok for attempt in self.attempts)

    @property
    def finished(self) -> bool:
        """True once delivered, or every attempt failed, or there was no webhook URL."""
        return self._done.is_set()

    def wait(self, timeout: float = 30.0) -> Delivery:
        """Block until finished (at most ``timeout`` seconds); returns this delivery."""
        self._done.wait(timeout)
        return self


def signed_delivery(event: str, url: str | None, payload: dict[str, Any], key: str | bytes) -> Delivery:
    body = stringify(payload)
    headers = {
        "Content-Type": "application/json",
        "X-Signature": hmac_sha256(encode_key(key), body).hex(),
        "User-Agent": "PayCombat-Sandbox",
    }
    return Delivery(event=event, url=url, payload=payload, body=body, headers=headers)


class Deliverer:
    """Posts deliveries in order on its own thread, so a slow merchant never blocks the API; one
    submitted with a delay waits that long while the others go ahead of it."""

    def __init__(self, attempts: int, timeout: float, backoff: float) -> None:
        self._attempts = attempts
        self._timeout = timeout
        self._backoff = backoff
        self._queue: queue.Queue[object] = queue.Queue()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="paycombat-sandbox-webhooks", daemon=True)
        self._thread.start()

    def submit(self, delivery: Delivery, delay: float = 0.0) -> None:
        if delivery.url is None:
            delivery._done.set()
        else:
            self._queue.put((time.monotonic() + delay, delivery))

    def stop(self, timeout: float) -> None:
        self._stopping.set()
        self._queue.put(_STOP)
        if self._thread is not None:
            self._thread.join(timeout)
        # Whatever is still queued will not be sent: say so rather than leave waiters hanging.
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            if isinstance(item, tuple):
                item[1]._done.set()

    def _run(self) -> None:
        client: httpx2.Client | None = None  # made on first use: its TLS setup takes a while
        # (due time, submission order, delivery): the earliest due first, ties in submission order.
        waiting: list[tuple[float, int, Delivery]] = []
        order = itertools.count()
        try:
            while True:
                timeout = max(0.0, waiting[0][0] - time.monotonic()) if waiting else None
                try:
                    item = self._queue.get(timeout=timeout)
                except queue.Empty:
                    item = None
                if item is _STOP:
                    return
                if isinstance(item, tuple):
                    heapq.heappush(waiting, (item[0], next(order), item[1]))
                while waiting and waiting[0][0] <= time.monotonic() and not self._stopping.is_set():
                    delivery = heapq.heappop(waiting)[2]
                    try:
                        if client is None:
                            client = httpx2.Client(timeout=self._timeout, follow_redirects=False, trust_env=False)
                        self._deliver(client, delivery)
                    finally:
                        delivery._done.set()
        finally:
            for _, _, delivery in waiting:  # held back and never sent: waiters learn it now
                delivery._done.set()
            if client is not None:
                client.close()

    def _deliver(self, client: httpx2.Client, delivery: Delivery) -> None:
        assert delivery.url is not None
        for attempt in range(self._attempts):
            if attempt and self._stopping.wait(self._backoff * 2 ** (attempt - 1)):
                return
            started = time.monotonic()
            try:
                response = client.post(delivery.url, content=delivery.body, headers=delivery.headers)
                outcome = DeliveryAttempt(response.status_code, None, time.monotonic() - started)
            except httpx2.HTTPError as exc:
                outcome = DeliveryAttempt(None, f"{type(exc).__name__}: {exc}", time.monotonic() - started)
            delivery.attempts.append(outcome)
            if outcome.ok or self._stopping.is_set():
                return
