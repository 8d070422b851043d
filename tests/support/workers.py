"""Functions a worker process runs: importable by name, as ProcessPoolExecutor needs."""

from __future__ import annotations

from paycombat_client import AuthenticatedClient
from paycombat_client.api.customer import get_customer as _get_customer
from paycombat_client.models import CustomerResponse


def get_customer(base_url: str, token: str, signature_key: str) -> CustomerResponse:
    with AuthenticatedClient(base_url=base_url, token=token, signature_key=signature_key, max_retries=0) as client:
        return _get_customer.sync("customer_1", client=client)
