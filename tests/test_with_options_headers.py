"""``client.with_options(headers=...)``: a copy that sends its own headers on its calls only, over the
client's, sharing its connections; checked like the constructor's ``headers=``. Against the
Node-judged fake server (every signed request must still be accepted), sync and async, through the
httpx2 clients the package makes and through a user's own.
"""

from __future__ import annotations

from typing import Any

import httpx2
import pytest
from paycombat_client import AuthenticatedClient, ConfigurationError

from support.calls import CALLS
from support.fakeapi import FakePayCombat

pytestmark = pytest.mark.anyio
MODES = ["sync", "asyncio"]


async def call(mode: str, operation_id: str, client: AuthenticatedClient) -> Any:
    spec = CALLS[operation_id]
    result = getattr(spec.api(), mode)(client=client, **spec.arguments())
    return await result if mode == "asyncio" else result


def own_clients(api: FakePayCombat, carrier: str, **options: Any) -> AuthenticatedClient:
    """A client of the fake server, carried by the httpx2 clients it makes or by a user's own."""
    if carrier == "users":
        options["http_client"] = httpx2.Client(timeout=5)
        options["async_http_client"] = httpx2.AsyncClient(timeout=5)
    return AuthenticatedClient(base_url=api.base_url, token=api.TOKEN, signature_key=api.SIGNATURE_KEY, **options)


@pytest.mark.parametrize("carrier", ["package", "users"])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("operation_id", ["getCustomer", "createPayout"])
async def test_a_copy_sends_its_headers_and_the_original_does_not(
    api: FakePayCombat, mode: str, carrier: str, operation_id: str
) -> None:
    client = own_clients(api, carrier, headers={"X-Merchant": "m-1", "X-Team": "payouts"})
    copy = client.with_options(headers={"X-Idempotency-Note": "batch-7", "x-team": "risk"})
    # The original first, so that a copy's headers cannot have become the shared client's defaults.
    await call(mode, operation_id, client)
    await call(mode, operation_id, copy)
    await call(mode, operation_id, client)
    first, by_copy, again = api.hits
    assert [hit.verdict for hit in api.hits] == ["ok"] * 3  # still signed as the judge expects
    for original in (first, again):
        assert original.headers["x-merchant"] == "m-1" and original.headers["x-team"] == "payouts"
        assert "x-idempotency-note" not in original.headers
    assert by_copy.headers["x-idempotency-note"] == "batch-7"
    # A name given again replaces the client's value, whatever its case; the rest is kept.
    assert by_copy.headers["x-team"] == "risk" and by_copy.headers["x-merchant"] == "m-1"
    assert by_copy.headers["user-agent"] == first.headers["user-agent"]
    assert copy.headers == {"X-Merchant": "m-1", "x-team": "risk", "X-Idempotency-Note": "batch-7"}
    assert client.headers == {"X-Merchant": "m-1", "X-Team": "payouts"}


@pytest.mark.parametrize("mode", MODES)
async def test_a_copy_shares_the_connections_of_its_client(api: FakePayCombat, mode: str) -> None:
    with own_clients(api, "package") as client:
        copy = client.with_options(headers={"X-Merchant": "m-2"}, max_retries=0)
        await call(mode, "getCustomer", copy)
        await call(mode, "getCustomer", client)
        assert copy.get_httpx_client() is client.get_httpx_client()
        assert copy.get_async_httpx_client() is client.get_async_httpx_client()
        # The shared httpx2 clients keep only the original's headers as defaults.
        for http in (client.get_httpx_client(), client.get_async_httpx_client()):
            assert "x-merchant" not in http.headers
        assert [hit.headers.get("x-merchant") for hit in api.hits] == ["m-2", None]


async def test_a_copy_of_a_copy_adds_its_headers_to_those_of_the_first(api: FakePayCombat) -> None:
    client = own_clients(api, "package")
    copy = client.with_options(headers={"X-A": "1"}).with_options(headers={"X-B": "2"}, timeout=7)
    await call("sync", "getCustomer", copy)
    assert (api.hits[0].headers["x-a"], api.hits[0].headers["x-b"]) == ("1", "2")
    assert copy.timeout.read == 7


@pytest.mark.parametrize(
    "name", ["Content-Length", "transfer-encoding", "HOST", "X-Token", "x-token", "Signature", "Content-Type"]
)
def test_a_copy_cannot_set_the_headers_the_client_sets_itself(name: str) -> None:
    client = AuthenticatedClient(token="t", signature_key="k")
    with pytest.raises(ConfigurationError, match=r"with_options\(headers=...\): .* is set by the client itself"):
        client.with_options(headers={name: "1"})


@pytest.mark.parametrize("value", ["a\r\nX-Evil: 1", "line\nbreak", " padded", "é", "nul\x00", 7])
def test_a_copy_refuses_header_values_that_would_break_the_request_without_echoing_them(value: Any) -> None:
    client = AuthenticatedClient(token="t", signature_key="k")
    with pytest.raises(ConfigurationError) as caught:
        client.with_options(headers={"X-Merchant": value})
    assert str(value) not in str(caught.value) and "X-Merchant" in str(caught.value)


@pytest.mark.parametrize("name", ["", "X Merchant", "X:y", "Ümlaut"])
def test_a_copy_refuses_invalid_header_names(name: str) -> None:
    client = AuthenticatedClient(token="t", signature_key="k")
    with pytest.raises(ConfigurationError, match="not a valid header name"):
        client.with_options(headers={name: "1"})


def test_a_refused_copy_leaves_the_client_as_it_was(api: FakePayCombat) -> None:
    client = own_clients(api, "package", headers={"X-Merchant": "m-1"})
    with pytest.raises(ConfigurationError):
        client.with_options(headers={"X-Fine": "1", "Signature": "forged"})
    assert client.headers == {"X-Merchant": "m-1"}
    client.get_httpx_client()
    assert "x-fine" not in client.get_httpx_client().headers
