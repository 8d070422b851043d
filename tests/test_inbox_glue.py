"""The inbox's ASGI and WSGI endpoints, in Starlette, FastAPI and Flask, through each framework's own test client."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient as FastAPITestClient
from flask import Flask
from paycombat_client.webhooks import MAX_PAYLOAD_BYTES, Inbox, InboxASGIApp, InboxWSGIApp, WebhookEvent
from starlette.applications import Starlette
from starlette.routing import Route
from starlette.testclient import TestClient
from werkzeug.middleware.dispatcher import DispatcherMiddleware

from support.inbox_workers import signed

KEY = "whsec-glue-test"
PATH = "/paycombat/webhook"


def payout(status: str, record_id: str = "payout-1") -> dict[str, Any]:
    return {"type": "PAYOUT", "id": record_id, "status": status, "original_amount": "12.00"}


class Answer(Protocol):
    status_code: int
    headers: Any

    @property
    def text(self) -> str: ...


class Shop:
    """The merchant's side: a handler that records, and can be told to fail or to block."""

    def __init__(self) -> None:
        self.handled: list[str] = []
        self.fail_next = False
        self.inside = threading.Event()
        self.release = threading.Event()
        self.release.set()

    def handle(self, event: WebhookEvent) -> None:
        self.inside.set()
        assert self.release.wait(10)
        if self.fail_next:
            self.fail_next = False
            raise RuntimeError("the ledger is down")
        self.handled.append(f"{event.id} {event.status}")

    async def ahandle(self, event: WebhookEvent) -> None:
        if self.fail_next:
            self.fail_next = False
            raise RuntimeError("the ledger is down")
        self.handled.append(f"{event.id} {event.status}")


Post = Callable[..., Answer]


def _starlette(inbox: Inbox, handler: Callable[[WebhookEvent], Any]) -> Iterator[Post]:
    app = Starlette(routes=[Route(PATH, InboxASGIApp(inbox, handler), methods=["POST"])])
    with TestClient(app, raise_server_exceptions=True) as client:
        yield lambda body, headers, method="POST": client.request(method, PATH, content=body, headers=headers)


def _fastapi(inbox: Inbox, handler: Callable[[WebhookEvent], Any]) -> Iterator[Post]:
    app = FastAPI()
    app.add_route(PATH, InboxASGIApp(inbox, handler), methods=["POST"])
    # FastAPI's own TestClient is Starlette's.
    with FastAPITestClient(app, raise_server_exceptions=True) as client:
        yield lambda body, headers, method="POST": client.request(method, PATH, content=body, headers=headers)


def _flask_view(inbox: Inbox, handler: Callable[[WebhookEvent], Any]) -> Iterator[Post]:
    app = Flask(__name__)
    receiver = InboxWSGIApp(inbox, handler)
    # A Flask view may return a WSGI app: Flask runs it on the request.
    app.add_url_rule(PATH, "paycombat_webhook", lambda: receiver, methods=["GET", "POST"])
    client = app.test_client()
    yield lambda body, headers, method="POST": client.open(PATH, method=method, data=body, headers=headers)


def _flask_mounted(inbox: Inbox, handler: Callable[[WebhookEvent], Any]) -> Iterator[Post]:
    app = Flask(__name__)
    app.wsgi_app = DispatcherMiddleware(app.wsgi_app, {PATH: InboxWSGIApp(inbox, handler)})  # type: ignore[method-assign]
    client = app.test_client()
    yield lambda body, headers, method="POST": client.open(PATH, method=method, data=body, headers=headers)


FRAMEWORKS = {
    "starlette-sync": (_starlette, "handle"),
    "starlette-async": (_starlette, "ahandle"),
    "fastapi-async": (_fastapi, "ahandle"),
    "flask-view": (_flask_view, "handle"),
    "flask-mounted": (_flask_mounted, "handle"),
}


@pytest.fixture(params=sorted(FRAMEWORKS))
def served(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Post, Shop, Inbox]]:
    make, handler_name = FRAMEWORKS[request.param]
    shop = Shop()
    with Inbox(f"sqlite://{tmp_path / 'inbox.db'}", key=KEY, lease_seconds=30) as inbox:
        yield from ((post, shop, inbox) for post in make(inbox, getattr(shop, handler_name)))


def deliver(post: Post, payload: dict[str, Any], key: str = KEY, **headers: str) -> Answer:
    body, signature = signed(payload, key)
    return post(body, {"Content-Type": "application/json", "X-Signature": signature, **headers})


def test_processed_duplicate_and_stale_deliveries_are_2xx_and_handled_once(
    served: tuple[Post, Shop, Inbox],
) -> None:
    post, shop, _ = served
    answers = [deliver(post, payout("RETURNED")), deliver(post, payout("RETURNED")), deliver(post, payout("SUCCESS"))]
    assert [(a.status_code, a.text) for a in answers] == [(200, "processed"), (200, "duplicate"), (200, "stale")]
    assert shop.handled == ["payout-1 RETURNED"]


def test_a_forged_or_unsigned_body_is_401_an_oversized_one_413_and_a_get_405(served: tuple[Post, Shop, Inbox]) -> None:
    post, shop, _ = served
    assert deliver(post, payout("SUCCESS"), key="not-the-key").status_code == 401
    assert (
        post(b'{"type":"PAYOUT","id":"x","status":"SUCCESS"}', {"Content-Type": "application/json"}).status_code == 401
    )
    assert post(b"{" + b" " * MAX_PAYLOAD_BYTES + b"}", {"X-Signature": "00" * 32}).status_code == 413
    refused = post(b"", {}, method="GET")
    assert refused.status_code == 405 and refused.headers["allow"] == "POST"
    assert shop.handled == []
    assert deliver(post, payout("SUCCESS")).status_code == 200


def test_a_signed_but_unreadable_event_is_422(served: tuple[Post, Shop, Inbox]) -> None:
    post, shop, _ = served
    assert deliver(post, {"type": "REFUND", "id": "r1", "status": "SUCCESS"}).status_code == 422
    assert shop.handled == []


def test_a_handler_error_is_500_and_the_redelivery_runs_the_handler_again(
    served: tuple[Post, Shop, Inbox], caplog: pytest.LogCaptureFixture
) -> None:
    post, shop, _ = served
    shop.fail_next = True
    failed = deliver(post, payout("FAILED"))
    assert (failed.status_code, failed.text) == (500, "the webhook handler failed")
    assert "webhook handler failed for PAYOUT:payout-1:FAILED" in caplog.text and "the ledger is down" in caplog.text
    assert deliver(post, payout("FAILED")).status_code == 200
    assert deliver(post, payout("FAILED")).text == "duplicate"
    assert shop.handled == ["payout-1 FAILED"]


def test_an_event_another_worker_is_handling_is_503_with_retry_after(tmp_path: Path) -> None:
    shop = Shop()
    body, signature = signed(payout("SUCCESS"), KEY)
    with Inbox(f"sqlite://{tmp_path / 'inbox.db'}", key=KEY, lease_seconds=30) as inbox:
        shop.release.clear()
        other_worker = threading.Thread(target=inbox.process, args=(body, signature, shop.handle))
        other_worker.start()
        try:
            assert shop.inside.wait(10)
            for make in (_starlette, _fastapi, _flask_view):
                for post in make(inbox, Shop().handle):
                    busy = post(body, {"X-Signature": signature})
                    assert (busy.status_code, busy.headers["retry-after"]) == (503, "30")
        finally:
            shop.release.set()
            other_worker.join(10)
        for post in _starlette(inbox, Shop().handle):
            assert post(body, {"X-Signature": signature}).text == "duplicate"
    assert shop.handled == ["payout-1 SUCCESS"]


def test_a_failing_store_is_503(tmp_path: Path) -> None:
    url = f"sqlite://{tmp_path / 'missing-folder' / 'inbox.db'}"
    with Inbox(url, key=KEY) as inbox:
        for make in (_starlette, _flask_mounted):
            for post in make(inbox, Shop().handle):
                answer = deliver(post, payout("SUCCESS"))
                assert (answer.status_code, answer.text) == (503, "webhook inbox unavailable")
