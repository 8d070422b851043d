# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from ... import models
from ..._runtime.pipeline import Operation, call_async, call_async_detailed, call_sync, call_sync_detailed
from ...client import AuthenticatedClient
from ...types import Response

OPERATION = Operation(
    operation_id="retrievePayout",
    method="GET",
    path="/api/v1/payout-method/retrieve-payout/{payout_id}",
    retry="safe",
    path_params=("payout_id",),
    body=None,
    answer="PayoutResponse",
    summary="Retrieve a payout",
    description="Returns one payout record. The path is inferred: PayCombat's internal docs use `/finmo/...` paths, and two calls are known in both forms, so this one is mapped the same way (drop `/finmo`, prefix `/api/v1`). Double-check it.",
)


def sync_detailed(
    payout_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.PayoutResponse]:
    """Retrieve a payout

    Returns one payout record. The path is inferred: PayCombat's internal
    docs use `/finmo/...` paths, and two calls are known in both forms, so
    this one is mapped the same way (drop `/finmo`, prefix `/api/v1`).
    Double-check it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        payout_id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[PayoutResponse]
    """

    return call_sync_detailed(client, OPERATION, models.PayoutResponse, (payout_id,))


def sync(
    payout_id: str,
    *,
    client: AuthenticatedClient,
) -> models.PayoutResponse:
    """Retrieve a payout

    Returns one payout record. The path is inferred: PayCombat's internal
    docs use `/finmo/...` paths, and two calls are known in both forms, so
    this one is mapped the same way (drop `/finmo`, prefix `/api/v1`).
    Double-check it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        payout_id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        PayoutResponse
    """

    return call_sync(client, OPERATION, models.PayoutResponse, (payout_id,))


async def asyncio_detailed(
    payout_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.PayoutResponse]:
    """Retrieve a payout

    Returns one payout record. The path is inferred: PayCombat's internal
    docs use `/finmo/...` paths, and two calls are known in both forms, so
    this one is mapped the same way (drop `/finmo`, prefix `/api/v1`).
    Double-check it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        payout_id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[PayoutResponse]
    """

    return await call_async_detailed(client, OPERATION, models.PayoutResponse, (payout_id,))


async def asyncio(
    payout_id: str,
    *,
    client: AuthenticatedClient,
) -> models.PayoutResponse:
    """Retrieve a payout

    Returns one payout record. The path is inferred: PayCombat's internal
    docs use `/finmo/...` paths, and two calls are known in both forms, so
    this one is mapped the same way (drop `/finmo`, prefix `/api/v1`).
    Double-check it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        payout_id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        PayoutResponse
    """

    return await call_async(client, OPERATION, models.PayoutResponse, (payout_id,))
