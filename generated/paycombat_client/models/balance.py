# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """Payout balance of the merchant in one currency. Its fields are not
    public: the ones below are inferred from a public schema snapshot
    of PayCombat's tables, and every other key is kept as received.

        Attributes:
            total_balance_available (Decimal | None | Unset): Balance available for payouts (inferred).
            total_hold_balance (Decimal | None | Unset): Balance on hold (inferred).
            total_balance_expected (Decimal | None | Unset): Balance expected once pending movements settle (inferred).
            currency (None | str | Unset): ISO-4217 currency code (inferred).
    """

    total_balance_available: Decimal | None | Unset = UNSET
    total_hold_balance: Decimal | None | Unset = UNSET
    total_balance_expected: Decimal | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_balance_available: Decimal | None | Unset
        if isinstance(self.total_balance_available, Unset):
            total_balance_available = UNSET
        else:
            total_balance_available = self.total_balance_available

        total_hold_balance: Decimal | None | Unset
        if isinstance(self.total_hold_balance, Unset):
            total_hold_balance = UNSET
        else:
            total_hold_balance = self.total_hold_balance

        total_balance_expected: Decimal | None | Unset
        if isinstance(self.total_balance_expected, Unset):
            total_balance_expected = UNSET
        else:
            total_balance_expected = self.total_balance_expected

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_balance_available is not UNSET:
            field_dict["total_balance_available"] = total_balance_available
        if total_hold_balance is not UNSET:
            field_dict["total_hold_balance"] = total_hold_balance
        if total_balance_expected is not UNSET:
            field_dict["total_balance_expected"] = total_balance_expected
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_balance_available: Decimal | None | Unset = d.pop("total_balance_available", UNSET)

        total_hold_balance: Decimal | None | Unset = d.pop("total_hold_balance", UNSET)

        total_balance_expected: Decimal | None | Unset = d.pop("total_balance_expected", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        balance = cls(
            total_balance_available=total_balance_available,
            total_hold_balance=total_hold_balance,
            total_balance_expected=total_balance_expected,
            currency=currency,
        )

        balance.additional_properties = d
        return balance

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
    "total_balance_available": "total_balance_available",
    "total_hold_balance": "total_hold_balance",
    "total_balance_expected": "total_balance_expected",
    "currency": "currency",
}
