# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from ... import models
from ..._runtime.pipeline import Operation, call_async, call_async_detailed, call_sync, call_sync_detailed
from ...client import AuthenticatedClient
from ...types import Response

OPERATION = Operation(
    operation_id="enableCustomer",
    method="PATCH",
    path="/api/v1/customer/enable/{customer_id}",
    retry="safe",
    path_params=("customer_id",),
    body=None,
    answer="UpstreamCustomerResponse",
    summary="Enable a customer",
    description="Marks a disabled customer as active again. Sends no body. The path is inferred as the mirror of disableCustomer (`/customer/disable/{customer_id}` becomes `/customer/enable/{customer_id}`); it is not shown publicly, so double-check it.",
)


def sync_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.UpstreamCustomerResponse]:
    """Enable a customer

    Marks a disabled customer as active again. Sends no body. The path is
    inferred as the mirror of disableCustomer
    (`/customer/disable/{customer_id}` becomes
    `/customer/enable/{customer_id}`); it is not shown publicly, so
    double-check it.

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
        Response[UpstreamCustomerResponse]
    """

    return call_sync_detailed(client, OPERATION, models.UpstreamCustomerResponse, (customer_id,))


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient,
) -> models.UpstreamCustomerResponse:
    """Enable a customer

    Marks a disabled customer as active again. Sends no body. The path is
    inferred as the mirror of disableCustomer
    (`/customer/disable/{customer_id}` becomes
    `/customer/enable/{customer_id}`); it is not shown publicly, so
    double-check it.

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
        UpstreamCustomerResponse
    """

    return call_sync(client, OPERATION, models.UpstreamCustomerResponse, (customer_id,))


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.UpstreamCustomerResponse]:
    """Enable a customer

    Marks a disabled customer as active again. Sends no body. The path is
    inferred as the mirror of disableCustomer
    (`/customer/disable/{customer_id}` becomes
    `/customer/enable/{customer_id}`); it is not shown publicly, so
    double-check it.

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
        Response[UpstreamCustomerResponse]
    """

    return await call_async_detailed(client, OPERATION, models.UpstreamCustomerResponse, (customer_id,))


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient,
) -> models.UpstreamCustomerResponse:
    """Enable a customer

    Marks a disabled customer as active again. Sends no body. The path is
    inferred as the mirror of disableCustomer
    (`/customer/disable/{customer_id}` becomes
    `/customer/enable/{customer_id}`); it is not shown publicly, so
    double-check it.

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
        UpstreamCustomerResponse
    """

    return await call_async(client, OPERATION, models.UpstreamCustomerResponse, (customer_id,))
