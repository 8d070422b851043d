"""Release guard, build and bookkeeping of the published package (generated/).

    python codegen/release.py check          # may generated/ be released? (nox -s build runs it)
    python codegen/release.py check --ci     # what every change must keep true (nox -s release_check)
    python codegen/release.py build [--outdir DIR]   # sdist + wheel, twine check, content check
    python codegen/release.py record [--ref REF]     # after publishing: remember this release

codegen/released.json names the last published version and the commit it was built from. The
public API is compared with that commit (codegen/apidiff.py). ``check`` refuses a release when
the version is not newer than the last one, when a breaking API change came without a new major
version (a new minor while 0.x), or when CHANGELOG.md has no entry for the version. ``check --ci``
enforces only what a change must already get right: a breaking change bumps the version enough,
and a bumped version has its changelog entry.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import apidiff
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
RELEASED = Path(__file__).resolve().parent / "released.json"
CHANGELOG_SOURCE = "CHANGELOG.md"
SPEC = "spec/paycombat.yaml"
PACKAGE = "paycombat_client"
DIST_NAME = "paycombat_client"  # file-name form of the project name
# Nothing of a developer's tree may ship: tests, caches, virtual environments.
_FORBIDDEN_PARTS = frozenset(
    {"__pycache__", "tests", "test", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis", ".nox", ".venv"}
)
_FORBIDDEN_NAME = re.compile(r"(^test_.*\.py$|_test\.py$|^conftest\.py$|\.py[co]$)")


class ReleaseError(RuntimeError):
    pass


@dataclass(frozen=True)
class Released:
    version: Version | None
    git_ref: str | None


def load_released(path: Path = RELEASED) -> Released:
    data = json.loads(path.read_text(encoding="utf-8"))
    version = data.get("version")
    return Released(Version(version) if version else None, data.get("git_ref") or None)


def changelog_has_entry(text: str, version: Version) -> bool:
    """A ``## <version>`` heading (``## [<version>]`` and a trailing date are fine too)."""
    pattern = rf"^##\s+\[?v?{re.escape(str(version))}\]?(\s|$)"
    return re.search(pattern, text, flags=re.MULTILINE) is not None


# --- check -------------------------------------------------------------------------------------


def check(*, ci: bool, project: Path = GENERATED, released: Released | None = None) -> list[str]:
    """Why ``project`` may not be released (or, with ``ci``, may not be merged); empty if fine."""
    released = released or load_released()
    version = apidiff.project_version(project)
    problems: list[str] = []
    bump_hint = f"bump info.version in {SPEC} and regenerate"
    if released.version is not None:
        if version < released.version or (not ci and version == released.version):
            problems.append(f"version {version} is not newer than the last release {released.version}: {bump_hint}")
        if released.git_ref is None:
            raise ReleaseError(f"{RELEASED.name} names version {released.version} but no git_ref")
        diff = apidiff.diff_against_ref(released.git_ref, project)
        breaking = diff.breaking
        print(apidiff.report(diff, f"release {released.version} (git {released.git_ref[:12]})", "generated/"))
        if breaking:
            needed = apidiff.required_version(released.version, breaking=True)
            if Version(version.base_version) < needed:
                rule = "a new minor version while 0.x" if released.version.major == 0 else "a new major version"
                problems.append(
                    f"{len(breaking)} breaking change(s) since {released.version} need {rule}: "
                    f"version {version} must be at least {needed} ({bump_hint})"
                )
    if version != released.version:
        changelog = project / "CHANGELOG.md"
        text = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
        if not changelog_has_entry(text, version):
            problems.append(
                f"CHANGELOG.md has no '## {version}' entry: add one to {CHANGELOG_SOURCE} and regenerate "
                "(./dev -s apidiff -- --since-release --changelog drafts it)"
            )
    return problems


# --- build -------------------------------------------------------------------------------------


def build(outdir: Path, project: Path = GENERATED) -> list[Path]:
    """Build sdist and wheel (the wheel from the sdist), then check them; returns the files."""
    outdir.mkdir(parents=True, exist_ok=True)
    for stale in outdir.glob(f"{DIST_NAME}-*"):
        stale.unlink()
    _run(sys.executable, "-m", "build", "--outdir", str(outdir), str(project))
    dists = sorted(outdir.glob(f"{DIST_NAME}-*"))
    _run(sys.executable, "-m", "twine", "check", "--strict", *map(str, dists))
    version = str(apidiff.project_version(project))
    wheels = [d for d in dists if d.name == f"{DIST_NAME}-{version}-py3-none-any.whl"]
    sdists = [d for d in dists if d.name == f"{DIST_NAME}-{version}.tar.gz"]
    if len(wheels) != 1 or len(sdists) != 1 or len(dists) != 2:
        raise ReleaseError(f"expected one wheel and one sdist of {version}, got {[d.name for d in dists]}")
    problems = check_wheel(wheels[0], version) + check_sdist(sdists[0], version)
    if problems:
        raise ReleaseError("the built distributions are wrong:\n  " + "\n  ".join(problems))
    return dists


def _run(*cmd: str) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise ReleaseError(f"{' '.join(cmd[:4])} failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")


def _unwanted(names: list[str]) -> list[str]:
    return [
        f"should not ship: {name}"
        for name in names
        if _FORBIDDEN_PARTS.intersection(PurePosixPath(name).parts) or _FORBIDDEN_NAME.search(PurePosixPath(name).name)
    ]


def check_wheel(wheel: Path, version: str) -> list[str]:
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        info = f"{DIST_NAME}-{version}.dist-info"
        metadata = zf.read(f"{info}/METADATA").decode("utf-8") if f"{info}/METADATA" in names else ""
    problems = _unwanted(names)
    problems += [f"outside the package: {n}" for n in names if not n.startswith((f"{PACKAGE}/", f"{info}/"))]
    for required in (f"{PACKAGE}/__init__.py", f"{PACKAGE}/py.typed", f"{info}/licenses/LICENSE"):
        if required not in names:
            problems.append(f"wheel lacks {required}")
    if f"{info}/extra_metadata/CHANGELOG.md" not in names:
        problems.append("wheel lacks the changelog")
    for line in (f"Version: {version}", "License-Expression: Apache-2.0", "Classifier: Typing :: Typed"):
        if line not in metadata.splitlines():
            problems.append(f"wheel METADATA lacks '{line}'")
    return problems


def check_sdist(sdist: Path, version: str) -> list[str]:
    top = f"{DIST_NAME}-{version}"
    with tarfile.open(sdist) as tar:
        names = [m.name for m in tar.getmembers() if m.isfile()]
    problems = _unwanted(names)
    for required in ("PKG-INFO", "pyproject.toml", "README.md", "CHANGELOG.md", "LICENSE", f"{PACKAGE}/py.typed"):
        if f"{top}/{required}" not in names:
            problems.append(f"sdist lacks {required}")
    return problems


def describe(dists: list[Path]) -> str:
    lines = ["Built:"]
    for dist in dists:
        digest = hashlib.sha256(dist.read_bytes()).hexdigest()
        lines.append(f"  {dist.name}  {dist.stat().st_size:,} bytes  sha256:{digest}")
    return "\n".join(lines)


# --- record ------------------------------------------------------------------------------------


def record(ref: str) -> Released:
    """Write released.json for the release built from ``ref``."""
    sha = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--verify", f"{ref}^{{commit}}"], capture_output=True, text=True
    )
    if sha.returncode != 0:
        raise ReleaseError(f"unknown git ref {ref!r}")
    pyproject = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{sha.stdout.strip()}:generated/pyproject.toml"],
        capture_output=True,
        text=True,
    )
    match = re.search(r'^version = "([^"]+)"', pyproject.stdout, flags=re.MULTILINE)
    if pyproject.returncode != 0 or match is None:
        raise ReleaseError(f"no generated/pyproject.toml with a version at {ref}")
    released = Released(Version(match.group(1)), sha.stdout.strip())
    payload = {"version": str(released.version), "git_ref": released.git_ref}
    RELEASED.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return released


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--project", type=Path, default=GENERATED, help="the generated project (default: generated/)")
    commands = parser.add_subparsers(dest="command", required=True)
    check_cmd = commands.add_parser("check", help="refuse a release that breaks the versioning rules")
    check_cmd.add_argument("--ci", action="store_true", help="only what every change must keep true")
    build_cmd = commands.add_parser("build", help="build and check sdist and wheel")
    build_cmd.add_argument("--outdir", type=Path, default=ROOT / "dist")
    record_cmd = commands.add_parser("record", help=f"write {RELEASED.name} after publishing")
    record_cmd.add_argument("--ref", default="HEAD", help="the commit the release was built from")
    args = parser.parse_args()
    try:
        if args.command == "check":
            problems = check(ci=args.ci, project=args.project.resolve())
            if problems:
                print("release check FAILED:", *problems, sep="\n  ", file=sys.stderr)
                return 1
            print("release check passed" + (" (CI rules)" if args.ci else ""))
        elif args.command == "build":
            print(describe(build(args.outdir.resolve(), args.project.resolve())))
        else:
            released = record(args.ref)
            print(f"{RELEASED.name}: version {released.version}, git_ref {released.git_ref}; commit it")
    except (ReleaseError, apidiff.ApiDiffError) as exc:
        print(f"release: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
