"""What the PayCombat client costs, against its floor and its peer, measured in one run.

    python tests/benchmarks/bench.py            # full run (a few minutes on 2 cores)
    python tests/benchmarks/bench.py --quick    # fewer rounds, noisier
    python tests/benchmarks/bench.py --profile  # also show where a sync call's time goes

Sides (sides.py): ``floor`` raw httpx2 posting precomputed bytes; ``hand-rolled`` raw httpx2 with
json.dumps + HMAC + json.loads per call; ``peer`` plain openapi-python-client 0.29.1 generated from
the same spec into a scratch folder, signing with an ``httpx.Auth``; ``paycombat`` this client.
All talk to one local server (``server.py``, uvicorn in a subprocess on 127.0.0.1) that checks
every signature. Sides take turns within each round (the order rotates), and every figure is
the median over rounds with the interquartile range beside it; a ratio is the median of the
per-round ratios, so a round the machine ran slow for slows both sides and cancels out. It is a
report, not a test: a missed target does not fail it; it exits non-zero only when it could not
measure.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import hashlib
import hmac
import importlib.util
import json
import os
import platform
import re
import select
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx2
import server  # beside this file
import sides

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC = ROOT / "spec" / "paycombat.yaml"
START_TIMEOUT = 15.0
STOP_TIMEOUT = 5.0
ASYNC_CONCURRENCY = 50
CALIBRATION_SECONDS = 60e-6


@dataclass(frozen=True)
class Plan:
    sync_rounds: int
    sync_calls: int
    async_rounds: int
    async_calls: int
    cpu_rounds: int
    cpu_calls: int
    scale_rounds: int
    import_runs: int
    rss_calls: int
    regen_runs: int


FULL = Plan(
    sync_rounds=21, sync_calls=300, async_rounds=7, async_calls=2000, cpu_rounds=15, cpu_calls=2000,
    scale_rounds=7, import_runs=11, rss_calls=2000, regen_runs=3,
)  # fmt: skip
QUICK = Plan(
    sync_rounds=7, sync_calls=100, async_rounds=3, async_calls=1000, cpu_rounds=5, cpu_calls=500,
    scale_rounds=3, import_runs=5, rss_calls=500, regen_runs=1,
)  # fmt: skip


@dataclass(frozen=True)
class Figure:
    """A median over rounds and its interquartile range."""

    median: float
    low: float
    high: float
    values: tuple[float, ...]  # one per round, in round order

    @classmethod
    def of(cls, values: list[float]) -> Figure:
        if len(values) < 4:
            return cls(statistics.median(values), min(values), max(values), tuple(values))
        q1, _, q3 = statistics.quantiles(values, n=4)
        return cls(statistics.median(values), q1, q3, tuple(values))

    def over(self, other: Figure) -> Figure:
        """This side over ``other``, round by round: both were measured in the same rounds, so a
        round the machine ran slow for slows both and cancels out."""
        return Figure.of([mine / theirs for mine, theirs in zip(self.values, other.values, strict=True)])

    def shown(self, scale: float = 1.0, digits: int = 0) -> str:
        return f"{self.median * scale:.{digits}f} ({self.low * scale:.{digits}f}–{self.high * scale:.{digits}f})"


@dataclass(frozen=True)
class Row:
    measure: str
    values: str  # what was measured, per side
    ratio: float | None  # paycombat / the reference named in the measure
    target: float | None

    @property
    def verdict(self) -> str:
        if self.ratio is None or self.target is None:
            return "info"
        return "PASS" if self.ratio <= self.target else "MISS"


# --- the server and the peer -------------------------------------------------------------------


@contextmanager
def bench_server() -> Iterator[str]:
    """The base URL of a fresh server subprocess, stopped (and reaped) on the way out."""
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "server.py")], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        ready, _, _ = select.select([proc.stdout], [], [], START_TIMEOUT)
        line = proc.stdout.readline() if ready else ""
        match = re.fullmatch(r"PORT (\d+)\n", line)
        if match is None:
            raise RuntimeError(f"benchmark server did not start within {START_TIMEOUT:.0f} s (got {line!r})")
        yield f"http://{server.HOST}:{match[1]}"
    finally:
        proc.stdin.close()  # the server exits when its stdin closes
        try:
            proc.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(STOP_TIMEOUT)
        proc.stdout.close()


def plain_generate(out: Path) -> float:
    """Plain openapi-python-client on the same spec into ``out/paycombat_plain``; seconds it took."""
    started = time.perf_counter()
    proc = subprocess.run(
        [
            sys.executable, "-m", "openapi_python_client", "generate", "--path", str(SPEC), "--meta", "none",
            "--output-path", str(out / sides.PEER_PACKAGE), "--overwrite",
        ],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    if proc.returncode != 0 or not (out / sides.PEER_PACKAGE / "client.py").exists():
        raise RuntimeError(f"plain openapi-python-client failed:\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
    return time.perf_counter() - started


# --- measuring -----------------------------------------------------------------------------


def rounds(count: int, names: tuple[str, ...], measure: Callable[[str], float]) -> dict[str, Figure]:
    """Each name measured once per round, the order rotating, so drift in the machine hits all."""
    values: dict[str, list[float]] = {name: [] for name in names}
    for i in range(count):
        gc.collect()  # no measure pays for garbage the previous one left
        for name in names[i % len(names) :] + names[: i % len(names)]:
            values[name].append(measure(name))
    return {name: Figure.of(v) for name, v in values.items()}


def per_call(calls: int, call: Callable[[], object], clock: Callable[[], float] = time.perf_counter) -> float:
    started = clock()
    for _ in range(calls):
        call()
    return (clock() - started) / calls


def side_values(figures: dict[str, Figure], scale: float, unit: str) -> str:
    return "; ".join(f"{name} {figures[name].shown(scale)} {unit}" for name in figures)


def ratios(
    figures: dict[str, Figure],
    measure: str,
    *,
    floor: float | None = None,
    hand_rolled: float | None = None,
    higher_is_better: bool = False,
) -> list[Row]:
    """The paycombat side against the floor, the hand-rolled side (the least any client that encodes,
    signs and decodes does) and the peer, with their targets: medians of per-round ratios."""
    ours = figures["paycombat"]
    rows = []
    for reference, limit in (("floor", floor), ("hand-rolled", hand_rolled), ("peer", None)):
        theirs = figures[reference]
        ratio = theirs.over(ours) if higher_is_better else ours.over(theirs)
        shown = f"per round: {ratio.shown(digits=3)}"
        rows.append(Row(f"{measure}: paycombat / {reference}", shown, ratio.median, limit))
    return rows


def _busy(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def bench_sync(base_url: str, peer_dir: Path, plan: Plan) -> tuple[list[Row], float]:
    """Rows, and the median seconds of one paycombat sync call."""
    with sides.sync_sides(base_url, peer_dir) as calls:
        floor = calls["floor"]

        def floor_and_busy() -> object:  # what the measure can resolve: the floor plus a known cost
            answer = floor()
            _busy(CALIBRATION_SECONDS)
            return answer

        timed = {**calls, "floor+busy": floor_and_busy}
        for call in timed.values():
            per_call(plan.sync_calls, call)  # warm-up: connections, caches, lazy imports
        figures = rounds(plan.sync_rounds, tuple(timed), lambda name: per_call(plan.sync_calls, timed[name]))
    known = figures.pop("floor+busy").over(figures["floor"])
    expected = 1 + CALIBRATION_SECONDS / figures["floor"].median
    rows = [
        Row("1. sync call to the local server (µs, median (IQR))", side_values(figures, 1e6, "µs"), None, None),
        *ratios(figures, "   sync call", floor=1.05, hand_rolled=1.00),
        Row(
            f"   resolution: floor + {CALIBRATION_SECONDS * 1e6:.0f} µs busy wait / floor",
            f"per round: {known.shown(digits=3)}; its true value is about {expected:.3f}",
            known.median,
            None,
        ),
    ]
    return rows, figures["paycombat"].median


async def _throughput(factory: Callable[[], Any], calls: int) -> float:
    async with factory() as call:
        todo = iter(range(calls))  # shared: each worker takes the next call until none is left

        async def worker() -> None:
            for _ in todo:
                await call()

        started = time.perf_counter()
        await asyncio.wait_for(asyncio.gather(*(worker() for _ in range(ASYNC_CONCURRENCY))), timeout=300)
        return calls / (time.perf_counter() - started)


def bench_async(base_url: str, peer_dir: Path, plan: Plan) -> list[Row]:
    with sides.async_sides(base_url, peer_dir) as factories:

        async def run() -> dict[str, Figure]:
            for factory in factories.values():
                await _throughput(factory, ASYNC_CONCURRENCY * 4)  # warm-up
            values: dict[str, list[float]] = {name: [] for name in sides.SIDES}
            for i in range(plan.async_rounds):
                gc.collect()
                for name in sides.SIDES[i % 4 :] + sides.SIDES[: i % 4]:
                    values[name].append(await _throughput(factories[name], plan.async_calls))
            return {name: Figure.of(v) for name, v in values.items()}

        figures = asyncio.run(run())
    title = f"2. async, {plan.async_calls} calls {ASYNC_CONCURRENCY} at once (calls/s)"
    return [
        Row(title, side_values(figures, 1, "/s"), None, None),
        *ratios(figures, "   async throughput (time)", floor=1.10, hand_rolled=1.05, higher_is_better=True),
    ]


def bench_cpu(peer_dir: Path, plan: Plan) -> list[Row]:
    """Process CPU per call with the network replaced by a canned answer (MockTransport)."""
    with sides.sync_sides("http://127.0.0.1:9", peer_dir, mock=True) as calls:
        for call in calls.values():
            per_call(plan.cpu_calls, call)
        figures = rounds(plan.cpu_rounds, sides.SIDES, lambda n: per_call(plan.cpu_calls, calls[n], time.process_time))
    return [
        Row("3. CPU per call, no network (µs, median (IQR))", side_values(figures, 1e6, "µs"), None, None),
        *ratios(figures, "   CPU per call", hand_rolled=1.10),
    ]


# --- imports and memory ------------------------------------------------------------------------

_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)")
# httpx2 imports its optional command line tool (httpx2[cli]) when these happen to be installed, as
# they are here for uvicorn and the generator; a user's environment need not have them. Hidden on
# every side, so each imports what an environment holding only its package would.
_HIDDEN = ("click", "rich", "pygments")
_IMPORT = "import sys\nsys.path.insert(0, {path!r})\nfor name in {hidden!r}: sys.modules[name] = None\n{imports}"


def import_ms(modules: tuple[str, ...], path: Path) -> float:
    """Cumulative ms of importing ``modules`` one after another in a fresh interpreter (``-X importtime``)."""
    imports = "".join(f"import {module}\n" for module in modules)
    code = _IMPORT.format(path=str(path), hidden=_HIDDEN, imports=imports)
    proc = subprocess.run(
        [sys.executable, "-I", "-X", "importtime", "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    found = {}
    for line in proc.stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if match and match[4] in modules and not match[3]:
            found[match[4]] = int(match[2]) / 1e3
    if len(found) != len(modules):
        raise RuntimeError(f"no import time reported for {set(modules) - set(found)}:\n{proc.stderr[-2000:]}")
    return sum(found.values())


_ONE_ENDPOINT = "paycombat_client.api.customer.create_customer"
# What a first createCustomer call needs: the endpoint, then the models it loads on that call.
_ITS_MODELS = ("paycombat_client.models.create_customer_request", "paycombat_client.models.customer_response")


def bench_imports(peer_dir: Path, plan: Plan) -> list[Row]:
    modules = {
        "httpx2": ("httpx2",),
        "paycombat_client": ("paycombat_client",),
        "one endpoint": (_ONE_ENDPOINT,),
        "endpoint + models": (_ONE_ENDPOINT, *_ITS_MODELS),
        "peer endpoint (models included)": (f"{sides.PEER_PACKAGE}.api.customer.create_customer",),
    }
    for module in modules.values():
        import_ms(module, peer_dir)  # not timed: writes any missing bytecode
    names = tuple(modules)
    figures = rounds(plan.import_runs, names, lambda name: import_ms(modules[name], peer_dir) / 1e3)

    def over_httpx2(name: str) -> float:
        return figures[name].over(figures["httpx2"]).median

    return [
        Row("4. cold import (ms, median (IQR))", side_values(figures, 1e3, "ms"), None, None),
        Row("   import paycombat_client / import httpx2", "", over_httpx2("paycombat_client"), 1.3),
        Row("   import one endpoint module / import httpx2", "", over_httpx2("one endpoint"), 1.3),
        Row("   one endpoint and its models / import httpx2", "", over_httpx2("endpoint + models"), None),
        Row(
            "   one endpoint and its models / the peer's endpoint",
            "",
            figures["endpoint + models"].over(figures["peer endpoint (models included)"]).median,
            None,
        ),
    ]


def bench_rss(base_url: str, peer_dir: Path, plan: Plan) -> list[Row]:
    def measure(side: str) -> float:
        cmd = [sys.executable, str(HERE / "sides.py"), "rss", side, base_url, str(peer_dir), str(plan.rss_calls)]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=True, cwd=HERE)
        return float(proc.stdout.split()[-1]) / 1024

    figures = rounds(3, sides.SIDES, measure)
    return [
        Row(f"5. peak RSS after {plan.rss_calls} sync calls (KiB)", side_values(figures, 1024, "KiB"), None, None),
        *ratios(figures, "   peak RSS"),
    ]


# --- scaling ---------------------------------------------------------------------------------


def flat_body(keys: int) -> dict[str, Any]:
    """Keys of every kind a request holds: text, whole and decimal amounts, flags, nulls."""
    kinds: list[Any] = ["Jl. Sudirman No. 1", 42, Decimal("100.10"), 19.5, True, None, "café — 東京"]
    return {f"field_{i}": kinds[i % len(kinds)] for i in range(keys)}


def deep_body(depth: int) -> dict[str, Any]:
    body: dict[str, Any] = {"amount": Decimal("12.50"), "note": "leaf"}
    for level in range(depth - 1):
        body = {"level": level, "child": body}
    return body


def records_body(count: int) -> dict[str, Any]:
    return {"items": [{"id": f"rec_{i}", "amount": Decimal(f"{100 + i}.25"), "currency": "AUD", "tags": ["a"]}
                      for i in range(count)]}  # fmt: skip


def index_keys_body(count: int, *, nested: bool) -> dict[str, Any]:
    """Keys "0", "1", ... (JavaScript writes array-index keys first, in ascending order): a map of
    records at the top level, or under a record's "metadata"."""
    if not nested:
        return {str(i): {"id": f"rec_{i}", "amount": Decimal(f"{100 + i}.25")} for i in range(count)}
    return {"items": [{"id": f"rec_{i}", "metadata": {str(k): f"v{k}" for k in range(5)}} for i in range(count)]}


def mixed_list_body(count: int) -> dict[str, Any]:
    kinds: list[Any] = ["text", 7, 12.38, Decimal("0.10"), None, True, {"k": 1}, [1, "a"]]
    return {"values": [kinds[i % len(kinds)] for i in range(count)]}


def _dumps_equivalent(value: object) -> bytes:
    """json.dumps of the same value, Decimals as floats: the cost of the C encoder alone."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=float).encode("utf-8")


def bench_encoding(plan: Plan) -> list[Row]:
    from paycombat_client._runtime.jsjson import stringify

    cases = {
        "10 keys": flat_body(10),
        "1,000 keys": flat_body(1000),
        "100,000 keys": flat_body(100_000),
        "depth 10": deep_body(10),
        "depth 100": deep_body(100),
        "depth 250": deep_body(250),
        "300 records": records_body(300),
        "100 index-like keys": {str(i): i for i in range(100)},
        "300 records under index-like keys": index_keys_body(300, nested=False),
        "index-like keys nested in 300 records": index_keys_body(300, nested=True),
        "1,000 floats 12.38": {"values": [12.38 + i / 100 for i in range(1000)]},
        "1,000 floats with exponents (1e-7)": {"values": [i * 1e-7 for i in range(1, 1001)]},
        "1,000 mixed values": mixed_list_body(1000),
        "1,000 Decimal amounts": {"values": [Decimal(f"{i}.{i % 100:02d}") for i in range(1000)]},
    }
    rows = []
    for name, body in cases.items():
        loops = max(1, 200_000 // len(_dumps_equivalent(body)))
        functions = {"paycombat": lambda b=body: stringify(b), "json.dumps": lambda b=body: _dumps_equivalent(b)}
        figures = rounds(plan.scale_rounds, tuple(functions), lambda n, f=functions, k=loops: per_call(k, f[n]))
        ours, theirs = figures["paycombat"].median, figures["json.dumps"].median
        size = len(stringify(body))
        values = f"{ours * 1e6:.1f} µs vs {theirs * 1e6:.1f} µs; {ours * 1e9 / size:.1f} ns/byte ({size} bytes)"
        ratio = figures["paycombat"].over(figures["json.dumps"]).median
        rows.append(Row(f"6. exact encoding, {name} / json.dumps", values, ratio, 1.5))
    return rows


def payout_record(i: int) -> dict[str, Any]:
    return {
        "id": f"0b6f5d1e-8a4c-4f3e-9b2a-{i:012d}", "status": "SUCCESS", "order_id": f"order-{i}",
        "wire_amount": 12345.67, "fee_taken": 1.25, "fee_expected": "1.50", "original_amount": "12345.67",
        "payee_name": "Ann Lee", "currency": "AUD", "beneficiary_bank": "au_bank_acct", "approval": "APPROVED",
        "created_at": "2025-06-10T01:09:44.000Z", "updated_at": "2025-06-10T01:12:03.000Z", "denied_at": None,
    }  # fmt: skip


def bench_answers(plan: Plan) -> list[Row]:
    """Answers of 1, 100 and 10,000 payout records through the raw-request path (decoded with exact
    Decimals, envelope checked) against httpx2 + json.loads, both on a canned transport."""
    from paycombat_client import AuthenticatedClient

    rows = []
    for count in (1, 100, 10_000):
        answer = json.dumps(
            {"status": True, "message": "OK", "data": [payout_record(i) for i in range(count)]}
        ).encode()

        def handle(request: httpx2.Request, body: bytes = answer) -> httpx2.Response:
            return httpx2.Response(200, content=body, headers={"Content-Type": "application/json"})

        transport = httpx2.MockTransport(handle)
        with (
            httpx2.Client(transport=transport) as raw,
            AuthenticatedClient(
                base_url="http://127.0.0.1:9",
                token="t",
                signature_key="k",
                http_client=httpx2.Client(transport=transport),
            ) as client,
        ):
            loops = max(1, 20_000 // count)
            functions = {
                "paycombat": lambda: client.request("GET", "/api/v1/payout/get-all-payout", retry="safe"),
                "floor": lambda: json.loads(raw.get("http://127.0.0.1:9/api/v1/payout/get-all-payout").content),
            }
            figures = rounds(plan.scale_rounds, tuple(functions), lambda n, k=loops, f=functions: per_call(k, f[n]))
        ours, theirs = figures["paycombat"].median, figures["floor"].median
        values = f"{ours * 1e6:.0f} µs vs {theirs * 1e6:.0f} µs; {ours * 1e6 / count:.2f} µs/record"
        ratio = figures["paycombat"].over(figures["floor"]).median
        rows.append(Row(f"7. answer of {count:,} records / httpx2 + json.loads", values, ratio, None))
    return rows


PAYOUT_ANSWER = json.dumps({"status": True, "message": "Created", "data": payout_record(0)}).encode()


def bench_money(plan: Plan, sync_call_seconds: float) -> list[Row]:
    """What decoding money exactly (numbers as Decimals, as the client does) costs over json.loads."""
    from paycombat_client._runtime.jsjson import read_exact

    floats = json.JSONDecoder()  # built once too, so only the number parsing differs
    functions = {"exact": lambda: read_exact(PAYOUT_ANSWER), "float": lambda: floats.decode(PAYOUT_ANSWER.decode())}
    figures = rounds(plan.scale_rounds, tuple(functions), lambda n: per_call(5000, functions[n]))
    extra = figures["exact"].median - figures["float"].median
    values = f"+{extra * 1e6:.2f} µs per payout answer, of a {sync_call_seconds * 1e6:.0f} µs sync call"
    return [Row("8. exact Decimal decoding of money / a sync call", values, extra / sync_call_seconds, 0.05)]


def _filled(item: bytes, size: int) -> bytes:
    count = (size - 16) // (len(item) + 1)
    return b'{"type":"PAYIN","n":[' + b",".join([item] * count) + b"]}"


def forged_bodies(size: int) -> dict[str, bytes]:
    """Bodies of about ``size`` bytes that a forger may send, one per shape the encoder treats apart."""
    record = json.dumps(payout_record(7), indent=2).encode()
    return {
        "Python exponents 1e-07": _filled(b"1e-07", size),
        "exponents 1e-7": _filled(b"1e-7", size),
        "tiny amounts 1e-5": _filled(b"1e-5", size),
        "1.5e16 (written out by JS)": _filled(b"1.5e16", size),
        "floats 12.38": _filled(b"12.38", size),
        "whole floats 100.0": _filled(b"100.0", size),
        "integers 50": _filled(b"50", size),
        "integers beyond 2**53": _filled(b"12345678901234567890", size),
        "array-index keys": b"{" + b",".join(b'"%d":%d' % (i, i) for i in range(size // 14)) + b"}",
        "objects with index keys": _filled(b'{"0":1}', size),
        "strings": _filled(b'"abcdefgh"', size),
        "pretty-printed records": b'{"records":[' + b",".join([record] * (size // (len(record) + 1))) + b"]}",
    }


def bench_forged_webhooks(plan: Plan) -> list[Row]:
    """Refusing a wrongly signed webhook body against reading it: json.loads + HMAC of the same bytes."""
    from paycombat_client import WebhookSignatureError
    from paycombat_client.webhooks import MAX_PAYLOAD_BYTES, verify_signature

    def refuse(body: bytes) -> None:
        try:
            verify_signature(body, "0" * 64, "bench-key")
        except WebhookSignatureError:
            return
        raise AssertionError("a forged body was accepted")

    def read(body: bytes) -> None:
        json.loads(body)
        hmac.new(b"bench-key", body, hashlib.sha256).digest()

    rows = []
    for size in (4 * 1024, MAX_PAYLOAD_BYTES - 1024):
        for name, body in forged_bodies(size).items():
            functions = {"refuse": lambda b=body: refuse(b), "read": lambda b=body: read(b)}
            loops = max(1, 2_000_000 // len(body))
            figures = rounds(plan.scale_rounds, tuple(functions), lambda n, f=functions, k=loops: per_call(k, f[n]))
            ours, theirs = figures["refuse"].median, figures["read"].median
            values = f"{ours * 1e6:.0f} µs vs {theirs * 1e6:.0f} µs ({len(body) // 1024} KiB)"
            ratio = figures["refuse"].over(figures["read"]).median
            label = f"9. forged webhook {len(body) // 1024} KiB, {name} / json.loads + HMAC"
            rows.append(Row(label, values, ratio, 3.0))
    return rows


def bench_regeneration(plan: Plan) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="paycombat-bench-") as tmp:
        work = Path(tmp)
        ours_cmd = [sys.executable, str(ROOT / "codegen" / "generate.py"), "--output", str(work / "ours")]

        def measure(name: str) -> float:
            if name == "plain":
                return plain_generate(work / "plain")
            started = time.perf_counter()
            subprocess.run(ours_cmd, capture_output=True, timeout=600, check=True)
            return time.perf_counter() - started

        figures = rounds(plan.regen_runs, ("ours", "plain"), measure)
    values = f"generate.py {figures['ours'].median:.2f} s; plain openapi-python-client {figures['plain'].median:.2f} s"
    return [
        Row(
            "9. regenerate / plain openapi-python-client",
            values,
            figures["ours"].median / figures["plain"].median,
            None,
        )
    ]


# --- profiling -------------------------------------------------------------------------------


def profile_sync(base_url: str, peer_dir: Path) -> None:
    """Where a sync call's time goes: a pyinstrument tree of our frames."""
    from pyinstrument import Profiler

    calls = 2000
    with sides.sync_sides(base_url, peer_dir) as each:
        call = each["paycombat"]
        per_call(200, call)
        profiler = Profiler(interval=0.0001)
        profiler.start()
        per_call(calls, call)
        profiler.stop()
    print(f"pyinstrument, {calls} sync calls (seconds in total; / {calls} = per call): read it for shape")
    print(profiler.output_text(unicode=True, processor_options={"show_regex": r".*paycombat_client.*"}))


# --- report ----------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, httpx2 {httpx2.__version__}"
    )


def print_report(rows: list[Row]) -> None:
    for row in rows:
        if row.ratio is None:
            print(f"\n{row.measure}\n    {row.values}")
            continue
        share = row.measure.startswith("8.")  # a share of a call, not a ratio
        shown = f"{row.ratio:.2%}" if share else f"{row.ratio:.2f}x"
        limit = "" if row.target is None else (f"{row.target:.0%}" if share else f"{row.target:.2f}x")
        target = f"  target <= {limit}  {row.verdict}" if limit else ""
        print(f"  {row.measure:<64} {shown:>7}{target}")
        if row.values:
            print(f"      {row.values}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer rounds: faster, noisier")
    parser.add_argument("--profile", action="store_true", help="also show where a sync call's time goes")
    parser.add_argument("--no-regen", action="store_true", help="skip the regeneration timing")
    args = parser.parse_args()
    if importlib.util.find_spec("openapi_python_client") is None:
        print("the peer needs openapi-python-client installed (nox -s bench installs it)", file=sys.stderr)
        return 2
    plan = QUICK if args.quick else FULL
    print(f"machine: {machine()}")
    print(f"plan: {'quick' if args.quick else 'full'} {plan}")
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="paycombat-peer-") as tmp:
        peer_dir = Path(tmp)
        plain_generate(peer_dir)
        with bench_server() as base_url:
            if args.profile:
                profile_sync(base_url, peer_dir)
            sync_rows, sync_call = bench_sync(base_url, peer_dir, plan)
            rows += sync_rows
            rows += bench_async(base_url, peer_dir, plan)
            rows += bench_rss(base_url, peer_dir, plan)
        rows += bench_cpu(peer_dir, plan)
        rows += bench_imports(peer_dir, plan)
    rows += bench_encoding(plan)
    rows += bench_answers(plan)
    rows += bench_money(plan, sync_call)
    rows += bench_forged_webhooks(plan)
    if not args.no_regen:
        rows += bench_regeneration(plan)
    print_report(rows)
    missed = [r.measure.strip() for r in rows if r.verdict == "MISS"]
    print(f"\n{len(missed)} target(s) missed" + (f": {'; '.join(missed)}" if missed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
