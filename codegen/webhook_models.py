"""Webhook event models: the spec's webhook payload schemas, through datamodel-code-generator.

openapi-python-client ignores the spec's ``webhooks``; their payloads (``components/requestBodies``)
become pydantic models here, for validating untrusted input. Amounts that arrive as a string or a
number become ``Decimal``; timestamps become aware datetimes.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

_SCHEMA_REF = "#/components/schemas/"
_BODY_REF = "#/components/requestBodies/"


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
    return payloads


def _rewrite(node: Any, used: set[str]) -> Any:
    """Point component refs at $defs, and make string-or-number amounts decimals."""
    if isinstance(node, list):
        return [_rewrite(item, used) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _rewrite(value, used) for key, value in node.items()}
    ref = out.get("$ref")
    if isinstance(ref, str) and ref.startswith(_SCHEMA_REF):
        name = ref.removeprefix(_SCHEMA_REF)
        used.add(name)
        out["$ref"] = f"#/$defs/{name}"
    types = out.get("type")
    if isinstance(types, list) and {"number", "string"} <= set(types) <= {"number", "string", "null"}:
        out["format"] = "decimal"
    return out


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
        defs[name] = _rewrite(copy.deepcopy(spec["components"]["schemas"][name]), used)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$defs": dict(sorted(defs.items()))}


def generate_webhook_models(spec: dict[str, Any], target: Path, workdir: Path) -> None:
    source = workdir / "webhook-payloads.json"
    source.write_text(json.dumps(webhook_json_schema(spec), indent=2, sort_keys=True), encoding="utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    cmd = [
        sys.executable, "-m", "datamodel_code_generator",
        "--input", source.name, "--input-file-type", "jsonschema", "--output", str(target),
        "--output-model-type", "pydantic_v2.BaseModel", "--target-python-version", "3.11",
        "--output-datetime-class", "AwareDatetime", "--extra-fields", "allow",
        "--use-standard-collections", "--use-union-operator", "--disable-timestamp",
        "--use-schema-description", "--use-field-description", "--formatters", "ruff-format",
    ]  # fmt: skip
    proc = subprocess.run(cmd, cwd=workdir, capture_output=True, text=True)
    if proc.returncode != 0 or proc.stderr.strip():
        raise WebhookModelError(f"datamodel-code-generator failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")
