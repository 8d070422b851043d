# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
"""Contains all the data models used in inputs/outputs (each imported on first use)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .authorized_user import AuthorizedUser
    from .balance import Balance
    from .balance_response import BalanceResponse
    from .checkout import Checkout
    from .checkout_additional_info_type_0 import CheckoutAdditionalInfoType0
    from .checkout_order_summary_type_0 import CheckoutOrderSummaryType0
    from .checkout_response import CheckoutResponse
    from .create_checkout_virtual_account_request import CreateCheckoutVirtualAccountRequest
    from .create_customer_request import CreateCustomerRequest
    from .create_customer_request_metadata import CreateCustomerRequestMetadata
    from .create_customer_request_type import CreateCustomerRequestType
    from .create_new_checkout_request import CreateNewCheckoutRequest
    from .create_payin_request import CreatePayinRequest
    from .create_payin_virtual_account_request import CreatePayinVirtualAccountRequest
    from .create_payout_request import CreatePayoutRequest
    from .customer import Customer
    from .customer_company import CustomerCompany
    from .customer_company_update import CustomerCompanyUpdate
    from .customer_individual import CustomerIndividual
    from .customer_individual_record import CustomerIndividualRecord
    from .customer_individual_update import CustomerIndividualUpdate
    from .customer_metadata_type_0 import CustomerMetadataType0
    from .customer_response import CustomerResponse
    from .error_response import ErrorResponse
    from .payin import Payin
    from .payin_method import PayinMethod
    from .payin_method_param import PayinMethodParam
    from .payin_method_response import PayinMethodResponse
    from .payin_response import PayinResponse
    from .payout import Payout
    from .payout_beneficiary import PayoutBeneficiary
    from .payout_beneficiary_company import PayoutBeneficiaryCompany
    from .payout_beneficiary_individual import PayoutBeneficiaryIndividual
    from .payout_beneficiary_params import PayoutBeneficiaryParams
    from .payout_method import PayoutMethod
    from .payout_method_param import PayoutMethodParam
    from .payout_method_payout_method_param_type_0 import PayoutMethodPayoutMethodParamType0
    from .payout_method_response import PayoutMethodResponse
    from .payout_response import PayoutResponse
    from .transaction import Transaction
    from .transaction_additional_data_type_0 import TransactionAdditionalDataType0
    from .transaction_response import TransactionResponse
    from .update_customer_request import UpdateCustomerRequest
    from .update_customer_request_metadata import UpdateCustomerRequestMetadata
    from .update_customer_request_type import UpdateCustomerRequestType
    from .upstream_customer_response import UpstreamCustomerResponse
    from .upstream_customer_result import UpstreamCustomerResult
    from .virtual_account import VirtualAccount
    from .virtual_account_response import VirtualAccountResponse

# Model name -> the module that defines it.
_MODULES = {
    "AuthorizedUser": ".authorized_user",
    "Balance": ".balance",
    "BalanceResponse": ".balance_response",
    "Checkout": ".checkout",
    "CheckoutAdditionalInfoType0": ".checkout_additional_info_type_0",
    "CheckoutOrderSummaryType0": ".checkout_order_summary_type_0",
    "CheckoutResponse": ".checkout_response",
    "CreateCheckoutVirtualAccountRequest": ".create_checkout_virtual_account_request",
    "CreateCustomerRequest": ".create_customer_request",
    "CreateCustomerRequestMetadata": ".create_customer_request_metadata",
    "CreateCustomerRequestType": ".create_customer_request_type",
    "CreateNewCheckoutRequest": ".create_new_checkout_request",
    "CreatePayinRequest": ".create_payin_request",
    "CreatePayinVirtualAccountRequest": ".create_payin_virtual_account_request",
    "CreatePayoutRequest": ".create_payout_request",
    "Customer": ".customer",
    "CustomerCompany": ".customer_company",
    "CustomerCompanyUpdate": ".customer_company_update",
    "CustomerIndividual": ".customer_individual",
    "CustomerIndividualRecord": ".customer_individual_record",
    "CustomerIndividualUpdate": ".customer_individual_update",
    "CustomerMetadataType0": ".customer_metadata_type_0",
    "CustomerResponse": ".customer_response",
    "ErrorResponse": ".error_response",
    "Payin": ".payin",
    "PayinMethod": ".payin_method",
    "PayinMethodParam": ".payin_method_param",
    "PayinMethodResponse": ".payin_method_response",
    "PayinResponse": ".payin_response",
    "Payout": ".payout",
    "PayoutBeneficiary": ".payout_beneficiary",
    "PayoutBeneficiaryCompany": ".payout_beneficiary_company",
    "PayoutBeneficiaryIndividual": ".payout_beneficiary_individual",
    "PayoutBeneficiaryParams": ".payout_beneficiary_params",
    "PayoutMethod": ".payout_method",
    "PayoutMethodParam": ".payout_method_param",
    "PayoutMethodPayoutMethodParamType0": ".payout_method_payout_method_param_type_0",
    "PayoutMethodResponse": ".payout_method_response",
    "PayoutResponse": ".payout_response",
    "Transaction": ".transaction",
    "TransactionAdditionalDataType0": ".transaction_additional_data_type_0",
    "TransactionResponse": ".transaction_response",
    "UpdateCustomerRequest": ".update_customer_request",
    "UpdateCustomerRequestMetadata": ".update_customer_request_metadata",
    "UpdateCustomerRequestType": ".update_customer_request_type",
    "UpstreamCustomerResponse": ".upstream_customer_response",
    "UpstreamCustomerResult": ".upstream_customer_result",
    "VirtualAccount": ".virtual_account",
    "VirtualAccountResponse": ".virtual_account_response",
}

__all__ = (
    "AuthorizedUser",
    "Balance",
    "BalanceResponse",
    "Checkout",
    "CheckoutAdditionalInfoType0",
    "CheckoutOrderSummaryType0",
    "CheckoutResponse",
    "CreateCheckoutVirtualAccountRequest",
    "CreateCustomerRequest",
    "CreateCustomerRequestMetadata",
    "CreateCustomerRequestType",
    "CreateNewCheckoutRequest",
    "CreatePayinRequest",
    "CreatePayinVirtualAccountRequest",
    "CreatePayoutRequest",
    "Customer",
    "CustomerCompany",
    "CustomerCompanyUpdate",
    "CustomerIndividual",
    "CustomerIndividualRecord",
    "CustomerIndividualUpdate",
    "CustomerMetadataType0",
    "CustomerResponse",
    "ErrorResponse",
    "Payin",
    "PayinMethod",
    "PayinMethodParam",
    "PayinMethodResponse",
    "PayinResponse",
    "Payout",
    "PayoutBeneficiary",
    "PayoutBeneficiaryCompany",
    "PayoutBeneficiaryIndividual",
    "PayoutBeneficiaryParams",
    "PayoutMethod",
    "PayoutMethodParam",
    "PayoutMethodPayoutMethodParamType0",
    "PayoutMethodResponse",
    "PayoutResponse",
    "Transaction",
    "TransactionAdditionalDataType0",
    "TransactionResponse",
    "UpdateCustomerRequest",
    "UpdateCustomerRequestMetadata",
    "UpdateCustomerRequestType",
    "UpstreamCustomerResponse",
    "UpstreamCustomerResult",
    "VirtualAccount",
    "VirtualAccountResponse",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    model = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = model  # later lookups are plain module attributes
    return model


def __dir__() -> list[str]:
    return sorted(__all__)
