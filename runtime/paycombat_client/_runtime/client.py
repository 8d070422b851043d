"""The client object every generated operation takes as ``client=``."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

import httpx2

from .exceptions import PayCombatError
from .logs import setup_logging
from .signing import PayCombatAuth

if TYPE_CHECKING:
    from ..types import Response

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "AuthenticatedClient"]

DEFAULT_BASE_URL = "https://api.paycombat.com"
#: 5 s to connect, 30 s for everything else. There is no way to ask for "no timeout".
DEFAULT_TIMEOUT = httpx2.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2

_NOT_GIVEN: Any = object()


def _credential(value: str | None, env: str, what: str) -> str:
    value = value if value is not None else os.environ.get(env)
    if not value:
        raise PayCombatError(f"no {what}: pass it to AuthenticatedClient or set the {env} environment variable")
    return value


def _timeout(value: float | httpx2.Timeout) -> httpx2.Timeout:
    timeout = value if isinstance(value, httpx2.Timeout) else httpx2.Timeout(value)
    if None in (timeout.connect, timeout.read, timeout.write, timeout.pool):
        raise ValueError("every timeout must be a number of seconds: a payments call must not wait forever")
    return timeout


def _user_agent() -> str:
    from .. import __version__  # the package's __init__ defines it after importing this module

    python = ".".join(map(str, sys.version_info[:3]))
    return f"paycombat-client/{__version__} python/{python} httpx2/{httpx2.__version__}"


_ClientT = TypeVar("_ClientT", httpx2.Client, httpx2.AsyncClient)


def _own_client(client: object, expected: type[_ClientT], argument: str) -> _ClientT:
    """``client`` if it is an httpx2 client of the expected kind; a clear error for legacy httpx ones."""
    if isinstance(client, expected):
        return client
    kind = type(client)
    if kind.__module__.split(".")[0] == "httpx":
        raise TypeError(
            f"{argument} got an httpx.{kind.__name__}: this client runs on httpx2, the maintained continuation"
            f" of httpx. Pass an httpx2.{expected.__name__} instead (pip install httpx2; same arguments)."
        )
    raise TypeError(f"{argument} must be an httpx2.{expected.__name__}, not {kind.__module__}.{kind.__qualname__}")


class _Transports:
    """The httpx2 clients, shared by a client and the copies ``with_options`` makes."""

    def __init__(self, sync: httpx2.Client | None, async_: httpx2.AsyncClient | None) -> None:
        self.sync = sync
        self.async_ = async_
        self.owns_sync = sync is None
        self.owns_async = async_ is None
        self.lock = threading.Lock()


class AuthenticatedClient:
    """Holds PayCombat credentials and settings, and the httpx2 clients that carry requests.

    Every request is signed: ``X-token`` carries ``token``, ``signature`` the HMAC-SHA256 of the
    exact body bytes keyed with ``signature_key`` (which is never sent).

    Args:
        base_url: API host; ``PAYCOMBAT_BASE_URL`` or ``https://api.paycombat.com`` when omitted.
        token: API token; read from ``PAYCOMBAT_TOKEN`` when omitted.
        signature_key: signature key; read from ``PAYCOMBAT_SIGNATURE_KEY`` when omitted.
        timeout: seconds, or an ``httpx2.Timeout``; applies to every request, whichever httpx2
            client carries it. Defaults to 5 s to connect and 30 s otherwise.
        max_retries: how many times a failed call may be repeated where that is safe (see README).
        headers: extra headers sent with every request.
        http_client / async_http_client: your own ``httpx2.Client`` / ``httpx2.AsyncClient``
            (proxies, custom transports, ...). Requests are still encoded and signed here; their
            URLs are absolute, so the httpx2 client's ``base_url`` is not used. They are not
            closed by this client.
        httpx_args: extra keyword arguments for the httpx2 clients this client creates.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        token: str | None = None,
        signature_key: str | None = None,
        timeout: float | httpx2.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx2.Client | None = None,
        async_http_client: httpx2.AsyncClient | None = None,
        httpx_args: Mapping[str, Any] | None = None,
    ) -> None:
        setup_logging()
        url = base_url or os.environ.get("PAYCOMBAT_BASE_URL") or DEFAULT_BASE_URL
        self._base_url = url.rstrip("/")
        self._auth = PayCombatAuth(
            _credential(token, "PAYCOMBAT_TOKEN", "API token"),
            _credential(signature_key, "PAYCOMBAT_SIGNATURE_KEY", "signature key"),
        )
        self._timeout = _timeout(timeout)
        self._max_retries = _max_retries(max_retries)
        self._headers = dict(headers or {})
        # Sent with every request: as defaults of the httpx2 clients made here (httpx2 merges
        # per-request headers slowly, ~6 µs a call), per request through a user's own client.
        self._sent_headers = {**self._headers, "Accept": "application/json", "User-Agent": _user_agent()}
        self._httpx_args = dict(httpx_args or {})
        self._transports = _Transports(
            None if http_client is None else _own_client(http_client, httpx2.Client, "http_client"),
            None
            if async_http_client is None
            else _own_client(async_http_client, httpx2.AsyncClient, "async_http_client"),
        )

    def __repr__(self) -> str:
        return (
            f"AuthenticatedClient(base_url={self._base_url!r}, token='***', signature_key='***', "
            f"timeout={self._timeout!r}, max_retries={self._max_retries})"
        )

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> httpx2.Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    @property
    def auth(self) -> PayCombatAuth:
        """The signer, usable with any httpx2 client: ``httpx_client.send(request, auth=client.auth)``."""
        return self._auth

    @property
    def headers(self) -> Mapping[str, str]:
        return self._headers

    def with_options(
        self,
        *,
        timeout: float | httpx2.Timeout = _NOT_GIVEN,
        max_retries: int = _NOT_GIVEN,
    ) -> Self:
        """A copy with other settings for some calls, sharing this client's connections.

        ``create_payout.sync(client=client.with_options(timeout=60, max_retries=0), body=...)``
        """
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        if timeout is not _NOT_GIVEN:
            copy._timeout = _timeout(timeout)
        if max_retries is not _NOT_GIVEN:
            copy._max_retries = _max_retries(max_retries)
        return copy

    # Raw calls for paths not in the spec: the logic lives in raw.py (imported on use, it needs
    # the pipeline, which needs this module).
    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        retry: Literal["safe", "connect-only"] = "connect-only",
    ) -> Any:
        """Send one signed call to ``path`` through the same pipeline as the generated operations
        and return the decoded answer (the envelope). ``json=None`` sends no body. ``retry="safe"``
        only for calls that can never create or pay twice; see README, "Raw requests"."""
        from .raw import send_raw_sync

        return send_raw_sync(self, method, path, json, params, retry).data

    def request_detailed(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        retry: Literal["safe", "connect-only"] = "connect-only",
    ) -> Response[Any]:
        """Like :meth:`request`, as a ``Response`` with the status, headers and raw bytes."""
        from .raw import details, send_raw_sync

        return details(send_raw_sync(self, method, path, json, params, retry))

    async def arequest(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        retry: Literal["safe", "connect-only"] = "connect-only",
    ) -> Any:
        """The async twin of :meth:`request`."""
        from .raw import send_raw_async

        return (await send_raw_async(self, method, path, json, params, retry)).data

    async def arequest_detailed(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        retry: Literal["safe", "connect-only"] = "connect-only",
    ) -> Response[Any]:
        """The async twin of :meth:`request_detailed`."""
        from .raw import details, send_raw_async

        return details(await send_raw_async(self, method, path, json, params, retry))

    def get_httpx_client(self) -> httpx2.Client:
        """The ``httpx2.Client`` that carries sync requests, created on first use."""
        t = self._transports
        if t.sync is None:
            with t.lock:
                if t.sync is None:
                    t.sync = httpx2.Client(timeout=self._timeout, **self._httpx_args)
                    t.sync.headers.update(self._sent_headers)
        return t.sync

    def get_async_httpx_client(self) -> httpx2.AsyncClient:
        """The ``httpx2.AsyncClient`` that carries async requests, created on first use."""
        t = self._transports
        if t.async_ is None:
            with t.lock:
                if t.async_ is None:
                    t.async_ = httpx2.AsyncClient(timeout=self._timeout, **self._httpx_args)
                    t.async_.headers.update(self._sent_headers)
        return t.async_

    def _headers_for(self, http: httpx2.Client | httpx2.AsyncClient) -> Mapping[str, str]:
        """What each request carried by ``http`` must add: nothing for the httpx2 clients made here."""
        t = self._transports
        if (http is t.sync and t.owns_sync) or (http is t.async_ and t.owns_async):
            return {}
        return self._sent_headers

    def set_httpx_client(self, client: httpx2.Client) -> Self:
        """Carry sync requests with your own ``httpx2.Client`` (still signed; not closed by us)."""
        self._transports.sync = _own_client(client, httpx2.Client, "set_httpx_client")
        self._transports.owns_sync = False
        return self

    def set_async_httpx_client(self, client: httpx2.AsyncClient) -> Self:
        """Carry async requests with your own ``httpx2.AsyncClient`` (still signed; not closed by us)."""
        self._transports.async_ = _own_client(client, httpx2.AsyncClient, "set_async_httpx_client")
        self._transports.owns_async = False
        return self

    def close(self) -> None:
        """Close the sync httpx2 client if this client created it."""
        t = self._transports
        if t.sync is not None and t.owns_sync:
            t.sync.close()
            t.sync = None

    async def aclose(self) -> None:
        """Close the async httpx2 client if this client created it."""
        t = self._transports
        if t.async_ is not None and t.owns_async:
            await t.async_.aclose()
            t.async_ = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


def _max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("max_retries must be a whole number >= 0")
    return value
