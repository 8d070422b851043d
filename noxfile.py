"""Every task of this repo. ``./dev generate`` regenerates the client; ``./dev test`` runs all checks.

``./dev`` only bootstraps the pinned nox into .venv-nox and runs it: ``./dev -s <session>`` works too.
"""

from __future__ import annotations

from pathlib import Path

import nox

ROOT = Path(__file__).parent
REQ = ROOT / "codegen" / "requirements"
CONSTRAINTS = ("-c", str(REQ / "constraints.txt"))
PACKAGE = "generated/paycombat_client"
SPEC = "spec/paycombat.yaml"
SPECTRAL = "@stoplight/spectral-cli@6.16.3"

nox.options.sessions = ["spec", "drift", "lint", "tests"]
nox.options.error_on_missing_interpreters = True
nox.options.default_venv_backend = "venv"


def install(session: nox.Session, *names: str) -> None:
    args: list[str] = []
    for name in names:
        args += ["-r", str(REQ / f"{name}.txt")]
    session.install(*args, *CONSTRAINTS)


def install_client(session: nox.Session) -> None:
    """The generated package as a user gets it (a built install, not the source tree)."""
    session.install("./generated", *CONSTRAINTS)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from spec/ and templates/."""
    install(session, "codegen")
    session.run("python", "codegen/generate.py")


@nox.session
def drift(session: nox.Session) -> None:
    """Fail when generated/ is not exactly what the spec and templates produce."""
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


@nox.session
def lint(session: nox.Session) -> None:
    """ruff and mypy --strict over the generated package; ruff over the toolchain and tests."""
    install(session, "lint")
    install_client(session)
    session.run("ruff", "check", "--no-cache", "generated")
    session.run("ruff", "format", "--no-cache", "--check", "generated")
    session.run("ruff", "check", "--no-cache", "codegen", "tests", "noxfile.py")
    session.run("ruff", "format", "--no-cache", "--check", "codegen", "tests", "noxfile.py")
    session.run("mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null", PACKAGE)


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite, against the generated package installed like a user's."""
    install(session, "test")
    install_client(session)
    session.run("pytest", *session.posargs)
