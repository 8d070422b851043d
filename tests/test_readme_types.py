"""Every Python example of both READMEs passes mypy --strict against the installed package.

A toolchain test (it needs mypy): the compat sessions leave it out. tests/test_readme_examples.py
runs the same examples.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from support.readme import write_examples


def test_every_readme_example_passes_mypy_strict(tmp_path: Path) -> None:
    paths = write_examples(tmp_path)
    assert len(paths) >= 7
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null", *map(str, paths)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"no issues found in {len(paths)} source files" in proc.stdout
