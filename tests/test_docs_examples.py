"""Every code block of the docs runs, or says why not (the rules are in tests/support/docs.py).

Each unmarked ``python`` block runs as a user would run it, as a script against the fake
PayCombat, with its base URL and credentials in the environment (``PAYCOMBAT_*``), as the docs
say they may be given. tests/test_docs_types.py type-checks the same blocks.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from support.docs import ROOT, Block, every_block, scripts
from support.fakeapi import FakePayCombat

SCRIPTS = scripts()
BLOCKS = every_block()


def test_the_docs_have_scripts_in_each_part() -> None:
    documents = {block.document for block in BLOCKS if block.is_script}
    assert {"README.md", "generated/README.md", "docs/reference/operations.md"} <= documents
    assert sum(doc.startswith("docs/guides/") for doc in documents) >= 4


@pytest.mark.parametrize("block", BLOCKS, ids=lambda b: b.name)
def test_every_block_is_run_or_says_why_not(block: Block) -> None:
    if block.not_run is not None:
        assert len(block.not_run.split()) >= 2, "say why it is not run"
    elif block.run_by is not None:
        test = ROOT / block.run_by
        assert test.is_file() and block.run_by.startswith("tests/test_"), block.run_by
        assert block.document in test.read_text(encoding="utf-8"), f"{block.run_by} does not read {block.document}"
    else:
        assert block.language == "python", f"a {block.language or 'plain'} block needs a marker"
    # An indented block would keep its list's indentation in the code: fences start lines.
    assert block.indent == "", "start the fence at the beginning of the line"


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_the_script_runs(name: str, api: FakePayCombat, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.py"
    path.write_text(SCRIPTS[name], encoding="utf-8")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("PAYCOMBAT_")},
        "PAYCOMBAT_BASE_URL": api.base_url,
        "PAYCOMBAT_TOKEN": api.TOKEN,
        "PAYCOMBAT_SIGNATURE_KEY": api.SIGNATURE_KEY,
    }
    proc = subprocess.run(
        [sys.executable, str(path)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    # Scripts that open a client call PayCombat; the others only define what a user would call.
    calls_the_api = "with AuthenticatedClient(" in SCRIPTS[name]
    assert bool(api.hits) == calls_the_api
    assert all(hit.verdict == "ok" for hit in api.hits)
    if name.startswith("docs_guides_money_"):
        # The money example: 100.10 sent as 100.1, the fee read back exactly.
        assert b'"sender_amount":100.1,' in api.hits[0].body
        assert proc.stdout == "fee 0.00 AUD; total 100.10\n"
