"""The OpenAPI document shipped in this package, read once: routes, schema validators and answers.

codegen/generate.py copies spec/paycombat.yaml beside this module, so the sandbox judges
requests and answers by the very document the client was generated from. ``Spec.answer`` is
what the sandbox answers for an operation it keeps no state for: the spec's example of the
answer, else one built from the answer's schema (``sample``), checked against that schema.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import unquote

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from ._sample import example, resolved, sample

__all__ = [
    "SPEC_FILE",
    "Operation",
    "Spec",
    "envelope",
    "error_envelope",
    "field_error",
    "load_spec",
    "path_pattern",
    "sample",
]

SPEC_FILE = "paycombat.yaml"
_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    request: Draft202012Validator | None
    #: The request body's media object (its schema, and its example when the spec gives one), if any.
    request_media: dict[str, Any] | None
    response: Draft202012Validator
    #: The 2XX answer's media object: its schema, and its example when the spec gives one.
    answer_media: dict[str, Any]


class Spec:
    """Operations by id, a router, validators for answers, errors and webhook payloads, and an
    answer to every operation."""

    def __init__(self, document: dict[str, Any]) -> None:
        components = document.get("components", {})
        self._components = components
        self._answers: dict[str, dict[str, Any]] = {}

        def validator(schema: dict[str, Any]) -> Draft202012Validator:
            # The components ride along so that "#/components/..." references resolve.
            return Draft202012Validator({**schema, "components": components})

        self.operations: dict[str, Operation] = {}
        for path, item in document["paths"].items():
            for method, op in item.items():
                if method not in _METHODS:
                    continue
                body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
                media = _only_success(op)
                self.operations[op["operationId"]] = Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    pattern=path_pattern(path),
                    request=validator(body["schema"]) if "schema" in body else None,
                    request_media=body if "schema" in body else None,
                    response=validator(media["schema"]),
                    answer_media=media,
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

    def answer(self, operation_id: str) -> dict[str, Any]:
        """A success answer to ``operation_id`` that its schema accepts (a fresh copy each time):
        the spec's example, else the envelope ``{"status": true, "message": "OK", "data": ...}``
        around a ``data`` built by ``sample``. Raises ValueError if that breaks the schema."""
        if operation_id not in self._answers:
            op = self.operations[operation_id]
            media = op.answer_media
            answer = example(media)
            if answer is None:
                schema = resolved(media["schema"], self._components)
                data = schema.get("properties", {}).get("data", {})
                answer = envelope(sample(data, self._components))
            problem = field_error(op.response, answer)
            if not isinstance(answer, dict) or problem is not None:
                where = f" at {problem[0]}: {problem[1]}" if problem else ": not a JSON object"
                raise ValueError(f"{operation_id}: the answer built from the spec breaks its schema{where}")
            self._answers[operation_id] = answer
        return copy.deepcopy(self._answers[operation_id])

    def request_example(self, operation_id: str) -> dict[str, Any]:
        """The request body the spec shows for ``operation_id`` (a fresh copy): its example, else
        one built from its schema by ``sample``. Raises ValueError for an operation without a body
        or if that body breaks its schema."""
        op = self.operations[operation_id]
        if op.request is None or op.request_media is None:
            raise ValueError(f"{operation_id} takes no body")
        media = op.request_media
        body = example(media)
        if body is None:
            body = sample(media["schema"], self._components)
        problem = field_error(op.request, body)
        if not isinstance(body, dict) or problem is not None:
            where = f" at {problem[0]}: {problem[1]}" if problem else ": not a JSON object"
            raise ValueError(f"{operation_id}: the request built from the spec breaks its schema{where}")
        return body


def _only_success(op: dict[str, Any]) -> dict[str, Any]:
    for status, response in op["responses"].items():
        if str(status).startswith("2"):
            media: dict[str, Any] = response["content"]["application/json"]
            return media
    raise ValueError(f"{op['operationId']}: no 2XX answer in the spec")


def envelope(data: Any, message: str = "OK") -> dict[str, Any]:
    """PayCombat's success envelope around ``data`` (a copy: the caller's record stays its own)."""
    return {"status": True, "message": message, "data": copy.deepcopy(data)}


def error_envelope(message: str, field: str | None = None) -> dict[str, Any]:
    """PayCombat's error envelope: ``message``, and the ``field`` it is about when there is one."""
    payload: dict[str, Any] = {"status": False, "message": message}
    if field is not None:
        payload["field"] = field
    return payload


def path_pattern(template: str) -> re.Pattern[str]:
    """The regex a path of the spec's ``template`` (``/x/{id}``) matches, each parameter one segment."""
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
