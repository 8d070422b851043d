# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VirtualAccountResponse")


@_attrs_define
class VirtualAccountResponse:
    """Success envelope. `status` was missing from one copy of the Retrieve Payin docs, so it is optional.

    Attributes:
        data (VirtualAccount): A virtual account. Only `id` is known (pass it as `payer_id` to
            createPayin once approved); other keys are kept as they come.
        status (bool | Unset): Only `true` is a success; `false` is a refusal and any other value
            is an unusable answer. May be missing (one copy of the Retrieve
            Payin docs shows no `status`).
        message (None | str | Unset): For example `OK` or `Created`.
    """

    data: VirtualAccount
    status: bool | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        status = self.status

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = VirtualAccount.from_dict(d.pop("data"))

        status = d.pop("status", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        virtual_account_response = cls(
            data=data,
            status=status,
            message=message,
        )

        virtual_account_response.additional_properties = d
        return virtual_account_response

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
    "data": "data",
    "status": "status",
    "message": "message",
}

# Imported last so that models which refer to each other can be imported in any order.
from ..models.virtual_account import VirtualAccount  # noqa: E402
