# Copied from runtime/paycombat_client/_runtime/transport.py by codegen/generate.py: edit that file, not this one.
"""What bounds one attempt in time and memory, below httpx2.

httpx2's timeouts apply to each socket operation, so a server that sends one byte just before each
read timeout could hold a call forever. The httpx2 clients this package creates get a network
backend whose every connect, read and write waits at most until the attempt's deadline (a context
variable the pipeline sets per attempt). Answers are read chunk by chunk up to a size limit on the
decoded body, so a gzip bomb stops at the limit instead of inflating into memory.
"""

from __future__ import annotations

import contextvars
import time

import httpx2

__all__ = [
    "DEADLINE",
    "DIRECT_HTTP",
    "BodyTooLarge",
    "attempt_timeout",
    "read_async",
    "read_sync",
]

#: httpx2 ``mounts`` that send plain http straight to the server, never through a proxy of the
#: environment's (``HTTP_PROXY``, ``ALL_PROXY``) or one given: a proxy would read the token and
#: signature. https may go through one: CONNECT keeps TLS end to end.
DIRECT_HTTP: dict[str, None] = {"http://": None}

#: ``time.monotonic()`` by which the current attempt must end, or ``None`` outside an attempt.
DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("paycombat_deadline", default=None)


def attempt_timeout(timeout: httpx2.Timeout) -> float:
    """How long one attempt may take as a whole: the largest of the timeout's values."""
    values = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    return max(v for v in values if v is not None)


class BodyTooLarge(Exception):
    """The decoded body passed the limit; ``kept`` holds its first ``limit`` bytes."""

    def __init__(self, kept: bytes, limit: int) -> None:
        super().__init__(limit)
        self.kept = kept
        self.limit = limit


def _collect(chunks: list[bytes], size: int, limit: int) -> None:
    if size > limit:
        raise BodyTooLarge(b"".join(chunks)[:limit], limit)


def read_sync(response: httpx2.Response, limit: int) -> bytes:
    """The decoded body, at most ``limit`` bytes, then kept on the response as ``read()`` would."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        chunks.append(chunk)
        size += len(chunk)
        _collect(chunks, size, limit)
        _check_deadline()
    body = b"".join(chunks)
    response._content = body  # what Response.read() stores; response.content works afterwards
    return body


async def read_async(response: httpx2.Response, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        chunks.append(chunk)
        size += len(chunk)
        _collect(chunks, size, limit)
        _check_deadline()
    body = b"".join(chunks)
    response._content = body
    return body


def _check_deadline() -> None:
    # Between chunks, for clients whose network backend is not ours (a user's own httpx2 client).
    deadline = DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline:
        raise httpx2.ReadTimeout("the attempt's deadline passed while reading the answer")
