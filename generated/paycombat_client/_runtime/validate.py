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

Request bodies are checked the same way before anything is sent, without converting: a value
that would not be sent as its field's type (a ``str`` amount, a ``dict`` where a model is
expected) raises :class:`RequestTypeError` naming its path and the type, never the value.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import operator
import sys
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

import httpx2

from .exceptions import APIRefusedError, APIResponseValidationError, RequestTypeError
from .money import in_bounds, read_money
from .types import Unset

__all__ = ["check_body", "check_status", "misfit", "parse_answer"]

T = TypeVar("T")

_NOT_APPLICABLE: Any = object()
_INF = float("inf")
_MAX_SHAPES = 64


class _Mismatch(Exception):
    """A value that is not of its field's type; ``path`` is the JSON path, never the value.

    Raised with the path below the model being checked; each model on the way out prepends its
    part, so a check that passes never builds a path.
    """

    def __init__(self, path: str, expected: str, got: str) -> None:
        super().__init__(path)
        self.path = path
        self.json = path  # the same path in JSON keys: a request's path is in Python's names
        self.expected = expected
        self.got = got

    def under(self, prefix: str, json_prefix: str | None = None) -> _Mismatch:
        self.path = prefix + self.path
        self.json = (prefix if json_prefix is None else json_prefix) + self.json
        return self

    def __str__(self) -> str:
        return f"{self.path} should be {self.expected}, not {self.got}"


# Converts a value whose type is not one of the field's exact types: returns the value to keep,
# or _NOT_APPLICABLE when this member of a union does not take it.
_Convert = Callable[[Any], Any]


# Plain classes with __slots__, not dataclasses: they are made when the package is imported.
class _Type:
    __slots__ = ("anything", "choices", "converters", "exact", "expected", "item", "models", "money", "taken")

    def __init__(
        self,
        exact: frozenset[type],  # kept as they are (model classes and list included: checked one level down)
        converters: tuple[_Convert, ...],
        expected: str,  # in JSON's words, for answers
        models: frozenset[type],  # attrs model classes among the members
        item: _Type | None = None,  # the item type of a list member
        anything: bool = False,
        taken: str = "",  # in Python's words, for request arguments
        choices: bool = False,  # a Literal among the members
    ) -> None:
        self.money = Decimal in exact  # a decoded Decimal is kept as is only once its size is checked
        self.exact = exact
        self.converters = converters
        self.expected = expected
        self.models = models
        self.item = item
        self.anything = anything
        self.taken = taken
        self.choices = choices


class _Field:
    __slots__ = ("key", "name", "required", "type")

    def __init__(self, name: str, key: str, type_: _Type, required: bool) -> None:
        self.name = name
        self.key = key
        self.type = type_
        self.required = required


class _Plan:
    __slots__ = ("exact", "fields", "money", "nested", "to_fix", "values")

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
        self.money = tuple(field for field in fields if field.type.money)
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


def _is_model(tp: object) -> bool:
    return isinstance(tp, type) and hasattr(tp, "__attrs_attrs__") and hasattr(tp, "from_dict")


def _to_decimal(value: Any) -> Any:
    amount = read_money(value)
    return _NOT_APPLICABLE if amount is None else amount


def _to_float(value: Any) -> Any:
    if type(value) is Decimal:  # a JSON number, decoded exactly
        number = float(value)
        if -_INF < number < _INF:
            return number
    return _NOT_APPLICABLE


def _literal_converter(choices: frozenset[object]) -> _Convert:
    def convert(value: Any) -> Any:
        return value if type(value) is str and value in choices else _NOT_APPLICABLE

    return convert


_MONEY_WORDS = "a decimal number (a JSON number or a plain decimal string of ASCII digits, of an amount's size)"

# type -> (kept as is, converters, in JSON's words, in Python's words)
_SIMPLE: dict[object, tuple[tuple[type, ...], tuple[_Convert, ...], str, str]] = {
    type(None): ((type(None),), (), "null", "None"),
    Unset: ((Unset,), (), "", ""),
    str: ((str,), (), "a string", "a str"),
    bool: ((bool,), (), "a boolean", "a bool"),
    int: ((int,), (), "an integer", "an int"),
    float: ((float, int), (_to_float,), "a number", "a float or int"),
    Decimal: ((Decimal,), (_to_decimal,), _MONEY_WORDS, "a Decimal"),
    datetime.datetime: ((datetime.datetime,), (), "an ISO 8601 date-time", "a datetime"),
    datetime.date: ((datetime.date,), (), "an ISO 8601 date", "a date"),
}


@functools.cache
def _type_of(annotation: Any) -> _Type:
    is_union = isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union
    members = typing.get_args(annotation) if is_union else (annotation,)
    exact: set[type] = set()
    converters: list[_Convert] = []
    expected: list[str] = []
    taken: list[str] = []
    models: set[type] = set()
    item: _Type | None = None
    choices = False
    for member in members:
        origin = typing.get_origin(member)
        if member is Any:
            return _Type(frozenset(), (), "anything", frozenset(), anything=True)
        if member in _SIMPLE:
            kept, convert, words, python_words = _SIMPLE[member]
            exact.update(kept)
            converters.extend(convert)
            if words:
                expected.append(words)
                taken.append(python_words)
        elif origin is list and item is None:
            (item_annotation,) = typing.get_args(member)
            item = _type_of(item_annotation)
            exact.add(list)
            expected.append(f"an array of {item.expected}")
            taken.append(f"a list of {item.taken}")
        elif origin is typing.Literal:
            choices = True
            converters.append(_literal_converter(frozenset(typing.get_args(member))))
            expected.append(" or ".join(repr(choice) for choice in typing.get_args(member)))
            taken.append(expected[-1])
        elif origin is dict or member is dict:
            exact.add(dict)
            expected.append("an object")
            taken.append("a dict")
        elif _is_model(member):
            exact.add(member)
            expected.append(f"an object ({member.__name__})")
            taken.append(f"a {member.__name__}")
            models.add(member)
        else:  # a type this module does not know: refuse loudly rather than pass anything
            raise TypeError(f"paycombat_client cannot check values of type {member!r}")
    return _Type(
        frozenset(exact),
        tuple(converters),
        " or ".join(expected),
        frozenset(models),
        item,
        taken=" or ".join(taken),
        choices=choices,
    )


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
    # The JSON keys the generator wrote beside the model (models.py.jinja): never guessed from names.
    keys: dict[str, str] = getattr(sys.modules[model.__module__], "JSON_KEYS", {})
    fields = []
    for attribute in model.__attrs_attrs__:  # type: ignore[attr-defined]
        if attribute.name == "additional_properties":  # unknown keys: any JSON value
            continue
        field_type = _type_of(hints[attribute.name])
        if field_type.anything:
            continue
        required = attribute.default is NOTHING
        fields.append(_Field(attribute.name, keys.get(attribute.name, attribute.name), field_type, required))
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


def _misfits(plan: _Plan, shape: tuple[type, ...]) -> tuple[_Field, ...]:
    """The fields whose value's type (``shape``, in field order) is not one of their exact types."""
    to_fix = plan.to_fix.get(shape)
    if to_fix is None:  # a new shape: the fields are picked out in C
        to_fix = tuple(itertools.compress(plan.fields, map(operator.not_, map(_in, plan.exact, shape))))
        if len(plan.to_fix) < _MAX_SHAPES:
            plan.to_fix[shape] = to_fix
    return to_fix


def _check_model(model: Any) -> None:
    """Every field of ``model`` of its type (converted where allowed); else _Mismatch, its path from here."""
    plan = _plan(type(model))
    for field in _misfits(plan, tuple(map(type, plan.values(model)))):
        setattr(model, field.name, _convert(getattr(model, field.name), field.type, f".{field.key}"))
    for field in plan.money:
        amount = getattr(model, field.name)
        if type(amount) is Decimal and not in_bounds(amount):
            raise _Mismatch(f".{field.key}", field.type.expected, "a number of a size no amount has")
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
            elif item_type.money and type(element) is Decimal and not in_bounds(element):
                raise _Mismatch("", item_type.expected, "a number of a size no amount has")
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
    if value_type.choices and type(value) not in value_type.exact:  # from_dict's own error quotes the value
        try:
            _convert(value, value_type, "")
        except _Mismatch as mismatch:
            return mismatch.under(path)
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


def misfit(model: type, data: Any) -> str | None:
    """Where JSON ``data`` breaks ``model.from_dict`` (a missing key, an object or array where
    another is expected), as a JSON path and the expected type; ``None`` if nowhere is found."""
    found = _diagnose(model, data, "$")
    return None if found is None else str(found)


def parse_answer(data: Any, response: httpx2.Response, parser: Callable[[Any], T], model: type | None = None) -> T:
    """``parser(data)`` (``model.from_dict``) with every field checked against its type."""
    try:
        parsed = parser(data)
    except Exception as exc:
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


def _check_request(value: Any) -> None:
    """Every field of request model ``value`` sent as its type says; else _Mismatch, its path from here."""
    plan = _plan(type(value))
    for field in _misfits(plan, tuple(map(type, plan.values(value)))):
        _check_request_field(getattr(value, field.name), field)
    for field in plan.nested:
        member = getattr(value, field.name)
        if type(member) in field.type.models or (type(member) is list and field.type.item is not None):
            _check_request_field(member, field)


def _check_request_field(value: Any, field: _Field) -> None:
    try:
        _check_request_value(value, field.type)
    except _Mismatch as mismatch:
        raise mismatch.under(f".{field.name}", f".{field.key}") from None


def _check_request_value(value: Any, value_type: _Type) -> None:
    kind = type(value)
    if kind in value_type.models:
        _check_request(value)
        return
    if kind is list and value_type.item is not None:
        for index, element in enumerate(value):
            try:
                _check_request_value(element, value_type.item)
            except _Mismatch as mismatch:
                raise mismatch.under(f"[{index}]") from None
        return
    if kind in value_type.exact or value_type.anything:
        return
    if value_type.models and isinstance(value, tuple(value_type.models)):  # a subclass of a model is that model too
        _check_request(value)
        return
    if _sent_as_is(value, value_type):
        return
    if value_type.models:
        name = min(model.__name__ for model in value_type.models)
        got = f"{type(value).__name__}: build it with {name}(...), or {name}.from_dict(...) from a dict"
        raise _Mismatch("", f"a {name} (from paycombat_client.models)", got)
    if value is None:
        got = "None"
    elif value_type.choices and isinstance(value, str):
        got = "another str"
    else:
        name = type(value).__name__
        got = f"{'an' if name[0] in 'aeiouAEIOU' else 'a'} {name}"
    raise _Mismatch("", value_type.taken, got)


def _sent_as_is(value: Any, value_type: _Type) -> bool:
    """Whether a value of no exact type still means what the field says once encoded."""
    if isinstance(value, bool):  # a subclass of int, but JSON true or false, never a number
        return bool in value_type.exact
    probe = str(value) if isinstance(value, str) else value  # a str enum member as its text
    for convert in value_type.converters:
        converted = convert(probe)
        # One of a Literal's choices; text that an answer may hold for a number is still sent as
        # text, not what a number field takes.
        if converted is not _NOT_APPLICABLE and (converted is probe or not isinstance(value, str)):
            return True
    return isinstance(value, tuple(value_type.exact - value_type.models))  # a str or int subclass


def check_body(body: object, model: type) -> None:
    """Refuse, before any I/O, a body that is not the model its type names, or any value in it
    that is not of its field's type."""
    try:
        if type(body) is model:
            _check_request(body)
        else:
            _check_request_value(body, _type_of(model))
    except _Mismatch as mismatch:  # the value is never shown: it may be personal data
        reason = f"must be {mismatch.expected}, not {mismatch.got}"
        raise RequestTypeError(f"body{mismatch.path}", reason, json_path=f"${mismatch.json}") from None
