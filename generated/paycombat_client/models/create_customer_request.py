# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.create_customer_request_type import CreateCustomerRequestType, check_create_customer_request_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCustomerRequest")


@_attrs_define
class CreateCustomerRequest:
    """Body of createCustomer.

    Attributes:
        description (str): Free text describing the customer.
        type_ (CreateCustomerRequestType): Kind of customer. The docs page labels this field "object" with an
            example of `{}`, but every customer record shows a string such as
            `individual`, and the upstream API takes a string.
        organization_reference_id (str | Unset): The merchant's own reference for this customer.
        metadata (CreateCustomerRequestMetadata | Unset): Free-form key/value data kept with the customer.
        company (CustomerCompany | Unset): A business, for customers of type `company`.
        individual (CustomerIndividual | Unset): A person, for customers of type `individual`.
    """

    description: str
    type_: CreateCustomerRequestType
    organization_reference_id: str | Unset = UNSET
    metadata: CreateCustomerRequestMetadata | Unset = UNSET
    company: CustomerCompany | Unset = UNSET
    individual: CustomerIndividual | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        type_: str = self.type_

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
                "description": description,
                "type": type_,
            }
        )
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
        description = d.pop("description")

        type_ = check_create_customer_request_type(d.pop("type"))

        organization_reference_id = d.pop("organization_reference_id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: CreateCustomerRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CreateCustomerRequestMetadata.from_dict(_metadata)

        _company = d.pop("company", UNSET)
        company: CustomerCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = CustomerCompany.from_dict(_company)

        _individual = d.pop("individual", UNSET)
        individual: CustomerIndividual | Unset
        if isinstance(_individual, Unset):
            individual = UNSET
        else:
            individual = CustomerIndividual.from_dict(_individual)

        create_customer_request = cls(
            description=description,
            type_=type_,
            organization_reference_id=organization_reference_id,
            metadata=metadata,
            company=company,
            individual=individual,
        )

        return create_customer_request


#: Each field's JSON key, as the spec names it (``type_`` is sent as ``type``): the runtime's checks
#: name what does not fit by these.
JSON_KEYS: dict[str, str] = {
    "description": "description",
    "type_": "type",
    "organization_reference_id": "organization_reference_id",
    "metadata": "metadata",
    "company": "company",
    "individual": "individual",
}

# Imported last so that models which refer to each other can be imported in any order.
from ..models.create_customer_request_metadata import CreateCustomerRequestMetadata  # noqa: E402
from ..models.customer_company import CustomerCompany  # noqa: E402
from ..models.customer_individual import CustomerIndividual  # noqa: E402
