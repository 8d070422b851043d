# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutMethodParam")


@_attrs_define
class PayoutMethodParam:
    """One beneficiary parameter of a payout method.

    Attributes:
        name (None | str | Unset):
        type_ (None | str | Unset):
        regex (None | str | Unset):
        mandatory (bool | None | Unset):
        field_description (None | str | Unset):
        regex_description (None | str | Unset):
    """

    name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    regex: None | str | Unset = UNSET
    mandatory: bool | None | Unset = UNSET
    field_description: None | str | Unset = UNSET
    regex_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        regex: None | str | Unset
        if isinstance(self.regex, Unset):
            regex = UNSET
        else:
            regex = self.regex

        mandatory: bool | None | Unset
        if isinstance(self.mandatory, Unset):
            mandatory = UNSET
        else:
            mandatory = self.mandatory

        field_description: None | str | Unset
        if isinstance(self.field_description, Unset):
            field_description = UNSET
        else:
            field_description = self.field_description

        regex_description: None | str | Unset
        if isinstance(self.regex_description, Unset):
            regex_description = UNSET
        else:
            regex_description = self.regex_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if regex is not UNSET:
            field_dict["regex"] = regex
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if field_description is not UNSET:
            field_dict["field_description"] = field_description
        if regex_description is not UNSET:
            field_dict["regex_description"] = regex_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        regex: None | str | Unset = d.pop("regex", UNSET)

        mandatory: bool | None | Unset = d.pop("mandatory", UNSET)

        field_description: None | str | Unset = d.pop("field_description", UNSET)

        regex_description: None | str | Unset = d.pop("regex_description", UNSET)

        payout_method_param = cls(
            name=name,
            type_=type_,
            regex=regex,
            mandatory=mandatory,
            field_description=field_description,
            regex_description=regex_description,
        )

        payout_method_param.additional_properties = d
        return payout_method_param

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
    "name": "name",
    "type_": "type",
    "regex": "regex",
    "mandatory": "mandatory",
    "field_description": "field_description",
    "regex_description": "regex_description",
}
