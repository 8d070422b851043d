"""The package's public names: each listed once, each importable, the errors exactly the error family."""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap

import paycombat_client
import paycombat_client.errors
from paycombat_client._runtime import exceptions


def test_every_export_is_listed_once_and_resolves() -> None:
    names = paycombat_client.__all__
    assert len(names) == len(set(names))
    for name in names:
        assert getattr(paycombat_client, name) is not None, name
    assert {"AuthenticatedClient", "UNSET", "Unset", "__version__"} <= set(names)


def test_the_exported_errors_are_the_error_family_and_nothing_else() -> None:
    errors = [name for name in paycombat_client.__all__ if inspect.isclass(getattr(paycombat_client, name))]
    family = {
        name
        for name, value in vars(exceptions).items()
        if inspect.isclass(value) and issubclass(value, exceptions.PayCombatError) and not name.startswith("_")
    }
    assert set(errors) - {"AuthenticatedClient", "Unset"} == family == set(exceptions.__all__)
    assert set(paycombat_client.errors.__all__) == family
    # Helpers of the runtime are not part of it.
    assert not {"printable", "redact", "not_json", "REDACTED"} & set(paycombat_client.__all__)


def test_a_type_checker_sees_every_export(tmp_path: object) -> None:
    imports = ", ".join(sorted(set(paycombat_client.__all__) - {"__version__"}))
    code = textwrap.dedent(f"""
        from paycombat_client import {imports}
        from paycombat_client import __version__
        reveal_type(NotFoundError)
        """)
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null", "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "NotFoundError" in proc.stdout and "error:" not in proc.stdout.replace("error: Revealed", ""), proc.stdout
