"""How to call each operation of the spec: the one table the end-to-end and retry tests share.

Every operation of the spec has a call, derived from the spec (``derived_call``): its endpoint
module found by operation id, its path parameters' examples, its request body's example read
through the body model's ``from_dict`` (a body built from the schema when the spec has no
example), and what ``sync()`` returns read from the module. ``_OVERLAY`` replaces a few with
hand-written calls where those add something: bodies with what the signature must survive
(non-ASCII text, ``/``, array-index keys), state the sandbox needs, ids other tests assert.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

import paycombat_client.api
from paycombat_client.models import (
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
    PayinResponse,
    PayoutBeneficiary,
    PayoutBeneficiaryIndividual,
    PayoutResponse,
    UpdateCustomerRequest,
    UpstreamCustomerResponse,
    VirtualAccountResponse,
)
from paycombat_client.testing._sample import sample

from support.operations import OPERATIONS, SPEC


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


@cache
def _modules() -> dict[str, str]:
    """operationId -> endpoint module (``tag.name`` under paycombat_client.api), read from the package."""
    found: dict[str, str] = {}
    for tag in pkgutil.iter_modules(paycombat_client.api.__path__):
        package = importlib.import_module(f"paycombat_client.api.{tag.name}")
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            found[module.OPERATION.operation_id] = f"{tag.name}.{info.name}"
    return found


def spec_operation(operation_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The spec's operation object and its parameters (the path item's too)."""
    for item in SPEC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op, [*item.get("parameters", []), *op.get("parameters", [])]
    raise KeyError(operation_id)


def _python_name(name: str) -> str:
    return re.sub(r"\W", "_", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)).lower()


def _model_of(annotation: Any) -> Any:
    members = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
    (model,) = [m for m in members if hasattr(m, "from_dict")]
    return model


def derived_call(operation_id: str) -> Call:
    """The call of an operation as the spec describes it: path parameters from their examples,
    the body from its example (else built from its schema) through the body model's from_dict."""
    module = _modules()[operation_id]
    hints = typing.get_type_hints(importlib.import_module(f"paycombat_client.api.{module}").sync)
    op, parameters = spec_operation(operation_id)
    components = SPEC["components"]
    values = {
        _python_name(p["name"]): sample(
            {**p.get("schema", {}), **{k: p[k] for k in ("example", "examples") if k in p}}, components, p["name"]
        )
        for p in parameters
        if p.get("required") or p.get("in") == "path"
    }
    media = op.get("requestBody", {}).get("content", {}).get("application/json")

    def arguments() -> dict[str, Any]:
        kwargs = dict(values)
        if media is not None:
            example = sample(
                {**media["schema"], **{k: media[k] for k in ("example", "examples") if k in media}}, components
            )
            kwargs["body"] = _model_of(hints["body"]).from_dict(example)
        return kwargs

    return Call(module, arguments, _model_of(hints["return"]))


_TOKEN = "4b" * 32

#: Hand-written calls where they add something to the spec's examples.
_OVERLAY: dict[str, Call] = {
    # Non-ASCII text, "/" and array-index keys in metadata: what the signature must survive.
    "createCustomer": Call("customer.create_customer", lambda: {"body": customer_body()}, CustomerResponse),
    # An empty string, which clears a field.
    "updateCustomer": Call(
        "customer.update_customer",
        lambda: {"body": UpdateCustomerRequest(customer_id="customer_1", description="")},
        CustomerResponse,
    ),
    # Ids other tests look for in paths, log lines and echoed records.
    "getCustomer": Call("customer.get_customer", lambda: {"customer_id": "customer_1"}, CustomerResponse),
    **{
        op: Call(f"customer.{module}", lambda: {"customer_id": "customer_1"}, UpstreamCustomerResponse)
        for op, module in (
            ("disableCustomer", "disable_customer"),
            ("enableCustomer", "enable_customer"),
            ("deleteCustomer", "delete_customer"),
        )
    },
    "retrievePayin": Call("payin.retrieve_payin", lambda: {"id": "payin_1"}, PayinResponse),
    # An open body: keys the model does not declare.
    "createPayin": Call(
        "payin.create_payin",
        lambda: {"body": open_body(CreatePayinRequest, amount=50.0, payer_id="va_1")},
        PayinResponse,
    ),
    "createPayinVirtualAccount": Call(
        "payin.create_payin_virtual_account",
        lambda: {"body": open_body(CreatePayinVirtualAccountRequest, payin_method_name="KDB산업은행", amount=10000)},
        VirtualAccountResponse,
    ),
    # Amounts that JavaScript writes differently from Python, and extra beneficiary keys.
    "createPayout": Call("payout.create_payout", lambda: {"body": payout_body()}, PayoutResponse),
    # Non-ASCII payin method names.
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
}

#: Every operation of the spec, in the spec's order; an operation added to the spec is here at once.
CALLS: dict[str, Call] = {op: _OVERLAY.get(op) or derived_call(op) for op, _, _, _ in OPERATIONS}

_stale = set(_OVERLAY) - set(CALLS)
assert not _stale, f"tests/support/calls.py overlays operations the spec does not have: {sorted(_stale)}"
for _op, _call in _OVERLAY.items():
    assert (_call.module, _call.parsed) == (_modules()[_op], derived_call(_op).parsed), (
        f"{_op}: the overlay names another module or answer"
    )
