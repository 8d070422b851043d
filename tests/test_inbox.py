"""The webhook inbox on real storage: memory, SQLite files and a real PostgreSQL server.

Worker processes are spawned (not forked from a test worker that runs threads), bounded in
time and always joined; leases are short (about a second) so the lease tests stay quick.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import anyio
import psycopg
import pytest
from paycombat_client import PayCombatError
from paycombat_client._runtime.exceptions import ConfigurationError
from paycombat_client.webhooks import (
    MAX_PAYLOAD_BYTES,
    STATUS_ORDER,
    Inbox,
    InboxResult,
    InboxStoreError,
    PayoutEvent,
    WebhookEvent,
    WebhookPayloadTooLargeError,
    WebhookSignatureError,
)

from support.inbox_workers import claim_and_hang, deliver_many, effects_of, signed
from support.postgres import PostgresServer

KEY = "whsec-inbox-test"
PAYOUT_ID = "5f0c7e2a-9d41-4b8e-a3c6-1e2d3f4a5b6c"
LEASE = 1.0
SPAWN = multiprocessing.get_context("spawn")
JOIN_SECONDS = 60


def payout(status: str, record_id: str = PAYOUT_ID, **fields: Any) -> dict[str, Any]:
    return {"type": "PAYOUT", "id": record_id, "status": status, "original_amount": "100.50", **fields}


def payin(status: str, record_id: str = "payin-1") -> dict[str, Any]:
    return {"type": "PAYIN", "id": record_id, "status": status, "amount": 25, "amount_type": "AUD"}


class Store:
    """A store URL under test, and a way to read its table directly."""

    def __init__(self, kind: str, url: str, postgres: str | None = None) -> None:
        self.kind, self.url, self._postgres = kind, url, postgres
        self.seen: list[dict[str, Any]] = []  # the memory store's only trace: what tests record

    def rows(self) -> list[dict[str, Any]]:
        query = "SELECT * FROM paycombat_inbox ORDER BY event_key"
        if self.kind == "sqlite":
            path = self.url.removeprefix("sqlite://")
            if not Path(path).exists():
                return []
            with sqlite3.connect(path) as connection:
                connection.row_factory = sqlite3.Row
                try:
                    return [dict(row) for row in connection.execute(query)]
                except sqlite3.OperationalError:  # no table yet
                    return []
        if self.kind == "postgres":
            assert self._postgres is not None
            with psycopg.connect(self._postgres, autocommit=True) as connection:
                exists = connection.execute("SELECT to_regclass('paycombat_inbox')").fetchone()
                if exists is None or exists[0] is None:
                    return []
                cursor = connection.execute(query)
                names = [column.name for column in cursor.description or ()]
                return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        raise AssertionError("the memory store cannot be read from outside")


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh schema of the test worker's server for each test, as the search path of the URL."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server.url, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    yield f"{postgres_server.url}&options=-csearch_path%3D{schema}"
    with psycopg.connect(postgres_server.url, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite://{tmp_path / 'inbox.db'}"


@pytest.fixture(params=["memory", "sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    if request.param == "memory":
        return Store("memory", "memory:")
    if request.param == "sqlite":
        return Store("sqlite", f"sqlite://{tmp_path / 'inbox.db'}")
    url = request.getfixturevalue("postgres_url")
    return Store("postgres", url, url)


@pytest.fixture(params=["sqlite", "postgres"])
def shared_store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    """A store several processes share."""
    if request.param == "sqlite":
        return Store("sqlite", f"sqlite://{tmp_path / 'inbox.db'}")
    url = request.getfixturevalue("postgres_url")
    return Store("postgres", url, url)


class Recorder:
    """A handler that records each event it is given."""

    def __init__(self) -> None:
        self.events: list[WebhookEvent] = []

    def __call__(self, event: WebhookEvent) -> None:
        self.events.append(event)

    @property
    def statuses(self) -> list[str | None]:
        return [event.status for event in self.events]


def join_all(processes: list[Any]) -> None:
    deadline = time.monotonic() + JOIN_SECONDS
    for process in processes:
        process.join(max(0.1, deadline - time.monotonic()))
    for process in processes:
        if process.is_alive():
            process.kill()
            process.join(10)


# --- one process -------------------------------------------------------------------------------


def test_an_event_is_handled_once_and_every_redelivery_is_a_duplicate(store: Store) -> None:
    handler = Recorder()
    body, signature = signed(payout("SUCCESS"), KEY)
    with Inbox(store.url, key=KEY, lease_seconds=LEASE) as inbox:
        first = inbox.process(body, signature, handler)
        again = [inbox.process(body, signature, handler) for _ in range(3)]
        # The same event re-formatted by a proxy is still the same event.
        reformatted = inbox.process(body.replace(b",", b", "), signature, handler)
    assert first.status == "processed" and first.event_key == f"PAYOUT:{PAYOUT_ID}:SUCCESS"
    assert isinstance(first.event, PayoutEvent) and first.event.original_amount == Decimal("100.50")
    assert [result.status for result in [*again, reformatted]] == ["duplicate"] * 4
    assert handler.statuses == ["SUCCESS"]
    if store.kind != "memory":
        (row,) = store.rows()
        assert (row["event_key"], row["kind"], row["record_id"], row["status"], row["state"]) == (
            first.event_key,
            "PAYOUT",
            PAYOUT_ID,
            "SUCCESS",
            "done",
        )
        assert row["lease_owner"] is None and row["handled_at"] is not None and row["attempts"] == 1


def test_a_forged_or_oversized_body_raises_before_anything_is_stored(store: Store) -> None:
    handler = Recorder()
    body, signature = signed(payout("SUCCESS"), KEY)
    _, other_key_signature = signed(payout("SUCCESS"), "another-key")
    with Inbox(store.url, key=KEY, lease_seconds=LEASE) as inbox:
        with pytest.raises(WebhookSignatureError):
            inbox.process(body, other_key_signature, handler)
        with pytest.raises(WebhookSignatureError):
            inbox.process(body.replace(b"100.50", b"900.50"), signature, handler)
        with pytest.raises(WebhookSignatureError):
            inbox.process(body, None, handler)
        with pytest.raises(WebhookPayloadTooLargeError):
            inbox.process(b"{" + b" " * MAX_PAYLOAD_BYTES + b"}", signature, handler)
        if store.kind == "sqlite":
            # Verification comes first: not even the file was created.
            assert not Path(store.url.removeprefix("sqlite://")).exists()
        assert store.kind == "memory" or store.rows() == []
        assert handler.events == []
        # The genuine event is not held up by the forgeries.
        assert inbox.process(body, signature, handler).status == "processed"
    assert handler.statuses == ["SUCCESS"]


def test_a_handler_error_releases_the_claim_propagates_unchanged_and_the_redelivery_runs_it_again(
    store: Store,
) -> None:
    body, signature = signed(payin("SUCCESS"), KEY)
    failure = RuntimeError("the ledger is down")
    calls: list[str] = []

    def failing(event: WebhookEvent) -> None:
        calls.append("failing")
        raise failure

    with Inbox(store.url, key=KEY, lease_seconds=30) as inbox:
        with pytest.raises(RuntimeError) as raised:
            inbox.process(body, signature, failing)
        assert raised.value is failure
        assert store.kind == "memory" or store.rows() == []  # released at once, not after the 30 s lease
        result = inbox.process(body, signature, lambda event: calls.append("working"))
        assert result.status == "processed"
        assert inbox.process(body, signature, lambda event: calls.append("again")).status == "duplicate"
    assert calls == ["failing", "working"]


def test_a_status_older_than_one_already_handled_is_stale_and_only_where_the_order_is_certain(store: Store) -> None:
    handler = Recorder()
    returned, success, failed = (signed(payout(status), KEY) for status in ("RETURNED", "SUCCESS", "FAILED"))
    pending = signed(payout("PENDING"), KEY)
    with Inbox(store.url, key=KEY, lease_seconds=LEASE) as inbox:
        assert inbox.process(*returned, handler).status == "processed"
        late = inbox.process(*success, handler)
        assert (late.status, late.event_key) == ("stale", f"PAYOUT:{PAYOUT_ID}:SUCCESS")
        assert inbox.process(*pending, handler).status == "stale"
        assert inbox.process(*success, handler).status == "stale"  # a stale event stays stale
        # Which of SUCCESS, FAILED and RETURNED follows which is not certain beyond SUCCESS then
        # RETURNED: a FAILED after RETURNED is handled, never dropped.
        assert inbox.process(*failed, handler).status == "processed"
        # Another record's SUCCESS is unaffected; the order applies per record.
        assert inbox.process(*signed(payout("SUCCESS", "payout-2"), KEY), handler).status == "processed"
        assert inbox.process(*signed(payout("RETURNED", "payout-2"), KEY), handler).status == "processed"
        # No order is certain for payins: a SUCCESS after EXPIRED is handled.
        assert inbox.process(*signed(payin("EXPIRED"), KEY), handler).status == "processed"
        assert inbox.process(*signed(payin("SUCCESS"), KEY), handler).status == "processed"
    assert handler.statuses == ["RETURNED", "FAILED", "SUCCESS", "RETURNED", "EXPIRED", "SUCCESS"]
    if store.kind != "memory":  # a stale delivery leaves no row
        assert f"PAYOUT:{PAYOUT_ID}:SUCCESS" not in {row["event_key"] for row in store.rows()}


def test_the_status_order_table_holds_only_the_certain_orders() -> None:
    assert {kind: {status: set(later) for status, later in order.items()} for kind, order in STATUS_ORDER.items()} == {
        "PAYOUT": {"PENDING": {"SUCCESS", "FAILED", "RETURNED"}, "SUCCESS": {"RETURNED"}}
    }
    with pytest.raises(TypeError):
        STATUS_ORDER["PAYIN"] = {}  # type: ignore[index]


def test_an_event_claimed_by_a_live_worker_is_busy_until_it_is_handled(store: Store) -> None:
    body, signature = signed(payout("FAILED"), KEY)
    inside, finish = threading.Event(), threading.Event()
    results: list[InboxResult] = []

    def slow(event: WebhookEvent) -> None:
        inside.set()
        assert finish.wait(10)

    with Inbox(store.url, key=KEY, lease_seconds=30) as inbox:
        worker = threading.Thread(target=lambda: results.append(inbox.process(body, signature, slow)))
        worker.start()
        try:
            assert inside.wait(10)
            busy = inbox.process(body, signature, Recorder())
            if store.kind != "memory":
                (row,) = store.rows()
                assert row["state"] == "claimed" and row["lease_owner"] and row["handled_at"] is None
        finally:
            finish.set()
            worker.join(10)
        assert busy.status == "busy" and busy.retry_after is not None and 25 < busy.retry_after <= 30
        assert [result.status for result in results] == ["processed"]
        assert inbox.process(body, signature, Recorder()).status == "duplicate"


def test_inbox_errors_are_configuration_errors_and_the_key_never_shows(tmp_path: Path) -> None:
    for url in (
        "mysql://db/x",
        "sqlite:",
        "sqlite://",
        "sqlite://host/x.db",
        "sqlite:///x.db?mode=ro",
        "sqlite::memory:",
    ):
        with pytest.raises(ConfigurationError):
            Inbox(url, key=KEY)
    for lease in (0, -1, float("nan"), float("inf"), True):
        with pytest.raises(ConfigurationError, match="lease_seconds"):
            Inbox("memory:", key=KEY, lease_seconds=lease)
    with pytest.raises(ConfigurationError, match="key"):
        Inbox("memory:", key=" \n")
    inbox = Inbox(f"sqlite://{tmp_path / 'x.db'}", key=KEY)
    assert KEY not in repr(inbox) and "lease_seconds=300" in repr(inbox)
    with pytest.raises(ConfigurationError, match="pickled"):
        pickle.dumps(inbox)
    with pytest.raises(ConfigurationError, match="bytes"):
        inbox.process("text, not bytes", "00" * 32, Recorder())  # type: ignore[arg-type]

    async def handler(event: WebhookEvent) -> None:
        pass

    body, signature = signed(payout("SUCCESS"), KEY)
    with pytest.raises(ConfigurationError, match="aprocess"):
        inbox.process(body, signature, handler)
    assert not (tmp_path / "x.db").exists()  # refused before the store was used
    with pytest.raises(ConfigurationError, match="aprocess"):
        inbox.process(body, signature, lambda event: anyio.sleep(0))
    # The refused handler's claim was released: a proper one runs.
    assert inbox.process(body, signature, Recorder()).status == "processed"
    inbox.close()


def test_the_postgres_store_without_psycopg_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(ConfigurationError, match=r"paycombat-client\[postgres\]"):
        Inbox("postgresql://shop@db.internal/shop", key=KEY)


def test_a_store_that_fails_is_an_inbox_store_error_without_the_password(tmp_path: Path) -> None:
    body, signature = signed(payout("SUCCESS"), KEY)
    missing = tmp_path / "no-such-folder"
    url = f"postgresql://shop:s3cret-pw@/shop?host={missing}&connect_timeout=2"
    inbox = Inbox(url, key=KEY)
    assert "s3cret-pw" not in repr(inbox)
    assert "s3cret-pw" not in repr(Inbox(f"postgresql:///shop?host={missing}&password=s3cret-pw", key=KEY))
    with pytest.raises(InboxStoreError) as raised:
        inbox.process(body, signature, Recorder())
    assert isinstance(raised.value, PayCombatError) and "s3cret-pw" not in str(raised.value)
    assert "s3cret-pw" not in repr(pickle.loads(pickle.dumps(raised.value)))
    with pytest.raises(InboxStoreError, match="unable to open"):
        Inbox(f"sqlite://{missing / 'inbox.db'}", key=KEY).process(body, signature, Recorder())


def test_tables_are_created_on_first_use_with_a_schema_version_and_a_newer_one_is_refused(
    shared_store: Store,
) -> None:
    body, signature = signed(payout("SUCCESS"), KEY)
    with Inbox(shared_store.url, key=KEY) as inbox:
        assert inbox.process(body, signature, Recorder()).status == "processed"
    columns = set(shared_store.rows()[0])
    # What the store keeps: the event key, its parts, the claim and the times. Never the body,
    # the signature or the key.
    assert columns == {
        "event_key",
        "kind",
        "record_id",
        "status",
        "state",
        "lease_owner",
        "lease_expires_at",
        "claimed_at",
        "handled_at",
        "attempts",
    }
    assert not any(
        signature in str(value) or KEY in str(value) or "100.50" in str(value)
        for value in shared_store.rows()[0].values()
    )
    if shared_store.kind == "sqlite":
        with sqlite3.connect(shared_store.url.removeprefix("sqlite://")) as connection:
            assert connection.execute("SELECT version FROM paycombat_inbox_schema").fetchall() == [(1,)]
            assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
            connection.execute("UPDATE paycombat_inbox_schema SET version = 2")
    else:
        assert shared_store._postgres is not None
        with psycopg.connect(shared_store._postgres, autocommit=True) as connection:
            assert connection.execute("SELECT version FROM paycombat_inbox_schema").fetchall() == [(1,)]
            connection.execute("UPDATE paycombat_inbox_schema SET version = 2")
    with Inbox(shared_store.url, key=KEY) as inbox, pytest.raises(InboxStoreError, match="schema version 2"):
        inbox.process(body, signature, Recorder())


def test_importing_the_webhooks_module_loads_no_database_driver() -> None:
    code = (
        "import sys, paycombat_client.webhooks as w\n"
        "print(sorted(m for m in ('sqlite3', 'psycopg', 'paycombat_client.webhooks._inbox') if m in sys.modules))\n"
        "w.Inbox\n"
        "print('paycombat_client.webhooks._inbox' in sys.modules, 'psycopg' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split("\n")[:2] == ["[]", "True False"]


# --- async ------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_aprocess_awaits_an_async_handler_and_runs_a_plain_one_off_the_event_loop(sqlite_url: str) -> None:
    loop_thread = threading.get_ident()
    seen: list[tuple[str, int]] = []

    async def async_handler(event: WebhookEvent) -> None:
        await anyio.sleep(0)
        seen.append(("async", threading.get_ident()))

    def plain_handler(event: WebhookEvent) -> None:
        seen.append(("plain", threading.get_ident()))

    success, returned = signed(payout("SUCCESS"), KEY), signed(payout("RETURNED"), KEY)
    with Inbox(sqlite_url, key=KEY, lease_seconds=LEASE) as inbox:
        assert (await inbox.aprocess(*success, async_handler)).status == "processed"
        assert (await inbox.aprocess(*success, plain_handler)).status == "duplicate"
        assert (await inbox.aprocess(*returned, plain_handler)).status == "processed"
        assert (await inbox.aprocess(*success, async_handler)).status == "duplicate"
        assert (await inbox.aprocess(*signed(payout("SUCCESS", "p-late"), KEY), plain_handler)).status == "processed"
        with pytest.raises(WebhookSignatureError):
            await inbox.aprocess(success[0], returned[1], async_handler)
    assert [kind for kind, _ in seen] == ["async", "plain", "plain"]
    assert seen[0][1] == loop_thread and seen[1][1] != loop_thread


@pytest.mark.anyio
async def test_aprocess_releases_the_claim_when_the_handler_raises_or_is_cancelled(store: Store) -> None:
    body, signature = signed(payout("SUCCESS"), KEY)
    failure = ValueError("no")

    async def failing(event: WebhookEvent) -> None:
        raise failure

    async def hanging(event: WebhookEvent) -> None:
        await anyio.sleep(60)

    handler = Recorder()
    with Inbox(store.url, key=KEY, lease_seconds=30) as inbox:
        with pytest.raises(ValueError) as raised:
            await inbox.aprocess(body, signature, failing)
        assert raised.value is failure
        with anyio.move_on_after(0.2) as scope:
            await inbox.aprocess(body, signature, hanging)
        assert scope.cancelled_caught
        assert (await inbox.aprocess(body, signature, handler)).status == "processed"
    assert handler.statuses == ["SUCCESS"]


# --- several processes ------------------------------------------------------------------------


def test_several_processes_delivering_the_same_events_many_times_handle_each_exactly_once(
    shared_store: Store, tmp_path: Path
) -> None:
    events = [signed(payout(status, f"payout-{n}"), KEY) for n in range(10) for status in ("SUCCESS", "FAILED")]
    effects = tmp_path / "effects.log"
    start = SPAWN.Barrier(4)
    processes = []
    for worker in range(4):
        # Each worker delivers every event three times, in its own order.
        deliveries = [events[(n * (worker + 3)) % len(events)] for n in range(len(events))] * 3
        processes.append(
            SPAWN.Process(target=deliver_many, args=(shared_store.url, KEY, deliveries, str(effects), 10.0, start))
        )
    try:
        for process in processes:
            process.start()
    finally:
        join_all(processes)
    assert [process.exitcode for process in processes] == [0] * 4
    handled = Counter(effects_of(effects))
    assert len(handled) == len(events) and set(handled.values()) == {1}
    rows = [row for row in shared_store.rows() if not row["record_id"].startswith("warm-up-")]
    assert len(rows) == len(events) and {row["state"] for row in rows} == {"done"}
    assert {row["attempts"] for row in rows} == {1}


def test_a_worker_killed_inside_its_handler_is_finished_by_another_after_the_lease(
    shared_store: Store, tmp_path: Path
) -> None:
    body, signature = signed(payout("SUCCESS"), KEY)
    started = tmp_path / "started"
    lease = 2.0  # time enough to see the dead claim busy, even on a loaded machine
    worker = SPAWN.Process(target=claim_and_hang, args=(shared_store.url, KEY, body, signature, str(started), lease))
    worker.start()
    try:
        deadline = time.monotonic() + 30
        while not started.exists() and worker.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert started.exists(), "the worker never reached its handler"
        assert worker.pid is not None
        os.kill(worker.pid, signal.SIGKILL)
    finally:
        join_all([worker])
    assert worker.exitcode == -signal.SIGKILL
    handler = Recorder()
    with Inbox(shared_store.url, key=KEY, lease_seconds=LEASE) as inbox:
        busy = inbox.process(body, signature, handler)
        assert busy.status == "busy" and busy.retry_after is not None and busy.retry_after <= lease
        time.sleep(busy.retry_after + 0.05)
        assert inbox.process(body, signature, handler).status == "processed"
        assert inbox.process(body, signature, handler).status == "duplicate"
    assert handler.statuses == ["SUCCESS"]
    (row,) = shared_store.rows()
    assert row["state"] == "done" and row["attempts"] == 2  # the dead worker's claim, then ours
