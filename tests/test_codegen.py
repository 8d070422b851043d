"""The generator's own guards: the retry table, loud tool failures and the drift comparison."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "codegen"))

import generate  # noqa: E402

from support.operations import OPERATIONS  # noqa: E402


def _spec() -> dict:
    return yaml.safe_load((ROOT / "spec" / "paycombat.yaml").read_text(encoding="utf-8"))


def test_operation_table_covers_every_operation() -> None:
    table = generate.operations(_spec())
    assert set(table) == {f"{method} {path}" for _, method, path, _ in OPERATIONS}
    create, retrieve = table["POST /api/v1/payout/create-payout"], table["GET /api/v1/payin/retrieve-payin/{id}"]
    assert (create["id"], create["retry"]) == ("createPayout", "connect-only")
    assert (retrieve["id"], retrieve["retry"]) == ("retrievePayin", "safe")
    assert "never sent" in create["retry_meaning"] and "safe" in retrieve["retry_meaning"]


@pytest.mark.parametrize("value", [None, "always", ""])
def test_an_operation_without_a_valid_retry_policy_stops_generation(value: str | None) -> None:
    spec = _spec()
    operation = spec["paths"]["/api/v1/payout/create-payout"]["post"]
    if value is None:
        del operation["x-paycombat-retry"]
    else:
        operation["x-paycombat-retry"] = value
    with pytest.raises(generate.GenerationError, match="x-paycombat-retry"):
        generate.operations(spec)


def test_a_failing_tool_fails_the_run(tmp_path: Path) -> None:
    # What happens when ruff (or any hook) is missing: python -m reports it and we stop.
    with pytest.raises(generate.GenerationError, match="No module named"):
        generate.run(sys.executable, "-m", "surely_not_an_installed_tool", cwd=tmp_path)


def test_drift_comparison_reports_new_changed_and_leftover_files(tmp_path: Path) -> None:
    fresh, committed = tmp_path / "fresh", tmp_path / "committed"
    for tree in (fresh, committed):
        (tree / "pkg").mkdir(parents=True)
        (tree / "pkg" / "same.py").write_text("x = 1\n")
    (fresh / "pkg" / "changed.py").write_text("a = 1\n")
    (committed / "pkg" / "changed.py").write_text("a = 2\n")
    (fresh / "pkg" / "new.py").write_text("")
    (committed / "pkg" / "leftover.py").write_text("")
    assert generate.tree_differences(fresh, committed) == [
        "differs: pkg/changed.py",
        "missing from generated/: pkg/new.py",
        "not produced by the generator (leftover): pkg/leftover.py",
    ]
    assert generate.tree_differences(fresh, fresh) == []


def test_every_file_in_generated_says_where_it_comes_from() -> None:
    # Tool caches are not part of generated/ (the drift check ignores them too).
    caches = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"}
    files = [p for p in (ROOT / "generated").rglob("*") if p.is_file() and not caches & set(p.parts)]
    assert files
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        relative = path.relative_to(ROOT / "generated")
        runtime_source = ROOT / "runtime" / relative
        shipped_spec = relative == Path(generate.PACKAGE) / generate.SHIPPED_SPEC
        if runtime_source.exists() or path.name in generate.PROJECT_FILES or shipped_spec:
            if shipped_spec:
                source = generate.SPEC.relative_to(ROOT)
            else:
                source = runtime_source.relative_to(ROOT) if runtime_source.exists() else Path(path.name)
            assert generate.COPIED_NOTE.format(source=source.as_posix()) in first, relative
            assert path.read_bytes() == generate.stamped(
                ROOT / source, generate.COPIED_NOTE.format(source=source.as_posix())
            )
        else:
            assert generate.GENERATED_NOTE in first, relative


def test_a_file_kind_without_a_comment_syntax_stops_the_generation(tmp_path: Path) -> None:
    data = tmp_path / "table.json"
    data.write_text("{}")
    with pytest.raises(generate.GenerationError, match="no comment syntax"):
        generate.stamped(data, generate.GENERATED_NOTE)


def test_an_operation_the_runtime_cannot_call_stops_generation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Refused when generating, not when a merchant calls it: the runtime sends path parameters and one body only.
    spec = _spec()
    spec["paths"]["/api/v1/customer/customer/{customer_id}"]["get"]["parameters"].append(
        {"name": "expand", "in": "query", "required": False, "schema": {"type": "string"}}
    )
    path = tmp_path / "paycombat.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    monkeypatch.setattr(generate, "SPEC", path)
    with pytest.raises(generate.GenerationError, match="get_customer.py: an operation the runtime cannot call"):
        generate.generate_into(tmp_path / "out")
