"""Every task of this repo. ``./dev generate`` regenerates the client; ``./dev test`` runs all checks.

``./dev`` only bootstraps the pinned nox into .venv-nox and runs it: ``./dev -s <session>`` works too.
"""

from __future__ import annotations

import os
import shutil
import tomllib
from pathlib import Path

import nox
from packaging.requirements import Requirement

ROOT = Path(__file__).parent
REQ = ROOT / "codegen" / "requirements"
CONSTRAINTS = ("-c", str(REQ / "constraints.txt"))
PACKAGE = "generated/paycombat_client"
SPEC = "spec/paycombat.yaml"
SPECTRAL = "@stoplight/spectral-cli@6.16.3"
# The extras the tests need: the paycombat command (cli), the sandbox (testing) and the webhook
# inbox's PostgreSQL store (postgres; its tests start a PostgreSQL server of their own).
EXTRAS = "cli,testing,postgres"
# Two pytest worker processes (pytest-xdist): CI has two cores, and the suite waits on servers.
PARALLEL = ("-n", "2")

nox.options.sessions = ["spec", "drift", "lint", "tests", "docs", "release_check", "downstream", "compat"]
nox.options.error_on_missing_interpreters = True
nox.options.default_venv_backend = "venv"


def install(session: nox.Session, *names: str) -> None:
    args: list[str] = []
    for name in names:
        args += ["-r", str(REQ / f"{name}.txt")]
    session.install(*args, *CONSTRAINTS)


def install_client(session: nox.Session) -> None:
    """The generated package as a user gets it (a built install, not the source tree), with the
    `paycombat` command's and the sandbox's extras: the tests run both, and mypy checks them."""
    session.install(f"./generated[{EXTRAS}]", *CONSTRAINTS)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from spec/, templates/ and runtime/, then report its public API changes since HEAD."""
    install(session, "codegen", "apidiff")
    session.run("python", "codegen/generate.py")
    # A report that cannot be made (no git, say) does not undo the regeneration.
    session.run("python", "codegen/apidiff.py", success_codes=[0, 2])


@nox.session
def drift(session: nox.Session) -> None:
    """Fail when generated/ is not exactly what the spec, templates and runtime produce."""
    install(session, "codegen")
    session.run("python", "codegen/generate.py", "--check")


@nox.session
def spec(session: nox.Session) -> None:
    """Validate the OpenAPI document and lint it with Spectral and our rules."""
    install(session, "spec")
    session.run("python", "-m", "openapi_spec_validator", SPEC)
    session.run(
        "npx", "--yes", SPECTRAL, "lint", SPEC, "--ruleset", "spec/.spectral.yaml", "--fail-severity=warn",
        external=True,
    )  # fmt: skip


MYPY = ("mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null")
HAND_WRITTEN = ("runtime", "codegen", "tests", "noxfile.py")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff and mypy --strict over the generated package, and over the runtime and codegen/ where
    they are written (the repository's rules); ruff over the tests too."""
    # test: pytest, which the sandbox's pytest plugin imports.
    install(session, "lint", "codegen", "apidiff", "test")
    install_client(session)
    session.run("ruff", "check", "--no-cache", "generated")
    session.run("ruff", "format", "--no-cache", "--check", "generated")
    session.run(*MYPY, PACKAGE)
    session.run("ruff", "check", "--no-cache", *HAND_WRITTEN)
    session.run("ruff", "format", "--no-cache", "--check", *HAND_WRITTEN)
    session.run(*MYPY, "runtime/paycombat_client", "codegen")


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite, against the generated package installed like a user's."""
    install(session, "test", "publish", "codegen", "lint")  # lint: mypy, for the README examples
    install_client(session)
    session.run("pytest", *PARALLEL, *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """Build the docs site into site/: MkDocs, strict, so a broken link or docstring fails it."""
    install(session, "docs")
    # NO_MKDOCS_2_WARNING: Material's banner about its successor, printed on every build.
    session.run("mkdocs", "build", "--strict", "--site-dir", "site", env={"NO_MKDOCS_2_WARNING": "1"})


@nox.session
def bench(session: nox.Session) -> None:
    """What the client costs over raw httpx: a report, not a test (`-- --quick` for a short run)."""
    install(session, "codegen", "bench")  # codegen: to time the regeneration too
    install_client(session)
    session.run("python", "tests/benchmarks/bench.py", *session.posargs)


# --- API changes and releases -------------------------------------------------------------------

# Tests of the toolchain rather than of the client: they build, publish or regenerate the
# package (and need publish.txt and codegen.txt), so compat does not run them again.
TOOLCHAIN_TESTS = (
    "tests/test_add_an_operation.py",  # regenerates the package
    "tests/test_codegen.py",
    "tests/test_docs_types.py",
    "tests/test_public_api.py",  # runs mypy, which compat does not install
    "tests/test_publish.py",
    "tests/test_reference_docs.py",  # runs the generator
    "tests/test_release_tools.py",
    "tests/test_template_overrides.py",
)


@nox.session
def apidiff(session: nox.Session) -> None:
    """Public API changes of generated/ since HEAD (`-- --since-release`, `-- --against REF`, `-- --changelog`)."""
    install(session, "apidiff")
    session.run("python", "codegen/apidiff.py", *session.posargs)


@nox.session
def release_check(session: nox.Session) -> None:
    """A breaking API change since the last release needs a version bump, and a bump a changelog entry."""
    install(session, "apidiff")
    session.run("python", "codegen/release.py", "check", "--ci")


def release_guard(session: nox.Session) -> None:
    """Only a generated/ that matches the spec, with a new and high enough version, is released."""
    install(session, "codegen")
    session.run("python", "codegen/generate.py", "--check")
    session.run("python", "codegen/release.py", "check")


@nox.session
def build(session: nox.Session) -> None:
    """sdist and wheel of generated/ into dist/, checked; `-- --no-release-check` for a dry build."""
    install(session, "publish")
    if "--no-release-check" in session.posargs:
        session.warn("dry build: the release guard was skipped, do not publish these files")
    else:
        release_guard(session)
    session.run("python", "codegen/release.py", "build", "--outdir", "dist")


@nox.session
def publish(session: nox.Session) -> None:
    """Build, then upload with twine, set up only by TWINE_REPOSITORY_URL, TWINE_USERNAME, TWINE_PASSWORD."""
    install(session, "publish")
    release_guard(session)
    session.run("python", "codegen/release.py", "build", "--outdir", "dist")
    dists = sorted(str(p) for p in (ROOT / "dist").glob("paycombat_client-*"))
    session.log(f"uploading to {os.environ.get('TWINE_REPOSITORY_URL') or 'PyPI (twine default)'}")
    session.run("python", "-m", "twine", "upload", "--non-interactive", *dists)


@nox.session
def record_release(session: nox.Session) -> None:
    """After publishing: write codegen/released.json for the release built from HEAD (`-- --ref REF`)."""
    install(session, "apidiff")
    session.run("python", "codegen/release.py", "record", *session.posargs)


# --- the package as users get it ----------------------------------------------------------------


@nox.session
def downstream(session: nox.Session) -> None:
    """A user's project (tests/downstream) on the built wheel: mypy --strict, then sync and async calls."""
    wheels = Path(session.create_tmp()) / "wheels"
    shutil.rmtree(wheels, ignore_errors=True)
    session.run("python", "-m", "pip", "wheel", "--no-deps", "--wheel-dir", str(wheels), "./generated")
    install(session, "lint", "test")
    # With the testing extra: the downstream check runs against the fake API, which routes and
    # answers with the sandbox's spec reader.
    session.install(*(f"{w}[testing]" for w in wheels.glob("*.whl")), "./tests/downstream", *CONSTRAINTS)
    session.run("mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null", "tests/downstream/downstream_app")
    # Not named test_*.py, so only this session runs it: it needs the downstream project installed.
    session.run("pytest", "tests/downstream/check_downstream.py", *session.posargs)


_PRINT_VERSIONS = "import sys, importlib.metadata as m; print(*(n + '==' + m.version(n) for n in sys.argv[1:]))"


def lowest_requirements() -> list[str]:
    """name==lower bound, for every dependency generated/pyproject.toml declares (its extras' too)."""
    with (ROOT / "generated" / "pyproject.toml").open("rb") as f:
        project = tomllib.load(f)["project"]
    dependencies = [
        *project["dependencies"],
        *(d for extra in EXTRAS.split(",") for d in project["optional-dependencies"][extra]),
    ]
    pins: list[str] = []
    for dependency in dependencies:
        requirement = Requirement(dependency)
        lower = [spec.version for spec in requirement.specifier if spec.operator == ">="]
        if len(lower) != 1:
            raise ValueError(f"{dependency}: the compat session needs one '>=' lower bound")
        pins.append(f"{requirement.name}=={lower[0]}")
    return pins


@nox.session
@nox.parametrize("versions", ["lowest", "highest"], ids=["lowest", "highest"])
def compat(session: nox.Session, versions: str) -> None:
    """The tests on the lowest, then the highest, versions of every dependency the package allows
    (httpx2, pydantic, attrs, anyio, sniffio, and the extras' click, jsonschema, PyYAML and psycopg).

    The client's dependencies are deliberately not taken from constraints.txt here: "highest" is
    whatever the index holds today within the declared ranges.
    """
    install(session, "test")
    client = f"./generated[{EXTRAS}]"
    if versions == "lowest":
        session.install(client, *lowest_requirements())
    else:
        session.install("--upgrade", "--upgrade-strategy", "eager", client)
    names = [Requirement(pin).name for pin in lowest_requirements()]
    session.run("python", "-c", _PRINT_VERSIONS, *names)
    session.run("pytest", *PARALLEL, *(f"--ignore={t}" for t in TOOLCHAIN_TESTS), *session.posargs)
