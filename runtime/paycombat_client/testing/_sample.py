"""Values a schema of the spec accepts, built from its examples or else from its types.

The sandbox answers and the tests call with them; codegen/reference_docs.py runs this very file
to write the reference's example calls. So it imports nothing but the standard library: the
generator has neither the package nor the ``testing`` extra.
"""

from __future__ import annotations

import copy
import uuid
from typing import Any

__all__ = ["example", "resolved", "sample"]

_SCHEMA_REF = "#/components/schemas/"
# What a sampled answer says for each format; money (format decimal) is text, as PayCombat often sends it.
_BY_FORMAT: dict[str, Any] = {
    "date-time": "2025-06-10T01:09:44.000Z",
    "date": "2025-06-10",
    "decimal": "10.50",
    "uuid": "6f1c2a8e-93d4-4b7a-a0f5-2d8e61c4b9a3",
    "email": "jennie@example.com",
    "uri": "https://merchant.example/",
}


def example(node: dict[str, Any]) -> Any:
    """The node's ``example``, else the first of its ``examples`` (a list in a schema, a map of
    Example objects in a media type), else None."""
    if "example" in node:
        return copy.deepcopy(node["example"])
    examples = node.get("examples")
    if isinstance(examples, list) and examples:
        return copy.deepcopy(examples[0])
    if isinstance(examples, dict):
        for example in examples.values():
            if isinstance(example, dict) and "value" in example:
                return copy.deepcopy(example["value"])
    return None


def resolved(schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    while isinstance(schema.get("$ref"), str):
        schema = components["schemas"][schema["$ref"].removeprefix(_SCHEMA_REF)]
    return schema


def sample(schema: dict[str, Any], components: dict[str, Any], name: str = "", _seen: tuple[str, ...] = ()) -> Any:
    """A value the schema accepts, the same on every call: its example or default when it has
    one, else the first of its ``enum``, else by its type and format (an object gets every
    property it declares, a list one item, money a decimal string such as ``"10.50"``). ``name``
    is the property's, for text. A schema that refers back to itself stops at null or empty."""
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in _seen:
            return None
        target = components["schemas"][ref.removeprefix(_SCHEMA_REF)]
        return sample({**target, **{k: v for k, v in schema.items() if k != "$ref"}}, components, name, (*_seen, ref))
    for key in ("const", "example", "default"):
        if key in schema:
            return copy.deepcopy(schema[key])
    shown = example(schema)
    if shown is not None:
        return shown
    enum = [value for value in schema.get("enum", ()) if value is not None]
    if enum:
        return copy.deepcopy(enum[0])
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(part, components, name, _seen)
            if not isinstance(value, dict):
                return value
            merged.update(value)
        return {**merged, **(_object(schema, components, _seen) if "properties" in schema else {})}
    for key in ("anyOf", "oneOf"):
        if key in schema:
            members = [m for m in schema[key] if resolved(m, components).get("type") != "null"]
            return sample(members[0], components, name, _seen) if members else None
    types = schema.get("type")
    listed = [types] if isinstance(types, str) else list(types or [])
    kinds = [kind for kind in listed if kind != "null"]
    if schema.get("format") == "decimal" and "string" in kinds:
        kind = "string"
    elif kinds:
        kind = kinds[0]
    elif "properties" in schema:
        kind = "object"
    else:
        return None  # any JSON value, or only null
    return _by_kind(kind, schema, components, name, _seen)


def _by_kind(kind: str, schema: dict[str, Any], components: dict[str, Any], name: str, seen: tuple[str, ...]) -> Any:
    if kind == "object":
        return _object(schema, components, seen)
    if kind == "array":
        items = schema.get("items", {})
        return [] if items.get("$ref") in seen else [sample(items, components, name, seen)]
    if kind == "boolean":
        return True
    if kind in ("number", "integer"):
        bounds = [schema.get("minimum"), schema.get("exclusiveMinimum")]
        low = max([b for b in bounds if isinstance(b, int | float)], default=0)
        return int(low) + 1
    text = _BY_FORMAT.get(schema.get("format", ""))
    if text is None:
        text = str(uuid.uuid5(uuid.NAMESPACE_URL, name)) if name == "id" or name.endswith("_id") else f"sample {name}"
    return text.strip()


def _object(schema: dict[str, Any], components: dict[str, Any], seen: tuple[str, ...]) -> dict[str, Any]:
    return {key: sample(prop, components, key, seen) for key, prop in schema.get("properties", {}).items()}
