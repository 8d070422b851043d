# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
"""Contains all the data models used in inputs/outputs"""

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
