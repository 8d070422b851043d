"""README's "Testing your integration" example, run verbatim by pytest against the installed
package: the paycombat_sandbox fixture must come from the package's pytest11 plugin."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _example() -> str:
    section = README.split("## Testing your integration", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    assert blocks, "the README's testing section has no python example"
    return str(blocks[0])


def test_the_readme_example_passes_with_the_plugin_fixture(tmp_path: Path) -> None:
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
