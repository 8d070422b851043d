"""The downstream project (tests/downstream) against the fake server: run by ``nox -s downstream``.

Not named test_*.py: the main test session does not have the downstream project installed.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from decimal import Decimal

import paycombat_client
import pytest
from downstream_app import BankAccount, customer_summary, pay_out, payout_fee
from paycombat_client import AuthenticatedClient

from support.fakeapi import FakePayCombat, Scripted


@pytest.fixture
def client(api: FakePayCombat) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=api.base_url, token=api.TOKEN, signature_key=api.SIGNATURE_KEY) as c:
        yield c


def test_the_package_is_the_installed_wheel() -> None:
    assert paycombat_client.__file__.startswith(sys.prefix)


def test_sync_call(api: FakePayCombat, client: AuthenticatedClient) -> None:
    summary = customer_summary(client, "customer_1")
    assert summary is not None
    # The fake makes up a customer it does not hold: the one the spec's example request creates.
    assert (summary.customer_id, summary.name, summary.active) == ("customer_1", "Jennie Kim", True)
    api.script("getCustomer", Scripted(404, {"status": False, "message": "Customer not found"}))
    assert customer_summary(client, "customer_2") is None
    assert [hit.verdict for hit in api.hits] == ["ok", "ok"]


@pytest.mark.anyio
async def test_async_call(api: FakePayCombat, client: AuthenticatedClient) -> None:
    account = BankAccount(first_name="Ann", last_name="Lee", bsb="062000", account_number="123456789")
    payout_id = await pay_out(client, account, Decimal("100.10"), "order-42")
    [hit] = api.hits
    assert (hit.operation_id, hit.verdict) == ("createPayout", "ok")
    assert b'"sender_amount":100.1,' in hit.body
    assert payout_id
    fee = payout_fee(client, payout_id)
    await client.aclose()
    # Read back from the record the sandbox's world made of the request: no fee yet, as exact text.
    assert type(fee) is Decimal and str(fee) == "0.00"
