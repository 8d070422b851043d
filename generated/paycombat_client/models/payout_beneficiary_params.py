# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutBeneficiaryParams")


@_attrs_define
class PayoutBeneficiaryParams:
    """Beneficiary parameters of a payout method, grouped.

    Attributes:
        company (list[PayoutMethodParam] | None | Unset): Fields for a company beneficiary.
        base_param (list[PayoutMethodParam] | None | Unset): Fields for every beneficiary (account details).
        individual (list[PayoutMethodParam] | None | Unset): Fields for a person as beneficiary.
    """

    company: list[PayoutMethodParam] | None | Unset = UNSET
    base_param: list[PayoutMethodParam] | None | Unset = UNSET
    individual: list[PayoutMethodParam] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company: list[dict[str, Any]] | None | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        elif isinstance(self.company, list):
            company = []
            for company_type_0_item_data in self.company:
                company_type_0_item = company_type_0_item_data.to_dict()
                company.append(company_type_0_item)

        else:
            company = self.company

        base_param: list[dict[str, Any]] | None | Unset
        if isinstance(self.base_param, Unset):
            base_param = UNSET
        elif isinstance(self.base_param, list):
            base_param = []
            for base_param_type_0_item_data in self.base_param:
                base_param_type_0_item = base_param_type_0_item_data.to_dict()
                base_param.append(base_param_type_0_item)

        else:
            base_param = self.base_param

        individual: list[dict[str, Any]] | None | Unset
        if isinstance(self.individual, Unset):
            individual = UNSET
        elif isinstance(self.individual, list):
            individual = []
            for individual_type_0_item_data in self.individual:
                individual_type_0_item = individual_type_0_item_data.to_dict()
                individual.append(individual_type_0_item)

        else:
            individual = self.individual

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company is not UNSET:
            field_dict["company"] = company
        if base_param is not UNSET:
            field_dict["base_param"] = base_param
        if individual is not UNSET:
            field_dict["individual"] = individual

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _company_raw = d.pop("company", UNSET)
        company: list[PayoutMethodParam] | None | Unset = _company_raw
        if isinstance(_company_raw, list):
            try:
                company_type_0 = []
                _company_type_0 = _company_raw
                for company_type_0_item_data in _company_type_0:
                    company_type_0_item = PayoutMethodParam.from_dict(company_type_0_item_data)

                    company_type_0.append(company_type_0_item)

                company = company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _base_param_raw = d.pop("base_param", UNSET)
        base_param: list[PayoutMethodParam] | None | Unset = _base_param_raw
        if isinstance(_base_param_raw, list):
            try:
                base_param_type_0 = []
                _base_param_type_0 = _base_param_raw
                for base_param_type_0_item_data in _base_param_type_0:
                    base_param_type_0_item = PayoutMethodParam.from_dict(base_param_type_0_item_data)

                    base_param_type_0.append(base_param_type_0_item)

                base_param = base_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _individual_raw = d.pop("individual", UNSET)
        individual: list[PayoutMethodParam] | None | Unset = _individual_raw
        if isinstance(_individual_raw, list):
            try:
                individual_type_0 = []
                _individual_type_0 = _individual_raw
                for individual_type_0_item_data in _individual_type_0:
                    individual_type_0_item = PayoutMethodParam.from_dict(individual_type_0_item_data)

                    individual_type_0.append(individual_type_0_item)

                individual = individual_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        payout_beneficiary_params = cls(
            company=company,
            base_param=base_param,
            individual=individual,
        )

        payout_beneficiary_params.additional_properties = d
        return payout_beneficiary_params

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
    "company": "company",
    "base_param": "base_param",
    "individual": "individual",
}

# Imported last so that models which refer to each other can be imported in any order.
from ..models.payout_method_param import PayoutMethodParam  # noqa: E402
