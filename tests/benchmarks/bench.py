"""What the PayCombat client costs over raw httpx2 sending the same bytes to the same server.

    python tests/benchmarks/bench.py            # full run (one to two minutes on 2 cores)
    python tests/benchmarks/bench.py --quick    # about 35 s, noisier
    python tests/benchmarks/bench.py --profile  # also show where a sync call's time goes

Both sides talk to one local server (``server.py``, uvicorn in a subprocess on 127.0.0.1, so it
runs on its own core) that checks every signature. Client and raw rounds alternate, and each
measure is the median over rounds. It is a report, not a test: it exits 0 when a target is
missed, and non-zero only when it could not measure (the server did not start, a call failed).
Run it against an installed (non-editable) ``paycombat_client``, as ``nox -s bench`` does.
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
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2
import server  # beside this file

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SPEC = ROOT / "spec" / "paycombat.yaml"
KEY = server.SIGNATURE_KEY.encode("utf-8")
START_TIMEOUT = 15.0
STOP_TIMEOUT = 5.0
CALL_TIMEOUT = httpx2.Timeout(10.0)
ASYNC_CALLS = 2_000
ASYNC_CONCURRENCY = 50


@dataclass(frozen=True)
class Plan:
    sync_rounds: int
    sync_calls: int
    async_rounds: int
    sign_rounds: int
    sign_loops: int
    import_runs: int
    regen_runs: int


FULL = Plan(
    sync_rounds=31, sync_calls=300, async_rounds=9, sign_rounds=15, sign_loops=2_000, import_runs=11, regen_runs=3
)
QUICK = Plan(sync_rounds=7, sync_calls=60, async_rounds=3, sign_rounds=7, sign_loops=500, import_runs=5, regen_runs=1)


@dataclass(frozen=True)
class Row:
    measure: str
    paycombat: str
    baseline: str
    ratio: float | None
    target: float | None

    @property
    def verdict(self) -> str:
        if self.ratio is None or self.target is None:
            return "info"
        return "PASS" if self.ratio <= self.target else "MISS"


# --- the request both sides send --------------------------------------------------------------


def customer_body() -> Any:
    """A full createCustomer body as the generated model (every individual field set)."""
    from paycombat_client.models import CreateCustomerRequest, CreateCustomerRequestMetadata, CustomerIndividual

    metadata = CreateCustomerRequestMetadata.from_dict({"source": "web", "campaign": "spring-2025", "tier": 2})
    individual = CustomerIndividual(
        first_name="Jennie",
        last_name="Kim",
        address_country="ID",
        dob="1997-08-04",
        email="jennie@example.com",
        identification_type="passport",
        identification_value="X1234567",
        address_line1="Jl. Sudirman No. 1",
        address_line2="Lantai 5",
        address_city="Jakarta",
        address_state="DKI Jakarta",
        address_zip_code="10220",
        country_of_residence="ID",
        nationality="ID",
        phone_country_code="+62",
        phone_number="85156781165",
    )
    return CreateCustomerRequest(
        description="Onboarding customer",
        type_="individual",
        organization_reference_id="ref-0001",
        metadata=metadata,
        individual=individual,
    )


def baseline_bytes(body: dict[str, Any]) -> bytes:
    # For this body (str and small int values only) compact json.dumps is JSON.stringify's output.
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def baseline_headers(content: bytes) -> dict[str, str]:
    return {
        "Accept": "application/json",
        "Content-Type": "application/json",
        "X-token": server.TOKEN,
        "signature": hmac.new(KEY, content, hashlib.sha256).hexdigest(),
    }


# --- the server --------------------------------------------------------------------------------


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
            proc.terminate()
            try:
                proc.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(STOP_TIMEOUT)
        proc.stdout.close()


# --- measuring -----------------------------------------------------------------------------


def alternate(
    rounds: int, first: Callable[[], tuple[float, ...]], second: Callable[[], tuple[float, ...]]
) -> tuple[list[float], list[float]]:
    """Medians of each measure ``first`` and ``second`` return, over ``rounds`` alternating who goes first."""
    a: list[tuple[float, ...]] = []
    b: list[tuple[float, ...]] = []
    for i in range(rounds):
        gc.collect()  # no round pays for garbage the previous one left
        if i % 2 == 0:
            a.append(first())
            b.append(second())
        else:
            b.append(second())
            a.append(first())
    return [statistics.median(m) for m in zip(*a, strict=True)], [statistics.median(m) for m in zip(*b, strict=True)]


def timed_loop(calls: int, call: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds per call; the CPU is this process's only (the server has its own)."""
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - wall) / calls, (time.process_time() - cpu) / calls


def bench_sync(base_url: str, plan: Plan) -> list[Row]:
    from paycombat_client import AuthenticatedClient
    from paycombat_client.api.customer import create_customer

    model = customer_body()
    content = baseline_bytes(model.to_dict())
    headers = baseline_headers(content)
    url = base_url + server.PATH
    with (
        AuthenticatedClient(base_url=base_url, token=server.TOKEN, signature_key=server.SIGNATURE_KEY) as client,
        httpx2.Client(timeout=CALL_TIMEOUT) as raw,
    ):
        # Correctness first: the client's answer is parsed and both sides are accepted.
        answer = create_customer.sync_detailed(client=client, body=model)
        if answer.parsed is None or answer.parsed.data.customer_id != server.CUSTOMER["customer_id"]:
            raise RuntimeError(f"unexpected answer from the client: {answer!r}")
        if raw.post(url, content=content, headers=headers).status_code != 200:
            raise RuntimeError("the raw request was refused by the benchmark server")

        def paycombat() -> None:
            create_customer.sync_detailed(client=client, body=model)

        def baseline() -> None:
            response = raw.post(url, content=content, headers=headers)
            if response.status_code != 200:
                raise RuntimeError(f"raw request answered {response.status_code}")

        timed_loop(plan.sync_calls, paycombat)  # warm-up: connections, caches, lazy imports
        timed_loop(plan.sync_calls, baseline)
        ours, theirs = alternate(
            plan.sync_rounds,
            lambda: timed_loop(plan.sync_calls, paycombat),
            lambda: timed_loop(plan.sync_calls, baseline),
        )
    return [
        Row("1. sync call (µs/call)", f"{ours[0] * 1e6:.0f}", f"{theirs[0] * 1e6:.0f}", ours[0] / theirs[0], 1.10),
        Row(
            "   client CPU per sync call (µs)",
            f"{ours[1] * 1e6:.0f}",
            f"{theirs[1] * 1e6:.0f}",
            ours[1] / theirs[1],
            None,
        ),
    ]


async def _spread(calls: int, concurrency: int, call: Callable[[], Awaitable[None]]) -> float:
    todo = iter(range(calls))  # shared: each worker takes the next call until none is left

    async def worker() -> None:
        for _ in todo:
            await call()

    started = time.perf_counter()
    await asyncio.wait_for(asyncio.gather(*(worker() for _ in range(concurrency))), timeout=120)
    return time.perf_counter() - started


async def _async_round(base_url: str, calls: int, paycombat_first: bool) -> tuple[float, float]:
    """Seconds for ``calls`` calls by each side, each on fresh clients (so both start with an empty pool)."""
    from paycombat_client import AuthenticatedClient
    from paycombat_client.api.customer import create_customer

    model = customer_body()
    content = baseline_bytes(model.to_dict())
    headers = baseline_headers(content)
    url = base_url + server.PATH

    async def paycombat() -> float:
        async with AuthenticatedClient(
            base_url=base_url, token=server.TOKEN, signature_key=server.SIGNATURE_KEY
        ) as client:

            async def call() -> None:
                await create_customer.asyncio_detailed(client=client, body=model)

            return await _spread(calls, ASYNC_CONCURRENCY, call)

    async def baseline() -> float:
        async with httpx2.AsyncClient(timeout=CALL_TIMEOUT) as raw:

            async def call() -> None:
                response = await raw.post(url, content=content, headers=headers)
                if response.status_code != 200:
                    raise RuntimeError(f"raw request answered {response.status_code}")

            return await _spread(calls, ASYNC_CONCURRENCY, call)

    gc.collect()
    if paycombat_first:
        ours = await paycombat()
        return ours, await baseline()
    theirs = await baseline()
    return await paycombat(), theirs


async def _bench_async(base_url: str, plan: Plan) -> tuple[float, float]:
    await _async_round(base_url, ASYNC_CONCURRENCY * 4, True)  # warm-up: lazy imports, first connections
    ours: list[float] = []
    theirs: list[float] = []
    for i in range(plan.async_rounds):
        mine, raw = await _async_round(base_url, ASYNC_CALLS, i % 2 == 0)
        ours.append(mine)
        theirs.append(raw)
    return statistics.median(ours), statistics.median(theirs)


def bench_async(base_url: str, plan: Plan) -> Row:
    ours, theirs = asyncio.run(_bench_async(base_url, plan))
    return Row(
        f"2. async {ASYNC_CALLS} calls, {ASYNC_CONCURRENCY} at once (calls/s)",
        f"{ASYNC_CALLS / ours:.0f}",
        f"{ASYNC_CALLS / theirs:.0f}",
        ours / theirs,
        1.10,
    )


def bench_signing(plan: Plan) -> Row:
    from paycombat_client._runtime.jsjson import stringify

    body = customer_body().to_dict()
    if stringify(body) != baseline_bytes(body):
        raise RuntimeError("stringify and json.dumps disagree on the benchmark body")
    loops = range(plan.sign_loops)

    def paycombat() -> tuple[float]:
        started = time.perf_counter()
        for _ in loops:
            hmac.new(KEY, stringify(body), hashlib.sha256).hexdigest()
        return ((time.perf_counter() - started) / plan.sign_loops,)

    def baseline() -> tuple[float]:
        started = time.perf_counter()
        for _ in loops:
            hmac.new(KEY, baseline_bytes(body), hashlib.sha256).hexdigest()
        return ((time.perf_counter() - started) / plan.sign_loops,)

    (ours,), (theirs,) = alternate(plan.sign_rounds, paycombat, baseline)
    return Row("3. encode + HMAC of the body (µs)", f"{ours * 1e6:.1f}", f"{theirs * 1e6:.1f}", ours / theirs, None)


# A payout answer with amounts as JSON numbers and numeric strings, as PayCombat sends them.
PAYOUT_ANSWER = json.dumps(
    {
        "status": True,
        "message": "Created",
        "data": {
            "id": "0b6f5d1e-8a4c-4f3e-9b2a-7c1d0e9f8a7b",
            "status": "PENDING",
            "order_id": "order-42",
            "wire_amount": 12345.67,
            "fee_taken": 1.25,
            "fee_expected": "1.50",
            "original_amount": "12345.67",
            "payee_name": "Ann Lee",
            "currency": "AUD",
            "beneficiary_bank": "au_bank_acct",
            "approval": "APPROVED",
            "created_at": "2025-06-10T01:09:44.000Z",
            "updated_at": "2025-06-10T01:12:03.000Z",
            "denied_at": None,
        },
    }
).encode()


def bench_decoding(plan: Plan) -> Row:
    """Exact decoding (no float) and the field-by-field type check, against upstream's lenient parse."""
    from decimal import Decimal

    from paycombat_client._runtime.validate import _check_model
    from paycombat_client.models import PayoutResponse

    loops = range(plan.sign_loops)

    def paycombat() -> tuple[float]:
        started = time.perf_counter()
        for _ in loops:
            _check_model(PayoutResponse.from_dict(json.loads(PAYOUT_ANSWER, parse_float=Decimal)), "$")
        return ((time.perf_counter() - started) / plan.sign_loops,)

    def baseline() -> tuple[float]:
        started = time.perf_counter()
        for _ in loops:
            PayoutResponse.from_dict(json.loads(PAYOUT_ANSWER))
        return ((time.perf_counter() - started) / plan.sign_loops,)

    (ours,), (theirs,) = alternate(plan.sign_rounds, paycombat, baseline)
    name = "3b. exact decode + checked parse of a payout answer (µs)"
    return Row(name, f"{ours * 1e6:.1f}", f"{theirs * 1e6:.1f}", ours / theirs, None)


_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)")
# httpx2 imports its optional command line tool (httpx2[cli]) when these happen to be installed, as
# they are here for uvicorn and the generator; a user's environment need not have them. Hidden on
# both sides, so both import what an environment holding only paycombat-client would.
_HIDDEN = ("click", "rich", "pygments")
_IMPORT = "import sys\nfor name in {hidden!r}: sys.modules[name] = None\nimport {module}"


def import_time_us(module: str) -> int:
    """Cumulative µs of ``import module`` in a fresh interpreter, from ``-X importtime``."""
    proc = subprocess.run(
        [sys.executable, "-I", "-X", "importtime", "-c", _IMPORT.format(hidden=_HIDDEN, module=module)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    for line in proc.stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if match and match[4] == module and not match[3]:
            return int(match[2])
    raise RuntimeError(f"no import time reported for {module}:\n{proc.stderr[-2000:]}")


def bench_imports(plan: Plan) -> list[Row]:
    """The package, then what one call needs (the client, an endpoint and its models), each vs httpx2."""

    def ms(module: str) -> Callable[[], tuple[float]]:
        return lambda: (import_time_us(module) / 1e3,)

    measured: list[tuple[float, float]] = []
    for module in ("paycombat_client", "paycombat_client.api.customer.create_customer"):
        import_time_us(module)  # not timed: writes any missing bytecode
        ours, theirs = alternate(plan.import_runs, ms(module), ms("httpx2"))
        measured.append((ours[0], theirs[0]))
    (package, httpx_a), (endpoint, httpx_b) = measured
    return [
        Row("4. cold import paycombat_client (ms)", f"{package:.1f}", f"{httpx_a:.1f}", package / httpx_a, 1.5),
        Row("   cold import of create_customer (ms)", f"{endpoint:.1f}", f"{httpx_b:.1f}", endpoint / httpx_b, None),
    ]


def _timed(cmd: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(
            f"{' '.join(cmd[1:4])} failed ({proc.returncode}):\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}"
        )
    return elapsed


def bench_regeneration(plan: Plan) -> Row:
    with tempfile.TemporaryDirectory(prefix="paycombat-bench-") as tmp:
        work = Path(tmp)
        ours_cmd = [sys.executable, str(ROOT / "codegen" / "generate.py"), "--output", str(work / "ours")]
        plain_cmd = [
            sys.executable, "-m", "openapi_python_client", "generate", "--path", str(SPEC),
            "--meta", "none", "--output-path", str(work / "plain"), "--overwrite",
        ]  # fmt: skip

        (mine,), (theirs,) = alternate(
            plan.regen_runs, lambda: (_timed(ours_cmd, work),), lambda: (_timed(plain_cmd, work),)
        )
        shutil.rmtree(work / "ours", ignore_errors=True)
    return Row("5. regenerate (s): generate.py vs plain oapc", f"{mine:.2f}", f"{theirs:.2f}", mine / theirs, None)


# --- profiling -------------------------------------------------------------------------------


PROFILED_CALLS = 2_000


def profile_sync(base_url: str) -> None:
    """Where a sync call's time goes: a pyinstrument tree of our frames, then each stage's own cost."""
    from paycombat_client import AuthenticatedClient
    from paycombat_client._runtime.jsjson import stringify
    from paycombat_client.api.customer import create_customer
    from paycombat_client.models import CustomerResponse
    from pyinstrument import Profiler

    model = customer_body()
    with AuthenticatedClient(base_url=base_url, token=server.TOKEN, signature_key=server.SIGNATURE_KEY) as client:
        timed_loop(100, lambda: create_customer.sync_detailed(client=client, body=model))
        profiler = Profiler(interval=0.0001)
        profiler.start()
        timed_loop(PROFILED_CALLS, lambda: create_customer.sync_detailed(client=client, body=model))
        profiler.stop()
    print(f"pyinstrument, {PROFILED_CALLS} sync calls (seconds in total; / {PROFILED_CALLS} = per call). Sampling")
    print("skews short frames (0.1 ms samples of a ~0.4 ms call): read it for shape, the stages below for µs.")
    options = {"show_regex": r".*paycombat_client.*", "filter_threshold": 0.005}
    print(profiler.output_text(unicode=True, processor_options=options))

    body = model.to_dict()
    content = stringify(body)
    answer = json.loads(server.CREATED)
    url = base_url + server.PATH
    stages: dict[str, Callable[[], object]] = {
        "model.to_dict()": model.to_dict,
        "jsjson.stringify(body)": lambda: stringify(body),
        "HMAC-SHA256 hex of the body": lambda: hmac.new(KEY, content, hashlib.sha256).hexdigest(),
        "httpx2.URL(url) (a parse)": lambda: httpx2.URL(url),
        "json.loads(answer)": lambda: json.loads(server.CREATED),
        "CustomerResponse.from_dict(answer)": lambda: CustomerResponse.from_dict(answer),
    }
    print("stage costs, each alone in a hot loop (µs; a lower bound: in a real call caches are colder)")
    for name, stage in stages.items():
        best = min(timed_loop(5_000, stage)[0] for _ in range(5))
        print(f"  {name:<36} {best * 1e6:6.1f}")
    print()


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
        f"Python {platform.python_version()}, httpx {httpx2.__version__}"
    )


def print_table(rows: list[Row]) -> None:
    header = ("measure", "paycombat", "baseline", "ratio", "target", "verdict")
    cells = [header] + [
        (
            r.measure,
            r.paycombat,
            r.baseline,
            "-" if r.ratio is None else f"{r.ratio:.2f}x",
            "-" if r.target is None else f"<= {r.target:.2f}x",
            r.verdict,
        )
        for r in rows
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))))
        if n == 0:
            print("  ".join("-" * w for w in widths))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer rounds: about 35 s, noisier")
    parser.add_argument("--profile", action="store_true", help="also show where a sync call's time goes")
    parser.add_argument("--no-regen", action="store_true", help="skip the regeneration timing")
    args = parser.parse_args()
    plan = QUICK if args.quick else FULL
    print(f"machine: {machine()}")
    print(f"plan: {'quick' if args.quick else 'full'} {plan}\n")
    rows: list[Row] = []
    with bench_server() as base_url:
        if args.profile:
            profile_sync(base_url)
        rows.extend(bench_sync(base_url, plan))
        rows.append(bench_async(base_url, plan))
    rows.append(bench_signing(plan))
    rows.append(bench_decoding(plan))
    rows.extend(bench_imports(plan))
    if not args.no_regen:
        if importlib.util.find_spec("openapi_python_client") is None:
            print("regeneration not timed: openapi-python-client is not installed here\n")
        else:
            rows.append(bench_regeneration(plan))
    print_table(rows)
    print(
        "\nratio: paycombat / baseline time (async: baseline calls/s / paycombat calls/s); baselines: raw httpx2"
        " with the same bytes and headers, json.dumps, import httpx2, plain openapi-python-client"
    )
    missed = [r.measure for r in rows if r.verdict == "MISS"]
    print(f"\n{len(missed)} target(s) missed" + (f": {', '.join(missed)}" if missed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
