"""A small payout tool built on paycombat-client, written the way its users write code.

It only uses what the package publishes: the client, the operations and models, the error types.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from paycombat_client import AuthenticatedClient, NotFoundError, Unset
from paycombat_client.api.customer import get_customer
from paycombat_client.api.payout import create_payout, retrieve_payout
from paycombat_client.models import (
    CreatePayoutRequest,
    Customer,
    PayoutBeneficiary,
    PayoutBeneficiaryIndividual,
)

__all__ = ["BankAccount", "CustomerSummary", "customer_summary", "pay_out", "payout_fee"]


@dataclass(frozen=True)
class CustomerSummary:
    customer_id: str
    name: str
    active: bool


@dataclass(frozen=True)
class BankAccount:
    """An Australian bank account."""

    first_name: str
    last_name: str
    bsb: str
    account_number: str


def customer_summary(client: AuthenticatedClient, customer_id: str) -> CustomerSummary | None:
    """Look a customer up; None when PayCombat does not know it."""
    try:
        response = get_customer.sync(customer_id, client=client)
    except NotFoundError:
        return None
    return _summarise(response.data, customer_id)


def _summarise(customer: Customer, requested_id: str) -> CustomerSummary:
    person = customer.individual
    name = ""
    if person is not None and not isinstance(person, Unset):
        name = " ".join(part for part in (person.first_name, person.last_name) if isinstance(part, str))
    customer_id = customer.customer_id if isinstance(customer.customer_id, str) else requested_id
    return CustomerSummary(customer_id=customer_id, name=name, active=customer.is_active is True)


async def pay_out(client: AuthenticatedClient, to: BankAccount, amount: Decimal, order_id: str) -> str:
    """Send AUD to a bank account; returns PayCombat's payout id."""
    beneficiary = PayoutBeneficiary(
        individual=PayoutBeneficiaryIndividual(first_name=to.first_name, last_name=to.last_name)
    )
    # Method-specific fields are not in the schema: they travel as additional properties.
    beneficiary.additional_properties = {"bsb": to.bsb, "account_number": to.account_number}
    request = CreatePayoutRequest(
        sender_currency="AUD",
        beneficiary_currency="AUD",
        payout_method_name="au_bank_acct",
        purpose_code="SELF",
        payout_beneficiary_param=beneficiary,
        sender_amount=amount,
        sender_country="AU",
        order_id=order_id,
    )
    response = await create_payout.asyncio_detailed(client=client, body=request)
    payout_id = response.parsed.data.id  # parsed is never None: failures raise
    if not isinstance(payout_id, str):
        raise RuntimeError("PayCombat answered without a payout id")
    return payout_id


def payout_fee(client: AuthenticatedClient, payout_id: str) -> Decimal | None:
    """The fee PayCombat expects to take for a payout, exactly; None when it does not say."""
    fee = retrieve_payout.sync(payout_id, client=client).data.fee_expected
    if isinstance(fee, Unset):
        return None
    return fee
