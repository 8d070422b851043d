# Copied from runtime/paycombat_client/_runtime/operation.py by codegen/generate.py: edit that file, not this one.
"""What the runtime knows of one call before sending it: the operation, the client, the answer.

The bottom of the call flow: the pipeline, tracing and raw requests use these, and nothing here
uses them. ``Caller`` is what the pipeline needs of an ``AuthenticatedClient``, so the pipeline
never imports the client (which imports the pipeline for its raw calls).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Protocol

import httpx2

from .constants import RetryPolicy

if TYPE_CHECKING:
    from .signing import PayCombatAuth

__all__ = ["Answer", "Caller", "Operation", "model_named"]


class Caller(Protocol):
    """The settings and connections of the client a call runs on (``AuthenticatedClient``)."""

    @property
    def base_url(self) -> str: ...
    @property
    def auth(self) -> PayCombatAuth: ...
    @property
    def timeout(self) -> httpx2.Timeout: ...
    @property
    def max_retries(self) -> int: ...
    @property
    def max_response_bytes(self) -> int: ...
    @property
    def attempt_seconds(self) -> float: ...
    @property
    def is_closed(self) -> bool: ...
    @property
    def tracer_provider(self) -> Any: ...
    def get_httpx_client(self) -> httpx2.Client: ...
    def get_async_httpx_client(self) -> httpx2.AsyncClient: ...
    def request_headers(self, http: httpx2.Client | httpx2.AsyncClient | None) -> Any: ...


# Plain classes with __slots__, not dataclasses: every endpoint module imports this one.
class Operation:
    """What the spec says about one operation: each generated endpoint module's ``OPERATION``.

    ``path`` has ``{name}`` placeholders, one per name of ``path_params`` (in the functions'
    order), filled by path_segment values. ``retry`` is the spec's ``x-paycombat-retry``:
    ``"safe"`` calls may be repeated after they reached the server; ``"connect-only"`` calls
    (those that create something) are repeated only when the request was never sent, because
    repeating them could create or pay twice. ``body`` and ``answer`` name the request and answer
    models in ``paycombat_client.models`` (``body`` is ``None`` when the call sends no body).
    """

    __slots__ = ("answer", "body", "description", "method", "operation_id", "path", "path_params", "retry", "summary")

    def __init__(
        self,
        operation_id: str,
        method: str,
        path: str,
        retry: RetryPolicy,
        *,
        path_params: tuple[str, ...] = (),
        body: str | None = None,
        answer: str | None = None,
        summary: str = "",
        description: str = "",
    ) -> None:
        self.operation_id = operation_id
        self.method = method
        self.path = path
        self.retry = retry
        self.path_params = path_params
        self.body = body
        self.answer = answer
        self.summary = summary
        self.description = description

    def __repr__(self) -> str:
        return f"Operation({self.operation_id!r}, {self.method!r}, {self.path!r}, retry={self.retry!r})"

    def body_model(self) -> Any:
        """The model class the body must be (loaded on first use), or ``None``."""
        return None if self.body is None else model_named(self.body)

    def answer_model(self) -> Any:
        """The model class of the answer (loaded on first use), or ``None`` for a raw call."""
        return None if self.answer is None else model_named(self.answer)


@functools.cache
def _models() -> Any:
    # The generated models package (lazy: each model loads on first use); not in runtime/.
    import importlib

    return importlib.import_module("..models", __package__)


def model_named(name: str) -> Any:
    """The class ``name`` of ``paycombat_client.models``."""
    return getattr(_models(), name)


class Answer:
    """A 2xx answer, its JSON already decoded."""

    __slots__ = ("data", "response")

    def __init__(self, response: httpx2.Response, data: Any) -> None:
        self.response = response
        self.data = data
