"""The testing guide's example (docs/guides/testing.md), run verbatim by pytest against the
installed package: the paycombat_sandbox fixture must come from the package's pytest11 plugin."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from support.docs import run_by


def _example() -> str:
    [block] = run_by("tests/test_sandbox_readme.py", "docs/guides/testing.md", "Testing with the sandbox")
    return block.code


def test_the_guides_example_passes_with_the_plugin_fixture(tmp_path: Path) -> None:
    (tmp_path / "test_payouts.py").write_text(_example(), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(tmp_path), "test_payouts.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def test_the_plugin_is_registered_by_the_installed_package() -> None:
    from importlib.metadata import entry_points

    [plugin] = [ep for ep in entry_points(group="pytest11") if ep.value.startswith("paycombat_client")]
    assert plugin.value == "paycombat_client.testing.pytest_plugin"
    assert plugin.dist is not None and plugin.dist.name == "paycombat-client"
