# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from typing import Literal

CreateCustomerRequestType = Literal["company", "individual"]

CREATE_CUSTOMER_REQUEST_TYPE_VALUES: set[CreateCustomerRequestType] = {
    "company",
    "individual",
}


def check_create_customer_request_type(value: str) -> CreateCustomerRequestType:
    if value in CREATE_CUSTOMER_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_CUSTOMER_REQUEST_TYPE_VALUES!r}")
