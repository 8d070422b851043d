"""How to call each operation of the spec: the one table the end-to-end and retry tests share.

Bodies carry what the signature must survive: non-ASCII text, ``/``, array-index keys.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from paycombat_client.models import (
    BalanceResponse,
    CheckoutResponse,
    CreateCheckoutVirtualAccountRequest,
    CreateCustomerRequest,
    CreateCustomerRequestMetadata,
    CreateNewCheckoutRequest,
    CreatePayinRequest,
    CreatePayinVirtualAccountRequest,
    CreatePayoutRequest,
    CustomerIndividual,
    CustomerResponse,
    PayinMethodResponse,
    PayinResponse,
    PayoutBeneficiary,
    PayoutBeneficiaryIndividual,
    PayoutMethodResponse,
    PayoutResponse,
    TransactionResponse,
    UpdateCustomerRequest,
    UpstreamCustomerResponse,
    VirtualAccountResponse,
)

from support.operations import OPERATIONS


def customer_body() -> CreateCustomerRequest:
    metadata = CreateCustomerRequestMetadata()
    metadata.additional_properties = {"b": 1, "10": "ten", "2": "two", "note": "café / 東京 ☕"}
    return CreateCustomerRequest(
        description="Café / x — onboarding",
        type_="individual",
        organization_reference_id="ref-0001",
        metadata=metadata,
        individual=CustomerIndividual(first_name="Jennie", last_name="Kim", address_country="ID", dob="1997-08-04"),
    )


def payout_body(amount: float = 100.0) -> CreatePayoutRequest:
    beneficiary = PayoutBeneficiary(individual=PayoutBeneficiaryIndividual(first_name="Ann", last_name="Lee"))
    beneficiary.additional_properties = {"account_number": "123456789", "bsb": "062000"}
    return CreatePayoutRequest(
        sender_currency="AUD",
        beneficiary_currency="AUD",
        payout_method_name="au_bank_acct",
        purpose_code="SELF",
        payout_beneficiary_param=beneficiary,
        sender_amount=amount,
        beneficiary_amount=10.5,
        sender_country="AU",
        order_id="order-42",
    )


def open_body(cls: Any, **fields: Any) -> Any:
    body = cls()
    body.additional_properties = fields
    return body


@dataclass(frozen=True)
class Call:
    module: str  # under paycombat_client.api
    arguments: Callable[[], dict[str, Any]]
    parsed: type  # what sync() returns

    def api(self) -> ModuleType:
        return importlib.import_module(f"paycombat_client.api.{self.module}")


_TOKEN = "4b" * 32

CALLS: dict[str, Call] = {
    "createCustomer": Call("customer.create_customer", lambda: {"body": customer_body()}, CustomerResponse),
    "updateCustomer": Call(
        "customer.update_customer",
        lambda: {"body": UpdateCustomerRequest(customer_id="customer_1", description="")},
        CustomerResponse,
    ),
    "getCustomer": Call("customer.get_customer", lambda: {"customer_id": "customer_1"}, CustomerResponse),
    "disableCustomer": Call(
        "customer.disable_customer", lambda: {"customer_id": "customer_1"}, UpstreamCustomerResponse
    ),
    "enableCustomer": Call("customer.enable_customer", lambda: {"customer_id": "customer_1"}, UpstreamCustomerResponse),
    "deleteCustomer": Call("customer.delete_customer", lambda: {"customer_id": "customer_1"}, UpstreamCustomerResponse),
    "createPayin": Call(
        "payin.create_payin",
        lambda: {"body": open_body(CreatePayinRequest, amount=50.0, payer_id="va_1")},
        PayinResponse,
    ),
    "retrievePayin": Call("payin.retrieve_payin", lambda: {"id": "payin_1"}, PayinResponse),
    "createPayinVirtualAccount": Call(
        "payin.create_payin_virtual_account",
        lambda: {"body": open_body(CreatePayinVirtualAccountRequest, payin_method_name="KDB산업은행", amount=10000)},
        VirtualAccountResponse,
    ),
    "createPayout": Call("payout.create_payout", lambda: {"body": payout_body()}, PayoutResponse),
    "retrievePayout": Call("payout.retrieve_payout", lambda: {"payout_id": "pom_1"}, PayoutResponse),
    "getPayinMethodRequiredFields": Call(
        "payin_method.get_payin_method_required_fields",
        lambda: {"payin_method_name": "au_bank_npp"},
        PayinMethodResponse,
    ),
    "getPayoutMethodRequiredFields": Call(
        "payout_method.get_payout_method_required_fields",
        lambda: {"payout_method_name": "au_bank_acct"},
        PayoutMethodResponse,
    ),
    "getCheckout": Call("checkout.get_checkout", lambda: {"id": "chk_1"}, CheckoutResponse),
    "createNewCheckout": Call(
        "checkout.create_new_checkout",
        lambda: {"body": CreateNewCheckoutRequest(checkout_token=_TOKEN, payin_method_name="au_bank_npp")},
        CheckoutResponse,
    ),
    "createCheckoutVirtualAccount": Call(
        "checkout.create_checkout_virtual_account",
        lambda: {"body": CreateCheckoutVirtualAccountRequest(checkout_token=_TOKEN, payin_method_name="KDB산업은행")},
        VirtualAccountResponse,
    ),
    "findTransaction": Call("transaction.find_transaction", lambda: {"transaction_id": "txn_1"}, TransactionResponse),
    "getPayoutBalance": Call("merchant.get_payout_balance", lambda: {"currency": "AUD"}, BalanceResponse),
}

# A new operation in the spec fails here until it has a row above.
_missing = {op for op, _, _, _ in OPERATIONS} ^ set(CALLS)
assert not _missing, f"tests/support/calls.py and the spec disagree on: {sorted(_missing)}"
