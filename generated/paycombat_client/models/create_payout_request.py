# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePayoutRequest")


@_attrs_define
class CreatePayoutRequest:
    """Body of createPayout. PayCombat does not publish which fields it
    requires; the required list here mirrors the upstream API's
    (method name, both currencies, purpose code).

        Attributes:
            sender_currency (str): ISO-4217 currency code.
            beneficiary_currency (str): ISO-4217 currency code.
            payout_method_name (str): Payout method, for example `au_bank_acct`.
            purpose_code (str): Reason for the payout, for example `SELF`.
            payout_beneficiary_param (PayoutBeneficiary | Unset): Who receives the payout. Name details go in `individual`
                or
                `company`; account fields such as `account_number` and `bsb` go at
                the top level of this object and depend on the payout method (see
                getPayoutMethodRequiredFields), so any extra keys are accepted.
            sender_amount (Decimal | float | Unset): Amount debited from the merchant, in `sender_currency`.
            sender_country (str | Unset): ISO 3166-1 alpha-2 country code.
            beneficiary_amount (Decimal | float | Unset): Amount the beneficiary receives, in `beneficiary_currency`.
            order_id (int | str | Unset): The merchant's own reference for this payout. Webhooks return it
                as a string.
    """

    sender_currency: str
    beneficiary_currency: str
    payout_method_name: str
    purpose_code: str
    payout_beneficiary_param: PayoutBeneficiary | Unset = UNSET
    sender_amount: Decimal | float | Unset = UNSET
    sender_country: str | Unset = UNSET
    beneficiary_amount: Decimal | float | Unset = UNSET
    order_id: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_currency = self.sender_currency

        beneficiary_currency = self.beneficiary_currency

        payout_method_name = self.payout_method_name

        purpose_code = self.purpose_code

        payout_beneficiary_param: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payout_beneficiary_param, Unset):
            payout_beneficiary_param = self.payout_beneficiary_param.to_dict()

        sender_amount = self.sender_amount

        sender_country = self.sender_country

        beneficiary_amount = self.beneficiary_amount

        order_id: int | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sender_currency": sender_currency,
                "beneficiary_currency": beneficiary_currency,
                "payout_method_name": payout_method_name,
                "purpose_code": purpose_code,
            }
        )
        if payout_beneficiary_param is not UNSET:
            field_dict["payout_beneficiary_param"] = payout_beneficiary_param
        if sender_amount is not UNSET:
            field_dict["sender_amount"] = sender_amount
        if sender_country is not UNSET:
            field_dict["sender_country"] = sender_country
        if beneficiary_amount is not UNSET:
            field_dict["beneficiary_amount"] = beneficiary_amount
        if order_id is not UNSET:
            field_dict["order_id"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sender_currency = d.pop("sender_currency")

        beneficiary_currency = d.pop("beneficiary_currency")

        payout_method_name = d.pop("payout_method_name")

        purpose_code = d.pop("purpose_code")

        _payout_beneficiary_param = d.pop("payout_beneficiary_param", UNSET)
        payout_beneficiary_param: PayoutBeneficiary | Unset
        if isinstance(_payout_beneficiary_param, Unset):
            payout_beneficiary_param = UNSET
        else:
            payout_beneficiary_param = PayoutBeneficiary.from_dict(_payout_beneficiary_param)

        sender_amount = d.pop("sender_amount", UNSET)

        sender_country = d.pop("sender_country", UNSET)

        beneficiary_amount = d.pop("beneficiary_amount", UNSET)

        order_id: int | str | Unset = d.pop("order_id", UNSET)

        create_payout_request = cls(
            sender_currency=sender_currency,
            beneficiary_currency=beneficiary_currency,
            payout_method_name=payout_method_name,
            purpose_code=purpose_code,
            payout_beneficiary_param=payout_beneficiary_param,
            sender_amount=sender_amount,
            sender_country=sender_country,
            beneficiary_amount=beneficiary_amount,
            order_id=order_id,
        )

        create_payout_request.additional_properties = d
        return create_payout_request

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
    "sender_currency": "sender_currency",
    "beneficiary_currency": "beneficiary_currency",
    "payout_method_name": "payout_method_name",
    "purpose_code": "purpose_code",
    "payout_beneficiary_param": "payout_beneficiary_param",
    "sender_amount": "sender_amount",
    "sender_country": "sender_country",
    "beneficiary_amount": "beneficiary_amount",
    "order_id": "order_id",
}

# Imported last so that models which refer to each other can be imported in any order.
from ..models.payout_beneficiary import PayoutBeneficiary  # noqa: E402
