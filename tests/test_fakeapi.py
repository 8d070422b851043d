"""The fake PayCombat server judges requests correctly (checked with raw httpx2, not the SDK)."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import socket
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx2
import pytest
from jsonschema import Draft202012Validator
from paycombat_client.testing import _world as world_module
from paycombat_client.testing._sample import sample
from paycombat_client.testing._spec import load_spec
from paycombat_client.testing._world import request_body

from support.calls import spec_operation
from support.fakeapi import (
    BODYLESS_OPERATIONS,
    AnyRecordWorld,
    FakePayCombat,
    Scripted,
    with_a_key_from_the_future,
)
from support.nodejudge import NodeJudge
from support.operations import OPERATIONS, SPEC

TOKEN = FakePayCombat.TOKEN
KEY = FakePayCombat.SIGNATURE_KEY
EMPTY_SIGNATURE = hmac.new(KEY.encode("utf-8"), b"{}", hashlib.sha256).hexdigest()

# Exactly what JSON.stringify writes: raw UTF-8, "/" unescaped, integral numbers without ".0".
CUSTOMER_BODY = (
    '{"description":"Café / Zürich","type":"individual","organization_reference_id":"ref-42",'
    '"individual":{"first_name":"Zoë","last_name":"Ng","address_country":"NZ"}}'
).encode()


def sign(body: bytes) -> str:
    return hmac.new(KEY.encode("utf-8"), body, hashlib.sha256).hexdigest()


def signed_headers(body: bytes) -> dict[str, str]:
    headers = {"X-token": TOKEN, "signature": sign(body) if body else EMPTY_SIGNATURE}
    if body:
        headers["Content-Type"] = "application/json"
    return headers


def find_key(value: Any, key: str) -> bool:
    if isinstance(value, dict):
        return key in value or any(find_key(v, key) for v in value.values())
    if isinstance(value, list):
        return any(find_key(v, key) for v in value)
    return False


@pytest.fixture
def client(api: FakePayCombat) -> Iterator[httpx2.Client]:
    # trust_env=False: a proxy from the environment must never see these requests.
    with httpx2.Client(base_url=api.base_url, trust_env=False, timeout=10) as http:
        yield http


def test_signed_post_is_accepted(api: FakePayCombat, client: httpx2.Client, node_judge: NodeJudge) -> None:
    assert node_judge.roundtrip(CUSTOMER_BODY) == CUSTOMER_BODY
    # Python's HMAC with the non-ASCII key agrees with the docs' way and with Node's raw HMAC.
    assert sign(CUSTOMER_BODY) == node_judge.docs_signature(CUSTOMER_BODY, KEY)
    assert sign(CUSTOMER_BODY) == node_judge.raw_signature(CUSTOMER_BODY, KEY)

    response = client.post("/api/v1/customer/create", content=CUSTOMER_BODY, headers=signed_headers(CUSTOMER_BODY))

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    payload = response.json()
    assert payload["status"] is True
    assert payload["message"] == "Created"
    customer = payload["data"]
    assert customer["customer_id"].startswith("customer_")
    assert customer["description"] == "Café / Zürich"
    assert customer["type"] == "individual"
    assert customer["organization_reference_id"] == "ref-42"
    assert customer["individual"]["first_name"] == "Zoë"
    assert "extra_field_from_future" in customer
    (hit,) = api.hits
    assert (hit.operation_id, hit.method, hit.path, hit.verdict) == (
        "createCustomer",
        "POST",
        "/api/v1/customer/create",
        "ok",
    )
    assert hit.body == CUSTOMER_BODY
    assert hit.headers["x-token"] == TOKEN
    assert hit.headers["content-type"] == "application/json"
    assert api.hits_for("createCustomer") == [hit]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b'{"amount":100.0}', id="python-float"),
        pytest.param(b'{"name":"Caf\\u00e9"}', id="ascii-escape"),
        pytest.param(b'{"url":"a\\/b"}', id="escaped-slash"),
        pytest.param(b'{"amount": 100}', id="spaces"),
        pytest.param(b'{"amount":1e+16}', id="exponent"),
        pytest.param(b'{"b":1,"10":2}', id="key-order"),
    ],
)
def test_body_that_is_not_stringify_output_is_rejected(api: FakePayCombat, client: httpx2.Client, body: bytes) -> None:
    # Correctly signed over the bytes sent, yet not what JSON.stringify writes.
    response = client.post("/api/v1/payin/create", content=body, headers=signed_headers(body))

    assert response.status_code == 400
    assert response.json() == {"status": False, "message": "Body is not JSON.stringify output"}
    assert [h.verdict for h in api.hits] == ["not JSON.stringify output"]


def test_body_that_is_not_json_is_rejected(api: FakePayCombat, client: httpx2.Client) -> None:
    body = b'{"amount":'
    response = client.post("/api/v1/payin/create", content=body, headers=signed_headers(body))

    assert response.status_code == 400
    assert response.json()["message"] == "Body is not JSON.stringify output"
    assert api.hits[0].verdict == "not JSON"


def test_wrong_signature_is_rejected(api: FakePayCombat, client: httpx2.Client) -> None:
    headers = signed_headers(CUSTOMER_BODY)
    headers["signature"] = hmac.new(b"another-key", CUSTOMER_BODY, hashlib.sha256).hexdigest()

    response = client.post("/api/v1/customer/create", content=CUSTOMER_BODY, headers=headers)

    assert response.status_code == 401
    assert response.json() == {"status": False, "message": "Invalid signature"}
    assert api.hits[0].verdict == "bad signature"


def test_signature_over_latin1_key_is_rejected(api: FakePayCombat, client: httpx2.Client) -> None:
    # The classic mistake with a non-ASCII key: encoding it other than as UTF-8.
    headers = signed_headers(CUSTOMER_BODY)
    headers["signature"] = hmac.new(KEY.encode("latin-1"), CUSTOMER_BODY, hashlib.sha256).hexdigest()

    response = client.post("/api/v1/customer/create", content=CUSTOMER_BODY, headers=headers)

    assert response.status_code == 401


@pytest.mark.parametrize("token", ["snd_wrong", None])
def test_wrong_or_missing_token_is_rejected(api: FakePayCombat, client: httpx2.Client, token: str | None) -> None:
    headers = signed_headers(CUSTOMER_BODY)
    del headers["X-token"]
    if token is not None:
        headers["X-token"] = token

    response = client.post("/api/v1/customer/create", content=CUSTOMER_BODY, headers=headers)

    assert response.status_code == 401
    assert response.json() == {"status": False, "message": "Invalid token"}
    assert api.hits[0].verdict == "bad token"


def test_get_signed_over_empty_object_is_accepted(api: FakePayCombat, client: httpx2.Client) -> None:
    response = client.get("/api/v1/customer/customer/customer_abc123", headers=signed_headers(b""))

    assert response.status_code == 200
    payload = response.json()
    assert payload["status"] is True
    assert payload["data"]["customer_id"] == "customer_abc123"
    (hit,) = api.hits_for("getCustomer")
    assert hit.verdict == "ok"
    assert hit.body == b""
    assert hit.path_params == {"customer_id": "customer_abc123"}


def test_path_parameter_is_percent_decoded(api: FakePayCombat, client: httpx2.Client) -> None:
    response = client.get("/api/v1/payin/retrieve-payin/pay%20in%2F1", headers=signed_headers(b""))

    assert response.status_code == 200
    assert response.json()["data"]["id"] == "pay in/1"
    assert api.hits[0].path == "/api/v1/payin/retrieve-payin/pay%20in%2F1"
    assert api.hits[0].path_params == {"id": "pay in/1"}


def test_get_without_signature_is_rejected(api: FakePayCombat, client: httpx2.Client) -> None:
    response = client.get("/api/v1/merchant/balance/AUD", headers={"X-token": TOKEN})

    assert response.status_code == 401
    assert response.json() == {"status": False, "message": "Invalid signature"}
    assert api.hits[0].verdict == "bad signature"


def test_get_signed_over_empty_string_is_rejected(api: FakePayCombat, client: httpx2.Client) -> None:
    response = client.get("/api/v1/merchant/balance/AUD", headers={"X-token": TOKEN, "signature": sign(b"")})

    assert response.status_code == 401


def test_bodyless_operation_with_body_is_rejected(api: FakePayCombat, client: httpx2.Client) -> None:
    body = b"{}"
    response = client.request(
        "PATCH", "/api/v1/customer/disable/customer_abc", content=body, headers=signed_headers(body)
    )

    assert response.status_code == 400
    assert api.hits[0].verdict == "unexpected body"


def test_bodyless_request_with_json_content_type_is_rejected(api: FakePayCombat, client: httpx2.Client) -> None:
    headers = {**signed_headers(b""), "Content-Type": "application/json"}

    response = client.get("/api/v1/checkout/retrieve/chk_1", headers=headers)

    assert response.status_code == 400
    assert api.hits[0].verdict == "JSON content type without body"


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/json; charset=latin-1"])
def test_body_needs_json_content_type(api: FakePayCombat, client: httpx2.Client, content_type: str | None) -> None:
    headers = signed_headers(CUSTOMER_BODY)
    del headers["Content-Type"]
    if content_type is not None:
        headers["Content-Type"] = content_type

    response = client.post("/api/v1/customer/create", content=CUSTOMER_BODY, headers=headers)

    assert response.status_code == 400
    assert api.hits[0].verdict == "bad content type"


def test_json_content_type_with_utf8_charset_is_accepted(api: FakePayCombat, client: httpx2.Client) -> None:
    headers = {**signed_headers(CUSTOMER_BODY), "Content-Type": "application/json; charset=utf-8"}

    response = client.post("/api/v1/customer/create", content=CUSTOMER_BODY, headers=headers)

    assert response.status_code == 200


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/v1/nope"),
        ("GET", "/api/v1/customer/create"),  # known path, wrong method
        ("GET", "/api/v1/customer/customer/"),  # empty path parameter
        ("GET", "/api/v1/customer/customer/a/b"),  # parameter spans two segments
        ("POST", "/api/v1/customer/create/"),
    ],
)
def test_unknown_route_is_404(api: FakePayCombat, client: httpx2.Client, method: str, path: str) -> None:
    response = client.request(method, path, headers=signed_headers(b""))

    assert response.status_code == 404
    assert response.json() == {"status": False, "message": "Route not found"}
    (hit,) = api.hits
    assert hit.operation_id is None
    assert hit.verdict == "unknown route"


def test_scripted_503_then_the_worlds_answer(api: FakePayCombat, client: httpx2.Client) -> None:
    api.script("retrievePayout", Scripted(503, "<html><body>Service Unavailable</body></html>"))
    path = "/api/v1/payout-method/retrieve-payout/8d3c1f7e-0000-4000-8000-000000000001"

    first = client.get(path, headers=signed_headers(b""))
    second = client.get(path, headers=signed_headers(b""))

    assert first.status_code == 503
    assert first.headers["content-type"] == "text/html; charset=utf-8"
    assert first.text == "<html><body>Service Unavailable</body></html>"
    assert second.status_code == 200
    assert second.json()["message"] == "Success retrieve payout"
    assert second.json()["data"]["id"] == "8d3c1f7e-0000-4000-8000-000000000001"
    assert [h.verdict for h in api.hits_for("retrievePayout")] == ["ok", "ok"]


def test_scripted_answers_are_fifo_and_keep_headers(api: FakePayCombat, client: httpx2.Client) -> None:
    api.script(
        "getPayoutBalance",
        Scripted(400, {"status": False, "message": "Bad Request"}, headers={"X-Request-Id": "r1"}),
        Scripted(200, b"", headers={"Content-Type": "application/json"}),
    )

    first = client.get("/api/v1/merchant/balance/SGD", headers=signed_headers(b""))
    second = client.get("/api/v1/merchant/balance/SGD", headers=signed_headers(b""))
    third = client.get("/api/v1/merchant/balance/SGD", headers=signed_headers(b""))

    assert (first.status_code, first.json(), first.headers["x-request-id"]) == (
        400,
        {"status": False, "message": "Bad Request"},
        "r1",
    )
    assert (second.status_code, second.content) == (200, b"")
    assert third.json()["data"]["currency"] == "SGD"


def test_scripted_answer_is_not_spent_on_rejected_request(api: FakePayCombat, client: httpx2.Client) -> None:
    api.script("getCheckout", Scripted(418))

    rejected = client.get("/api/v1/checkout/retrieve/c1", headers={"X-token": TOKEN})
    served = client.get("/api/v1/checkout/retrieve/c1", headers=signed_headers(b""))

    assert (rejected.status_code, served.status_code) == (401, 418)


def test_scripted_delay(api: FakePayCombat, client: httpx2.Client) -> None:
    api.script("findTransaction", Scripted(200, {"status": True, "message": "OK", "data": {}}, delay=0.4))

    started = time.monotonic()
    response = client.get("/api/v1/transaction/find-transaction/tx_1", headers=signed_headers(b""))
    elapsed = time.monotonic() - started

    assert response.status_code == 200
    assert elapsed >= 0.4
    api.script("findTransaction", Scripted(delay=0.5))
    with pytest.raises(httpx2.ReadTimeout):
        client.get("/api/v1/transaction/find-transaction/tx_1", headers=signed_headers(b""), timeout=0.1)


def _sample_body(operation_id: str) -> bytes:
    """The request body the spec shows, as JSON.stringify writes it (no body for a bodyless operation)."""
    if operation_id in BODYLESS_OPERATIONS:
        return b""
    value = load_spec().request_example(operation_id)
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def _sample_params(operation_id: str) -> dict[str, str]:
    """Each path parameter's example from the spec."""
    return {
        p["name"]: str(sample({**p.get("schema", {}), **{k: p[k] for k in ("example", "examples") if k in p}}, {}))
        for p in spec_operation(operation_id)[1]
        if p.get("in") == "path"
    }


def _sample_path(template: str, params: dict[str, str]) -> str:
    for name, value in params.items():
        template = template.replace(f"{{{name}}}", value)
    return template


def _response_schema(operation_id: str) -> Draft202012Validator:
    schema = spec_operation(operation_id)[0]["responses"]["2XX"]["content"]["application/json"]["schema"]
    return Draft202012Validator({**schema, "components": SPEC["components"]})


def _keys(value: Any) -> Any:
    """The shape of a JSON value: the keys of each object, recursively, without the key from the future."""
    if isinstance(value, dict):
        return {k: _keys(v) for k, v in value.items() if k != "extra_field_from_future"}
    if isinstance(value, list):
        return [_keys(v) for v in value[:1]]
    return None


@pytest.mark.parametrize(("operation_id", "method", "template", "takes_body"), OPERATIONS, ids=lambda v: str(v))
def test_every_operation_of_the_spec_is_answered_with_the_record_the_sandboxs_world_builds(
    api: FakePayCombat, client: httpx2.Client, operation_id: str, method: str, template: str, takes_body: bool
) -> None:
    body, params = _sample_body(operation_id), _sample_params(operation_id)

    response = client.request(method, _sample_path(template, params), content=body, headers=signed_headers(body))

    assert response.status_code == 200, response.text
    payload = response.json()
    assert [(h.operation_id, h.verdict) for h in api.hits] == [(operation_id, "ok")]
    assert find_key(payload["data"], "extra_field_from_future")
    # What the shipped sandbox's world answers the same request: the same envelope, the same record shape.
    operation = load_spec().operations[operation_id]
    status, expected = AnyRecordWorld().answer(operation, params, request_body(operation, body))
    assert status == 200
    assert (payload["status"], payload["message"]) == (True, expected["message"])
    assert _keys(payload) == _keys(expected)
    if operation_id not in world_module.HANDLERS:  # an operation added to the spec since: the spec's answer
        assert payload == with_a_key_from_the_future(load_spec().answer(operation_id))
    assert list(_response_schema(operation_id).iter_errors(payload)) == []


@pytest.mark.parametrize(("operation_id", "method", "template", "takes_body"), OPERATIONS, ids=lambda v: str(v))
def test_without_a_handler_an_operation_gets_the_sandboxs_answer_from_the_spec(
    api: FakePayCombat,
    client: httpx2.Client,
    monkeypatch: pytest.MonkeyPatch,
    operation_id: str,
    method: str,
    template: str,
    takes_body: bool,
) -> None:
    monkeypatch.delitem(world_module.HANDLERS, operation_id, raising=False)
    body, params = _sample_body(operation_id), _sample_params(operation_id)

    response = client.request(method, _sample_path(template, params), content=body, headers=signed_headers(body))

    assert response.status_code == 200, response.text
    payload = response.json()
    assert payload == with_a_key_from_the_future(load_spec().answer(operation_id))
    assert (payload["status"], payload["message"]) == (True, "OK")
    assert list(_response_schema(operation_id).iter_errors(payload)) == []
    assert find_key(payload["data"], "extra_field_from_future")


def test_customer_state_changes_use_upstream_wrapper(api: FakePayCombat, client: httpx2.Client) -> None:
    for method, path, active in [
        ("PATCH", "/api/v1/customer/disable/customer_x1", False),
        ("PATCH", "/api/v1/customer/enable/customer_x1", True),
        ("DELETE", "/api/v1/customer/customer/customer_x1", False),
    ]:
        wrapper = client.request(method, path, headers=signed_headers(b"")).json()["data"]
        assert wrapper["success"] is True
        assert (wrapper["status_code"], wrapper["status_text"]) == (200, "OK")
        assert {"request_id", "request_time"} <= wrapper.keys()
        assert (wrapper["data"]["customer_id"], wrapper["data"]["is_active"]) == ("customer_x1", active)
        assert "extra_field_from_future" in wrapper["data"]  # the wrapped record carries one too


def test_payin_quirks(client: httpx2.Client) -> None:
    payin = client.get("/api/v1/payin/retrieve-payin/p1", headers=signed_headers(b"")).json()["data"]

    # The currency code lives in amount_type and the kind of currency in currency, as PayCombat sends them.
    assert (payin["id"], payin["amount_type"], payin["currency"]) == ("p1", "AUD", "FIAT")
    assert (payin["amount"], payin["original_amount"]) == (50, "50.00")  # a number, and text
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", payin["created_at"])


def test_a_record_made_up_on_first_read_is_kept_and_changed_like_the_sandboxs(client: httpx2.Client) -> None:
    path = "/api/v1/customer/customer/customer_kept"
    first = client.get(path, headers=signed_headers(b"")).json()["data"]
    update = b'{"customer_id":"customer_kept","description":""}'
    updated = client.patch("/api/v1/customer/update", content=update, headers=signed_headers(update))
    disabled = client.patch("/api/v1/customer/disable/customer_kept", headers=signed_headers(b""))
    again = client.get(path, headers=signed_headers(b"")).json()["data"]

    assert (updated.status_code, disabled.status_code) == (200, 200)
    assert first["description"] == "Onboarding customer"  # what the spec's example request creates
    assert (again["description"], again["is_active"]) == (None, False)  # an empty string clears a field
    assert again["created_at"] == first["created_at"]


def test_a_created_record_is_the_one_read_back(api: FakePayCombat, client: httpx2.Client) -> None:
    body = _sample_body("createPayout")
    created = client.post("/api/v1/payout/create-payout", content=body, headers=signed_headers(body)).json()["data"]
    path = f"/api/v1/payout-method/retrieve-payout/{created['id']}"
    read = client.get(path, headers=signed_headers(b"")).json()["data"]

    assert read == created
    assert (read["original_amount"], read["sender_currency"], read["status"]) == ("50.00", "AUD", "PENDING")
    listed = client.get("/api/v1/payout/get-all-payout", headers=signed_headers(b"")).json()["data"]
    assert [payout["id"] for payout in listed["items"]] == [created["id"]]


def test_a_body_the_specs_schema_refuses_is_refused_naming_the_field(api: FakePayCombat, client: httpx2.Client) -> None:
    api.script("createCustomer", Scripted(418))
    body = b'{"type":"individual"}'

    refused = client.post("/api/v1/customer/create", content=body, headers=signed_headers(body))
    no_body = client.post("/api/v1/customer/create", headers=signed_headers(b""))

    assert (refused.status_code, refused.json()["field"]) == (400, "description")
    assert refused.json()["message"] == "Invalid request body: description is required"
    assert (no_body.status_code, no_body.json()["message"]) == (400, "This operation needs a JSON body")
    assert [h.verdict for h in api.hits] == ["breaks the spec's schema"] * 2
    served = client.post("/api/v1/customer/create", content=CUSTOMER_BODY, headers=signed_headers(CUSTOMER_BODY))
    assert served.status_code == 418  # a refused request spends no scripted answer


def test_what_the_world_refuses_is_its_error_envelope(api: FakePayCombat, client: httpx2.Client) -> None:
    response = client.get("/api/v1/merchant/balance/AUDX", headers=signed_headers(b""))

    assert response.status_code == 400
    assert response.json() == {
        "status": False,
        "message": "currency must be a three-letter ISO-4217 code",
        "field": "currency",
    }
    assert api.hits[0].verdict == "ok"  # the judge accepted it; the world refused it


def test_reset_clears_hits_scripts_and_records(api: FakePayCombat, client: httpx2.Client) -> None:
    api.script("getCheckout", Scripted(500))
    client.get("/api/v1/nope")
    before = client.get("/api/v1/transaction/find-transaction/tx_1", headers=signed_headers(b"")).json()["data"]
    api.reset()

    response = client.get("/api/v1/checkout/retrieve/c1", headers=signed_headers(b""))
    after = client.get("/api/v1/transaction/find-transaction/tx_1", headers=signed_headers(b"")).json()["data"]

    assert response.status_code == 200
    assert len(api.hits) == 2
    assert after["transaction_id"] == before["transaction_id"] == "tx_1"
    assert after["event_id"] != before["event_id"]  # made up afresh: the old world is gone
    with pytest.raises(ValueError, match="unknown operation"):
        api.script("noSuchOperation", Scripted())


def test_binds_only_to_loopback_127_0_0_1(api: FakePayCombat) -> None:
    url = urlsplit(api.base_url)
    assert url.scheme == "http"
    assert url.hostname == "127.0.0.1"
    assert url.port
    with socket.create_connection(("127.0.0.1", url.port), timeout=2):
        pass
    # A wildcard bind would accept on any loopback address; 127.0.0.1 alone must not.
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.2", url.port), timeout=2):
        pass


def test_stop_releases_the_port(node_judge: NodeJudge) -> None:
    with FakePayCombat(node_judge) as server:
        port = urlsplit(server.base_url).port
        assert port
        body = json.dumps({"n": 1}).replace(" ", "").encode()
        with httpx2.Client(trust_env=False) as http:
            response = http.post(f"{server.base_url}/api/v1/payin/create", content=body, headers=signed_headers(body))
        assert response.status_code == 200
    server.stop()  # a second stop is harmless
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass
