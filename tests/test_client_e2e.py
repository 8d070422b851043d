"""The generated client, sync and async, for every operation, against the fake PayCombat server.

The server judges each request with Node (body == JSON.stringify(JSON.parse(body)), signature ==
HMAC of JSON.stringify(parsed body)); these tests also check what the server saw, byte for byte.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

import httpx2
import paycombat_client
import pytest
from paycombat_client import AuthenticatedClient, PayCombatError, RequestEncodingError
from paycombat_client.api.checkout import get_checkout
from paycombat_client.api.customer import (
    create_customer,
    get_customer,
    update_customer,
)
from paycombat_client.api.payout import create_payout
from paycombat_client.models import (
    UpdateCustomerRequest,
    UpstreamCustomerResponse,
)

from support.calls import CALLS, customer_body, payout_body
from support.fakeapi import FakePayCombat
from support.nodejudge import NodeJudge


def _check_hit(api: FakePayCombat, judge: NodeJudge, operation_id: str, kwargs: dict[str, Any]) -> None:
    [hit] = api.hits
    assert hit.operation_id == operation_id
    assert hit.verdict == "ok"
    assert hit.headers["x-token"] == api.TOKEN
    body = kwargs.get("body")
    if body is None:
        assert hit.body == b""
        assert "content-type" not in hit.headers
        assert hit.headers["signature"] == judge.docs_signature(b"{}", api.SIGNATURE_KEY)
    else:
        assert json.loads(hit.body) == body.to_dict()
        assert judge.roundtrip(hit.body) == hit.body
        assert hit.headers["signature"] == judge.docs_signature(hit.body, api.SIGNATURE_KEY)
        assert hit.headers["content-type"] == "application/json"


def _check_parsed(parsed: Any, expected: type) -> None:
    assert isinstance(parsed, expected)
    assert parsed.status is True
    record = parsed.data.data if isinstance(parsed, UpstreamCustomerResponse) else parsed.data
    if isinstance(record, list):  # a list envelope: check its first record
        record = record[0]
    # The fake server adds a key the spec does not know: it must survive parsing.
    assert "extra_field_from_future" in record.additional_properties


@pytest.mark.parametrize("operation_id", sorted(CALLS))
@pytest.mark.parametrize("detailed", [False, True], ids=["sync", "sync_detailed"])
def test_sync(
    operation_id: str, detailed: bool, api: FakePayCombat, client: AuthenticatedClient, node_judge: NodeJudge
) -> None:
    call = CALLS[operation_id]
    module, arguments, expected = call.api(), call.arguments, call.parsed
    kwargs = arguments()
    if detailed:
        response = module.sync_detailed(client=client, **kwargs)
        assert response.status_code == 200
        assert json.loads(response.content)["status"] is True
        parsed = response.parsed
    else:
        parsed = module.sync(client=client, **kwargs)
    _check_parsed(parsed, expected)
    _check_hit(api, node_judge, operation_id, kwargs)


@pytest.mark.anyio
@pytest.mark.parametrize("operation_id", sorted(CALLS))
@pytest.mark.parametrize("detailed", [False, True], ids=["asyncio", "asyncio_detailed"])
async def test_async(
    operation_id: str, detailed: bool, api: FakePayCombat, client: AuthenticatedClient, node_judge: NodeJudge
) -> None:
    call = CALLS[operation_id]
    module, arguments, expected = call.api(), call.arguments, call.parsed
    kwargs = arguments()
    if detailed:
        response = await module.asyncio_detailed(client=client, **kwargs)
        assert response.status_code == 200
        parsed = response.parsed
    else:
        parsed = await module.asyncio(client=client, **kwargs)
    await client.aclose()
    _check_parsed(parsed, expected)
    _check_hit(api, node_judge, operation_id, kwargs)


def test_body_bytes_are_what_javascript_writes(api: FakePayCombat, client: AuthenticatedClient) -> None:
    create_customer.sync(client=client, body=customer_body())
    create_payout.sync(client=client, body=payout_body(100.0))
    customer, payout = (hit.body.decode("utf-8") for hit in api.hits)
    assert '"description":"Café / x — onboarding"' in customer
    assert '"metadata":{"2":"two","10":"ten","b":1,"note":"café / 東京 ☕"}' in customer
    assert '"sender_amount":100,' in payout
    assert '"beneficiary_amount":10.5,' in payout


@pytest.mark.parametrize(
    ("amount", "path"),
    [(math.nan, "$.sender_amount"), (math.inf, "$.sender_amount"), (2.0**53 + 2, None)],
)
def test_unsendable_values_are_refused_before_any_io(
    api: FakePayCombat, client: AuthenticatedClient, amount: float, path: str | None
) -> None:
    body = payout_body(amount)
    if path is None:  # a float above 2**53 is a valid JS number; an int of that size is not
        body.additional_properties["order_ref_number"] = 2**53 + 2
        path = "$.order_ref_number"
    with pytest.raises(RequestEncodingError) as caught:
        create_payout.sync(client=client, body=body)
    assert caught.value.path == path
    assert api.hits == []


def test_lone_surrogate_is_refused_before_any_io(api: FakePayCombat, client: AuthenticatedClient) -> None:
    with pytest.raises(RequestEncodingError):
        update_customer.sync(client=client, body=UpdateCustomerRequest(customer_id="c", description="bad \ud800"))
    assert api.hits == []


def test_a_users_own_httpx_client_still_signs(api: FakePayCombat, node_judge: NodeJudge) -> None:
    seen: list[httpx2.Request] = []
    with httpx2.Client(event_hooks={"request": [seen.append]}, headers={"X-Merchant-Trace": "t-1"}) as own:
        client = AuthenticatedClient(
            base_url=api.base_url, token=api.TOKEN, signature_key=api.SIGNATURE_KEY, http_client=own
        )
        create_customer.sync(client=client, body=customer_body())
        get_customer.sync("customer_1", client=client)
        client.close()
        assert not own.is_closed  # not ours to close
    assert [h.verdict for h in api.hits] == ["ok", "ok"]
    assert len(seen) == 2
    assert api.hits[0].headers["x-merchant-trace"] == "t-1"


@pytest.mark.anyio
async def test_a_users_own_async_httpx_client_still_signs(api: FakePayCombat) -> None:
    async with httpx2.AsyncClient() as own:
        client = AuthenticatedClient(base_url=api.base_url, token=api.TOKEN, signature_key=api.SIGNATURE_KEY)
        client.set_async_httpx_client(own)
        await create_payout.asyncio(client=client, body=payout_body())
        await get_checkout.asyncio("chk_1", client=client)
    assert [h.verdict for h in api.hits] == ["ok", "ok"]


def _check_client_headers(hit_headers: dict[str, str]) -> None:
    assert hit_headers["accept"] == "application/json"
    assert hit_headers["user-agent"].startswith(f"paycombat-client/{paycombat_client.__version__} python/3.")
    assert re.search(r" httpx2/\d+\.\d+\.\d+$", hit_headers["user-agent"])
    assert hit_headers["x-merchant"] == "m-1"


def test_every_request_carries_the_clients_headers_whichever_httpx_client_carries_it(api: FakePayCombat) -> None:
    made_here = AuthenticatedClient(
        base_url=api.base_url,
        token=api.TOKEN,
        signature_key=api.SIGNATURE_KEY,
        headers={"X-Merchant": "m-1"},
        httpx_args={"headers": {"X-Trace": "t-1", "User-Agent": "replaced"}},
    )
    with made_here, httpx2.Client(headers={"X-Trace": "t-2"}) as own:
        create_customer.sync(client=made_here, body=customer_body())
        get_customer.sync("customer_1", client=made_here)
        carried_by_own = AuthenticatedClient(
            base_url=api.base_url,
            token=api.TOKEN,
            signature_key=api.SIGNATURE_KEY,
            headers={"X-Merchant": "m-1"},
            http_client=own,
        )
        create_customer.sync(client=carried_by_own, body=customer_body())
        get_customer.sync("customer_1", client=carried_by_own.with_options(max_retries=0))
        assert "x-merchant" not in own.headers  # a user's client is never changed
        assert own.headers["user-agent"].startswith("python-httpx2/")
    assert [hit.verdict for hit in api.hits] == ["ok"] * 4
    for hit, trace in zip(api.hits, ["t-1", "t-1", "t-2", "t-2"], strict=True):
        _check_client_headers(hit.headers)
        assert hit.headers["x-trace"] == trace


@pytest.mark.anyio
async def test_every_async_request_carries_the_clients_headers(api: FakePayCombat) -> None:
    async with (
        AuthenticatedClient(
            base_url=api.base_url, token=api.TOKEN, signature_key=api.SIGNATURE_KEY, headers={"X-Merchant": "m-1"}
        ) as made_here,
        httpx2.AsyncClient() as own,
    ):
        await create_payout.asyncio(client=made_here, body=payout_body())
        carried_by_own = AuthenticatedClient(
            base_url=api.base_url, token=api.TOKEN, signature_key=api.SIGNATURE_KEY, headers={"X-Merchant": "m-1"}
        ).set_async_httpx_client(own)
        await get_checkout.asyncio("chk_1", client=carried_by_own)
        assert "x-merchant" not in own.headers
    assert [hit.verdict for hit in api.hits] == ["ok", "ok"]
    for hit in api.hits:
        _check_client_headers(hit.headers)


def test_wrong_key_is_rejected_by_the_server(api: FakePayCombat) -> None:
    from paycombat_client import AuthenticationError

    client = AuthenticatedClient(base_url=api.base_url, token=api.TOKEN, signature_key="not-the-key")
    with pytest.raises(AuthenticationError) as caught:
        get_customer.sync("customer_1", client=client)
    assert caught.value.message == "Invalid signature"
    assert api.hits[0].verdict == "bad signature"


def test_credentials_come_from_the_environment(api: FakePayCombat, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAYCOMBAT_TOKEN", api.TOKEN)
    monkeypatch.setenv("PAYCOMBAT_SIGNATURE_KEY", api.SIGNATURE_KEY)
    with AuthenticatedClient(base_url=api.base_url) as client:
        get_customer.sync("customer_1", client=client)
    assert api.hits[0].verdict == "ok"


def test_missing_credentials_fail_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAYCOMBAT_TOKEN", raising=False)
    monkeypatch.delenv("PAYCOMBAT_SIGNATURE_KEY", raising=False)
    with pytest.raises(PayCombatError, match="PAYCOMBAT_TOKEN"):
        AuthenticatedClient(signature_key="k")
    with pytest.raises(PayCombatError, match="PAYCOMBAT_SIGNATURE_KEY"):
        AuthenticatedClient(token="t")


def test_defaults_and_repr_keep_secrets_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAYCOMBAT_BASE_URL", raising=False)
    client = AuthenticatedClient(token="snd_secret_token", signature_key="secret-key-value")
    assert client.base_url == "https://api.paycombat.com"
    assert client.timeout.connect == 5.0 and client.timeout.read == 30.0
    assert client.max_retries == 2
    for text in (repr(client), str(client), repr(client.auth), repr(client.with_options(max_retries=0))):
        assert "snd_secret_token" not in text and "secret-key-value" not in text


@pytest.mark.parametrize("timeout", [None, httpx2.Timeout(None), httpx2.Timeout(5.0, read=None)])
def test_no_timeout_is_refused(timeout: Any) -> None:
    with pytest.raises(ValueError, match="timeout"):
        AuthenticatedClient(token="t", signature_key="k", timeout=timeout)


MERCHANT = {"X-Merchant": "m-1"}


class _Stamping(httpx2.Client):
    """A user's client that adds a header in its own build_request."""

    def build_request(self, *args: Any, **kwargs: Any) -> httpx2.Request:
        request = super().build_request(*args, **kwargs)
        request.headers["X-Stamped"] = "yes"
        return request


def test_what_a_users_httpx2_client_adds_to_requests_still_arrives(api: FakePayCombat) -> None:
    # The pipeline builds requests itself where httpx2's build_request would add nothing but
    # the client's headers; cookies, default query parameters, a build_request of the user's own
    # and headers changed after the client was made must still reach the server.
    with (
        httpx2.Client(cookies={"lb": "node-7"}, params={"tenant": "t9"}) as with_state,
        _Stamping() as stamping,
        AuthenticatedClient(
            base_url=api.base_url, token=api.TOKEN, signature_key=api.SIGNATURE_KEY, headers=MERCHANT
        ) as made_here,
    ):
        for http in (with_state, stamping):
            client = AuthenticatedClient(
                base_url=api.base_url,
                token=api.TOKEN,
                signature_key=api.SIGNATURE_KEY,
                headers=MERCHANT,
                http_client=http,
            )
            create_customer.sync(client=client, body=customer_body())
        made_here.get_httpx_client().headers["X-Added-Later"] = "1"
        get_customer.sync("customer_1", client=made_here)
    assert [hit.verdict for hit in api.hits] == ["ok"] * 3
    assert api.hits[0].headers["cookie"] == "lb=node-7" and api.hits[0].query == "tenant=t9"
    assert api.hits[1].headers["x-stamped"] == "yes"
    assert api.hits[2].headers["x-added-later"] == "1"
    for hit in api.hits:
        _check_client_headers(hit.headers)


@pytest.mark.anyio
async def test_what_a_users_async_httpx2_client_adds_to_requests_still_arrives(api: FakePayCombat) -> None:
    async with httpx2.AsyncClient(cookies={"lb": "node-7"}, params={"tenant": "t9"}) as with_state:
        client = AuthenticatedClient(
            base_url=api.base_url,
            token=api.TOKEN,
            signature_key=api.SIGNATURE_KEY,
            headers=MERCHANT,
            async_http_client=with_state,
        )
        await create_customer.asyncio(client=client, body=customer_body())
    [hit] = api.hits
    assert hit.verdict == "ok" and hit.headers["cookie"] == "lb=node-7" and hit.query == "tenant=t9"
    _check_client_headers(hit.headers)
