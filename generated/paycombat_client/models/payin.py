# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Payin")


@_attrs_define
class Payin:
    """A payin record. Unknown keys are kept.

    Attributes:
        id (None | str | Unset): PayCombat's id of the payin.
        payin_id_finmo (None | str | Unset): Upstream id, starts with `payin_`.
        merchant_id (None | str | Unset):
        status (None | str | Unset): Values seen in webhooks are SUCCESS, FAILED and EXPIRED; others may appear.
        amount (Decimal | None | Unset): Amount paid; a number or a decimal string.
        original_amount (Decimal | None | Unset): Amount originally requested; a number or a decimal string.
        amount_type (None | str | Unset): Despite the name, holds the ISO-4217 currency code (for example `AUD`).
        currency (None | str | Unset): Despite the name, holds the asset class, `FIAT`; the currency code is in
            `amount_type`.
        transaction (None | str | Unset): Meaning not documented.
        transaction_date (datetime.datetime | None | Unset):
        payment_method (None | str | Unset): Payin method name, for example `au_bank_npp`.
        order_reference (None | str | Unset):
        order_reference_1 (None | str | Unset):
        order_reference_2 (None | str | Unset):
        customer_full_name (None | str | Unset):
        customer_email (None | str | Unset):
        customer_phone (None | str | Unset):
        customer_personal_number (None | str | Unset):
        reply_code (None | str | Unset):
        brand (None | str | Unset):
        credit_type (None | str | Unset): Known value PAYIN.
        payer_id (None | str | Unset): For KRW, the virtual account id used to pay.
        recon_id (None | str | Unset):
        platform_identifier (None | str | Unset):
        trx_type (None | str | Unset): Known value DIRECT_PAYIN.
        fee_taken (Decimal | None | Unset):
        fee_expected (Decimal | None | Unset):
        charge_back (bool | float | None | str | Unset): Type not documented.
        rolling_serve (bool | float | None | str | Unset): Type not documented.
        retrieval (bool | float | None | str | Unset): Type not documented.
        is_black_list (bool | None | Unset):
        ip_address (None | str | Unset):
        billing_address_country (None | str | Unset):
        billing_address_city (None | str | Unset):
        billing_address_zip_code (None | str | Unset):
        billing_address (None | str | Unset):
        bin_ (None | str | Unset):
        is_3ds (bool | None | Unset):
        bank_psp (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        deleted_at (datetime.datetime | None | Unset):
        payment_date (datetime.datetime | None | Unset):
    """

    id: None | str | Unset = UNSET
    payin_id_finmo: None | str | Unset = UNSET
    merchant_id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    amount: Decimal | None | Unset = UNSET
    original_amount: Decimal | None | Unset = UNSET
    amount_type: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    transaction: None | str | Unset = UNSET
    transaction_date: datetime.datetime | None | Unset = UNSET
    payment_method: None | str | Unset = UNSET
    order_reference: None | str | Unset = UNSET
    order_reference_1: None | str | Unset = UNSET
    order_reference_2: None | str | Unset = UNSET
    customer_full_name: None | str | Unset = UNSET
    customer_email: None | str | Unset = UNSET
    customer_phone: None | str | Unset = UNSET
    customer_personal_number: None | str | Unset = UNSET
    reply_code: None | str | Unset = UNSET
    brand: None | str | Unset = UNSET
    credit_type: None | str | Unset = UNSET
    payer_id: None | str | Unset = UNSET
    recon_id: None | str | Unset = UNSET
    platform_identifier: None | str | Unset = UNSET
    trx_type: None | str | Unset = UNSET
    fee_taken: Decimal | None | Unset = UNSET
    fee_expected: Decimal | None | Unset = UNSET
    charge_back: bool | float | None | str | Unset = UNSET
    rolling_serve: bool | float | None | str | Unset = UNSET
    retrieval: bool | float | None | str | Unset = UNSET
    is_black_list: bool | None | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    billing_address_country: None | str | Unset = UNSET
    billing_address_city: None | str | Unset = UNSET
    billing_address_zip_code: None | str | Unset = UNSET
    billing_address: None | str | Unset = UNSET
    bin_: None | str | Unset = UNSET
    is_3ds: bool | None | Unset = UNSET
    bank_psp: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    payment_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        payin_id_finmo: None | str | Unset
        if isinstance(self.payin_id_finmo, Unset):
            payin_id_finmo = UNSET
        else:
            payin_id_finmo = self.payin_id_finmo

        merchant_id: None | str | Unset
        if isinstance(self.merchant_id, Unset):
            merchant_id = UNSET
        else:
            merchant_id = self.merchant_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        amount: Decimal | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        original_amount: Decimal | None | Unset
        if isinstance(self.original_amount, Unset):
            original_amount = UNSET
        else:
            original_amount = self.original_amount

        amount_type: None | str | Unset
        if isinstance(self.amount_type, Unset):
            amount_type = UNSET
        else:
            amount_type = self.amount_type

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        transaction: None | str | Unset
        if isinstance(self.transaction, Unset):
            transaction = UNSET
        else:
            transaction = self.transaction

        transaction_date: None | str | Unset
        if isinstance(self.transaction_date, Unset):
            transaction_date = UNSET
        elif isinstance(self.transaction_date, datetime.datetime):
            transaction_date = self.transaction_date.isoformat()
        else:
            transaction_date = self.transaction_date

        payment_method: None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = self.payment_method

        order_reference: None | str | Unset
        if isinstance(self.order_reference, Unset):
            order_reference = UNSET
        else:
            order_reference = self.order_reference

        order_reference_1: None | str | Unset
        if isinstance(self.order_reference_1, Unset):
            order_reference_1 = UNSET
        else:
            order_reference_1 = self.order_reference_1

        order_reference_2: None | str | Unset
        if isinstance(self.order_reference_2, Unset):
            order_reference_2 = UNSET
        else:
            order_reference_2 = self.order_reference_2

        customer_full_name: None | str | Unset
        if isinstance(self.customer_full_name, Unset):
            customer_full_name = UNSET
        else:
            customer_full_name = self.customer_full_name

        customer_email: None | str | Unset
        if isinstance(self.customer_email, Unset):
            customer_email = UNSET
        else:
            customer_email = self.customer_email

        customer_phone: None | str | Unset
        if isinstance(self.customer_phone, Unset):
            customer_phone = UNSET
        else:
            customer_phone = self.customer_phone

        customer_personal_number: None | str | Unset
        if isinstance(self.customer_personal_number, Unset):
            customer_personal_number = UNSET
        else:
            customer_personal_number = self.customer_personal_number

        reply_code: None | str | Unset
        if isinstance(self.reply_code, Unset):
            reply_code = UNSET
        else:
            reply_code = self.reply_code

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        credit_type: None | str | Unset
        if isinstance(self.credit_type, Unset):
            credit_type = UNSET
        else:
            credit_type = self.credit_type

        payer_id: None | str | Unset
        if isinstance(self.payer_id, Unset):
            payer_id = UNSET
        else:
            payer_id = self.payer_id

        recon_id: None | str | Unset
        if isinstance(self.recon_id, Unset):
            recon_id = UNSET
        else:
            recon_id = self.recon_id

        platform_identifier: None | str | Unset
        if isinstance(self.platform_identifier, Unset):
            platform_identifier = UNSET
        else:
            platform_identifier = self.platform_identifier

        trx_type: None | str | Unset
        if isinstance(self.trx_type, Unset):
            trx_type = UNSET
        else:
            trx_type = self.trx_type

        fee_taken: Decimal | None | Unset
        if isinstance(self.fee_taken, Unset):
            fee_taken = UNSET
        else:
            fee_taken = self.fee_taken

        fee_expected: Decimal | None | Unset
        if isinstance(self.fee_expected, Unset):
            fee_expected = UNSET
        else:
            fee_expected = self.fee_expected

        charge_back: bool | float | None | str | Unset
        if isinstance(self.charge_back, Unset):
            charge_back = UNSET
        else:
            charge_back = self.charge_back

        rolling_serve: bool | float | None | str | Unset
        if isinstance(self.rolling_serve, Unset):
            rolling_serve = UNSET
        else:
            rolling_serve = self.rolling_serve

        retrieval: bool | float | None | str | Unset
        if isinstance(self.retrieval, Unset):
            retrieval = UNSET
        else:
            retrieval = self.retrieval

        is_black_list: bool | None | Unset
        if isinstance(self.is_black_list, Unset):
            is_black_list = UNSET
        else:
            is_black_list = self.is_black_list

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        billing_address_country: None | str | Unset
        if isinstance(self.billing_address_country, Unset):
            billing_address_country = UNSET
        else:
            billing_address_country = self.billing_address_country

        billing_address_city: None | str | Unset
        if isinstance(self.billing_address_city, Unset):
            billing_address_city = UNSET
        else:
            billing_address_city = self.billing_address_city

        billing_address_zip_code: None | str | Unset
        if isinstance(self.billing_address_zip_code, Unset):
            billing_address_zip_code = UNSET
        else:
            billing_address_zip_code = self.billing_address_zip_code

        billing_address: None | str | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = self.billing_address

        bin_: None | str | Unset
        if isinstance(self.bin_, Unset):
            bin_ = UNSET
        else:
            bin_ = self.bin_

        is_3ds: bool | None | Unset
        if isinstance(self.is_3ds, Unset):
            is_3ds = UNSET
        else:
            is_3ds = self.is_3ds

        bank_psp: None | str | Unset
        if isinstance(self.bank_psp, Unset):
            bank_psp = UNSET
        else:
            bank_psp = self.bank_psp

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

        payment_date: None | str | Unset
        if isinstance(self.payment_date, Unset):
            payment_date = UNSET
        elif isinstance(self.payment_date, datetime.datetime):
            payment_date = self.payment_date.isoformat()
        else:
            payment_date = self.payment_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if payin_id_finmo is not UNSET:
            field_dict["payin_id_finmo"] = payin_id_finmo
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if status is not UNSET:
            field_dict["status"] = status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if original_amount is not UNSET:
            field_dict["original_amount"] = original_amount
        if amount_type is not UNSET:
            field_dict["amount_type"] = amount_type
        if currency is not UNSET:
            field_dict["currency"] = currency
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if transaction_date is not UNSET:
            field_dict["transaction_date"] = transaction_date
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if order_reference is not UNSET:
            field_dict["order_reference"] = order_reference
        if order_reference_1 is not UNSET:
            field_dict["order_reference_1"] = order_reference_1
        if order_reference_2 is not UNSET:
            field_dict["order_reference_2"] = order_reference_2
        if customer_full_name is not UNSET:
            field_dict["customer_full_name"] = customer_full_name
        if customer_email is not UNSET:
            field_dict["customer_email"] = customer_email
        if customer_phone is not UNSET:
            field_dict["customer_phone"] = customer_phone
        if customer_personal_number is not UNSET:
            field_dict["customer_personal_number"] = customer_personal_number
        if reply_code is not UNSET:
            field_dict["reply_code"] = reply_code
        if brand is not UNSET:
            field_dict["brand"] = brand
        if credit_type is not UNSET:
            field_dict["credit_type"] = credit_type
        if payer_id is not UNSET:
            field_dict["payer_id"] = payer_id
        if recon_id is not UNSET:
            field_dict["recon_id"] = recon_id
        if platform_identifier is not UNSET:
            field_dict["platform_identifier"] = platform_identifier
        if trx_type is not UNSET:
            field_dict["trx_type"] = trx_type
        if fee_taken is not UNSET:
            field_dict["fee_taken"] = fee_taken
        if fee_expected is not UNSET:
            field_dict["fee_expected"] = fee_expected
        if charge_back is not UNSET:
            field_dict["charge_back"] = charge_back
        if rolling_serve is not UNSET:
            field_dict["rolling_serve"] = rolling_serve
        if retrieval is not UNSET:
            field_dict["retrieval"] = retrieval
        if is_black_list is not UNSET:
            field_dict["is_black_list"] = is_black_list
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if billing_address_country is not UNSET:
            field_dict["billing_address_country"] = billing_address_country
        if billing_address_city is not UNSET:
            field_dict["billing_address_city"] = billing_address_city
        if billing_address_zip_code is not UNSET:
            field_dict["billing_address_zip_code"] = billing_address_zip_code
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if bin_ is not UNSET:
            field_dict["bin"] = bin_
        if is_3ds is not UNSET:
            field_dict["is_3ds"] = is_3ds
        if bank_psp is not UNSET:
            field_dict["bank_psp"] = bank_psp
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        payin_id_finmo: None | str | Unset = d.pop("payin_id_finmo", UNSET)

        merchant_id: None | str | Unset = d.pop("merchant_id", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        amount: Decimal | None | Unset = d.pop("amount", UNSET)

        original_amount: Decimal | None | Unset = d.pop("original_amount", UNSET)

        amount_type: None | str | Unset = d.pop("amount_type", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        transaction: None | str | Unset = d.pop("transaction", UNSET)

        _transaction_date_raw = d.pop("transaction_date", UNSET)
        transaction_date: datetime.datetime | None | Unset = _transaction_date_raw
        if isinstance(_transaction_date_raw, str):
            try:
                transaction_date_type_0 = datetime.datetime.fromisoformat(_transaction_date_raw)

                transaction_date = transaction_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        payment_method: None | str | Unset = d.pop("payment_method", UNSET)

        order_reference: None | str | Unset = d.pop("order_reference", UNSET)

        order_reference_1: None | str | Unset = d.pop("order_reference_1", UNSET)

        order_reference_2: None | str | Unset = d.pop("order_reference_2", UNSET)

        customer_full_name: None | str | Unset = d.pop("customer_full_name", UNSET)

        customer_email: None | str | Unset = d.pop("customer_email", UNSET)

        customer_phone: None | str | Unset = d.pop("customer_phone", UNSET)

        customer_personal_number: None | str | Unset = d.pop("customer_personal_number", UNSET)

        reply_code: None | str | Unset = d.pop("reply_code", UNSET)

        brand: None | str | Unset = d.pop("brand", UNSET)

        credit_type: None | str | Unset = d.pop("credit_type", UNSET)

        payer_id: None | str | Unset = d.pop("payer_id", UNSET)

        recon_id: None | str | Unset = d.pop("recon_id", UNSET)

        platform_identifier: None | str | Unset = d.pop("platform_identifier", UNSET)

        trx_type: None | str | Unset = d.pop("trx_type", UNSET)

        fee_taken: Decimal | None | Unset = d.pop("fee_taken", UNSET)

        fee_expected: Decimal | None | Unset = d.pop("fee_expected", UNSET)

        charge_back: bool | float | None | str | Unset = d.pop("charge_back", UNSET)

        rolling_serve: bool | float | None | str | Unset = d.pop("rolling_serve", UNSET)

        retrieval: bool | float | None | str | Unset = d.pop("retrieval", UNSET)

        is_black_list: bool | None | Unset = d.pop("is_black_list", UNSET)

        ip_address: None | str | Unset = d.pop("ip_address", UNSET)

        billing_address_country: None | str | Unset = d.pop("billing_address_country", UNSET)

        billing_address_city: None | str | Unset = d.pop("billing_address_city", UNSET)

        billing_address_zip_code: None | str | Unset = d.pop("billing_address_zip_code", UNSET)

        billing_address: None | str | Unset = d.pop("billing_address", UNSET)

        bin_: None | str | Unset = d.pop("bin", UNSET)

        is_3ds: bool | None | Unset = d.pop("is_3ds", UNSET)

        bank_psp: None | str | Unset = d.pop("bank_psp", UNSET)

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

        _payment_date_raw = d.pop("payment_date", UNSET)
        payment_date: datetime.datetime | None | Unset = _payment_date_raw
        if isinstance(_payment_date_raw, str):
            try:
                payment_date_type_0 = datetime.datetime.fromisoformat(_payment_date_raw)

                payment_date = payment_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        payin = cls(
            id=id,
            payin_id_finmo=payin_id_finmo,
            merchant_id=merchant_id,
            status=status,
            amount=amount,
            original_amount=original_amount,
            amount_type=amount_type,
            currency=currency,
            transaction=transaction,
            transaction_date=transaction_date,
            payment_method=payment_method,
            order_reference=order_reference,
            order_reference_1=order_reference_1,
            order_reference_2=order_reference_2,
            customer_full_name=customer_full_name,
            customer_email=customer_email,
            customer_phone=customer_phone,
            customer_personal_number=customer_personal_number,
            reply_code=reply_code,
            brand=brand,
            credit_type=credit_type,
            payer_id=payer_id,
            recon_id=recon_id,
            platform_identifier=platform_identifier,
            trx_type=trx_type,
            fee_taken=fee_taken,
            fee_expected=fee_expected,
            charge_back=charge_back,
            rolling_serve=rolling_serve,
            retrieval=retrieval,
            is_black_list=is_black_list,
            ip_address=ip_address,
            billing_address_country=billing_address_country,
            billing_address_city=billing_address_city,
            billing_address_zip_code=billing_address_zip_code,
            billing_address=billing_address,
            bin_=bin_,
            is_3ds=is_3ds,
            bank_psp=bank_psp,
            created_at=created_at,
            updated_at=updated_at,
            deleted_at=deleted_at,
            payment_date=payment_date,
        )

        payin.additional_properties = d
        return payin

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
    "payin_id_finmo": "payin_id_finmo",
    "merchant_id": "merchant_id",
    "status": "status",
    "amount": "amount",
    "original_amount": "original_amount",
    "amount_type": "amount_type",
    "currency": "currency",
    "transaction": "transaction",
    "transaction_date": "transaction_date",
    "payment_method": "payment_method",
    "order_reference": "order_reference",
    "order_reference_1": "order_reference_1",
    "order_reference_2": "order_reference_2",
    "customer_full_name": "customer_full_name",
    "customer_email": "customer_email",
    "customer_phone": "customer_phone",
    "customer_personal_number": "customer_personal_number",
    "reply_code": "reply_code",
    "brand": "brand",
    "credit_type": "credit_type",
    "payer_id": "payer_id",
    "recon_id": "recon_id",
    "platform_identifier": "platform_identifier",
    "trx_type": "trx_type",
    "fee_taken": "fee_taken",
    "fee_expected": "fee_expected",
    "charge_back": "charge_back",
    "rolling_serve": "rolling_serve",
    "retrieval": "retrieval",
    "is_black_list": "is_black_list",
    "ip_address": "ip_address",
    "billing_address_country": "billing_address_country",
    "billing_address_city": "billing_address_city",
    "billing_address_zip_code": "billing_address_zip_code",
    "billing_address": "billing_address",
    "bin_": "bin",
    "is_3ds": "is_3ds",
    "bank_psp": "bank_psp",
    "created_at": "created_at",
    "updated_at": "updated_at",
    "deleted_at": "deleted_at",
    "payment_date": "payment_date",
}
