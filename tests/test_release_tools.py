"""codegen/apidiff.py and codegen/release.py: API change detection, the version bump rule, dist checks."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tarfile
import textwrap
import zipfile
from pathlib import Path

import pytest
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "codegen"))

import apidiff  # noqa: E402
import release  # noqa: E402

_OPERATION = """
from ...models.pet import Pet

def _get_kwargs(pet_id: str) -> dict: ...
def sync_detailed(pet_id: str, *, client: object{extra}) -> Pet: ...
def sync(pet_id: str, *, client: object{extra}) -> Pet: ...
async def asyncio_detailed(pet_id: str, *, client: object{extra}) -> Pet: ...
async def asyncio(pet_id: str, *, client: object{extra}) -> Pet: ...
"""

_MODEL = """
from attrs import define as _attrs_define
from ..types import UNSET, Unset

@_attrs_define
class Pet:
    name: str
    tag: str | Unset = UNSET
{fields}
"""

_KIND = """
from typing import Literal
PetKind = Literal[{values}]
"""


def _package(
    root: Path,
    *,
    operations: tuple[str, ...] = ("get_pet",),
    extra_param: str = "",
    fields: str = "",
    kinds: str = "'cat', 'dog'",
    version: str = "0.1.0",
    changelog: str = "## 0.1.0\n",
) -> Path:
    """A small generated-like project: one tag of operations, a model, a literal type."""
    files = {
        "__init__.py": '__version__ = "0"\n',
        "types.py": "class Unset: ...\nUNSET = Unset()\n",
        "api/__init__.py": "",
        "api/pets/__init__.py": "",
        "models/__init__.py": ("from .pet import Pet\nfrom .pet_kind import PetKind\n\n__all__ = ('Pet', 'PetKind')\n"),
        "models/pet.py": _MODEL.format(fields=textwrap.indent(fields, "    ")),
        "models/pet_kind.py": _KIND.format(values=kinds),
    }
    for op in operations:
        files[f"api/pets/{op}.py"] = _OPERATION.format(extra=extra_param)
    package = root / "paycombat_client"
    shutil.rmtree(package, ignore_errors=True)
    for name, text in files.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text, encoding="utf-8")
    (root / "pyproject.toml").write_text(f'[project]\nname = "x"\nversion = "{version}"\n', encoding="utf-8")
    (root / "CHANGELOG.md").write_text(f"# Changelog\n\n{changelog}", encoding="utf-8")
    return root


def _diff(tmp_path: Path, **new: object) -> apidiff.ApiDiff:
    old = _package(tmp_path / "old")
    changed = _package(tmp_path / "new", **new)  # type: ignore[arg-type]
    return apidiff.compare(apidiff.load_api(old), apidiff.load_api(changed))


def _summary(diff: apidiff.ApiDiff) -> set[tuple[str, str, str, bool]]:
    return {(c.name, c.action, c.detail, c.breaking) for c in diff.changes}


def test_no_change(tmp_path: Path) -> None:
    diff = _diff(tmp_path)
    assert diff.changes == []
    assert "no change" in apidiff.report(diff, "a", "b")


def test_added_operation_and_optional_parameter_do_not_break(tmp_path: Path) -> None:
    diff = _diff(tmp_path, operations=("get_pet", "list_pets"), extra_param=", page: int | None = None")
    assert _summary(diff) == {
        ("pets.list_pets", "added", "", False),
        ("pets.get_pet", "changed", "parameter `page` added (optional)", False),
    }
    assert diff.breaking == []


def test_removed_operation_and_required_parameter_break(tmp_path: Path) -> None:
    diff = _diff(tmp_path, operations=("get_pet_v2",), extra_param=", owner: str")
    assert _summary(diff) == {
        ("pets.get_pet", "removed", "", True),
        ("pets.get_pet_v2", "added", "", False),
    }
    diff = _diff(tmp_path / "2", extra_param=", owner: str")
    assert _summary(diff) == {("pets.get_pet", "changed", "parameter `owner` added (required)", True)}


def test_model_fields(tmp_path: Path) -> None:
    diff = _diff(tmp_path, fields="age: int\ncolour: str | Unset = UNSET")
    assert _summary(diff) == {
        ("Pet", "changed", "field `age` added (required)", True),
        ("Pet", "changed", "field `colour` added", False),
    }


def test_literal_values(tmp_path: Path) -> None:
    assert _summary(_diff(tmp_path / "add", kinds="'cat', 'dog', 'fish'")) == {
        ("PetKind", "changed", "values added: 'fish'", False)
    }
    assert _summary(_diff(tmp_path / "remove", kinds="'cat'")) == {
        ("PetKind", "changed", "values removed: 'dog'", True)
    }


def test_changelog_entry_lists_breaking_changes_first(tmp_path: Path) -> None:
    diff = _diff(tmp_path, operations=("get_pet", "list_pets"), kinds="'cat'")
    entry = apidiff.changelog_entry(diff, Version("0.2.0"))
    assert entry.startswith("## 0.2.0\n\n### Breaking changes\n\n- Model `PetKind`: values removed: 'dog'.\n")
    assert "### Added\n\n- Operation `pets.list_pets` added.\n" in entry
    assert release.changelog_has_entry(entry, Version("0.2.0"))


@pytest.mark.parametrize(
    ("released", "breaking", "needed"),
    [("0.1.3", True, "0.2.0"), ("1.4.2", True, "2.0.0"), ("0.1.3", False, "0.1.4"), ("2.0", False, "2.0.1")],
)
def test_required_version(released: str, breaking: bool, needed: str) -> None:
    assert apidiff.required_version(Version(released), breaking) == Version(needed)


@pytest.mark.parametrize(
    ("text", "found"),
    [("## 0.2.0\n", True), ("## [0.2.0] - 2026-01-31\n", True), ("## 0.2.01\n", False), ("### 0.2.0\n", False)],
)
def test_changelog_heading(text: str, found: bool) -> None:
    assert release.changelog_has_entry(f"# Changelog\n\n{text}", Version("0.2.0")) is found


# --- the release guard against a real git history ---------------------------------------------


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository whose only commit holds release 0.1.0 in generated/."""
    root = tmp_path / "repo"
    _package(root / "generated")
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "--quiet"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "--quiet", "-m", "release 0.1.0"], check=True)
    monkeypatch.setattr(apidiff, "ROOT", root)
    return root


def _problems(repo: Path, *, ci: bool, **state: object) -> list[str]:
    project = _package(repo / "generated", **state)  # type: ignore[arg-type]
    released = release.Released(Version("0.1.0"), "HEAD")
    return release.check(ci=ci, project=project, released=released)


def test_guard_breaking_change_needs_a_new_minor_while_0x(repo: Path) -> None:
    breaking = {"operations": ()}
    problems = _problems(repo, ci=True, **breaking)
    assert len(problems) == 1 and "must be at least 0.2.0" in problems[0]
    problems = _problems(repo, ci=True, version="0.1.1", changelog="## 0.1.1\n", **breaking)
    assert len(problems) == 1 and "must be at least 0.2.0" in problems[0]
    assert _problems(repo, ci=False, version="0.2.0", changelog="## 0.2.0\n", **breaking) == []


def test_guard_refuses_the_same_version_twice_and_a_missing_changelog_entry(repo: Path) -> None:
    assert _problems(repo, ci=True) == []  # nothing to release yet is fine for CI
    [same] = _problems(repo, ci=False)
    assert "not newer than the last release 0.1.0" in same
    [entry] = _problems(repo, ci=False, version="0.1.1", operations=("get_pet", "list_pets"))
    assert "no '## 0.1.1' entry" in entry
    assert _problems(repo, ci=False, version="0.1.1", changelog="## 0.1.1\n") == []


def test_guard_without_a_previous_release_needs_only_the_changelog_entry(tmp_path: Path) -> None:
    project = _package(tmp_path / "generated", changelog="")
    [entry] = release.check(ci=False, project=project, released=release.Released(None, None))
    assert "no '## 0.1.0' entry" in entry


# --- built distributions -----------------------------------------------------------------------


def _wheel(path: Path, names: list[str]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name in names:
            text = "Version: 1.0.0\nLicense-Expression: Apache-2.0\nClassifier: Typing :: Typed\n"
            zf.writestr(name, text if name.endswith("METADATA") else "")
    return path


def test_wheel_check(tmp_path: Path) -> None:
    info = "paycombat_client-1.0.0.dist-info"
    good = [
        "paycombat_client/__init__.py",
        "paycombat_client/py.typed",
        f"{info}/METADATA",
        f"{info}/licenses/LICENSE",
        f"{info}/extra_metadata/CHANGELOG.md",
    ]
    assert release.check_wheel(_wheel(tmp_path / "good.whl", good), "1.0.0") == []
    bad = [n for n in good if not n.endswith("py.typed")]
    bad += ["paycombat_client/__pycache__/x.cpython-311.pyc", "paycombat_client/tests/test_x.py", "conftest.py"]
    problems = release.check_wheel(_wheel(tmp_path / "bad.whl", bad), "1.0.0")
    assert "wheel lacks paycombat_client/py.typed" in problems
    assert "outside the package: conftest.py" in problems
    assert sum(p.startswith("should not ship") for p in problems) == 3


def test_sdist_check(tmp_path: Path) -> None:
    path = tmp_path / "paycombat_client-1.0.0.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        for name in ("PKG-INFO", "pyproject.toml", "README.md", "LICENSE", "paycombat_client/py.typed", ".nox/x"):
            info = tarfile.TarInfo(f"paycombat_client-1.0.0/{name}")
            tar.addfile(info, io.BytesIO(b""))
    assert release.check_sdist(path, "1.0.0") == [
        "should not ship: paycombat_client-1.0.0/.nox/x",
        "sdist lacks CHANGELOG.md",
    ]


def test_the_generated_package_loads_and_equals_itself() -> None:
    api = apidiff.load_api(ROOT / "generated")
    assert "paycombat_client.api.customer.get_customer.sync" in api
    assert api["paycombat_client.models.CustomerIndividual"].kind == "alias"
    assert apidiff.compare(api, api).changes == []
