# Copied from runtime/paycombat_client/_runtime/jsjson.py by codegen/generate.py: edit that file, not this one.
"""Request bodies encoded exactly as JavaScript's ``JSON.stringify`` writes them.

``stringify(value)`` returns the UTF-8 bytes of ``JSON.stringify`` applied to the equivalent
JavaScript value: array-index keys first, raw UTF-8 strings, numbers as ``Number::toString``.
PayCombat signs those bytes, so anything JavaScript would write differently or change (NaN,
infinities, integers beyond 2**53 - 1, inexact Decimals, surrogates, non-str keys, other types,
reference cycles, nesting deeper than ``MAX_DEPTH``) raises ``RequestEncodingError`` instead.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from json.encoder import c_encode_basestring, c_make_encoder  # type: ignore[attr-defined]
from json.encoder import encode_basestring as _quote
from typing import Any

from .exceptions import RequestEncodingError, not_json

__all__ = [
    "EXACT_ROUNDTRIP_LIMIT",
    "MAX_DEPTH",
    "MAX_SAFE_INTEGER",
    "js_roundtrip",
    "lone_surrogate",
    "not_json",
    "read_exact",
    "stringify",
]

#: Most arrays/objects that may be nested inside one another (the outermost counts as 1).
MAX_DEPTH = 256

#: JavaScript's Number.MAX_SAFE_INTEGER: larger integers change value in a double.
MAX_SAFE_INTEGER = 2**53 - 1
_TWO_53 = float(2**53)
_INF = float("inf")
_MAX_ARRAY_INDEX = 2**32 - 2
_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
_SURROGATE = re.compile("[\ud800-\udfff]")
_ACCEPTED = "dict, list, tuple, str, int, float, bool, None or decimal.Decimal"

_Segment = str | int | None


class _Refusal(Exception):
    """Carries a refusal up the stack; each container on the way adds where it happened."""

    def __init__(self, reason: str, *, at_key: bool = False, overflow: object = None) -> None:
        super().__init__(reason)
        self.reason = reason
        # The innermost object is at fault itself (a key), not one of its values.
        self.at_key = at_key
        # The container found one level too deep; kept to tell a cycle from deep nesting.
        self.overflow = overflow
        # (container, segment) pairs, innermost first.
        self.trail: list[tuple[object, _Segment]] = []

    def add(self, container: object, segment: _Segment) -> None:
        if self.at_key:
            self.at_key = False
            segment = None
        self.trail.append((container, segment))


def stringify(value: object) -> bytes:
    """The UTF-8 bytes ``JSON.stringify`` writes for ``value``, or ``RequestEncodingError``."""
    if type(value) is dict or type(value) is list:
        fast = _fast_stringify(value)
        if fast is not None:
            return fast
    return _exact_stringify(value)


# The fast path: Python's C encoder writes exactly what JSON.stringify writes for containers of
# str, bool, None, ints within ±(2**53 - 1), floats in [1e-4, 1e16) and str keys that JavaScript
# does not reorder. Whatever it cannot vouch for (a type it refuses, NaN, a cycle, a surrogate)
# goes to the exact encoder, which writes it right or explains the refusal; so does anything the
# output shows might differ. That is looked for in a projection of the output that keeps only
# what matters: digits become 0, + and - become +, { [ and , become [ (so every key follows a
# "[), } and ] become ], e . " : and the letters of true, false and null stay, everything else
# becomes a space. Two differences are mended in place rather than sent to the exact encoder, as
# amounts are often whole and sometimes tiny: whole floats (100.0 is written 100), and exponents
# (Python pads them to two digits, 1e-07, and uses them from 1e16 and below 1e-4, where JavaScript
# writes 10000000000000000 and 0.00001 out in full).


def _plain_number(value: object, _decimal: type = Decimal, _repr: Any = float.__repr__) -> int | float:
    """``default`` for the C encoder: a Decimal as the JavaScript number it equals exactly."""
    if isinstance(value, _decimal):
        text = str(value)
        # Plain notation (no "E") in under 16 characters holds at most 15 digits: the double nearest
        # to it reads back as the same decimal (DBL_DIG), so the full check below is skipped for the
        # amounts requests carry. NaN and Infinity become floats the encoder refuses.
        if len(text) < 16 and "E" not in text:
            x = float(text)
            return int(x) if x.is_integer() else x
        x = float(value)  # type: ignore[arg-type]
        # Infinity passes (the encoder then refuses it); NaN and inexact values do not.
        if _decimal(_repr(x)) == value:
            return int(x) if x.is_integer() and -MAX_SAFE_INTEGER <= x <= MAX_SAFE_INTEGER else x
    raise TypeError("the exact encoder decides")


def _make_encoder() -> Any:
    # Compact separators, raw UTF-8, no NaN, Decimals through _plain_number, cycles refused.
    return c_make_encoder({}, _plain_number, c_encode_basestring, None, ":", ",", False, False, False)


# Made once: json.dumps would build one through JSONEncoder on every call. Threads may share it:
# its only state is the set of containers being written, and two threads writing the same
# container at once make it report a cycle, which sends that call to the exact encoder.
_encode = _make_encoder()


def _projection() -> bytes:
    table = bytearray(b" " * 256)
    for char in b'e.":truefalsn':
        table[char] = char
    for chars, shown in ((b"0123456789", b"0"), (b"+-", b"+"), (b",{[", b"["), (b"}]", b"]")):
        for char in chars:
            table[char] = shown[0]
    return bytes(table)


_PROJECTION = _projection()
# A key that may be an array index (JavaScript lists those first), or a number, true, false or
# null converted from a key that was not a str: the exact encoder decides.
_SUSPECT_KEY = re.compile(rb'\["(?:[0+.][0.e+]*|true|false|null)":')
_PLAIN_IN_JS = re.compile(rb"-?[0-9](?:\.[0-9]+)?e\+(?:1[6-9]|20)(?![0-9])")
# The same exponents alone: a search starting at "e" is ten times faster than one at every digit.
_WRITTEN_OUT_IN_JS = re.compile(rb"e\+(?:1[6-9]|20)(?![0-9])")


class _Tiny:
    """How repr's 1.5e-05 becomes JavaScript's 0.000015 with C operations only, whatever the count
    (a forged webhook may hold tens of thousands; a regex substitution that reuses a group calls
    Python once a match on Python 3.11). Reversed, each number starts with its exponent, which the
    regex finds fast; splitting there keeps the mantissa's digits apart (what follows its point,
    and the one digit before), and the parts are put back with the zeros and without the point."""

    __slots__ = ("exponent", "number", "zeros")

    def __init__(self, exponent: bytes, zeros: bytes) -> None:
        self.exponent = exponent
        self.number = re.compile(re.escape(exponent[::-1]) + rb"([0-9]*)\.?([0-9])(?![0-9.])")
        self.zeros = zeros[::-1]

    def mend(self, text: bytes) -> bytes:
        parts = self.number.split(text[::-1])
        count = len(parts) // 3
        joined: list[bytes] = [b""] * (4 * count + 1)
        joined[0::4] = parts[0::3]  # the text between the numbers
        joined[1::4] = parts[1::3]  # the digits after the point
        joined[2::4] = parts[2::3]  # the digit before it
        joined[3::4] = [self.zeros] * count
        return b"".join(joined)[::-1]


# From 1e-6 to 1e-4 (repr's e-05 and e-06) JavaScript writes numbers out; below, with exponents.
_TINY = (_Tiny(b"e-05", b"0.0000"), _Tiny(b"e-06", b"0.00000"))
# Outside strings, once whole floats lost their ".0": a negative zero, which JavaScript writes 0.
_NEGATIVE_ZERO = re.compile(rb"(?<=[\[:,])-0(?=[,}\]])")


def _fast_stringify(value: dict[Any, Any] | list[Any], *, ordered: bool = False, reorder: bool = True) -> bytes | None:
    """The fast path's bytes, or None where the exact encoder must decide. ``reorder=False``
    steps aside for array-index keys rather than walking the value in Python to order them."""
    global _encode
    if not ordered and type(value) is dict and _leads_with_index_key(value):
        if not reorder:
            return None
        # A map by number at the top, whose array-index keys JavaScript writes first: put them in
        # its order before encoding rather than after (None: a key that is not a str).
        value = _js_ordered(value, 1)  # every object inside too
        if value is None:
            return None
        ordered = True
    try:
        data = "".join(_encode(value, 0)).encode("utf-8")
    except (TypeError, ValueError, RecursionError):  # UnicodeEncodeError is a ValueError
        # A failed run leaves its containers marked as being written: start with a clean encoder.
        _encode = _make_encoder()
        return None
    shape = data.translate(_PROJECTION)
    if (b"0000000000000000" in shape and _long_integer(shape)) or (  # maybe beyond ±(2**53 - 1)
        shape.count(b"]") > MAX_DEPTH and _depth(data) > MAX_DEPTH
    ):
        return None
    if not ordered and _SUSPECT_KEY.search(shape):
        # Array-index keys deeper down: the same value with its objects in JavaScript's order,
        # encoded again (None when a key is not a str: the exact encoder explains).
        if not reorder:
            return None
        reordered = _js_ordered(value, 1)
        if reordered is not value:
            return None if reordered is None else _fast_stringify(reordered, ordered=True)
    if (b"+" in shape and b"0e+" in shape) or _WHOLE.search(data):  # an exponent (or text like it), a whole float
        return _outside_strings(data, _js_numbers)
    return data


# 16 digits or more at a number's start (after "[", which stands for "{" and "," too, ":" or a
# sign) that are not a float's whole part (a "." follows): an integer maybe beyond ±(2**53 - 1).
_LONG_INTEGER = re.compile(rb"[\[:+]0{16,}(?![0.])")
# A whole float's ".0" (100.0 is written 100): found, and removed in one pass where sparse.
_WHOLE = re.compile(rb"\.0(?=[,}\]])")


def _long_integer(shape: bytes) -> bool:
    # Runs of zeros after a point (1.0000000000000002e-07) are common: look for one at a number's
    # start first, with fast substring searches, before the regex tries every opening bracket.
    return (
        b"[0000000000000000" in shape or b":0000000000000000" in shape or b"+0000000000000000" in shape
    ) and _LONG_INTEGER.search(shape) is not None


_SCALARS = frozenset({str, int, float, bool, Decimal, type(None)})
_ONLY_STR = frozenset({str})


def _leads_with_index_key(d: dict[Any, Any]) -> bool:
    # The first key only: scanning them all costs a large body more than it saves; index keys
    # further on are found in the output, at the price of encoding twice.
    for key in d:
        return not isinstance(key, str) or key.isdecimal()
    return False


def _js_ordered(value: Any, depth: int) -> Any:
    """``value`` with every object's keys in JavaScript's order (array indexes first, ascending),
    sharing whatever needs no change; ``None`` when a key is not a str or nesting is too deep."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(value, dict):
        if not _ONLY_STR.issuperset(map(type, value)):
            return None  # a key that is not a str (or a subclass of it): the exact encoder decides
        indexes = list(filter(str.isdecimal, value))
        if indexes:
            joined = "," + ",".join(indexes) + ","
            if not joined.isascii() or max(map(len, indexes)) > 9 or joined.count(",0") != joined.count(",0,"):
                indexes = [k for k in indexes if _is_array_index(k)]  # "01", non-ASCII digits, 2**32 - 1
            indexes.sort(key=int)
            if list(itertools.islice(value, len(indexes))) != indexes:
                value = {**{k: value[k] for k in indexes}, **value}
        if _SCALARS.issuperset(map(type, value.values())):
            return value
        mended: dict[str, Any] = {}
        for k, item in value.items():
            if type(item) not in _SCALARS:
                ordered = _js_ordered(item, depth + 1)
                if ordered is None:
                    return None
                if ordered is not item:
                    mended[k] = ordered
        return {**value, **mended} if mended else value
    if isinstance(value, list | tuple):
        if _SCALARS.issuperset(map(type, value)):
            return value
        members: list[Any] | None = None
        for i, item in enumerate(value):
            if type(item) not in _SCALARS:
                ordered = _js_ordered(item, depth + 1)
                if ordered is None:
                    return None
                if ordered is not item:
                    if members is None:
                        members = list(value)
                    members[i] = ordered
        return value if members is None else members
    return value


def _outside_strings(data: bytes, mend: Callable[[bytes], bytes]) -> bytes:
    """``data`` (compact JSON) with ``mend`` applied to what lies outside its strings, the strings
    kept as they are.

    Once escaped backslashes and quotes are masked, every quote left delimits a string: splitting
    at quotes puts the text outside strings at even indexes, mended in one piece, joined by quotes,
    then split back. Only bytes operations run (a regex substitution with a template calls back
    into Python for every match on Python 3.11): a forged webhook may hold tens of thousands of
    numbers. NUL, \\x01 and \\x02 never occur raw in the encoder's output (it escapes them).
    """
    masked = b"\\" in data
    if masked:
        data = data.replace(b"\\\\", b"\0\1").replace(b'\\"', b"\0\2")
    parts = data.split(b'"')
    parts[0::2] = mend(b'"'.join(parts[0::2])).split(b'"')
    data = b'"'.join(parts)
    return data.replace(b"\0\2", b'\\"').replace(b"\0\1", b"\\\\") if masked else data


def _js_numbers(text: bytes) -> bytes:
    """Numbers as Python's repr writes them (text outside strings), as JavaScript writes them."""
    # A one-byte search first: it is many times faster than a two-byte one.
    if b"e" in text and (b"e-" in text or b"e+" in text):  # repr's exponents carry a sign; true and false none
        for tiny in _TINY:
            if tiny.exponent in text:
                text = tiny.mend(text)
        if _WRITTEN_OUT_IN_JS.search(text):  # rare (amounts of 1e16 and up): a Python call each
            text = _PLAIN_IN_JS.sub(_js_plain, text)
        text = text.replace(b"e-0", b"e-")  # 1e-07 is written 1e-7
    if b".0" in text:  # 100.0 is 100, -0.0 is 0
        # A regex substitution costs per match and a replace per byte: each where it is cheaper.
        if text.count(b".0") * 32 < len(text):
            text = _WHOLE.sub(b"", text)
        else:
            text = text.replace(b".0,", b",").replace(b".0]", b"]").replace(b".0}", b"}")
        if b"-" in text and b"-0" in text:
            text = _NEGATIVE_ZERO.sub(b"0", text)
    return text


def _js_plain(match: re.Match[bytes]) -> bytes:
    """1.5e+16 written 15000000000000000, as JavaScript writes numbers below 1e21."""
    token = match[0]
    sign = b"-" if token[:1] == b"-" else b""
    mantissa, _, exponent = token.lstrip(b"-").partition(b"e")
    digits = mantissa.replace(b".", b"")
    return sign + digits + b"0" * (int(exponent) + 1 - len(digits))


def _depth(data: bytes) -> int:
    """How deeply the arrays and objects of a compact JSON text nest (brackets in strings aside),
    or ``MAX_DEPTH + 1`` when deeper than that."""
    # Escaped backslashes and quotes out, then only brackets and quotes. Dropping each two adjacent
    # quotes leaves every bracket on its side of a string (an empty string goes, or two strings
    # merge), so the quotes left enclose only brackets that are text.
    if b"\\" in data:
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    kept = data.translate(None, _NOT_BRACKETS_OR_QUOTES).replace(b'""', b"")
    if b'"' in kept:
        kept = b"".join(kept.split(b'"')[::2])
    # Each pass removes the innermost arrays and objects, empty by then: one level per pass.
    brackets = kept.translate(_SAME_BRACKETS)
    for depth in range(MAX_DEPTH + 1):
        if not brackets:
            return depth
        brackets = brackets.replace(b"[]", b"")
    return MAX_DEPTH + 1


_NOT_BRACKETS_OR_QUOTES = bytes(b for b in range(256) if b not in b'{}[]"')
_SAME_BRACKETS = bytes(ord("[") if b in b"{[" else ord("]") for b in range(256))


def _exact_stringify(value: object) -> bytes:
    parts: list[str] = []
    try:
        _encode_value(value, parts, 0)
    except _Refusal as exc:
        raise RequestEncodingError(*_explain(exc)) from None
    text = "".join(parts)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        # Strings are not checked one by one on the way down: a surrogate is rare, and only
        # the error path pays for finding where it is.
        segments: list[str | int] = []
        reason = _find_surrogate(value, segments) or "a string contains a surrogate code point"
        raise RequestEncodingError(_path(segments), reason) from None


def _encode_value(v: Any, parts: list[str], depth: int) -> None:
    t = type(v)
    if t is str:
        parts.append(_quote(v))
    elif t is dict:
        _encode_dict(v, parts, depth + 1)
    elif t is int:
        parts.append(_int_text(v))
    elif t is float:
        parts.append(_float_text(v))
    elif v is None:
        parts.append("null")
    elif v is True:
        parts.append("true")
    elif v is False:
        parts.append("false")
    elif t is list or t is tuple:
        _encode_list(v, parts, depth + 1)
    elif isinstance(v, Decimal):
        parts.append(_decimal_text(v))
    # Subclasses (str/int enums, OrderedDict, ...) are written as their base type.
    elif isinstance(v, str):
        parts.append(_quote(v))
    elif isinstance(v, int):
        parts.append(_int_text(int(v)))
    elif isinstance(v, float):
        parts.append(_float_text(float(v)))
    elif isinstance(v, dict):
        _encode_dict(v, parts, depth + 1)
    elif isinstance(v, (list, tuple)):
        _encode_list(v, parts, depth + 1)
    else:
        raise _Refusal(f"values of type {_type_name(v)} cannot be sent as JSON (accepted: {_ACCEPTED})")


def _encode_dict(d: dict[Any, Any], parts: list[str], depth: int) -> None:
    if depth > MAX_DEPTH:
        raise _Refusal("too deep", overflow=d)
    if not d:
        parts.append("{}")
        return
    append = parts.append
    start = len(parts)
    index_items: list[tuple[str, object]] | None = None
    sep = "{"
    k: Any = None
    try:
        for k, item in d.items():
            if type(k) is not str:
                if not isinstance(k, str):
                    raise _Refusal(_bad_key_reason(d, k), at_key=True)
            # JavaScript lists array-index keys first: set them aside and splice them in later.
            if k.isdecimal() and _is_array_index(k):
                if index_items is None:
                    index_items = []
                index_items.append((k, item))
                continue
            t = type(item)
            if t is str:
                append(f"{sep}{_quote(k)}:{_quote(item)}")
            else:
                append(f"{sep}{_quote(k)}:")
                if t is int:
                    append(_int_text(item))
                elif t is dict:
                    _encode_dict(item, parts, depth + 1)
                elif t is float:
                    append(_float_text(item))
                elif item is None:
                    append("null")
                elif item is True:
                    append("true")
                elif item is False:
                    append("false")
                elif t is list or t is tuple:
                    _encode_list(item, parts, depth + 1)
                else:
                    _encode_value(item, parts, depth)
            sep = ","
    except _Refusal as exc:
        exc.add(d, k)
        raise
    if index_items is not None:
        _splice_index_items(d, index_items, parts, start, depth)
    append("}")


def _splice_index_items(
    d: dict[Any, Any], items: list[tuple[str, object]], parts: list[str], start: int, depth: int
) -> None:
    rest = parts[start:]
    del parts[start:]
    items.sort(key=lambda kv: int(kv[0]))
    sep = "{"
    k = ""
    try:
        for k, item in items:
            parts.append(f"{sep}{_quote(k)}:")
            _encode_value(item, parts, depth)
            sep = ","
    except _Refusal as exc:
        exc.add(d, k)
        raise
    if rest:
        rest[0] = "," + rest[0][1:]  # its leading "{" now follows the index entries
        parts.extend(rest)


def _encode_list(seq: list[Any] | tuple[Any, ...], parts: list[str], depth: int) -> None:
    if depth > MAX_DEPTH:
        raise _Refusal("too deep", overflow=seq)
    if not seq:
        parts.append("[]")
        return
    append = parts.append
    sep = "["
    item: Any = None
    try:
        for item in seq:
            append(sep)
            sep = ","
            t = type(item)
            if t is str:
                append(_quote(item))
            elif t is int:
                append(_int_text(item))
            elif t is dict:
                _encode_dict(item, parts, depth + 1)
            elif t is float:
                append(_float_text(item))
            elif item is None:
                append("null")
            elif item is True:
                append("true")
            elif item is False:
                append("false")
            elif t is list or t is tuple:
                _encode_list(item, parts, depth + 1)
            else:
                _encode_value(item, parts, depth)
    except _Refusal as exc:
        exc.add(seq, _position(seq, item))
        raise
    append("]")


def _int_text(n: int) -> str:
    if -MAX_SAFE_INTEGER <= n <= MAX_SAFE_INTEGER:
        return int.__repr__(n)
    shown = str(n) if n.bit_length() <= 256 else f"of {n.bit_length()} bits"
    raise _Refusal(
        f"integer {shown} is outside ±(2**53 - 1): a JavaScript number would not hold it exactly"
        " (send it as a string if the API allows)"
    )


def _float_text(x: float) -> str:
    if not -_INF < x < _INF:
        name = "NaN" if x != x else ("Infinity" if x > 0 else "-Infinity")
        raise _Refusal(f"{name} is not a JSON number (JSON.stringify would write null)")
    if -_TWO_53 < x < _TWO_53:
        i = int(x)
        if i == x:
            return int.__repr__(i)  # also turns -0.0 into "0", as JavaScript does
        if x >= 1e-4 or x <= -1e-4:
            # Python's repr is plain decimal here, as JavaScript's is, with the same digits.
            return float.__repr__(x)
    return _js_number_text(float.__repr__(x))


def _js_number_text(r: str) -> str:
    """ECMAScript Number::toString(10) given the shortest round-trip repr of a finite non-zero float."""
    sign = ""
    if r[0] == "-":
        sign = "-"
        r = r[1:]
    mantissa, _, exponent = r.partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = whole + fraction
    # The value is 0.DIGITS * 10**point once leading zeros are gone.
    point = len(whole) + (int(exponent) if exponent else 0)
    significant = digits.lstrip("0")
    point -= len(digits) - len(significant)
    digits = significant.rstrip("0")
    k = len(digits)
    if k <= point <= 21:
        return sign + digits + "0" * (point - k)
    if 0 < point <= 21:
        return sign + digits[:point] + "." + digits[point:]
    if -6 < point <= 0:
        return sign + "0." + "0" * -point + digits
    e = point - 1
    tail = f"e+{e}" if e >= 0 else f"e{e}"
    if k == 1:
        return sign + digits + tail
    return sign + digits[0] + "." + digits[1:] + tail


def _decimal_text(d: Decimal) -> str:
    if not d.is_finite():
        raise _Refusal(f"Decimal {d} is not a JSON number")
    x = float(d)
    if not -_INF < x < _INF or Decimal(float.__repr__(x)) != d:
        nearest = "out of range" if not -_INF < x < _INF else _float_text(x)
        raise _Refusal(
            f"Decimal cannot be represented exactly as a JavaScript number (nearest: {nearest});"
            " round it to what the amount really is (a JavaScript number keeps 15 to 17 digits)"
        )
    return _float_text(x)


def _is_array_index(key: str) -> bool:
    # Canonical form only: "0", or no leading zero; isdecimal() alone admits non-ASCII digits.
    return key.isascii() and (key[0] != "0" or len(key) == 1) and len(key) <= 10 and int(key) <= _MAX_ARRAY_INDEX


def _position(seq: list[Any] | tuple[Any, ...], item: object) -> int:
    # Found by identity on the error path only: an earlier identical element would have failed first.
    for i, candidate in enumerate(seq):
        if candidate is item:
            return i
    return -1


def _bad_key_reason(d: dict[Any, Any], key: object) -> str:
    number = next(i for i, k in enumerate(d, 1) if k is key)
    return f"object keys must be str; key #{number} (in insertion order) is {_type_name(key)}"


def _type_name(v: object) -> str:
    t = type(v)
    return t.__qualname__ if t.__module__ == "builtins" else f"{t.__module__}.{t.__qualname__}"


def _explain(exc: _Refusal) -> tuple[str, str]:
    segments = [segment for _, segment in reversed(exc.trail)]
    if exc.overflow is None:
        return _path(segments), exc.reason
    chain = [container for container, _ in reversed(exc.trail)]
    chain.append(exc.overflow)
    seen: dict[int, int] = {}
    for depth, container in enumerate(chain):
        first = seen.setdefault(id(container), depth)
        if first != depth:
            return (
                _path(segments[:depth]),
                f"reference cycle: this is the same object as {_path(segments[:first])}, which contains it",
            )
    return _path(segments), f"nested deeper than {MAX_DEPTH} arrays/objects"


def _path(segments: Sequence[_Segment]) -> str:
    pieces = ["$"]
    for segment in segments:
        if segment is None:
            continue
        if isinstance(segment, int):
            pieces.append(f"[{segment}]")
        elif _IDENTIFIER.fullmatch(segment):
            pieces.append(f".{segment}")
        else:
            readable = json.dumps(segment, ensure_ascii=False)
            if _SURROGATE.search(readable):
                readable = json.dumps(segment)
            pieces.append(f"[{readable}]")
    return "".join(pieces)


def _find_surrogate(v: object, segments: list[str | int]) -> str | None:
    """Why ``v`` cannot be UTF-8, with ``segments`` left pointing at the culprit."""
    surrogate = "contains a surrogate code point (U+D800 to U+DFFF), which is not valid Unicode text"
    if isinstance(v, str):
        return f"the string {surrogate}" if _SURROGATE.search(v) else None
    if isinstance(v, dict):
        for number, (k, item) in enumerate(v.items(), 1):
            if _SURROGATE.search(k):
                return f"object key #{number} (in insertion order) {surrogate}"
            segments.append(k)
            if found := _find_surrogate(item, segments):
                return found
            segments.pop()
    elif isinstance(v, (list, tuple)):
        for i, item in enumerate(v):
            segments.append(i)
            if found := _find_surrogate(item, segments):
                return found
            segments.pop()
    return None


#: Largest body whose ``JSON.stringify`` form is worked out in Python (the exact encoder, or
#: ordering array-index keys) when the C encoder alone cannot vouch for it: a PayCombat event is
#: a few KiB, and a forged body must not cost more than reading it.
EXACT_ROUNDTRIP_LIMIT = 16 * 1024

# Only an escape can put a lone surrogate in decoded JSON text: raw UTF-8 cannot hold one.
_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")


def lone_surrogate(data: bytes, value: object) -> str | None:
    """The JSON path of a string or key in ``value`` (decoded from ``data``) that holds a lone
    surrogate, or ``None``. The client never sends one (UTF-8 cannot carry it), so it accepts none
    either: a value read from an answer can always be sent back."""
    if not _ESCAPED_SURROGATE.search(data):
        return None
    segments: list[str | int] = []
    return None if _find_surrogate(value, segments) is None else _path(segments)


def js_roundtrip(data: bytes) -> bytes | None:
    """``JSON.stringify(JSON.parse(data))`` as Node writes it, or ``None`` if that cannot be told
    (not JSON, a lone surrogate, or a body over EXACT_ROUNDTRIP_LIMIT of a shape only the exact
    encoder writes)."""
    try:
        text = data.decode("utf-8")
        value = _JS_READ.decode(text)
    except (ValueError, RecursionError):
        return None
    if type(value) is dict or type(value) is list:
        # Python reads numbers as JavaScript does, but for integers beyond 2**53 and past a double's
        # range: the fast encoder refuses to vouch for both, and the exact path reads them again.
        # Ordering index keys walks every object in Python: a large forged body must not buy that.
        fast = _fast_stringify(value, reorder=len(data) <= EXACT_ROUNDTRIP_LIMIT)
        if fast is not None:
            return fast
    if len(data) > EXACT_ROUNDTRIP_LIMIT:
        return None
    try:
        value = json.loads(text, parse_float=_js_parse_number, parse_int=_js_parse_int, parse_constant=not_json)
        return stringify(value)
    except (ValueError, RecursionError, RequestEncodingError):
        # Too deep, or something (a lone surrogate) stringify will not reproduce.
        return None


# Made once: json.loads builds a decoder on every call that passes it options.
_EXACT = json.JSONDecoder(parse_float=Decimal, parse_constant=not_json)
_JS_READ = json.JSONDecoder(parse_constant=not_json)


def read_exact(data: bytes) -> Any:
    """JSON bytes decoded with every number that has a fraction or exponent as an exact Decimal
    (never through a float) and NaN or Infinity refused; ValueError when it is not JSON."""
    text = data.decode("utf-8")  # UnicodeDecodeError is a ValueError
    return _EXACT.decode(text[1:] if text.startswith("\ufeff") else text)


def _js_parse_number(text: str) -> float | None:
    number = float(text)
    # JSON.parse reads 1e400 as Infinity, which JSON.stringify writes as null.
    return None if number in (_INF, -_INF) else number


def _js_parse_int(text: str) -> int | float | None:
    number = int(text)
    return number if -MAX_SAFE_INTEGER <= number <= MAX_SAFE_INTEGER else _js_parse_number(text)
