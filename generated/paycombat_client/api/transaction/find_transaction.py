# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from ... import models
from ..._runtime.pipeline import Operation, call_async, call_async_detailed, call_sync, call_sync_detailed
from ...client import AuthenticatedClient
from ...types import Response

OPERATION = Operation(
    operation_id="findTransaction",
    method="GET",
    path="/api/v1/transaction/find-transaction/{transaction_id}",
    retry="safe",
    path_params=("transaction_id",),
    body=None,
    answer="TransactionResponse",
    summary="Find a transaction",
    description="Returns one ledger transaction. The path is inferred by mapping the internal `/finmo/...` path to `/api/v1/...`, as for the two calls known in both forms. Double-check it.",
)


def sync_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.TransactionResponse]:
    """Find a transaction

    Returns one ledger transaction. The path is inferred by mapping the
    internal `/finmo/...` path to `/api/v1/...`, as for the two calls
    known in both forms. Double-check it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        transaction_id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[TransactionResponse]
    """

    return call_sync_detailed(client, OPERATION, models.TransactionResponse, (transaction_id,))


def sync(
    transaction_id: str,
    *,
    client: AuthenticatedClient,
) -> models.TransactionResponse:
    """Find a transaction

    Returns one ledger transaction. The path is inferred by mapping the
    internal `/finmo/...` path to `/api/v1/...`, as for the two calls
    known in both forms. Double-check it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        transaction_id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        TransactionResponse
    """

    return call_sync(client, OPERATION, models.TransactionResponse, (transaction_id,))


async def asyncio_detailed(
    transaction_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.TransactionResponse]:
    """Find a transaction

    Returns one ledger transaction. The path is inferred by mapping the
    internal `/finmo/...` path to `/api/v1/...`, as for the two calls
    known in both forms. Double-check it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        transaction_id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[TransactionResponse]
    """

    return await call_async_detailed(client, OPERATION, models.TransactionResponse, (transaction_id,))


async def asyncio(
    transaction_id: str,
    *,
    client: AuthenticatedClient,
) -> models.TransactionResponse:
    """Find a transaction

    Returns one ledger transaction. The path is inferred by mapping the
    internal `/finmo/...` path to `/api/v1/...`, as for the two calls
    known in both forms. Double-check it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        transaction_id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        TransactionResponse
    """

    return await call_async(client, OPERATION, models.TransactionResponse, (transaction_id,))
