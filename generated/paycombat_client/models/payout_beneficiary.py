# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutBeneficiary")


@_attrs_define
class PayoutBeneficiary:
    """Who receives the payout. Name details go in `individual` or
    `company`; account fields such as `account_number` and `bsb` go at
    the top level of this object and depend on the payout method (see
    getPayoutMethodRequiredFields), so any extra keys are accepted.

        Attributes:
            individual (PayoutBeneficiaryIndividual | Unset): Name of a beneficiary who is a person.
            company (PayoutBeneficiaryCompany | Unset): Name of a beneficiary that is a business.
    """

    individual: PayoutBeneficiaryIndividual | Unset = UNSET
    company: PayoutBeneficiaryCompany | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        individual: dict[str, Any] | Unset = UNSET
        if not isinstance(self.individual, Unset):
            individual = self.individual.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if individual is not UNSET:
            field_dict["individual"] = individual
        if company is not UNSET:
            field_dict["company"] = company

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _individual = d.pop("individual", UNSET)
        individual: PayoutBeneficiaryIndividual | Unset
        if isinstance(_individual, Unset):
            individual = UNSET
        else:
            individual = PayoutBeneficiaryIndividual.from_dict(_individual)

        _company = d.pop("company", UNSET)
        company: PayoutBeneficiaryCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = PayoutBeneficiaryCompany.from_dict(_company)

        payout_beneficiary = cls(
            individual=individual,
            company=company,
        )

        payout_beneficiary.additional_properties = d
        return payout_beneficiary

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
    "individual": "individual",
    "company": "company",
}

# Imported last so that models which refer to each other can be imported in any order.
from ..models.payout_beneficiary_company import PayoutBeneficiaryCompany  # noqa: E402
from ..models.payout_beneficiary_individual import PayoutBeneficiaryIndividual  # noqa: E402
