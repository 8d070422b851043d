# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerCompanyUpdate")


@_attrs_define
class CustomerCompanyUpdate:
    """Fields of a company to change. All optional; an empty string clears a
    field, an omitted field is left as is.

        Attributes:
            name (str | Unset):
            registration_number (str | Unset):
            incorporation_country (str | Unset): ISO 3166-1 alpha-2 country code.
            company_email (str | Unset):
            address_line1 (str | Unset):
            address_line2 (str | Unset):
            address_city (str | Unset):
            address_state (str | Unset):
            address_country (str | Unset): ISO 3166-1 alpha-2 country code.
            address_zip_code (str | Unset):
            phone_country_code (str | Unset): Dialling prefix such as `+61`.
            phone_number (str | Unset):
            authorized_user (AuthorizedUser | Unset): The person allowed to act for a company. No field is marked required
                by the docs.
    """

    name: str | Unset = UNSET
    registration_number: str | Unset = UNSET
    incorporation_country: str | Unset = UNSET
    company_email: str | Unset = UNSET
    address_line1: str | Unset = UNSET
    address_line2: str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_country: str | Unset = UNSET
    address_zip_code: str | Unset = UNSET
    phone_country_code: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    authorized_user: AuthorizedUser | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        registration_number = self.registration_number

        incorporation_country = self.incorporation_country

        company_email = self.company_email

        address_line1 = self.address_line1

        address_line2 = self.address_line2

        address_city = self.address_city

        address_state = self.address_state

        address_country = self.address_country

        address_zip_code = self.address_zip_code

        phone_country_code = self.phone_country_code

        phone_number = self.phone_number

        authorized_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorized_user, Unset):
            authorized_user = self.authorized_user.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if registration_number is not UNSET:
            field_dict["registration_number"] = registration_number
        if incorporation_country is not UNSET:
            field_dict["incorporation_country"] = incorporation_country
        if company_email is not UNSET:
            field_dict["company_email"] = company_email
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
        if phone_country_code is not UNSET:
            field_dict["phone_country_code"] = phone_country_code
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if authorized_user is not UNSET:
            field_dict["authorized_user"] = authorized_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        registration_number = d.pop("registration_number", UNSET)

        incorporation_country = d.pop("incorporation_country", UNSET)

        company_email = d.pop("company_email", UNSET)

        address_line1 = d.pop("address_line1", UNSET)

        address_line2 = d.pop("address_line2", UNSET)

        address_city = d.pop("address_city", UNSET)

        address_state = d.pop("address_state", UNSET)

        address_country = d.pop("address_country", UNSET)

        address_zip_code = d.pop("address_zip_code", UNSET)

        phone_country_code = d.pop("phone_country_code", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        _authorized_user = d.pop("authorized_user", UNSET)
        authorized_user: AuthorizedUser | Unset
        if isinstance(_authorized_user, Unset):
            authorized_user = UNSET
        else:
            authorized_user = AuthorizedUser.from_dict(_authorized_user)

        customer_company_update = cls(
            name=name,
            registration_number=registration_number,
            incorporation_country=incorporation_country,
            company_email=company_email,
            address_line1=address_line1,
            address_line2=address_line2,
            address_city=address_city,
            address_state=address_state,
            address_country=address_country,
            address_zip_code=address_zip_code,
            phone_country_code=phone_country_code,
            phone_number=phone_number,
            authorized_user=authorized_user,
        )

        return customer_company_update


#: Each field's JSON key, as the spec names it (``type_`` is sent as ``type``): the runtime's checks
#: name what does not fit by these.
JSON_KEYS: dict[str, str] = {
    "name": "name",
    "registration_number": "registration_number",
    "incorporation_country": "incorporation_country",
    "company_email": "company_email",
    "address_line1": "address_line1",
    "address_line2": "address_line2",
    "address_city": "address_city",
    "address_state": "address_state",
    "address_country": "address_country",
    "address_zip_code": "address_zip_code",
    "phone_country_code": "phone_country_code",
    "phone_number": "phone_number",
    "authorized_user": "authorized_user",
}

# Imported last so that models which refer to each other can be imported in any order.
from ..models.authorized_user import AuthorizedUser  # noqa: E402
