"""What the tracing hook costs a call: a report, not a test.

    python tests/benchmarks/tracing_cost.py           # 15 rounds of 2000 calls per side
    python tests/benchmarks/tracing_cost.py --quick   # 5 rounds of 500

Every side sends the same raw call (``pipeline.send_sync``: encode, sign, send, read, decode the
envelope) through an ``httpx2.MockTransport``, so that the figure is the client's own work and
no network noise hides a difference. The sides take turns within each round; each figure is the
median over rounds (interquartile range beside it) and a ratio the median of per-round ratios.

- ``no otel, hook``: OpenTelemetry absent (its import blocked), the call as shipped.
- ``no otel, before``: the same process, the loop called directly, as before the hook existed.
- ``otel, before`` / ``otel, no provider`` / ``otel, recording`` (when the SDK is installed), in a
  second process: the loop without a span; OpenTelemetry with no provider set (the no-op
  tracer); a provider of the SDK with an in-memory exporter, every span recorded.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import textwrap
from typing import Any

_SIDES = r"""
import json, statistics, sys, time
MODE, ROUNDS, CALLS = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
if MODE == "absent":
    sys.modules["opentelemetry"] = None  # as if it were not installed
import httpx2
from paycombat_client import AuthenticatedClient
from paycombat_client._runtime import pipeline, raw

ANSWER = b'{"status":true,"message":"OK","data":{"id":"x"}}'
def answer(request):
    return httpx2.Response(200, content=ANSWER, headers={"Content-Type": "application/json"})

op = raw.operation("POST", "/api/v1/unlisted/echo", "connect-only")
kwargs = raw.request_kwargs(op.path, {"amount": "10.00", "note": "bench"})
http = httpx2.Client(transport=httpx2.MockTransport(answer))
clients = {}
if MODE == "absent":
    client = AuthenticatedClient(base_url="https://api.paycombat.com", token="t", signature_key="k", http_client=http)
    clients = {
        "no otel, hook": lambda: pipeline.send_sync(client, op, kwargs),
        "no otel, before": lambda: pipeline._send_sync(client, op, kwargs, None),
    }
else:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    plain = AuthenticatedClient(base_url="https://api.paycombat.com", token="t", signature_key="k", http_client=http)
    traced = AuthenticatedClient(
        base_url="https://api.paycombat.com", token="t", signature_key="k", http_client=http, tracer_provider=provider
    )
    def recording():
        pipeline.send_sync(traced, op, kwargs)
    clients = {
        "otel, before": lambda: pipeline._send_sync(plain, op, kwargs, None),
        "otel, no provider": lambda: pipeline.send_sync(plain, op, kwargs),
        "otel, recording": recording,
    }
for send in clients.values():  # warm up: first-call imports and caches
    for _ in range(50):
        send()
results = {name: [] for name in clients}
names = list(clients)
for r in range(ROUNDS):
    for name in names[r % len(names):] + names[: r % len(names)]:
        send = clients[name]
        start = time.perf_counter()
        for _ in range(CALLS):
            send()
        results[name].append((time.perf_counter() - start) / CALLS)
    if MODE != "absent":
        exporter.clear()
hook_alone = None
if MODE == "absent":
    # The hook by itself: the loop replaced by a function that does nothing, called through the
    # hook and directly; the difference is all the hook adds to a call.
    import timeit
    real, pipeline._send_sync = pipeline._send_sync, lambda client, op, kwargs, span: None
    through = min(timeit.repeat(lambda: pipeline.send_sync(client, op, kwargs), number=100_000, repeat=7))
    direct = min(timeit.repeat(lambda: pipeline._send_sync(client, op, kwargs, None), number=100_000, repeat=7))
    pipeline._send_sync = real
    hook_alone = (through - direct) / 100_000
loaded = sorted(m for m in sys.modules if m.split(".")[0] == "opentelemetry" and m != "opentelemetry")
print(json.dumps({"results": results, "loaded": loaded, "hook_alone": hook_alone}))
"""


def figure(values: list[float]) -> tuple[float, float, float]:
    if len(values) < 4:
        return statistics.median(values), min(values), max(values)
    q1, _, q3 = statistics.quantiles(values, n=4)
    return statistics.median(values), q1, q3


def shown(values: list[float]) -> str:
    median, low, high = figure(values)
    return f"{median * 1e6:8.2f} µs ({low * 1e6:.2f}–{high * 1e6:.2f})"


def run(mode: str, rounds: int, calls: int) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_SIDES), mode, str(rounds), str(calls)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if proc.returncode != 0:
        raise SystemExit(f"the {mode} side failed:\n{proc.stderr}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    if mode == "absent" and out["loaded"]:
        raise SystemExit(f"OpenTelemetry was imported without being installed: {out['loaded']}")
    return dict(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer rounds: faster, noisier")
    args = parser.parse_args()
    rounds, calls = (5, 500) if args.quick else (15, 2000)
    absent = run("absent", rounds, calls)
    results: dict[str, list[float]] = absent["results"]
    installed = importlib.util.find_spec("opentelemetry.sdk") is not None
    if installed:
        results.update(run("installed", rounds, calls)["results"])
    print(f"per call, median over {rounds} rounds of {calls} calls (interquartile range)")
    for name, values in results.items():
        print(f"  {name:<18} {shown(values)}")
    before = results["no otel, before"]
    ratios = [hook / old for hook, old in zip(results["no otel, hook"], before, strict=True)]
    differences = [hook - old for hook, old in zip(results["no otel, hook"], before, strict=True)]
    print(
        f"  hook / before      {statistics.median(ratios):8.3f} (per-round ratios {min(ratios):.3f}–{max(ratios):.3f})"
    )
    print(f"  hook - before      {statistics.median(differences) * 1e9:8.0f} ns (noise: the hook alone is below)")
    print(f"  the hook alone     {absent['hook_alone'] * 1e9:8.0f} ns per call (best of 7 x 100000)")
    if installed:
        # Against the loop without a span, measured in the same process and rounds.
        for name in ("otel, no provider", "otel, recording"):
            extra = [side - old for side, old in zip(results[name], results["otel, before"], strict=True)]
            print(f"  {name} - before: {statistics.median(extra) * 1e6:+.2f} µs per call")
    else:
        print("  (opentelemetry-sdk is not installed here: the installed sides were not measured)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
