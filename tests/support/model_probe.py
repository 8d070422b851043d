"""Feed every field of every generated model a panel of JSON values; print what from_dict and to_dict make of them.

    python tests/support/model_probe.py     # JSON on stdout, for whichever paycombat_client imports

Used to compare two generations of the package (tests/test_template_overrides.py), so what it
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
    # A record with a "name", nested where a list of records may be, for the probe models that nest.
    {"name": "n"},
    [{"name": "n"}],
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
    """[model, its to_dict()] that from_dict makes of each panel value under each key it reads,
    under all of them at once (so required keys are present), and of no key at all."""
    keys = sorted(set(_KEY.findall(inspect.getsource(cls.from_dict))))  # type: ignore[attr-defined]
    cases: list[tuple[str, dict[str, Any]]] = [("{}", {})]
    for value in PANEL:
        shown = json.dumps(value)
        cases += [(f"{key}={shown}", {key: value}) for key in keys]
        cases.append((f"*={shown}", dict.fromkeys(keys, value)))
    results: dict[str, Any] = {}
    for name, data in cases:
        try:
            model = cls.from_dict(data)  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001 - the error is the result being compared
            results[name] = ["raises", type(exc).__name__]
            continue
        try:
            written = describe(model.to_dict())
        except Exception as exc:  # noqa: BLE001
            written = ["raises", type(exc).__name__]
        results[name] = [describe(model), written]
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
