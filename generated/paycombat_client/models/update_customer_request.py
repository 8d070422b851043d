# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.update_customer_request_type import UpdateCustomerRequestType, check_update_customer_request_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCustomerRequest")


@_attrs_define
class UpdateCustomerRequest:
    """Body of updateCustomer. Only `customer_id` is required. A field sent as
    an empty string is cleared; a field left out keeps its current value,
    so "not sent" and "empty" are different requests.

        Attributes:
            customer_id (str): Id of the customer to change.
            description (str | Unset): Free text describing the customer.
            type_ (UpdateCustomerRequestType | Unset): Kind of customer. The docs page labels this field "object", but
                every customer record shows a string, so it is modelled as one.
            organization_reference_id (str | Unset): The merchant's own reference for this customer.
            metadata (UpdateCustomerRequestMetadata | Unset): Free-form key/value data kept with the customer.
            company (CustomerCompanyUpdate | Unset): Fields of a company to change. All optional; an empty string clears a
                field, an omitted field is left as is.
            individual (CustomerIndividualUpdate | Unset): Fields of an individual to change. All optional; an empty string
                clears a field, an omitted field is left as is.
    """

    customer_id: str
    description: str | Unset = UNSET
    type_: UpdateCustomerRequestType | Unset = UNSET
    organization_reference_id: str | Unset = UNSET
    metadata: UpdateCustomerRequestMetadata | Unset = UNSET
    company: CustomerCompanyUpdate | Unset = UNSET
    individual: CustomerIndividualUpdate | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        organization_reference_id = self.organization_reference_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        individual: dict[str, Any] | Unset = UNSET
        if not isinstance(self.individual, Unset):
            individual = self.individual.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customer_id": customer_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if organization_reference_id is not UNSET:
            field_dict["organization_reference_id"] = organization_reference_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if company is not UNSET:
            field_dict["company"] = company
        if individual is not UNSET:
            field_dict["individual"] = individual

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        description = d.pop("description", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: UpdateCustomerRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_update_customer_request_type(_type_)

        organization_reference_id = d.pop("organization_reference_id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: UpdateCustomerRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = UpdateCustomerRequestMetadata.from_dict(_metadata)

        _company = d.pop("company", UNSET)
        company: CustomerCompanyUpdate | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = CustomerCompanyUpdate.from_dict(_company)

        _individual = d.pop("individual", UNSET)
        individual: CustomerIndividualUpdate | Unset
        if isinstance(_individual, Unset):
            individual = UNSET
        else:
            individual = CustomerIndividualUpdate.from_dict(_individual)

        update_customer_request = cls(
            customer_id=customer_id,
            description=description,
            type_=type_,
            organization_reference_id=organization_reference_id,
            metadata=metadata,
            company=company,
            individual=individual,
        )

        return update_customer_request


#: Each field's JSON key, as the spec names it (``type_`` is sent as ``type``): the runtime's checks
#: name what does not fit by these.
JSON_KEYS: dict[str, str] = {
    "customer_id": "customer_id",
    "description": "description",
    "type_": "type",
    "organization_reference_id": "organization_reference_id",
    "metadata": "metadata",
    "company": "company",
    "individual": "individual",
}

# Imported last so that models which refer to each other can be imported in any order.
from ..models.customer_company_update import CustomerCompanyUpdate  # noqa: E402
from ..models.customer_individual_update import CustomerIndividualUpdate  # noqa: E402
from ..models.update_customer_request_metadata import UpdateCustomerRequestMetadata  # noqa: E402
