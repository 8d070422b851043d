"""Webhook deliveries per second through ``Inbox.process``, four processes on each store.

    python tests/benchmarks/inbox_bench.py              # memory, SQLite and PostgreSQL
    python tests/benchmarks/inbox_bench.py --events 500 # fewer events, noisier

Run it with the tests' virtualenv (it needs psycopg and a PostgreSQL install, whose server it
starts in a temporary folder, with fsync on, and stops). Two loads on each store:

- ``new``: each process delivers events no one else sends: every delivery is claimed, handled
  (a handler that does nothing) and marked handled, two transactions each;
- ``same``: every process delivers the same events, each in its own order, as four receivers
  behind a load balancer would see redeliveries: one delivery per event is processed, the other
  three are duplicates (or busy, then retried).

``memory:`` keeps its claims in one process, so it runs in one process only: its figure is the
inbox's own cost (verification, parsing, the claim) with no storage. SQLite runs with
``synchronous=FULL`` in WAL mode (the store's settings), on the folder ``--folder`` names (the
system's temporary folder by default): its figures depend on that disk's fsync. A report, not
a test: nothing fails on a slow figure.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import multiprocessing
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for support.postgres

from paycombat_client._runtime.jsjson import stringify  # noqa: E402
from paycombat_client.webhooks import Inbox, WebhookEvent  # noqa: E402

KEY = "inbox-bench-key"
PROCESSES = 4
SPAWN = multiprocessing.get_context("spawn")


def signed(payload: dict[str, object]) -> tuple[bytes, str]:
    body = stringify(payload)
    return body, hmac.new(KEY.encode(), body, hashlib.sha256).hexdigest()


def events(prefix: str, count: int) -> list[tuple[bytes, str]]:
    return [
        signed({"type": "PAYOUT", "id": f"{prefix}-{n}", "status": "SUCCESS", "original_amount": "10.00"})
        for n in range(count)
    ]


def handle(event: WebhookEvent) -> None:
    pass


def worker(url: str, deliveries: list[tuple[bytes, str]], start: Any, results: Any) -> None:
    counts: dict[str, int] = {}
    with Inbox(url, key=KEY, lease_seconds=30) as inbox:
        inbox.process(*signed({"type": "PAYIN", "id": f"warm-{os.getpid()}", "status": "SUCCESS"}), handle)
        start.wait(120)
        began = time.monotonic()
        for body, signature in deliveries:
            for _ in range(10_000):
                status = inbox.process(body, signature, handle).status
                counts[status] = counts.get(status, 0) + 1
                if status != "busy":
                    break
                time.sleep(0.001)
        ended = time.monotonic()
    results.put((began, ended, len(deliveries), counts))


def run(url: str, processes: int, load: str, count: int) -> tuple[float, dict[str, int]]:
    """Deliveries per second over all processes, and what the inbox answered."""
    same = events(f"same-{time.time_ns()}", count)
    plans = []
    for n in range(processes):
        if load == "new":
            plans.append(events(f"new-{time.time_ns()}-{n}", count))
        else:
            step = 2 * n + 1 if count % (2 * n + 1) else 1  # each process its own order
            plans.append([same[(i * step) % count] for i in range(count)])
    start = SPAWN.Barrier(processes)
    results = SPAWN.Queue()
    workers = [SPAWN.Process(target=worker, args=(url, plan, start, results)) for plan in plans]
    for process in workers:
        process.start()
    try:
        outcomes = [results.get(timeout=600) for _ in workers]
    finally:
        for process in workers:
            process.join(60)
            if process.is_alive():
                process.kill()
                process.join(10)
    began = min(outcome[0] for outcome in outcomes)
    ended = max(outcome[1] for outcome in outcomes)
    delivered = sum(outcome[2] for outcome in outcomes)
    counts: dict[str, int] = {}
    for outcome in outcomes:
        for status, n in outcome[3].items():
            counts[status] = counts.get(status, 0) + n
    return delivered / (ended - began), counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--events", type=int, default=2000, help="events each process delivers (default 2000)")
    parser.add_argument("--folder", type=Path, default=None, help="where the SQLite file goes")
    args = parser.parse_args()
    from support.postgres import PostgresServer

    print(f"inbox bench: Python {platform.python_version()}, {os.cpu_count()} CPUs, {args.events} events per process")
    print(f"{'store':<12} {'processes':>9} {'load':<5} {'deliveries/s':>13}  answers")
    with tempfile.TemporaryDirectory(dir=args.folder) as folder, PostgresServer(fsync=True) as postgres:
        stores = [
            ("memory", "memory:", 1),
            ("sqlite", f"sqlite://{Path(folder) / 'inbox.db'}", PROCESSES),
            ("postgresql", postgres.url, PROCESSES),
        ]
        for name, url, processes in stores:
            for load in ("new", "same"):
                if name == "memory":
                    rate, counts = run_here(url, load, args.events)
                else:
                    rate, counts = run(url, processes, load, args.events)
                shown = ", ".join(f"{status} {n}" for status, n in sorted(counts.items()))
                print(f"{name:<12} {processes:>9} {load:<5} {rate:>13,.0f}  {shown}", flush=True)
    return 0


def run_here(url: str, load: str, count: int) -> tuple[float, dict[str, int]]:
    """The memory store, in this process: each event delivered once (new) or four times (same)."""
    plan = events("mem", count)
    if load == "same":
        plan = plan * PROCESSES
    counts: dict[str, int] = {}
    with Inbox(url, key=KEY, lease_seconds=30) as inbox:
        began = time.monotonic()
        for body, signature in plan:
            status = inbox.process(body, signature, handle).status
            counts[status] = counts.get(status, 0) + 1
        ended = time.monotonic()
    return len(plan) / (ended - began), counts


if __name__ == "__main__":
    sys.exit(main())
