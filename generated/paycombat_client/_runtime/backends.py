# Copied from runtime/paycombat_client/_runtime/backends.py by codegen/generate.py: edit that file, not this one.
"""Network backends whose every connect, read and write waits at most until ``DEADLINE``.

Installed on the connection pools of the httpx2 clients the package creates (see transport.py).
"""

from __future__ import annotations

import ssl
import time
import typing
from collections.abc import Iterable, Iterator

import httpcore2
import httpx2

from .transport import DEADLINE

# A socket timeout of 0 means "non-blocking", not "expired": the smallest wait stands in for it.
_EXPIRED = 1e-6


def _bounded(
    timeout: float | None, expired: type[httpcore2.TimeoutException] = httpcore2.ConnectTimeout
) -> float | None:
    """The socket timeout for one operation: at most what is left of the attempt. Once nothing is
    left, ``expired`` is raised rather than tried: a read whose data is already waiting returns at
    once whatever its timeout, so a server that floods interim answers (``100 Continue``) would
    otherwise hold a sync call as long as it floods."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise expired("the attempt's deadline passed")
    remaining = max(remaining, _EXPIRED)
    return remaining if timeout is None else min(timeout, remaining)


class _Stream(httpcore2.NetworkStream):
    def __init__(self, stream: httpcore2.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore2.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore2.WriteTimeout))

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
        return await self._stream.read(max_bytes, _bounded(timeout, httpcore2.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _bounded(timeout, httpcore2.WriteTimeout))

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


_PROXIES = (httpcore2.HTTPProxy, httpcore2.SOCKSProxy, httpcore2.AsyncHTTPProxy, httpcore2.AsyncSOCKSProxy)


def proxied(client: httpx2.Client | httpx2.AsyncClient, url: httpx2.URL) -> bool:
    """Whether ``client`` would carry a request for ``url`` through a proxy."""
    pool = getattr(client._transport_for_url(url), "_pool", None)
    return isinstance(pool, _PROXIES) or getattr(pool, "_proxy", None) is not None


def forget_connections(client: httpx2.Client | httpx2.AsyncClient) -> None:
    """Drop, without closing, every pooled connection of ``client``: in a forked child they are
    the parent's sockets, and reading from one would take the parent's answers. Closing them
    here could end the parent's TLS sessions; dropping only closes the child's descriptors."""
    for pool in _pools(client):
        pool._connections = []
        pool._requests = []
        # Another thread of the parent may have held it at the fork.
        pool._optional_thread_lock = type(pool._optional_thread_lock)()


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
