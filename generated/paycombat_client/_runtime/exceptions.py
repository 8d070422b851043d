# Copied from runtime/paycombat_client/_runtime/exceptions.py by codegen/generate.py: edit that file, not this one.
"""The exception family raised by the PayCombat client.

Every error the client raises on purpose derives from :class:`PayCombatError`, so
``except PayCombatError`` catches them all. None of them carries the API token or the
signature key in its message.
"""

from __future__ import annotations

import json
from typing import Any

import httpx2

__all__ = [
    "APIConnectionError",
    "APIRefusedError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PayCombatError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestEncodingError",
    "RequestTypeError",
    "UnprocessableEntityError",
    "WebhookPayloadError",
    "WebhookPayloadTooLargeError",
    "WebhookSignatureError",
]


class PayCombatError(Exception):
    """Root of every error raised by this package."""


class RequestEncodingError(PayCombatError, ValueError):
    """A request value cannot be sent: a body value JavaScript's ``JSON.stringify`` would not
    write as given, or a path parameter that is not usable text.

    Raised before any I/O. ``path`` points at the offending value, e.g. ``$.metadata.amount``
    in the request body, or the name of a path parameter.
    """

    def __init__(self, path: str, reason: str, *, where: str = "request body") -> None:
        self.path = path
        self.reason = reason
        self.where = where
        super().__init__(f"cannot encode {where} at {path}: {reason}")


class RequestTypeError(RequestEncodingError, TypeError):
    """A request argument of the wrong type, such as a ``dict`` where a model is expected.

    Raised before any I/O; the message names the model to pass.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        self.where = "request argument"
        PayCombatError.__init__(self, f"{path} {reason}")

    def __reduce__(self) -> tuple[type[RequestTypeError], tuple[str, str]]:
        return type(self), (self.path, self.reason)


class WebhookSignatureError(PayCombatError):
    """A webhook's ``X-Signature`` is missing or does not match its payload."""


class WebhookPayloadTooLargeError(WebhookSignatureError):
    """A webhook payload is larger than ``webhooks.MAX_PAYLOAD_BYTES``: refused unchecked.

    A ``WebhookSignatureError``, so a receiver that rejects unverified payloads rejects it too.
    """

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(
            f"webhook payload of {size} bytes is over the {limit}-byte limit; its signature was not checked"
        )


class WebhookPayloadError(PayCombatError, ValueError):
    """A correctly signed webhook payload is not an event this client can read.

    Not JSON, not a JSON object, an unknown ``type``, or a known field of the wrong type.
    ``errors`` lists the failing fields (location and reason, never the values) and
    ``payload`` holds the decoded JSON object when there is one: it is authentic, so it
    can be logged or handled by hand.
    """

    def __init__(self, message: str, *, errors: tuple[str, ...] = (), payload: dict[str, Any] | None = None) -> None:
        self.errors = errors
        self.payload = payload
        super().__init__(message)


class APIConnectionError(PayCombatError):
    """The request could not be completed: DNS, connect, TLS or a broken connection."""

    def __init__(self, message: str, *, request: httpx2.Request | None = None) -> None:
        self.request = request
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request took longer than its timeout."""


def _raw_body(response: httpx2.Response) -> bytes:
    try:
        return response.content
    except httpx2.ResponseNotRead:  # its Content-Encoding could not be decoded
        return b""


def _decode_body(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        return None


def _server_message(body: Any) -> str | None:
    if isinstance(body, dict):
        message = body.get("message")
        if isinstance(message, str) and message:
            return message
        # Validation failures may carry one message per field.
        if isinstance(message, list) and message and all(isinstance(m, str) for m in message):
            return "; ".join(message)
    return None


class _ResponseError(PayCombatError):
    """Shared attributes of errors that come with an HTTP answer."""

    def __init__(self, message: str | None, *, response: httpx2.Response) -> None:
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        #: The body as received (empty when its Content-Encoding could not be decoded).
        self.raw_body = _raw_body(response)
        #: The answer decoded as JSON, or ``None`` when it is not JSON.
        self.body: Any = _decode_body(self.raw_body)
        self.message = message or self._default_message()
        request = response.request
        super().__init__(f"{request.method} {request.url.path} -> HTTP {self.status_code}: {self.message}")

    def _default_message(self) -> str:
        return self.response.reason_phrase or "error"


class APIStatusError(_ResponseError):
    """PayCombat answered with an error status (or refused the request in a 2xx envelope).

    ``message`` is the server's ``message`` when its answer has one, otherwise the HTTP
    reason phrase. ``body`` is the decoded JSON answer (``None`` if it is not JSON) and
    ``raw_body`` the bytes as received.
    """

    def __init__(self, message: str | None = None, *, response: httpx2.Response) -> None:
        super().__init__(message, response=response)

    def _default_message(self) -> str:
        return _server_message(self.body) or super()._default_message()


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the token or the signature was not accepted."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429."""


class InternalServerError(APIStatusError):
    """HTTP 500 or above."""


class APIRefusedError(APIStatusError):
    """A 2xx answer whose envelope says ``"status": false``: PayCombat refused the request."""

    def _default_message(self) -> str:
        # The reason phrase of a 2xx ("OK") would read like a success.
        return _server_message(self.body) or "refused (no message)"


class APIResponseValidationError(_ResponseError):
    """A successful (2xx) answer could not be parsed: not JSON, or not the documented shape.

    The request was accepted by the server. Do not blindly repeat a call that creates
    something (customer, payin, payout, virtual account): look the resource up first.

    When a field does not fit, ``path`` is its JSON path (``$.data.created_at``) and
    ``expected`` the type it should have; the value itself is never shown.
    """

    path: str | None = None
    expected: str | None = None


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(response: httpx2.Response) -> APIStatusError:
    """The error to raise for a non-2xx answer."""
    if response.status_code >= 500:
        return InternalServerError(response=response)
    return _STATUS_ERRORS.get(response.status_code, APIStatusError)(response=response)
