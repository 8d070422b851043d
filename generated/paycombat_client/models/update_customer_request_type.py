# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from typing import Literal

UpdateCustomerRequestType = Literal["company", "individual"]

UPDATE_CUSTOMER_REQUEST_TYPE_VALUES: set[UpdateCustomerRequestType] = {
    "company",
    "individual",
}


def check_update_customer_request_type(value: str) -> UpdateCustomerRequestType:
    if value in UPDATE_CUSTOMER_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_CUSTOMER_REQUEST_TYPE_VALUES!r}")
