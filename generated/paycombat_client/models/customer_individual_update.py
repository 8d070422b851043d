# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerIndividualUpdate")


@_attrs_define
class CustomerIndividualUpdate:
    """Fields of an individual to change. All optional; an empty string
    clears a field, an omitted field is left as is.

        Attributes:
            first_name (str | Unset):
            last_name (str | Unset):
            dob (str | Unset): Date of birth, `YYYY-MM-DD`, or empty to clear.
            email (str | Unset):
            identification_type (str | Unset):
            identification_value (str | Unset):
            address_line1 (str | Unset):
            address_line2 (str | Unset):
            address_city (str | Unset):
            address_state (str | Unset):
            address_country (str | Unset): ISO 3166-1 alpha-2 country code.
            address_zip_code (str | Unset):
            country_of_residence (str | Unset): ISO 3166-1 alpha-2 country code.
            nationality (str | Unset): ISO 3166-1 alpha-2 country code.
            phone_country_code (str | Unset): Dialling prefix such as `+62`.
            phone_number (str | Unset): Number without the country prefix.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    dob: str | Unset = UNSET
    email: str | Unset = UNSET
    identification_type: str | Unset = UNSET
    identification_value: str | Unset = UNSET
    address_line1: str | Unset = UNSET
    address_line2: str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_country: str | Unset = UNSET
    address_zip_code: str | Unset = UNSET
    country_of_residence: str | Unset = UNSET
    nationality: str | Unset = UNSET
    phone_country_code: str | Unset = UNSET
    phone_number: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        dob = self.dob

        email = self.email

        identification_type = self.identification_type

        identification_value = self.identification_value

        address_line1 = self.address_line1

        address_line2 = self.address_line2

        address_city = self.address_city

        address_state = self.address_state

        address_country = self.address_country

        address_zip_code = self.address_zip_code

        country_of_residence = self.country_of_residence

        nationality = self.nationality

        phone_country_code = self.phone_country_code

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        dob = d.pop("dob", UNSET)

        email = d.pop("email", UNSET)

        identification_type = d.pop("identification_type", UNSET)

        identification_value = d.pop("identification_value", UNSET)

        address_line1 = d.pop("address_line1", UNSET)

        address_line2 = d.pop("address_line2", UNSET)

        address_city = d.pop("address_city", UNSET)

        address_state = d.pop("address_state", UNSET)

        address_country = d.pop("address_country", UNSET)

        address_zip_code = d.pop("address_zip_code", UNSET)

        country_of_residence = d.pop("country_of_residence", UNSET)

        nationality = d.pop("nationality", UNSET)

        phone_country_code = d.pop("phone_country_code", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        customer_individual_update = cls(
            first_name=first_name,
            last_name=last_name,
            dob=dob,
            email=email,
            identification_type=identification_type,
            identification_value=identification_value,
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
        )

        return customer_individual_update


#: Each field's JSON key, as the spec names it (``type_`` is sent as ``type``): the runtime's checks
#: name what does not fit by these.
JSON_KEYS: dict[str, str] = {
    "first_name": "first_name",
    "last_name": "last_name",
    "dob": "dob",
    "email": "email",
    "identification_type": "identification_type",
    "identification_value": "identification_value",
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
}
