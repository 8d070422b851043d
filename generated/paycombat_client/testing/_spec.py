# Copied from runtime/paycombat_client/testing/_spec.py by codegen/generate.py: edit that file, not this one.
"""The OpenAPI document shipped in this package, read once: routes and schema validators.

codegen/generate.py copies spec/paycombat.yaml beside this module, so the sandbox judges
requests and answers by the very document the client was generated from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import unquote

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

__all__ = ["SPEC_FILE", "Operation", "Spec", "field_error", "load_spec"]

SPEC_FILE = "paycombat.yaml"
_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    request: Draft202012Validator | None
    response: Draft202012Validator


class Spec:
    """Operations by id, a router, and validators for answers, errors and webhook payloads."""

    def __init__(self, document: dict[str, Any]) -> None:
        components = document.get("components", {})
        self._components = components

        def validator(schema: dict[str, Any]) -> Draft202012Validator:
            # The components ride along so that "#/components/..." references resolve.
            return Draft202012Validator({**schema, "components": components})

        self.operations: dict[str, Operation] = {}
        for path, item in document["paths"].items():
            for method, op in item.items():
                if method not in _METHODS:
                    continue
                body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
                answer = _only_success(op)
                self.operations[op["operationId"]] = Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    pattern=_compile(path),
                    request=validator(body["schema"]) if "schema" in body else None,
                    response=validator(answer),
                )
        self.error = validator({"$ref": "#/components/schemas/ErrorResponse"})
        self.webhooks: dict[str, Draft202012Validator] = {
            name: validator(body["content"]["application/json"]["schema"])
            for name, body in components.get("requestBodies", {}).items()
        }

    def route(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        for op in self.operations.values():
            match = op.pattern.fullmatch(path)
            if match is not None and op.method == method:
                return op, {name: unquote(value) for name, value in match.groupdict().items()}
        return None


def _only_success(op: dict[str, Any]) -> dict[str, Any]:
    for status, response in op["responses"].items():
        if str(status).startswith("2"):
            schema: dict[str, Any] = response["content"]["application/json"]["schema"]
            return schema
    raise ValueError(f"{op['operationId']}: no 2XX answer in the spec")


def _compile(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    # Even indexes are literal text, odd ones parameter names.
    return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>[^/]+)" for i, p in enumerate(parts)))


def field_error(validator: Draft202012Validator, instance: object) -> tuple[str, str] | None:
    """(field, reason) of the most relevant way ``instance`` breaks the schema, or None."""
    error: ValidationError | None = best_match(validator.iter_errors(instance))
    if error is None:
        return None
    path = [str(p) for p in error.absolute_path]
    reason = error.message
    required = error.validator_value
    if error.validator == "required" and isinstance(error.instance, dict) and isinstance(required, list):
        missing = [name for name in required if name not in error.instance]
        if missing:
            path.append(missing[0])
            reason = "is required"
    elif error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        extra = [name for name in error.instance if name not in known]
        if extra:
            path.append(extra[0])
            reason = "is not a field of this request"
    return ".".join(path) or "(body)", reason


@cache
def load_spec() -> Spec:
    text = resources.files(__package__).joinpath(SPEC_FILE).read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return Spec(yaml.load(text, Loader=loader))  # noqa: S506 - a safe loader
