"""The Python examples of both READMEs (the repository's and the package's), for the tests that run
and type-check them."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READMES = (ROOT / "README.md", ROOT / "generated" / "README.md")
_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def python_examples() -> dict[str, str]:
    """``<readme>_<n>`` -> the code of its n-th ``python`` block."""
    examples: dict[str, str] = {}
    for readme in READMES:
        prefix = "package_readme" if readme.parent.name == "generated" else "readme"
        for number, block in enumerate(_BLOCK.findall(readme.read_text(encoding="utf-8")), start=1):
            examples[f"{prefix}_{number}"] = block
    return examples


def write_examples(directory: Path) -> list[Path]:
    """Each example as a module in ``directory``."""
    paths = []
    for name, code in python_examples().items():
        path = directory / f"{name}.py"
        path.write_text(code, encoding="utf-8")
        paths.append(path)
    return paths
