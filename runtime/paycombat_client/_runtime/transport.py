"""What bounds one attempt in time and memory, below httpx2.

httpx2's timeouts apply to each socket operation, so a server that sends one byte just before each
read timeout could hold a call forever. The httpx2 clients this package creates get a network
backend whose every connect, read and write waits at most until the attempt's deadline (a context
variable the pipeline sets per attempt). Answers are read chunk by chunk up to a size limit on the
decoded body, so a gzip bomb stops at the limit instead of inflating into memory.
"""

from __future__ import annotations

import contextvars
import ssl
import time
import typing
from collections.abc import Iterable, Iterator

import httpcore2
import httpx2

__all__ = [
    "DEADLINE",
    "BodyTooLarge",
    "attempt_timeout",
    "bound_async_client",
    "bound_sync_client",
    "read_async",
    "read_sync",
]

#: ``time.monotonic()`` by which the current attempt must end, or ``None`` outside an attempt.
DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("paycombat_deadline", default=None)

# A socket timeout of 0 means "non-blocking", not "expired": the smallest wait stands in for it.
_EXPIRED = 1e-6


def attempt_timeout(timeout: httpx2.Timeout) -> float:
    """How long one attempt may take as a whole: the largest of the timeout's values."""
    values = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    return max(v for v in values if v is not None)


def _bounded(timeout: float | None) -> float | None:
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    remaining = max(deadline - time.monotonic(), _EXPIRED)
    return remaining if timeout is None else min(timeout, remaining)


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


# --- network backends bounded by the deadline ---------------------------------------------------


class _Stream(httpcore2.NetworkStream):
    def __init__(self, stream: httpcore2.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore2.NetworkStream:
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, _bounded(timeout)))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore2.NetworkBackend):
    def __init__(self, backend: httpcore2.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore2.SOCKET_OPTION] | None = None,
    ) -> httpcore2.NetworkStream:
        return _Stream(self._backend.connect_tcp(host, port, _bounded(timeout), local_address, socket_options))

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore2.SOCKET_OPTION] | None = None,
    ) -> httpcore2.NetworkStream:
        return _Stream(self._backend.connect_unix_socket(path, _bounded(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncStream(httpcore2.AsyncNetworkStream):
    def __init__(self, stream: httpcore2.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, _bounded(timeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _bounded(timeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore2.AsyncNetworkStream:
        return _AsyncStream(await self._stream.start_tls(ssl_context, server_hostname, _bounded(timeout)))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _AsyncBackend(httpcore2.AsyncNetworkBackend):
    def __init__(self, backend: httpcore2.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore2.SOCKET_OPTION] | None = None,
    ) -> httpcore2.AsyncNetworkStream:
        stream = await self._backend.connect_tcp(host, port, _bounded(timeout), local_address, socket_options)
        return _AsyncStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore2.SOCKET_OPTION] | None = None,
    ) -> httpcore2.AsyncNetworkStream:
        return _AsyncStream(await self._backend.connect_unix_socket(path, _bounded(timeout), socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def _pools(client: httpx2.Client | httpx2.AsyncClient) -> Iterator[typing.Any]:
    # httpx2 has no public way to choose the network backend of the transports a client builds
    # from its arguments (proxies, verify, limits...), so ours is set on their connection pools.
    # tests/test_hostile_servers.py fails if a new httpx2 moves these attributes.
    for transport in (client._transport, *client._mounts.values()):
        pool = getattr(transport, "_pool", None)
        if pool is not None and hasattr(pool, "_network_backend"):
            yield pool


def bound_sync_client(client: httpx2.Client) -> httpx2.Client:
    """``client`` with every socket operation of its own transports bounded by ``DEADLINE``."""
    for pool in _pools(client):
        if not isinstance(pool._network_backend, _Backend):
            pool._network_backend = _Backend(pool._network_backend)
    return client


def bound_async_client(client: httpx2.AsyncClient) -> httpx2.AsyncClient:
    for pool in _pools(client):
        if not isinstance(pool._network_backend, _AsyncBackend):
            pool._network_backend = _AsyncBackend(pool._network_backend)
    return client
