"""Webhook verification and parsing, with payloads signed the way PayCombat's docs sign them."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from paycombat_client import PayCombatError
from paycombat_client._runtime.jsjson import stringify
from paycombat_client.webhooks import (
    MAX_PAYLOAD_BYTES,
    PayinEvent,
    PayoutEvent,
    VirtualAccountRegistrationEvent,
    WebhookEvent,
    WebhookPayloadError,
    WebhookPayloadTooLargeError,
    WebhookSignatureError,
    construct_event,
    event_key,
    verify_signature,
)
from pydantic import ValidationError

from support.nodejudge import NodeJudge

KEY = "whsec-Jennie-Kim-é-테스트"  # non-ASCII on purpose: the key is used as UTF-8
OTHER_KEY = "whsec-someone-else"

PAYIN: dict[str, Any] = {
    "type": "PAYIN",
    "id": "9b2f4e61-3c8a-4d7e-a1f0-6e5d2c8b7a43",
    "payin_id_finmo": "payin_4e1a7c9d2b5f4a8e9c3d6b0f1a2e7c5d",
    "merchant_id": "1024",
    "status": "SUCCESS",
    "amount": "50",
    "original_amount": "50",
    "amount_type": "AUD",
    "currency": "FIAT",
    "payment_method": "au_bank_npp",
    "order_reference": "order-20250610-0001",
    "customer_full_name": "김제니 Jennie Kim ✓ 🎉",
    "customer_email": "jennie@example.com",
    "credit_type": "PAYIN",
    "trx_type": "DIRECT_PAYIN",
    "fee_taken": "0.50",
    "is_3ds": None,
    "created_at": "2025-06-10T01:09:44.000Z",
    "updated_at": "2025-06-10T01:12:03.000Z",
    "payment_date": "2025-06-10T10:12:03.000+09:00",
}

PAYOUT: dict[str, Any] = {
    "type": "PAYOUT",
    "id": "0f7c2d9e-4a1b-4e6c-8d3f-5b2a9c1e7d60",
    "payout_id_finmo": "payout_7d3b1e9a5c2f4d8b9e0a6c1f3b7d2e4a",
    "merchant_id": "1024",
    "status": "SUCCESS",
    "order_id": "po-20250610-0042",
    "wire_amount": 100.5,
    "original_amount": "100.50",
    "fee_taken": "1.5",
    "payee_name": "Liam Nguyen",
    "currency": "AUD",
    "beneficiary_bank": "au_bank_acct",
    "beneficiary_account_number": "123456789",
    "approval": "APPROVED",
    "created_at": "2025-06-10T02:00:00.000Z",
    "updated_at": "2025-06-10T02:05:41.000Z",
    "approved_at": "2025-06-10T02:01:10.000Z",
}

VA_REGISTRATION: dict[str, Any] = {"status": "APPROVED", "id": "va_01HZX", "account_number": "1002-3344-55"}


def compact(value: object) -> bytes:
    """The body as PayCombat sends it: JSON.stringify's bytes."""
    return stringify(value)


def python_signature(body: bytes, key: str = KEY) -> str:
    return hmac.new(key.encode("utf-8"), body, hashlib.sha256).hexdigest()


def signed(judge: NodeJudge, value: object, key: str = KEY) -> tuple[bytes, str]:
    """A body and the X-Signature PayCombat would send with it, cross-checked with Python's hmac."""
    body = compact(value)
    signature = judge.docs_signature(body, key)
    assert signature == python_signature(body, key)
    return body, signature


def event_from(judge: NodeJudge, value: object) -> WebhookEvent:
    body, signature = signed(judge, value)
    return construct_event(body, signature, KEY)


# --- valid deliveries -----------------------------------------------------------------------


def test_payin_event(node_judge: NodeJudge) -> None:
    event = event_from(node_judge, PAYIN)
    assert isinstance(event, PayinEvent)
    assert event.type == "PAYIN"
    assert event.status == "SUCCESS"
    assert event.id == PAYIN["id"]
    assert event.customer_full_name == "김제니 Jennie Kim ✓ 🎉"
    assert event.amount == Decimal("50") and isinstance(event.amount, Decimal)
    assert str(event.fee_taken) == "0.50"  # exactly as sent, trailing zero included
    assert event.is_3ds is None
    assert event.created_at == datetime.datetime(2025, 6, 10, 1, 9, 44, tzinfo=datetime.UTC)
    assert event.payment_date is not None and event.payment_date.utcoffset() == datetime.timedelta(hours=9)
    assert event.payment_date == datetime.datetime(2025, 6, 10, 1, 12, 3, tzinfo=datetime.UTC)


def test_payout_event(node_judge: NodeJudge) -> None:
    event = event_from(node_judge, PAYOUT)
    assert isinstance(event, PayoutEvent)
    assert (event.type, event.status, event.approval) == ("PAYOUT", "SUCCESS", "APPROVED")
    assert event.order_id == "po-20250610-0042"  # a reference: stays text
    assert event.wire_amount == Decimal("100.5") and str(event.wire_amount) == "100.5"
    assert str(event.original_amount) == "100.50"
    assert event.approved_at is not None and event.approved_at.tzinfo is not None


@pytest.mark.parametrize("status", ["SUCCESS", "FAILED", "RETURNED"])
def test_payout_statuses(node_judge: NodeJudge, status: str) -> None:
    event = event_from(node_judge, {**PAYOUT, "status": status})
    assert isinstance(event, PayoutEvent) and event.status == status


@pytest.mark.parametrize("status", ["SUCCESS", "FAILED", "EXPIRED"])
def test_payin_statuses(node_judge: NodeJudge, status: str) -> None:
    event = event_from(node_judge, {**PAYIN, "status": status})
    assert isinstance(event, PayinEvent) and event.status == status


@pytest.mark.parametrize("status", ["APPROVED", "FAILED"])
def test_virtual_account_registration(node_judge: NodeJudge, status: str) -> None:
    event = event_from(node_judge, {**VA_REGISTRATION, "status": status})
    assert isinstance(event, VirtualAccountRegistrationEvent)
    assert event.status == status
    assert event.model_extra == {"id": "va_01HZX", "account_number": "1002-3344-55"}


def test_numeric_order_id_is_exact(node_judge: NodeJudge) -> None:
    event = event_from(node_judge, {**PAYOUT, "order_id": 42})
    assert isinstance(event, PayoutEvent) and event.order_id == Decimal(42)


def test_unknown_status_and_fields_are_kept(node_judge: NodeJudge) -> None:
    value = {**PAYIN, "status": "PARTIALLY_REFUNDED", "refund": {"amount": 0.1, "reason": "größe"}, "tags": ["a"]}
    event = event_from(node_judge, value)
    assert isinstance(event, PayinEvent)
    assert event.status == "PARTIALLY_REFUNDED"
    assert event.model_extra is not None
    assert event.model_extra["refund"] == {"amount": Decimal("0.1"), "reason": "größe"}
    assert event.model_extra["tags"] == ["a"]


def test_undocumented_types_keep_text_and_numbers_exact(node_judge: NodeJudge) -> None:
    event = event_from(node_judge, {**PAYIN, "charge_back": "N/A", "rolling_serve": 0.1, "retrieval": True})
    assert isinstance(event, PayinEvent)
    assert (event.charge_back, event.rolling_serve, event.retrieval) == ("N/A", Decimal("0.1"), True)


def test_events_are_immutable(node_judge: NodeJudge) -> None:
    event = event_from(node_judge, PAYIN)
    with pytest.raises(ValidationError):
        event.status = "FAILED"


# --- what the signature covers --------------------------------------------------------------


def test_docs_example_signature_matches_python_hmac(node_judge: NodeJudge) -> None:
    body = compact(PAYIN)
    assert node_judge.docs_signature(body, KEY) == python_signature(body)
    verify_signature(body, python_signature(body), KEY)


def test_reformatted_payload_verifies_via_its_json_stringify_form(node_judge: NodeJudge) -> None:
    signature = node_judge.docs_signature(compact(PAYIN), KEY)
    for body in (
        json.dumps(PAYIN, indent=2).encode(),  # pretty-printed, non-ASCII escaped as \uXXXX
        json.dumps(PAYIN, ensure_ascii=False, separators=(", ", ": ")).encode(),
        b"\r\n  " + compact(PAYIN) + b"\n",
    ):
        assert python_signature(body) != signature
        verify_signature(body, signature, KEY)
        event = construct_event(body, signature, KEY)
        assert event == construct_event(compact(PAYIN), signature, KEY)


def test_uppercase_hex_and_surrounding_whitespace_are_accepted(node_judge: NodeJudge) -> None:
    body, signature = signed(node_judge, PAYIN)
    verify_signature(body, signature.upper(), KEY)
    verify_signature(body, f" {signature} ", KEY)


def test_raw_signature_also_verifies(node_judge: NodeJudge) -> None:
    # Bytes that JSON.stringify would write differently, but signed as they are.
    body = b'{"type": "PAYIN", "id": "p1", "status": "SUCCESS", "amount": 0.30000000000000001}'
    signature = node_judge.raw_signature(body, KEY)
    event = construct_event(body, signature, KEY)
    assert isinstance(event, PayinEvent) and str(event.amount) == "0.30000000000000001"


def test_digits_the_signature_does_not_cover_are_not_trusted(node_judge: NodeJudge) -> None:
    # JSON.parse reads both numbers as the same double, so the docs' signature is the same
    # for both bodies: the event must carry what was signed, not the extra digits.
    signature = node_judge.docs_signature(b'{"type":"PAYIN","id":"p1","status":"SUCCESS","amount":0.3}', KEY)
    forged = b'{"type":"PAYIN","id":"p1","status":"SUCCESS","amount":0.30000000000000001}'
    event = construct_event(forged, signature, KEY)
    assert isinstance(event, PayinEvent) and str(event.amount) == "0.3"
    big = b'{"type":"PAYIN","id":"p1","status":"SUCCESS","amount":12345678901234567891}'
    event = construct_event(big, node_judge.docs_signature(big, KEY), KEY)
    assert isinstance(event, PayinEvent) and event.amount == Decimal("12345678901234567000")


@pytest.mark.parametrize(
    "body",
    [
        b'{"b":1,"a":2,"10":3,"2":4,"01":5}',  # JavaScript orders array-index keys first
        b'{"a":1,"a":2,"b":3}',  # duplicate keys: first position, last value
        b'{"n":[1e400,-1e400,-0,1E+21,1e-7,5e-324,9007199254740993,1.0]}',
        b'{"s":"\\u00e9\\u2028\\ud83c\\udf89\\"\\\\\\/\\b\\f\\n\\r\\t\\u0001"}',
        b'{"deep": [[[[{"x": []}]]]], "empty": {}, "t": true, "f": false, "z": null}',
    ],
)
def test_json_stringify_form_agrees_with_node(node_judge: NodeJudge, body: bytes) -> None:
    signature = node_judge.docs_signature(body, KEY)
    assert node_judge.roundtrip(body) != body  # only the JSON.stringify form can match
    verify_signature(body, signature, KEY)


_JSON_LEAF = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(exclude_categories=["Cs"]), max_size=8)
)
_JSON_OBJECTS = st.dictionaries(
    st.text(max_size=5),
    st.recursive(
        _JSON_LEAF,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
        max_leaves=10,
    ),
    max_size=6,
)


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=_JSON_OBJECTS, indent=st.sampled_from([None, 0, 2]), ascii_only=st.booleans())
def test_any_reformatting_verifies(
    node_judge: NodeJudge, value: dict[str, Any], indent: int | None, ascii_only: bool
) -> None:
    body = json.dumps(value, indent=indent, ensure_ascii=ascii_only).encode("utf-8")
    verify_signature(body, node_judge.docs_signature(body, KEY), KEY)


# --- refused deliveries ---------------------------------------------------------------------


def test_tampered_body(node_judge: NodeJudge) -> None:
    body, signature = signed(node_judge, PAYIN)
    for tampered in (body.replace(b'"amount":"50"', b'"amount":"500"'), body.replace(b"SUCCESS", b"FAILED")):
        with pytest.raises(WebhookSignatureError, match="does not match"):
            construct_event(tampered, signature, KEY)


def test_wrong_key(node_judge: NodeJudge) -> None:
    body, signature = signed(node_judge, PAYIN, key=OTHER_KEY)
    with pytest.raises(WebhookSignatureError):
        verify_signature(body, signature, KEY)


@pytest.mark.parametrize("signature", [None, "", "   "])
def test_missing_signature(node_judge: NodeJudge, signature: str | None) -> None:
    body, _ = signed(node_judge, PAYIN)
    with pytest.raises(WebhookSignatureError, match="no X-Signature"):
        construct_event(body, signature, KEY)


@pytest.mark.parametrize("signature", ["abc", "g" * 64, "0" * 63, "0" * 65, "sha256=" + "0" * 64, "00 " * 32])
def test_malformed_signature(node_judge: NodeJudge, signature: str) -> None:
    body, _ = signed(node_judge, PAYIN)
    with pytest.raises(WebhookSignatureError, match="64 hex digits"):
        verify_signature(body, signature, KEY)


@pytest.mark.parametrize("body", [b"", b" \n"])
def test_empty_body(body: bytes) -> None:
    with pytest.raises(WebhookSignatureError, match="empty"):
        construct_event(body, python_signature(body), KEY)


def test_non_json_body_forged() -> None:
    with pytest.raises(WebhookSignatureError):
        construct_event(b"amount=50&status=SUCCESS", "0" * 64, KEY)


def _filled(item: bytes, size: int = MAX_PAYLOAD_BYTES - 64) -> bytes:
    count = (size - 16) // (len(item) + 1)
    return b'{"type":"PAYIN","n":[' + b",".join([item] * count) + b"]}"


_FORGED_SHAPES = {
    "exponents as Python writes them": _filled(b"1e-07"),
    "exponents": _filled(b"1e-7"),
    "tiny amounts": _filled(b"1e-5"),
    "numbers JavaScript writes out in full": _filled(b"1.5e16"),
    "whole floats": _filled(b"100.0"),
    "negative zeros": _filled(b"-0.0"),
    "integers": _filled(b"50"),
    "integers beyond a double": _filled(b"12345678901234567890"),
    "array-index keys": b"{" + b",".join(b'"%d":%d' % (i, i) for i in range(19_000)) + b"}",
    "objects with index keys": _filled(b'{"0":1}'),
    "pretty-printed records": json.dumps({"records": [PAYIN] * 300}, indent=2).encode(),
}


@pytest.mark.parametrize("body", _FORGED_SHAPES.values(), ids=_FORGED_SHAPES.keys())
def test_a_forged_body_is_refused_without_the_pure_python_encoder(body: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    # What refusing costs (bench: tests/benchmarks/bench.py): one HMAC of the body, and for a body
    # that may be a re-formatted event, JSON.stringify of it through C code only, whatever its shape.
    from paycombat_client._runtime import jsjson

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("Python code that walks the value ran on a large forged body")

    assert jsjson.EXACT_ROUNDTRIP_LIMIT < len(body) <= MAX_PAYLOAD_BYTES
    monkeypatch.setattr(jsjson, "_exact_stringify", refused)
    monkeypatch.setattr(jsjson, "_js_parse_number", refused)
    monkeypatch.setattr(jsjson, "_js_ordered", refused)  # a Python walk of every object
    with pytest.raises(WebhookSignatureError, match="does not match"):
        construct_event(body, "0" * 64, KEY)


def test_a_large_re_formatted_event_with_exponents_still_verifies(node_judge: NodeJudge) -> None:
    value = {**PAYIN, "rates": [1e-7, 2.5e-5, 1e16, 100.0, -0.0, 12.38] * 2000}
    body = json.dumps(value, indent=1).encode()  # Python's formatting: 1e-07, 2.5e-05, 1e+16, 100.0
    assert len(body) > 64 * 1024
    verify_signature(body, node_judge.docs_signature(body, KEY), KEY)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"amount=50&status=SUCCESS", "not JSON"),
        (b'{"type":"PAYIN",', "not JSON"),
        (b'{"amount":NaN}', "not JSON"),
        (b'{"name":"\xff\xfe"}', "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'[{"type":"PAYIN"}]', "JSON array, not an object"),
        (b'"PAYIN"', "JSON string, not an object"),
        (b"null", "JSON null, not an object"),
        (b"50", "JSON number, not an object"),
    ],
)
def test_signed_but_not_a_json_object(node_judge: NodeJudge, body: bytes, message: str) -> None:
    signature = node_judge.raw_signature(body, KEY)
    verify_signature(body, signature, KEY)  # authentic bytes
    with pytest.raises(WebhookPayloadError, match=message) as info:
        construct_event(body, signature, KEY)
    assert isinstance(info.value, PayCombatError)


def test_oversized_body(node_judge: NodeJudge) -> None:
    padding = "x" * (MAX_PAYLOAD_BYTES - len(compact({**PAYIN, "padding": ""})))
    body, signature = signed(node_judge, {**PAYIN, "padding": padding})
    assert len(body) == MAX_PAYLOAD_BYTES
    construct_event(body, signature, KEY)  # the limit itself is allowed
    body, signature = signed(node_judge, {**PAYIN, "padding": padding + "x"})
    with pytest.raises(WebhookPayloadTooLargeError, match="over the 262144-byte limit") as info:
        construct_event(body, signature, KEY)
    assert isinstance(info.value, WebhookSignatureError)
    assert (info.value.size, info.value.limit) == (MAX_PAYLOAD_BYTES + 1, MAX_PAYLOAD_BYTES)


def test_unknown_type(node_judge: NodeJudge) -> None:
    value = {**PAYIN, "type": "REFUND"}
    with pytest.raises(WebhookPayloadError, match="unknown type 'REFUND'") as info:
        event_from(node_judge, value)
    assert info.value.payload == json.loads(compact(value), parse_float=Decimal)


def test_no_type_and_no_status(node_judge: NodeJudge) -> None:
    with pytest.raises(WebhookPayloadError, match="neither 'type' nor 'status'"):
        event_from(node_judge, {"id": "va_1"})


def test_invalid_field_is_a_paycombat_error_without_the_value(node_judge: NodeJudge) -> None:
    value = {**PAYIN, "amount": "fifty-secret-euros", "created_at": "2025-06-10 01:09:44", "id": 7}
    with pytest.raises(WebhookPayloadError) as info:
        event_from(node_judge, value)
    error = info.value
    assert not isinstance(error, ValidationError) and error.__cause__ is None
    assert str(error).startswith("PAYIN event does not match its schema: ")
    assert [e.split(":")[0] for e in error.errors] == ["amount", "created_at", "id"]
    assert "fifty-secret-euros" not in str(error) and "fifty-secret-euros" not in repr(error)


def test_payload_must_be_bytes(node_judge: NodeJudge) -> None:
    body, signature = signed(node_judge, PAYIN)
    with pytest.raises(TypeError, match="bytes, not str"):
        construct_event(body.decode(), signature, KEY)  # type: ignore[arg-type]
    verify_signature(bytearray(body), signature, KEY)
    verify_signature(memoryview(body), signature, KEY)


def test_empty_key_is_refused(node_judge: NodeJudge) -> None:
    body, _ = signed(node_judge, PAYIN)
    with pytest.raises(ValueError, match="key is empty"):
        verify_signature(body, python_signature(body, ""), "")


def test_no_message_reveals_the_key(node_judge: NodeJudge) -> None:
    body, signature = signed(node_judge, PAYIN)
    attempts: list[tuple[bytes, str | None]] = [
        (body + b" x", signature),
        (body, None),
        (body, "zz"),
        (b"", signature),
        (b"[1]", python_signature(b"[1]")),
        (b"{" + b" " * MAX_PAYLOAD_BYTES + b"}", signature),
    ]
    for payload, sig in attempts:
        with pytest.raises(PayCombatError) as info:
            construct_event(payload, sig, KEY)
        assert KEY not in str(info.value) and KEY not in repr(info.value)
        assert KEY.encode() not in repr(info.value.args).encode()


# --- exact amounts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("50", "50"),
        ("0.50", "0.50"),
        ("1.10", "1.10"),
        ("0.30000000000000001", "0.30000000000000001"),
        ("12345678901234567890.123456789", "12345678901234567890.123456789"),
        (100.5, "100.5"),
        (0.1, "0.1"),
        (1e-7, "1E-7"),
        (123456789.125, "123456789.125"),
        (0.07, "0.07"),
        (50, "50"),
        (9007199254740991, "9007199254740991"),
    ],
)
def test_amounts_are_exact_decimals(node_judge: NodeJudge, amount: str | float, expected: str) -> None:
    event = event_from(node_judge, {**PAYIN, "amount": amount, "original_amount": amount})
    assert isinstance(event, PayinEvent)
    assert isinstance(event.amount, Decimal) and str(event.amount) == expected
    if amount == 0.1:
        # The JavaScript text of the number, not the binary double it stands for.
        assert event.amount != Decimal(0.1)
    assert event.original_amount == event.amount


def test_amount_numbers_are_read_from_the_signed_text(node_judge: NodeJudge) -> None:
    body = b'{"type":"PAYOUT","id":"o1","status":"SUCCESS","wire_amount":1e-7,"fee_taken":0.1,"fee_expected":1e+21}'
    signature = node_judge.docs_signature(body, KEY)
    assert signature == python_signature(body)
    event = construct_event(body, signature, KEY)
    assert isinstance(event, PayoutEvent)
    assert (event.wire_amount, event.fee_taken, event.fee_expected) == (
        Decimal("1e-7"),
        Decimal("0.1"),
        Decimal("1e21"),
    )


# --- event identity -------------------------------------------------------------------------


def test_event_key_is_stable_across_parses_and_formats(node_judge: NodeJudge) -> None:
    body, signature = signed(node_judge, PAYIN)
    first = event_key(construct_event(body, signature, KEY))
    assert first == f"PAYIN:{PAYIN['id']}:SUCCESS"
    assert event_key(construct_event(body, signature, KEY)) == first
    assert event_key(construct_event(json.dumps(PAYIN, indent=1).encode(), signature, KEY)) == first


def test_event_key_tells_statuses_and_families_apart(node_judge: NodeJudge) -> None:
    keys = {
        event_key(event_from(node_judge, {**PAYIN, "status": "SUCCESS"})),
        event_key(event_from(node_judge, {**PAYIN, "status": "FAILED"})),
        event_key(event_from(node_judge, {**PAYOUT, "id": PAYIN["id"], "status": "SUCCESS"})),
        event_key(event_from(node_judge, {**PAYIN, "status": None})),
        event_key(event_from(node_judge, {**PAYIN, "status": "SUCCESS", "id": "other"})),
    }
    assert len(keys) == 5


def test_event_key_is_unambiguous() -> None:
    a = PayinEvent.model_validate({"type": "PAYIN", "id": "a:b", "status": "c"})
    b = PayinEvent.model_validate({"type": "PAYIN", "id": "a", "status": "b:c"})
    assert event_key(a) == "PAYIN:a%3Ab:c" and event_key(a) != event_key(b)


def test_event_key_without_an_id_uses_the_content(node_judge: NodeJudge) -> None:
    value = {"status": "APPROVED", "account_number": "1002-3344-55", "amount": 0.1}
    key = event_key(event_from(node_judge, value))
    assert key.startswith("VA_REGISTRATION:sha256-") and key.endswith(":APPROVED")
    assert event_key(event_from(node_judge, dict(reversed(value.items())))) == key
    assert event_key(event_from(node_judge, {**value, "account_number": "9"})) != key
    assert event_key(event_from(node_judge, {**value, "status": "FAILED"})) != key
    assert event_key(event_from(node_judge, VA_REGISTRATION)) == "VA_REGISTRATION:va_01HZX:APPROVED"


def test_event_key_stays_short() -> None:
    long_id = PayinEvent.model_validate({"type": "PAYIN", "id": "é" * 5000, "status": "S" * 5000})
    other = PayinEvent.model_validate({"type": "PAYIN", "id": "é" * 5001, "status": "S" * 5000})
    assert len(event_key(long_id)) <= 220 and event_key(long_id) != event_key(other)
    surrogate = PayinEvent.model_validate({"type": "PAYIN", "id": "a\ud800", "status": "SUCCESS"})
    assert event_key(surrogate) == "PAYIN:a%ED%A0%80:SUCCESS"


# --- the generated models -------------------------------------------------------------------


def test_no_event_field_can_hold_a_float() -> None:
    for model in (PayinEvent, PayoutEvent, VirtualAccountRegistrationEvent):
        for name, field in model.model_fields.items():
            assert "float" not in repr(field.annotation), f"{model.__name__}.{name}: {field.annotation!r}"


def test_webhook_records_are_not_copied_among_the_attrs_models() -> None:
    import paycombat_client.models as api_models

    for name in ("PayinEvent", "PayoutEvent", "VirtualAccountRegistrationEvent"):
        assert not hasattr(api_models, name)
