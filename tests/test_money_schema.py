"""The spec's shared Money schema says what the client's money reader accepts, so that tools built
on the spec alone (a mock server answering random schema-valid data) send amounts the client reads.

Schema-valid text is always read, to the Decimal it spells; whatever the reader refuses, the
schema refuses too. Checked with jsonschema on spec/paycombat.yaml's component itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError
from paycombat_client._runtime.money import MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, read_money

from support.operations import SPEC

SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


def _ecma_pattern(validator: Any, pattern: str, instance: object, schema: object) -> Iterator[ValidationError]:
    # JSON Schema's patterns are ECMA-262 regexes, whose $ is the end of the text; in Python's re
    # $ also matches before a final newline, so jsonschema alone would take "5\n" for an amount.
    if validator.is_type(instance, "string") and not re.search(pattern.replace("$", r"\Z"), str(instance)):
        yield ValidationError(f"does not match {pattern!r}")


_Validator = validators.extend(Draft202012Validator, {"pattern": _ecma_pattern})
MONEY = _Validator({"$ref": "#/components/schemas/Money", "components": SPEC["components"]})
PATTERN: str = SCHEMAS["Money"]["pattern"]
_SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Characters a careless generator or a hostile server might put in an amount.
_TRICKY = "0123456789-+.eE _,\u0661\u0662\uff15\u00a0\u2212\U0001d7ce"


def _marked_answer_fields() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (name, key, prop)
        for name, schema in sorted(SCHEMAS.items())
        if not name.endswith("Request")
        for key, prop in sorted(schema.get("properties", {}).items())
        if prop.get("x-paycombat-money") is True
    ]


def test_every_money_field_of_an_answer_refers_to_the_one_money_schema() -> None:
    fields = _marked_answer_fields()
    assert len(fields) >= 19
    for name, key, prop in fields:
        assert prop.get("anyOf") == [{"$ref": "#/components/schemas/Money"}, {"type": "null"}], (name, key)
        assert "type" not in prop and "pattern" not in prop, (name, key)


def test_the_pattern_has_the_readers_bounds() -> None:
    assert f"{{1,{MAX_INTEGER_DIGITS}}}" in PATTERN and f"{{1,{MAX_FRACTION_DIGITS}}}" in PATTERN
    assert SCHEMAS["Money"]["exclusiveMaximum"] == 10**MAX_INTEGER_DIGITS == -SCHEMAS["Money"]["exclusiveMinimum"]


@_SETTINGS
@given(st.from_regex(PATTERN, fullmatch=True))
def test_schema_valid_money_text_is_read_by_the_client_as_the_decimal_it_spells(text: str) -> None:
    assert MONEY.is_valid(text)
    assert read_money(text) == Decimal(text)


@_SETTINGS
@given(st.text(alphabet=_TRICKY, max_size=70) | st.text(max_size=10))
def test_text_the_client_refuses_the_schema_refuses(text: str) -> None:
    if read_money(text) is None:
        assert not MONEY.is_valid(text), text
    if MONEY.is_valid(text):
        assert read_money(text) == Decimal(text), text


@pytest.mark.parametrize(
    "text",
    [
        "1e3", "+5", " 5", "5 ", "1_000", "", "-", ".5", "5.", "\u0661\u0662", "\uff15\uff10", "NaN", "5\n",
        "1" * 31, "0." + "1" * 31, "1" * 31 + ".5",
    ],
)  # fmt: skip
def test_what_the_client_refuses_is_refused_by_the_schema(text: str) -> None:
    assert read_money(text) is None
    assert not MONEY.is_valid(text)


@pytest.mark.parametrize("number", [0, -1, 50, 0.5, 10**30 - 1, -(10**30 - 1), 1e29])
def test_numbers_of_an_amounts_size_are_valid_and_read(number: float) -> None:
    assert MONEY.is_valid(number)
    assert read_money(Decimal(str(number))) == Decimal(str(number))


@pytest.mark.parametrize("number", [10**30, -(10**30), 1e30, 1e300])
def test_numbers_too_big_for_an_amount_are_refused_by_both(number: float) -> None:
    assert not MONEY.is_valid(number)
    assert read_money(Decimal(str(number)) if isinstance(number, float) else number) is None


def test_money_fields_stay_nullable_and_refuse_other_json_values() -> None:
    payin = _Validator({"$ref": "#/components/schemas/Payin", "components": SPEC["components"]})
    assert payin.is_valid({"amount": None, "fee_taken": "0.55", "original_amount": 50})
    for wrong in (True, [], {}, "5 AUD"):
        assert not payin.is_valid({"amount": wrong}), wrong
