# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """A ledger transaction. Unknown keys are kept.

    Attributes:
        transaction_id (None | str | Unset):
        org_id (None | str | Unset):
        amount (Decimal | None | Unset):
        fees_currency (None | str | Unset):
        fees_without_tax (Decimal | None | Unset):
        tax_on_fees (Decimal | None | Unset):
        fees_including_tax (Decimal | None | Unset):
        net_amount (Decimal | None | Unset):
        currency (None | str | Unset):
        event_id (None | str | Unset):
        event_type (None | str | Unset):
        event_name (None | str | Unset):
        event_description (None | str | Unset):
        scope (None | str | Unset):
        customer_id (None | str | Unset):
        invoice_id (None | str | Unset):
        is_settled (bool | None | Unset):
        settlement_id (None | str | Unset):
        is_reconciled (bool | None | Unset):
        additional_data (None | TransactionAdditionalDataType0 | Unset):
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    transaction_id: None | str | Unset = UNSET
    org_id: None | str | Unset = UNSET
    amount: Decimal | None | Unset = UNSET
    fees_currency: None | str | Unset = UNSET
    fees_without_tax: Decimal | None | Unset = UNSET
    tax_on_fees: Decimal | None | Unset = UNSET
    fees_including_tax: Decimal | None | Unset = UNSET
    net_amount: Decimal | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    event_id: None | str | Unset = UNSET
    event_type: None | str | Unset = UNSET
    event_name: None | str | Unset = UNSET
    event_description: None | str | Unset = UNSET
    scope: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    invoice_id: None | str | Unset = UNSET
    is_settled: bool | None | Unset = UNSET
    settlement_id: None | str | Unset = UNSET
    is_reconciled: bool | None | Unset = UNSET
    additional_data: None | TransactionAdditionalDataType0 | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        amount: Decimal | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        fees_currency: None | str | Unset
        if isinstance(self.fees_currency, Unset):
            fees_currency = UNSET
        else:
            fees_currency = self.fees_currency

        fees_without_tax: Decimal | None | Unset
        if isinstance(self.fees_without_tax, Unset):
            fees_without_tax = UNSET
        else:
            fees_without_tax = self.fees_without_tax

        tax_on_fees: Decimal | None | Unset
        if isinstance(self.tax_on_fees, Unset):
            tax_on_fees = UNSET
        else:
            tax_on_fees = self.tax_on_fees

        fees_including_tax: Decimal | None | Unset
        if isinstance(self.fees_including_tax, Unset):
            fees_including_tax = UNSET
        else:
            fees_including_tax = self.fees_including_tax

        net_amount: Decimal | None | Unset
        if isinstance(self.net_amount, Unset):
            net_amount = UNSET
        else:
            net_amount = self.net_amount

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        else:
            event_type = self.event_type

        event_name: None | str | Unset
        if isinstance(self.event_name, Unset):
            event_name = UNSET
        else:
            event_name = self.event_name

        event_description: None | str | Unset
        if isinstance(self.event_description, Unset):
            event_description = UNSET
        else:
            event_description = self.event_description

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        is_settled: bool | None | Unset
        if isinstance(self.is_settled, Unset):
            is_settled = UNSET
        else:
            is_settled = self.is_settled

        settlement_id: None | str | Unset
        if isinstance(self.settlement_id, Unset):
            settlement_id = UNSET
        else:
            settlement_id = self.settlement_id

        is_reconciled: bool | None | Unset
        if isinstance(self.is_reconciled, Unset):
            is_reconciled = UNSET
        else:
            is_reconciled = self.is_reconciled

        additional_data: dict[str, Any] | None | Unset
        if isinstance(self.additional_data, Unset):
            additional_data = UNSET
        elif isinstance(self.additional_data, TransactionAdditionalDataType0):
            additional_data = self.additional_data.to_dict()
        else:
            additional_data = self.additional_data

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if fees_currency is not UNSET:
            field_dict["fees_currency"] = fees_currency
        if fees_without_tax is not UNSET:
            field_dict["fees_without_tax"] = fees_without_tax
        if tax_on_fees is not UNSET:
            field_dict["tax_on_fees"] = tax_on_fees
        if fees_including_tax is not UNSET:
            field_dict["fees_including_tax"] = fees_including_tax
        if net_amount is not UNSET:
            field_dict["net_amount"] = net_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if event_description is not UNSET:
            field_dict["event_description"] = event_description
        if scope is not UNSET:
            field_dict["scope"] = scope
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id
        if is_settled is not UNSET:
            field_dict["is_settled"] = is_settled
        if settlement_id is not UNSET:
            field_dict["settlement_id"] = settlement_id
        if is_reconciled is not UNSET:
            field_dict["is_reconciled"] = is_reconciled
        if additional_data is not UNSET:
            field_dict["additional_data"] = additional_data
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transaction_id: None | str | Unset = d.pop("transaction_id", UNSET)

        org_id: None | str | Unset = d.pop("org_id", UNSET)

        amount: Decimal | None | Unset = d.pop("amount", UNSET)

        fees_currency: None | str | Unset = d.pop("fees_currency", UNSET)

        fees_without_tax: Decimal | None | Unset = d.pop("fees_without_tax", UNSET)

        tax_on_fees: Decimal | None | Unset = d.pop("tax_on_fees", UNSET)

        fees_including_tax: Decimal | None | Unset = d.pop("fees_including_tax", UNSET)

        net_amount: Decimal | None | Unset = d.pop("net_amount", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        event_id: None | str | Unset = d.pop("event_id", UNSET)

        event_type: None | str | Unset = d.pop("event_type", UNSET)

        event_name: None | str | Unset = d.pop("event_name", UNSET)

        event_description: None | str | Unset = d.pop("event_description", UNSET)

        scope: None | str | Unset = d.pop("scope", UNSET)

        customer_id: None | str | Unset = d.pop("customer_id", UNSET)

        invoice_id: None | str | Unset = d.pop("invoice_id", UNSET)

        is_settled: bool | None | Unset = d.pop("is_settled", UNSET)

        settlement_id: None | str | Unset = d.pop("settlement_id", UNSET)

        is_reconciled: bool | None | Unset = d.pop("is_reconciled", UNSET)

        _additional_data_raw = d.pop("additional_data", UNSET)
        additional_data: None | TransactionAdditionalDataType0 | Unset = _additional_data_raw
        if isinstance(_additional_data_raw, dict):
            try:
                additional_data_type_0 = TransactionAdditionalDataType0.from_dict(_additional_data_raw)

                additional_data = additional_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

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

        transaction = cls(
            transaction_id=transaction_id,
            org_id=org_id,
            amount=amount,
            fees_currency=fees_currency,
            fees_without_tax=fees_without_tax,
            tax_on_fees=tax_on_fees,
            fees_including_tax=fees_including_tax,
            net_amount=net_amount,
            currency=currency,
            event_id=event_id,
            event_type=event_type,
            event_name=event_name,
            event_description=event_description,
            scope=scope,
            customer_id=customer_id,
            invoice_id=invoice_id,
            is_settled=is_settled,
            settlement_id=settlement_id,
            is_reconciled=is_reconciled,
            additional_data=additional_data,
            created_at=created_at,
            updated_at=updated_at,
        )

        transaction.additional_properties = d
        return transaction

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
    "transaction_id": "transaction_id",
    "org_id": "org_id",
    "amount": "amount",
    "fees_currency": "fees_currency",
    "fees_without_tax": "fees_without_tax",
    "tax_on_fees": "tax_on_fees",
    "fees_including_tax": "fees_including_tax",
    "net_amount": "net_amount",
    "currency": "currency",
    "event_id": "event_id",
    "event_type": "event_type",
    "event_name": "event_name",
    "event_description": "event_description",
    "scope": "scope",
    "customer_id": "customer_id",
    "invoice_id": "invoice_id",
    "is_settled": "is_settled",
    "settlement_id": "settlement_id",
    "is_reconciled": "is_reconciled",
    "additional_data": "additional_data",
    "created_at": "created_at",
    "updated_at": "updated_at",
}

# Imported last so that models which refer to each other can be imported in any order.
from ..models.transaction_additional_data_type_0 import TransactionAdditionalDataType0  # noqa: E402
