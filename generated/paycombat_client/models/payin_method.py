# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayinMethod")


@_attrs_define
class PayinMethod:
    """A payin method and the parameters a payin with it needs.

    Attributes:
        payin_method_id (None | str | Unset): Starts with `pim_`.
        payin_method_name (None | str | Unset):
        payin_method_description (None | str | Unset):
        payin_method_logo (None | str | Unset):
        payin_method_instruction (None | str | Unset):
        payin_method_category (None | str | Unset): Known value BANK.
        payin_method_class (None | str | Unset): Known value DOMESTIC.
        payin_method_group (None | str | Unset):
        country (None | str | Unset):
        currency (None | str | Unset):
        payin_method_param (list[PayinMethodParam] | None | Unset):
        min_amount (Decimal | None | Unset):
        max_amount (Decimal | None | Unset):
        is_sender_validation_enabled (bool | None | Unset):
        is_payin_method_available_24_7 (bool | None | Unset):
        is_cancellable (bool | None | Unset):
        is_refundable (bool | None | Unset):
        is_multiple_refund_allowed (bool | None | Unset):
        is_partially_refundable (bool | None | Unset):
        is_over_refundable (bool | None | Unset):
        is_va_allowed (bool | None | Unset):
        is_payin_allowed (bool | None | Unset):
        max_expiration_time_in_seconds (float | None | str | Unset): A number of seconds, usually sent as a string.
        default_expiry_time_seconds (float | None | str | Unset): A number of seconds, usually sent as a string.
    """

    payin_method_id: None | str | Unset = UNSET
    payin_method_name: None | str | Unset = UNSET
    payin_method_description: None | str | Unset = UNSET
    payin_method_logo: None | str | Unset = UNSET
    payin_method_instruction: None | str | Unset = UNSET
    payin_method_category: None | str | Unset = UNSET
    payin_method_class: None | str | Unset = UNSET
    payin_method_group: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    payin_method_param: list[PayinMethodParam] | None | Unset = UNSET
    min_amount: Decimal | None | Unset = UNSET
    max_amount: Decimal | None | Unset = UNSET
    is_sender_validation_enabled: bool | None | Unset = UNSET
    is_payin_method_available_24_7: bool | None | Unset = UNSET
    is_cancellable: bool | None | Unset = UNSET
    is_refundable: bool | None | Unset = UNSET
    is_multiple_refund_allowed: bool | None | Unset = UNSET
    is_partially_refundable: bool | None | Unset = UNSET
    is_over_refundable: bool | None | Unset = UNSET
    is_va_allowed: bool | None | Unset = UNSET
    is_payin_allowed: bool | None | Unset = UNSET
    max_expiration_time_in_seconds: float | None | str | Unset = UNSET
    default_expiry_time_seconds: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payin_method_id: None | str | Unset
        if isinstance(self.payin_method_id, Unset):
            payin_method_id = UNSET
        else:
            payin_method_id = self.payin_method_id

        payin_method_name: None | str | Unset
        if isinstance(self.payin_method_name, Unset):
            payin_method_name = UNSET
        else:
            payin_method_name = self.payin_method_name

        payin_method_description: None | str | Unset
        if isinstance(self.payin_method_description, Unset):
            payin_method_description = UNSET
        else:
            payin_method_description = self.payin_method_description

        payin_method_logo: None | str | Unset
        if isinstance(self.payin_method_logo, Unset):
            payin_method_logo = UNSET
        else:
            payin_method_logo = self.payin_method_logo

        payin_method_instruction: None | str | Unset
        if isinstance(self.payin_method_instruction, Unset):
            payin_method_instruction = UNSET
        else:
            payin_method_instruction = self.payin_method_instruction

        payin_method_category: None | str | Unset
        if isinstance(self.payin_method_category, Unset):
            payin_method_category = UNSET
        else:
            payin_method_category = self.payin_method_category

        payin_method_class: None | str | Unset
        if isinstance(self.payin_method_class, Unset):
            payin_method_class = UNSET
        else:
            payin_method_class = self.payin_method_class

        payin_method_group: None | str | Unset
        if isinstance(self.payin_method_group, Unset):
            payin_method_group = UNSET
        else:
            payin_method_group = self.payin_method_group

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        payin_method_param: list[dict[str, Any]] | None | Unset
        if isinstance(self.payin_method_param, Unset):
            payin_method_param = UNSET
        elif isinstance(self.payin_method_param, list):
            payin_method_param = []
            for payin_method_param_type_0_item_data in self.payin_method_param:
                payin_method_param_type_0_item = payin_method_param_type_0_item_data.to_dict()
                payin_method_param.append(payin_method_param_type_0_item)

        else:
            payin_method_param = self.payin_method_param

        min_amount: Decimal | None | Unset
        if isinstance(self.min_amount, Unset):
            min_amount = UNSET
        else:
            min_amount = self.min_amount

        max_amount: Decimal | None | Unset
        if isinstance(self.max_amount, Unset):
            max_amount = UNSET
        else:
            max_amount = self.max_amount

        is_sender_validation_enabled: bool | None | Unset
        if isinstance(self.is_sender_validation_enabled, Unset):
            is_sender_validation_enabled = UNSET
        else:
            is_sender_validation_enabled = self.is_sender_validation_enabled

        is_payin_method_available_24_7: bool | None | Unset
        if isinstance(self.is_payin_method_available_24_7, Unset):
            is_payin_method_available_24_7 = UNSET
        else:
            is_payin_method_available_24_7 = self.is_payin_method_available_24_7

        is_cancellable: bool | None | Unset
        if isinstance(self.is_cancellable, Unset):
            is_cancellable = UNSET
        else:
            is_cancellable = self.is_cancellable

        is_refundable: bool | None | Unset
        if isinstance(self.is_refundable, Unset):
            is_refundable = UNSET
        else:
            is_refundable = self.is_refundable

        is_multiple_refund_allowed: bool | None | Unset
        if isinstance(self.is_multiple_refund_allowed, Unset):
            is_multiple_refund_allowed = UNSET
        else:
            is_multiple_refund_allowed = self.is_multiple_refund_allowed

        is_partially_refundable: bool | None | Unset
        if isinstance(self.is_partially_refundable, Unset):
            is_partially_refundable = UNSET
        else:
            is_partially_refundable = self.is_partially_refundable

        is_over_refundable: bool | None | Unset
        if isinstance(self.is_over_refundable, Unset):
            is_over_refundable = UNSET
        else:
            is_over_refundable = self.is_over_refundable

        is_va_allowed: bool | None | Unset
        if isinstance(self.is_va_allowed, Unset):
            is_va_allowed = UNSET
        else:
            is_va_allowed = self.is_va_allowed

        is_payin_allowed: bool | None | Unset
        if isinstance(self.is_payin_allowed, Unset):
            is_payin_allowed = UNSET
        else:
            is_payin_allowed = self.is_payin_allowed

        max_expiration_time_in_seconds: float | None | str | Unset
        if isinstance(self.max_expiration_time_in_seconds, Unset):
            max_expiration_time_in_seconds = UNSET
        else:
            max_expiration_time_in_seconds = self.max_expiration_time_in_seconds

        default_expiry_time_seconds: float | None | str | Unset
        if isinstance(self.default_expiry_time_seconds, Unset):
            default_expiry_time_seconds = UNSET
        else:
            default_expiry_time_seconds = self.default_expiry_time_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payin_method_id is not UNSET:
            field_dict["payin_method_id"] = payin_method_id
        if payin_method_name is not UNSET:
            field_dict["payin_method_name"] = payin_method_name
        if payin_method_description is not UNSET:
            field_dict["payin_method_description"] = payin_method_description
        if payin_method_logo is not UNSET:
            field_dict["payin_method_logo"] = payin_method_logo
        if payin_method_instruction is not UNSET:
            field_dict["payin_method_instruction"] = payin_method_instruction
        if payin_method_category is not UNSET:
            field_dict["payin_method_category"] = payin_method_category
        if payin_method_class is not UNSET:
            field_dict["payin_method_class"] = payin_method_class
        if payin_method_group is not UNSET:
            field_dict["payin_method_group"] = payin_method_group
        if country is not UNSET:
            field_dict["country"] = country
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payin_method_param is not UNSET:
            field_dict["payin_method_param"] = payin_method_param
        if min_amount is not UNSET:
            field_dict["min_amount"] = min_amount
        if max_amount is not UNSET:
            field_dict["max_amount"] = max_amount
        if is_sender_validation_enabled is not UNSET:
            field_dict["is_sender_validation_enabled"] = is_sender_validation_enabled
        if is_payin_method_available_24_7 is not UNSET:
            field_dict["is_payin_method_available_24_7"] = is_payin_method_available_24_7
        if is_cancellable is not UNSET:
            field_dict["is_cancellable"] = is_cancellable
        if is_refundable is not UNSET:
            field_dict["is_refundable"] = is_refundable
        if is_multiple_refund_allowed is not UNSET:
            field_dict["is_multiple_refund_allowed"] = is_multiple_refund_allowed
        if is_partially_refundable is not UNSET:
            field_dict["is_partially_refundable"] = is_partially_refundable
        if is_over_refundable is not UNSET:
            field_dict["is_over_refundable"] = is_over_refundable
        if is_va_allowed is not UNSET:
            field_dict["is_va_allowed"] = is_va_allowed
        if is_payin_allowed is not UNSET:
            field_dict["is_payin_allowed"] = is_payin_allowed
        if max_expiration_time_in_seconds is not UNSET:
            field_dict["max_expiration_time_in_seconds"] = max_expiration_time_in_seconds
        if default_expiry_time_seconds is not UNSET:
            field_dict["default_expiry_time_seconds"] = default_expiry_time_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payin_method_id: None | str | Unset = d.pop("payin_method_id", UNSET)

        payin_method_name: None | str | Unset = d.pop("payin_method_name", UNSET)

        payin_method_description: None | str | Unset = d.pop("payin_method_description", UNSET)

        payin_method_logo: None | str | Unset = d.pop("payin_method_logo", UNSET)

        payin_method_instruction: None | str | Unset = d.pop("payin_method_instruction", UNSET)

        payin_method_category: None | str | Unset = d.pop("payin_method_category", UNSET)

        payin_method_class: None | str | Unset = d.pop("payin_method_class", UNSET)

        payin_method_group: None | str | Unset = d.pop("payin_method_group", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        _payin_method_param_raw = d.pop("payin_method_param", UNSET)
        payin_method_param: list[PayinMethodParam] | None | Unset = _payin_method_param_raw
        if isinstance(_payin_method_param_raw, list):
            try:
                payin_method_param_type_0 = []
                _payin_method_param_type_0 = _payin_method_param_raw
                for payin_method_param_type_0_item_data in _payin_method_param_type_0:
                    payin_method_param_type_0_item = PayinMethodParam.from_dict(payin_method_param_type_0_item_data)

                    payin_method_param_type_0.append(payin_method_param_type_0_item)

                payin_method_param = payin_method_param_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        min_amount: Decimal | None | Unset = d.pop("min_amount", UNSET)

        max_amount: Decimal | None | Unset = d.pop("max_amount", UNSET)

        is_sender_validation_enabled: bool | None | Unset = d.pop("is_sender_validation_enabled", UNSET)

        is_payin_method_available_24_7: bool | None | Unset = d.pop("is_payin_method_available_24_7", UNSET)

        is_cancellable: bool | None | Unset = d.pop("is_cancellable", UNSET)

        is_refundable: bool | None | Unset = d.pop("is_refundable", UNSET)

        is_multiple_refund_allowed: bool | None | Unset = d.pop("is_multiple_refund_allowed", UNSET)

        is_partially_refundable: bool | None | Unset = d.pop("is_partially_refundable", UNSET)

        is_over_refundable: bool | None | Unset = d.pop("is_over_refundable", UNSET)

        is_va_allowed: bool | None | Unset = d.pop("is_va_allowed", UNSET)

        is_payin_allowed: bool | None | Unset = d.pop("is_payin_allowed", UNSET)

        max_expiration_time_in_seconds: float | None | str | Unset = d.pop("max_expiration_time_in_seconds", UNSET)

        default_expiry_time_seconds: float | None | str | Unset = d.pop("default_expiry_time_seconds", UNSET)

        payin_method = cls(
            payin_method_id=payin_method_id,
            payin_method_name=payin_method_name,
            payin_method_description=payin_method_description,
            payin_method_logo=payin_method_logo,
            payin_method_instruction=payin_method_instruction,
            payin_method_category=payin_method_category,
            payin_method_class=payin_method_class,
            payin_method_group=payin_method_group,
            country=country,
            currency=currency,
            payin_method_param=payin_method_param,
            min_amount=min_amount,
            max_amount=max_amount,
            is_sender_validation_enabled=is_sender_validation_enabled,
            is_payin_method_available_24_7=is_payin_method_available_24_7,
            is_cancellable=is_cancellable,
            is_refundable=is_refundable,
            is_multiple_refund_allowed=is_multiple_refund_allowed,
            is_partially_refundable=is_partially_refundable,
            is_over_refundable=is_over_refundable,
            is_va_allowed=is_va_allowed,
            is_payin_allowed=is_payin_allowed,
            max_expiration_time_in_seconds=max_expiration_time_in_seconds,
            default_expiry_time_seconds=default_expiry_time_seconds,
        )

        payin_method.additional_properties = d
        return payin_method

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
    "payin_method_id": "payin_method_id",
    "payin_method_name": "payin_method_name",
    "payin_method_description": "payin_method_description",
    "payin_method_logo": "payin_method_logo",
    "payin_method_instruction": "payin_method_instruction",
    "payin_method_category": "payin_method_category",
    "payin_method_class": "payin_method_class",
    "payin_method_group": "payin_method_group",
    "country": "country",
    "currency": "currency",
    "payin_method_param": "payin_method_param",
    "min_amount": "min_amount",
    "max_amount": "max_amount",
    "is_sender_validation_enabled": "is_sender_validation_enabled",
    "is_payin_method_available_24_7": "is_payin_method_available_24_7",
    "is_cancellable": "is_cancellable",
    "is_refundable": "is_refundable",
    "is_multiple_refund_allowed": "is_multiple_refund_allowed",
    "is_partially_refundable": "is_partially_refundable",
    "is_over_refundable": "is_over_refundable",
    "is_va_allowed": "is_va_allowed",
    "is_payin_allowed": "is_payin_allowed",
    "max_expiration_time_in_seconds": "max_expiration_time_in_seconds",
    "default_expiry_time_seconds": "default_expiry_time_seconds",
}

# Imported last so that models which refer to each other can be imported in any order.
from ..models.payin_method_param import PayinMethodParam  # noqa: E402
