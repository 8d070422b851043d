# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from ... import models
from ..._runtime.pipeline import Operation, call_async, call_async_detailed, call_sync, call_sync_detailed
from ...client import AuthenticatedClient
from ...types import Response

OPERATION = Operation(
    operation_id="getPayoutBalance",
    method="GET",
    path="/api/v1/merchant/balance/{currency}",
    retry="safe",
    path_params=("currency",),
    body=None,
    answer="BalanceResponse",
    summary="Get the payout balance for a currency",
    description="Returns the merchant's payout balance in one currency. The public page cuts the path off after `currenc`, so `/api/v1/merchant/balance/{currency}` is our reading of it.",
)


def sync_detailed(
    currency: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.BalanceResponse]:
    """Get the payout balance for a currency

    Returns the merchant's payout balance in one currency. The public page
    cuts the path off after `currenc`, so `/api/v1/merchant/balance/{currency}`
    is our reading of it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        currency (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[BalanceResponse]
    """

    return call_sync_detailed(client, OPERATION, models.BalanceResponse, (currency,))


def sync(
    currency: str,
    *,
    client: AuthenticatedClient,
) -> models.BalanceResponse:
    """Get the payout balance for a currency

    Returns the merchant's payout balance in one currency. The public page
    cuts the path off after `currenc`, so `/api/v1/merchant/balance/{currency}`
    is our reading of it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        currency (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        BalanceResponse
    """

    return call_sync(client, OPERATION, models.BalanceResponse, (currency,))


async def asyncio_detailed(
    currency: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.BalanceResponse]:
    """Get the payout balance for a currency

    Returns the merchant's payout balance in one currency. The public page
    cuts the path off after `currenc`, so `/api/v1/merchant/balance/{currency}`
    is our reading of it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        currency (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[BalanceResponse]
    """

    return await call_async_detailed(client, OPERATION, models.BalanceResponse, (currency,))


async def asyncio(
    currency: str,
    *,
    client: AuthenticatedClient,
) -> models.BalanceResponse:
    """Get the payout balance for a currency

    Returns the merchant's payout balance in one currency. The public page
    cuts the path off after `currenc`, so `/api/v1/merchant/balance/{currency}`
    is our reading of it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        currency (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        BalanceResponse
    """

    return await call_async(client, OPERATION, models.BalanceResponse, (currency,))
