# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from ... import models
from ..._runtime.pipeline import Operation, call_async, call_async_detailed, call_sync, call_sync_detailed
from ...client import AuthenticatedClient
from ...types import Response

OPERATION = Operation(
    operation_id="getCheckout",
    method="GET",
    path="/api/v1/checkout/retrieve/{id}",
    retry="safe",
    path_params=("id",),
    body=None,
    answer="CheckoutResponse",
    summary="Get a checkout",
    description="Returns one checkout session.",
)


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.CheckoutResponse]:
    """Get a checkout

    Returns one checkout session.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[CheckoutResponse]
    """

    return call_sync_detailed(client, OPERATION, models.CheckoutResponse, (id,))


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> models.CheckoutResponse:
    """Get a checkout

    Returns one checkout session.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        CheckoutResponse
    """

    return call_sync(client, OPERATION, models.CheckoutResponse, (id,))


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.CheckoutResponse]:
    """Get a checkout

    Returns one checkout session.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[CheckoutResponse]
    """

    return await call_async_detailed(client, OPERATION, models.CheckoutResponse, (id,))


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> models.CheckoutResponse:
    """Get a checkout

    Returns one checkout session.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        CheckoutResponse
    """

    return await call_async(client, OPERATION, models.CheckoutResponse, (id,))
