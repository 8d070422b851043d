"""client.request / arequest (and their detailed variants): paths not in the spec, through the same
pipeline as the generated operations, judged by the Node-backed fake server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest
from paycombat_client import (
    APIRefusedError,
    AuthenticatedClient,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    RequestEncodingError,
)
from paycombat_client._runtime import pipeline

from support.docs import run_by
from support.fakeapi import UNLISTED_OPERATIONS, FakePayCombat, Scripted

pytestmark = pytest.mark.anyio

LIST_PATH = next(path for op, _, path, _ in UNLISTED_OPERATIONS if op == "unlisted.listPayouts")
ECHO_PATH = next(path for op, _, path, _ in UNLISTED_OPERATIONS if op == "unlisted.echo")
BODY: dict[str, Any] = {"amount": 100.0, "note": "Café / 東京", "b": 1, "10": "ten", "2": "two"}
BUSY = Scripted(503, {"status": False, "message": "Down"}, {"Retry-After": "0"})


def test_unlisted_paths_are_not_in_the_spec() -> None:
    from support.operations import OPERATIONS

    assert not {path for _, _, path, _ in UNLISTED_OPERATIONS} & {path for _, _, path, _ in OPERATIONS}


def test_get_returns_the_envelope_signed_over_empty_body(client: AuthenticatedClient, api: FakePayCombat) -> None:
    answer = client.request("GET", LIST_PATH, params={"page": 2})
    assert answer["status"] is True and answer["data"]["page"] == 1
    [hit] = api.hits_for("unlisted.listPayouts")
    assert hit.verdict == "ok" and hit.body == b"" and hit.query == "page=2"
    assert hit.headers["user-agent"].startswith("paycombat-client/")


def test_post_body_is_json_stringify_exact(client: AuthenticatedClient, api: FakePayCombat) -> None:
    answer = client.request("post", ECHO_PATH, json=BODY)
    [hit] = api.hits_for("unlisted.echo")
    # The fake accepted it only if Node's JSON.stringify writes these very bytes and the signature fits.
    assert hit.verdict == "ok"
    assert hit.body == '{"2":"two","10":"ten","amount":100,"note":"Café / 東京","b":1}'.encode()
    assert answer["data"]["received"] == json.loads(hit.body)


def test_detailed_has_status_headers_and_raw_bytes(client: AuthenticatedClient, api: FakePayCombat) -> None:
    response = client.request_detailed("POST", ECHO_PATH, json={"x": 1})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert json.loads(response.content) == response.parsed
    assert response.parsed["data"]["received"] == {"x": 1}


async def test_async_twins(client: AuthenticatedClient, api: FakePayCombat) -> None:
    answer = await client.arequest("POST", ECHO_PATH, json=BODY)
    detailed = await client.arequest_detailed("GET", LIST_PATH)
    assert answer["data"]["received"]["note"] == "Café / 東京"
    assert detailed.status_code == 200 and json.loads(detailed.content)["data"]["page"] == 1
    assert [h.verdict for h in api.hits] == ["ok", "ok"]


def test_typed_errors(client: AuthenticatedClient, api: FakePayCombat) -> None:
    with pytest.raises(NotFoundError, match="GET /api/v1/nowhere -> HTTP 404"):
        client.request("GET", "/api/v1/nowhere")
    api.script("unlisted.echo", Scripted(200, {"status": False, "message": "Refused"}))
    with pytest.raises(APIRefusedError, match="Refused"):
        client.request("POST", ECHO_PATH, json={})


def test_connect_only_by_default_never_repeats_a_sent_request(client: AuthenticatedClient, api: FakePayCombat) -> None:
    api.script("unlisted.listPayouts", BUSY, Scripted())
    with pytest.raises(InternalServerError):
        client.request("GET", LIST_PATH)
    assert len(api.hits_for("unlisted.listPayouts")) == 1


def test_safe_retries_when_asked(
    client: AuthenticatedClient, api: FakePayCombat, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "INITIAL_RETRY_DELAY", 0.001)
    api.script("unlisted.listPayouts", BUSY, BUSY)
    assert client.request("GET", LIST_PATH, retry="safe")["status"] is True
    assert [h.verdict for h in api.hits_for("unlisted.listPayouts")] == ["ok"] * 3


async def test_async_retry_rules(client: AuthenticatedClient, api: FakePayCombat) -> None:
    api.script("unlisted.echo", BUSY, Scripted())
    with pytest.raises(InternalServerError):
        await client.arequest("POST", ECHO_PATH, json={"create": True})
    api.script("unlisted.listPayouts", BUSY)
    assert (await client.arequest("GET", LIST_PATH, retry="safe"))["status"] is True
    assert len(api.hits_for("unlisted.echo")) == 1 and len(api.hits_for("unlisted.listPayouts")) == 2


@pytest.mark.parametrize(
    "path",
    [
        "api/v1/x",
        "//evil.example/api/v1/x",
        "https://evil.example/api/v1/x",
        "/api/v1/../customer",
        "/api/v1/./x",
        "/api/v1/%2e%2E/customer",
        "/api/v1//x",
        "/api/v1/x?limit=1",
        "/api/v1/x#top",
        "/api/v1/a b",
        "/api/v1/\\x",
        "/api/v1/café",
        "",
    ],
)
def test_bad_paths_are_refused_before_any_io(client: AuthenticatedClient, api: FakePayCombat, path: str) -> None:
    with pytest.raises(RequestEncodingError, match="request path"):
        client.request("GET", path)
    assert api.hits == []


def test_bad_method_retry_or_body_refused_before_any_io(client: AuthenticatedClient, api: FakePayCombat) -> None:
    with pytest.raises(RequestEncodingError, match="TRACE"):
        client.request("TRACE", LIST_PATH)
    with pytest.raises(ConfigurationError, match="retry='always' is not a retry rule"):
        client.request("GET", LIST_PATH, retry="always")  # type: ignore[arg-type]
    with pytest.raises(RequestEncodingError, match="NaN"):
        client.request("POST", ECHO_PATH, json={"amount": float("nan")})
    assert api.hits == []


def test_percent_encoded_segments_and_trailing_slash_are_sent_as_given(
    client: AuthenticatedClient, api: FakePayCombat
) -> None:
    with pytest.raises(NotFoundError):
        client.request("GET", "/api/v1/unlisted/pay%20outs/")
    assert [h.path for h in api.hits] == ["/api/v1/unlisted/pay%20outs/"]


def guide_example() -> str:
    [block] = run_by("tests/test_raw_requests.py", "docs/guides/raw-requests.md", RAW_REQUESTS_GUIDE)
    return block.code


RAW_REQUESTS_GUIDE = "Raw requests: operations documented by name only"


def test_the_guides_example_runs_as_written(api: FakePayCombat) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PAYCOMBAT_")}
    env |= {
        "PAYCOMBAT_TOKEN": api.TOKEN,
        "PAYCOMBAT_SIGNATURE_KEY": api.SIGNATURE_KEY,
        "PAYCOMBAT_BASE_URL": api.base_url,
    }
    result = subprocess.run(
        [sys.executable, "-c", guide_example()], env=env, capture_output=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().startswith("OK {'items': [")
    [hit] = api.hits_for("unlisted.listPayouts")
    assert hit.verdict == "ok" and hit.query == "page=1"
