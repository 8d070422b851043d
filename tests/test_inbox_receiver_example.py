"""The inbox receiver example (tests/examples/inbox_receiver.py), run with Starlette's test client."""

from __future__ import annotations

import importlib.util
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
from starlette.testclient import TestClient

from support.docs import run_by
from support.inbox_workers import signed

EXAMPLE = Path(__file__).parent / "examples" / "inbox_receiver.py"
KEY = "whsec-example"


def load_example() -> ModuleType:
    # Loaded by path: the example is a stand-alone file, not part of a package.
    spec = importlib.util.spec_from_file_location("inbox_receiver_example", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


example = load_example()


def test_the_example_credits_a_payin_once_however_often_it_arrives(tmp_path: Path) -> None:
    shop = example.Shop()
    app = example.create_app(shop, inbox=f"sqlite://{tmp_path / 'inbox.db'}", signature_key=KEY)
    body, signature = signed({"type": "PAYIN", "id": "payin-7", "status": "SUCCESS", "amount": "50.25"}, KEY)
    with TestClient(app) as client:
        answers = [
            client.post("/paycombat/webhook", content=body, headers={"X-Signature": signature}) for _ in range(3)
        ]
        forged = client.post("/paycombat/webhook", content=body, headers={"X-Signature": "0" * 64})
    assert [(a.status_code, a.text) for a in answers] == [(200, "processed"), (200, "duplicate"), (200, "duplicate")]
    assert forged.status_code == 401
    assert shop.balance == Decimal("50.25")


def test_the_example_reads_its_settings_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAYCOMBAT_SIGNATURE_KEY", KEY)
    monkeypatch.setenv("PAYCOMBAT_INBOX", f"sqlite://{tmp_path / 'env.db'}")
    body, signature = signed({"type": "PAYOUT", "id": "po-1", "status": "RETURNED"}, KEY)
    with TestClient(example.create_app()) as client:
        assert client.post("/paycombat/webhook", content=body, headers={"X-Signature": signature}).text == "processed"
    assert (tmp_path / "env.db").exists()


def test_the_guide_shows_this_receiver_verbatim() -> None:
    # The webhooks guide's receiver is this tested file, block for block.
    [block] = run_by("tests/test_inbox_receiver_example.py", "docs/guides/webhooks.md", "A complete receiver")
    assert block.code == EXAMPLE.read_text(encoding="utf-8")
