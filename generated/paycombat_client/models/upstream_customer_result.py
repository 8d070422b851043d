# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpstreamCustomerResult")


@_attrs_define
class UpstreamCustomerResult:
    """The upstream API's own answer, returned as-is inside the envelope.

    Attributes:
        request_id (None | str | Unset):
        request_time (float | None | str | Unset): When the upstream handled the request; format not documented.
        success (bool | None | Unset):
        status_code (int | None | Unset):
        status_text (None | str | Unset):
        data (Customer | None | Unset):
    """

    request_id: None | str | Unset = UNSET
    request_time: float | None | str | Unset = UNSET
    success: bool | None | Unset = UNSET
    status_code: int | None | Unset = UNSET
    status_text: None | str | Unset = UNSET
    data: Customer | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        request_time: float | None | str | Unset
        if isinstance(self.request_time, Unset):
            request_time = UNSET
        else:
            request_time = self.request_time

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        status_text: None | str | Unset
        if isinstance(self.status_text, Unset):
            status_text = UNSET
        else:
            status_text = self.status_text

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, Customer):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if request_time is not UNSET:
            field_dict["request_time"] = request_time
        if success is not UNSET:
            field_dict["success"] = success
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if status_text is not UNSET:
            field_dict["status_text"] = status_text
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id: None | str | Unset = d.pop("request_id", UNSET)

        request_time: float | None | str | Unset = d.pop("request_time", UNSET)

        success: bool | None | Unset = d.pop("success", UNSET)

        status_code: int | None | Unset = d.pop("status_code", UNSET)

        status_text: None | str | Unset = d.pop("status_text", UNSET)

        _data_raw = d.pop("data", UNSET)
        data: Customer | None | Unset = _data_raw
        if isinstance(_data_raw, dict):
            try:
                data_type_0 = Customer.from_dict(_data_raw)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        upstream_customer_result = cls(
            request_id=request_id,
            request_time=request_time,
            success=success,
            status_code=status_code,
            status_text=status_text,
            data=data,
        )

        upstream_customer_result.additional_properties = d
        return upstream_customer_result

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
    "request_id": "request_id",
    "request_time": "request_time",
    "success": "success",
    "status_code": "status_code",
    "status_text": "status_text",
    "data": "data",
}

# Imported last so that models which refer to each other can be imported in any order.
from ..models.customer import Customer  # noqa: E402
