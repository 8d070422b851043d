# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime.pipeline import Operation, detailed, parse, path_segment, send_async, send_sync
from ...client import AuthenticatedClient
from ...types import Response

_OPERATION = Operation(
    operation_id="getPayoutBalance",
    method="GET",
    path="/api/v1/merchant/balance/{currency}",
    retry="safe",
)


def _get_kwargs(
    currency: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": _OPERATION.path.format(
            currency=path_segment("currency", currency),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> models.BalanceResponse:
    return models.BalanceResponse.from_dict(data)


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

    return detailed(
        send_sync(
            client,
            _OPERATION,
            _get_kwargs(
                currency=currency,
            ),
        ),
        _parse_data,
    )


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

    return parse(
        send_sync(
            client,
            _OPERATION,
            _get_kwargs(
                currency=currency,
            ),
        ),
        _parse_data,
    )


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

    answer = await send_async(
        client,
        _OPERATION,
        _get_kwargs(
            currency=currency,
        ),
    )
    return detailed(answer, _parse_data)


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

    answer = await send_async(
        client,
        _OPERATION,
        _get_kwargs(
            currency=currency,
        ),
    )
    return parse(answer, _parse_data)
