# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from ... import models
from ..._runtime.pipeline import Operation, call_async, call_async_detailed, call_sync, call_sync_detailed
from ...client import AuthenticatedClient
from ...types import Response

OPERATION = Operation(
    operation_id="updateCustomer",
    method="PATCH",
    path="/api/v1/customer/update",
    retry="safe",
    path_params=(),
    body="UpdateCustomerRequest",
    answer="CustomerResponse",
    summary="Update a customer",
    description="Changes fields of an existing customer. Only the fields present in the body are touched; an empty string clears a field. Setting the same values again has no further effect.",
)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: models.UpdateCustomerRequest,
) -> Response[models.CustomerResponse]:
    """Update a customer

    Changes fields of an existing customer. Only the fields present in the
    body are touched; an empty string clears a field. Setting the same
    values again has no further effect.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        body (UpdateCustomerRequest): Body of updateCustomer. Only `customer_id` is required. A
            field sent as
            an empty string is cleared; a field left out keeps its current value,
            so "not sent" and "empty" are different requests.

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
    body: models.UpdateCustomerRequest,
) -> models.CustomerResponse:
    """Update a customer

    Changes fields of an existing customer. Only the fields present in the
    body are touched; an empty string clears a field. Setting the same
    values again has no further effect.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        body (UpdateCustomerRequest): Body of updateCustomer. Only `customer_id` is required. A
            field sent as
            an empty string is cleared; a field left out keeps its current value,
            so "not sent" and "empty" are different requests.

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
    body: models.UpdateCustomerRequest,
) -> Response[models.CustomerResponse]:
    """Update a customer

    Changes fields of an existing customer. Only the fields present in the
    body are touched; an empty string clears a field. Setting the same
    values again has no further effect.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        body (UpdateCustomerRequest): Body of updateCustomer. Only `customer_id` is required. A
            field sent as
            an empty string is cleared; a field left out keeps its current value,
            so "not sent" and "empty" are different requests.

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
    body: models.UpdateCustomerRequest,
) -> models.CustomerResponse:
    """Update a customer

    Changes fields of an existing customer. Only the fields present in the
    body are touched; an empty string clears a field. Setting the same
    values again has no further effect.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        body (UpdateCustomerRequest): Body of updateCustomer. Only `customer_id` is required. A
            field sent as
            an empty string is cleared; a field left out keeps its current value,
            so "not sent" and "empty" are different requests.

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
