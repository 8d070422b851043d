# Copied from runtime/paycombat_client/webhooks/_inbox.py by codegen/generate.py: edit that file, not this one.
"""The webhook inbox: verify a delivery, then run its handler once per event, across processes.

PayCombat sends no event id, timestamp or nonce and documents no retry policy, so a receiver
sees duplicates, late deliveries and deliveries out of order. ``Inbox`` claims each event's
``event_key`` atomically in a store (``_stores``) before the handler runs and marks it handled
after, so the handler runs once per event however often and wherever the event arrives.
"""

from __future__ import annotations

import inspect
import math
import os
import secrets
import socket
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType, TracebackType
from typing import Final, Literal, NoReturn, Self, TypeAlias

import anyio
import anyio.to_thread

from .._runtime.exceptions import ConfigurationError
from .._runtime.logs import logger
from . import WebhookEvent, construct_event, event_key
from ._stores import ClaimRequest, InboxStoreError, Store, open_store

__all__ = ["STATUS_ORDER", "Inbox", "InboxResult", "InboxStatus", "InboxStoreError"]

InboxStatus: TypeAlias = Literal["processed", "duplicate", "stale", "busy"]

#: The status orders the inbox relies on, and only those that are certain: for each event kind
#: (the first part of ``event_key``), each status maps to the statuses that can only come after
#: it for the same record. A delivery whose status comes before one already handled for its
#: record is ``stale`` (its handler is not run). A payout starts PENDING (the status PayCombat's
#: payout records show first) and a payout is RETURNED only after it succeeded (the money came
#: back). Nothing else is certain: PAYIN SUCCESS, FAILED and EXPIRED, PAYOUT SUCCESS and FAILED,
#: and the virtual account registration's APPROVED and FAILED each end a record, but which
#: could follow which is not documented, so none of them is ever stale.
STATUS_ORDER: Final[Mapping[str, Mapping[str, frozenset[str]]]] = MappingProxyType(
    {
        "PAYOUT": MappingProxyType(
            {
                "PENDING": frozenset({"SUCCESS", "FAILED", "RETURNED"}),
                "SUCCESS": frozenset({"RETURNED"}),
            }
        ),
    }
)

_MAX_OWNER_HOST = 64


@dataclass(frozen=True, slots=True)
class InboxResult:
    """What ``Inbox.process`` did with one delivery.

    ``status``: ``processed`` (the handler ran and returned), ``duplicate`` (already handled:
    the handler was not run), ``stale`` (an older status than one already handled for the same
    record, see ``STATUS_ORDER``: not run), ``busy`` (another worker holds the event's claim:
    not run; answer so that PayCombat delivers it again, after ``retry_after`` seconds, when
    the claim's lease ends). ``event`` is the verified event; ``event_key`` its key.
    """

    status: InboxStatus
    event_key: str
    event: WebhookEvent = field(repr=False, compare=False)
    retry_after: float | None = None


class Inbox:
    """Run a handler once per PayCombat event, however often the event is delivered.

    ``store`` is a URL: ``memory:`` (this process only), ``sqlite:///absolute/path.db`` or
    ``sqlite:relative/path.db`` (processes on one machine; WAL mode), or
    ``postgresql://user:password@host/database`` (many machines; the ``postgres`` extra).
    Tables are created on first use. ``key`` is the signature key; ``lease_seconds`` how long a
    worker's claim lasts: longer than the handler ever runs, since a claim left by a worker
    that died is taken over only once it ends.

    Raises ``ConfigurationError`` for a bad store URL, an empty key, a bad lease or a missing
    ``postgres`` extra. Holds an open connection per process: ``close()`` it (or use ``with``).
    """

    def __init__(self, store: str, *, key: str | bytes, lease_seconds: float = 300.0) -> None:
        if not isinstance(key, (str, bytes)) or not (key.strip() if isinstance(key, str) else key):
            raise ConfigurationError("the signature key must be non-empty text or bytes: anyone could sign with it")
        if (
            isinstance(lease_seconds, bool)
            or not isinstance(lease_seconds, (int, float))
            or not math.isfinite(lease_seconds)
            or lease_seconds <= 0
        ):
            raise ConfigurationError("lease_seconds must be a positive number of seconds")
        self._store: Store = open_store(store)
        self._key = key
        self._lease_seconds = float(lease_seconds)

    def __repr__(self) -> str:
        return f"Inbox({self._store.url!r}, lease_seconds={self._lease_seconds:g})"

    def __reduce__(self) -> NoReturn:
        # It holds the signature key: make one Inbox in each process instead.
        raise ConfigurationError("an Inbox holds the signature key and is not pickled: create one in each process")

    @property
    def store_url(self) -> str:
        """The store's URL, without a password."""
        return self._store.url

    @property
    def lease_seconds(self) -> float:
        return self._lease_seconds

    def close(self) -> None:
        """Close this process's connection to the store; it reopens on the next use."""
        self._store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def process(
        self,
        payload: bytes | bytearray | memoryview,
        signature: str | bytes | None,
        handler: Callable[[WebhookEvent], object],
    ) -> InboxResult:
        """Verify ``payload`` (the raw body) with ``signature`` (the ``X-Signature`` header),
        then run ``handler(event)`` unless the event was already handled, is stale, or is being
        handled by another worker.

        A forged, oversized or unreadable body raises (``WebhookSignatureError``,
        ``WebhookPayloadTooLargeError``, ``WebhookPayloadError``) and nothing is stored. An
        exception from the handler releases the claim and propagates unchanged: the next
        delivery runs the handler again. A failing store raises ``InboxStoreError``.
        """
        if inspect.iscoroutinefunction(handler):
            raise ConfigurationError("the handler is a coroutine function: use await inbox.aprocess(...)")
        event, request = self._verify(payload, signature)
        claim = self._store.claim(request)
        if claim.outcome != "claimed":
            return self._answer(claim.outcome, request, event, claim.retry_after)
        try:
            returned = handler(event)
            if inspect.isawaitable(returned):
                if inspect.iscoroutine(returned):
                    returned.close()
                raise ConfigurationError("the handler returned an awaitable: use await inbox.aprocess(...)")
        except BaseException:
            self._release(request)
            raise
        return self._finish(request, event)

    async def aprocess(
        self,
        payload: bytes | bytearray | memoryview,
        signature: str | bytes | None,
        handler: Callable[[WebhookEvent], Awaitable[object] | object],
    ) -> InboxResult:
        """``process`` for async code: the store is used from a worker thread, an async handler
        is awaited, and a plain function runs in a worker thread (as Starlette runs a plain
        endpoint), so the event loop never waits on either. Cancelled inside the handler, the
        claim is released, as for an exception."""
        event, request = self._verify(payload, signature)
        claim = await anyio.to_thread.run_sync(self._store.claim, request)
        if claim.outcome != "claimed":
            return self._answer(claim.outcome, request, event, claim.retry_after)
        try:
            if inspect.iscoroutinefunction(handler):
                await handler(event)
            else:
                returned = await anyio.to_thread.run_sync(handler, event)
                if inspect.isawaitable(returned):
                    await returned
        except BaseException:
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(self._release, request)
            raise
        return await anyio.to_thread.run_sync(self._finish, request, event)

    def _verify(
        self, payload: bytes | bytearray | memoryview, signature: str | bytes | None
    ) -> tuple[WebhookEvent, ClaimRequest]:
        # construct_event raises a plain TypeError for these; the inbox's errors are PayCombatErrors.
        if not isinstance(payload, (bytes, bytearray, memoryview)):
            raise ConfigurationError(f"payload must be the raw request body as bytes, not {type(payload).__name__}")
        if signature is not None and not isinstance(signature, (str, bytes, bytearray)):
            kind = type(signature).__name__
            raise ConfigurationError(f"signature must be the X-Signature header as str or bytes, not {kind}")
        event = construct_event(payload, signature, self._key)
        key = event_key(event)
        kind, record_id, status = key.split(":")
        later = tuple(sorted(STATUS_ORDER.get(kind, {}).get(status, ())))
        return event, ClaimRequest(key, kind, record_id, status, later, _owner(), self._lease_seconds)

    def _answer(
        self, status: InboxStatus, request: ClaimRequest, event: WebhookEvent, retry_after: float | None
    ) -> InboxResult:
        logger.info("webhook %s: %s", request.event_key, status)
        return InboxResult(status, request.event_key, event, retry_after)

    def _finish(self, request: ClaimRequest, event: WebhookEvent) -> InboxResult:
        if not self._store.finish(request):
            logger.warning(
                "webhook %s: the handler outlived its %g s lease, so another worker may have run it too;"
                " choose a longer lease_seconds",
                request.event_key,
                self._lease_seconds,
            )
        return InboxResult("processed", request.event_key, event)

    def _release(self, request: ClaimRequest) -> None:
        try:
            self._store.release(request)
        except InboxStoreError as exc:
            # The handler's own error matters more; the claim ends with its lease anyway.
            logger.warning(
                "webhook %s: the claim could not be released (%s); it ends with its lease", request.event_key, exc
            )


def _host() -> str:
    try:
        return socket.gethostname()[:_MAX_OWNER_HOST] or "?"
    except OSError:
        return "?"


_HOST: Final = _host()


def _owner() -> str:
    """A claim's owner: this machine and process, and a random part unique to the claim."""
    return f"{_HOST}:{os.getpid()}:{secrets.token_hex(6)}"
