"""Every Python block of the docs that is run passes mypy --strict against the installed package.

A toolchain test (it needs mypy): the compat sessions leave it out. tests/test_docs_examples.py
runs the same blocks.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from support.docs import type_checked


def test_every_python_block_passes_mypy_strict(tmp_path: Path) -> None:
    paths = []
    for name, code in type_checked().items():
        path = tmp_path / f"{name}.py"
        path.write_text(code, encoding="utf-8")
        paths.append(path)
    assert len(paths) >= 20
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null", *map(str, paths)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"no issues found in {len(paths)} source files" in proc.stdout
