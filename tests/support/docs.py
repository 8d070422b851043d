"""The code blocks of every document a user or contributor reads, for the tests that run them.

Documents: README.md, CONTRIBUTING.md, the package's own README (generated/README.md, its PyPI
page), the bench's README and every page of the docs site (docs/). A fenced block is one of:

- a ``python`` block with no marker: a complete script, run against the fake PayCombat with
  ``PAYCOMBAT_BASE_URL``, ``PAYCOMBAT_TOKEN`` and ``PAYCOMBAT_SIGNATURE_KEY`` set
  (tests/test_docs_examples.py) and type-checked with ``mypy --strict`` (tests/test_docs_types.py);
- a block whose line before the fence is ``<!-- run by tests/test_x.py -->``: that test runs it
  (and names the document); a ``python`` one is type-checked too;
- a block whose line before the fence is ``<!-- not run: why -->``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_FENCE = re.compile(r"^(\s*)```(\S*)\s*$")
_MARKER = re.compile(r"^<!-- (run by (\S+)|not run: (.+?)) -->$")


def documents() -> list[Path]:
    fixed = ("README.md", "CONTRIBUTING.md", "generated/README.md", "tests/benchmarks/README.md")
    return [*(ROOT / name for name in fixed), *sorted((ROOT / "docs").rglob("*.md"))]


@dataclass(frozen=True)
class Block:
    document: str  # relative to the repository, e.g. docs/guides/cli.md
    line: int  # of the opening fence, from 1
    language: str
    code: str
    heading: str  # the nearest heading above, without its #s
    indent: str
    run_by: str | None
    not_run: str | None

    @property
    def name(self) -> str:
        return re.sub(r"\W+", "_", Path(self.document).with_suffix("").as_posix()) + f"_{self.line}"

    @property
    def is_script(self) -> bool:
        return self.language == "python" and self.run_by is None and self.not_run is None


def blocks(document: Path) -> list[Block]:
    lines = document.read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    heading = ""
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
        fence = _FENCE.match(line)
        if fence is None:
            index += 1
            continue
        end = next(i for i in range(index + 1, len(lines)) if lines[i].strip() == "```")
        marker = _MARKER.match(lines[index - 1].strip()) if index else None
        indent = fence[1]
        code = "".join(f"{text[len(indent) :]}\n" for text in lines[index + 1 : end])
        found.append(
            Block(
                document=document.relative_to(ROOT).as_posix(),
                line=index + 1,
                language=fence[2],
                code=code,
                heading=heading,
                indent=indent,
                run_by=marker[2] if marker else None,
                not_run=marker[3] if marker else None,
            )
        )
        index = end + 1
    return found


def every_block() -> list[Block]:
    return [block for document in documents() for block in blocks(document)]


def scripts() -> dict[str, str]:
    """``<document>_<line>`` -> the code of each unmarked ``python`` block."""
    return {block.name: block.code for block in every_block() if block.is_script}


def run_by(test_file: str, document: str, heading: str) -> list[Block]:
    """The blocks of ``document`` under ``heading`` that ``test_file`` says it runs."""
    return [b for b in blocks(ROOT / document) if b.heading == heading and b.run_by == test_file]


def type_checked() -> dict[str, str]:
    """Every ``python`` block mypy checks: the scripts and the ones a test runs."""
    return {b.name: b.code for b in every_block() if b.language == "python" and b.not_run is None}
