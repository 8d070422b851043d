from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

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

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_dob(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dob_type_0 = datetime.date.fromisoformat(data)

                return dob_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        dob = _parse_dob(d.pop("dob", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_identification_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identification_type = _parse_identification_type(d.pop("identification_type", UNSET))

        def _parse_identification_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identification_value = _parse_identification_value(d.pop("identification_value", UNSET))

        def _parse_identification_custom_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identification_custom_type = _parse_identification_custom_type(d.pop("identification_custom_type", UNSET))

        def _parse_address_line1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line1 = _parse_address_line1(d.pop("address_line1", UNSET))

        def _parse_address_line2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line2 = _parse_address_line2(d.pop("address_line2", UNSET))

        def _parse_address_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_city = _parse_address_city(d.pop("address_city", UNSET))

        def _parse_address_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_state = _parse_address_state(d.pop("address_state", UNSET))

        def _parse_address_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_country = _parse_address_country(d.pop("address_country", UNSET))

        def _parse_address_zip_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_zip_code = _parse_address_zip_code(d.pop("address_zip_code", UNSET))

        def _parse_country_of_residence(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_of_residence = _parse_country_of_residence(d.pop("country_of_residence", UNSET))

        def _parse_nationality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nationality = _parse_nationality(d.pop("nationality", UNSET))

        def _parse_phone_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_country_code = _parse_phone_country_code(d.pop("phone_country_code", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

        def _parse_phone_number_e164(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number_e164 = _parse_phone_number_e164(d.pop("phone_number_e164", UNSET))

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
