# Copied from runtime/paycombat_client/testing/_world.py by codegen/generate.py: edit that file, not this one.
"""The sandbox's state: every record PayCombat keeps, and what each operation does to it.

``HANDLERS`` holds what the sandbox models: the operations that read or change these records.
They are an overlay: an operation without a handler (one added to the spec later, say) is
answered from the spec by ``_spec.Spec.answer``. A handler accepts every request the spec
accepts; what PayCombat would refuse beyond the schema (an unknown id, a status change it would
not make) is a ``Rejection``. Records follow the shapes of PayCombat's docs and database
snapshot (see the fact sheet); amounts are exact decimals. Each shape is written once, in the
``World.add_*`` methods and ``new_checkout``; every read goes through ``World.found``.

``request_body`` and ``World.answer`` are the sandbox's answering path after its byte and
signature checks; the project's own fake API (which judges signatures with Node instead)
answers through the same two.
"""

from __future__ import annotations

import json
import random
import secrets
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from .._runtime.jsjson import stringify
from ._spec import Operation, envelope, error_envelope, field_error, load_spec

__all__ = [
    "HANDLERS",
    "PAYIN_OUTCOMES",
    "PAYOUT_OUTCOMES",
    "VIRTUAL_ACCOUNT_OUTCOMES",
    "Rejection",
    "World",
    "payin_method",
    "payout_method",
    "request_body",
]

JSONObject = dict[str, Any]

MERCHANT_ID = "a3c1e2f4-5b6d-4e7f-8091-a2b3c4d5e6f7"
ORG_ID = "org_sandbox0000000000000000000000"
_SEEDED_EPOCH = datetime(2025, 1, 1, tzinfo=UTC)

PAYIN_OUTCOMES = ("SUCCESS", "FAILED", "EXPIRED")
PAYOUT_OUTCOMES = ("SUCCESS", "FAILED", "RETURNED")
VIRTUAL_ACCOUNT_OUTCOMES = ("APPROVED", "FAILED")


class Rejection(Exception):
    """An answer other than success: the status and the envelope's message."""

    def __init__(self, status: int, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.field = field


@dataclass
class _Balance:
    available: Decimal = Decimal(0)
    hold: Decimal = Decimal(0)
    expected: Decimal = Decimal(0)


class World:
    """All records, behind one lock. Seeded worlds give the same ids and times on every run."""

    def __init__(self, seed: int | None = None, balances: dict[str, Any] | None = None) -> None:
        self.lock = threading.RLock()
        self._rng = random.Random(seed) if seed is not None else None
        self._ticks = 0
        self.customers: dict[str, JSONObject] = {}
        self.payins: dict[str, JSONObject] = {}
        self.payouts: dict[str, JSONObject] = {}
        self.virtual_accounts: dict[str, JSONObject] = {}
        self.checkouts: dict[str, JSONObject] = {}
        self.transactions: dict[str, JSONObject] = {}
        self.balances: dict[str, _Balance] = {}
        for currency, amount in (balances or {}).items():
            self._balance(currency).available = _money(amount, f"balances[{currency!r}]")

    # --- ids and time ------------------------------------------------------------------------

    def uuid(self) -> str:
        if self._rng is None:
            return str(uuid.uuid4())
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def hex(self, size: int) -> str:
        if self._rng is None:
            return secrets.token_hex((size + 1) // 2)[:size]
        return format(self._rng.getrandbits(size * 4), f"0{size}x")

    def digits(self, size: int) -> str:
        rng = self._rng or random.SystemRandom()
        return "".join(str(rng.randrange(10)) for _ in range(size))

    def now(self) -> str:
        """ISO-8601 UTC with milliseconds; a seeded world's clock ticks one second per reading."""
        if self._rng is not None:
            self._ticks += 1
            moment = _SEEDED_EPOCH + timedelta(seconds=self._ticks)
        else:
            moment = datetime.now(UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"

    # --- balances and transactions -----------------------------------------------------------

    def _balance(self, currency: str) -> _Balance:
        return self.balances.setdefault(currency.upper(), _Balance())

    def balance_record(self, currency: str) -> JSONObject:
        balance = self.balances.get(currency.upper(), _Balance())
        return {
            "currency": currency.upper(),
            "total_balance_available": _text(balance.available),
            "total_hold_balance": _text(balance.hold),
            "total_balance_expected": _text(balance.expected),
        }

    def add_transaction(
        self, event_type: str, event_name: str, amount: Decimal, currency: str, transaction_id: str | None = None
    ) -> JSONObject:
        transaction_id, now = transaction_id or self.uuid(), self.now()
        transaction: JSONObject = {
            "transaction_id": transaction_id,
            "org_id": ORG_ID,
            "amount": _text(amount),
            "fees_currency": currency,
            "fees_without_tax": "0.00",
            "tax_on_fees": "0.00",
            "fees_including_tax": "0.00",
            "net_amount": _text(amount),
            "currency": currency,
            "event_id": f"evt_{self.hex(32)}",
            "event_type": event_type,
            "event_name": event_name,
            "event_description": None,
            "scope": None,
            "customer_id": None,
            "invoice_id": None,
            "is_settled": False,
            "settlement_id": None,
            "is_reconciled": False,
            "additional_data": None,
            "created_at": now,
            "updated_at": now,
        }
        self.transactions[transaction_id] = transaction
        return transaction

    # --- reads ---------------------------------------------------------------------------------

    def found(self, kind: str, key: str) -> JSONObject:
        """The record of ``kind`` that ``key`` names (an id; a token for "checkout token"; a name
        for "payin method" and "payout method"), or a Rejection (404) as PayCombat answers. Every
        read of a handler goes through here, so a world that makes up what it does not hold
        (the project's fake API for its own tests) changes this method only."""
        if kind == "checkout token":
            for checkout in self.checkouts.values():
                if checkout["checkout_token"] == key:
                    return checkout
            raise Rejection(404, "Checkout not found", "checkout_token")
        if kind == "payin method":
            if key not in PAYIN_METHODS:
                raise Rejection(404, f"Payin method not found: {key}")
            return payin_method(key, *PAYIN_METHODS[key])
        if kind == "payout method":
            if key not in PAYOUT_METHODS:
                raise Rejection(404, f"Payout method not found: {key}")
            return payout_method(key, *PAYOUT_METHODS[key])
        stores = {
            "customer": self.customers,
            "payin": self.payins,
            "payout": self.payouts,
            "virtual account": self.virtual_accounts,
            "checkout": self.checkouts,
            "transaction": self.transactions,
        }
        record = stores[kind].get(key)
        if record is None:
            raise Rejection(404, f"{kind.capitalize()} not found")
        return record

    # --- status changes (the simulate_* calls) ------------------------------------------------

    def settle_payin(self, payin_id: str, status: str) -> JSONObject:
        payin = self.found("payin", payin_id)
        _moves("payin", payin, status, PAYIN_OUTCOMES, {"PENDING": PAYIN_OUTCOMES})
        moved = _movement(payin["original_amount"], payin["amount_type"])
        if moved is not None:  # a payin created without an amount or a currency moves no balance
            amount, currency = moved
            balance = self._balance(currency)
            balance.expected -= amount
            if status == "SUCCESS":
                balance.available += amount
                transaction = self.add_transaction("PAYIN", "payin_completed", amount, currency)
                payin["transaction"] = transaction["transaction_id"]
        payin["status"] = status
        payin["updated_at"] = now = self.now()
        if status == "SUCCESS":
            payin["payment_date"] = now
        return payin

    def settle_payout(self, payout_id: str, status: str) -> JSONObject:
        payout = self.found("payout", payout_id)
        allowed = {"PENDING": ("SUCCESS", "FAILED"), "SUCCESS": ("RETURNED",)}
        _moves("payout", payout, status, PAYOUT_OUTCOMES, allowed)
        moved = _movement(payout["original_amount"], payout["sender_currency"])
        if moved is not None:  # a payout created without an amount moves no balance
            amount, currency = moved
            balance = self._balance(currency)
            if payout["status"] == "PENDING":
                balance.hold -= amount
            if status in ("FAILED", "RETURNED"):
                balance.available += amount
                name = "payout_failed" if status == "FAILED" else "payout_returned"
                self.add_transaction("PAYOUT", name, amount, currency)
        if status in ("FAILED", "RETURNED"):
            payout["reason_for_failure"] = "Simulated by the PayCombat sandbox"
        payout["status"] = status
        payout["updated_at"] = payout["last_action"] = self.now()
        if status == "FAILED":
            payout["approval"], payout["denied_at"] = "FAILED", payout["updated_at"]
        return payout

    def register_virtual_account(self, virtual_account_id: str, status: str) -> JSONObject:
        account = self.found("virtual account", virtual_account_id)
        _moves("virtual account", account, status, VIRTUAL_ACCOUNT_OUTCOMES, {"PENDING": VIRTUAL_ACCOUNT_OUTCOMES})
        account["status"] = status
        if status == "APPROVED":
            account["account_number"] = self.digits(13)
        account["updated_at"] = self.now()
        return account

    # --- records: each shape written here once --------------------------------------------------

    def new_checkout(
        self,
        amount: Any,
        currency: str,
        fields: JSONObject,
        *,
        checkout_id: str | None = None,
        token: str | None = None,
    ) -> JSONObject:
        checkout_id, token, now = checkout_id or self.uuid(), token or self.hex(64), self.now()
        checkout: JSONObject = {
            "id": checkout_id,
            "checkout_token": token,
            "amount": _number(_money(amount, "amount")),
            "currency": currency.upper(),
            "country_code": fields.get("country_code"),
            "country_name": None,
            "payin_method_name": None,
            "payin_type": None,
            "customer_id": fields.get("customer_id"),
            "checkout_url": f"https://checkout.paycombat.com/?token={token}&identifier={MERCHANT_ID}",
            "redirect_url": fields.get("redirect_url"),
            "advanced_redirect_url": None,
            "webhook_url": None,
            "expire_at": fields.get("expire_at") or self.now(),
            "additional_info": {},
            "order_summary": fields.get("order_summary") or {},
            "description": fields.get("description"),
            "merchant_id": MERCHANT_ID,
            "status": "PENDING",
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
        }
        self.checkouts[checkout_id] = checkout
        return checkout

    def add_customer(self, body: JSONObject, customer_id: str | None = None) -> JSONObject:
        """The customer createCustomer makes of ``body`` (a request the spec accepts), kept."""
        now = self.now()
        customer: JSONObject = {
            "customer_id": customer_id or f"customer_{self.hex(32)}",
            "org_id": ORG_ID,
            "type": body["type"],
            "description": body["description"],
            "webhook_url": None,
            "metadata": body.get("metadata"),
            "is_active": True,
            "is_wallet_ready": False,
            "organization_reference_id": body.get("organization_reference_id"),
            "is_gca_enabled": False,
            "gca_activation_status": "NOT_STARTED",
            "gca_activated_at": None,
            "is_sender_validation_enabled": False,
            "payin_sender_id_list": [],
            "company_domain": None,
            "individual": _individual(body.get("individual")),
            "company": body.get("company"),
            "created_by": None,
            "created_at": now,
            "updated_at": now,
        }
        self.customers[customer["customer_id"]] = customer
        return customer

    def add_payin(self, body: JSONObject, payin_id: str | None = None) -> JSONObject:
        """The payin createPayin makes of ``body``, kept; a pending amount is expected money."""
        account = None
        if isinstance(body.get("payer_id"), str) and body["payer_id"] in self.virtual_accounts:
            account = self.virtual_accounts[body["payer_id"]]
            if account["status"] != "APPROVED":
                raise Rejection(400, f"Virtual account is {account['status']}, not APPROVED", "payer_id")
        # The spec requires no field here (the body depends on the payin method): without an
        # amount or a currency the payin is still created, PENDING, and moves no balance.
        amount_given = body.get("amount", account.get("amount") if account else None)
        amount = None if amount_given is None else _money(amount_given, "amount")
        currency = body.get("currency") or body.get("amount_type") or (account or {}).get("currency")
        if currency is not None and not (isinstance(currency, str) and len(currency) == 3):
            raise Rejection(400, "currency must be a three-letter ISO-4217 code", "currency")
        payin_id, now = payin_id or self.uuid(), self.now()
        payin: JSONObject = {
            "id": payin_id,
            "payin_id_finmo": f"payin_{self.hex(32)}",
            "merchant_id": MERCHANT_ID,
            "status": "PENDING",
            "amount": None if amount is None else _number(amount),
            "original_amount": None if amount is None else _text(amount),
            "amount_type": None if currency is None else currency.upper(),  # PayCombat keeps the currency code here ...
            "currency": "FIAT",  # ... and the kind of currency here
            "transaction": None,
            "transaction_date": now,
            "payment_method": body.get("payin_method_name") or (account or {}).get("payin_method_name"),
            "order_reference": _text_or_none(body.get("order_reference")),
            "order_reference_1": None,
            "order_reference_2": None,
            "customer_full_name": _text_or_none(body.get("customer_full_name")),
            "customer_email": _text_or_none(body.get("customer_email")),
            "customer_phone": None,
            "customer_personal_number": None,
            "reply_code": None,
            "reply_code_id_pg": None,
            "brand": None,
            "credit_type": "PAYIN",
            "payer_id": _text_or_none(body.get("payer_id")),
            "recon_id": None,
            "platform_identifier": None,
            "trx_type": "DIRECT_PAYIN",
            "fee_taken": "0.00",
            "fee_expected": "0.00",
            "charge_back": False,
            "rolling_serve": None,
            "retrieval": None,
            "is_black_list": False,
            "ip_address": None,
            "billing_address_country": None,
            "billing_address_city": None,
            "billing_address_zip_code": None,
            "billing_address": None,
            "bin": None,
            "is_3ds": False,
            "bank_psp": None,
            "additional_info": None,
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
            "payment_date": None,
        }
        self.payins[payin_id] = payin
        if amount is not None and currency is not None:
            self._balance(currency).expected += amount
        return payin

    def add_virtual_account(self, body: JSONObject) -> JSONObject:
        """The virtual account createPayinVirtualAccount makes of ``body``, kept, PENDING."""
        account_id, now = self.uuid(), self.now()
        amount = body.get("amount")
        account: JSONObject = {
            "id": account_id,
            "status": "PENDING",
            "payin_method_name": _text_or_none(body.get("payin_method_name")),
            "account_bankname": _text_or_none(body.get("payin_method_name")),
            "account_number": None,
            "account_holder": _text_or_none(body.get("user_name") or body.get("account_holder")),
            "currency": str(body.get("currency") or "KRW").upper(),
            "amount": None if amount is None else _text(_money(amount, "amount")),
            "customer_id": _text_or_none(body.get("customer_id")),
            "checkout_token": _text_or_none(body.get("checkout_token")),
            "created_at": now,
            "updated_at": now,
        }
        self.virtual_accounts[account_id] = account
        return account

    def add_payout(self, body: JSONObject, payout_id: str | None = None) -> JSONObject:
        """The payout createPayout makes of ``body``, kept; its amount is held from the balance."""
        # The spec requires neither amount: without one the payout is created and moves no balance.
        given = body.get("sender_amount", body.get("beneficiary_amount"))
        amount = None if given is None else _money(given, "sender_amount")
        if amount is not None and amount <= 0:
            raise Rejection(400, "the amount must be greater than zero", "sender_amount")
        beneficiary = body.get("payout_beneficiary_param") or {}
        person = beneficiary.get("individual") or {}
        company = beneficiary.get("company") or {}
        payee = " ".join(str(person[k]) for k in ("first_name", "last_name") if person.get(k)) or company.get("name")
        wire = body.get("beneficiary_amount", given)
        payout_id, now = payout_id or self.uuid(), self.now()
        sender_currency = body["sender_currency"].upper()
        payout: JSONObject = {
            "id": payout_id,
            "payout_id_finmo": f"payout_{self.hex(32)}",
            "merchant_id": MERCHANT_ID,
            "reply_code_id_pg": None,
            "status": "PENDING",
            "wire_id": None,
            "order_id": None if body.get("order_id") is None else str(body["order_id"]),
            "due_date": None,
            "last_action": None,
            "wire_amount": None if wire is None else _number(_money(wire, "beneficiary_amount")),
            "fee_taken": None,
            "fee_expected": "0.00",
            "original_amount": None if amount is None else _text(amount),
            "payee_name": _text_or_none(payee),
            "currency": body["beneficiary_currency"].upper(),
            "sender_currency": sender_currency,
            "beneficiary": _text_or_none(payee),
            "beneficiary_bank": body["payout_method_name"],
            "beneficiary_account_number": _text_or_none(beneficiary.get("account_number")),
            "beneficiary_account_iban": _text_or_none(beneficiary.get("iban")),
            "wire_origin": None,
            "conversion": None,
            "process": None,
            "approval": "APPROVED",
            "reason_for_failure": None,
            "created_at": now,
            "updated_at": now,
            "approved_at": now,
            "denied_at": None,
            "pending_at": now,
        }
        self.payouts[payout_id] = payout
        if amount is not None:
            balance = self._balance(sender_currency)
            balance.available -= amount
            balance.hold += amount
            self.add_transaction("PAYOUT", "payout_created", -amount, sender_currency)
        return payout

    def _upstream(self, customer: JSONObject) -> JSONObject:
        return {
            "request_id": self.uuid(),
            "request_time": self.now(),
            "success": True,
            "status_code": 200,
            "status_text": "OK",
            "data": customer,
        }

    # --- operations ----------------------------------------------------------------------------

    def answer(self, operation: Operation, params: dict[str, str], request: JSONObject) -> tuple[int, JSONObject]:
        """(status, payload) PayCombat answers a request that passed its checks (``request`` from
        ``request_body``): the operation's handler, else the spec's answer; a Rejection is its
        error envelope, and an answer that would break the spec is a 500 that says so."""
        handler = HANDLERS.get(operation.operation_id)
        try:
            if handler is None:
                status, payload = 200, load_spec().answer(operation.operation_id)
            else:
                with self.lock:
                    status, payload = 200, handler(self, params, request)
        except Rejection as exc:
            status, payload = exc.status, error_envelope(exc.message, exc.field)
        except Exception as exc:  # a sandbox bug: answer it, rather than drop the connection
            status = 500
            payload = error_envelope(f"Sandbox error in {operation.operation_id}: {type(exc).__name__}: {exc}")
        schema = operation.response if status < 300 else load_spec().error
        problem = field_error(schema, json.loads(stringify(payload)))
        if problem is not None:  # a sandbox bug: say so rather than send what the spec forbids
            return 500, error_envelope(f"Sandbox answer breaks the spec at {problem[0]}: {problem[1]}")
        return status, payload

    def create_customer(self, params: dict[str, str], body: JSONObject) -> JSONObject:
        return envelope(self.add_customer(body), "Created")

    def update_customer(self, params: dict[str, str], body: JSONObject) -> JSONObject:
        customer = self.found("customer", body["customer_id"])
        for key, value in body.items():
            if key == "customer_id":
                continue
            if key in ("individual", "company") and isinstance(value, dict):
                merged = dict(customer.get(key) or {})
                merged.update({k: _cleared(v) for k, v in value.items()})
                customer[key] = _individual(merged) if key == "individual" else merged
            else:
                customer[key] = _cleared(value)
        customer["updated_at"] = self.now()
        return envelope(customer)

    def get_customer(self, params: dict[str, str], body: JSONObject) -> JSONObject:
        return envelope(self.found("customer", params["customer_id"]))

    def delete_customer(self, params: dict[str, str], body: JSONObject) -> JSONObject:
        customer = self.found("customer", params["customer_id"])
        self.customers.pop(params["customer_id"], None)
        customer["is_active"], customer["updated_at"] = False, self.now()
        return envelope(self._upstream(customer))

    def disable_customer(self, params: dict[str, str], body: JSONObject) -> JSONObject:
        return self._set_active(params["customer_id"], False)

    def enable_customer(self, params: dict[str, str], body: JSONObject) -> JSONObject:
        return self._set_active(params["customer_id"], True)

    def _set_active(self, customer_id: str, active: bool) -> JSONObject:
        customer = self.found("customer", customer_id)
        customer["is_active"], customer["updated_at"] = active, self.now()
        return envelope(self._upstream(customer))

    def create_payin(self, params: dict[str, str], body: JSONObject) -> JSONObject:
        return envelope(self.add_payin(body), "Created")

    def retrieve_payin(self, params: dict[str, str], body: JSONObject) -> JSONObject:
        return envelope(self.found("payin", params["id"]))

    def create_payin_virtual_account(self, params: dict[str, str], body: JSONObject) -> JSONObject:
        return envelope(self.add_virtual_account(body), "Created")

    def create_payout(self, params: dict[str, str], body: JSONObject) -> JSONObject:
        return envelope(self.add_payout(body), "Created")

    def retrieve_payout(self, params: dict[str, str], body: JSONObject) -> JSONObject:
        return envelope(self.found("payout", params["payout_id"]), "Success retrieve payout")

    def get_payin_method(self, params: dict[str, str], body: JSONObject) -> JSONObject:
        return envelope(self.found("payin method", params["payin_method_name"]))

    def get_payout_method(self, params: dict[str, str], body: JSONObject) -> JSONObject:
        return envelope(self.found("payout method", params["payout_method_name"]))

    def get_checkout(self, params: dict[str, str], body: JSONObject) -> JSONObject:
        return envelope(self.found("checkout", params["id"]))

    def create_new_checkout(self, params: dict[str, str], body: JSONObject) -> JSONObject:
        checkout = self.found("checkout token", body["checkout_token"])
        checkout["payin_method_name"], checkout["updated_at"] = body["payin_method_name"], self.now()
        return envelope(checkout)

    def create_checkout_virtual_account(self, params: dict[str, str], body: JSONObject) -> JSONObject:
        checkout = self.found("checkout token", body["checkout_token"])
        checkout["payin_method_name"], checkout["updated_at"] = body["payin_method_name"], self.now()
        request = {**body, "amount": checkout["amount"], "currency": checkout["currency"]}
        request["customer_id"] = checkout["customer_id"]
        return envelope(self.add_virtual_account(request), "Created")

    def find_transaction(self, params: dict[str, str], body: JSONObject) -> JSONObject:
        return envelope(self.found("transaction", params["transaction_id"]))

    def get_payout_balance(self, params: dict[str, str], body: JSONObject) -> JSONObject:
        currency = params["currency"]
        if not (len(currency) == 3 and currency.isascii() and currency.isalpha()):
            raise Rejection(400, "currency must be a three-letter ISO-4217 code", "currency")
        return envelope(self.balance_record(currency))


Handler = Callable[[World, dict[str, str], JSONObject], JSONObject]

#: What the operations the sandbox models do; any other operation of the spec is answered from the spec.
HANDLERS: dict[str, Handler] = {
    "createCustomer": World.create_customer,
    "updateCustomer": World.update_customer,
    "getCustomer": World.get_customer,
    "deleteCustomer": World.delete_customer,
    "disableCustomer": World.disable_customer,
    "enableCustomer": World.enable_customer,
    "createPayin": World.create_payin,
    "retrievePayin": World.retrieve_payin,
    "createPayinVirtualAccount": World.create_payin_virtual_account,
    "createPayout": World.create_payout,
    "retrievePayout": World.retrieve_payout,
    "getPayinMethodRequiredFields": World.get_payin_method,
    "getPayoutMethodRequiredFields": World.get_payout_method,
    "getCheckout": World.get_checkout,
    "createNewCheckout": World.create_new_checkout,
    "createCheckoutVirtualAccount": World.create_checkout_virtual_account,
    "findTransaction": World.find_transaction,
    "getPayoutBalance": World.get_payout_balance,
}


def request_body(operation: Operation, body: bytes) -> JSONObject:
    """What a handler takes of a request whose bytes passed the checks (JSON, exactly what
    JSON.stringify writes): the body as an object, amounts as Decimal, once the spec's schema of
    the operation accepts it; else a Rejection (400) naming the field."""
    if not body:
        if operation.request is not None:
            raise Rejection(400, "This operation needs a JSON body")
        return {}
    if operation.request is None:
        raise Rejection(400, "This operation takes no body")
    problem = field_error(operation.request, json.loads(body))
    if problem is not None:
        field, reason = problem
        raise Rejection(400, f"Invalid request body: {field} {reason}", field)
    request: JSONObject = json.loads(body, parse_float=Decimal)
    return request


# name -> (country, currency, allows virtual accounts)
PAYIN_METHODS: dict[str, tuple[str, str, bool]] = {
    "au_bank_npp": ("AU", "AUD", False),
    "sg_bank_paynow": ("SG", "SGD", False),
    "KDB산업은행": ("KR", "KRW", True),
}
# name -> (country, currency)
PAYOUT_METHODS: dict[str, tuple[str, str]] = {
    "au_bank_acct": ("AU", "AUD"),
    "sg_bank_acct": ("SG", "SGD"),
    "nz_bank_acct": ("NZ", "NZD"),
}


def payin_method(name: str, country: str, currency: str, allows_va: bool) -> JSONObject:
    param = {"type": "string", "regex": None, "mandatory": True, "field_description": None}
    return {
        "payin_method_id": f"pim_{uuid.uuid5(uuid.NAMESPACE_URL, name).hex}",
        "payin_method_name": name,
        "payin_method_description": f"{name} (PayCombat sandbox)",
        "payin_method_logo": None,
        "payin_method_instruction": None,
        "payin_method_category": "BANK",
        "payin_method_class": "DOMESTIC",
        "payin_method_group": None,
        "country": country,
        "currency": currency,
        "payin_method_param": [{"name": "customer_full_name", "label": "Full name", **param}],
        "min_amount": "1",
        "max_amount": "100000",
        "is_sender_validation_enabled": False,
        "is_payin_method_available_24_7": True,
        "is_cancellable": False,
        "is_refundable": True,
        "is_multiple_refund_allowed": False,
        "is_partially_refundable": True,
        "is_over_refundable": False,
        "is_va_allowed": allows_va,
        "is_payin_allowed": True,
        "max_expiration_time_in_seconds": "86400",
        "default_expiry_time_seconds": "3600",
    }


def payout_method(name: str, country: str, currency: str) -> JSONObject:
    def param(param_name: str) -> JSONObject:
        return {
            "name": param_name,
            "type": "string",
            "regex": None,
            "mandatory": True,
            "field_description": None,
            "regex_description": None,
        }

    return {
        "payout_method_id": f"pom_{uuid.uuid5(uuid.NAMESPACE_URL, name).hex}",
        "payout_method_name": name,
        "payout_method_description": f"{name} (PayCombat sandbox)",
        "payout_method_logo": None,
        "currency": currency,
        "sender_country": country,
        "sender_currency": currency,
        "beneficiary_country": country,
        "beneficiary_currency": currency,
        "payout_method_category": "BANK",
        "payout_method_class": "DOMESTIC",
        "payout_method_group": None,
        "payout_method_param": {},
        "payout_beneficiary_param": {
            "company": [param("name")],
            "base_param": [param("account_number")],
            "individual": [param("first_name"), param("last_name")],
        },
    }


def _individual(source: object) -> JSONObject | None:
    if not isinstance(source, dict):
        return None
    code, number = source.get("phone_country_code"), source.get("phone_number")
    e164 = code + number if isinstance(code, str) and isinstance(number, str) and code and number else None
    return {**source, "phone_number_e164": e164, "identification_custom_type": None}


def _cleared(value: object) -> object:
    # PayCombat clears a field sent as an empty string.
    return None if value == "" else value


def _moves(
    kind: str, record: JSONObject, status: str, outcomes: tuple[str, ...], allowed: dict[str, tuple[str, ...]]
) -> None:
    if status not in outcomes:
        raise Rejection(400, f"a {kind} can become {', '.join(outcomes)}, not {status!r}")
    if status not in allowed.get(record["status"], ()):
        raise Rejection(409, f"a {record['status']} {kind} cannot become {status}")


def _money(value: object, field: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise Rejection(400, f"{field} must be an amount", field)
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise Rejection(400, f"{field} must be an amount", field) from None
    if not amount.is_finite():
        raise Rejection(400, f"{field} must be an amount", field)
    return amount


def _movement(amount: object, currency: object) -> tuple[Decimal, str] | None:
    """(amount, currency) a record moves on a balance, or None when it has no amount or currency."""
    if amount is None or not isinstance(currency, str):
        return None
    return Decimal(str(amount)), currency


def _text(amount: Decimal) -> str:
    return f"{amount:.2f}" if amount == amount.quantize(Decimal("0.01")) else str(amount)


def _number(amount: Decimal) -> Decimal | int:
    return int(amount) if amount == amount.to_integral_value() else amount


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)
