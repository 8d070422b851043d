# Copied from runtime/paycombat_client/_runtime/tracing.py by codegen/generate.py: edit that file, not this one.
"""OpenTelemetry spans for operation calls (the ``otel`` extra, ``opentelemetry-api``).

Imported by the pipeline on the first call, and only when OpenTelemetry is installed: without
it, this module is never loaded and a call pays one ``is None`` test. Each operation call, sync,
async or raw, is one CLIENT span named ``PayCombat <operationId>``, with the stable HTTP client
attributes; its attempts are counted and each retry is an event. The W3C ``traceparent`` (the
global propagator's headers) is added to each attempt's headers; the signature covers the body
only, so it stays valid.

What a span holds is chosen here, field by field: never a header value, the token, the key, the
signature, a body value or a server's message (a message may quote what was sent). A server's
request id is server text: it is escaped and shortened as in messages.
"""

from __future__ import annotations

import functools
from contextvars import Token
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from opentelemetry import context, propagate, trace
from opentelemetry.context import Context
from opentelemetry.trace import SpanKind, Status, StatusCode

from .exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    PayCombatError,
    shown_request_id,
)
from .types import request_id_of

if TYPE_CHECKING:
    import httpx2

    from .operation import Answer, Caller, Operation

__all__ = ["CallSpan"]

#: The instrumentation scope every span of this package is recorded under.
SCOPE = "paycombat_client"
#: The errors made from an answer, which carry its status.
_FROM_AN_ANSWER = (APIStatusError, APIResponseValidationError)


@functools.lru_cache(maxsize=64)
def _server(base_url: str) -> tuple[str, int]:
    parts = urlsplit(base_url)
    return parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)


@functools.lru_cache(maxsize=64)
def _tracer(provider: Any) -> trace.Tracer:
    """The tracer of ``provider`` (``None``: the global one, a proxy, so that a provider set after
    this first call is still used), made once per provider."""
    from .. import __version__

    return trace.get_tracer(SCOPE, __version__, tracer_provider=provider)


def _error_type(exc: BaseException) -> str:
    """``error.type``: the status code of an error answer (as the HTTP conventions say), else the
    error's class under the name users import it by."""
    if isinstance(exc, _FROM_AN_ANSWER) and exc.status_code >= 400:
        return str(exc.status_code)
    if isinstance(exc, PayCombatError):
        return f"paycombat_client.{type(exc).__name__}"
    kind = type(exc)
    return kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"


def _description(exc: BaseException) -> str:
    """The span's status text: the error's class and what is known of the outcome, never its message."""
    shown = type(exc).__name__
    if isinstance(exc, _FROM_AN_ANSWER):
        return f"{shown}: HTTP {exc.status_code}"
    if isinstance(exc, APIConnectionError):
        cause = type(exc.__cause__).__name__ if exc.__cause__ is not None else None
        sent = "the request was sent" if exc.request_sent else "nothing was sent"
        return f"{shown} ({cause}): {sent}" if cause else f"{shown}: {sent}"
    return shown


#: What the API hands out until an SDK provider is set: spans that record nothing.
_NOT_RECORDING = (trace.ProxyTracerProvider, trace.NoOpTracerProvider)


class CallSpan:
    """The span of one operation call: current while the call runs, ended when it returns or raises."""

    __slots__ = ("_span", "_status", "_token", "attempts")

    @staticmethod
    def wanted(client: Caller) -> bool:
        """Whether a span of this call would record or propagate anything: not when no SDK provider
        is set and no caller's span is current (OpenTelemetry installed but unused, ~10 µs a call)."""
        provider = client.tracer_provider
        if not isinstance(provider if provider is not None else trace.get_tracer_provider(), _NOT_RECORDING):
            return True
        return trace.get_current_span().get_span_context().is_valid

    def __init__(self, client: Caller, op: Operation) -> None:
        host, port = _server(client.base_url)
        # Given at the start so that samplers see them.
        attributes: dict[str, str | int] = {
            "http.request.method": op.method,
            "server.address": host,
            "server.port": port,
            "url.template": op.path,
            "paycombat.operation": op.operation_id,
        }
        self._span = _tracer(client.tracer_provider).start_span(
            f"PayCombat {op.operation_id}",
            kind=SpanKind.CLIENT,
            attributes=attributes,
            # Their text would be the error's message, which may quote the server or the request.
            record_exception=False,
            set_status_on_exception=False,
        )
        self._token: Token[Context] | None = None
        self._status: int | None = None  # of the last attempt's answer: a retry's does not count
        self.attempts = 0

    def __enter__(self) -> CallSpan:
        # Current, so that spans of the HTTP layer (an instrumented httpx2) nest under it.
        self._token = context.attach(trace.set_span_in_context(self._span))
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        span = self._span
        try:
            if span.is_recording():
                span.set_attribute("paycombat.attempts", self.attempts)
                if self._status is not None:
                    span.set_attribute("http.response.status_code", self._status)
                if exc is not None:
                    self._failed(exc)
        finally:
            if self._token is not None:
                context.detach(self._token)
            span.end()

    def inject(self, headers: dict[str, str]) -> None:
        """Add the propagator's headers (``traceparent``) to what every attempt of this call sends."""
        propagate.inject(headers)

    def attempted(self, outcome: httpx2.Response | Exception) -> None:
        self._status = None if isinstance(outcome, Exception) else outcome.status_code

    def retrying(self, reason: str, delay: float, outcome: httpx2.Response | Exception) -> None:
        if not self._span.is_recording():
            return
        attributes: dict[str, str | int | float] = {
            "paycombat.attempt": self.attempts,
            "paycombat.retry.reason": reason,
            "paycombat.retry.delay_s": round(delay, 3),
        }
        if not isinstance(outcome, Exception):
            found = request_id_of(outcome.headers, None)
            if found is not None:
                attributes["paycombat.request_id"] = shown_request_id(found)
        self._span.add_event("paycombat.retry", attributes)

    def answered(self, answer: Answer) -> None:
        if self._span.is_recording():
            found = request_id_of(answer.response.headers, answer.data)
            if found is not None:
                self._span.set_attribute("paycombat.request_id", shown_request_id(found))

    def _failed(self, exc: BaseException) -> None:
        span = self._span
        span.set_attribute("error.type", _error_type(exc))
        if isinstance(exc, _FROM_AN_ANSWER):  # an answer too large or undecodable skips attempted()
            span.set_attribute("http.response.status_code", exc.status_code)
        if isinstance(exc, APIConnectionError):
            span.set_attribute("paycombat.request_sent", exc.request_sent)
        request_id: Any = getattr(exc, "request_id", None)
        if isinstance(request_id, str):
            span.set_attribute("paycombat.request_id", shown_request_id(request_id))
        span.set_status(Status(StatusCode.ERROR, _description(exc)))
