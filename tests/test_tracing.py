"""Native OpenTelemetry tracing (the ``otel`` extra): one CLIENT span per operation call, sync, async
and raw, recorded with the real opentelemetry-sdk into its in-memory exporter; the W3C
``traceparent`` on every attempt, still accepted by the Node-judged fake server (the signature
covers the body only); no secret, body value or server message in anything a span holds; and
nothing loaded or paid for without OpenTelemetry.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode
from paycombat_client import (
    APIConnectionError,
    APIResponseValidationError,
    AuthenticatedClient,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
)
from paycombat_client._runtime import pipeline

from support import hostile
from support.calls import CALLS
from support.docs import run_by
from support.fakeapi import FakePayCombat, Scripted

pytestmark = pytest.mark.anyio
MODES = ["sync", "asyncio"]
ROOT = Path(__file__).resolve().parents[1]
LISTED = "/api/v1/payout/get-all-payout"  # an unlisted route of the fake server, for raw calls


@pytest.fixture(autouse=True)
def _fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "INITIAL_RETRY_DELAY", 0.001)
    monkeypatch.setattr(pipeline, "MAX_RETRY_DELAY", 0.004)


@pytest.fixture
def exporter() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    yield exporter
    exporter.shutdown()


@pytest.fixture
def provider(exporter: InMemorySpanExporter) -> Iterator[TracerProvider]:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    yield provider
    provider.shutdown()


def traced_client(api: FakePayCombat, provider: TracerProvider, **options: Any) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=api.base_url, token=api.TOKEN, signature_key=api.SIGNATURE_KEY, tracer_provider=provider, **options
    )


async def call(mode: str, operation_id: str, client: AuthenticatedClient) -> Any:
    spec = CALLS[operation_id]
    result = getattr(spec.api(), mode)(client=client, **spec.arguments())
    return await result if mode.startswith("asyncio") else result


async def raw(mode: str, client: AuthenticatedClient, method: str, path: str, **options: Any) -> Any:
    if mode == "asyncio":
        return await client.arequest(method, path, **options)
    return client.request(method, path, **options)


def only_span(exporter: InMemorySpanExporter) -> ReadableSpan:
    spans = exporter.get_finished_spans()
    assert len(spans) == 1, [s.name for s in spans]
    return spans[0]


def traceparent_of(span: ReadableSpan) -> str:
    context = span.get_span_context()
    assert context is not None and context.trace_flags.sampled
    return f"00-{context.trace_id:032x}-{context.span_id:016x}-{context.trace_flags:02x}"


def exported_text(exporter: InMemorySpanExporter) -> str:
    """Everything the spans would send to a backend, as text: names, attributes, events, status, links."""
    return "\n".join(span.to_json() for span in exporter.get_finished_spans())


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port  # nothing listens there any more: connecting is refused


# --- the span of a call -----------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_an_operation_call_is_one_client_span_with_the_http_conventions(
    api: FakePayCombat, provider: TracerProvider, exporter: InMemorySpanExporter, mode: str
) -> None:
    client = traced_client(api, provider)
    await call(mode, "getCustomer", client)
    span = only_span(exporter)
    assert span.name == "PayCombat getCustomer"
    assert span.kind is SpanKind.CLIENT
    assert span.instrumentation_scope is not None and span.instrumentation_scope.name == "paycombat_client"
    port = httpx2.URL(api.base_url).port
    assert dict(span.attributes or {}) == {
        "http.request.method": "GET",
        "server.address": "127.0.0.1",
        "server.port": port,
        "url.template": "/api/v1/customer/customer/{customer_id}",
        "paycombat.operation": "getCustomer",
        "http.response.status_code": 200,
        "paycombat.attempts": 1,
    }
    assert span.status.status_code is StatusCode.UNSET and not span.events


@pytest.mark.parametrize("mode", MODES)
async def test_a_raw_request_is_one_span_named_after_its_method_and_path(
    api: FakePayCombat, provider: TracerProvider, exporter: InMemorySpanExporter, mode: str
) -> None:
    client = traced_client(api, provider)
    await raw(mode, client, "GET", LISTED, retry="safe")
    span = only_span(exporter)
    assert span.name == f"PayCombat GET {LISTED}" and span.kind is SpanKind.CLIENT
    attributes = span.attributes or {}
    assert (attributes["url.template"], attributes["paycombat.operation"]) == (LISTED, f"GET {LISTED}")
    assert attributes["http.response.status_code"] == 200
    assert traceparent_of(span) == api.hits[0].headers["traceparent"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("operation_id", ["getCustomer", "createPayout", "createCustomer"])
async def test_the_traceparent_of_the_span_arrives_and_the_signed_request_is_still_accepted(
    api: FakePayCombat, provider: TracerProvider, exporter: InMemorySpanExporter, mode: str, operation_id: str
) -> None:
    client = traced_client(api, provider)
    await call(mode, operation_id, client)
    (hit,) = api.hits
    assert hit.verdict == "ok"  # the Node judge checked the body and its signature
    assert hit.headers["traceparent"] == traceparent_of(only_span(exporter))


@pytest.mark.parametrize("mode", MODES)
async def test_a_call_inside_the_callers_span_is_its_child(
    api: FakePayCombat, provider: TracerProvider, exporter: InMemorySpanExporter, mode: str
) -> None:
    client = traced_client(api, provider)
    with provider.get_tracer("shop").start_as_current_span("checkout") as parent:
        await call(mode, "getCustomer", client)
    ours = next(s for s in exporter.get_finished_spans() if s.name == "PayCombat getCustomer")
    assert ours.parent is not None and ours.parent.span_id == parent.get_span_context().span_id
    assert ours.context is not None and ours.context.trace_id == parent.get_span_context().trace_id


@pytest.mark.parametrize("mode", MODES)
async def test_the_answers_request_id_is_on_the_span(
    api: FakePayCombat, provider: TracerProvider, exporter: InMemorySpanExporter, mode: str
) -> None:
    client = traced_client(api, provider)
    answer = getattr(CALLS["disableCustomer"].api(), f"{mode}_detailed")(client=client, customer_id="c1")
    answer = await answer if mode == "asyncio" else answer
    assert answer.request_id is not None  # the upstream wrapper's: no header names one
    assert (only_span(exporter).attributes or {})["paycombat.request_id"] == answer.request_id


# --- failures ---------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_an_error_status_ends_the_span_in_error_with_its_status_code(
    api: FakePayCombat, provider: TracerProvider, exporter: InMemorySpanExporter, mode: str
) -> None:
    client = traced_client(api, provider)
    api.script("getCustomer", Scripted(404, {"status": False, "message": "no such customer"}, {"X-Request-Id": "r-4"}))
    with pytest.raises(NotFoundError):
        await call(mode, "getCustomer", client)
    span = only_span(exporter)
    attributes = span.attributes or {}
    assert (attributes["error.type"], attributes["http.response.status_code"]) == ("404", 404)
    assert attributes["paycombat.request_id"] == "r-4"
    assert span.status.status_code is StatusCode.ERROR
    assert span.status.description == "NotFoundError: HTTP 404"


@pytest.mark.parametrize("mode", MODES)
async def test_a_refused_two_hundred_is_an_error_named_by_its_class(
    api: FakePayCombat, provider: TracerProvider, exporter: InMemorySpanExporter, mode: str
) -> None:
    client = traced_client(api, provider)
    api.script("getCustomer", Scripted(200, {"status": False, "message": "refused"}))
    with pytest.raises(Exception, match="refused"):
        await call(mode, "getCustomer", client)
    span = only_span(exporter)
    assert (span.attributes or {})["error.type"] == "paycombat_client.APIRefusedError"
    assert span.status.status_code is StatusCode.ERROR


@pytest.mark.parametrize("mode", ["sync", "asyncio", "sync_detailed", "asyncio_detailed"])
async def test_an_answer_that_does_not_fit_its_model_ends_the_span_in_error(
    api: FakePayCombat, provider: TracerProvider, exporter: InMemorySpanExporter, mode: str
) -> None:
    # The runtime parses the answer inside the call's span: a 200 whose record does not fit fails it.
    client = traced_client(api, provider)
    api.script("getCustomer", Scripted(200, {"status": True, "data": {"customer_id": 5}}))
    with pytest.raises(APIResponseValidationError):
        await call(mode, "getCustomer", client)
    span = only_span(exporter)
    assert (span.attributes or {})["error.type"] == "paycombat_client.APIResponseValidationError"
    assert (span.attributes or {})["http.response.status_code"] == 200
    assert span.status.status_code is StatusCode.ERROR


@pytest.mark.parametrize("mode", MODES)
async def test_retries_are_events_of_one_span_and_every_attempt_carries_its_traceparent(
    api: FakePayCombat, provider: TracerProvider, exporter: InMemorySpanExporter, mode: str
) -> None:
    client = traced_client(api, provider)
    api.script(
        "getCustomer",
        Scripted(503, {"status": False, "message": "busy"}, {"X-Request-Id": "r-1"}),
        Scripted(503, {"status": False, "message": "busy"}),
    )
    await call(mode, "getCustomer", client)
    span = only_span(exporter)
    assert (span.attributes or {})["paycombat.attempts"] == 3
    assert (span.attributes or {})["http.response.status_code"] == 200
    assert [event.name for event in span.events] == ["paycombat.retry", "paycombat.retry"]
    first, second = (dict(event.attributes or {}) for event in span.events)
    assert (first["paycombat.attempt"], first["paycombat.retry.reason"], first["paycombat.request_id"]) == (
        1,
        "HTTP 503",
        "r-1",
    )
    assert (second["paycombat.attempt"], "paycombat.request_id" in second) == (2, False)
    assert all(0 < float(e["paycombat.retry.delay_s"]) <= 0.004 for e in (first, second))  # type: ignore[arg-type]
    assert [hit.headers["traceparent"] for hit in api.hits] == [traceparent_of(span)] * 3


@pytest.mark.parametrize("mode", MODES)
async def test_retries_that_run_out_end_in_error_after_every_attempt(
    api: FakePayCombat, provider: TracerProvider, exporter: InMemorySpanExporter, mode: str
) -> None:
    client = traced_client(api, provider, max_retries=1)
    api.script("getCustomer", *[Scripted(500, {"status": False, "message": "down"})] * 2)
    with pytest.raises(InternalServerError):
        await call(mode, "getCustomer", client)
    span = only_span(exporter)
    attributes = span.attributes or {}
    assert (attributes["paycombat.attempts"], attributes["error.type"], len(span.events)) == (2, "500", 1)


@pytest.mark.parametrize("mode", MODES)
async def test_a_refused_connection_says_nothing_was_sent(
    provider: TracerProvider, exporter: InMemorySpanExporter, mode: str
) -> None:
    client = AuthenticatedClient(
        base_url=f"http://127.0.0.1:{closed_port()}", token="t", signature_key="k", tracer_provider=provider
    )
    with pytest.raises(APIConnectionError):
        await call(mode, "createPayout", client)
    span = only_span(exporter)
    attributes = span.attributes or {}
    assert attributes["paycombat.request_sent"] is False
    assert attributes["error.type"] == "paycombat_client.APIConnectionError"
    assert "http.response.status_code" not in attributes
    # Never sent, so even a create is repeated: each retry is an event.
    assert attributes["paycombat.attempts"] == 3
    assert [dict(e.attributes or {})["paycombat.retry.reason"] for e in span.events] == ["ConnectError"] * 2
    assert span.status.description == "APIConnectionError (ConnectError): nothing was sent"


@pytest.mark.parametrize("mode", MODES)
async def test_a_dropped_connection_says_the_request_was_sent(
    provider: TracerProvider, exporter: InMemorySpanExporter, mode: str
) -> None:
    with hostile.HostileServer(hostile.drop) as server:
        client = AuthenticatedClient(base_url=server.base_url, token="t", signature_key="k", tracer_provider=provider)
        with pytest.raises(APIConnectionError):
            await call(mode, "createPayout", client)  # a create: not repeated once sent
    span = only_span(exporter)
    attributes = span.attributes or {}
    assert (attributes["paycombat.request_sent"], attributes["paycombat.attempts"]) == (True, 1)
    assert span.status.status_code is StatusCode.ERROR


@pytest.mark.parametrize("mode", MODES)
async def test_a_call_that_ends_without_an_answer_shows_no_status_of_an_earlier_attempt(
    provider: TracerProvider, exporter: InMemorySpanExporter, mode: str
) -> None:
    connections: list[int] = []

    def busy_then_gone(conn: socket.socket, request: bytes) -> None:
        connections.append(1)
        if len(connections) == 1:
            conn.sendall(hostile.answer(503, b'{"status":false,"message":"busy"}', {"X-Request-Id": "r-503"}))
        else:
            hostile.drop(conn, request)

    with hostile.HostileServer(busy_then_gone) as server:
        client = AuthenticatedClient(
            base_url=server.base_url, token="t", signature_key="k", max_retries=1, tracer_provider=provider
        )
        with pytest.raises(APIConnectionError):
            await call(mode, "getCustomer", client)
    span = only_span(exporter)
    attributes = span.attributes or {}
    assert "http.response.status_code" not in attributes and attributes["paycombat.attempts"] == 2
    assert (span.events[0].attributes or {})["paycombat.request_id"] == "r-503"
    assert attributes["error.type"] == "paycombat_client.APIConnectionError"


@pytest.mark.parametrize("mode", MODES)
async def test_a_call_refused_before_any_io_still_ends_its_span(
    api: FakePayCombat, provider: TracerProvider, exporter: InMemorySpanExporter, mode: str
) -> None:
    client = traced_client(api, provider)
    client.close()
    with pytest.raises(Exception, match="closed"):
        await call(mode, "getCustomer", client)
    span = only_span(exporter)
    assert (span.attributes or {})["error.type"] == "paycombat_client.ClientClosedError"
    assert (span.attributes or {})["paycombat.attempts"] == 0 and not api.hits


# --- what a span must never hold --------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
async def test_no_span_holds_a_secret_a_body_value_or_a_server_message(
    api: FakePayCombat, provider: TracerProvider, exporter: InMemorySpanExporter, mode: str
) -> None:
    client = traced_client(api, provider, headers={"X-Merchant": "merchant-secretish-1"})
    await call(mode, "createPayout", client)
    await call(mode, "createCustomer", client)
    api.script("createPayout", Scripted(500, {"status": False, "message": "order order-42 for Ann Lee failed"}))
    with pytest.raises(InternalServerError):
        await call(mode, "createPayout", client.with_options(max_retries=0))
    await raw(mode, client, "POST", "/api/v1/unlisted/echo", json={"note": "raw-body-value-77"})
    text = exported_text(exporter)
    assert len(exporter.get_finished_spans()) == 4
    signatures = {hit.headers["signature"] for hit in api.hits}
    secrets = {api.TOKEN, api.SIGNATURE_KEY, *signatures, "merchant-secretish-1"}
    body_values = {"order-42", "Ann", "123456789", "062000", "Jennie", "ref-0001", "raw-body-value-77", "failed"}
    for forbidden in secrets | body_values:
        assert forbidden not in text, forbidden


# --- the tracer ---------------------------------------------------------------------------------


def test_a_tracer_provider_that_is_not_one_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="tracer_provider must be an OpenTelemetry TracerProvider"):
        AuthenticatedClient(token="t", signature_key="k", tracer_provider=object())  # type: ignore[arg-type]


def test_a_copy_records_into_the_provider_of_its_client(
    api: FakePayCombat, provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    client = traced_client(api, provider)
    CALLS["getCustomer"].api().sync(client=client.with_options(headers={"X-A": "1"}), customer_id="c")
    assert only_span(exporter).name == "PayCombat getCustomer"


def run_python(code: str, api: FakePayCombat, **env: str) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter (its own modules and global tracer provider); it prints JSON last."""
    environment = {**os.environ, "PAYCOMBAT_BASE_URL": api.base_url, "PAYCOMBAT_TOKEN": api.TOKEN, **env}
    environment["PAYCOMBAT_SIGNATURE_KEY"] = api.SIGNATURE_KEY
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=60, env=environment
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


_LOADED = "sorted(m for m in sys.modules if m.split('.')[0] == 'opentelemetry')"


def test_without_opentelemetry_a_call_imports_nothing_of_it_and_works(api: FakePayCombat) -> None:
    result = run_python(
        f"""
        import asyncio, json, sys
        sys.modules["opentelemetry"] = None  # as if it were not installed: importing it fails
        from paycombat_client import AuthenticatedClient
        from paycombat_client._runtime import pipeline
        from paycombat_client.api.customer import get_customer
        client = AuthenticatedClient()
        get_customer.sync("c1", client=client)
        asyncio.run(get_customer.asyncio("c2", client=client))
        client.request("GET", "{LISTED}")
        loaded = [m for m in {_LOADED} if m != "opentelemetry"]
        print(json.dumps({{"loaded": loaded, "hook": repr(pipeline._call_span)}}))
        """,
        api,
    )
    assert result == {"loaded": [], "hook": "None"}
    assert [hit.verdict for hit in api.hits] == ["ok"] * 3
    assert not any("traceparent" in hit.headers for hit in api.hits)


def test_importing_the_package_and_its_operations_never_loads_opentelemetry(api: FakePayCombat) -> None:
    result = run_python(
        f"""
        import json, sys
        import paycombat_client
        from paycombat_client import AuthenticatedClient
        from paycombat_client.api.customer import get_customer
        AuthenticatedClient()
        print(json.dumps({{"loaded": {_LOADED}}}))
        """,
        api,
    )
    assert result == {"loaded": []}


def test_installed_without_a_provider_a_call_records_and_sends_nothing(api: FakePayCombat) -> None:
    result = run_python(
        """
        import json
        from paycombat_client import AuthenticatedClient
        from paycombat_client.api.customer import get_customer
        get_customer.sync("c1", client=AuthenticatedClient())
        from opentelemetry import trace
        print(json.dumps({"provider": type(trace.get_tracer_provider()).__name__}))
        """,
        api,
    )
    assert result == {"provider": "ProxyTracerProvider"}
    assert api.hits[0].verdict == "ok" and "traceparent" not in api.hits[0].headers


def test_the_global_provider_is_used_even_when_set_after_the_first_call(api: FakePayCombat) -> None:
    result = run_python(
        """
        import json
        from opentelemetry import trace
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import SimpleSpanProcessor
        from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
        from paycombat_client import AuthenticatedClient
        from paycombat_client.api.customer import get_customer
        client = AuthenticatedClient()
        get_customer.sync("before", client=client)
        exporter = InMemorySpanExporter()
        provider = TracerProvider()
        provider.add_span_processor(SimpleSpanProcessor(exporter))
        trace.set_tracer_provider(provider)
        get_customer.sync("after", client=client)
        print(json.dumps([s.name for s in exporter.get_finished_spans()]))
        """,
        api,
    )
    assert result == ["PayCombat getCustomer"]  # type: ignore[comparison-overlap]
    assert "traceparent" not in api.hits[0].headers and "traceparent" in api.hits[1].headers


# --- beside opentelemetry-instrumentation-httpx ---------------------------------------------------


def _instrumented_client(api: FakePayCombat, provider: TracerProvider, carrier: str) -> AuthenticatedClient:
    from opentelemetry.instrumentation.httpx import HTTPX2ClientInstrumentor

    options: dict[str, Any] = {}
    if carrier == "users":
        options = {"http_client": httpx2.Client(timeout=5), "async_http_client": httpx2.AsyncClient(timeout=5)}
    client = traced_client(api, provider, **options)
    HTTPX2ClientInstrumentor.instrument_client(client.get_httpx_client(), tracer_provider=provider)
    HTTPX2ClientInstrumentor.instrument_client(client.get_async_httpx_client(), tracer_provider=provider)
    return client


@pytest.mark.parametrize("carrier", ["package", "users"])
@pytest.mark.parametrize("mode", MODES)
async def test_with_httpx2_instrumented_each_attempt_is_a_child_of_the_calls_span(
    api: FakePayCombat, provider: TracerProvider, exporter: InMemorySpanExporter, mode: str, carrier: str
) -> None:
    client = _instrumented_client(api, provider, carrier)
    api.script("createPayout", Scripted(503, {"status": False, "message": "busy"}))
    with pytest.raises(InternalServerError):
        await call(mode, "createPayout", client.with_options(max_retries=0))
    api.script("getCustomer", Scripted(503, {"status": False, "message": "busy"}))
    await call(mode, "getCustomer", client)
    spans = exporter.get_finished_spans()
    ours = [s for s in spans if s.name.startswith("PayCombat ")]
    attempts = [s for s in spans if not s.name.startswith("PayCombat ")]
    assert [s.name for s in ours] == ["PayCombat createPayout", "PayCombat getCustomer"]
    assert len(attempts) == 3 and {s.kind for s in attempts} == {SpanKind.CLIENT}
    by_id = {s.context.span_id: s for s in ours if s.context is not None}
    parents = [by_id[s.parent.span_id].name for s in attempts if s.parent is not None]
    assert parents == ["PayCombat createPayout", "PayCombat getCustomer", "PayCombat getCustomer"]
    # On the wire: the innermost span, the instrumentation's, in the same trace as ours.
    assert [hit.headers["traceparent"] for hit in api.hits] == [traceparent_of(s) for s in attempts]
    assert [hit.verdict for hit in api.hits] == ["ok"] * 3
    text = exported_text(exporter)
    for forbidden in {api.TOKEN, api.SIGNATURE_KEY, *(hit.headers["signature"] for hit in api.hits), "order-42"}:
        assert forbidden not in text


@pytest.mark.parametrize("mode", MODES)
async def test_with_httpx2_instrumented_for_the_whole_process_the_nesting_is_the_same(
    api: FakePayCombat, provider: TracerProvider, exporter: InMemorySpanExporter, mode: str
) -> None:
    from opentelemetry.instrumentation.httpx import HTTPX2ClientInstrumentor

    instrumentor = HTTPX2ClientInstrumentor()
    instrumentor.instrument(tracer_provider=provider)  # what opentelemetry-instrument does
    try:
        await call(mode, "createPayout", traced_client(api, provider))
    finally:
        instrumentor.uninstrument()
    attempt, ours = exporter.get_finished_spans()
    assert ours.name == "PayCombat createPayout" and attempt.parent is not None
    assert ours.context is not None and attempt.parent.span_id == ours.context.span_id
    (hit,) = api.hits
    assert hit.verdict == "ok" and hit.headers["traceparent"] == traceparent_of(attempt)
    text = exported_text(exporter)
    assert api.TOKEN not in text and hit.headers["signature"] not in text and "order-42" not in text


def test_with_httpx2_instrumented_capturing_headers_records_the_credentials_unless_they_are_sanitized(
    api: FakePayCombat, provider: TracerProvider, exporter: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The instrumentation's own opt-in, read when a client is instrumented: documented in docs/guides/tracing.md.
    monkeypatch.setenv("OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_CLIENT_REQUEST", ".*")
    client = _instrumented_client(api, provider, "package")
    CALLS["getCustomer"].api().sync(client=client, customer_id="c1")
    assert api.TOKEN in exported_text(exporter)
    exporter.clear()
    monkeypatch.setenv("OTEL_INSTRUMENTATION_HTTP_CAPTURE_HEADERS_SANITIZE_FIELDS", "x-token,signature")
    client = _instrumented_client(api, provider, "package")
    CALLS["getCustomer"].api().sync(client=client, customer_id="c1")
    text = exported_text(exporter)
    assert "[REDACTED]" in text and api.TOKEN not in text
    assert not any(hit.headers["signature"] in text for hit in api.hits)


# --- the documented example ---------------------------------------------------------------------


def test_the_console_exporter_example_of_the_docs_prints_the_calls_span(api: FakePayCombat) -> None:
    (example,) = [b.code for b in run_by("tests/test_tracing.py", "docs/guides/tracing.md", "Tracing")]
    environment = {**os.environ, "PAYCOMBAT_BASE_URL": api.base_url, "PAYCOMBAT_TOKEN": api.TOKEN}
    environment["PAYCOMBAT_SIGNATURE_KEY"] = api.SIGNATURE_KEY
    proc = subprocess.run([sys.executable, "-c", example], capture_output=True, text=True, timeout=60, env=environment)
    assert proc.returncode == 0, proc.stderr
    printed = [json.loads(span) for span in re.findall(r"^\{\n.*?^\}$", proc.stdout, flags=re.DOTALL | re.MULTILINE)]
    assert [span["name"] for span in printed] == ["PayCombat getCustomer", "show customer"]
    ours, parent = printed
    assert ours["kind"] == "SpanKind.CLIENT" and ours["parent_id"] == parent["context"]["span_id"]
    assert ours["attributes"]["url.template"] == "/api/v1/customer/customer/{customer_id}"
    assert api.hits[0].verdict == "ok" and api.TOKEN not in proc.stdout
