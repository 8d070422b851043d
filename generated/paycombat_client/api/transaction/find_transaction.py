# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime.pipeline import Operation, detailed, parse, path_segment, send_async, send_sync
from ...client import AuthenticatedClient
from ...types import Response

_OPERATION = Operation(
    operation_id="findTransaction",
    method="GET",
    path="/api/v1/transaction/find-transaction/{transaction_id}",
    retry="safe",
)


def _get_kwargs(
    transaction_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": _OPERATION.path.format(
            transaction_id=path_segment("transaction_id", transaction_id),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> models.TransactionResponse:
    return models.TransactionResponse.from_dict(data)


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

    return detailed(
        send_sync(
            client,
            _OPERATION,
            _get_kwargs(
                transaction_id=transaction_id,
            ),
        ),
        _parse_data,
    )


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

    return parse(
        send_sync(
            client,
            _OPERATION,
            _get_kwargs(
                transaction_id=transaction_id,
            ),
        ),
        _parse_data,
    )


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

    answer = await send_async(
        client,
        _OPERATION,
        _get_kwargs(
            transaction_id=transaction_id,
        ),
    )
    return detailed(answer, _parse_data)


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

    answer = await send_async(
        client,
        _OPERATION,
        _get_kwargs(
            transaction_id=transaction_id,
        ),
    )
    return parse(answer, _parse_data)
