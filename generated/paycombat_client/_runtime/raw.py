# Copied from runtime/paycombat_client/_runtime/raw.py by codegen/generate.py: edit that file, not this one.
"""Signed requests to paths that are not in the spec (``client.request`` and friends).

PayCombat documents some operations by name only; a merchant who learns such a path from their
account calls it here. Each call becomes an :class:`~.pipeline.Operation` built on the spot and
goes through the same pipeline as the generated operations: the same encoding, signature,
headers, timeouts, retries, envelope check and errors.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

from ..types import Response
from .constants import METHODS, RETRY_POLICIES, RetryPolicy
from .exceptions import ConfigurationError, RequestEncodingError
from .operation import Answer, Caller, Operation
from .pipeline import DOT_SEGMENTS, detailed, send_async, send_sync

__all__ = [
    "details",
    "operation",
    "request_kwargs",
    "send_raw_async",
    "send_raw_sync",
]

#: What a PayCombat call can be; HEAD and OPTIONS answer without the JSON envelope.
#: RFC 3986 path characters: unreserved, sub-delims, ":", "@", "/" and percent escapes.
_PATH = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*")


def _check_path(path: object) -> str:
    """``path`` if it names one resource under the base URL, else a RequestEncodingError before any I/O."""

    def refuse(reason: str) -> RequestEncodingError:
        return RequestEncodingError(repr(path) if isinstance(path, str) else "path", reason, where="request path")

    if not isinstance(path, str):
        raise refuse(f"must be text (str), not {type(path).__name__}")
    if not path.startswith("/") or path.startswith("//"):
        raise refuse("must start with a single '/' (a path under the base URL, never a host or URL)")
    if "?" in path or "#" in path:
        raise refuse("must not carry a query or fragment: pass query parameters as params=")
    if not _PATH.fullmatch(path):
        raise refuse("has a character a URL path cannot carry as is: percent-encode it (urllib.parse.quote)")
    segments = path[1:].split("/")
    if path.endswith("/"):
        segments.pop()  # one trailing slash is a legitimate path; empty segments elsewhere are not
    for segment in segments:
        # Decoded too: many servers resolve %2e%2e as "..", and an empty segment would collapse.
        if segment in DOT_SEGMENTS or unquote(segment) in DOT_SEGMENTS:
            raise refuse("must not have empty, '.' or '..' segments: they would change which resource it names")
    return path


def operation(method: str, path: str, retry: str) -> Operation:
    """The :class:`Operation` for one raw call, refused before any I/O when it cannot be sent."""
    if not isinstance(method, str) or method.upper() not in METHODS:
        raise RequestEncodingError("method", f"{method!r} is not one of {sorted(METHODS)}", where="request")
    if retry not in RETRY_POLICIES:
        raise ConfigurationError(f"retry={retry!r} is not a retry rule: use one of {list(RETRY_POLICIES)}")
    upper, checked = method.upper(), _check_path(path)
    rule: RetryPolicy = "safe" if retry == "safe" else "connect-only"
    return Operation(operation_id=f"{upper} {checked}", method=upper, path=checked, retry=rule)


def request_kwargs(path: str, json: Any = None, params: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The request parts of one raw call, as a generated module's ``_get_kwargs`` gives them."""
    kwargs: dict[str, Any] = {"url": path}
    if json is not None:
        kwargs["json"] = json
    if params is not None:
        kwargs["params"] = params
    return kwargs


def details(answer: Answer) -> Response[Any]:
    """The answer with its status, headers and raw bytes (``request_detailed``)."""
    return detailed(answer, _identity)


def _identity(data: Any) -> Any:
    return data


def _as_it_is(answer: Answer) -> Answer:
    return answer


def send_raw_sync(
    client: Caller, method: str, path: str, json: Any, params: Mapping[str, Any] | None, retry: str
) -> Answer:
    """One raw call (``AuthenticatedClient.request``), checked, then sent by the operations' pipeline."""
    op = operation(method, path, retry)
    return send_sync(client, op, request_kwargs(op.path, json, params), _as_it_is)


async def send_raw_async(
    client: Caller, method: str, path: str, json: Any, params: Mapping[str, Any] | None, retry: str
) -> Answer:
    """The async twin of :func:`send_raw_sync`."""
    op = operation(method, path, retry)
    return await send_async(client, op, request_kwargs(op.path, json, params), _as_it_is)
