"""Our union_property override changes speed only: every model reads every value as upstream's would.

The package is generated a second time with upstream's union template (our override left out),
and both generations' models are fed the same panel of values (tests/support/model_probe.py).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "tests" / "support" / "model_probe.py"
OVERRIDE = Path("property_templates") / "union_property.py.jinja"
sys.path.insert(0, str(ROOT / "codegen"))

import generate  # noqa: E402


@pytest.fixture(scope="module")
def upstream_generation(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """generated/ as it would be without our union override."""
    tmp = tmp_path_factory.mktemp("upstream-unions")
    templates = tmp / "templates"
    shutil.copytree(generate.TEMPLATES, templates)
    (templates / OVERRIDE).unlink()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(generate, "TEMPLATES", templates)
        generate.generate_into(tmp / "generated")
    yield tmp / "generated"


def _probe(pythonpath: Path | None) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    proc = subprocess.run(
        [sys.executable, str(PROBE)], capture_output=True, text=True, env=env, cwd=ROOT / "tests", timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_the_override_is_in_use_and_upstream_would_write_parser_functions(upstream_generation: Path) -> None:
    ours = (ROOT / "generated" / "paycombat_client" / "models" / "customer.py").read_text(encoding="utf-8")
    theirs = (upstream_generation / "paycombat_client" / "models" / "customer.py").read_text(encoding="utf-8")
    assert "def _parse_" not in ours
    assert theirs.count("def _parse_") >= 15


def test_every_model_reads_every_value_as_upstream_would(upstream_generation: Path) -> None:
    ours, theirs = _probe(None), _probe(upstream_generation)
    assert Path(ours["package"]).parent != Path(theirs["package"]).parent
    assert Path(theirs["package"]).is_relative_to(upstream_generation)
    assert ours["models"].keys() == theirs["models"].keys()
    assert len(ours["models"]) >= 30
    # Spot checks that the panel reaches each kind of union this spec has.
    customer = ours["models"]["Customer"]
    assert customer['created_at="2025-03-14T09:26:53.589Z"'][1]["created_at"][0] == "datetime"
    assert customer['created_at="not a date"'][1]["created_at"] == ["str", "'not a date'"]
    assert customer['individual={"a": 1}'][1]["individual"][0] == "CustomerIndividualRecord"
    assert customer["individual=5"][1]["individual"] == ["int", "5"]
    assert customer["customer_id=null"][1]["customer_id"] == ["NoneType", "None"]
    differences = [
        f"{model} {case}: ours {ours['models'][model][case]} upstream {result}"
        for model, cases in theirs["models"].items()
        for case, result in cases.items()
        if ours["models"][model].get(case) != result
    ]
    assert differences == []
