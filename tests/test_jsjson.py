"""The request encoder writes exactly what JavaScript's JSON.stringify writes, or refuses."""

from __future__ import annotations

import datetime
import enum
import json
import math
import random
import re
import struct
from collections import OrderedDict
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from paycombat_client._runtime import jsjson
from paycombat_client._runtime.exceptions import RequestEncodingError
from paycombat_client._runtime.jsjson import MAX_DEPTH, stringify
from paycombat_client._runtime.signing import compute_signature

from support.nodejudge import NodeJudge

VECTORS = Path(__file__).parent / "vectors"
NUMBER_CASES: list[dict[str, str]] = json.loads((VECTORS / "numbers.json").read_text("utf-8"))["cases"]
SIGNATURE_CASES: list[dict[str, Any]] = json.loads((VECTORS / "signatures.json").read_text("utf-8"))["cases"]

MAX_SAFE = 2**53 - 1
SECRET = "Jennie-Kim-secret"

# database=None: test runs must not write into the work tree.
PROPERTY_SETTINGS = settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


def vector_body(case: dict[str, Any]) -> object:
    # No body: JSON.stringify of an empty body is what gets signed.
    return {} if case["input_json"] is None else json.loads(case["input_json"])


# --- reference vectors --------------------------------------------------------------------


@pytest.mark.parametrize("case", NUMBER_CASES, ids=[c["python_literal"] for c in NUMBER_CASES])
def test_number_vectors(case: dict[str, str]) -> None:
    assert stringify(json.loads(case["python_literal"])) == case["js_text"].encode()


@pytest.mark.parametrize("case", SIGNATURE_CASES, ids=[c["name"] for c in SIGNATURE_CASES])
def test_signature_vectors(case: dict[str, Any]) -> None:
    body = stringify(vector_body(case))
    assert body == case["expected_body"].encode("utf-8")
    assert compute_signature(body, case["key"]) == case["signature"]


def test_signature_vectors_agree_with_node(node_judge: NodeJudge) -> None:
    for case in SIGNATURE_CASES:
        body = case["expected_body"].encode("utf-8")
        assert node_judge.docs_signature(body, case["key"]) == case["signature"], case["name"]


# --- formatting beyond the vectors --------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (MAX_SAFE, "9007199254740991"),
        (-MAX_SAFE, "-9007199254740991"),
        (float(2**53), "9007199254740992"),
        (2.0**60, "1152921504606847000"),
        (1e20, "100000000000000000000"),
        (123456789012345680000.0, "123456789012345680000"),
        (1e21, "1e+21"),
        (-1.5e21, "-1.5e+21"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (0.0001, "0.0001"),
        (0.00001, "0.00001"),
        (-0.000001, "-0.000001"),
        (1.5e-7, "1.5e-7"),
        (5e-324, "5e-324"),
        (2.2250738585072014e-308, "2.2250738585072014e-308"),
        (0.1 + 0.2, "0.30000000000000004"),
        (-10.25, "-10.25"),
        (1e15 + 0.5, "1000000000000000.5"),
        (True, "true"),
        (False, "false"),
        (None, "null"),
        ((), "[]"),
        ({}, "{}"),
        ((1, "x", [None]), '[1,"x",[null]]'),
    ],
    ids=repr,
)
def test_scalar_formatting(value: object, expected: str) -> None:
    assert stringify(value) == expected.encode()


def test_string_escaping() -> None:
    text = '"\\\b\f\n\r\t\x00\x01\x1f\x20\x7f/\u2028\u2029é東😀'
    expected = '"\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u0001\\u001f \x7f/\u2028\u2029é東😀"'
    assert stringify(text) == expected.encode("utf-8")
    assert stringify({text: 1}) == ("{" + expected + ":1}").encode("utf-8")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("10.50"), "10.5"),
        (Decimal("0.1"), "0.1"),
        (Decimal("-0"), "0"),
        (Decimal("1E+2"), "100"),
        (Decimal("1e21"), "1e+21"),
        (Decimal("2.5e-8"), "2.5e-8"),
        (Decimal("9007199254740991"), "9007199254740991"),
    ],
    ids=str,
)
def test_exact_decimals(value: Decimal, expected: str) -> None:
    assert stringify({"amount": value}) == f'{{"amount":{expected}}}'.encode()


class Color(enum.StrEnum):
    RED = "red"


class Level(enum.IntEnum):
    HIGH = 3


class Ratio(float):
    pass


def test_subclasses_are_written_as_their_base_type() -> None:
    value = OrderedDict([("c", Color.RED), ("l", Level.HIGH), ("r", Ratio(2.0)), ("t", (True,))])
    assert stringify(value) == b'{"c":"red","l":3,"r":2,"t":[true]}'


def test_nesting_at_the_limit_is_accepted() -> None:
    value: list[Any] = []
    for _ in range(MAX_DEPTH - 1):
        value = [value]
    assert stringify(value) == b"[" * MAX_DEPTH + b"]" * MAX_DEPTH


# --- key order ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"4294967295": 1, "4294967294": 2}, '{"4294967294":2,"4294967295":1}'),
        ({"b": 1, "01": 2, "1": 3}, '{"1":3,"b":1,"01":2}'),
        ({"x": 1, "-1": 2, "0": 3}, '{"0":3,"x":1,"-1":2}'),
        ({"1.5": 1, "2": 2}, '{"2":2,"1.5":1}'),
        ({"00": 1, "0": 2}, '{"0":2,"00":1}'),
        ({"a": 1, "\u0663": 2, "3": 3}, '{"3":3,"a":1,"\u0663":2}'),
        ({"4294967296": 1, "99999999999": 2, "7": 3}, '{"7":3,"4294967296":1,"99999999999":2}'),
        ({"10": 1, "9": 2, "100": 3}, '{"9":2,"10":1,"100":3}'),
        ({"": 1, " 1": 2, "1 ": 3, "+1": 4, "1": 5}, '{"1":5,"":1," 1":2,"1 ":3,"+1":4}'),
    ],
    ids=lambda v: repr(v) if isinstance(v, dict) else None,
)
def test_key_order(value: dict[str, int], expected: str) -> None:
    assert stringify(value) == expected.encode("utf-8")


def test_key_order_applies_to_nested_objects() -> None:
    value = {"z": {"b": [{"2": 0, "a": 1, "1": 2}], "3": True}, "0": None}
    assert stringify(value) == b'{"0":null,"z":{"3":true,"b":[{"1":2,"2":0,"a":1}]}}'


# --- refusals -----------------------------------------------------------------------------


def _deep(levels: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(levels - 1):
        value = {"a": value}
    return value


def _cycle() -> dict[str, Any]:
    inner: list[Any] = [SECRET]
    value: dict[str, Any] = {"name": SECRET, "items": [1, {"x": inner}]}
    inner.append(value)
    return value


REFUSALS: list[tuple[str, object, str, str]] = [
    ("nan", {"note": SECRET, "amount": math.nan}, "$.amount", "NaN"),
    ("inf", {"fees": [1, math.inf], "note": SECRET}, "$.fees[1]", "Infinity"),
    ("-inf", -math.inf, "$", "-Infinity"),
    ("2**53", {"meta": {"big": 2**53, "n": SECRET}}, "$.meta.big", "2**53"),
    ("-(2**53)", {"list": [-(2**53)], "n": SECRET}, "$.list[0]", "2**53"),
    ("huge int", [0, 10**5000], "$[1]", "2**53"),
    ("surrogate value", {"customer": {"first name": SECRET + "\ud800"}}, '$.customer["first name"]', "surrogate"),
    ("surrogate key", {"metadata": {"ok": 1, SECRET + "\udfff": 2}}, "$.metadata", "key #2"),
    ("int key", {"metadata": {"a": SECRET, 7: "x"}}, "$.metadata", "int"),
    ("tuple key", {(1, 2): SECRET}, "$", "tuple"),
    ("set", {"tags": {SECRET}}, "$.tags", "set"),
    ("bytes", {"file": SECRET.encode()}, "$.file", "bytes"),
    ("datetime", {"when": datetime.datetime(2024, 1, 2), "n": SECRET}, "$.when", "datetime"),
    (
        "inexact decimal",
        {"amount": Decimal("12345678901234567.89"), "n": SECRET},
        "$.amount",
        "cannot be represented exactly as a JavaScript number",
    ),
    ("decimal nan", {"amount": Decimal("NaN"), "n": SECRET}, "$.amount", "NaN"),
    ("decimal overflow", {"amount": Decimal("1e400")}, "$.amount", "cannot be represented exactly"),
    ("index key path", {"b": SECRET, "10": {"2": math.nan}}, '$["10"]["2"]', "NaN"),
    ("deep nesting", _deep(MAX_DEPTH + 1), "$" + ".a" * MAX_DEPTH, f"deeper than {MAX_DEPTH}"),
    ("cycle", _cycle(), "$.items[1].x[1]", "cycle"),
]


@pytest.mark.parametrize(("value", "path", "fragment"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS])
def test_refusals(value: object, path: str, fragment: str) -> None:
    with pytest.raises(RequestEncodingError) as info:
        stringify(value)
    assert info.value.path == path
    assert fragment in info.value.reason
    assert SECRET not in str(info.value)
    assert "\ud800" not in str(info.value) and "\udfff" not in str(info.value)


def test_refusal_is_a_value_error() -> None:
    with pytest.raises(ValueError, match=re.escape("$.x")):
        stringify({"x": math.nan})


# --- properties ---------------------------------------------------------------------------

SPECIAL_CHARS = st.sampled_from(list('"\\/\b\f\n\r\t\x00\x1f\x7f\u2028\u2029é東😀') + ["\ud800", "\udbff", "\udc00"])
SAFE_SPECIAL_CHARS = st.sampled_from(list('"\\/\b\f\n\r\t\x00\x1f\x7f\u2028\u2029é東😀'))
ANY_TEXT = st.text(st.characters(exclude_categories=()) | SPECIAL_CHARS, max_size=10)
SAFE_TEXT = st.text(st.characters(codec="utf-8") | SAFE_SPECIAL_CHARS, max_size=10)
EDGE_KEYS = st.sampled_from(["0", "00", "01", "-1", "1.5", "4294967294", "4294967295", "", "\u0663", "+1"])


def _keys(text: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return text | EDGE_KEYS | st.integers(0, 2**32 + 2).map(str) | st.integers(0, 20).map(str)


def _exact_decimal(x: float) -> Decimal:
    return Decimal(repr(x))


def json_values(refusable: bool) -> st.SearchStrategy[object]:
    if refusable:
        text = ANY_TEXT
        numbers: st.SearchStrategy[object] = (
            st.integers(-(2**70), 2**70)
            | st.sampled_from([2**53, -(2**53), MAX_SAFE, -MAX_SAFE])
            | st.floats()
            | st.decimals()
            | st.floats(allow_nan=False, allow_infinity=False).map(_exact_decimal)
        )
        keys: st.SearchStrategy[object] = _keys(text) | st.integers(0, 3)
    else:
        text = SAFE_TEXT
        numbers = (
            st.integers(-MAX_SAFE, MAX_SAFE)
            | st.floats(allow_nan=False, allow_infinity=False)
            | st.floats(allow_nan=False, allow_infinity=False).map(_exact_decimal)
        )
        keys = _keys(text)
    scalars = st.none() | st.booleans() | numbers | text
    return st.recursive(
        scalars,
        lambda children: (
            st.lists(children, max_size=5)
            | st.lists(children, max_size=3).map(tuple)
            | st.dictionaries(keys, children, max_size=6)
        ),
        max_leaves=30,
    )


def _has_surrogate(s: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in s)


def should_refuse(v: object) -> bool:
    """An independent statement of what JavaScript cannot take unchanged."""
    if isinstance(v, bool) or v is None:
        return False
    if isinstance(v, int):
        return abs(v) > MAX_SAFE
    if isinstance(v, float):
        return not math.isfinite(v)
    if isinstance(v, Decimal):
        if not v.is_finite():
            return True
        as_float = float(v)
        return not math.isfinite(as_float) or Decimal(repr(as_float)) != v
    if isinstance(v, str):
        return _has_surrogate(v)
    if isinstance(v, (list, tuple)):
        return any(should_refuse(item) for item in v)
    if isinstance(v, dict):
        return any(not isinstance(k, str) or _has_surrogate(k) or should_refuse(item) for k, item in v.items())
    return True


def _js_int(text: str) -> int | float:
    # JSON.parse turns every number into a double.
    n = int(text)
    return n if abs(n) <= MAX_SAFE else float(text)


def js_loads(body: bytes) -> Any:
    return json.loads(body, parse_int=_js_int)


def _is_index(key: str) -> bool:
    return re.fullmatch("0|[1-9][0-9]*", key) is not None and int(key) <= 2**32 - 2


def assert_same(expected: object, got: object) -> None:
    if expected is None or isinstance(expected, bool):
        assert got is expected
    elif isinstance(expected, (int, float, Decimal)):
        assert isinstance(got, (int, float)) and not isinstance(got, bool)
        assert float(got) == float(expected)
        if isinstance(expected, int):
            assert got == expected
    elif isinstance(expected, str):
        assert got == expected
    elif isinstance(expected, (list, tuple)):
        assert isinstance(got, list) and len(got) == len(expected)
        for e, g in zip(expected, got, strict=True):
            assert_same(e, g)
    else:
        assert isinstance(expected, dict) and isinstance(got, dict)
        assert set(got) == set(expected)
        for key, item in expected.items():
            assert_same(item, got[key])


def assert_key_order(expected: object, body: bytes) -> None:
    seen: list[list[str]] = []

    def record(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        seen.append([k for k, _ in pairs])
        return dict(pairs)

    json.loads(body, object_pairs_hook=record)
    wanted: list[list[str]] = []

    def walk(v: object) -> None:
        # Same order as json.loads calls the hook: children (in text order) before their parent.
        if isinstance(v, dict):
            order = sorted((k for k in v if _is_index(k)), key=int) + [k for k in v if not _is_index(k)]
            for key in order:
                walk(v[key])
            wanted.append(order)
        elif isinstance(v, (list, tuple)):
            for item in v:
                walk(item)

    walk(expected)
    assert seen == wanted


def check_encoding(value: object) -> bytes:
    body = stringify(value)
    assert_same(value, json.loads(body.decode("utf-8")))
    assert_key_order(value, body)
    assert stringify(js_loads(body)) == body
    return body


@PROPERTY_SETTINGS
@given(json_values(refusable=False))
def test_encodable_values_round_trip(value: object) -> None:
    check_encoding(value)


@PROPERTY_SETTINGS
@given(json_values(refusable=True))
def test_values_are_encoded_or_refused(value: object) -> None:
    if should_refuse(value):
        with pytest.raises(RequestEncodingError):
            stringify(value)
    else:
        check_encoding(value)


@PROPERTY_SETTINGS
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_floats_round_trip_exactly(x: float) -> None:
    body = stringify(x)
    assert float(body) == x
    assert body == stringify(float(body))
    assert (b"e" in body) == (x != 0 and not 1e-6 <= abs(x) < 1e21)
    assert b"e" not in body or b"e+" in body or b"e-" in body
    assert not re.search(rb"e[+-]0|\.0*(e|$)|^-?0[0-9]", body)


# --- Node as the judge --------------------------------------------------------------------


def random_double(rng: random.Random) -> float:
    kind = rng.randrange(5)
    if kind == 0:
        while True:
            x: float = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
            if math.isfinite(x):
                return x
    if kind == 1:
        return round(rng.uniform(-1e6, 1e6), rng.randrange(0, 4))
    if kind == 2:
        return float(rng.randrange(-(10**17), 10**17)) * 10.0 ** rng.randrange(-30, 30)
    if kind == 3:
        return float(rng.randrange(-(2**64), 2**64)) * rng.choice([1.0, 1e3, 1e6])
    return rng.choice([0.0, -0.0, 5e-324, 1e-7, 1e-6, 1e21, 1e20, 2.0**53, 0.1, 1.7976931348623157e308])


def random_text(rng: random.Random) -> str:
    pieces = []
    for _ in range(rng.randrange(8)):
        kind = rng.randrange(4)
        if kind == 0:
            pieces.append(chr(rng.randrange(0x20, 0x7F)))
        elif kind == 1:
            pieces.append(rng.choice('"\\/\b\f\n\r\t\x00\x1f\x7f\u2028\u2029'))
        elif kind == 2:
            pieces.append(chr(rng.choice([rng.randrange(0x80, 0xD800), rng.randrange(0xE000, 0x10000)])))
        else:
            pieces.append(chr(rng.randrange(0x10000, 0x110000)))
    return "".join(pieces)


def random_key(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return random_text(rng)
    return rng.choice([str(rng.randrange(50)), str(rng.randrange(2**33)), "4294967294", "4294967295", "01", "-1"])


def random_value(rng: random.Random, depth: int = 0) -> object:
    roll = rng.random()
    if depth >= 4 or roll < 0.55:
        scalar = rng.randrange(6)
        if scalar == 0:
            return rng.choice([None, True, False])
        if scalar == 1:
            return rng.randrange(-MAX_SAFE, MAX_SAFE + 1)
        if scalar == 2:
            return Decimal(repr(random_double(rng)))
        if scalar == 3:
            return random_text(rng)
        return random_double(rng)
    if roll < 0.75:
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(5))]
    return {random_key(rng): random_value(rng, depth + 1) for _ in range(rng.randrange(6))}


def test_node_fixed_point_random_values(node_judge: NodeJudge) -> None:
    rng = random.Random(20240604)
    bodies = [stringify(random_value(rng)) for _ in range(400)]
    bodies.append(stringify([random_double(rng) for _ in range(3000)]))
    assert node_judge.roundtrip_many(bodies) == bodies


@settings(max_examples=15, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(json_values(refusable=False), min_size=1, max_size=40))
def test_node_fixed_point_generated_values(node_judge: NodeJudge, values: list[object]) -> None:
    bodies = [stringify(v) for v in values]
    assert node_judge.roundtrip_many(bodies) == bodies


def test_node_fixed_point_of_vectors(node_judge: NodeJudge) -> None:
    bodies = [case["expected_body"].encode("utf-8") for case in SIGNATURE_CASES]
    bodies += [case["js_text"].encode() for case in NUMBER_CASES]
    assert node_judge.roundtrip_many(bodies) == bodies


# --- the fast path (C encoder, output checked) against the exact encoder ---------------------

_TRICKY_TEXT = st.sampled_from(
    ["1.0]", ":1.0,", "x\\", '\\"', '"', "-0.0}", "1e+16", '"5":', '"true":', "[[[", "]]]", "9" * 17, "é.0 "]
)


_KEYS = st.one_of(st.text(max_size=4), _TRICKY_TEXT, st.integers(-3, 12).map(str))


def _exact_or_refusal(value: object) -> bytes | None:
    try:
        return jsjson._exact_stringify(value)
    except RequestEncodingError:
        return None


@PROPERTY_SETTINGS
@given(
    st.recursive(
        st.one_of(
            json_values(refusable=True),
            _TRICKY_TEXT,
            st.floats(allow_nan=False, allow_infinity=False).map(float.__floor__).map(float),
            st.integers(min_value=-(2**60), max_value=2**60),
        ),
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(
                st.one_of(st.text(max_size=4), _TRICKY_TEXT, st.integers(-3, 12).map(str)), inner, max_size=4
            )
        ),
        max_leaves=30,
    )
)
def test_the_fast_path_writes_what_the_exact_encoder_writes_or_steps_aside(value: object) -> None:
    container = [value]
    fast = jsjson._fast_stringify(container)
    if fast is not None:
        assert fast == _exact_or_refusal(container)
    assert stringify_or_none(container) == _exact_or_refusal(container)


def stringify_or_none(value: object) -> bytes | None:
    try:
        return stringify(value)
    except RequestEncodingError:
        return None


@pytest.mark.parametrize(
    "value",
    [
        {1: "a"},
        {-1: "a"},
        {1.5: "a"},
        {True: "a"},
        {None: "a"},
        {"a": Decimal("0.1000000000000000000000000001")},
        {"a": 2**53},
        {"10": 1, "2": {3: "a"}},  # an index key beside a key that is not text, one level down
    ],
    ids=repr,
)
def test_the_fast_path_steps_aside_for_what_it_cannot_vouch_for(value: dict[Any, Any]) -> None:
    assert jsjson._fast_stringify(value) is None


INDEX_KEY_SHAPES: list[Any] = [
    {"10": 1, "2": 2, "a": 3, "1": 4},
    {"b": {"4294967294": 1, "4294967295": 2, "01": 3, "-1": 4, "1.5": 5, " 1": 6, "0": 7}},
    [{"id": "x", "metadata": {"3": "c", "1": "a", "2": "b"}}, ({"9": None, "8": [{"7": True}]},)],
    {str(i): {"amount": Decimal(f"{i}.25"), "tiny": i * 1e-6} for i in range(30, 0, -1)},
]


@pytest.mark.parametrize("value", INDEX_KEY_SHAPES, ids=range(len(INDEX_KEY_SHAPES)))
def test_the_fast_path_writes_array_index_keys_first_as_javascript_does(value: Any, node_judge: NodeJudge) -> None:
    fast = jsjson._fast_stringify(value)
    assert fast is not None and fast == _exact_or_refusal(value)
    assert node_judge.roundtrip_many([fast]) == [fast]


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (1e-7, b"1e-7"),
        (-1.5e-9, b"-1.5e-9"),
        (1e-5, b"0.00001"),
        (-2.25e-6, b"-0.00000225"),
        (1e16, b"10000000000000000"),
        (1.5e20, b"150000000000000000000"),
        (1e21, b"1e+21"),
        (3.024009627492418e160, b"3.024009627492418e+160"),
        (1e-10, b"1e-10"),
        (9.999999999999999e-05, b"0.00009999999999999999"),
        (-3.0000000000000005e-06, b"-0.0000030000000000000005"),
        (1234567890123456.8, b"1234567890123456.8"),
        (0.1 + 0.2, b"0.30000000000000004"),
    ],
    ids=repr,
)
def test_the_fast_path_writes_exponents_as_javascript_does_outside_strings_only(value: float, written: bytes) -> None:
    # Python's repr pads exponents (1e-07) and uses them where JavaScript writes numbers out in full.
    container = {"n": [value, value], "s": "1e-07 1e+16 1.0e-05", value.hex(): value}
    fast = jsjson._fast_stringify(container)
    assert fast == jsjson._exact_stringify(container)
    assert fast is not None and fast.count(written) == 3 and b'"1e-07 1e+16 1.0e-05"' in fast


# Whole floats are mended by a replace where they are dense and a regex where they are sparse.
@pytest.mark.parametrize("others", [0, 400], ids=["dense", "sparse"])
def test_the_fast_path_mends_whole_floats_outside_strings_only(others: int) -> None:
    value: dict[str, Any] = {
        "a": 100.0,
        "b": -0.0,
        "c": [0.0, 2.0],
        "s": 'x":1.0,"y\\',
        "t": "[1.0]",
        "d": Decimal("7.50"),
    }
    value["o"] = [1.25] * others
    fast = jsjson._fast_stringify(value)
    assert fast == jsjson._exact_stringify(value)
    others_text = ",".join(["1.25"] * others).encode()
    assert fast == b'{"a":100,"b":0,"c":[0,2],"s":"x\\":1.0,\\"y\\\\","t":"[1.0]","d":7.5,"o":[' + others_text + b"]}"


@pytest.mark.parametrize("depth", [MAX_DEPTH, MAX_DEPTH + 1, 600])
def test_the_fast_path_keeps_the_depth_limit(depth: int) -> None:
    value: object = 1
    for i in range(depth):
        value = [value, "]]]" if i % 2 else "[[["] if i % 3 else {"k": value}
    if depth <= MAX_DEPTH:
        assert stringify(value) == jsjson._exact_stringify(value)
    else:
        with pytest.raises(RequestEncodingError, match="nested deeper"):
            stringify(value)


@PROPERTY_SETTINGS
@given(st.decimals() | st.decimals(places=2, min_value=-(10**13), max_value=10**13) | st.integers().map(Decimal))
def test_decimals_take_the_fast_path_only_when_it_writes_what_the_exact_encoder_writes(value: Decimal) -> None:
    fast = jsjson._fast_stringify([value])
    if fast is not None:
        assert fast == _exact_or_refusal([value])
    assert stringify_or_none({"amount": value}) == _exact_or_refusal({"amount": value})


def _nesting(value: object) -> int:
    if isinstance(value, dict):
        return 1 + max(map(_nesting, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_nesting, value), default=0)
    return 0


_BRACKETY_TEXT = st.text(alphabet='[]{}"\\ab', max_size=6)


@PROPERTY_SETTINGS
@given(
    st.recursive(
        st.one_of(_BRACKETY_TEXT, st.integers(-3, 3), st.none()),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_BRACKETY_TEXT, inner, max_size=4),
        max_leaves=40,
    )
)
def test_the_depth_check_counts_brackets_outside_strings_only(value: object) -> None:
    # Strings of brackets, quotes and backslashes, empty and side by side, must not change the count.
    assert jsjson._depth(jsjson._exact_stringify(value)) == _nesting(value)
