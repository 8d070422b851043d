"""paycombat_client.testing: the sandbox, against the installed package, over real HTTP on 127.0.0.1.

Answers and webhooks are validated here against spec/paycombat.yaml itself (not the sandbox's
shipped copy), and webhook signatures are judged by Node.
"""

from __future__ import annotations

import copy
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from decimal import Decimal
from importlib import resources
from typing import Any

import httpx2
import pytest
from jsonschema import Draft202012Validator
from paycombat_client import (
    APIConnectionError,
    APITimeoutError,
    AuthenticatedClient,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
)
from paycombat_client._runtime.signing import compute_signature
from paycombat_client.api.customer import get_customer
from paycombat_client.api.payout import create_payout, retrieve_payout
from paycombat_client.models import (
    CreateCheckoutVirtualAccountRequest,
    CreateCustomerRequest,
    CreateNewCheckoutRequest,
    CreatePayinRequest,
    CreatePayinVirtualAccountRequest,
    CreatePayoutRequest,
    CustomerIndividual,
    UpdateCustomerRequest,
)
from paycombat_client.testing import Sandbox, SandboxError
from paycombat_client.testing import _world as world_module
from paycombat_client.testing._spec import Spec
from paycombat_client.testing._world import HANDLERS
from paycombat_client.webhooks import PayinEvent, PayoutEvent, VirtualAccountRegistrationEvent, construct_event

from support.calls import CALLS, open_body, payout_body
from support.nodejudge import NodeJudge
from support.operations import OPERATIONS, SPEC, SPEC_PATH
from support.receiver import WebhookReceiver

TOKEN = "snd_sandbox_test"
KEY = "sandbox-key-é"  # non-ASCII: the key is used as UTF-8
ALL_OPERATIONS = {op for op, _, _, _ in OPERATIONS}


def _validator(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator({**schema, "components": SPEC["components"]})


def _response_schema(operation_id: str) -> Draft202012Validator:
    for item in SPEC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return _validator(op["responses"]["2XX"]["content"]["application/json"]["schema"])
    raise KeyError(operation_id)


def _webhook_schema(name: str) -> Draft202012Validator:
    return _validator(SPEC["components"]["requestBodies"][name]["content"]["application/json"]["schema"])


def _money_keys(operation_id: str) -> list[str]:
    """The keys of the answer's data record that the spec marks as money."""
    answer = _response_schema(operation_id).schema
    data = (
        answer["properties"]["data"]
        if "properties" in answer
        else SPEC["components"]["schemas"][answer["$ref"].rsplit("/", 1)[1]]["properties"]["data"]
    )
    record = SPEC["components"]["schemas"][data["$ref"].rsplit("/", 1)[1]] if "$ref" in data else data
    return [key for key, prop in record.get("properties", {}).items() if prop.get("x-paycombat-money")]


ERROR_SCHEMA = _validator({"$ref": "#/components/schemas/ErrorResponse"})


def _conforms(validator: Draft202012Validator, raw: bytes) -> dict[str, Any]:
    value = json.loads(raw)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]
    assert errors == []
    assert isinstance(value, dict)
    return value


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(token=TOKEN, signature_key=KEY, seed=3) as running:
        yield running


# --- every operation ---------------------------------------------------------------------------


def test_the_stateful_handlers_are_an_overlay_on_operations_of_the_spec() -> None:
    assert set(HANDLERS) <= ALL_OPERATIONS


@pytest.mark.anyio
@pytest.mark.parametrize("operation_id", sorted(ALL_OPERATIONS))
async def test_every_operation_of_the_spec_is_served_from_the_spec_where_no_handler_models_it(
    operation_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No stateful handler at all: every operation is answered from the spec, as one added later is.
    monkeypatch.setattr(world_module, "HANDLERS", {})
    call = CALLS[operation_id]
    async with Sandbox(token=TOKEN, signature_key=KEY) as sandbox, sandbox.client() as client:
        sync = call.api().sync_detailed(client=client, **call.arguments())
        async_ = await call.api().asyncio_detailed(client=client, **call.arguments())
    for response in (sync, async_):
        assert response.status_code == 200 and isinstance(response.parsed, call.parsed)
        answer = _conforms(_response_schema(operation_id), response.content)
        assert (answer["status"], answer["message"]) == (True, "OK")
    assert sync.content == async_.content  # the same answer every time
    assert calls_made(sandbox) == [(operation_id, 200)] * 2
    for key in _money_keys(operation_id):  # amounts built from the spec read as exact decimals
        assert getattr(response.parsed.data, key) == Decimal("10.50"), key


def test_a_request_the_spec_refuses_is_refused_also_where_the_answer_comes_from_the_spec(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(world_module, "HANDLERS", {})
    with Sandbox(token=TOKEN, signature_key=KEY) as sandbox:
        answer = _signed(sandbox, "POST", "/api/v1/customer/create", b'{"type":"individual"}')
        assert (answer.status_code, answer.json()["field"]) == (400, "description")
        unsigned = _raw(sandbox, "GET", "/api/v1/merchant/balance/AUD", b"", **{"X-token": TOKEN})
        assert unsigned.status_code == 401 and "signature" in unsigned.json()["message"]
        assert _signed(sandbox, "GET", "/api/v1/merchant/balance/AUD", b"").status_code == 200
    assert [status for _, status in calls_made(sandbox)] == [400, 401, 200]


def test_an_answer_from_the_spec_is_its_example_when_it_has_one_and_never_breaks_its_schema() -> None:
    document = copy.deepcopy(SPEC)
    media = document["paths"]["/api/v1/merchant/balance/{currency}"]["get"]["responses"]["2XX"]["content"]
    example = {"status": True, "message": "OK", "data": {"currency": "SGD", "total_hold_balance": "12.34"}}
    media["application/json"]["example"] = example
    assert Spec(document).answer("getPayoutBalance") == example
    built = Spec(SPEC).answer("getPayoutBalance")
    assert built["data"]["total_hold_balance"] == "10.50" and built["data"]["currency"] == "sample currency"
    media["application/json"]["example"] = {"status": True, "data": {"total_hold_balance": "1e3"}}
    with pytest.raises(ValueError, match=r"getPayoutBalance: the answer built from the spec breaks its schema"):
        Spec(document).answer("getPayoutBalance")


def test_a_request_from_the_spec_is_its_example_else_built_from_its_schema_and_never_breaks_it() -> None:
    document = copy.deepcopy(SPEC)
    media = document["paths"]["/api/v1/customer/create"]["post"]["requestBody"]["content"]["application/json"]
    shown = Spec(document).request_example("createCustomer")
    assert shown == media["example"] and shown is not media["example"]  # a copy: callers may change it
    del media["example"]
    built = Spec(document).request_example("createCustomer")
    assert {"type", "description"} <= built.keys() and built != shown
    media["example"] = {"type": "individual"}  # no description, which the schema requires
    with pytest.raises(ValueError, match=r"createCustomer: the request built from the spec breaks its schema"):
        Spec(document).request_example("createCustomer")
    with pytest.raises(ValueError, match="getCustomer takes no body"):
        Spec(SPEC).request_example("getCustomer")


Call = Callable[..., Awaitable[Any]]


async def _every_operation(sandbox: Sandbox, call: Call) -> set[str]:
    """The scenario over what the sandbox models, then every other operation of the spec once."""
    called = await _scenario(sandbox, call)
    for operation_id in sorted(ALL_OPERATIONS - called):
        await call(operation_id, **CALLS[operation_id].arguments())
    return {op for op, *_ in calls_made(sandbox)}


async def _scenario(sandbox: Sandbox, call: Call) -> set[str]:
    """Every operation of the spec once, on records the earlier calls made. Returns what was called."""
    individual = CustomerIndividual(first_name="Jennie", last_name="Kim", address_country="ID")
    individual.phone_country_code, individual.phone_number = "+62", "81234567890"
    created = await call(
        "createCustomer", body=CreateCustomerRequest(description="Café / x", type_="individual", individual=individual)
    )
    customer_id = created["data"]["customer_id"]
    assert created["data"]["individual"]["phone_number_e164"] == "+6281234567890"
    assert (await call("getCustomer", customer_id=customer_id))["data"]["description"] == "Café / x"
    updated = await call("updateCustomer", body=UpdateCustomerRequest(customer_id=customer_id, description=""))
    assert updated["data"]["description"] is None  # an empty string clears a field
    assert (await call("disableCustomer", customer_id=customer_id))["data"]["data"]["is_active"] is False
    assert (await call("enableCustomer", customer_id=customer_id))["data"]["data"]["is_active"] is True

    va = await call(
        "createPayinVirtualAccount",
        body=open_body(CreatePayinVirtualAccountRequest, payin_method_name="KDB산업은행", amount=10000, currency="KRW"),
    )
    sandbox.simulate_virtual_account(va["data"]["id"], "APPROVED")
    payin = await call("createPayin", body=open_body(CreatePayinRequest, payer_id=va["data"]["id"]))
    assert (payin["data"]["amount"], payin["data"]["amount_type"], payin["data"]["status"]) == (10000, "KRW", "PENDING")
    sandbox.simulate_payin(payin["data"]["id"], "SUCCESS")
    found = await call("retrievePayin", id=payin["data"]["id"])
    assert found["data"]["status"] == "SUCCESS"
    transaction = await call("findTransaction", transaction_id=found["data"]["transaction"])
    assert (transaction["data"]["amount"], transaction["data"]["currency"]) == ("10000.00", "KRW")

    payout = await call("createPayout", body=payout_body(amount=100.5))
    assert (await call("retrievePayout", payout_id=payout["data"]["id"]))["data"]["status"] == "PENDING"
    balance = (await call("getPayoutBalance", currency="AUD"))["data"]
    assert (balance["total_balance_available"], balance["total_hold_balance"]) == ("899.50", "100.50")

    assert (await call("getPayinMethodRequiredFields", payin_method_name="au_bank_npp"))["data"]["currency"] == "AUD"
    method = await call("getPayoutMethodRequiredFields", payout_method_name="au_bank_acct")
    assert method["data"]["payout_method_name"] == "au_bank_acct"

    checkout = sandbox.create_checkout(25000, "KRW", country_code="KR")
    assert (await call("getCheckout", id=checkout["id"]))["data"]["checkout_token"] == checkout["checkout_token"]
    chosen = await call(
        "createNewCheckout",
        body=CreateNewCheckoutRequest(checkout_token=checkout["checkout_token"], payin_method_name="KDB산업은행"),
    )
    assert chosen["data"]["payin_method_name"] == "KDB산업은행"
    checkout_va = await call(
        "createCheckoutVirtualAccount",
        body=CreateCheckoutVirtualAccountRequest(
            checkout_token=checkout["checkout_token"], payin_method_name="KDB산업은행"
        ),
    )
    assert (checkout_va["data"]["status"], checkout_va["data"]["amount"]) == ("PENDING", "25000.00")

    deleted = await call("deleteCustomer", customer_id=customer_id)
    assert deleted["data"]["data"]["customer_id"] == customer_id
    return {op for op, *_ in calls_made(sandbox)}


def calls_made(sandbox: Sandbox) -> list[tuple[str, int | None]]:
    return [(r.operation_id, r.status) for r in sandbox.requests if r.operation_id is not None]


def test_every_operation_sync_answers_as_the_spec_says() -> None:
    with Sandbox(token=TOKEN, signature_key=KEY, balances={"AUD": "1000"}) as sandbox, sandbox.client() as client:

        async def call(operation_id: str, **kwargs: Any) -> dict[str, Any]:
            response = CALLS[operation_id].api().sync_detailed(client=client, **kwargs)
            assert isinstance(response.parsed, CALLS[operation_id].parsed)
            return _conforms(_response_schema(operation_id), response.content)

        import asyncio

        called = asyncio.run(_every_operation(sandbox, call))
    assert called == ALL_OPERATIONS
    assert all(status == 200 for _, status in calls_made(sandbox))


@pytest.mark.anyio
async def test_every_operation_async_with_async_with() -> None:
    async with Sandbox(token=TOKEN, signature_key=KEY, balances={"AUD": "1000"}) as sandbox:
        async with sandbox.client() as client:

            async def call(operation_id: str, **kwargs: Any) -> dict[str, Any]:
                response = await CALLS[operation_id].api().asyncio_detailed(client=client, **kwargs)
                return _conforms(_response_schema(operation_id), response.content)

            assert await _every_operation(sandbox, call) == ALL_OPERATIONS
    assert sandbox.base_url.startswith("http://127.0.0.1:")


def test_unknown_ids_are_404s(sandbox: Sandbox) -> None:
    lookups = {
        "getCustomer": {"customer_id": "customer_nope"},
        "deleteCustomer": {"customer_id": "customer_nope"},
        "disableCustomer": {"customer_id": "customer_nope"},
        "enableCustomer": {"customer_id": "customer_nope"},
        "retrievePayin": {"id": "nope"},
        "retrievePayout": {"payout_id": "nope"},
        "getCheckout": {"id": "nope"},
        "findTransaction": {"transaction_id": "nope"},
        "getPayinMethodRequiredFields": {"payin_method_name": "nope"},
        "getPayoutMethodRequiredFields": {"payout_method_name": "nope"},
        "updateCustomer": {"body": UpdateCustomerRequest(customer_id="customer_nope")},
        "createNewCheckout": {"body": CreateNewCheckoutRequest(checkout_token="0" * 64, payin_method_name="x")},
    }
    with sandbox.client(max_retries=0) as client:
        for operation_id, kwargs in lookups.items():
            with pytest.raises(NotFoundError) as caught:
                CALLS[operation_id].api().sync(client=client, **kwargs)
            assert "not found" in caught.value.message.lower()
            _conforms(ERROR_SCHEMA, caught.value.raw_body)


def test_a_deleted_customer_is_gone(sandbox: Sandbox) -> None:
    with sandbox.client() as client:
        created = CALLS["createCustomer"].api().sync(client=client, **CALLS["createCustomer"].arguments())
        customer_id = created.data.customer_id
        CALLS["deleteCustomer"].api().sync(client=client, customer_id=customer_id)
        with pytest.raises(NotFoundError):
            get_customer.sync(customer_id, client=client)
    assert sandbox.customers == {}


# --- what the sandbox checks -------------------------------------------------------------------


def _raw(sandbox: Sandbox, method: str, path: str, body: bytes = b"", **headers: str) -> httpx2.Response:
    with httpx2.Client(base_url=sandbox.base_url, timeout=10) as http:
        return http.request(method, path, content=body, headers=headers)


def _signed(sandbox: Sandbox, method: str, path: str, body: bytes) -> httpx2.Response:
    headers = {"X-token": TOKEN, "signature": compute_signature(body or b"{}", KEY)}
    if body:
        headers["Content-Type"] = "application/json"
    return _raw(sandbox, method, path, body, **headers)


def test_a_wrong_token_or_signature_is_a_401_naming_the_check(sandbox: Sandbox) -> None:
    with AuthenticatedClient(sandbox.base_url, token="other", signature_key=KEY, max_retries=0) as wrong_token:
        with pytest.raises(AuthenticationError, match="Invalid X-token"):
            get_customer.sync("c", client=wrong_token)
    with AuthenticatedClient(sandbox.base_url, token=TOKEN, signature_key="other", max_retries=0) as wrong_key:
        with pytest.raises(AuthenticationError, match="Invalid signature"):
            get_customer.sync("c", client=wrong_key)
        with pytest.raises(AuthenticationError, match="Invalid signature"):
            create_payout.sync(client=wrong_key, body=payout_body())
    assert sandbox.payouts == {}

    path = "/api/v1/customer/customer/c"
    assert _raw(sandbox, "GET", path).json() == {"status": False, "message": "Missing X-token header"}
    assert _raw(sandbox, "GET", path, **{"X-token": TOKEN}).json()["message"] == "Missing signature header"
    # Body-less requests are signed over "{}", not over nothing.
    unsigned_empty = {"X-token": TOKEN, "signature": compute_signature(b"", KEY)}
    assert _raw(sandbox, "GET", path, **unsigned_empty).status_code == 401
    answer = _signed(sandbox, "GET", path, b"")
    assert answer.status_code == 404
    _conforms(ERROR_SCHEMA, answer.content)


def test_request_bodies_are_validated_against_the_spec_naming_the_field(sandbox: Sandbox) -> None:
    create_payout_path = "/api/v1/payout/create-payout"
    missing = b'{"sender_currency":"AUD","beneficiary_currency":"AUD","payout_method_name":"au_bank_acct"}'
    answer = _signed(sandbox, "POST", create_payout_path, missing)
    assert answer.status_code == 400
    assert answer.json() == {
        "status": False,
        "message": "Invalid request body: purpose_code is required",
        "field": "purpose_code",
    }
    customer = b'{"description":"x","type":"individual","individual":{"first_name":"A","address_country":"ID"}}'
    answer = _signed(sandbox, "POST", "/api/v1/customer/create", customer)
    assert (answer.status_code, answer.json()["field"]) == (400, "individual.last_name")
    unknown = b'{"description":"x","type":"individual","nickname":"A"}'
    assert _signed(sandbox, "POST", "/api/v1/customer/create", unknown).json()["field"] == "nickname"
    wrong_type = b'{"description":"x","type":"robot"}'
    answer = _signed(sandbox, "POST", "/api/v1/customer/create", wrong_type)
    assert answer.json()["field"] == "type" and "robot" in answer.json()["message"]
    # Signed correctly, but not what JSON.stringify writes: PayCombat might not accept it.
    python_json = json.dumps({"description": "Café", "type": "individual"}).encode()
    answer = _signed(sandbox, "POST", "/api/v1/customer/create", python_json)
    assert answer.status_code == 400 and "JSON.stringify" in answer.json()["message"]
    assert _signed(sandbox, "GET", "/api/v1/customer/customer/x", b"{}").json()["message"] == (
        "This operation takes no body"
    )
    assert _signed(sandbox, "GET", "/api/v1/nowhere", b"").status_code == 404
    assert sandbox.customers == {} and sandbox.payouts == {}


def test_the_sandbox_reads_the_spec_shipped_in_the_package() -> None:
    shipped = resources.files("paycombat_client.testing").joinpath("paycombat.yaml").read_text(encoding="utf-8")
    note, _, rest = shipped.partition("\n")
    assert note.startswith("# Copied from spec/paycombat.yaml")
    assert rest == SPEC_PATH.read_text(encoding="utf-8")


# --- lifecycles, balances, webhooks ------------------------------------------------------------


def _create_payout(client: Any, amount: float = 100.0) -> str:
    payout_id: str = create_payout.sync(client=client, body=payout_body(amount)).data.id
    return payout_id


def test_payout_lifecycle_moves_the_balance_and_sends_signed_webhooks(node_judge: NodeJudge) -> None:
    with WebhookReceiver() as merchant:
        with Sandbox(token=TOKEN, signature_key=KEY, webhook_url=merchant.url, balances={"AUD": "500"}) as sandbox:
            with sandbox.client() as client:
                first, second = _create_payout(client, 100.0), _create_payout(client, 50.25)
            assert sandbox.balance("AUD")["total_balance_available"] == "349.75"
            assert sandbox.balance("AUD")["total_hold_balance"] == "150.25"

            success = sandbox.simulate_payout(first, "SUCCESS")
            returned = sandbox.simulate_payout(first, "RETURNED")
            failed = sandbox.simulate_payout(second, "FAILED")
            assert sandbox.balance("AUD") == {
                "currency": "AUD",
                "total_balance_available": "500.00",
                "total_hold_balance": "0.00",
                "total_balance_expected": "0.00",
            }
            with pytest.raises(SandboxError, match="FAILED payout cannot become SUCCESS"):
                sandbox.simulate_payout(second, "SUCCESS")
            with pytest.raises(SandboxError, match="not found"):
                sandbox.simulate_payout("nope", "SUCCESS")
            with pytest.raises(SandboxError, match="not 'EXPIRED'"):
                sandbox.simulate_payout(first, "EXPIRED")
            assert sandbox.payouts[second]["reason_for_failure"]
    assert [d.event for d in (success, returned, failed)] == ["PAYOUT SUCCESS", "PAYOUT RETURNED", "PAYOUT FAILED"]
    assert sandbox.deliveries == [success, returned, failed]
    assert [(r.path, r.answered) for r in merchant.received] == [("/paycombat/webhook", 200)] * 3
    for delivery, received in zip(sandbox.deliveries, merchant.received, strict=True):
        assert delivery.delivered and len(delivery.attempts) == 1
        assert received.body == delivery.body
        assert node_judge.roundtrip(received.body) == received.body
        assert received.headers["x-signature"] == node_judge.docs_signature(received.body, KEY)
        _conforms(_webhook_schema("PayoutEvent"), received.body)
        event = construct_event(received.body, received.headers["x-signature"], KEY)
        assert isinstance(event, PayoutEvent) and event.status == delivery.event.split()[1]
        assert event.original_amount in (Decimal("100"), Decimal("50.25"))
        assert KEY not in repr(delivery) and received.headers["x-signature"] not in repr(delivery)


def test_payin_lifecycle_and_virtual_account_registration(node_judge: NodeJudge) -> None:
    with WebhookReceiver() as merchant:
        with Sandbox(token=TOKEN, signature_key=KEY, webhook_url=merchant.url) as sandbox, sandbox.client() as client:
            payins = CALLS["createPayin"].api()
            ids = [
                payins.sync(client=client, body=open_body(CreatePayinRequest, amount=amount, currency="AUD")).data.id
                for amount in (50, 20.5, 7)
            ]
            assert sandbox.balance("AUD")["total_balance_expected"] == "77.50"
            for payin_id, status in zip(ids, ("SUCCESS", "FAILED", "EXPIRED"), strict=True):
                sandbox.simulate_payin(payin_id, status)
            assert sandbox.balance("AUD")["total_balance_available"] == "50.00"
            assert sandbox.balance("AUD")["total_balance_expected"] == "0.00"
            with pytest.raises(SandboxError, match="SUCCESS payin cannot become FAILED"):
                sandbox.simulate_payin(ids[0], "FAILED")

            va = CALLS["createPayinVirtualAccount"].api()
            body = open_body(CreatePayinVirtualAccountRequest, payin_method_name="KDB산업은행", amount=1000)
            pending = va.sync(client=client, body=body).data.id
            with pytest.raises(BadRequestError, match="not APPROVED"):
                payins.sync(client=client, body=open_body(CreatePayinRequest, payer_id=pending))
            registration = sandbox.simulate_virtual_account(pending, "FAILED")
            with pytest.raises(BadRequestError, match="FAILED, not APPROVED"):
                payins.sync(client=client, body=open_body(CreatePayinRequest, payer_id=pending))
            # The spec requires no field of a payin: without an amount it is created and moves nothing.
            bare = payins.sync(client=client, body=open_body(CreatePayinRequest, currency="AUD")).data
            assert (bare.status, bare.amount, bare.original_amount, bare.amount_type) == ("PENDING", None, None, "AUD")
            assert payins.sync(client=client, body=CreatePayinRequest()).data.amount_type is None
            sandbox.simulate_payin(bare.id, "SUCCESS")
            assert sandbox.balance("AUD")["total_balance_available"] == "50.00"
            assert sandbox.payins[bare.id]["transaction"] is None
    events = [construct_event(r.body, r.headers["x-signature"], KEY) for r in merchant.received]
    assert [type(e) for e in events] == [PayinEvent] * 3 + [VirtualAccountRegistrationEvent, PayinEvent]
    assert [e.status for e in events] == ["SUCCESS", "FAILED", "EXPIRED", "FAILED", "SUCCESS"]
    assert isinstance(events[0], PayinEvent) and events[0].amount == Decimal(50)
    assert isinstance(events[4], PayinEvent) and events[4].amount is None
    for received in [*merchant.received[:3], merchant.received[4]]:
        _conforms(_webhook_schema("PayinEvent"), received.body)
    _conforms(_webhook_schema("VirtualAccountRegistrationEvent"), merchant.received[3].body)
    assert registration.event == "VA REGISTRATION FAILED" and registration.delivered


def test_webhooks_are_retried_a_few_times_and_every_attempt_is_kept() -> None:
    with WebhookReceiver() as merchant:
        options: dict[str, Any] = {"webhook_url": merchant.url, "webhook_backoff": 0.01}
        with Sandbox(token=TOKEN, signature_key=KEY, **options) as sandbox, sandbox.client() as client:
            merchant.answer(500, 503)
            recovered = sandbox.simulate_payout(_create_payout(client), "SUCCESS")
            merchant.answer(500, 500, 500)
            lost = sandbox.simulate_payout(_create_payout(client), "FAILED")
    assert [a.status_code for a in recovered.attempts] == [500, 503, 200] and recovered.delivered
    assert [a.status_code for a in lost.attempts] == [500, 500, 500] and not lost.delivered and lost.finished
    assert len(merchant.received) == 6
    assert len({r.body for r in merchant.received[:3]}) == 1  # a retry sends the same signed bytes

    with Sandbox(webhook_url="http://127.0.0.1:9/unreachable", webhook_backoff=0.01) as sandbox:
        with sandbox.client() as client:
            unreachable = sandbox.simulate_payout(_create_payout(client), "SUCCESS")
    assert [a.status_code for a in unreachable.attempts] == [None, None, None]
    assert all(a.error for a in unreachable.attempts) and not unreachable.delivered

    with Sandbox() as sandbox, sandbox.client() as client:  # no webhook_url: recorded, not sent
        nowhere = sandbox.simulate_payout(_create_payout(client), "SUCCESS")
    assert nowhere.url is None and nowhere.attempts == [] and nowhere.finished and not nowhere.delivered


# --- faults ------------------------------------------------------------------------------------


def test_a_payout_without_an_amount_is_created_as_the_spec_allows_and_moves_no_balance(sandbox: Sandbox) -> None:
    body = CreatePayoutRequest(
        payout_method_name="au_bank_acct", sender_currency="AUD", beneficiary_currency="AUD", purpose_code="SELF"
    )
    with sandbox.client() as client:
        payout = create_payout.sync(client=client, body=body).data
    assert (payout.status, payout.original_amount, payout.wire_amount) == ("PENDING", None, None)
    sandbox.simulate_payout(payout.id, "FAILED")
    assert sandbox.balance("AUD") == {
        "currency": "AUD",
        "total_balance_available": "0.00",
        "total_hold_balance": "0.00",
        "total_balance_expected": "0.00",
    }
    assert sandbox.transactions == {}


def test_fail_next_status_refuses_without_acting(sandbox: Sandbox) -> None:
    sandbox.fail_next("createPayout", status=503)
    with sandbox.client() as client:
        with pytest.raises(InternalServerError) as caught:
            _create_payout(client)
        assert caught.value.status_code == 503
        _conforms(ERROR_SCHEMA, caught.value.raw_body)
        assert sandbox.payouts == {}  # refused, not acted on; and createPayout is never repeated
        assert calls_made(sandbox) == [("createPayout", 503)]
        payout_id = _create_payout(client)  # only the next call failed
    assert list(sandbox.payouts) == [payout_id]


def test_fail_next_429_sends_retry_after_and_safe_calls_are_retried(sandbox: Sandbox) -> None:
    sandbox.fail_next("getPayoutBalance", status=429, retry_after=0)
    sandbox.fail_next("getPayoutBalance", status=429)
    response = _signed(sandbox, "GET", "/api/v1/merchant/balance/AUD", b"")
    assert (response.status_code, response.headers["retry-after"]) == (429, "0")
    response = _signed(sandbox, "GET", "/api/v1/merchant/balance/AUD", b"")
    assert (response.status_code, response.headers["retry-after"]) == (429, "1")  # the default
    sandbox.fail_next("getPayoutBalance", status=429, retry_after=0)
    with sandbox.client() as client:
        balance = CALLS["getPayoutBalance"].api().sync(client=client, currency="AUD")
    assert balance.data is not None
    assert calls_made(sandbox)[-2:] == [("getPayoutBalance", 429), ("getPayoutBalance", 200)]


def test_fail_next_delay_hits_the_timeout_after_the_payout_was_created(sandbox: Sandbox) -> None:
    sandbox.fail_next("createPayout", delay=3)
    with sandbox.client(timeout=0.3) as client, pytest.raises(APITimeoutError):
        _create_payout(client)
    [payout] = sandbox.payouts.values()
    assert payout["status"] == "PENDING"


def test_fail_next_after_processing_drops_the_answer_but_keeps_the_payout(sandbox: Sandbox) -> None:
    sandbox.fail_next("createPayout", after_processing=True)
    with sandbox.client() as client:
        with pytest.raises(APIConnectionError) as caught:
            _create_payout(client)
        assert not isinstance(caught.value, APITimeoutError)
        assert caught.value.request_sent is True  # the server may have acted: and it did
        [(payout_id, payout)] = sandbox.payouts.items()
        assert payout["status"] == "PENDING"
        assert calls_made(sandbox) == [("createPayout", None)]  # once: a create is never repeated
        # What the integration should do next: look the payout up instead of paying twice.
        assert retrieve_payout.sync(payout_id, client=client).data.id == payout_id


@pytest.mark.anyio
async def test_fail_next_after_processing_async() -> None:
    async with Sandbox(token=TOKEN, signature_key=KEY) as sandbox:
        sandbox.fail_next("getCustomer", after_processing=True)
        sandbox.fail_next("getCustomer", after_processing=True)
        sandbox.fail_next("getCustomer", after_processing=True)
        async with sandbox.client(max_retries=2) as client:
            with pytest.raises(APIConnectionError):
                await get_customer.asyncio("customer_x", client=client)
    assert calls_made(sandbox) == [("getCustomer", None)] * 3  # a safe call is retried


def test_fail_next_refuses_what_cannot_be_staged(sandbox: Sandbox) -> None:
    with pytest.raises(SandboxError, match="unknown operation 'createPayment'"):
        sandbox.fail_next("createPayment", status=500)
    with pytest.raises(SandboxError, match="nothing to fail"):
        sandbox.fail_next("createPayout")
    with pytest.raises(SandboxError, match="not both"):
        sandbox.fail_next("createPayout", status=500, after_processing=True)
    with pytest.raises(SandboxError, match="400-599"):
        sandbox.fail_next("createPayout", status=200)


def test_a_bad_request_does_not_use_up_a_fault(sandbox: Sandbox) -> None:
    sandbox.fail_next("getCustomer", status=500)
    assert _raw(sandbox, "GET", "/api/v1/customer/customer/c").status_code == 401
    assert _signed(sandbox, "GET", "/api/v1/customer/customer/c", b"").status_code == 500


# --- ids, lifecycle of the server, secrets ---------------------------------------------------


def _snapshot(seed: int | None) -> list[Any]:
    with Sandbox(seed=seed) as sandbox, sandbox.client() as client:
        customer = CALLS["createCustomer"].api().sync_detailed(client=client, **CALLS["createCustomer"].arguments())
        payout = _create_payout(client)
        delivery = sandbox.simulate_payout(payout, "SUCCESS")
        return [json.loads(customer.content), delivery.body, sandbox.create_checkout(10, "EUR")]


def test_a_seed_gives_the_same_ids_and_times_every_run() -> None:
    assert _snapshot(7) == _snapshot(7)
    assert _snapshot(7) != _snapshot(8)
    assert _snapshot(None) != _snapshot(None)


def test_stop_is_prompt_with_open_connections_and_a_delayed_answer() -> None:
    sandbox = Sandbox().start()
    client = sandbox.client(max_retries=0, timeout=60)
    get_customer_call = CALLS["getCustomer"].api()
    with pytest.raises(NotFoundError):
        get_customer_call.sync(client=client, customer_id="kept-alive")
    sandbox.fail_next("getCustomer", delay=60)
    outcome: list[BaseException] = []

    def slow_call() -> None:
        try:
            get_customer_call.sync(client=client, customer_id="slow")
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=slow_call)
    worker.start()
    deadline = time.monotonic() + 10
    while not sandbox.requests[1:] and time.monotonic() < deadline:
        time.sleep(0.01)
    sandbox.stop()
    worker.join(10)  # bounds a hang; the call ends as soon as the connection is dropped
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], APIConnectionError)
    assert not [t for t in threading.enumerate() if t.name.startswith("paycombat-sandbox")]
    sandbox.stop()  # twice is harmless
    with pytest.raises(httpx2.ConnectError):
        httpx2.get(sandbox.base_url, timeout=2)


def test_a_sandbox_that_is_not_running_says_so() -> None:
    sandbox = Sandbox()
    for call in (sandbox.client, lambda: sandbox.simulate_payout("p", "SUCCESS")):
        with pytest.raises(SandboxError, match="not running"):
            call()
    with sandbox, sandbox.client() as client:
        payout_id = _create_payout(client)
    with pytest.raises(SandboxError, match="not running"):
        sandbox.simulate_payout(payout_id, "SUCCESS")
    with sandbox, sandbox.client() as client:  # started again: same records, new port
        assert retrieve_payout.sync(payout_id, client=client).data.status == "PENDING"
        assert sandbox.simulate_payout(payout_id, "SUCCESS").finished


def test_no_secret_in_repr_and_a_port_in_use_is_a_sandbox_error() -> None:
    with Sandbox(token=TOKEN, signature_key=KEY) as sandbox:
        assert TOKEN not in repr(sandbox) and KEY not in repr(sandbox)
        port = int(sandbox.base_url.rsplit(":", 1)[1])
        with pytest.raises(SandboxError, match="cannot listen"):
            Sandbox(port=port).start()
        with pytest.raises(SandboxError, match="already running"):
            sandbox.start()


def test_importing_the_client_does_not_import_the_sandbox() -> None:
    code = (
        "import sys, paycombat_client, paycombat_client.api.payout, paycombat_client.webhooks\n"
        "heavy = [m for m in sys.modules if m.startswith(('paycombat_client.testing', 'jsonschema', 'yaml'))]\n"
        "assert not heavy, heavy\n"
        "import paycombat_client.testing.pytest_plugin\n"
        "heavy = [m for m in sys.modules if m.startswith(('jsonschema', 'yaml', 'paycombat_client.testing._'))]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_the_fixture_from_the_plugin(paycombat_sandbox: Sandbox) -> None:
    assert paycombat_sandbox.base_url.startswith("http://127.0.0.1:")
    with paycombat_sandbox.client() as client:
        assert _create_payout(client) in paycombat_sandbox.payouts


# --- serve(): what `paycombat sandbox` runs ----------------------------------------------------


def test_serve_runs_in_the_foreground_until_interrupted() -> None:
    code = "from paycombat_client.testing import serve; serve(port=0, token='tok', signature_key='key', seed=1)"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.append(proc.stdout.readline() if proc.stdout else ""))
        reader.start()
        reader.join(30)
        assert lines and lines[0].startswith("PayCombat sandbox listening on http://127.0.0.1:")
        base_url = lines[0].split(" on ", 1)[1].strip()
        with AuthenticatedClient(base_url, token="tok", signature_key="key", max_retries=0) as client:
            assert _create_payout(client)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate(timeout=10)
    assert proc.returncode == 0
    assert err == "" and out == ""
