# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from ... import models
from ..._runtime.pipeline import Operation, call_async, call_async_detailed, call_sync, call_sync_detailed
from ...client import AuthenticatedClient
from ...types import Response

OPERATION = Operation(
    operation_id="getCustomer",
    method="GET",
    path="/api/v1/customer/customer/{customer_id}",
    retry="safe",
    path_params=("customer_id",),
    body=None,
    answer="CustomerResponse",
    summary="Get a customer",
    description="Returns one customer by its id.",
)


def sync_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.CustomerResponse]:
    """Get a customer

    Returns one customer by its id.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        customer_id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[CustomerResponse]
    """

    return call_sync_detailed(client, OPERATION, models.CustomerResponse, (customer_id,))


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient,
) -> models.CustomerResponse:
    """Get a customer

    Returns one customer by its id.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        customer_id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        CustomerResponse
    """

    return call_sync(client, OPERATION, models.CustomerResponse, (customer_id,))


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.CustomerResponse]:
    """Get a customer

    Returns one customer by its id.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        customer_id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[CustomerResponse]
    """

    return await call_async_detailed(client, OPERATION, models.CustomerResponse, (customer_id,))


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient,
) -> models.CustomerResponse:
    """Get a customer

    Returns one customer by its id.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        customer_id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        CustomerResponse
    """

    return await call_async(client, OPERATION, models.CustomerResponse, (customer_id,))
