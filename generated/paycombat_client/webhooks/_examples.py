# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
"""The spec's example of each webhook payload, by schema title, and its named events."""

from typing import Any, Final

EXAMPLES: Final[dict[str, dict[str, Any]]] = {
    "PayinEvent": {
        "type": "PAYIN",
        "id": "9b2f4e61-3c8a-4d7e-a1f0-6e5d2c8b7a43",
        "payin_id_finmo": "payin_4e1a7c9d2b5f4a8e9c3d6b0f1a2e7c5d",
        "merchant_id": "1024",
        "status": "SUCCESS",
        "amount": "50",
        "original_amount": "50",
        "amount_type": "AUD",
        "currency": "FIAT",
        "payment_method": "au_bank_npp",
        "order_reference": "order-20250610-0001",
        "customer_full_name": "Jennie Kim",
        "customer_email": "jennie@example.com",
        "credit_type": "PAYIN",
        "trx_type": "DIRECT_PAYIN",
        "fee_taken": "0.50",
        "is_3ds": None,
        "created_at": "2025-06-10T01:09:44.000Z",
        "updated_at": "2025-06-10T01:12:03.000Z",
        "payment_date": "2025-06-10T01:12:03.000Z",
    },
    "PayoutEvent": {
        "type": "PAYOUT",
        "id": "0f7c2d9e-4a1b-4e6c-8d3f-5b2a9c1e7d60",
        "payout_id_finmo": "payout_7d3b1e9a5c2f4d8b9e0a6c1f3b7d2e4a",
        "merchant_id": "1024",
        "status": "SUCCESS",
        "order_id": "po-20250610-0042",
        "wire_amount": 50,
        "original_amount": "50",
        "fee_taken": "1.5",
        "payee_name": "Liam Nguyen",
        "currency": "AUD",
        "beneficiary_bank": "au_bank_acct",
        "beneficiary_account_number": "123456789",
        "approval": "APPROVED",
        "created_at": "2025-06-10T02:00:00.000Z",
        "updated_at": "2025-06-10T02:05:41.000Z",
        "approved_at": "2025-06-10T02:01:10.000Z",
    },
    "VirtualAccountRegistrationEvent": {"status": "APPROVED"},
}

#: Event name -> (payload schema title, status): the spec's x-paycombat-events.
EVENTS: Final[dict[str, tuple[str, str]]] = {
    "payin.expired": ("PayinEvent", "EXPIRED"),
    "payin.failed": ("PayinEvent", "FAILED"),
    "payin.success": ("PayinEvent", "SUCCESS"),
    "payout.failed": ("PayoutEvent", "FAILED"),
    "payout.returned": ("PayoutEvent", "RETURNED"),
    "payout.success": ("PayoutEvent", "SUCCESS"),
    "va.approved": ("VirtualAccountRegistrationEvent", "APPROVED"),
    "va.failed": ("VirtualAccountRegistrationEvent", "FAILED"),
}
