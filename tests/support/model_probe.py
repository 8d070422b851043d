"""Feed every field of every generated model a panel of JSON values; print what from_dict makes of them.

    python tests/support/model_probe.py     # JSON on stdout, for whichever paycombat_client imports

Used to compare two generations of the package (tests/test_union_override.py), so what it
prints describes results completely: types, values, nested models, and the errors raised.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import json
import pkgutil
import re
import sys
from typing import Any

import paycombat_client.models
from paycombat_client.types import Unset

# One value of each JSON shape, plus strings a date, a date-time or an enum might accept.
PANEL: list[Any] = [
    None,
    True,
    0,
    5,
    1.5,
    "",
    "x",
    "individual",
    "2025-03-14",
    "2025-03-14T09:26:53.589Z",
    "not a date",
    {},
    {"a": 1},
    {"status": True, "data": {}},
    [],
    ["x"],
    [5],
    [{}],
    [{"a": 1}, None],
]
_KEY = re.compile(r'd\.pop\("([^"]+)"')


def describe(value: Any) -> Any:
    if isinstance(value, Unset):
        return "UNSET"
    if isinstance(value, datetime.datetime | datetime.date):
        return [type(value).__name__, value.isoformat()]
    if isinstance(value, list):
        return ["list", [describe(item) for item in value]]
    if isinstance(value, dict):
        return ["dict", {str(k): describe(v) for k, v in value.items()}]
    fields = getattr(type(value), "__attrs_attrs__", None)
    if fields is not None:
        return [type(value).__name__, {f.name: describe(getattr(value, f.name)) for f in fields}]
    return [type(value).__name__, repr(value)]


def probe(cls: type) -> dict[str, Any]:
    """What from_dict makes of each panel value under each key it reads (and of no key at all)."""
    keys = sorted(set(_KEY.findall(inspect.getsource(cls.from_dict))))  # type: ignore[attr-defined]
    results: dict[str, Any] = {}
    for key, value in [("", None), *((k, v) for k in keys for v in PANEL)]:
        data = {key: value} if key else {}
        try:
            outcome = describe(cls.from_dict(data))  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001 - the error is the result being compared
            outcome = ["raises", type(exc).__name__]
        results[f"{key}={json.dumps(value)}"] = outcome
    return results


def main() -> None:
    report: dict[str, Any] = {"package": paycombat_client.models.__file__, "models": {}}
    for info in pkgutil.iter_modules(paycombat_client.models.__path__):
        module = importlib.import_module(f"paycombat_client.models.{info.name}")
        for name, cls in vars(module).items():
            if inspect.isclass(cls) and cls.__module__ == module.__name__ and hasattr(cls, "from_dict"):
                report["models"][name] = probe(cls)
    json.dump(report, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()
