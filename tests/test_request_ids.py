"""Request ids, for support tickets: ``Response.request_id`` on the ``*_detailed`` answers and
``request_id`` on every error made from an answer, read from ``X-Request-Id`` (else ``Request-Id``),
else the ``data.request_id`` of the upstream wrapper some customer calls carry, else ``None``;
shown escaped and shortened in messages and log lines. Against the Node-judged fake server.
"""

from __future__ import annotations

import json
import logging
import pickle
from http import HTTPStatus
from typing import Any

import httpx2
import pytest
from paycombat_client import (
    APIConnectionError,
    APIRefusedError,
    APIResponseValidationError,
    AuthenticatedClient,
    InternalServerError,
    NotFoundError,
)
from paycombat_client._runtime import pipeline
from paycombat_client.types import Response

from support import hostile
from support.calls import CALLS
from support.fakeapi import FakePayCombat, Scripted

pytestmark = pytest.mark.anyio
MODES = ["sync", "asyncio"]


@pytest.fixture(autouse=True)
def _fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "INITIAL_RETRY_DELAY", 0.001)
    monkeypatch.setattr(pipeline, "MAX_RETRY_DELAY", 0.004)


async def call(mode: str, operation_id: str, client: AuthenticatedClient, *, detailed: bool = False) -> Any:
    spec = CALLS[operation_id]
    function = getattr(spec.api(), f"{mode}_detailed" if detailed else mode)
    result = function(client=client, **spec.arguments())
    return await result if mode == "asyncio" else result


async def canned_envelope(mode: str, operation_id: str, client: AuthenticatedClient, api: FakePayCombat) -> Any:
    """The fake server's own answer to ``operation_id``, to script it again with other headers."""
    answer = await call(mode, operation_id, client, detailed=True)
    api.reset()
    return json.loads(answer.content)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"X-Request-Id": "req_7Yx2"}, "req_7Yx2"),
        ({"Request-Id": "rid-42"}, "rid-42"),
        ({"request-id": "second", "x-request-id": "first"}, "first"),
        ({}, None),
    ],
    ids=["x-request-id", "request-id", "x-request-id-first", "none"],
)
async def test_a_detailed_answer_carries_the_request_id_of_its_headers(
    api: FakePayCombat, client: AuthenticatedClient, mode: str, headers: dict[str, str], expected: str | None
) -> None:
    envelope = await canned_envelope(mode, "getCustomer", client, api)
    api.script("getCustomer", Scripted(200, envelope, headers))
    answer = await call(mode, "getCustomer", client, detailed=True)
    assert answer.request_id == expected


@pytest.mark.parametrize("mode", MODES)
async def test_the_upstream_wrappers_request_id_stands_in_when_no_header_names_one(
    api: FakePayCombat, client: AuthenticatedClient, mode: str
) -> None:
    answer = await call(mode, "disableCustomer", client, detailed=True)
    wrapped = json.loads(answer.content)["data"]["request_id"]
    assert isinstance(wrapped, str) and answer.request_id == wrapped
    # A header still comes first.
    api.script("disableCustomer", Scripted(200, json.loads(answer.content), {"X-Request-Id": "from-header"}))
    assert (await call(mode, "disableCustomer", client, detailed=True)).request_id == "from-header"


@pytest.mark.parametrize("value", [123, None, "", ["r"], {"id": "r"}])
def test_a_wrapper_request_id_that_is_not_text_is_no_request_id(value: Any) -> None:
    content = json.dumps({"status": True, "data": {"request_id": value, "data": {}}}).encode()
    assert Response(HTTPStatus.OK, content, httpx2.Headers(), parsed=None).request_id is None


def test_a_response_made_by_hand_finds_its_request_id_in_any_case() -> None:
    assert Response(HTTPStatus.OK, b"{}", {"X-REQUEST-ID": "r-up"}, parsed=1).request_id == "r-up"
    assert Response(HTTPStatus.OK, b"not json request_id", {}, parsed=1).request_id is None


def test_the_request_id_leaves_equality_repr_and_pickling_as_they_were() -> None:
    headers = httpx2.Headers({"X-Request-Id": "r-1"})
    response = Response(HTTPStatus.OK, b"{}", headers, parsed=[1])
    assert response == Response(HTTPStatus.OK, b"{}", httpx2.Headers({"X-Request-Id": "r-1"}), [1])
    assert "request_id" not in repr(response)
    copy = pickle.loads(pickle.dumps(response))
    assert copy == response and copy.request_id == "r-1"


@pytest.mark.parametrize("mode", MODES)
async def test_a_status_error_carries_the_request_id_and_shows_it(api: FakePayCombat, mode: str) -> None:
    client = AuthenticatedClient(base_url=api.base_url, token=api.TOKEN, signature_key=api.SIGNATURE_KEY, max_retries=0)
    api.script("getCustomer", Scripted(500, {"status": False, "message": "boom"}, {"X-Request-Id": "req_500"}))
    with pytest.raises(InternalServerError) as caught:
        await call(mode, "getCustomer", client)
    error = caught.value
    assert error.request_id == "req_500"
    assert str(error) == "GET /api/v1/customer/customer/customer_1 -> HTTP 500: boom (request id req_500)"
    copy = pickle.loads(pickle.dumps(error))
    assert copy.request_id == "req_500" and str(copy) == str(error)


@pytest.mark.parametrize("mode", MODES)
async def test_an_error_answer_without_any_request_id_shows_none(
    api: FakePayCombat, client: AuthenticatedClient, mode: str
) -> None:
    api.script("getCustomer", Scripted(404, {"status": False, "message": "no such customer"}))
    with pytest.raises(NotFoundError) as caught:
        await call(mode, "getCustomer", client)
    assert caught.value.request_id is None and "request id" not in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
async def test_an_error_envelopes_request_id_is_escaped_and_shortened_where_shown(
    api: FakePayCombat, client: AuthenticatedClient, mode: str
) -> None:
    forged = "r-1\n[ERROR] forged line \x1b[31m\u202e" + "A" * 500
    body = {"status": False, "message": "nope", "data": {"request_id": forged}}
    api.script("getCustomer", Scripted(404, body))
    with pytest.raises(NotFoundError) as caught:
        await call(mode, "getCustomer", client)
    error = caught.value
    assert error.request_id == forged  # kept as sent, for whoever looks it up
    shown = str(error)
    assert "\n" not in shown and "\x1b" not in shown and "\u202e" not in shown
    assert "(request id r-1\\x0a[ERROR] forged line \\x1b[31m\\u202e" in shown
    assert "A" * 100 not in shown and shown.endswith("...)")


@pytest.mark.parametrize("mode", MODES)
async def test_a_refused_two_hundred_and_an_unreadable_one_carry_their_request_ids(
    api: FakePayCombat, client: AuthenticatedClient, mode: str
) -> None:
    api.script("getCustomer", Scripted(200, {"status": False, "message": "refused", "data": {"request_id": "w-9"}}))
    with pytest.raises(APIRefusedError) as refused:
        await call(mode, "getCustomer", client)
    assert refused.value.request_id == "w-9" and "(request id w-9)" in str(refused.value)
    api.script("getCustomer", Scripted(200, b"<html>gateway</html>", {"X-Request-Id": "gw-1"}))
    with pytest.raises(APIResponseValidationError) as unreadable:
        await call(mode, "getCustomer", client)
    assert unreadable.value.request_id == "gw-1"


@pytest.mark.parametrize("mode", MODES)
async def test_a_connection_error_has_no_request_id(mode: str) -> None:
    with hostile.HostileServer(hostile.drop) as server:
        client = AuthenticatedClient(base_url=server.base_url, token="t", signature_key="k", max_retries=0)
        with pytest.raises(APIConnectionError) as caught:
            await call(mode, "getCustomer", client)
    assert caught.value.request_id is None
    assert pickle.loads(pickle.dumps(caught.value)).request_id is None


@pytest.mark.parametrize("mode", MODES)
async def test_log_lines_carry_the_request_id(
    api: FakePayCombat, client: AuthenticatedClient, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    envelope = await canned_envelope(mode, "getCustomer", client, api)
    api.script(
        "getCustomer",
        Scripted(503, {"status": False, "message": "busy"}, {"X-Request-Id": "r-503"}),
        Scripted(200, envelope, {"X-Request-Id": "r-200"}),
    )
    with caplog.at_level(logging.DEBUG, logger="paycombat_client"):
        await call(mode, "getCustomer", client)
        await call(mode, "disableCustomer", client)
    lines = [record.getMessage() for record in caplog.records if record.name == "paycombat_client"]
    retry = next(line for line in lines if line.startswith("retrying"))
    assert retry.endswith("after HTTP 503 (request id r-503)")
    assert any(
        line.startswith("GET /api/v1/customer/customer/customer_1 -> 200 ") and "(request id r-200)" in line
        for line in lines
    )
    wrapped = api.hits_for("disableCustomer")[0]
    assert wrapped.verdict == "ok"
    assert any(line.startswith(f"PATCH {wrapped.path} -> 200 ") and "(request id " in line for line in lines)
