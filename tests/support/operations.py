"""The spec's operations: the one list the tests and the fake server read, never a hand-kept copy."""

from __future__ import annotations

from pathlib import Path

import yaml

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "paycombat.yaml"
SPEC = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
_METHODS = ("get", "put", "post", "delete", "patch")

#: (operationId, METHOD, path template, takes a body), in the spec's order.
OPERATIONS: tuple[tuple[str, str, str, bool], ...] = tuple(
    (op["operationId"], method.upper(), path, "requestBody" in op)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in _METHODS
)

#: operationId -> the spec's x-paycombat-retry.
RETRY: dict[str, str] = {
    op["operationId"]: op["x-paycombat-retry"]
    for item in SPEC["paths"].values()
    for method, op in item.items()
    if method in _METHODS
}
