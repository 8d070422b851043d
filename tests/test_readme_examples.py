"""Every Python example of both READMEs runs, as a user would run it, against the fake server.

The examples take their base URL and credentials from the environment (``PAYCOMBAT_*``), as the
README says they may. tests/test_readme_types.py type-checks the same examples.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from support.fakeapi import FakePayCombat
from support.readme import python_examples, write_examples

EXAMPLES = python_examples()


def test_both_readmes_have_examples() -> None:
    assert sum(name.startswith("readme_") for name in EXAMPLES) >= 6
    assert sum(name.startswith("package_readme_") for name in EXAMPLES) >= 1


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_the_example_runs(name: str, api: FakePayCombat, tmp_path: Path) -> None:
    (path,) = [p for p in write_examples(tmp_path) if p.stem == name]
    env = {
        **os.environ,
        "PAYCOMBAT_BASE_URL": api.base_url,
        "PAYCOMBAT_TOKEN": api.TOKEN,
        "PAYCOMBAT_SIGNATURE_KEY": api.SIGNATURE_KEY,
    }
    proc = subprocess.run(
        [sys.executable, str(path)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    # Examples that open a client call PayCombat; the others only define what a user would call.
    calls_the_api = "with AuthenticatedClient(" in EXAMPLES[name]
    assert bool(api.hits) == calls_the_api
    assert all(hit.verdict == "ok" for hit in api.hits)
    if calls_the_api and "sender_amount=Decimal(" in EXAMPLES[name]:
        # The money example: 100.10 sent as 100.1, the fee read back exactly.
        assert b'"sender_amount":100.1,' in api.hits[0].body
        assert proc.stdout == "fee 0.00 AUD; total 100.10\n"
