# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutMethod")


@_attrs_define
class PayoutMethod:
    """A payout method and the beneficiary fields it needs.

    Attributes:
        payout_method_id (None | str | Unset): Starts with `pom_`.
        payout_method_name (None | str | Unset):
        payout_method_description (None | str | Unset):
        payout_method_logo (None | str | Unset):
        currency (None | str | Unset):
        sender_country (None | str | Unset):
        sender_currency (None | str | Unset):
        beneficiary_country (None | str | Unset):
        beneficiary_currency (None | str | Unset):
        payout_method_category (None | str | Unset):
        payout_method_class (None | str | Unset):
        payout_method_group (None | str | Unset):
        payout_method_param (None | PayoutMethodPayoutMethodParamType0 | Unset):
        payout_beneficiary_param (None | PayoutBeneficiaryParams | Unset):
    """

    payout_method_id: None | str | Unset = UNSET
    payout_method_name: None | str | Unset = UNSET
    payout_method_description: None | str | Unset = UNSET
    payout_method_logo: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    sender_country: None | str | Unset = UNSET
    sender_currency: None | str | Unset = UNSET
    beneficiary_country: None | str | Unset = UNSET
    beneficiary_currency: None | str | Unset = UNSET
    payout_method_category: None | str | Unset = UNSET
    payout_method_class: None | str | Unset = UNSET
    payout_method_group: None | str | Unset = UNSET
    payout_method_param: None | PayoutMethodPayoutMethodParamType0 | Unset = UNSET
    payout_beneficiary_param: None | PayoutBeneficiaryParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payout_method_id: None | str | Unset
        if isinstance(self.payout_method_id, Unset):
            payout_method_id = UNSET
        else:
            payout_method_id = self.payout_method_id

        payout_method_name: None | str | Unset
        if isinstance(self.payout_method_name, Unset):
            payout_method_name = UNSET
        else:
            payout_method_name = self.payout_method_name

        payout_method_description: None | str | Unset
        if isinstance(self.payout_method_description, Unset):
            payout_method_description = UNSET
        else:
            payout_method_description = self.payout_method_description

        payout_method_logo: None | str | Unset
        if isinstance(self.payout_method_logo, Unset):
            payout_method_logo = UNSET
        else:
            payout_method_logo = self.payout_method_logo

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        sender_country: None | str | Unset
        if isinstance(self.sender_country, Unset):
            sender_country = UNSET
        else:
            sender_country = self.sender_country

        sender_currency: None | str | Unset
        if isinstance(self.sender_currency, Unset):
            sender_currency = UNSET
        else:
            sender_currency = self.sender_currency

        beneficiary_country: None | str | Unset
        if isinstance(self.beneficiary_country, Unset):
            beneficiary_country = UNSET
        else:
            beneficiary_country = self.beneficiary_country

        beneficiary_currency: None | str | Unset
        if isinstance(self.beneficiary_currency, Unset):
            beneficiary_currency = UNSET
        else:
            beneficiary_currency = self.beneficiary_currency

        payout_method_category: None | str | Unset
        if isinstance(self.payout_method_category, Unset):
            payout_method_category = UNSET
        else:
            payout_method_category = self.payout_method_category

        payout_method_class: None | str | Unset
        if isinstance(self.payout_method_class, Unset):
            payout_method_class = UNSET
        else:
            payout_method_class = self.payout_method_class

        payout_method_group: None | str | Unset
        if isinstance(self.payout_method_group, Unset):
            payout_method_group = UNSET
        else:
            payout_method_group = self.payout_method_group

        payout_method_param: dict[str, Any] | None | Unset
        if isinstance(self.payout_method_param, Unset):
            payout_method_param = UNSET
        elif isinstance(self.payout_method_param, PayoutMethodPayoutMethodParamType0):
            payout_method_param = self.payout_method_param.to_dict()
        else:
            payout_method_param = self.payout_method_param

        payout_beneficiary_param: dict[str, Any] | None | Unset
        if isinstance(self.payout_beneficiary_param, Unset):
            payout_beneficiary_param = UNSET
        elif isinstance(self.payout_beneficiary_param, PayoutBeneficiaryParams):
            payout_beneficiary_param = self.payout_beneficiary_param.to_dict()
        else:
            payout_beneficiary_param = self.payout_beneficiary_param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payout_method_id is not UNSET:
            field_dict["payout_method_id"] = payout_method_id
        if payout_method_name is not UNSET:
            field_dict["payout_method_name"] = payout_method_name
        if payout_method_description is not UNSET:
            field_dict["payout_method_description"] = payout_method_description
        if payout_method_logo is not UNSET:
            field_dict["payout_method_logo"] = payout_method_logo
        if currency is not UNSET:
            field_dict["currency"] = currency
        if sender_country is not UNSET:
            field_dict["sender_country"] = sender_country
        if sender_currency is not UNSET:
            field_dict["sender_currency"] = sender_currency
        if beneficiary_country is not UNSET:
            field_dict["beneficiary_country"] = beneficiary_country
        if beneficiary_currency is not UNSET:
            field_dict["beneficiary_currency"] = beneficiary_currency
        if payout_method_category is not UNSET:
            field_dict["payout_method_category"] = payout_method_category
        if payout_method_class is not UNSET:
            field_dict["payout_method_class"] = payout_method_class
        if payout_method_group is not UNSET:
            field_dict["payout_method_group"] = payout_method_group
        if payout_method_param is not UNSET:
            field_dict["payout_method_param"] = payout_method_param
        if payout_beneficiary_param is not UNSET:
            field_dict["payout_beneficiary_param"] = payout_beneficiary_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payout_method_id: None | str | Unset = d.pop("payout_method_id", UNSET)

        payout_method_name: None | str | Unset = d.pop("payout_method_name", UNSET)

        payout_method_description: None | str | Unset = d.pop("payout_method_description", UNSET)

        payout_method_logo: None | str | Unset = d.pop("payout_method_logo", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        sender_country: None | str | Unset = d.pop("sender_country", UNSET)

        sender_currency: None | str | Unset = d.pop("sender_currency", UNSET)

        beneficiary_country: None | str | Unset = d.pop("beneficiary_country", UNSET)

        beneficiary_currency: None | str | Unset = d.pop("beneficiary_currency", UNSET)

        payout_method_category: None | str | Unset = d.pop("payout_method_category", UNSET)

        payout_method_class: None | str | Unset = d.pop("payout_method_class", UNSET)

        payout_method_group: None | str | Unset = d.pop("payout_method_group", UNSET)

        _payout_method_param_raw = d.pop("payout_method_param", UNSET)
        payout_method_param: None | PayoutMethodPayoutMethodParamType0 | Unset = _payout_method_param_raw
        if isinstance(_payout_method_param_raw, dict):
            try:
                payout_method_param_type_0 = PayoutMethodPayoutMethodParamType0.from_dict(_payout_method_param_raw)

                payout_method_param = payout_method_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _payout_beneficiary_param_raw = d.pop("payout_beneficiary_param", UNSET)
        payout_beneficiary_param: None | PayoutBeneficiaryParams | Unset = _payout_beneficiary_param_raw
        if isinstance(_payout_beneficiary_param_raw, dict):
            try:
                payout_beneficiary_param_type_0 = PayoutBeneficiaryParams.from_dict(_payout_beneficiary_param_raw)

                payout_beneficiary_param = payout_beneficiary_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        payout_method = cls(
            payout_method_id=payout_method_id,
            payout_method_name=payout_method_name,
            payout_method_description=payout_method_description,
            payout_method_logo=payout_method_logo,
            currency=currency,
            sender_country=sender_country,
            sender_currency=sender_currency,
            beneficiary_country=beneficiary_country,
            beneficiary_currency=beneficiary_currency,
            payout_method_category=payout_method_category,
            payout_method_class=payout_method_class,
            payout_method_group=payout_method_group,
            payout_method_param=payout_method_param,
            payout_beneficiary_param=payout_beneficiary_param,
        )

        payout_method.additional_properties = d
        return payout_method

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
    "payout_method_id": "payout_method_id",
    "payout_method_name": "payout_method_name",
    "payout_method_description": "payout_method_description",
    "payout_method_logo": "payout_method_logo",
    "currency": "currency",
    "sender_country": "sender_country",
    "sender_currency": "sender_currency",
    "beneficiary_country": "beneficiary_country",
    "beneficiary_currency": "beneficiary_currency",
    "payout_method_category": "payout_method_category",
    "payout_method_class": "payout_method_class",
    "payout_method_group": "payout_method_group",
    "payout_method_param": "payout_method_param",
    "payout_beneficiary_param": "payout_beneficiary_param",
}

# Imported last so that models which refer to each other can be imported in any order.
from ..models.payout_beneficiary_params import PayoutBeneficiaryParams  # noqa: E402
from ..models.payout_method_payout_method_param_type_0 import PayoutMethodPayoutMethodParamType0  # noqa: E402
