# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from ... import models
from ..._runtime.pipeline import Operation, call_async, call_async_detailed, call_sync, call_sync_detailed
from ...client import AuthenticatedClient
from ...types import Response

OPERATION = Operation(
    operation_id="createCustomer",
    method="POST",
    path="/api/v1/customer/create",
    retry="connect-only",
    path_params=(),
    body="CreateCustomerRequest",
    answer="CustomerResponse",
    summary="Create a customer",
    description="Creates an individual or company customer.",
)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: models.CreateCustomerRequest,
) -> Response[models.CustomerResponse]:
    """Create a customer

    Creates an individual or company customer.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreateCustomerRequest): Body of createCustomer.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[CustomerResponse]
    """

    return call_sync_detailed(client, OPERATION, models.CustomerResponse, (), body)


def sync(
    *,
    client: AuthenticatedClient,
    body: models.CreateCustomerRequest,
) -> models.CustomerResponse:
    """Create a customer

    Creates an individual or company customer.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreateCustomerRequest): Body of createCustomer.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        CustomerResponse
    """

    return call_sync(client, OPERATION, models.CustomerResponse, (), body)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: models.CreateCustomerRequest,
) -> Response[models.CustomerResponse]:
    """Create a customer

    Creates an individual or company customer.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreateCustomerRequest): Body of createCustomer.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[CustomerResponse]
    """

    return await call_async_detailed(client, OPERATION, models.CustomerResponse, (), body)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: models.CreateCustomerRequest,
) -> models.CustomerResponse:
    """Create a customer

    Creates an individual or company customer.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreateCustomerRequest): Body of createCustomer.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        CustomerResponse
    """

    return await call_async(client, OPERATION, models.CustomerResponse, (), body)
