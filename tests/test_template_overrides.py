"""Our template overrides of models (property_templates/union_property.py.jinja, model.py.jinja)
change speed and money annotations only: every model reads and writes every value as upstream's
templates' would, and the only other lines that differ are the `Decimal` annotations of money.

The package is generated twice from the spec plus a few models that refer to themselves and to
each other (which the model override must keep importable): once as generate.py does, once with
both overrides left out. Both generations' models are fed the same panel of values
(tests/support/model_probe.py) and must give the same results.
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "tests" / "support" / "model_probe.py"
OVERRIDES = (Path("property_templates") / "union_property.py.jinja", Path("model.py.jinja"))
sys.path.insert(0, str(ROOT / "codegen"))

import generate  # noqa: E402


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


# Referring to itself, directly, through a nullable union and through a list; and a pair that
# refer to each other.
CYCLIC_SCHEMAS = {
    "ProbeNode": {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "parent": {"anyOf": [_ref("ProbeNode"), {"type": "null"}]},
            "children": {"type": "array", "items": _ref("ProbeNode")},
        },
    },
    "ProbePing": {"type": "object", "properties": {"pong": _ref("ProbePong"), "note": {"type": "string"}}},
    "ProbePong": {
        "type": "object",
        "properties": {"ping": _ref("ProbePing"), "pings": {"type": "array", "items": _ref("ProbePing")}},
    },
}


@pytest.fixture(scope="module")
def generations(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """{"ours": ..., "upstream": ...}: the package generated with and without our overrides, and
    "unmarked": with our overrides from the spec without its money marks."""
    tmp = tmp_path_factory.mktemp("overrides")
    spec = yaml.safe_load(generate.SPEC.read_text(encoding="utf-8"))
    spec["components"]["schemas"].update(CYCLIC_SCHEMAS)
    spec_path = tmp / "spec.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    upstream_templates = tmp / "templates"
    shutil.copytree(generate.TEMPLATES, upstream_templates)
    for override in OVERRIDES:
        (upstream_templates / override).unlink()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(generate, "SPEC", spec_path)
        generate.generate_into(tmp / "ours")
        patch.setattr(generate, "TEMPLATES", upstream_templates)
        # Upstream's templates type money as float: the guard against that is tested below.
        patch.setattr(generate, "check_money", lambda spec, package: None)
        generate.generate_into(tmp / "upstream")
        patch.setattr(generate, "TEMPLATES", ROOT / "templates")
        for schema in spec["components"]["schemas"].values():
            for prop in schema.get("properties", {}).values():
                prop.pop("x-paycombat-money", None)
        unmarked_spec = tmp / "unmarked.yaml"
        unmarked_spec.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
        patch.setattr(generate, "SPEC", unmarked_spec)
        generate.generate_into(tmp / "unmarked")
    yield {"ours": tmp / "ours", "upstream": tmp / "upstream", "unmarked": tmp / "unmarked"}


def _probe(pythonpath: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    proc = subprocess.run(
        [sys.executable, str(PROBE)], capture_output=True, text=True, env=env, cwd=ROOT / "tests", timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    report: dict[str, Any] = json.loads(proc.stdout)
    assert Path(report["package"]).is_relative_to(pythonpath)
    return report["models"]


def _model(generation: Path, module: str) -> str:
    return (generation / "paycombat_client" / "models" / f"{module}.py").read_text(encoding="utf-8")


def test_the_overrides_are_in_use(generations: dict[str, Path]) -> None:
    ours, theirs = _model(generations["ours"], "customer"), _model(generations["upstream"], "customer")
    assert "def _parse_" not in ours
    assert theirs.count("def _parse_") >= 15
    assert "noqa: PLC0415" not in ours  # no import inside a method
    assert theirs.count("from ..models.customer_individual_record import CustomerIndividualRecord") == 3
    assert ours.count("from ..models.customer_individual_record import CustomerIndividualRecord") == 1


def test_money_changes_annotations_only(generations: dict[str, Path]) -> None:
    # The same templates from the spec with and without its money marks: only annotations (and
    # the Decimal import) differ; the probe below shows the code reads and writes as upstream's.
    models = sorted(p.stem for p in (generations["ours"] / "paycombat_client" / "models").glob("*.py"))
    differing = []
    for module in models:
        ours, unmarked = _model(generations["ours"], module), _model(generations["unmarked"], module)
        changed = [
            line
            for line in difflib.unified_diff(unmarked.splitlines(), ours.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))
        ]
        if not changed:
            continue
        differing.append(module)
        # Blank lines only move with the import.
        added = [line[1:] for line in changed if line.startswith("+") and line[1:].strip()]
        removed = [line[1:] for line in changed if line.startswith("-") and line[1:].strip()]
        assert "from decimal import Decimal" in added, module
        added.remove("from decimal import Decimal")
        assert len(added) == len(removed), module
        for new, old in zip(added, removed, strict=True):
            name = old.split(":")[0].split(" (")[0]
            assert new.startswith(name) and "Decimal" in new and "Decimal" not in old, (module, old, new)
            assert "float" in old.split(name, 1)[1], (module, old)
    # Exactly the models of the schemas with a field the spec marks as money.
    spec = yaml.safe_load(generate.SPEC.read_text(encoding="utf-8"))
    marked = {generate._snake(schema) for schema, _ in generate.money_fields(spec)}
    assert len(marked) >= 7 and "create_payout_request" in marked  # answers and a request
    assert set(differing) == marked


def test_generation_fails_when_money_is_not_decimal(generations: dict[str, Path]) -> None:
    spec = yaml.safe_load(generate.SPEC.read_text(encoding="utf-8"))
    assert len(generate.money_fields(spec)) >= 20
    generate.check_money(spec, generations["ours"] / "paycombat_client")
    with pytest.raises(generate.GenerationError, match=r"x-paycombat-money but is not typed Decimal"):
        generate.check_money(spec, generations["upstream"] / "paycombat_client")


def test_the_committed_package_is_what_generate_writes(generations: dict[str, Path]) -> None:
    # The same templates made generated/; only the probe models differ.
    for module in ("customer", "create_customer_request", "customer_response"):
        assert _model(generations["ours"], module) == _model(ROOT / "generated", module)


def test_every_model_reads_and_writes_every_value_as_upstream_would(generations: dict[str, Path]) -> None:
    ours, theirs = _probe(generations["ours"]), _probe(generations["upstream"])
    assert ours.keys() == theirs.keys()
    assert len(ours) >= 33
    # Spot checks that the panel reaches each kind of union this spec has, and the cycles.
    customer = ours["Customer"]
    assert customer['created_at="2025-03-14T09:26:53.589Z"'][0][1]["created_at"][0] == "datetime"
    assert customer['created_at="not a date"'][0][1]["created_at"] == ["str", "'not a date'"]
    assert customer['individual={"a": 1}'][0][1]["individual"][0] == "CustomerIndividualRecord"
    assert customer["individual=5"][0][1]["individual"] == ["int", "5"]
    assert customer["customer_id=null"][0][1]["customer_id"] == ["NoneType", "None"]
    assert customer['*="x"'][1] == ["dict", {key: ["str", "'x'"] for key in customer['*="x"'][1][1]}]
    node = ours["ProbeNode"]['*=[{"name": "n"}]'][0][1]
    assert node["children"][1][0][0] == "ProbeNode"
    assert node["children"][1][0][1]["name"] == ["str", "'n'"]
    assert ours["ProbePing"]['pong={"a": 1}'][0][1]["pong"][0] == "ProbePong"
    assert ours["ProbePong"]["pings=[{}]"][0][1]["pings"] == ["list", [ours["ProbePing"]["{}"][0]]]
    differences = [
        f"{model} {case}: ours {ours[model][case]} upstream {result}"
        for model, cases in theirs.items()
        for case, result in cases.items()
        if ours[model].get(case) != result
    ]
    assert differences == []
