# Copied from runtime/paycombat_client/_runtime/exceptions.py by codegen/generate.py: edit that file, not this one.
"""The exception family raised by the PayCombat client.

Every error the client raises derives from :class:`PayCombatError`, so ``except PayCombatError``
catches them all. None of them carries the API token, the signature key or a signature: the
request an error holds has those headers redacted. Every error pickles (a worker process can
hand one to its parent) with its status, message, body and headers.
"""

from __future__ import annotations

import json
import re
from typing import Any, NoReturn

import httpx2

from .types import request_id_of

#: The error family, the package's public errors: ``paycombat_client`` and ``paycombat_client.errors``
#: export exactly these (the helpers below them serve the runtime).
__all__ = [
    "APIConnectionError",
    "APIRefusedError",
    "APIResponseTooLargeError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
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


#: What stands in a held request for the headers that carry credentials.
REDACTED = "[redacted]"
_SECRET_HEADERS = ("x-token", "signature")


def redact(request: httpx2.Request | None) -> httpx2.Request | None:
    """``request`` with its credential headers replaced, in place: an error may be logged,
    pickled or kept, and the request object is also what the chained httpx2 error refers to."""
    if request is not None:
        for name in _SECRET_HEADERS:
            if name in request.headers:
                request.headers[name] = REDACTED
    return request


def shown_path(url: httpx2.URL) -> str:
    """The path as sent, still percent-encoded, without the query: what messages and logs show.
    Decoded, a path parameter holding a line break could forge a log line."""
    return url.raw_path.split(b"?", 1)[0].decode("ascii")


# C0 and C1 controls, DEL, lone surrogates, and the Unicode marks that reorder or hide text.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every character that could forge a log line or drive a terminal (line breaks,
    escape sequences, bidirectional overrides, lone surrogates) written as a visible ``\\xNN`` or
    ``\\uNNNN``. Every message built from what a server or webhook sent goes through it."""
    return _UNPRINTABLE.sub(_escaped, text)


#: The most of a request id a message shows: real ones are a few dozen characters.
_MAX_SHOWN_ID = 80


def shown_request_id(request_id: str) -> str:
    """A server's request id as messages, logs and spans show it: escaped and at most 80 characters."""
    if len(request_id) > _MAX_SHOWN_ID:
        return printable(request_id[:_MAX_SHOWN_ID]) + "..."
    return printable(request_id)


def _rebuild(cls: type[PayCombatError], args: tuple[Any, ...], state: dict[str, Any]) -> PayCombatError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class PayCombatError(Exception):
    """Root of every error raised by this package: ``except PayCombatError`` catches them all."""

    #: The id PayCombat gave the answer this error was made from (``X-Request-Id`` or
    #: ``Request-Id``, else the ``data.request_id`` some customer calls carry), as sent; quote it
    #: in a support ticket. ``None`` when there was no answer or it carried none.
    request_id: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        # The default pickling calls __init__ with args, which most subclasses do not take.
        return (_rebuild, (type(self), self.args, self.__dict__))


class ConfigurationError(PayCombatError, ValueError, TypeError):
    """A setting or argument the client, or a webhook check, cannot work with: credentials,
    ``base_url``, headers, a timeout, a retry count or rule, a key, an object of the wrong type
    (an ``httpx.Client``, a ``str`` webhook body), a client or signer to pickle.

    Raised before anything is sent. Also a ``ValueError`` and a ``TypeError``, what such mistakes
    raised before they were gathered here.
    """


class ClientClosedError(PayCombatError, RuntimeError):
    """A call on an ``AuthenticatedClient`` (or a ``with_options`` copy) after ``close()`` or
    ``aclose()``; create a new client for more calls."""

    def __init__(self, message: str = "this AuthenticatedClient was closed: create a new one") -> None:
        super().__init__(message)


class RequestEncodingError(PayCombatError, ValueError):
    """A request value cannot be sent: a body value JavaScript's ``JSON.stringify`` would not
    write as given (NaN, an integer beyond 2^53, a ``Decimal`` no double equals), a path
    parameter that is not usable text (empty, ``.``, ``..``, not a ``str``), or a URL too long.

    Raised before any I/O. ``path`` points at the offending value, e.g. ``$.metadata.amount``
    in the request body, or the name of a path parameter.
    """

    def __init__(self, path: str, reason: str, *, where: str = "request body") -> None:
        self.path = path
        self.reason = reason
        self.where = where
        super().__init__(f"cannot encode {where} at {path}: {reason}")


class RequestTypeError(RequestEncodingError, TypeError):
    """A body value not of its field's type, such as a ``dict`` where a model is expected.

    Raised before any I/O; the message names the value's path (never the value) and, for a
    ``dict``, the model to build.
    """

    def __init__(self, path: str, reason: str, *, json_path: str | None = None) -> None:
        self.path = path
        #: The same place as the JSON path of what would be sent (``$.type``, where ``path`` says ``body.type_``).
        self.json_path = json_path or path
        self.reason = reason
        self.where = "request argument"
        PayCombatError.__init__(self, f"{path} {reason}")


class WebhookSignatureError(PayCombatError):
    """A webhook's ``X-Signature`` is missing or does not match its payload: refuse the delivery."""


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
    """The request could not be completed: DNS, connect, TLS, a broken connection or a timeout.

    ``request_sent`` is ``False`` only when no byte of the request left this machine (connection
    refused, connect or pool timeout): then the server cannot have acted on it. When it is
    ``True`` the server may have acted: look a created resource up before repeating a create.
    """

    def __init__(self, message: str, *, request: httpx2.Request | None = None, request_sent: bool = True) -> None:
        self.request = redact(request)
        self.request_sent = request_sent
        super().__init__(printable(message))


class APITimeoutError(APIConnectionError):
    """A timeout expired: each attempt ends within the largest of the timeout's values.

    ``request_sent`` says whether the server may have acted, as for any ``APIConnectionError``.
    """


def not_json(name: str) -> NoReturn:
    """``parse_constant`` for ``json.loads``: NaN and the infinities are not JSON."""
    raise ValueError(f"{name} is not a JSON value")


def _raw_body(response: httpx2.Response) -> bytes:
    try:
        return response.content
    except httpx2.ResponseNotRead:  # its Content-Encoding could not be decoded
        return b""


def _decode_body(raw: bytes) -> Any:
    try:
        return json.loads(raw, parse_constant=not_json)
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
        redact(response.request)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        #: The body as received (empty when its Content-Encoding could not be decoded).
        self.raw_body = _raw_body(response)
        #: The answer decoded as JSON, or ``None`` when it is not JSON.
        self.body: Any = _decode_body(self.raw_body)
        # Server text (its message, its reason phrase) is shown escaped; the raw answer stays on body.
        self.message = printable(message or self._default_message())
        self.request_id = request_id_of(response.headers, self.body)
        request = response.request
        shown = f"{request.method} {shown_path(request.url)} -> HTTP {self.status_code}: {self.message}"
        if self.request_id is not None:
            shown += f" (request id {shown_request_id(self.request_id)})"
        super().__init__(shown)

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
    """HTTP 400: PayCombat refused the request as malformed; ``message`` usually names the field."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the token or the signature was not accepted."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the token is valid but may not make this call."""


class NotFoundError(APIStatusError):
    """HTTP 404: no such resource, or no such path (check an inferred one in the operations reference)."""


class ConflictError(APIStatusError):
    """HTTP 409: the request conflicts with the state of the resource it names."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: the request was well formed but its values were refused."""


class RateLimitError(APIStatusError):
    """HTTP 429: too many requests; ``safe`` calls are repeated after ``Retry-After``, creates are not."""


class InternalServerError(APIStatusError):
    """HTTP 500 or above: ``safe`` calls are repeated; a create is not, as it may have been made."""


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


class APIResponseTooLargeError(APIResponseValidationError):
    """The answer's decoded body is larger than the client's ``max_response_bytes``.

    It was not read further; ``raw_body`` holds its first ``max_response_bytes`` bytes and
    ``status_code`` and ``headers`` are kept. For a 2xx answer the server accepted the request.
    """

    def __init__(self, message: str | None = None, *, response: httpx2.Response, limit: int) -> None:
        self.limit = limit
        super().__init__(message or f"the answer is larger than {limit} bytes once decoded", response=response)


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
