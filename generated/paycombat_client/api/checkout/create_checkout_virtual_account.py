# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from ... import models
from ..._runtime.pipeline import Operation, call_async, call_async_detailed, call_sync, call_sync_detailed
from ...client import AuthenticatedClient
from ...types import Response

OPERATION = Operation(
    operation_id="createCheckoutVirtualAccount",
    method="PATCH",
    path="/api/v1/checkout/create-virtual-account",
    retry="connect-only",
    path_params=(),
    body="CreateCheckoutVirtualAccountRequest",
    answer="VirtualAccountResponse",
    summary="Create a virtual account for a checkout",
    description="Creates a virtual account for a checkout session (seen for KRW).",
)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: models.CreateCheckoutVirtualAccountRequest,
) -> Response[models.VirtualAccountResponse]:
    """Create a virtual account for a checkout

    Creates a virtual account for a checkout session (seen for KRW).

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreateCheckoutVirtualAccountRequest): Body of createCheckoutVirtualAccount.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[VirtualAccountResponse]
    """

    return call_sync_detailed(client, OPERATION, models.VirtualAccountResponse, (), body)


def sync(
    *,
    client: AuthenticatedClient,
    body: models.CreateCheckoutVirtualAccountRequest,
) -> models.VirtualAccountResponse:
    """Create a virtual account for a checkout

    Creates a virtual account for a checkout session (seen for KRW).

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreateCheckoutVirtualAccountRequest): Body of createCheckoutVirtualAccount.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        VirtualAccountResponse
    """

    return call_sync(client, OPERATION, models.VirtualAccountResponse, (), body)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: models.CreateCheckoutVirtualAccountRequest,
) -> Response[models.VirtualAccountResponse]:
    """Create a virtual account for a checkout

    Creates a virtual account for a checkout session (seen for KRW).

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreateCheckoutVirtualAccountRequest): Body of createCheckoutVirtualAccount.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[VirtualAccountResponse]
    """

    return await call_async_detailed(client, OPERATION, models.VirtualAccountResponse, (), body)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: models.CreateCheckoutVirtualAccountRequest,
) -> models.VirtualAccountResponse:
    """Create a virtual account for a checkout

    Creates a virtual account for a checkout session (seen for KRW).

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreateCheckoutVirtualAccountRequest): Body of createCheckoutVirtualAccount.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        VirtualAccountResponse
    """

    return await call_async(client, OPERATION, models.VirtualAccountResponse, (), body)
