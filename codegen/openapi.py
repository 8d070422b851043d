"""The parts of OpenAPI the codegen tools read the spec by, said once."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

#: How a schema of components/schemas is referred to.
SCHEMA_REF = "#/components/schemas/"
#: The keys of a path item that are operations.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def each_operation(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(path, method, operation, path item) for every operation of the spec, in its order."""
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is not None:
                yield path, method, op, item
