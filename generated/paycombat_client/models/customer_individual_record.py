# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerIndividualRecord")


@_attrs_define
class CustomerIndividualRecord:
    """The person behind an individual customer, as returned by the API.

    Attributes:
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        dob (datetime.date | None | Unset):
        email (None | str | Unset):
        identification_type (None | str | Unset):
        identification_value (None | str | Unset):
        identification_custom_type (None | str | Unset):
        address_line1 (None | str | Unset):
        address_line2 (None | str | Unset):
        address_city (None | str | Unset):
        address_state (None | str | Unset):
        address_country (None | str | Unset): ISO 3166-1 alpha-2 country code.
        address_zip_code (None | str | Unset):
        country_of_residence (None | str | Unset):
        nationality (None | str | Unset):
        phone_country_code (None | str | Unset): Dialling prefix such as `+62`.
        phone_number (None | str | Unset):
        phone_number_e164 (None | str | Unset): Full number in E.164 form.
    """

    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    dob: datetime.date | None | Unset = UNSET
    email: None | str | Unset = UNSET
    identification_type: None | str | Unset = UNSET
    identification_value: None | str | Unset = UNSET
    identification_custom_type: None | str | Unset = UNSET
    address_line1: None | str | Unset = UNSET
    address_line2: None | str | Unset = UNSET
    address_city: None | str | Unset = UNSET
    address_state: None | str | Unset = UNSET
    address_country: None | str | Unset = UNSET
    address_zip_code: None | str | Unset = UNSET
    country_of_residence: None | str | Unset = UNSET
    nationality: None | str | Unset = UNSET
    phone_country_code: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    phone_number_e164: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        dob: None | str | Unset
        if isinstance(self.dob, Unset):
            dob = UNSET
        elif isinstance(self.dob, datetime.date):
            dob = self.dob.isoformat()
        else:
            dob = self.dob

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        identification_type: None | str | Unset
        if isinstance(self.identification_type, Unset):
            identification_type = UNSET
        else:
            identification_type = self.identification_type

        identification_value: None | str | Unset
        if isinstance(self.identification_value, Unset):
            identification_value = UNSET
        else:
            identification_value = self.identification_value

        identification_custom_type: None | str | Unset
        if isinstance(self.identification_custom_type, Unset):
            identification_custom_type = UNSET
        else:
            identification_custom_type = self.identification_custom_type

        address_line1: None | str | Unset
        if isinstance(self.address_line1, Unset):
            address_line1 = UNSET
        else:
            address_line1 = self.address_line1

        address_line2: None | str | Unset
        if isinstance(self.address_line2, Unset):
            address_line2 = UNSET
        else:
            address_line2 = self.address_line2

        address_city: None | str | Unset
        if isinstance(self.address_city, Unset):
            address_city = UNSET
        else:
            address_city = self.address_city

        address_state: None | str | Unset
        if isinstance(self.address_state, Unset):
            address_state = UNSET
        else:
            address_state = self.address_state

        address_country: None | str | Unset
        if isinstance(self.address_country, Unset):
            address_country = UNSET
        else:
            address_country = self.address_country

        address_zip_code: None | str | Unset
        if isinstance(self.address_zip_code, Unset):
            address_zip_code = UNSET
        else:
            address_zip_code = self.address_zip_code

        country_of_residence: None | str | Unset
        if isinstance(self.country_of_residence, Unset):
            country_of_residence = UNSET
        else:
            country_of_residence = self.country_of_residence

        nationality: None | str | Unset
        if isinstance(self.nationality, Unset):
            nationality = UNSET
        else:
            nationality = self.nationality

        phone_country_code: None | str | Unset
        if isinstance(self.phone_country_code, Unset):
            phone_country_code = UNSET
        else:
            phone_country_code = self.phone_country_code

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        phone_number_e164: None | str | Unset
        if isinstance(self.phone_number_e164, Unset):
            phone_number_e164 = UNSET
        else:
            phone_number_e164 = self.phone_number_e164

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if dob is not UNSET:
            field_dict["dob"] = dob
        if email is not UNSET:
            field_dict["email"] = email
        if identification_type is not UNSET:
            field_dict["identification_type"] = identification_type
        if identification_value is not UNSET:
            field_dict["identification_value"] = identification_value
        if identification_custom_type is not UNSET:
            field_dict["identification_custom_type"] = identification_custom_type
        if address_line1 is not UNSET:
            field_dict["address_line1"] = address_line1
        if address_line2 is not UNSET:
            field_dict["address_line2"] = address_line2
        if address_city is not UNSET:
            field_dict["address_city"] = address_city
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_country is not UNSET:
            field_dict["address_country"] = address_country
        if address_zip_code is not UNSET:
            field_dict["address_zip_code"] = address_zip_code
        if country_of_residence is not UNSET:
            field_dict["country_of_residence"] = country_of_residence
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if phone_country_code is not UNSET:
            field_dict["phone_country_code"] = phone_country_code
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if phone_number_e164 is not UNSET:
            field_dict["phone_number_e164"] = phone_number_e164

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name: None | str | Unset = d.pop("first_name", UNSET)

        last_name: None | str | Unset = d.pop("last_name", UNSET)

        _dob_raw = d.pop("dob", UNSET)
        dob: datetime.date | None | Unset = _dob_raw
        if isinstance(_dob_raw, str):
            try:
                dob_type_0 = datetime.date.fromisoformat(_dob_raw)

                dob = dob_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        email: None | str | Unset = d.pop("email", UNSET)

        identification_type: None | str | Unset = d.pop("identification_type", UNSET)

        identification_value: None | str | Unset = d.pop("identification_value", UNSET)

        identification_custom_type: None | str | Unset = d.pop("identification_custom_type", UNSET)

        address_line1: None | str | Unset = d.pop("address_line1", UNSET)

        address_line2: None | str | Unset = d.pop("address_line2", UNSET)

        address_city: None | str | Unset = d.pop("address_city", UNSET)

        address_state: None | str | Unset = d.pop("address_state", UNSET)

        address_country: None | str | Unset = d.pop("address_country", UNSET)

        address_zip_code: None | str | Unset = d.pop("address_zip_code", UNSET)

        country_of_residence: None | str | Unset = d.pop("country_of_residence", UNSET)

        nationality: None | str | Unset = d.pop("nationality", UNSET)

        phone_country_code: None | str | Unset = d.pop("phone_country_code", UNSET)

        phone_number: None | str | Unset = d.pop("phone_number", UNSET)

        phone_number_e164: None | str | Unset = d.pop("phone_number_e164", UNSET)

        customer_individual_record = cls(
            first_name=first_name,
            last_name=last_name,
            dob=dob,
            email=email,
            identification_type=identification_type,
            identification_value=identification_value,
            identification_custom_type=identification_custom_type,
            address_line1=address_line1,
            address_line2=address_line2,
            address_city=address_city,
            address_state=address_state,
            address_country=address_country,
            address_zip_code=address_zip_code,
            country_of_residence=country_of_residence,
            nationality=nationality,
            phone_country_code=phone_country_code,
            phone_number=phone_number,
            phone_number_e164=phone_number_e164,
        )

        customer_individual_record.additional_properties = d
        return customer_individual_record

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
    "first_name": "first_name",
    "last_name": "last_name",
    "dob": "dob",
    "email": "email",
    "identification_type": "identification_type",
    "identification_value": "identification_value",
    "identification_custom_type": "identification_custom_type",
    "address_line1": "address_line1",
    "address_line2": "address_line2",
    "address_city": "address_city",
    "address_state": "address_state",
    "address_country": "address_country",
    "address_zip_code": "address_zip_code",
    "country_of_residence": "country_of_residence",
    "nationality": "nationality",
    "phone_country_code": "phone_country_code",
    "phone_number": "phone_number",
    "phone_number_e164": "phone_number_e164",
}
