# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from ... import models
from ..._runtime.pipeline import Operation, call_async, call_async_detailed, call_sync, call_sync_detailed
from ...client import AuthenticatedClient
from ...types import Response

OPERATION = Operation(
    operation_id="createNewCheckout",
    method="PATCH",
    path="/api/v1/checkout",
    retry="connect-only",
    path_params=(),
    body="CreateNewCheckoutRequest",
    answer="CheckoutResponse",
    summary="Start a payment on a checkout",
    description="Chooses the payin method for an existing checkout session and starts the payment.",
)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: models.CreateNewCheckoutRequest,
) -> Response[models.CheckoutResponse]:
    """Start a payment on a checkout

    Chooses the payin method for an existing checkout session and starts
    the payment.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreateNewCheckoutRequest): Body of createNewCheckout.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[CheckoutResponse]
    """

    return call_sync_detailed(client, OPERATION, models.CheckoutResponse, (), body)


def sync(
    *,
    client: AuthenticatedClient,
    body: models.CreateNewCheckoutRequest,
) -> models.CheckoutResponse:
    """Start a payment on a checkout

    Chooses the payin method for an existing checkout session and starts
    the payment.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreateNewCheckoutRequest): Body of createNewCheckout.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        CheckoutResponse
    """

    return call_sync(client, OPERATION, models.CheckoutResponse, (), body)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: models.CreateNewCheckoutRequest,
) -> Response[models.CheckoutResponse]:
    """Start a payment on a checkout

    Chooses the payin method for an existing checkout session and starts
    the payment.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreateNewCheckoutRequest): Body of createNewCheckout.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[CheckoutResponse]
    """

    return await call_async_detailed(client, OPERATION, models.CheckoutResponse, (), body)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: models.CreateNewCheckoutRequest,
) -> models.CheckoutResponse:
    """Start a payment on a checkout

    Chooses the payin method for an existing checkout session and starts
    the payment.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreateNewCheckoutRequest): Body of createNewCheckout.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        CheckoutResponse
    """

    return await call_async(client, OPERATION, models.CheckoutResponse, (), body)
