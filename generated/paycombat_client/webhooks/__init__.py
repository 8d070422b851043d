# Copied from runtime/paycombat_client/webhooks/__init__.py by codegen/generate.py: edit that file, not this one.
"""Receive PayCombat webhooks: check the ``X-Signature`` header, then read the event.

``construct_event(body, request.headers.get("X-Signature"), signature_key)`` returns a
``PayinEvent``, a ``PayoutEvent`` or a ``VirtualAccountRegistrationEvent`` (pydantic models
generated from the spec into ``_models.py``), or raises:

- ``WebhookSignatureError``: missing or wrong signature, empty body, or a body over
  ``MAX_PAYLOAD_BYTES`` (``WebhookPayloadTooLargeError``). Not from PayCombat: answer 401.
- ``WebhookPayloadError``: correctly signed, but not an event this client can read.

PayCombat signs ``JSON.stringify(payload)``, sends no timestamp or nonce, and may deliver an
event more than once: process each event once by ``event_key(event)``.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import re
import typing
from decimal import Decimal
from typing import Any, Final, TypeAlias, TypeVar
from urllib.parse import quote

from pydantic import BaseModel, ValidationError

from .._runtime.exceptions import (
    ConfigurationError,
    WebhookPayloadError,
    WebhookPayloadTooLargeError,
    WebhookSignatureError,
)
from .._runtime.jsjson import js_roundtrip, lone_surrogate, read_exact
from .._runtime.money import read_money
from .._runtime.signing import encode_key, hmac_sha256
from ._models import PayinEvent, PayoutEvent, VirtualAccountRegistrationEvent

if typing.TYPE_CHECKING:
    from ._glue import InboxASGIApp, InboxWSGIApp
    from ._inbox import STATUS_ORDER, Inbox, InboxResult
    from ._stores import InboxStoreError

__all__ = [
    "MAX_PAYLOAD_BYTES",
    "SIGNATURE_HEADER",
    "STATUS_ORDER",
    "Inbox",
    "InboxASGIApp",
    "InboxResult",
    "InboxStoreError",
    "InboxWSGIApp",
    "PayinEvent",
    "PayoutEvent",
    "VirtualAccountRegistrationEvent",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookPayloadTooLargeError",
    "WebhookSignatureError",
    "construct_event",
    "event_key",
    "verify_signature",
]

#: Largest body accepted, in bytes. A PayCombat event is a single record of a few KiB; anything
#: bigger is refused before any hashing or parsing. Read at most this many bytes (plus one).
MAX_PAYLOAD_BYTES: Final = 256 * 1024

#: The request header that carries the signature.
SIGNATURE_HEADER: Final = "X-Signature"

WebhookEvent: TypeAlias = PayinEvent | PayoutEvent | VirtualAccountRegistrationEvent

_Event = TypeVar("_Event", PayinEvent, PayoutEvent, VirtualAccountRegistrationEvent)

_HEX_SHA256 = re.compile(r"[0-9A-Fa-f]{64}")
_MAX_ERRORS_SHOWN = 5
_MAX_KEY_PART = 100


def verify_signature(payload: bytes | bytearray | memoryview, signature: str | bytes | None, key: str | bytes) -> bytes:
    """Return the bytes PayCombat signed, or raise ``WebhookSignatureError``.

    ``payload`` is the raw request body; ``signature`` the ``X-Signature`` header (text, or the
    raw header bytes). The hex HMAC-SHA256 is compared in constant time and case-insensitively,
    over the raw bytes and, failing that, over ``JSON.stringify`` of the parsed body (what
    PayCombat computes), so a proxy that re-formats the JSON does no harm. **Parse what this
    returns, not the raw body**: when only the re-formatted form matched, the raw body may hold
    what was never signed (extra digits, a number beyond a double, a repeated key).
    Raises ``ConfigurationError`` (a ``ValueError``) for an empty key: anyone could sign with it.
    """
    return _signed_bytes(payload, signature, key)


def construct_event(
    payload: bytes | bytearray | memoryview, signature: str | bytes | None, key: str | bytes
) -> WebhookEvent:
    """Verify ``payload`` like ``verify_signature``, then parse it into a typed event.

    ``type`` PAYIN gives a ``PayinEvent``, PAYOUT a ``PayoutEvent``; a body without ``type``
    but with ``status`` is a ``VirtualAccountRegistrationEvent``. Amounts are exact
    ``Decimal`` whether sent as strings or numbers; timestamps are aware datetimes; unknown
    statuses and unknown keys are kept (``event.model_extra``). Anything else that is signed
    but unreadable raises ``WebhookPayloadError``.
    """
    return _parse_event(_signed_bytes(payload, signature, key))


def event_key(event: WebhookEvent) -> str:
    """A stable identity for processing each event once: ``TYPE:record-id:status``.

    The same delivery, a redelivery or a replay of it give the same key; another status of
    the same record gives another key. PayCombat sends no event id, so a record without an
    ``id`` is identified by a SHA-256 of its content instead. Parts are percent-encoded, so
    the key is unambiguous, and a part longer than 100 characters is replaced by its SHA-256,
    so the key fits a 220-character column.
    """
    if isinstance(event, PayinEvent):
        kind, record_id = "PAYIN", event.id
    elif isinstance(event, PayoutEvent):
        kind, record_id = "PAYOUT", event.id
    else:
        extra_id = (event.model_extra or {}).get("id")
        kind, record_id = "VA_REGISTRATION", extra_id if isinstance(extra_id, str) else None
    if not record_id:
        content = json.dumps(event.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), default=str)
        record_id = "sha256-" + hashlib.sha256(content.encode("ascii")).hexdigest()
    return f"{kind}:{_key_part(record_id)}:{_key_part(event.status or '')}"


def _key_part(text: str) -> str:
    quoted = quote(text, safe="", errors="surrogatepass")
    if len(quoted) <= _MAX_KEY_PART:
        return quoted
    return "sha256-" + hashlib.sha256(quoted.encode("ascii")).hexdigest()


def _signed_bytes(payload: bytes | bytearray | memoryview, signature: str | bytes | None, key: str | bytes) -> bytes:
    """The bytes the signature covers (``payload`` or its ``JSON.stringify`` form), or an error."""
    if not isinstance(payload, (bytes, bytearray, memoryview)):
        raise ConfigurationError(f"payload must be the raw request body as bytes, not {type(payload).__name__}")
    # Trimmed like the client's credentials: a key read from a file usually ends with a line break.
    secret = encode_key(key.strip() if isinstance(key, str) else key)
    if not secret:
        raise ConfigurationError("the signature key is empty: anyone could sign with it")
    data = bytes(payload)
    if len(data) > MAX_PAYLOAD_BYTES:
        raise WebhookPayloadTooLargeError(len(data), MAX_PAYLOAD_BYTES)
    expected = _expected_digest(signature)
    if not data.strip():
        raise WebhookSignatureError("webhook payload is empty")
    if hmac.compare_digest(hmac_sha256(secret, data), expected):
        return data
    if not data.lstrip().startswith(b"{"):
        # Every event is a JSON object: anything else is refused after one HMAC, unparsed.
        raise WebhookSignatureError(f"{SIGNATURE_HEADER} does not match the payload")
    canonical = js_roundtrip(data)
    if canonical is not None and canonical != data and hmac.compare_digest(hmac_sha256(secret, canonical), expected):
        # Parse what was signed, not the re-formatted copy: digits beyond a double's precision
        # in ``data`` were never covered by the signature.
        return canonical
    raise WebhookSignatureError(f"{SIGNATURE_HEADER} does not match the payload (wrong key, or the body was altered)")


def _expected_digest(signature: str | bytes | None) -> bytes:
    if isinstance(signature, (bytes, bytearray)):
        signature = bytes(signature).decode("latin-1")  # a header's raw bytes; hex is ASCII
    elif signature is not None and not isinstance(signature, str):
        kind = type(signature).__name__
        raise ConfigurationError(f"signature must be the {SIGNATURE_HEADER} header as str or bytes, not {kind}")
    if signature is None or not signature.strip():
        raise WebhookSignatureError(f"webhook has no {SIGNATURE_HEADER} header")
    text = signature.strip()
    if not _HEX_SHA256.fullmatch(text):
        raise WebhookSignatureError(f"{SIGNATURE_HEADER} is not 64 hex digits (a hex HMAC-SHA256)")
    return bytes.fromhex(text)


def _parse_event(data: bytes) -> WebhookEvent:
    try:
        # Every digit kept (exact Decimals); pydantic's JSON parser would go through float.
        value: Any = read_exact(data)
    except UnicodeDecodeError as exc:
        raise WebhookPayloadError(f"webhook payload is not UTF-8 text (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise WebhookPayloadError(f"webhook payload is not JSON: {exc.msg} at character {exc.pos}") from None
    except ValueError as exc:
        raise WebhookPayloadError(f"webhook payload is not JSON: {exc}") from None
    except RecursionError:
        raise WebhookPayloadError("webhook payload is nested too deeply") from None
    if not isinstance(value, dict):
        raise WebhookPayloadError(
            f"webhook payload is a JSON {_json_kind(value)}, not an object: PayCombat sends one record per event"
        )
    where = lone_surrogate(data, value)
    if where is not None:  # the rule of answers: such text could not be sent back
        raise WebhookPayloadError(
            f"webhook payload holds text with a lone surrogate (not valid Unicode) at {where}",
            errors=(f"{where}: a lone surrogate",),
            payload=value,
        )
    kind = value.get("type")
    if kind == "PAYIN":
        return _validate(PayinEvent, value, "PAYIN event")
    if kind == "PAYOUT":
        return _validate(PayoutEvent, value, "PAYOUT event")
    # The registration callback has no type at all; ``"type": null`` is not one.
    if "type" not in value and "status" in value:
        return _validate(VirtualAccountRegistrationEvent, value, "virtual account registration callback")
    if "type" not in value:
        raise WebhookPayloadError(
            "webhook payload has neither 'type' nor 'status': not a PayCombat event", payload=value
        )
    shown = repr(kind) if len(repr(kind)) <= 40 else repr(kind)[:37] + "..."
    raise WebhookPayloadError(f"webhook payload has an unknown type {shown} (known: PAYIN, PAYOUT)", payload=value)


def _validate(model: type[_Event], value: dict[str, Any], what: str) -> _Event:
    amounts = _amount_errors(model, value)
    try:
        event = model.model_validate(value)
        schema: tuple[str, ...] = ()
    except ValidationError as exc:
        # Locations and reasons only: the values may be personal data and stay out of messages.
        schema = tuple(
            f"{'.'.join(str(part) for part in error['loc']) or '(root)'}: {error['msg']}"
            for error in exc.errors(include_url=False, include_context=False, include_input=False)
        )
    if not amounts and not schema:
        return event
    named = {error.split(":")[0] for error in amounts}
    errors = tuple(sorted(amounts + tuple(e for e in schema if e.split(":")[0] not in named)))
    shown = "; ".join(errors[:_MAX_ERRORS_SHOWN])
    more = f" (and {len(errors) - _MAX_ERRORS_SHOWN} more)" if len(errors) > _MAX_ERRORS_SHOWN else ""
    raise WebhookPayloadError(f"{what} does not match its schema: {shown}{more}", errors=errors, payload=value)


@functools.cache
def _decimal_fields(model: type[BaseModel]) -> tuple[tuple[str, bool], ...]:
    """(JSON key, whether text other than a number is also allowed) of each Decimal field."""
    fields = []
    for name, field in model.model_fields.items():
        members = typing.get_args(field.annotation) or (field.annotation,)
        if Decimal in members:
            fields.append((field.alias or name, str in members))
    return tuple(fields)


def _amount_errors(model: type[BaseModel], value: dict[str, Any]) -> tuple[str, ...]:
    """Amounts read by the client's one money reader, in place: pydantic alone would read
    ``"1_000"``, ``" 5 "``, Arabic-Indic digits or ``"1e999999999"`` as Decimals, and none of those
    is what PayCombat writes."""
    errors = []
    for key, text_allowed in _decimal_fields(model):
        given = value.get(key)
        # Numbers and text only: other JSON values are for pydantic to accept or refuse by type.
        if type(given) not in (int, Decimal, str) or (text_allowed and type(given) is str):
            continue
        amount = read_money(given)
        if amount is None:
            errors.append(f"{key}: not an amount (a JSON number or plain decimal text, of an amount's size)")
        else:
            value[key] = amount
    return tuple(errors)


def _json_kind(value: object) -> str:
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    return "number"


# The inbox and its glue load on first use: importing this module loads no database driver.
_LAZY = {
    "STATUS_ORDER": "_inbox",
    "Inbox": "_inbox",
    "InboxResult": "_inbox",
    "InboxStoreError": "_stores",
    "InboxASGIApp": "_glue",
    "InboxWSGIApp": "_glue",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
