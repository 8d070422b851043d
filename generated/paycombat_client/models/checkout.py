# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Checkout")


@_attrs_define
class Checkout:
    """A hosted checkout session. Unknown keys are kept.

    Attributes:
        id (None | str | Unset):
        checkout_token (None | str | Unset): 64 hex characters; used in the hosted page's URL.
        amount (Decimal | None | Unset): An integer in the examples seen.
        currency (None | str | Unset): ISO-4217 currency code.
        country_code (None | str | Unset): ISO 3166-1 alpha-2 code (`EU` has been seen too).
        country_name (None | str | Unset):
        payin_method_name (None | str | Unset):
        payin_type (None | str | Unset):
        customer_id (None | str | Unset):
        checkout_url (None | str | Unset):
        redirect_url (None | str | Unset):
        advanced_redirect_url (Any | Unset): Inferred: stored as JSON (any JSON value, not necessarily a
            string), per a public schema snapshot of PayCombat's tables.
        webhook_url (None | str | Unset):
        expire_at (datetime.datetime | None | Unset): When the checkout expires. Inferred to be always set, from a
            public schema snapshot of PayCombat's tables.
        status (None | str | Unset): Inferred from a public schema snapshot of PayCombat's tables:
            text, `PENDING` when the checkout is created.
        additional_info (CheckoutAdditionalInfoType0 | None | Unset):
        order_summary (CheckoutOrderSummaryType0 | None | Unset):
        description (None | str | Unset):
        merchant_id (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        deleted_at (datetime.datetime | None | Unset):
    """

    id: None | str | Unset = UNSET
    checkout_token: None | str | Unset = UNSET
    amount: Decimal | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    country_name: None | str | Unset = UNSET
    payin_method_name: None | str | Unset = UNSET
    payin_type: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    checkout_url: None | str | Unset = UNSET
    redirect_url: None | str | Unset = UNSET
    advanced_redirect_url: Any | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    expire_at: datetime.datetime | None | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_info: CheckoutAdditionalInfoType0 | None | Unset = UNSET
    order_summary: CheckoutOrderSummaryType0 | None | Unset = UNSET
    description: None | str | Unset = UNSET
    merchant_id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        checkout_token: None | str | Unset
        if isinstance(self.checkout_token, Unset):
            checkout_token = UNSET
        else:
            checkout_token = self.checkout_token

        amount: Decimal | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        country_name: None | str | Unset
        if isinstance(self.country_name, Unset):
            country_name = UNSET
        else:
            country_name = self.country_name

        payin_method_name: None | str | Unset
        if isinstance(self.payin_method_name, Unset):
            payin_method_name = UNSET
        else:
            payin_method_name = self.payin_method_name

        payin_type: None | str | Unset
        if isinstance(self.payin_type, Unset):
            payin_type = UNSET
        else:
            payin_type = self.payin_type

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        checkout_url: None | str | Unset
        if isinstance(self.checkout_url, Unset):
            checkout_url = UNSET
        else:
            checkout_url = self.checkout_url

        redirect_url: None | str | Unset
        if isinstance(self.redirect_url, Unset):
            redirect_url = UNSET
        else:
            redirect_url = self.redirect_url

        advanced_redirect_url = self.advanced_redirect_url

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        expire_at: None | str | Unset
        if isinstance(self.expire_at, Unset):
            expire_at = UNSET
        elif isinstance(self.expire_at, datetime.datetime):
            expire_at = self.expire_at.isoformat()
        else:
            expire_at = self.expire_at

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        additional_info: dict[str, Any] | None | Unset
        if isinstance(self.additional_info, Unset):
            additional_info = UNSET
        elif isinstance(self.additional_info, CheckoutAdditionalInfoType0):
            additional_info = self.additional_info.to_dict()
        else:
            additional_info = self.additional_info

        order_summary: dict[str, Any] | None | Unset
        if isinstance(self.order_summary, Unset):
            order_summary = UNSET
        elif isinstance(self.order_summary, CheckoutOrderSummaryType0):
            order_summary = self.order_summary.to_dict()
        else:
            order_summary = self.order_summary

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        merchant_id: None | str | Unset
        if isinstance(self.merchant_id, Unset):
            merchant_id = UNSET
        else:
            merchant_id = self.merchant_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if checkout_token is not UNSET:
            field_dict["checkout_token"] = checkout_token
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if country_name is not UNSET:
            field_dict["country_name"] = country_name
        if payin_method_name is not UNSET:
            field_dict["payin_method_name"] = payin_method_name
        if payin_type is not UNSET:
            field_dict["payin_type"] = payin_type
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if checkout_url is not UNSET:
            field_dict["checkout_url"] = checkout_url
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if advanced_redirect_url is not UNSET:
            field_dict["advanced_redirect_url"] = advanced_redirect_url
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if expire_at is not UNSET:
            field_dict["expire_at"] = expire_at
        if status is not UNSET:
            field_dict["status"] = status
        if additional_info is not UNSET:
            field_dict["additional_info"] = additional_info
        if order_summary is not UNSET:
            field_dict["order_summary"] = order_summary
        if description is not UNSET:
            field_dict["description"] = description
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        checkout_token: None | str | Unset = d.pop("checkout_token", UNSET)

        amount: Decimal | None | Unset = d.pop("amount", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        country_code: None | str | Unset = d.pop("country_code", UNSET)

        country_name: None | str | Unset = d.pop("country_name", UNSET)

        payin_method_name: None | str | Unset = d.pop("payin_method_name", UNSET)

        payin_type: None | str | Unset = d.pop("payin_type", UNSET)

        customer_id: None | str | Unset = d.pop("customer_id", UNSET)

        checkout_url: None | str | Unset = d.pop("checkout_url", UNSET)

        redirect_url: None | str | Unset = d.pop("redirect_url", UNSET)

        advanced_redirect_url = d.pop("advanced_redirect_url", UNSET)

        webhook_url: None | str | Unset = d.pop("webhook_url", UNSET)

        _expire_at_raw = d.pop("expire_at", UNSET)
        expire_at: datetime.datetime | None | Unset = _expire_at_raw
        if isinstance(_expire_at_raw, str):
            try:
                expire_at_type_0 = datetime.datetime.fromisoformat(_expire_at_raw)

                expire_at = expire_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        status: None | str | Unset = d.pop("status", UNSET)

        _additional_info_raw = d.pop("additional_info", UNSET)
        additional_info: CheckoutAdditionalInfoType0 | None | Unset = _additional_info_raw
        if isinstance(_additional_info_raw, dict):
            try:
                additional_info_type_0 = CheckoutAdditionalInfoType0.from_dict(_additional_info_raw)

                additional_info = additional_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _order_summary_raw = d.pop("order_summary", UNSET)
        order_summary: CheckoutOrderSummaryType0 | None | Unset = _order_summary_raw
        if isinstance(_order_summary_raw, dict):
            try:
                order_summary_type_0 = CheckoutOrderSummaryType0.from_dict(_order_summary_raw)

                order_summary = order_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        description: None | str | Unset = d.pop("description", UNSET)

        merchant_id: None | str | Unset = d.pop("merchant_id", UNSET)

        _created_at_raw = d.pop("created_at", UNSET)
        created_at: datetime.datetime | None | Unset = _created_at_raw
        if isinstance(_created_at_raw, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at_raw)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _updated_at_raw = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset = _updated_at_raw
        if isinstance(_updated_at_raw, str):
            try:
                updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at_raw)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _deleted_at_raw = d.pop("deleted_at", UNSET)
        deleted_at: datetime.datetime | None | Unset = _deleted_at_raw
        if isinstance(_deleted_at_raw, str):
            try:
                deleted_at_type_0 = datetime.datetime.fromisoformat(_deleted_at_raw)

                deleted_at = deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        checkout = cls(
            id=id,
            checkout_token=checkout_token,
            amount=amount,
            currency=currency,
            country_code=country_code,
            country_name=country_name,
            payin_method_name=payin_method_name,
            payin_type=payin_type,
            customer_id=customer_id,
            checkout_url=checkout_url,
            redirect_url=redirect_url,
            advanced_redirect_url=advanced_redirect_url,
            webhook_url=webhook_url,
            expire_at=expire_at,
            status=status,
            additional_info=additional_info,
            order_summary=order_summary,
            description=description,
            merchant_id=merchant_id,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
        )

        checkout.additional_properties = d
        return checkout

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
    "id": "id",
    "checkout_token": "checkout_token",
    "amount": "amount",
    "currency": "currency",
    "country_code": "country_code",
    "country_name": "country_name",
    "payin_method_name": "payin_method_name",
    "payin_type": "payin_type",
    "customer_id": "customer_id",
    "checkout_url": "checkout_url",
    "redirect_url": "redirect_url",
    "advanced_redirect_url": "advanced_redirect_url",
    "webhook_url": "webhook_url",
    "expire_at": "expire_at",
    "status": "status",
    "additional_info": "additional_info",
    "order_summary": "order_summary",
    "description": "description",
    "merchant_id": "merchant_id",
    "created_at": "created_at",
    "updated_at": "updated_at",
    "deleted_at": "deleted_at",
}

# Imported last so that models which refer to each other can be imported in any order.
from ..models.checkout_additional_info_type_0 import CheckoutAdditionalInfoType0  # noqa: E402
from ..models.checkout_order_summary_type_0 import CheckoutOrderSummaryType0  # noqa: E402
