"""The sandbox delivers webhooks twice, late and out of order, to a real receiver built on the inbox."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
from paycombat_client.api.payout import create_payout
from paycombat_client.testing import Delivery, Sandbox, SandboxError
from paycombat_client.webhooks import Inbox, InboxWSGIApp, WebhookEvent

from support.calls import payout_body

TOKEN = "snd_inbox_sandbox"
KEY = "sandbox-inbox-key"


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class Merchant:
    """An inbox receiver served on 127.0.0.1 by wsgiref: what it handled and each answer's text."""

    def __init__(self, store: str) -> None:
        self.inbox = Inbox(store, key=KEY, lease_seconds=5)
        self.handled: list[str] = []
        self.answers: list[str] = []
        app = InboxWSGIApp(self.inbox, self._handle)

        def recording(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
            body = b"".join(app(environ, start_response))
            self.answers.append(body.decode())
            return [body]

        self._server: WSGIServer = make_server("127.0.0.1", 0, recording, handler_class=_QuietHandler)
        self._server.timeout = 1
        self.url = f"http://127.0.0.1:{self._server.server_port}/paycombat/webhook"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def _handle(self, event: WebhookEvent) -> None:
        self.handled.append(str(event.status))

    def __enter__(self) -> Merchant:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
        self.inbox.close()


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[tuple[Sandbox, Merchant, str]]:
    with Merchant(f"sqlite://{tmp_path / 'inbox.db'}") as merchant:
        with Sandbox(token=TOKEN, signature_key=KEY, webhook_url=merchant.url, balances={"AUD": "500"}) as sandbox:
            with sandbox.client() as client:
                payout_id = create_payout.sync(client=client, body=payout_body(100.0)).data.id
            yield sandbox, merchant, payout_id


def test_a_redelivered_webhook_is_the_same_bytes_and_signature_and_handled_once(
    shop: tuple[Sandbox, Merchant, str],
) -> None:
    sandbox, merchant, payout_id = shop
    first = sandbox.simulate_payout(payout_id, "SUCCESS")
    again = sandbox.redeliver(first)
    assert again is not first and again.delivered and sandbox.deliveries == [first, again]
    assert (again.event, again.body, again.headers) == (first.event, first.body, first.headers)
    assert merchant.answers == ["processed", "duplicate"]
    assert merchant.handled == ["SUCCESS"]


def test_a_delayed_webhook_arrives_after_a_later_status_and_is_stale(shop: tuple[Sandbox, Merchant, str]) -> None:
    sandbox, merchant, payout_id = shop
    started = time.monotonic()
    success = sandbox.simulate_payout(payout_id, "SUCCESS", delay=1.0, wait=False)
    assert sandbox.payouts[payout_id]["status"] == "SUCCESS"  # the record moved at once
    returned = sandbox.simulate_payout(payout_id, "RETURNED")
    assert returned.delivered
    assert success.wait(10).delivered and time.monotonic() - started >= 1.0
    assert merchant.answers == ["processed", "stale"]
    assert merchant.handled == ["RETURNED"]


def test_a_redelivery_can_be_late_and_overtaken(shop: tuple[Sandbox, Merchant, str]) -> None:
    sandbox, merchant, payout_id = shop
    success = sandbox.simulate_payout(payout_id, "SUCCESS")
    late_copy = sandbox.redeliver(success, delay=0.5, wait=False)
    returned = sandbox.simulate_payout(payout_id, "RETURNED")
    assert late_copy.wait(10).delivered and returned.delivered
    assert merchant.answers == ["processed", "processed", "duplicate"]
    assert merchant.handled == ["SUCCESS", "RETURNED"]


def test_redeliver_refuses_a_foreign_delivery_and_a_bad_delay(shop: tuple[Sandbox, Merchant, str]) -> None:
    sandbox, _, payout_id = shop
    sent = sandbox.simulate_payout(payout_id, "SUCCESS")
    foreign = Delivery(event=sent.event, url=sent.url, payload=sent.payload, body=sent.body, headers=sent.headers)
    with pytest.raises(SandboxError, match="this sandbox sent"):
        sandbox.redeliver(foreign)
    for delay in (-1, float("nan"), 10_000, True):
        with pytest.raises(SandboxError, match="delay"):
            sandbox.redeliver(sent, delay=delay)
        with pytest.raises(SandboxError, match="delay"):
            sandbox.simulate_payout(payout_id, "RETURNED", delay=delay)


def test_stopping_the_sandbox_ends_a_delayed_delivery_at_once_unsent(tmp_path: Path) -> None:
    with Merchant(f"sqlite://{tmp_path / 'inbox.db'}") as merchant:
        with Sandbox(token=TOKEN, signature_key=KEY, webhook_url=merchant.url, balances={"AUD": "500"}) as sandbox:
            with sandbox.client() as client:
                payout_id = create_payout.sync(client=client, body=payout_body(100.0)).data.id
            held = sandbox.simulate_payout(payout_id, "SUCCESS", delay=60, wait=False)
            started = time.monotonic()
        assert held.wait(5).finished and not held.attempts
        assert time.monotonic() - started < 5
    assert merchant.answers == []
