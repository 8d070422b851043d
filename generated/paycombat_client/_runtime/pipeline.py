# Copied from runtime/paycombat_client/_runtime/pipeline.py by codegen/generate.py: edit that file, not this one.
"""How one generated operation call becomes signed HTTP requests, retries and typed errors.

Each generated endpoint module declares its :class:`Operation` and hands every call to one of
:func:`call_sync`, :func:`call_async` and their ``_detailed`` twins; raw calls come through
:func:`send_sync` and :func:`send_async`. Everything that decides what is sent, what is repeated,
how the answer is read and what is raised lives here, once for sync and async, and nothing here
calls back into the endpoint module.
"""

from __future__ import annotations

import email.utils
import functools
import logging
import random
import re
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar
from urllib.parse import quote

import httpx2

from ..types import Response
from .constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY
from .exceptions import (
    APIConnectionError,
    APIResponseTooLargeError,
    APIResponseValidationError,
    APITimeoutError,
    PayCombatError,
    RequestEncodingError,
    shown_path,
    shown_request_id,
    status_error,
)
from .jsjson import lone_surrogate, read_exact, stringify
from .logs import logger
from .operation import Answer, Caller, Operation, model_named
from .transport import DEADLINE, BodyTooLarge, read_async, read_sync
from .types import request_id_of
from .validate import check_body, check_status, parse_answer

if TYPE_CHECKING:
    from .tracing import CallSpan

__all__ = [
    "Answer",
    "Operation",
    "call_async",
    "call_async_detailed",
    "call_sync",
    "call_sync_detailed",
    "detailed",
    "path_segment",
    "request_parts",
    "send_async",
    "send_sync",
    "unsigned_request",
]

T = TypeVar("T")
R = TypeVar("R")


class _Model(Protocol):
    """What the generated attrs models have: the class method that reads a decoded JSON object."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_Model)

#: Answers a safe call is repeated after, besides 5xx.
_RETRY_STATUSES = frozenset({408, 429})
#: Failures that happen before a single byte of the request left this machine.
_NOT_SENT = (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.PoolTimeout, httpx2.UnsupportedProtocol)
#: Failures that repeating cannot fix (a bad URL scheme, a request httpx2 refuses to write).
_NEVER_REPEATED = (httpx2.UnsupportedProtocol, httpx2.LocalProtocolError)
#: What an endpoint module may hand to _prepare; anything else would go unsigned or be ignored.
_REQUEST_PARTS = frozenset({"url", "json", "params", "headers"})
#: Path parameters that would change which resource a path names once the server resolves it.
DOT_SEGMENTS = frozenset({"", ".", ".."})
#: Requests leave _prepare signed: no auth of the httpx2 client's own may change them.
_SIGNED = httpx2.Auth()
#: RFC 9110 delay-seconds; a decimal fraction is tolerated, anything else is not a delay.
_DELAY_SECONDS = re.compile(r"\s*\d+(?:\.\d+)?\s*")


def request_parts(op: Operation, path_args: tuple[object, ...], body: object = None) -> dict[str, Any]:
    """What one call of ``op`` sends, checked before any I/O: its URL, with every path parameter
    percent-encoded in its segment, and its body as JSON values (``check_body`` first: a value of
    the wrong type is refused, never sent)."""
    if op.path_params:
        url = op.path.format_map(
            {name: path_segment(name, value) for name, value in zip(op.path_params, path_args, strict=True)}
        )
    else:
        url = op.path
    parts: dict[str, Any] = {"url": url}
    if op.body is not None:
        model_class = model_named(op.body)
        check_body(body, model_class)
        parts["json"] = body.to_dict()  # type: ignore[attr-defined]  # a model, once check_body passed
    return parts


def path_segment(name: str, value: object) -> str:
    """``value`` percent-encoded as one path segment, refused before any I/O when it is not text
    or would change the path's meaning (empty, ``.`` or ``..``: ``get_customer("..")`` must not
    become ``GET /api/v1/customer``)."""
    if not isinstance(value, str):
        raise RequestEncodingError(name, f"must be text (str), not {type(value).__name__}", where="path parameter")
    if value in DOT_SEGMENTS:
        raise RequestEncodingError(
            name, f"{value!r} is not a usable id: it would change the path", where="path parameter"
        )
    try:
        return quote(value, safe="")
    except UnicodeEncodeError:
        raise RequestEncodingError(
            name, "contains a surrogate code point, which is not valid text", where="path parameter"
        ) from None


class _Prepared:
    __slots__ = ("content", "headers", "method", "params", "path", "url")

    def __init__(
        self,
        method: str,
        url: httpx2.URL,  # parsed once: httpx takes it as is on every attempt
        path: str,  # for logs and messages: never the query string, headers or body
        params: Any,
        headers: dict[str, str],
        content: bytes | None,
    ) -> None:
        self.method = method
        self.url = url
        self.path = path
        self.params = params
        self.headers = headers
        self.content = content

    def build(self, http: httpx2.Client | httpx2.AsyncClient, timeout: httpx2.Timeout) -> httpx2.Request:
        if self.params is None and type(http).build_request in _STOCK_BUILDS and not http.params and not http.cookies:
            # What build_request makes of an absolute URL, without its slow header merge (~6 µs):
            # the client's headers, then this request's over them.
            headers = httpx2.Headers(http.headers)
            for name, value in self.headers.items():
                headers[name] = value
            extensions = {"timeout": timeout.as_dict()}
            return httpx2.Request(self.method, self.url, content=self.content, headers=headers, extensions=extensions)
        return http.build_request(
            self.method, self.url, params=self.params, content=self.content, headers=self.headers, timeout=timeout
        )


#: httpx2's own build_request: a subclass that overrides it is always called.
_STOCK_BUILDS = (httpx2.Client.build_request, httpx2.AsyncClient.build_request)


@functools.lru_cache(maxsize=256)
def _parse_url(url: str) -> httpx2.URL:
    # httpx2.URL is immutable and parsing one costs ~15 µs; most calls reuse a handful of URLs.
    try:
        return httpx2.URL(url)
    except httpx2.InvalidURL as exc:  # e.g. longer than httpx2 accepts
        raise RequestEncodingError("url", f"the request URL cannot be sent ({exc})", where="request URL") from None


def _prepare(
    client: Caller,
    op: Operation,
    kwargs: Mapping[str, Any],
    client_headers: Mapping[str, str],
    *,
    signed: bool = True,
) -> _Prepared:
    """Encode the body (before any I/O, so unsendable values fail here) and the headers, signed
    once here rather than on each attempt by ``client.auth``."""
    if not _REQUEST_PARTS.issuperset(kwargs):
        unknown = sorted(kwargs.keys() - _REQUEST_PARTS)
        raise TypeError(f"unsupported request parts for a signed PayCombat call: {unknown}")
    headers = {**client_headers, **kwargs.get("headers", {})}
    content = None
    if "json" in kwargs:
        content = stringify(kwargs["json"])
        headers["Content-Type"] = "application/json"
    if signed:
        headers.update(client.auth.signed_headers(content))
    url = _parse_url(client.base_url + kwargs["url"])
    return _Prepared(
        method=op.method,
        url=url,
        path=shown_path(url),
        params=kwargs.get("params"),
        headers=headers,
        content=content,
    )


def unsigned_request(client: Caller, op: Operation, kwargs: Mapping[str, Any]) -> httpx2.Request:
    """The request ``op`` would send, encoded as a call encodes it but neither signed nor sent
    (``paycombat --dry-run`` shows it)."""
    prepared = _prepare(client, op, kwargs, client.request_headers(None), signed=False)
    return httpx2.Request(
        prepared.method, prepared.url, params=prepared.params, headers=prepared.headers, content=prepared.content
    )


def _backoff(attempt: int) -> float:
    """Seconds before retry ``attempt + 1``: doubling from INITIAL_RETRY_DELAY, capped, minus up to 25 %."""
    # The exponent is bounded so a huge max_retries cannot overflow the float.
    capped = min(INITIAL_RETRY_DELAY * 2.0 ** min(attempt, 64), MAX_RETRY_DELAY)
    return capped * (1 - 0.25 * random.random())


def _retry_after(response: httpx2.Response) -> float | None:
    """The answer's ``Retry-After`` in seconds (capped at MAX_RETRY_AFTER), or ``None`` if absent or garbage."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    if _DELAY_SECONDS.fullmatch(value):
        seconds = float(value)
    else:
        try:
            when = email.utils.parsedate_to_datetime(value)
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            seconds = (when - datetime.now(UTC)).total_seconds()
        except (TypeError, ValueError, OverflowError):
            return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _delay_after_error(op: Operation, exc: Exception, attempt: int, max_retries: int) -> float | None:
    """Seconds to wait before repeating after a failed request, or ``None`` to give up."""
    if attempt >= max_retries or not isinstance(exc, httpx2.TransportError) or isinstance(exc, _NEVER_REPEATED):
        return None
    if isinstance(exc, _NOT_SENT) or op.retry == "safe":
        return _backoff(attempt)
    return None


def _delay_after_status(op: Operation, response: httpx2.Response, attempt: int, max_retries: int) -> float | None:
    """Seconds to wait before repeating after this answer, or ``None`` when it is final."""
    status = response.status_code
    if attempt >= max_retries or op.retry != "safe":
        return None
    if status not in _RETRY_STATUSES and status < 500:
        return None
    after = _retry_after(response)
    return _backoff(attempt) if after is None else after


def _request_of(exc: Exception) -> httpx2.Request | None:
    try:
        return exc.request if isinstance(exc, httpx2.RequestError) else None
    except RuntimeError:  # httpx2 raises when the error was created without its request
        return None


_SENT = "the request was sent: PayCombat may have acted on it"
_UNSENT = "nothing was sent"


def _connection_error(exc: Exception, prepared: _Prepared) -> APIConnectionError:
    where = f"{prepared.method} {prepared.path}"
    sent = not isinstance(exc, _NOT_SENT)
    outcome = _SENT if sent else _UNSENT
    request = _request_of(exc)
    if isinstance(exc, httpx2.TimeoutException):
        return APITimeoutError(
            f"{where} timed out ({type(exc).__name__}); {outcome}", request=request, request_sent=sent
        )
    if isinstance(exc, httpx2.RequestError):
        message = f"{where} failed: {type(exc).__name__}: {exc}; {outcome}"
        return APIConnectionError(message, request=request, request_sent=sent)
    # Anything else the HTTP stack raised (a transport of the user's, a protocol library): its text
    # may quote what was being sent, so only its type is shown; whether it was sent is unknown.
    return APIConnectionError(f"{where} failed in the HTTP layer: {type(exc).__name__}; {_SENT}", request_sent=True)


def _undecodable(
    prepared: _Prepared, response: httpx2.Response, exc: httpx2.DecodingError, started: float
) -> PayCombatError:
    """The error for an answer whose body cannot be decoded (a Content-Encoding that lies); never repeated."""
    _log_attempt(prepared, f"{response.status_code} (undecodable body)", started, response)
    encoding = response.headers.get("content-encoding", "")
    if 200 <= response.status_code < 300:
        return APIResponseValidationError(
            f"the answer's body could not be decoded (Content-Encoding {encoding!r}: {exc})", response=response
        )
    return status_error(response)


def _shown_id(response: httpx2.Response | None, envelope: Any = None) -> str:
    """`` (request id ...)`` for a log line when the answer names itself, else nothing."""
    found = None if response is None else request_id_of(response.headers, envelope)
    return "" if found is None else f" (request id {shown_request_id(found)})"


def _log_attempt(
    prepared: _Prepared, outcome: object, started: float, response: httpx2.Response | None = None, envelope: Any = None
) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        elapsed = (time.perf_counter() - started) * 1000
        shown = _shown_id(response, envelope)
        logger.debug("%s %s -> %s in %.1f ms%s", prepared.method, prepared.path, outcome, elapsed, shown)


def _log_retry(
    prepared: _Prepared, reason: object, attempt: int, max_retries: int, delay: float, response: httpx2.Response | None
) -> None:
    # Attempt numbers count from 1: the first retry is attempt 2 of max_retries + 1.
    logger.info(
        "retrying %s %s (attempt %d of %d) in %.2f s after %s%s",
        prepared.method,
        prepared.path,
        attempt + 2,
        max_retries + 1,
        delay,
        reason,
        _shown_id(response),
    )


def _answer(response: httpx2.Response) -> Answer:
    """Raise for anything but a usable 2xx answer; decode its JSON once."""
    if not 200 <= response.status_code < 300:
        raise status_error(response)
    try:
        # No amount passes through a float (validate makes them Decimal); NaN and the
        # infinities are not JSON, and JavaScript never writes them.
        data = read_exact(response.content)
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly deep nesting
        raise APIResponseValidationError("the answer is not JSON", response=response) from exc
    check_status(data, response)
    where = lone_surrogate(response.content, data)
    if where is not None:
        error = APIResponseValidationError(
            f"the answer does not fit the documented shape: {where} holds text with a lone surrogate, which is"
            " not valid Unicode and could not be sent back (the server accepted the request)",
            response=response,
        )
        error.path, error.expected = where, "valid Unicode text"
        raise error
    return Answer(response, data)


def _too_large(prepared: _Prepared, response: httpx2.Response, exc: BodyTooLarge, started: float) -> PayCombatError:
    _log_attempt(prepared, f"{response.status_code} (answer over {exc.limit} bytes)", started, response)
    response._content = exc.kept  # what the error may keep: never more than the limit
    return APIResponseTooLargeError(response=response, limit=exc.limit)


def _send_once_sync(client: Caller, http: httpx2.Client, prepared: _Prepared, started: float) -> httpx2.Response:
    # Streamed, so the body is read within the size limit and an undecodable body still leaves
    # the status and headers to report. Never redirected: httpx2 would carry X-token, signature
    # and body to wherever Location says.
    deadline = DEADLINE.set(time.monotonic() + client.attempt_seconds)
    try:
        request = prepared.build(http, client.timeout)
        response = http.send(request, auth=_SIGNED, stream=True, follow_redirects=False)
        try:
            read_sync(response, client.max_response_bytes)
        except BodyTooLarge as exc:
            raise _too_large(prepared, response, exc, started) from None
        except httpx2.DecodingError as exc:
            raise _undecodable(prepared, response, exc, started) from exc
        finally:
            response.close()
    finally:
        DEADLINE.reset(deadline)
    return response


async def _send_once_async(
    client: Caller, http: httpx2.AsyncClient, prepared: _Prepared, started: float
) -> httpx2.Response:
    deadline = DEADLINE.set(time.monotonic() + client.attempt_seconds)
    try:
        request = prepared.build(http, client.timeout)
        response = await http.send(request, auth=_SIGNED, stream=True, follow_redirects=False)
        try:
            await read_async(response, client.max_response_bytes)
        except BodyTooLarge as exc:
            raise _too_large(prepared, response, exc, started) from None
        except httpx2.DecodingError as exc:
            raise _undecodable(prepared, response, exc, started) from exc
        finally:
            await response.aclose()
    finally:
        DEADLINE.reset(deadline)
    return response


def _next_step(
    client: Caller,
    op: Operation,
    prepared: _Prepared,
    attempt: int,
    started: float,
    outcome: httpx2.Response | Exception,
    span: CallSpan | None = None,
) -> Answer | float:
    """After one attempt: the answer, the final error raised, or the seconds to wait before repeating.

    Any failure the HTTP layer raised (``outcome`` an exception) becomes a PayCombatError here. A
    closed client repeats nothing: the call ends with the failure it has.
    """
    if span is not None:
        span.attempted(outcome)
    if isinstance(outcome, Exception):
        _log_attempt(prepared, type(outcome).__name__, started)
        delay = _delay_after_error(op, outcome, attempt, client.max_retries)
        if delay is None or client.is_closed:
            raise _connection_error(outcome, prepared) from outcome
        reason = type(outcome).__name__
        response = None
    else:
        delay = _delay_after_status(op, outcome, attempt, client.max_retries)
        if delay is None or client.is_closed:
            return _final(prepared, outcome, started)
        _log_attempt(prepared, outcome.status_code, started, outcome)
        reason = f"HTTP {outcome.status_code}"
        response = outcome
    _log_retry(prepared, reason, attempt, client.max_retries, delay, response)
    if span is not None:
        span.retrying(reason, delay, outcome)
    return delay


def _final(prepared: _Prepared, response: httpx2.Response, started: float) -> Answer:
    """The last answer of a call, logged with the request id its headers or envelope give."""
    try:
        answer = _answer(response)
    except PayCombatError as exc:
        _log_attempt(prepared, response.status_code, started, response, getattr(exc, "body", None))
        raise
    _log_attempt(prepared, response.status_code, started, response, answer.data)
    return answer


_UNRESOLVED: Any = object()
#: tracing.CallSpan, or None when OpenTelemetry is not installed: found on the first call, so that
#: importing the package never loads OpenTelemetry and a call without it pays one test.
_call_span: type[CallSpan] | None = _UNRESOLVED


def _resolve_tracing() -> type[CallSpan] | None:
    global _call_span
    try:
        from .tracing import CallSpan
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("opentelemetry"):
            raise
        _call_span = None
    else:
        _call_span = CallSpan
    return _call_span


def send_sync(client: Caller, op: Operation, kwargs: Mapping[str, Any], finish: Callable[[Answer], R]) -> R:
    """Send one operation call with the sync httpx2 client, repeating it where that is safe; the
    answer is read by ``finish`` (parsed and checked) inside the call's span."""
    traced = _call_span if _call_span is not _UNRESOLVED else _resolve_tracing()
    if traced is None or not traced.wanted(client):
        return finish(_send_sync(client, op, kwargs, None))
    with traced(client, op) as span:
        answer = _send_sync(client, op, kwargs, span)
        span.answered(answer)
        return finish(answer)


async def send_async(client: Caller, op: Operation, kwargs: Mapping[str, Any], finish: Callable[[Answer], R]) -> R:
    """Send one operation call with the async httpx2 client, repeating it where that is safe."""
    traced = _call_span if _call_span is not _UNRESOLVED else _resolve_tracing()
    if traced is None or not traced.wanted(client):
        return finish(await _send_async(client, op, kwargs, None))
    with traced(client, op) as span:
        answer = await _send_async(client, op, kwargs, span)
        span.answered(answer)
        return finish(answer)


# --- what the generated endpoints call: one call each, the operation described by OPERATION ----


def call_sync(client: Caller, op: Operation, answer: type[M], path_args: tuple[object, ...], body: object = None) -> M:
    """One call of ``op`` (``sync``): its parts checked and encoded, sent, the answer parsed as ``answer``."""
    return send_sync(client, op, request_parts(op, path_args, body), functools.partial(_parsed, model=answer))


def call_sync_detailed(
    client: Caller, op: Operation, answer: type[M], path_args: tuple[object, ...], body: object = None
) -> Response[M]:
    """Like :func:`call_sync`, as a ``Response`` with the status, headers and raw bytes."""
    return send_sync(client, op, request_parts(op, path_args, body), functools.partial(_detailed, model=answer))


async def call_async(
    client: Caller, op: Operation, answer: type[M], path_args: tuple[object, ...], body: object = None
) -> M:
    """The async twin of :func:`call_sync`."""
    parts = request_parts(op, path_args, body)
    return await send_async(client, op, parts, functools.partial(_parsed, model=answer))


async def call_async_detailed(
    client: Caller, op: Operation, answer: type[M], path_args: tuple[object, ...], body: object = None
) -> Response[M]:
    """The async twin of :func:`call_sync_detailed`."""
    parts = request_parts(op, path_args, body)
    return await send_async(client, op, parts, functools.partial(_detailed, model=answer))


def _parsed(answer: Answer, model: type[M]) -> M:
    return parse_answer(answer.data, answer.response, model.from_dict, model)


def _detailed(answer: Answer, model: type[M]) -> Response[M]:
    return detailed(answer, model.from_dict, model)


def _send_sync(client: Caller, op: Operation, kwargs: Mapping[str, Any], span: CallSpan | None) -> Answer:
    http = client.get_httpx_client()
    prepared = _prepare(client, op, kwargs, client.request_headers(http))
    if span is not None:
        span.inject(prepared.headers)
    attempt = 0
    while True:
        started = time.perf_counter()
        if span is not None:
            span.attempts += 1
        outcome: httpx2.Response | Exception
        try:
            outcome = _send_once_sync(client, http, prepared, started)
        except PayCombatError:
            raise
        except Exception as exc:
            outcome = exc
        step = _next_step(client, op, prepared, attempt, started, outcome, span)
        if isinstance(step, Answer):
            return step
        time.sleep(step)
        attempt += 1


async def _send_async(client: Caller, op: Operation, kwargs: Mapping[str, Any], span: CallSpan | None) -> Answer:
    http = client.get_async_httpx_client()
    prepared = _prepare(client, op, kwargs, client.request_headers(http))
    if span is not None:
        span.inject(prepared.headers)
    attempt = 0
    while True:
        started = time.perf_counter()
        if span is not None:
            span.attempts += 1
        outcome: httpx2.Response | Exception
        try:
            outcome = await _send_once_async(client, http, prepared, started)
        except PayCombatError:
            raise
        except Exception as exc:
            outcome = exc
        step = _next_step(client, op, prepared, attempt, started, outcome, span)
        if isinstance(step, Answer):
            return step
        # Imported here: only a retry needs anyio, and importing an endpoint stays lighter.
        import anyio

        await anyio.sleep(step)
        attempt += 1


def detailed(answer: Answer, parser: Callable[[Any], T], model: type | None = None) -> Response[T]:
    """The answer with its status, headers and raw bytes, parsed by ``parser`` (``model.from_dict``)."""
    try:
        status = HTTPStatus(answer.response.status_code)
    except ValueError as exc:
        raise APIResponseValidationError("unknown success status", response=answer.response) from exc
    return Response(
        status_code=status,
        content=answer.response.content,
        headers=answer.response.headers,
        parsed=parse_answer(answer.data, answer.response, parser, model),
    )
