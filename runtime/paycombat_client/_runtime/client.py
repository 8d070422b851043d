"""The client object every generated operation takes as ``client=``."""

from __future__ import annotations

import ipaddress
import os
import re
import sys
import threading
import weakref
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar
from urllib.parse import urlsplit

import httpx2

from .constants import (
    DEFAULT_BASE_URL,
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT_SECONDS,
    RetryPolicy,
)
from .exceptions import ClientClosedError, ConfigurationError
from .logs import setup_logging
from .signing import PayCombatAuth
from .transport import DIRECT_HTTP, attempt_timeout

if TYPE_CHECKING:
    from opentelemetry.trace import TracerProvider

    from ..types import Response

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AuthenticatedClient",
]

DEFAULT_TIMEOUT = httpx2.Timeout(DEFAULT_TIMEOUT_SECONDS, connect=DEFAULT_CONNECT_TIMEOUT)

_NOT_GIVEN: Any = object()
#: Headers that frame the request or carry our credentials: only the client sets them.
_RESERVED_HEADERS = frozenset({"content-length", "transfer-encoding", "host", "x-token", "signature", "content-type"})
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# Visible ASCII and inner spaces: what every HTTP stack sends unchanged.
_HEADER_VALUE = re.compile(r"[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?")


def _credential(value: str | None, env: str, what: str, *, header: bool) -> str:
    """The credential with surrounding whitespace trimmed; never echoed in an error."""
    value = value if value is not None else os.environ.get(env)
    if value is None:
        raise ConfigurationError(f"no {what}: pass it to AuthenticatedClient or set the {env} environment variable")
    if not isinstance(value, str):
        raise ConfigurationError(f"the {what} must be text (str), not {type(value).__name__}")
    # A secret read from a file or a mounted volume usually ends with a line break.
    value = value.strip()
    if not value:
        raise ConfigurationError(f"the {what} is empty (from the argument or {env})")
    if header and not _HEADER_VALUE.fullmatch(value):
        raise ConfigurationError(
            f"the {what} contains a character an HTTP header cannot carry (a control character or"
            " non-ASCII text): check where it was read from"
        )
    if not header:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ConfigurationError(f"the {what} is not valid Unicode text (it has a lone surrogate)") from None
    return value


def _base_url(value: str | None) -> str:
    url = value if value is not None else os.environ.get("PAYCOMBAT_BASE_URL") or DEFAULT_BASE_URL
    if not isinstance(url, str):
        raise ConfigurationError(f"base_url must be text (str), not {type(url).__name__}")
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise ConfigurationError("base_url is not a valid URL") from None
    problem = None
    if parts.scheme not in ("https", "http"):
        problem = "must start with https:// (or http:// for a local test server)"
    elif parts.scheme == "http" and not _loopback(parts.hostname):
        problem = "must use https:// for any host but this machine's: http would send the token unencrypted"
    elif not parts.hostname:
        problem = "has no host"
    elif parts.username is not None or parts.password is not None:
        problem = "must not carry credentials (user:password@): the client signs every request itself"
    elif parts.query or url.strip().endswith("?"):
        problem = "must not have a query string"
    elif parts.fragment or "#" in url:
        problem = "must not have a fragment"
    elif port == 0:
        problem = "has port 0"
    elif any(c.isspace() or ord(c) < 0x20 for c in url.strip()):
        problem = "contains whitespace or a control character"
    if problem:
        shown = f"{parts.scheme}://{parts.hostname}" if parts.hostname else "the value given"
        raise ConfigurationError(f"base_url {problem} (got {shown}...)")
    return url.strip().rstrip("/")


def _loopback(host: str | None) -> bool:
    if host == "localhost":
        return True
    try:
        return host is not None and ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _headers(headers: Mapping[str, str] | None, what: str) -> dict[str, str]:
    checked: dict[str, str] = {}
    for name, value in (headers or {}).items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise ConfigurationError(f"{what}: {name!r} is not a valid header name")
        if name.lower() in _RESERVED_HEADERS:
            raise ConfigurationError(
                f"{what}: {name} is set by the client itself (it frames the request or carries the"
                " credentials and signature) and cannot be given"
            )
        if not isinstance(value, str) or not _HEADER_VALUE.fullmatch(value):
            raise ConfigurationError(
                f"{what}: the value of {name} must be visible ASCII text without line breaks"
                " or surrounding spaces (the value is not shown)"
            )
        checked[name] = value
    return checked


def _merged(headers: Mapping[str, str], over: Mapping[str, str]) -> dict[str, str]:
    """``headers`` with ``over`` on top, a name replacing its own in any case (as httpx2 does)."""
    replaced = {name.lower() for name in over}
    return {**{k: v for k, v in headers.items() if k.lower() not in replaced}, **over}


def _checked_tracer_provider(value: object) -> TracerProvider | None:
    # Checked by shape, not type: OpenTelemetry is an optional extra and is not imported here.
    if value is not None and not callable(getattr(value, "get_tracer", None)):
        raise ConfigurationError(
            f"tracer_provider must be an OpenTelemetry TracerProvider, not {type(value).__module__}."
            f"{type(value).__qualname__}"
        )
    return value  # type: ignore[return-value]


def _timeout(value: float | httpx2.Timeout) -> httpx2.Timeout:
    if value is None:
        raise ConfigurationError("timeout=None would wait forever: a payments call must not; give seconds")
    if isinstance(value, bool) or not isinstance(value, (int, float, httpx2.Timeout)):
        raise ConfigurationError("timeout must be a number of seconds or an httpx2.Timeout")
    timeout = value if isinstance(value, httpx2.Timeout) else httpx2.Timeout(value)
    values = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    if any(v is None for v in values):
        raise ConfigurationError("every timeout must be a number of seconds: a payments call must not wait forever")
    if not all(0 < v < float("inf") for v in values if v is not None):
        raise ConfigurationError("every timeout must be a positive, finite number of seconds")
    return timeout


def _max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError("max_retries must be a whole number >= 0")
    return value


def _max_response_bytes(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError("max_response_bytes must be a whole number of bytes >= 1")
    return value


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
        raise ConfigurationError(
            f"{argument} got an httpx.{kind.__name__}: this client runs on httpx2, the maintained continuation"
            f" of httpx. Pass an httpx2.{expected.__name__} instead (pip install httpx2; same arguments)."
        )
    shown = f"{kind.__module__}.{kind.__qualname__}"
    raise ConfigurationError(f"{argument} must be an httpx2.{expected.__name__}, not {shown}")


def _plain_http_is_direct(client: httpx2.Client | httpx2.AsyncClient, base_url: str, argument: str) -> None:
    if not base_url.startswith("http://"):
        return
    from .backends import proxied  # httpcore2 is loaded by now: an httpx2 client exists

    if proxied(client, httpx2.URL(base_url)):
        raise ConfigurationError(
            f"{argument} would send plain http requests to {base_url} through a proxy, which would read the"
            " token and signature: give it no proxy for that host, or use https"
        )


class _Transports:
    """The httpx2 clients, shared by a client and the copies ``with_options`` makes."""

    def __init__(self, sync: httpx2.Client | None, async_: httpx2.AsyncClient | None) -> None:
        self.sync = sync
        self.async_ = async_
        self.owns_sync = sync is None
        self.owns_async = async_ is None
        self.closed = False
        self.lock = threading.Lock()
        _LIVE.add(self)

    def after_fork(self) -> None:
        """In a forked child: the parent's pooled connections share its sockets, so they are dropped
        and the child opens its own (gunicorn --preload, multiprocessing's fork)."""
        self.lock = threading.Lock()
        for http in (self.sync, self.async_):
            if http is not None:
                from .backends import forget_connections

                forget_connections(http)


_LIVE: weakref.WeakSet[_Transports] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    for transports in list(_LIVE):
        transports.after_fork()


os.register_at_fork(after_in_child=_after_fork_in_child)


class AuthenticatedClient:
    """Holds PayCombat credentials and settings, and the httpx2 clients that carry requests.

    Every request is signed: ``X-token`` carries ``token``, ``signature`` the HMAC-SHA256 of the
    exact body bytes keyed with ``signature_key`` (which is never sent).

    Args:
        base_url: API host, an ``https://`` URL (``http://`` for a local test server) without
            query, fragment or credentials; ``PAYCOMBAT_BASE_URL`` or ``https://api.paycombat.com``
            when omitted.
        token: API token; read from ``PAYCOMBAT_TOKEN`` when omitted. Surrounding whitespace
            (the line break a secret file ends with) is trimmed; other control characters or
            non-ASCII text are refused.
        signature_key: signature key; read from ``PAYCOMBAT_SIGNATURE_KEY`` when omitted, and
            trimmed the same way.
        timeout: seconds, or an ``httpx2.Timeout``. Each attempt as a whole ends within the
            largest of its values (30 s by default), connecting within ``connect`` (5 s).
        max_retries: how many times a failed call may be repeated where that is safe (the
            operation's retry rule; guide: "Retries, timeouts and logging").
        max_response_bytes: the largest decoded answer read (8 MiB by default); a larger one
            raises ``APIResponseTooLargeError`` without being read further.
        headers: extra headers sent with every request (not the ones the client sets itself).
        http_client: your own ``httpx2.Client`` (proxies, custom transports, ...). Requests are
            still encoded and signed here; their URLs are absolute, so its ``base_url`` is not
            used. It is not closed by this client. Its reads are bounded by the attempt's
            deadline only between chunks of the answer: give it timeouts of its own.
        async_http_client: your own ``httpx2.AsyncClient``, as ``http_client`` for async calls.
        httpx_args: extra keyword arguments for the httpx2 clients this client creates.
        tracer_provider: the OpenTelemetry ``TracerProvider`` whose tracer records each call's
            span; the global one when omitted. Spans are recorded only with the ``otel`` extra
            (``opentelemetry-api``) installed; guide: "Tracing".
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        token: str | None = None,
        signature_key: str | None = None,
        timeout: float | httpx2.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx2.Client | None = None,
        async_http_client: httpx2.AsyncClient | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        tracer_provider: TracerProvider | None = None,
    ) -> None:
        setup_logging()
        self._base_url = _base_url(base_url)
        self._auth = PayCombatAuth(
            _credential(token, "PAYCOMBAT_TOKEN", "API token", header=True),
            _credential(signature_key, "PAYCOMBAT_SIGNATURE_KEY", "signature key", header=False),
        )
        self._timeout = _timeout(timeout)
        self._attempt_seconds = attempt_timeout(self._timeout)
        self._max_retries = _max_retries(max_retries)
        self._max_response_bytes = _max_response_bytes(max_response_bytes)
        self._headers = _headers(headers, "headers")
        self._httpx_args = dict(httpx_args or {})
        if "headers" in self._httpx_args:
            self._httpx_args["headers"] = _headers(self._httpx_args["headers"], "httpx_args['headers']")
        # Sent with every request: as defaults of the httpx2 clients made here (httpx2 merges
        # per-request headers slowly, ~6 µs a call), per request through a user's own client.
        self._sent_headers = {**self._headers, "Accept": "application/json", "User-Agent": _user_agent()}
        # What the httpx2 clients made here carry as defaults (shared with every copy), and what
        # a copy's requests add to them (with_options(headers=...)).
        self._default_headers = self._sent_headers
        self._copy_headers: dict[str, str] = {}
        self._tracer_provider = _checked_tracer_provider(tracer_provider)
        if self._base_url.startswith("http://"):
            self._httpx_args["mounts"] = {**self._httpx_args.get("mounts", {}), **DIRECT_HTTP}
        self._transports = _Transports(
            None if http_client is None else self._users_client(http_client, httpx2.Client, "http_client"),
            None
            if async_http_client is None
            else self._users_client(async_http_client, httpx2.AsyncClient, "async_http_client"),
        )

    def _users_client(self, client: object, expected: type[_ClientT], argument: str) -> _ClientT:
        checked = _own_client(client, expected, argument)
        _plain_http_is_direct(checked, self._base_url, argument)
        return checked

    def __repr__(self) -> str:
        return (
            f"AuthenticatedClient(base_url={self._base_url!r}, token='***', signature_key='***', "
            f"timeout={self._timeout!r}, max_retries={self._max_retries})"
        )

    def __reduce__(self) -> Any:
        # Pickling would write the credentials into the pickle; build a client in each process.
        raise ConfigurationError(
            "an AuthenticatedClient cannot be pickled: it holds credentials; create one per process"
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
    def tracer_provider(self) -> TracerProvider | None:
        """The OpenTelemetry provider this client's spans go to (``None``: the global one)."""
        return self._tracer_provider

    @property
    def attempt_seconds(self) -> float:
        """How long one attempt may take as a whole: the timeout's largest value."""
        return self._attempt_seconds

    @property
    def max_response_bytes(self) -> int:
        return self._max_response_bytes

    @property
    def auth(self) -> PayCombatAuth:
        """The signer, usable with any httpx2 client: ``httpx_client.send(request, auth=client.auth)``."""
        return self._auth

    @property
    def headers(self) -> Mapping[str, str]:
        return self._headers

    @property
    def is_closed(self) -> bool:
        return self._transports.closed

    def with_options(
        self,
        *,
        timeout: float | httpx2.Timeout = _NOT_GIVEN,
        max_retries: int = _NOT_GIVEN,
        max_response_bytes: int = _NOT_GIVEN,
        headers: Mapping[str, str] = _NOT_GIVEN,
    ) -> Self:
        """A copy with other settings for some calls, sharing this client's connections.

        ``create_payout.sync(client=client.with_options(timeout=60, max_retries=0), body=...)``

        ``headers`` are sent with the copy's requests only, over the client's own ``headers``
        (a name given again replaces its value); they are checked as the constructor's are.
        """
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        if headers is not _NOT_GIVEN:
            given = _headers(headers, "with_options(headers=...)")
            copy._headers = _merged(self._headers, given)
            copy._sent_headers = _merged(self._sent_headers, given)
            copy._copy_headers = _merged(self._copy_headers, given)
        if timeout is not _NOT_GIVEN:
            copy._timeout = _timeout(timeout)
            copy._attempt_seconds = attempt_timeout(copy._timeout)
        if max_retries is not _NOT_GIVEN:
            copy._max_retries = _max_retries(max_retries)
        if max_response_bytes is not _NOT_GIVEN:
            copy._max_response_bytes = _max_response_bytes(max_response_bytes)
        return copy

    def _check_open(self) -> None:
        if self._transports.closed:
            raise ClientClosedError()

    # Raw calls for paths not in the spec: the logic lives in raw.py (imported on use, it needs
    # the pipeline, which needs this module).
    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        retry: RetryPolicy = "connect-only",
    ) -> Any:
        """Send one signed call to ``path`` through the same pipeline as the generated operations
        and return the decoded answer (the envelope). ``json=None`` sends no body. ``retry="safe"``
        only for calls that can never create or pay twice; guide: "Raw requests"."""
        from .raw import send_raw_sync

        return send_raw_sync(self, method, path, json, params, retry).data

    def request_detailed(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        retry: RetryPolicy = "connect-only",
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
        retry: RetryPolicy = "connect-only",
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
        retry: RetryPolicy = "connect-only",
    ) -> Response[Any]:
        """The async twin of :meth:`request_detailed`."""
        from .raw import details, send_raw_async

        return details(await send_raw_async(self, method, path, json, params, retry))

    def get_httpx_client(self) -> httpx2.Client:
        """The ``httpx2.Client`` that carries sync requests, created on first use."""
        t = self._transports
        self._check_open()
        if t.sync is None:
            with t.lock:
                self._check_open()
                if t.sync is None:
                    sync = httpx2.Client(timeout=self._timeout, **self._httpx_args)
                    _plain_http_is_direct(sync, self._base_url, "httpx_args")
                    from .backends import bound_sync_client  # httpcore2 loads with the first client

                    t.sync = bound_sync_client(sync)
                    t.sync.headers.update(self._default_headers)
        return t.sync

    def get_async_httpx_client(self) -> httpx2.AsyncClient:
        """The ``httpx2.AsyncClient`` that carries async requests, created on first use."""
        t = self._transports
        self._check_open()
        if t.async_ is None:
            with t.lock:
                self._check_open()
                if t.async_ is None:
                    async_ = httpx2.AsyncClient(timeout=self._timeout, **self._httpx_args)
                    _plain_http_is_direct(async_, self._base_url, "httpx_args")
                    from .backends import bound_async_client

                    t.async_ = bound_async_client(async_)
                    t.async_.headers.update(self._default_headers)
        return t.async_

    def request_headers(self, http: httpx2.Client | httpx2.AsyncClient | None) -> Mapping[str, str]:
        """The headers each request carried by ``http`` must add (all of them for ``None``): for the
        httpx2 clients made here, only a copy's own headers (they carry the rest as defaults)."""
        t = self._transports
        if http is not None and ((http is t.sync and t.owns_sync) or (http is t.async_ and t.owns_async)):
            return self._copy_headers
        return self._sent_headers

    def set_httpx_client(self, client: httpx2.Client) -> Self:
        """Carry sync requests with your own ``httpx2.Client`` (still signed; not closed by us)."""
        self._check_open()
        self._transports.sync = self._users_client(client, httpx2.Client, "set_httpx_client")
        self._transports.owns_sync = False
        return self

    def set_async_httpx_client(self, client: httpx2.AsyncClient) -> Self:
        """Carry async requests with your own ``httpx2.AsyncClient`` (still signed; not closed by us)."""
        self._check_open()
        self._transports.async_ = self._users_client(client, httpx2.AsyncClient, "set_async_httpx_client")
        self._transports.owns_async = False
        return self

    def close(self) -> None:
        """Close the client: new calls raise ``ClientClosedError``; the sync connections it made close.

        Calls in flight finish or fail with ``APIConnectionError`` (``request_sent`` tells whether
        the server may have acted); none is repeated after the close. Use ``aclose()`` to also
        close the async connections. Closing twice is harmless.
        """
        t = self._transports
        with t.lock:
            t.closed = True
            sync, t.sync = (t.sync, None) if t.owns_sync else (None, t.sync)
        if sync is not None:
            sync.close()

    async def aclose(self) -> None:
        """Close the client like ``close()``, and its async connections too."""
        self.close()
        t = self._transports
        with t.lock:
            async_, t.async_ = (t.async_, None) if t.owns_async else (None, t.async_)
        if async_ is not None:
            await async_.aclose()

    def __enter__(self) -> Self:
        self._check_open()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        self._check_open()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
