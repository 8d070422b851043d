"""The docs site's generated reference pages (docs/reference/): what generated/ says, kept in step.

operations.md, models.md and errors.md are written by codegen/generate.py with generated/ (by
codegen/reference_docs.py); the drift check fails when a committed page is stale or missing.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "codegen"))

import generate  # noqa: E402
import reference_docs  # noqa: E402

from support.operations import OPERATIONS  # noqa: E402

GENERATED = ROOT / "generated"
EXCEPTIONS = ROOT / "runtime" / generate.PACKAGE / "_runtime" / "exceptions.py"
STAMP = f"<!-- {generate.GENERATED_NOTE} -->\n"


def _pages(project: Path = GENERATED) -> dict[str, str]:
    return {path.name: text for path, text in generate.reference_pages(project).items()}


def _section(page: str, heading: str) -> str:
    """The text under ``heading`` up to the next heading of the same or a higher level."""
    level = heading.split(" ", 1)[0]
    _, rest = page.split(f"\n{heading}\n", 1)
    return re.split(rf"\n#{{1,{len(level)}}} ", rest, maxsplit=1)[0]


def _table_rows(page: str) -> list[list[str]]:
    return [
        [cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]]
        for line in page.splitlines()
        if line.startswith("| ") and not line.startswith("| Error |")
    ]


def test_the_committed_pages_are_what_the_generator_writes_for_generated() -> None:
    written = generate.reference_pages(GENERATED)
    assert sorted(path.as_posix() for path in written) == [
        "docs/reference/errors.md",
        "docs/reference/models.md",
        "docs/reference/operations.md",
    ]
    assert reference_docs.page_differences(written, ROOT) == [], "run ./dev generate"
    assert generate.reference_pages(GENERATED) == written  # the same bytes every run
    for text in written.values():
        assert text.startswith(STAMP)
        assert text.splitlines()[1].startswith("# ")


def _modules_by_operation() -> dict[str, str]:
    found: dict[str, str] = {}
    for module in sorted((GENERATED / generate.PACKAGE / "api").glob("*/*.py")):
        match = re.search(r'operation_id="(\w+)"', module.read_text(encoding="utf-8"))
        if match:
            found[match[1]] = f"{generate.PACKAGE}.api.{module.parent.name}.{module.stem}"
    return found


def test_every_operation_is_on_the_operations_page_with_its_method_path_and_module() -> None:
    page = _pages()["operations.md"]
    modules = _modules_by_operation()
    assert len(OPERATIONS) == len(modules)
    for operation_id, method, path, takes_body in OPERATIONS:
        section = _section(page, f"### {operation_id}")
        assert f"`{method} {path}`" in section, operation_id
        assert f"`{modules[operation_id]}`" in section, operation_id
        module = modules[operation_id].rsplit(".", 1)[1]
        assert "```python\nfrom paycombat_client import AuthenticatedClient" in section
        assert f"    answer = {module}.sync(" in section
        assert ("body=models." in section) == takes_body, operation_id


def test_the_operations_page_links_to_entries_of_the_models_page() -> None:
    pages = _pages()
    directives = set(re.findall(r"^::: (\S+)$", pages["models.md"], re.MULTILINE))
    links = set(re.findall(r"\]\(models\.md#([^)]+)\)", pages["operations.md"]))
    assert links and links <= directives
    models = GENERATED / generate.PACKAGE / "models"
    for directive in directives:
        *module, name = directive.split(".")
        source = GENERATED.joinpath(*module).with_suffix(".py").read_text(encoding="utf-8")
        assert re.search(rf"^class {name}\b", source, re.MULTILINE), directive
    classes = {p.stem for p in models.glob("*.py") if "\nclass " in p.read_text(encoding="utf-8")}
    assert {d.split(".")[2] for d in directives if d.startswith("paycombat_client.models.")} == classes
    assert {"PayinEvent", "PayoutEvent", "VirtualAccountRegistrationEvent"} <= {d.rsplit(".", 1)[1] for d in directives}


def _exception_classes() -> list[str]:
    tree = ast.parse(EXCEPTIONS.read_text(encoding="utf-8"))
    return [node.name for node in tree.body if isinstance(node, ast.ClassDef) and not node.name.startswith("_")]


def test_every_exception_class_is_one_row_of_the_error_table() -> None:
    page = _pages()["errors.md"]
    named = [re.sub(r"^\[?`(\w+)`.*", r"\1", row[0]) for row in _table_rows(page)]
    for name in [*_exception_classes(), "InboxStoreError", "SandboxError"]:
        assert named.count(name) == 1, name
    # The root first, every error after the one it derives from.
    assert named[0] == "PayCombatError"
    rows = {row[0]: row for row in _table_rows(page)}
    status = rows["[`APIStatusError`](#apistatuserror)"]
    assert status[1:3] == ["`paycombat_client`", "a `PayCombatError`"]  # through the private _ResponseError
    assert named.index("APIStatusError") < named.index("NotFoundError")
    assert rows["`SandboxError`"][1:3] == ["`paycombat_client.testing`", "a `PayCombatError` and a `ValueError`"]
    assert rows["`InboxStoreError`"][1] == "`paycombat_client.webhooks`"
    assert "`paycombat_client.webhooks`" in rows["`WebhookSignatureError`"][1]


def test_a_docstring_change_shows_up_in_the_error_table(tmp_path: Path) -> None:
    project = tmp_path / "generated"
    shutil.copytree(GENERATED, project, ignore=shutil.ignore_patterns("__pycache__"))
    source = project / generate.PACKAGE / "_runtime" / "exceptions.py"
    text = source.read_text(encoding="utf-8")
    head = 'class NotFoundError(APIStatusError):\n    """'
    assert text.count(head) == 1
    changed = "Made up by a test: ``no such record`` | gone.\n\n    Told apart from the rest. "
    source.write_text(text.replace(head, head + changed), encoding="utf-8")
    before, after = _pages()["errors.md"], _pages(project)["errors.md"]
    row = "| [`NotFoundError`](#notfounderror) | `paycombat_client` | an `APIStatusError` |"
    assert f"{row} Made up by a test: `no such record` \\| gone. |" in after
    assert row not in before and "Made up by a test" not in before
    assert _section(after, "### NotFoundError").strip().startswith("Told apart from the rest.")


def test_a_stale_or_missing_page_is_reported(tmp_path: Path) -> None:
    written = generate.reference_pages(GENERATED)
    reference_docs.write_pages(written, tmp_path)
    assert reference_docs.page_differences(written, tmp_path) == []
    (tmp_path / reference_docs.ERRORS_PAGE).write_text("stale\n", encoding="utf-8")
    (tmp_path / reference_docs.MODELS_PAGE).unlink()
    assert reference_docs.page_differences(written, tmp_path) == [
        "differs: docs/reference/errors.md",
        "missing: docs/reference/models.md",
    ]


def test_the_drift_check_fails_on_a_stale_page(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    for name in ("spec", "codegen", "templates", "runtime", "generated", "CHANGELOG.md", "LICENSE"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=shutil.ignore_patterns("__pycache__", ".*_cache"))
        else:
            shutil.copy2(source, repo / name)
    reference_docs.write_pages(generate.reference_pages(GENERATED), repo)
    operations = repo / reference_docs.OPERATIONS_PAGE
    operations.write_text(operations.read_text(encoding="utf-8") + "Edited by hand.\n", encoding="utf-8")
    (repo / reference_docs.MODELS_PAGE).unlink()
    proc = subprocess.run(
        [sys.executable, str(repo / "codegen" / "generate.py"), "--check"],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    problems = proc.stderr.splitlines()
    assert "differs: docs/reference/operations.md" in problems
    assert "missing: docs/reference/models.md" in problems
    assert not [line for line in problems if "errors.md" in line]
    assert re.search(r"docs/reference/ (is|are) out of date: run", proc.stderr), proc.stderr
