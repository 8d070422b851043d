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
import itertools
import keyword
import operator
import re
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

import httpx2

from .exceptions import APIRefusedError, APIResponseValidationError, RequestTypeError
from .types import Unset

__all__ = ["check_body", "check_status", "misfit", "parse_answer"]

T = TypeVar("T")

#: Numeric text PayCombat may send for an amount ("50", "-0.50", "1e3"); no NaN, spaces or "_".
_NUMERIC = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")
#: Names openapi-python-client suffixes with "_" (``type`` -> ``type_``), to name JSON keys in paths.
_RESERVED = frozenset(dir(builtins)) | frozenset(keyword.kwlist) | {"self", "true", "false", "datetime"}
_is_numeric = _NUMERIC.fullmatch
_NOT_APPLICABLE: Any = object()
_MAX_SHAPES = 64


class _Mismatch(Exception):
    """A value that is not of its field's type; ``path`` is the JSON path, never the value.

    Raised with the path below the model being checked; each model on the way out prepends its
    part, so a check that passes never builds a path.
    """

    def __init__(self, path: str, expected: str, got: str) -> None:
        super().__init__(path)
        self.path = path
        self.expected = expected
        self.got = got

    def under(self, prefix: str) -> _Mismatch:
        self.path = prefix + self.path
        return self

    def __str__(self) -> str:
        return f"{self.path} should be {self.expected}, not {self.got}"


# Converts a value whose type is not one of the field's exact types: returns the value to keep,
# or _NOT_APPLICABLE when this member of a union does not take it.
_Convert = Callable[[Any], Any]


# Plain classes with __slots__, not dataclasses: they are made when the package is imported.
class _Type:
    __slots__ = ("anything", "converters", "exact", "expected", "item", "models")

    def __init__(
        self,
        exact: frozenset[type],  # kept as they are (model classes and list included: checked one level down)
        converters: tuple[_Convert, ...],
        expected: str,
        models: frozenset[type],  # attrs model classes among the members
        item: _Type | None = None,  # the item type of a list member
        anything: bool = False,
    ) -> None:
        self.exact = exact
        self.converters = converters
        self.expected = expected
        self.models = models
        self.item = item
        self.anything = anything


class _Field:
    __slots__ = ("key", "name", "required", "type")

    def __init__(self, name: str, key: str, type_: _Type, required: bool) -> None:
        self.name = name
        self.key = key
        self.type = type_
        self.required = required


class _Plan:
    __slots__ = ("exact", "fields", "nested", "to_fix", "values")

    def __init__(
        self,
        fields: tuple[_Field, ...],
        values: Callable[[Any], tuple[Any, ...]],  # every field's value at once
        exact: tuple[frozenset[type], ...],  # each field's exact types, in the same order
        nested: tuple[_Field, ...],  # fields that may hold a model or a list, checked one level down
    ) -> None:
        self.fields = fields
        self.values = values
        self.exact = exact
        self.nested = nested
        # Shape (the tuple of the fields' value types) -> the fields to convert or refuse. Answers
        # repeat a few shapes (which fields are null, which amounts are strings), so most checks
        # are one lookup of a tuple's hash; bounded, so it cannot grow without limit.
        self.to_fix: dict[tuple[type, ...], tuple[_Field, ...]] = {}


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


def _to_decimal(value: Any) -> Any:
    if type(value) is int:
        return Decimal(value)
    if type(value) is str and _is_numeric(value):
        return Decimal(value)
    return _NOT_APPLICABLE


def _to_float(value: Any) -> Any:
    if type(value) is Decimal:  # a JSON number, decoded exactly
        return float(value)
    return _NOT_APPLICABLE


def _literal_converter(choices: frozenset[object]) -> _Convert:
    def convert(value: Any) -> Any:
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
    models: set[type] = set()
    item: _Type | None = None
    for member in members:
        origin = typing.get_origin(member)
        if member is Any:
            return _Type(frozenset(), (), "anything", frozenset(), anything=True)
        if member in _SIMPLE:
            kept, convert, words = _SIMPLE[member]
            exact.update(kept)
            converters.extend(convert)
            if words:
                expected.append(words)
        elif origin is list and item is None:
            (item_annotation,) = typing.get_args(member)
            item = _type_of(item_annotation)
            exact.add(list)
            expected.append(f"an array of {item.expected}")
        elif origin is typing.Literal:
            converters.append(_literal_converter(frozenset(typing.get_args(member))))
            expected.append(" or ".join(repr(choice) for choice in typing.get_args(member)))
        elif origin is dict or member is dict:
            exact.add(dict)
            expected.append("an object")
        elif _is_model(member):
            exact.add(member)
            expected.append(f"an object ({member.__name__})")
            models.add(member)
        else:  # a type this module does not know: refuse loudly rather than pass anything
            raise TypeError(f"paycombat_client cannot check values of type {member!r}")
    return _Type(frozenset(exact), tuple(converters), " or ".join(expected), frozenset(models), item)


def _no_values(model: object) -> tuple[Any, ...]:
    return ()


def _one_value(model: object, name: str) -> tuple[Any, ...]:
    return (getattr(model, name),)


_PLANS: dict[type, _Plan] = {}


def _plan(model: type) -> _Plan:
    """How to check a model's fields, worked out once per class."""
    plan = _PLANS.get(model)
    if plan is None:
        plan = _PLANS[model] = _make_plan(model)
    return plan


def _make_plan(model: type) -> _Plan:
    from attrs import NOTHING  # loaded with the models by now; the package's import stays lighter

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
    names = [field.name for field in fields]
    values: Callable[[Any], tuple[Any, ...]] = _no_values
    if len(names) == 1:
        values = functools.partial(_one_value, name=names[0])
    elif names:
        values = operator.attrgetter(*names)
    nested = tuple(field for field in fields if field.type.models or field.type.item is not None)
    return _Plan(tuple(fields), values, tuple(field.type.exact for field in fields), nested)


_in = frozenset.__contains__


def _convert(value: Any, value_type: _Type, segment: str) -> Any:
    for convert in value_type.converters:
        converted = convert(value)
        if converted is not _NOT_APPLICABLE:
            return converted
    raise _Mismatch(segment, value_type.expected, _kind(value))


def _check_model(model: Any) -> None:
    """Every field of ``model`` of its type (converted where allowed); else _Mismatch, its path from here."""
    plan = _plan(type(model))
    shape = tuple(map(type, plan.values(model)))
    to_fix = plan.to_fix.get(shape)
    if to_fix is None:  # a new shape: the fields whose value is not of an exact type, picked out in C
        to_fix = tuple(itertools.compress(plan.fields, map(operator.not_, map(_in, plan.exact, shape))))
        if len(plan.to_fix) < _MAX_SHAPES:
            plan.to_fix[shape] = to_fix
    for field in to_fix:
        setattr(model, field.name, _convert(getattr(model, field.name), field.type, f".{field.key}"))
    for field in plan.nested:
        value = getattr(model, field.name)
        try:
            if type(value) is list:
                _check_items(value, field.type.item)  # type: ignore[arg-type]
            elif type(value) in field.type.models:
                _check_model(value)
        except _Mismatch as mismatch:
            raise mismatch.under(f".{field.key}") from None


def _check_items(items: list[Any], item_type: _Type) -> None:
    for index, element in enumerate(items):
        try:
            if type(element) not in item_type.exact:
                element = items[index] = _convert(element, item_type, "")
            if type(element) in item_type.models:
                _check_model(element)
            elif type(element) is list and item_type.item is not None:
                _check_items(element, item_type.item)
        except _Mismatch as mismatch:
            raise mismatch.under(f"[{index}]") from None


def _diagnose(model: type, data: Any, path: str) -> _Mismatch | None:
    """Where raw JSON breaks a model's from_dict (which fails without saying where)."""
    if type(data) is not dict:
        return _Mismatch(path, f"an object ({model.__name__})", _kind(data))
    for field in _plan(model).fields:
        where = f"{path}.{field.key}"
        if field.key not in data:
            if field.required:
                return _Mismatch(where, "present", "missing")
            continue
        found = _diagnose_value(data[field.key], field.type, where)
        if found is not None:
            return found
    return None


def _diagnose_value(value: Any, value_type: _Type, path: str) -> _Mismatch | None:
    if type(value) is dict and value_type.models:
        found = [_diagnose(model, value, path) for model in value_type.models]
        return None if None in found else found[0]
    if type(value) is list and value_type.item is not None:
        for index, element in enumerate(value):
            mismatch = _diagnose_value(element, value_type.item, f"{path}[{index}]")
            if mismatch is not None:
                return mismatch
        return None
    if value_type.models and type(value) not in value_type.exact:
        return _Mismatch(path, value_type.expected, _kind(value))
    return None


def _error(
    response: httpx2.Response, mismatch: _Mismatch | None, cause: Exception | None
) -> APIResponseValidationError:
    if mismatch is not None:
        detail = str(mismatch)
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
    try:
        returned = typing.get_type_hints(parser).get("return")
    except Exception:  # an annotation that does not resolve: no model to point at, and no new error
        return None
    return returned if _is_model(returned) else None


def misfit(model: type, data: Any) -> str | None:
    """Where JSON ``data`` breaks ``model.from_dict`` (a missing key, an object or array where
    another is expected), as a JSON path and the expected type; ``None`` if nowhere is found."""
    found = _diagnose(model, data, "$")
    return None if found is None else str(found)


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
            _check_model(parsed)
        except _Mismatch as mismatch:
            raise _error(response, mismatch.under("$"), None) from None
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


def _check_request(value: Any, path: str) -> None:
    for field in _plan(type(value)).nested:
        member = getattr(value, field.name)
        kind = type(member)
        if kind in field.type.models:
            _check_request(member, f"{path}.{field.name}")
        elif kind is list and field.type.item is not None and field.type.item.models:
            for index, element in enumerate(member):
                _require(element, field.type.item.models, f"{path}.{field.name}[{index}]")
        elif kind not in field.type.exact and field.type.models:
            _require(member, field.type.models, f"{path}.{field.name}")


def _require(value: Any, models: frozenset[type], path: str) -> None:
    if isinstance(value, tuple(models)):  # a subclass of a model is that model too
        _check_request(value, path)
        return
    name = min(model.__name__ for model in models)
    raise RequestTypeError(
        path,
        f"must be a {name} (from paycombat_client.models), not {type(value).__name__}: "
        f"build it with {name}(...), or {name}.from_dict(...) from a dict",
    )


def check_body(body: object, model: type) -> None:
    """Refuse, before any I/O, a body (or a part of one) that is not the model its type names."""
    if type(body) is model:
        _check_request(body, "body")
    else:
        _require(body, frozenset((model,)), "body")
