# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime.pipeline import Operation, detailed, parse, path_segment, send_async, send_sync
from ...client import AuthenticatedClient
from ...types import Response

_OPERATION = Operation(
    operation_id="retrievePayout",
    method="GET",
    path="/api/v1/payout-method/retrieve-payout/{payout_id}",
    retry="safe",
)


def _get_kwargs(
    payout_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": _OPERATION.path.format(
            payout_id=path_segment("payout_id", payout_id),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> models.PayoutResponse:
    return models.PayoutResponse.from_dict(data)


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

    return detailed(
        send_sync(
            client,
            _OPERATION,
            _get_kwargs(
                payout_id=payout_id,
            ),
        ),
        _parse_data,
    )


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

    return parse(
        send_sync(
            client,
            _OPERATION,
            _get_kwargs(
                payout_id=payout_id,
            ),
        ),
        _parse_data,
    )


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

    answer = await send_async(
        client,
        _OPERATION,
        _get_kwargs(
            payout_id=payout_id,
        ),
    )
    return detailed(answer, _parse_data)


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

    answer = await send_async(
        client,
        _OPERATION,
        _get_kwargs(
            payout_id=payout_id,
        ),
    )
    return parse(answer, _parse_data)
