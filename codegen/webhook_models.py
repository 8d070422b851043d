"""Webhook event models: the spec's webhook payload schemas, through datamodel-code-generator.

openapi-python-client ignores the spec's ``webhooks``, so their payloads (``components/requestBodies``)
exist only here, as pydantic models for validating untrusted input. Every JSON number becomes
``Decimal`` (never ``float``): amounts that arrive as a string or a number are ``Decimal`` either
way, and the few string-or-number fields that are references (``_TEXT_OR_NUMBER``) keep a string
as ``str``. Timestamps become aware datetimes; unknown keys are kept; the models are frozen.
The runtime must hand these models ``json.loads(..., parse_float=Decimal)`` output: pydantic's own
JSON parser reads numbers as floats first, which rounds ``0.30000000000000001`` and drops the
trailing zero of ``1.10``.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from openapi import SCHEMA_REF

_BODY_REF = "#/components/requestBodies/"
_MONEY_REF = "#/components/schemas/Money"
_DECIMAL = {"type": "number", "format": "decimal"}
_MARK = "x-paycombat-text-or-number"

#: String-or-number fields that are references, not amounts: a string stays a string.
_TEXT_OR_NUMBER: dict[str, tuple[str, ...]] = {"Payout": ("order_id",)}


class WebhookModelError(RuntimeError):
    pass


def _payload_schemas(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Title -> JSON schema of each distinct webhook payload."""
    payloads: dict[str, dict[str, Any]] = {}
    for name, item in sorted(spec.get("webhooks", {}).items()):
        body = item["post"]["requestBody"]
        if "$ref" in body:
            body = spec["components"]["requestBodies"][body["$ref"].removeprefix(_BODY_REF)]
        schema = body["content"]["application/json"]["schema"]
        title = schema.get("title")
        if not title:
            raise WebhookModelError(f"webhook {name}: its payload schema needs a title (the model's name)")
        payloads[title] = schema
    if not payloads:
        raise WebhookModelError("the spec has no webhooks")
    return payloads


def _numbers_as_decimal(out: dict[str, Any]) -> dict[str, Any]:
    """Rewrite a schema node whose ``type`` admits ``number`` so that no float can come out of it."""
    types = out.get("type")
    listed = [types] if isinstance(types, str) else types
    if not isinstance(listed, list) or "number" not in listed:
        out.pop(_MARK, None)
        return out
    text_or_number = out.pop(_MARK, False)
    if not text_or_number and {"number", "string"} <= set(listed) <= {"number", "string", "null"}:
        out["format"] = "decimal"  # an amount: "50" and 50 both become Decimal
        return out
    if listed == ["number"]:
        out["format"] = "decimal"
        return out
    # Mixed types: one branch per type, so a string stays str and only numbers become Decimal.
    del out["type"]
    out["anyOf"] = [dict(_DECIMAL) if t == "number" else {"type": t} for t in listed]
    return out


def _money_inline(node: dict[str, Any]) -> dict[str, Any]:
    """A money field with the shared ``Money`` schema's types written in (``number``, ``string``,
    and ``null`` when the field allows it): a ``$ref`` to it would become a RootModel. Its pattern
    and bounds stay out: the webhook parser reads every amount with the client's money reader,
    which enforces them, before pydantic sees it."""
    members = node.get("anyOf")
    if node.get("$ref") == _MONEY_REF:
        members = [{"$ref": _MONEY_REF}]
    elif not isinstance(members, list) or {"$ref": _MONEY_REF} not in members:
        return node
    if any(member not in ({"$ref": _MONEY_REF}, {"type": "null"}) for member in members):
        raise WebhookModelError(f"a reference to {_MONEY_REF} may only be combined with null: {members}")
    out = {key: value for key, value in node.items() if key not in ("anyOf", "$ref")}
    out["type"] = ["number", "string", "null"] if {"type": "null"} in members else ["number", "string"]
    return out


def _rewrite(node: Any, used: set[str]) -> Any:
    """Point component refs at $defs and keep every number exact."""
    if isinstance(node, list):
        return [_rewrite(item, used) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _rewrite(value, used) for key, value in _money_inline(node).items()}
    ref = out.get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
        name = ref.removeprefix(SCHEMA_REF)
        used.add(name)
        out["$ref"] = f"#/$defs/{name}"
    return _numbers_as_decimal(out)


def write_webhook_examples(spec: dict[str, Any], target: Path) -> None:
    """``EXAMPLES``: the spec's example of each webhook payload, by title, and ``EVENTS``: each
    webhook's named events (``x-paycombat-events``) with their payload and status, as a Python
    module (for ``paycombat webhooks trigger``, which sends samples signed as PayCombat signs them)."""
    if target.exists():
        raise WebhookModelError(f"{target.name} would replace a hand-written file of the same name")
    examples: dict[str, Any] = {}
    events: dict[str, tuple[str, str]] = {}
    for name, item in sorted(spec.get("webhooks", {}).items()):
        named = item["post"].get("x-paycombat-events")
        if not isinstance(named, dict) or not named:
            raise WebhookModelError(f"webhook {name}: needs x-paycombat-events (event name: status)")
        body = item["post"]["requestBody"]
        if "$ref" in body:
            body = spec["components"]["requestBodies"][body["$ref"].removeprefix(_BODY_REF)]
        media = body["content"]["application/json"]
        if "example" not in media:
            raise WebhookModelError(
                f"webhook {name}: its payload needs an example (paycombat webhooks trigger sends it)"
            )
        examples[media["schema"]["title"]] = media["example"]
        for event, status in named.items():
            if event in events:
                raise WebhookModelError(f"webhook {name}: event {event} is named twice")
            events[str(event)] = (media["schema"]["title"], str(status))
    try:
        json.dumps(examples)  # only JSON values (an unquoted YAML date would not be)
    except TypeError as exc:
        raise WebhookModelError(f"a webhook example is not plain JSON: {exc}") from None
    literal = repr(examples)  # ruff formats it with the rest of the package
    target.write_text(
        '"""The spec\'s example of each webhook payload, by schema title, and its named events."""\n\n'
        "from typing import Any, Final\n\n"
        f"EXAMPLES: Final[dict[str, dict[str, Any]]] = {literal}\n\n"
        "#: Event name -> (payload schema title, status): the spec's x-paycombat-events.\n"
        f"EVENTS: Final[dict[str, tuple[str, str]]] = {dict(sorted(events.items()))!r}\n",
        encoding="utf-8",
    )


def _component(spec: dict[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = copy.deepcopy(spec["components"]["schemas"][name])
    for field in _TEXT_OR_NUMBER.get(name, ()):
        prop = schema.get("properties", {}).get(field)
        if prop is None:
            raise WebhookModelError(f"components/schemas/{name} has no property {field} (see _TEXT_OR_NUMBER)")
        prop[_MARK] = True
    return schema


def webhook_json_schema(spec: dict[str, Any]) -> dict[str, Any]:
    """One JSON Schema document whose $defs are the payloads and the records they use."""
    defs: dict[str, Any] = {}
    used: set[str] = set()
    for title, schema in _payload_schemas(spec).items():
        defs[title] = _rewrite(copy.deepcopy(schema), used)
    done: set[str] = set()
    while used - done:
        name = sorted(used - done)[0]
        done.add(name)
        defs[name] = _rewrite(_component(spec, name), used)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$defs": dict(sorted(defs.items()))}


def generate_webhook_models(spec: dict[str, Any], target: Path, workdir: Path) -> None:
    if target.exists():
        raise WebhookModelError(f"{target.name} would replace a hand-written file of the same name")
    source = workdir / "webhook-payloads.json"
    source.write_text(json.dumps(webhook_json_schema(spec), indent=2, sort_keys=True), encoding="utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    # pydantic BaseModel: it validates and coerces untrusted input (str -> Decimal/datetime), keeps
    # unknown keys (extra=allow) and reports errors by field; frozen, so a checked event stays as checked.
    cmd = [
        sys.executable, "-m", "datamodel_code_generator",
        "--input", source.name, "--input-file-type", "jsonschema", "--output", str(target),
        "--output-model-type", "pydantic_v2.BaseModel", "--target-python-version", "3.11",
        "--output-datetime-class", "AwareDatetime", "--extra-fields", "allow",
        "--enable-faux-immutability", "--skip-root-model",
        "--use-standard-collections", "--use-union-operator", "--disable-timestamp",
        "--use-schema-description", "--use-field-description", "--formatters", "ruff-format",
    ]  # fmt: skip
    proc = subprocess.run(cmd, cwd=workdir, capture_output=True, text=True)
    if proc.returncode != 0 or proc.stderr.strip():
        raise WebhookModelError(f"datamodel-code-generator failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")
