# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Payout")


@_attrs_define
class Payout:
    """A payout record. Unknown keys are kept.

    Attributes:
        id (None | str | Unset): PayCombat's id of the payout (a UUID).
        payout_id_finmo (None | str | Unset): Upstream id of the payout.
        merchant_id (None | str | Unset):
        reply_code_id_pg (None | str | Unset):
        status (None | str | Unset): Known values include PENDING, SUCCESS, FAILED and RETURNED.
        wire_id (None | str | Unset):
        order_id (float | None | str | Unset): The merchant's reference; webhooks send it as a string.
        due_date (None | str | Unset):
        last_action (None | str | Unset):
        wire_amount (Decimal | None | Unset):
        fee_taken (Decimal | None | Unset):
        fee_expected (Decimal | None | Unset):
        original_amount (Decimal | None | Unset): A decimal string in webhooks.
        payee_name (None | str | Unset):
        currency (None | str | Unset): ISO-4217 currency code.
        beneficiary (None | str | Unset):
        beneficiary_bank (None | str | Unset): The payout method name, for example `au_bank_acct`.
        beneficiary_account_number (None | str | Unset):
        beneficiary_account_iban (None | str | Unset):
        wire_origin (None | str | Unset):
        conversion (None | str | Unset): Meaning not documented.
        process (None | str | Unset): Meaning not documented.
        approval (None | str | Unset): Known values APPROVED and FAILED.
        reason_for_failure (None | str | Unset): Why the payout failed; null unless `status` is FAILED or RETURNED.
            Inferred from a public schema snapshot of PayCombat's tables.
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        approved_at (datetime.datetime | None | Unset):
        denied_at (datetime.datetime | None | Unset):
        pending_at (datetime.datetime | None | Unset):
    """

    id: None | str | Unset = UNSET
    payout_id_finmo: None | str | Unset = UNSET
    merchant_id: None | str | Unset = UNSET
    reply_code_id_pg: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    wire_id: None | str | Unset = UNSET
    order_id: float | None | str | Unset = UNSET
    due_date: None | str | Unset = UNSET
    last_action: None | str | Unset = UNSET
    wire_amount: Decimal | None | Unset = UNSET
    fee_taken: Decimal | None | Unset = UNSET
    fee_expected: Decimal | None | Unset = UNSET
    original_amount: Decimal | None | Unset = UNSET
    payee_name: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    beneficiary: None | str | Unset = UNSET
    beneficiary_bank: None | str | Unset = UNSET
    beneficiary_account_number: None | str | Unset = UNSET
    beneficiary_account_iban: None | str | Unset = UNSET
    wire_origin: None | str | Unset = UNSET
    conversion: None | str | Unset = UNSET
    process: None | str | Unset = UNSET
    approval: None | str | Unset = UNSET
    reason_for_failure: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    approved_at: datetime.datetime | None | Unset = UNSET
    denied_at: datetime.datetime | None | Unset = UNSET
    pending_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        payout_id_finmo: None | str | Unset
        if isinstance(self.payout_id_finmo, Unset):
            payout_id_finmo = UNSET
        else:
            payout_id_finmo = self.payout_id_finmo

        merchant_id: None | str | Unset
        if isinstance(self.merchant_id, Unset):
            merchant_id = UNSET
        else:
            merchant_id = self.merchant_id

        reply_code_id_pg: None | str | Unset
        if isinstance(self.reply_code_id_pg, Unset):
            reply_code_id_pg = UNSET
        else:
            reply_code_id_pg = self.reply_code_id_pg

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        wire_id: None | str | Unset
        if isinstance(self.wire_id, Unset):
            wire_id = UNSET
        else:
            wire_id = self.wire_id

        order_id: float | None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        else:
            due_date = self.due_date

        last_action: None | str | Unset
        if isinstance(self.last_action, Unset):
            last_action = UNSET
        else:
            last_action = self.last_action

        wire_amount: Decimal | None | Unset
        if isinstance(self.wire_amount, Unset):
            wire_amount = UNSET
        else:
            wire_amount = self.wire_amount

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

        original_amount: Decimal | None | Unset
        if isinstance(self.original_amount, Unset):
            original_amount = UNSET
        else:
            original_amount = self.original_amount

        payee_name: None | str | Unset
        if isinstance(self.payee_name, Unset):
            payee_name = UNSET
        else:
            payee_name = self.payee_name

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        beneficiary: None | str | Unset
        if isinstance(self.beneficiary, Unset):
            beneficiary = UNSET
        else:
            beneficiary = self.beneficiary

        beneficiary_bank: None | str | Unset
        if isinstance(self.beneficiary_bank, Unset):
            beneficiary_bank = UNSET
        else:
            beneficiary_bank = self.beneficiary_bank

        beneficiary_account_number: None | str | Unset
        if isinstance(self.beneficiary_account_number, Unset):
            beneficiary_account_number = UNSET
        else:
            beneficiary_account_number = self.beneficiary_account_number

        beneficiary_account_iban: None | str | Unset
        if isinstance(self.beneficiary_account_iban, Unset):
            beneficiary_account_iban = UNSET
        else:
            beneficiary_account_iban = self.beneficiary_account_iban

        wire_origin: None | str | Unset
        if isinstance(self.wire_origin, Unset):
            wire_origin = UNSET
        else:
            wire_origin = self.wire_origin

        conversion: None | str | Unset
        if isinstance(self.conversion, Unset):
            conversion = UNSET
        else:
            conversion = self.conversion

        process: None | str | Unset
        if isinstance(self.process, Unset):
            process = UNSET
        else:
            process = self.process

        approval: None | str | Unset
        if isinstance(self.approval, Unset):
            approval = UNSET
        else:
            approval = self.approval

        reason_for_failure: None | str | Unset
        if isinstance(self.reason_for_failure, Unset):
            reason_for_failure = UNSET
        else:
            reason_for_failure = self.reason_for_failure

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

        approved_at: None | str | Unset
        if isinstance(self.approved_at, Unset):
            approved_at = UNSET
        elif isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        denied_at: None | str | Unset
        if isinstance(self.denied_at, Unset):
            denied_at = UNSET
        elif isinstance(self.denied_at, datetime.datetime):
            denied_at = self.denied_at.isoformat()
        else:
            denied_at = self.denied_at

        pending_at: None | str | Unset
        if isinstance(self.pending_at, Unset):
            pending_at = UNSET
        elif isinstance(self.pending_at, datetime.datetime):
            pending_at = self.pending_at.isoformat()
        else:
            pending_at = self.pending_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if payout_id_finmo is not UNSET:
            field_dict["payout_id_finmo"] = payout_id_finmo
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if reply_code_id_pg is not UNSET:
            field_dict["reply_code_id_pg"] = reply_code_id_pg
        if status is not UNSET:
            field_dict["status"] = status
        if wire_id is not UNSET:
            field_dict["wire_id"] = wire_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if last_action is not UNSET:
            field_dict["last_action"] = last_action
        if wire_amount is not UNSET:
            field_dict["wire_amount"] = wire_amount
        if fee_taken is not UNSET:
            field_dict["fee_taken"] = fee_taken
        if fee_expected is not UNSET:
            field_dict["fee_expected"] = fee_expected
        if original_amount is not UNSET:
            field_dict["original_amount"] = original_amount
        if payee_name is not UNSET:
            field_dict["payee_name"] = payee_name
        if currency is not UNSET:
            field_dict["currency"] = currency
        if beneficiary is not UNSET:
            field_dict["beneficiary"] = beneficiary
        if beneficiary_bank is not UNSET:
            field_dict["beneficiary_bank"] = beneficiary_bank
        if beneficiary_account_number is not UNSET:
            field_dict["beneficiary_account_number"] = beneficiary_account_number
        if beneficiary_account_iban is not UNSET:
            field_dict["beneficiary_account_iban"] = beneficiary_account_iban
        if wire_origin is not UNSET:
            field_dict["wire_origin"] = wire_origin
        if conversion is not UNSET:
            field_dict["conversion"] = conversion
        if process is not UNSET:
            field_dict["process"] = process
        if approval is not UNSET:
            field_dict["approval"] = approval
        if reason_for_failure is not UNSET:
            field_dict["reason_for_failure"] = reason_for_failure
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if approved_at is not UNSET:
            field_dict["approved_at"] = approved_at
        if denied_at is not UNSET:
            field_dict["denied_at"] = denied_at
        if pending_at is not UNSET:
            field_dict["pending_at"] = pending_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        payout_id_finmo: None | str | Unset = d.pop("payout_id_finmo", UNSET)

        merchant_id: None | str | Unset = d.pop("merchant_id", UNSET)

        reply_code_id_pg: None | str | Unset = d.pop("reply_code_id_pg", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        wire_id: None | str | Unset = d.pop("wire_id", UNSET)

        order_id: float | None | str | Unset = d.pop("order_id", UNSET)

        due_date: None | str | Unset = d.pop("due_date", UNSET)

        last_action: None | str | Unset = d.pop("last_action", UNSET)

        wire_amount: Decimal | None | Unset = d.pop("wire_amount", UNSET)

        fee_taken: Decimal | None | Unset = d.pop("fee_taken", UNSET)

        fee_expected: Decimal | None | Unset = d.pop("fee_expected", UNSET)

        original_amount: Decimal | None | Unset = d.pop("original_amount", UNSET)

        payee_name: None | str | Unset = d.pop("payee_name", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        beneficiary: None | str | Unset = d.pop("beneficiary", UNSET)

        beneficiary_bank: None | str | Unset = d.pop("beneficiary_bank", UNSET)

        beneficiary_account_number: None | str | Unset = d.pop("beneficiary_account_number", UNSET)

        beneficiary_account_iban: None | str | Unset = d.pop("beneficiary_account_iban", UNSET)

        wire_origin: None | str | Unset = d.pop("wire_origin", UNSET)

        conversion: None | str | Unset = d.pop("conversion", UNSET)

        process: None | str | Unset = d.pop("process", UNSET)

        approval: None | str | Unset = d.pop("approval", UNSET)

        reason_for_failure: None | str | Unset = d.pop("reason_for_failure", UNSET)

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

        _approved_at_raw = d.pop("approved_at", UNSET)
        approved_at: datetime.datetime | None | Unset = _approved_at_raw
        if isinstance(_approved_at_raw, str):
            try:
                approved_at_type_0 = datetime.datetime.fromisoformat(_approved_at_raw)

                approved_at = approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _denied_at_raw = d.pop("denied_at", UNSET)
        denied_at: datetime.datetime | None | Unset = _denied_at_raw
        if isinstance(_denied_at_raw, str):
            try:
                denied_at_type_0 = datetime.datetime.fromisoformat(_denied_at_raw)

                denied_at = denied_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _pending_at_raw = d.pop("pending_at", UNSET)
        pending_at: datetime.datetime | None | Unset = _pending_at_raw
        if isinstance(_pending_at_raw, str):
            try:
                pending_at_type_0 = datetime.datetime.fromisoformat(_pending_at_raw)

                pending_at = pending_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        payout = cls(
            id=id,
            payout_id_finmo=payout_id_finmo,
            merchant_id=merchant_id,
            reply_code_id_pg=reply_code_id_pg,
            status=status,
            wire_id=wire_id,
            order_id=order_id,
            due_date=due_date,
            last_action=last_action,
            wire_amount=wire_amount,
            fee_taken=fee_taken,
            fee_expected=fee_expected,
            original_amount=original_amount,
            payee_name=payee_name,
            currency=currency,
            beneficiary=beneficiary,
            beneficiary_bank=beneficiary_bank,
            beneficiary_account_number=beneficiary_account_number,
            beneficiary_account_iban=beneficiary_account_iban,
            wire_origin=wire_origin,
            conversion=conversion,
            process=process,
            approval=approval,
            reason_for_failure=reason_for_failure,
            created_at=created_at,
            updated_at=updated_at,
            approved_at=approved_at,
            denied_at=denied_at,
            pending_at=pending_at,
        )

        payout.additional_properties = d
        return payout

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
    "payout_id_finmo": "payout_id_finmo",
    "merchant_id": "merchant_id",
    "reply_code_id_pg": "reply_code_id_pg",
    "status": "status",
    "wire_id": "wire_id",
    "order_id": "order_id",
    "due_date": "due_date",
    "last_action": "last_action",
    "wire_amount": "wire_amount",
    "fee_taken": "fee_taken",
    "fee_expected": "fee_expected",
    "original_amount": "original_amount",
    "payee_name": "payee_name",
    "currency": "currency",
    "beneficiary": "beneficiary",
    "beneficiary_bank": "beneficiary_bank",
    "beneficiary_account_number": "beneficiary_account_number",
    "beneficiary_account_iban": "beneficiary_account_iban",
    "wire_origin": "wire_origin",
    "conversion": "conversion",
    "process": "process",
    "approval": "approval",
    "reason_for_failure": "reason_for_failure",
    "created_at": "created_at",
    "updated_at": "updated_at",
    "approved_at": "approved_at",
    "denied_at": "denied_at",
    "pending_at": "pending_at",
}
