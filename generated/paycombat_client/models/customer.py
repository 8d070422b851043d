# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """A customer record. Many fields are null in practice; unknown keys are kept.

    Attributes:
        customer_id (None | str | Unset): Starts with `customer_`.
        org_id (None | str | Unset): Owning organisation, starts with `org_`.
        type_ (None | str | Unset): Kind of customer; known values individual and company.
        description (None | str | Unset):
        webhook_url (None | str | Unset):
        metadata (CustomerMetadataType0 | None | Unset): Free-form key/value data.
        is_active (bool | None | Unset):
        is_wallet_ready (bool | None | Unset):
        organization_reference_id (None | str | Unset):
        is_gca_enabled (bool | None | Unset):
        gca_activation_status (None | str | Unset): Known value NOT_STARTED.
        gca_activated_at (datetime.datetime | None | Unset):
        is_sender_validation_enabled (bool | None | Unset):
        payin_sender_id_list (list[str] | None | Unset): Ids of allowed payin senders.
        company_domain (None | str | Unset):
        individual (CustomerIndividualRecord | None | Unset):
        created_by (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    customer_id: None | str | Unset = UNSET
    org_id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    metadata: CustomerMetadataType0 | None | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    is_wallet_ready: bool | None | Unset = UNSET
    organization_reference_id: None | str | Unset = UNSET
    is_gca_enabled: bool | None | Unset = UNSET
    gca_activation_status: None | str | Unset = UNSET
    gca_activated_at: datetime.datetime | None | Unset = UNSET
    is_sender_validation_enabled: bool | None | Unset = UNSET
    payin_sender_id_list: list[str] | None | Unset = UNSET
    company_domain: None | str | Unset = UNSET
    individual: CustomerIndividualRecord | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CustomerMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        is_wallet_ready: bool | None | Unset
        if isinstance(self.is_wallet_ready, Unset):
            is_wallet_ready = UNSET
        else:
            is_wallet_ready = self.is_wallet_ready

        organization_reference_id: None | str | Unset
        if isinstance(self.organization_reference_id, Unset):
            organization_reference_id = UNSET
        else:
            organization_reference_id = self.organization_reference_id

        is_gca_enabled: bool | None | Unset
        if isinstance(self.is_gca_enabled, Unset):
            is_gca_enabled = UNSET
        else:
            is_gca_enabled = self.is_gca_enabled

        gca_activation_status: None | str | Unset
        if isinstance(self.gca_activation_status, Unset):
            gca_activation_status = UNSET
        else:
            gca_activation_status = self.gca_activation_status

        gca_activated_at: None | str | Unset
        if isinstance(self.gca_activated_at, Unset):
            gca_activated_at = UNSET
        elif isinstance(self.gca_activated_at, datetime.datetime):
            gca_activated_at = self.gca_activated_at.isoformat()
        else:
            gca_activated_at = self.gca_activated_at

        is_sender_validation_enabled: bool | None | Unset
        if isinstance(self.is_sender_validation_enabled, Unset):
            is_sender_validation_enabled = UNSET
        else:
            is_sender_validation_enabled = self.is_sender_validation_enabled

        payin_sender_id_list: list[str] | None | Unset
        if isinstance(self.payin_sender_id_list, Unset):
            payin_sender_id_list = UNSET
        elif isinstance(self.payin_sender_id_list, list):
            payin_sender_id_list = self.payin_sender_id_list

        else:
            payin_sender_id_list = self.payin_sender_id_list

        company_domain: None | str | Unset
        if isinstance(self.company_domain, Unset):
            company_domain = UNSET
        else:
            company_domain = self.company_domain

        individual: dict[str, Any] | None | Unset
        if isinstance(self.individual, Unset):
            individual = UNSET
        elif isinstance(self.individual, CustomerIndividualRecord):
            individual = self.individual.to_dict()
        else:
            individual = self.individual

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if is_wallet_ready is not UNSET:
            field_dict["is_wallet_ready"] = is_wallet_ready
        if organization_reference_id is not UNSET:
            field_dict["organization_reference_id"] = organization_reference_id
        if is_gca_enabled is not UNSET:
            field_dict["is_gca_enabled"] = is_gca_enabled
        if gca_activation_status is not UNSET:
            field_dict["gca_activation_status"] = gca_activation_status
        if gca_activated_at is not UNSET:
            field_dict["gca_activated_at"] = gca_activated_at
        if is_sender_validation_enabled is not UNSET:
            field_dict["is_sender_validation_enabled"] = is_sender_validation_enabled
        if payin_sender_id_list is not UNSET:
            field_dict["payin_sender_id_list"] = payin_sender_id_list
        if company_domain is not UNSET:
            field_dict["company_domain"] = company_domain
        if individual is not UNSET:
            field_dict["individual"] = individual
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id: None | str | Unset = d.pop("customer_id", UNSET)

        org_id: None | str | Unset = d.pop("org_id", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        webhook_url: None | str | Unset = d.pop("webhook_url", UNSET)

        _metadata_raw = d.pop("metadata", UNSET)
        metadata: CustomerMetadataType0 | None | Unset = _metadata_raw
        if isinstance(_metadata_raw, dict):
            try:
                metadata_type_0 = CustomerMetadataType0.from_dict(_metadata_raw)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        is_active: bool | None | Unset = d.pop("is_active", UNSET)

        is_wallet_ready: bool | None | Unset = d.pop("is_wallet_ready", UNSET)

        organization_reference_id: None | str | Unset = d.pop("organization_reference_id", UNSET)

        is_gca_enabled: bool | None | Unset = d.pop("is_gca_enabled", UNSET)

        gca_activation_status: None | str | Unset = d.pop("gca_activation_status", UNSET)

        _gca_activated_at_raw = d.pop("gca_activated_at", UNSET)
        gca_activated_at: datetime.datetime | None | Unset = _gca_activated_at_raw
        if isinstance(_gca_activated_at_raw, str):
            try:
                gca_activated_at_type_0 = datetime.datetime.fromisoformat(_gca_activated_at_raw)

                gca_activated_at = gca_activated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        is_sender_validation_enabled: bool | None | Unset = d.pop("is_sender_validation_enabled", UNSET)

        _payin_sender_id_list_raw = d.pop("payin_sender_id_list", UNSET)
        payin_sender_id_list: list[str] | None | Unset = _payin_sender_id_list_raw
        if isinstance(_payin_sender_id_list_raw, list):
            try:
                payin_sender_id_list_type_0 = cast(list[str], _payin_sender_id_list_raw)

                payin_sender_id_list = payin_sender_id_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        company_domain: None | str | Unset = d.pop("company_domain", UNSET)

        _individual_raw = d.pop("individual", UNSET)
        individual: CustomerIndividualRecord | None | Unset = _individual_raw
        if isinstance(_individual_raw, dict):
            try:
                individual_type_0 = CustomerIndividualRecord.from_dict(_individual_raw)

                individual = individual_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        _created_at_raw = d.pop("created_at", UNSET)
        created_at: datetime.datetime | None | Unset = _created_at_raw
        if isinstance(_created_at_raw, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at_raw)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _updated_at_raw = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset = _updated_at_raw
        if isinstance(_updated_at_raw, str):
            try:
                updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at_raw)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        customer = cls(
            customer_id=customer_id,
            org_id=org_id,
            type_=type_,
            description=description,
            webhook_url=webhook_url,
            metadata=metadata,
            is_active=is_active,
            is_wallet_ready=is_wallet_ready,
            organization_reference_id=organization_reference_id,
            is_gca_enabled=is_gca_enabled,
            gca_activation_status=gca_activation_status,
            gca_activated_at=gca_activated_at,
            is_sender_validation_enabled=is_sender_validation_enabled,
            payin_sender_id_list=payin_sender_id_list,
            company_domain=company_domain,
            individual=individual,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        customer.additional_properties = d
        return customer

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


#: Each field's JSON key, as the spec names it (``type_`` is sent as ``type``): the runtime's checks
#: name what does not fit by these.
JSON_KEYS: dict[str, str] = {
    "customer_id": "customer_id",
    "org_id": "org_id",
    "type_": "type",
    "description": "description",
    "webhook_url": "webhook_url",
    "metadata": "metadata",
    "is_active": "is_active",
    "is_wallet_ready": "is_wallet_ready",
    "organization_reference_id": "organization_reference_id",
    "is_gca_enabled": "is_gca_enabled",
    "gca_activation_status": "gca_activation_status",
    "gca_activated_at": "gca_activated_at",
    "is_sender_validation_enabled": "is_sender_validation_enabled",
    "payin_sender_id_list": "payin_sender_id_list",
    "company_domain": "company_domain",
    "individual": "individual",
    "created_by": "created_by",
    "created_at": "created_at",
    "updated_at": "updated_at",
}

# Imported last so that models which refer to each other can be imported in any order.
from ..models.customer_individual_record import CustomerIndividualRecord  # noqa: E402
from ..models.customer_metadata_type_0 import CustomerMetadataType0  # noqa: E402
