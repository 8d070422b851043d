# Copied from runtime/paycombat_client/_runtime/validate.py by codegen/generate.py: edit that file, not this one.
"""Types that never lie: after parsing, every field of an answer holds a value of its annotated type.

openapi-python-client's ``from_dict`` is lenient: it keeps whatever JSON value it finds (an
``int`` in a ``str`` field, a string that is not a date in a ``datetime`` field). Here each
parsed model is walked once, field by field, against its annotations:

- a value of an annotated type is kept as it is (the common case, one set lookup);
- money (``Decimal``) accepts a JSON number or a numeric string and becomes an exact ``Decimal``
  (the JSON is decoded with ``parse_float=Decimal``, so no digit went through a float), and a
  ``float`` field takes a JSON number;
- anything else raises :class:`APIResponseValidationError` naming the JSON path and the
  expected type, never the value (it may be personal data).

Request bodies get a cheaper check: a ``dict`` (or anything else) where a model is expected
raises :class:`RequestTypeError` naming the model, before anything is sent.
"""

from __future__ import annotations

import builtins
import datetime
import functools
import keyword
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

import httpx2
from attrs import NOTHING

from .exceptions import APIRefusedError, APIResponseValidationError, RequestTypeError
from .types import Unset

__all__ = ["check_body", "check_status", "parse_answer"]

T = TypeVar("T")

#: Numeric text PayCombat may send for an amount ("50", "-0.50", "1e3"); no NaN, spaces or "_".
_NUMERIC = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")
#: Names openapi-python-client suffixes with "_" (``type`` -> ``type_``), to name JSON keys in paths.
_RESERVED = frozenset(dir(builtins)) | frozenset(keyword.kwlist) | {"self", "true", "false", "datetime"}
_NOT_APPLICABLE: Any = object()


class _Mismatch(Exception):
    """A value that is not of its field's type; ``path`` is the JSON path, never the value."""

    def __init__(self, path: str, expected: str, got: str) -> None:
        super().__init__(path)
        self.path = path
        self.expected = expected
        self.got = got


# Converts a value whose type is not one of the field's exact types: returns the value to keep,
# _NOT_APPLICABLE when this member of a union does not take it, or raises _Mismatch (nested).
_Convert = Callable[[Any, str], Any]


@dataclass(frozen=True, slots=True)
class _Type:
    exact: frozenset[type]  # kept as they are
    converters: tuple[_Convert, ...]
    expected: str
    models: tuple[type, ...]  # attrs model classes among the members (direct or in a list)
    anything: bool = False


@dataclass(frozen=True, slots=True)
class _Field:
    name: str
    key: str
    type: _Type
    required: bool


def _kind(value: object) -> str:
    """What a JSON value is, in words: never the value itself."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float | Decimal):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def _json_key(name: str) -> str:
    if name.endswith("_") and name[:-1] in _RESERVED:
        return name[:-1]
    return name


def _is_model(tp: object) -> bool:
    return isinstance(tp, type) and hasattr(tp, "__attrs_attrs__") and hasattr(tp, "from_dict")


def _to_decimal(value: Any, path: str) -> Any:
    if type(value) is int:
        return Decimal(value)
    if type(value) is str and _NUMERIC.fullmatch(value):
        return Decimal(value)
    return _NOT_APPLICABLE


def _to_float(value: Any, path: str) -> Any:
    if type(value) is Decimal:  # a JSON number, decoded exactly
        return float(value)
    return _NOT_APPLICABLE


def _model_converter(model: type) -> _Convert:
    def convert(value: Any, path: str) -> Any:
        if type(value) is not model:
            return _NOT_APPLICABLE
        _check_model(value, path)
        return value

    return convert


def _list_converter(item: _Type) -> _Convert:
    def convert(value: Any, path: str) -> Any:
        if type(value) is not list:
            return _NOT_APPLICABLE
        for index, element in enumerate(value):
            checked = _check_value(element, item, f"{path}[{index}]")
            if checked is not element:
                value[index] = checked
        return value

    return convert


def _literal_converter(choices: frozenset[object]) -> _Convert:
    def convert(value: Any, path: str) -> Any:
        return value if type(value) is str and value in choices else _NOT_APPLICABLE

    return convert


_SIMPLE: dict[object, tuple[tuple[type, ...], tuple[_Convert, ...], str]] = {
    type(None): ((type(None),), (), "null"),
    Unset: ((Unset,), (), ""),
    str: ((str,), (), "a string"),
    bool: ((bool,), (), "a boolean"),
    int: ((int,), (), "an integer"),
    float: ((float, int), (_to_float,), "a number"),
    Decimal: ((Decimal,), (_to_decimal,), "a decimal number (a JSON number or a numeric string)"),
    datetime.datetime: ((datetime.datetime,), (), "an ISO 8601 date-time"),
    datetime.date: ((datetime.date,), (), "an ISO 8601 date"),
}


@functools.cache
def _type_of(annotation: Any) -> _Type:
    is_union = isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union
    members = typing.get_args(annotation) if is_union else (annotation,)
    exact: set[type] = set()
    converters: list[_Convert] = []
    expected: list[str] = []
    models: list[type] = []
    for member in members:
        origin = typing.get_origin(member)
        if member is Any:
            return _Type(frozenset(), (), "anything", (), anything=True)
        if member in _SIMPLE:
            kept, convert, words = _SIMPLE[member]
            exact.update(kept)
            converters.extend(convert)
            if words:
                expected.append(words)
        elif origin is list:
            (item_annotation,) = typing.get_args(member)
            item = _type_of(item_annotation)
            converters.append(_list_converter(item))
            expected.append(f"an array of {item.expected}")
            models.extend(item.models)
        elif origin is typing.Literal:
            converters.append(_literal_converter(frozenset(typing.get_args(member))))
            expected.append(" or ".join(repr(choice) for choice in typing.get_args(member)))
        elif origin is dict or member is dict:
            exact.add(dict)
            expected.append("an object")
        elif _is_model(member):
            converters.append(_model_converter(member))
            expected.append(f"an object ({member.__name__})")
            models.append(member)
        else:  # a type this module does not know: refuse loudly rather than pass anything
            raise TypeError(f"paycombat_client cannot check values of type {member!r}")
    return _Type(frozenset(exact), tuple(converters), " or ".join(expected), tuple(models))


_PLANS: dict[type, tuple[_Field, ...]] = {}
_REQUEST_PLANS: dict[type, tuple[_Field, ...]] = {}


def _plan(model: type) -> tuple[_Field, ...]:
    """The fields of a model to check, worked out once per class."""
    plan = _PLANS.get(model)
    if plan is None:
        plan = _PLANS[model] = _make_plan(model)
    return plan


def _make_plan(model: type) -> tuple[_Field, ...]:
    hints = typing.get_type_hints(model)
    fields = []
    for attribute in model.__attrs_attrs__:  # type: ignore[attr-defined]
        if attribute.name == "additional_properties":  # unknown keys: any JSON value
            continue
        field_type = _type_of(hints[attribute.name])
        if field_type.anything:
            continue
        required = attribute.default is NOTHING
        fields.append(_Field(attribute.name, _json_key(attribute.name), field_type, required))
    return tuple(fields)


def _check_value(value: Any, field_type: _Type, path: str) -> Any:
    if type(value) in field_type.exact:
        return value
    for convert in field_type.converters:
        converted = convert(value, path)
        if converted is not _NOT_APPLICABLE:
            return converted
    raise _Mismatch(path, field_type.expected, _kind(value))


def _check_model(model: Any, path: str) -> None:
    for field in _plan(type(model)):
        value = getattr(model, field.name)
        if type(value) in field.type.exact:  # the common case, kept inline
            continue
        checked = _check_value(value, field.type, f"{path}.{field.key}")
        if checked is not value:
            setattr(model, field.name, checked)


def _diagnose(model: type, data: Any, path: str) -> _Mismatch | None:
    """Where raw JSON breaks a model's from_dict (which fails without saying where)."""
    if type(data) is not dict:
        return _Mismatch(path, f"an object ({model.__name__})", _kind(data))
    for field in _plan(model):
        where = f"{path}.{field.key}"
        if field.key not in data:
            if field.required:
                return _Mismatch(where, "present", "missing")
            continue
        value = data[field.key]
        if not field.type.models or type(value) in field.type.exact:
            continue
        if type(value) is dict:
            candidates = [_diagnose(m, value, where) for m in field.type.models]
            if all(candidates):
                return candidates[0]
        elif type(value) is list:
            for index, element in enumerate(value):
                found = [_diagnose(m, element, f"{where}[{index}]") for m in field.type.models]
                if all(found):
                    return found[0]
        else:
            return _Mismatch(where, field.type.expected, _kind(value))
    return None


def _error(
    response: httpx2.Response, mismatch: _Mismatch | None, cause: Exception | None
) -> APIResponseValidationError:
    if mismatch is not None:
        detail = f"{mismatch.path} should be {mismatch.expected}, not {mismatch.got}"
    else:  # the exception's text may quote the value, so only its type is named
        detail = f"{type(cause).__name__} while reading it"
    error = APIResponseValidationError(
        f"the answer does not fit the documented shape: {detail} (the server accepted the request)",
        response=response,
    )
    if mismatch is not None:
        error.path, error.expected = mismatch.path, mismatch.expected
    return error


@functools.cache
def _returned_model(parser: Callable[[Any], Any]) -> type | None:
    returned = typing.get_type_hints(parser).get("return")
    return returned if _is_model(returned) else None


def parse_answer(data: Any, response: httpx2.Response, parser: Callable[[Any], T]) -> T:
    """``parser(data)`` (a generated ``from_dict``) with every field checked against its type."""
    try:
        parsed = parser(data)
    except Exception as exc:
        model = _returned_model(parser)
        mismatch = _diagnose(model, data, "$") if model is not None else None
        raise _error(response, mismatch, exc) from exc
    if _is_model(type(parsed)):
        try:
            _check_model(parsed, "$")
        except _Mismatch as mismatch:
            raise _error(response, mismatch, None) from None
    return parsed


def check_status(data: Any, response: httpx2.Response) -> None:
    """Only ``"status": true`` (or no ``status`` key, a documented quirk) is a success."""
    if type(data) is not dict or "status" not in data:
        return
    status = data["status"]
    if status is True:
        return
    if status is False:
        raise APIRefusedError(response=response)
    error = APIResponseValidationError(
        f'the answer\'s "status" should be true or false, not {_kind(status)}; '
        "it cannot be read as a success (the server accepted the request)",
        response=response,
    )
    error.path, error.expected = "$.status", "true or false"
    raise error


def _request_plan(model: type) -> tuple[_Field, ...]:
    plan = _REQUEST_PLANS.get(model)
    if plan is None:
        plan = _REQUEST_PLANS[model] = tuple(field for field in _plan(model) if field.type.models)
    return plan


def _check_request(value: Any, path: str) -> None:
    for field in _request_plan(type(value)):
        member = getattr(value, field.name)
        where = f"{path}.{field.name}"
        if type(member) in field.type.exact:
            continue
        if isinstance(member, field.type.models):
            _check_request(member, where)
        elif type(member) is list:
            for index, element in enumerate(member):
                _require(element, field.type.models, f"{where}[{index}]")
        else:
            _require(member, field.type.models, where)


def _require(value: Any, models: tuple[type, ...], path: str) -> None:
    if not isinstance(value, models):
        name = models[0].__name__
        raise RequestTypeError(
            path,
            f"must be a {name} (from paycombat_client.models), not {type(value).__name__}: "
            f"build it with {name}(...), or {name}.from_dict(...) from a dict",
        )
    _check_request(value, path)


def check_body(body: object, model: type) -> None:
    """Refuse, before any I/O, a body (or a part of one) that is not the model its type names."""
    _require(body, (model,), "body")
