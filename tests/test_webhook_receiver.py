"""The framework-free webhook receiver example, served by uvicorn on 127.0.0.1 and sent real HTTP requests."""

from __future__ import annotations

import importlib.util
import json
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx2
import pytest
import uvicorn
from paycombat_client._runtime.jsjson import stringify
from paycombat_client.webhooks import MAX_PAYLOAD_BYTES

from support.nodejudge import NodeJudge

EXAMPLE = Path(__file__).parent / "examples" / "webhook_receiver.py"
KEY = "whsec-receiver-test-é"
PAYIN: dict[str, Any] = {
    "type": "PAYIN",
    "id": "9b2f4e61-3c8a-4d7e-a1f0-6e5d2c8b7a43",
    "status": "SUCCESS",
    "amount": "50.25",
    "amount_type": "AUD",
    "customer_full_name": "김제니",
    "created_at": "2025-06-10T01:09:44.000Z",
}


def load_example() -> ModuleType:
    # Loaded by path: the example is a stand-alone file, not part of a package.
    spec = importlib.util.spec_from_file_location("webhook_receiver_example", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


example = load_example()


class Served:
    """The example app under uvicorn in a thread, on a free port of 127.0.0.1."""

    def __init__(self) -> None:
        self.app = example.WebhookReceiver(KEY)
        config = uvicorn.Config(
            self.app, host="127.0.0.1", port=0, lifespan="on", log_level="warning", log_config=None, access_log=False
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="webhook-receiver", daemon=True)
        self.url = ""

    def __enter__(self) -> Served:
        self.thread.start()
        deadline = time.monotonic() + 10
        try:
            while not self.server.started:
                if not self.thread.is_alive() or time.monotonic() > deadline:
                    raise RuntimeError("the webhook receiver did not start")
                time.sleep(0.01)
            port = self.server.servers[0].sockets[0].getsockname()[1]
        except BaseException:
            self.__exit__()
            raise
        self.url = f"http://127.0.0.1:{port}/paycombat/webhook"
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        if self.thread.is_alive():
            self.server.force_exit = True
            self.thread.join(10)
        assert not self.thread.is_alive(), "the webhook receiver did not stop"


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    with Served() as s:
        yield s


@pytest.fixture
def receiver(served: Served) -> Iterator[Served]:
    served.app.processed.clear()
    served.app.balance = Decimal(0)
    yield served


def deliver(receiver: Served, body: bytes, signature: str | None) -> httpx2.Response:
    headers = {"content-type": "application/json"}
    if signature is not None:
        headers["X-Signature"] = signature
    return httpx2.post(receiver.url, content=body, headers=headers, timeout=10)


def signed(judge: NodeJudge, value: object, key: str = KEY) -> tuple[bytes, str]:
    body = stringify(value)
    return body, judge.docs_signature(body, key)


def test_valid_event_is_processed(receiver: Served, node_judge: NodeJudge) -> None:
    response = deliver(receiver, *signed(node_judge, PAYIN))
    assert (response.status_code, response.text) == (200, "ok")
    assert receiver.app.balance == Decimal("50.25")
    assert receiver.app.processed == {f"PAYIN:{PAYIN['id']}:SUCCESS"}


def test_duplicate_delivery_is_processed_once(receiver: Served, node_judge: NodeJudge) -> None:
    body, signature = signed(node_judge, PAYIN)
    reformatted = json.dumps(PAYIN, indent=2).encode()  # same event after a re-formatting proxy
    assert deliver(receiver, body, signature).status_code == 200
    assert deliver(receiver, body, signature).status_code == 200
    assert deliver(receiver, reformatted, signature).status_code == 200
    with ThreadPoolExecutor(max_workers=4) as pool:
        statuses = list(pool.map(lambda _: deliver(receiver, body, signature).status_code, range(8)))
    assert statuses == [200] * 8
    assert receiver.app.balance == Decimal("50.25")
    assert len(receiver.app.processed) == 1


def test_other_status_of_the_same_record_is_another_event(receiver: Served, node_judge: NodeJudge) -> None:
    assert deliver(receiver, *signed(node_judge, {**PAYIN, "status": "FAILED"})).status_code == 200
    assert deliver(receiver, *signed(node_judge, PAYIN)).status_code == 200
    assert len(receiver.app.processed) == 2
    assert receiver.app.balance == Decimal("50.25")


def test_payout_and_registration_events(receiver: Served, node_judge: NodeJudge) -> None:
    payout = {"type": "PAYOUT", "id": "po-1", "status": "RETURNED", "wire_amount": 10.5, "order_id": "o-1"}
    assert deliver(receiver, *signed(node_judge, payout)).status_code == 200
    assert deliver(receiver, *signed(node_judge, {"status": "APPROVED", "id": "va-1"})).status_code == 200
    assert receiver.app.processed == {"PAYOUT:po-1:RETURNED", "VA_REGISTRATION:va-1:APPROVED"}


def test_forged_events_are_refused(receiver: Served, node_judge: NodeJudge) -> None:
    body, signature = signed(node_judge, PAYIN)
    _, wrong_key_signature = signed(node_judge, PAYIN, key="not-the-key")
    tampered = body.replace(b'"50.25"', b'"5000.25"')
    for forged_body, forged_signature in [
        (body, wrong_key_signature),
        (tampered, signature),
        (body, None),
        (body, "not-a-signature"),
        (b"", signature),
        (b"status=SUCCESS", signature),
    ]:
        response = deliver(receiver, forged_body, forged_signature)
        assert (response.status_code, response.text) == (400, "invalid signature")
    assert receiver.app.processed == set() and receiver.app.balance == 0


def test_oversized_body_is_refused(receiver: Served, node_judge: NodeJudge) -> None:
    body, signature = signed(node_judge, {**PAYIN, "padding": "x" * MAX_PAYLOAD_BYTES})
    assert deliver(receiver, body, signature).status_code == 413
    assert receiver.app.processed == set()


def test_signed_but_unreadable_event(receiver: Served, node_judge: NodeJudge) -> None:
    for value in ([PAYIN], {**PAYIN, "type": "REFUND"}, {**PAYIN, "amount": "fifty"}):
        response = deliver(receiver, *signed(node_judge, value))
        assert (response.status_code, response.text) == (422, "unreadable event")
    assert receiver.app.processed == set()


def test_other_routes(receiver: Served) -> None:
    assert httpx2.get(receiver.url, timeout=10).status_code == 405
    assert httpx2.post(receiver.url.replace("/webhook", "/other"), content=b"{}", timeout=10).status_code == 404


def test_create_app_reads_the_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAYCOMBAT_SIGNATURE_KEY", KEY)
    assert isinstance(example.create_app(), example.WebhookReceiver)


def test_the_receiver_credits_payins_the_sandbox_settles(receiver: Served) -> None:
    from paycombat_client.models import CreatePayinRequest
    from paycombat_client.testing import Sandbox

    from support.calls import CALLS, open_body

    with Sandbox(signature_key=KEY, webhook_url=receiver.url) as sandbox, sandbox.client() as client:
        create_payin = CALLS["createPayin"].api()
        ids = [
            create_payin.sync(client=client, body=open_body(CreatePayinRequest, amount=amount, currency="AUD")).data.id
            for amount in (50.25, 10, 7)
        ]
        deliveries = [sandbox.simulate_payin(i, s) for i, s in zip(ids, ("SUCCESS", "SUCCESS", "FAILED"), strict=True)]
    assert all(d.delivered for d in deliveries)
    assert receiver.app.balance == Decimal("60.25")
    assert receiver.app.processed == {f"PAYIN:{ids[0]}:SUCCESS", f"PAYIN:{ids[1]}:SUCCESS", f"PAYIN:{ids[2]}:FAILED"}
