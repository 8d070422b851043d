# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime.pipeline import Operation, detailed, parse, path_segment, send_async, send_sync
from ...client import AuthenticatedClient
from ...types import Response

_OPERATION = Operation(
    operation_id="retrievePayin",
    method="GET",
    path="/api/v1/payin/retrieve-payin/{id}",
    retry="safe",
)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": _OPERATION.path.format(
            id=path_segment("id", id),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> models.PayinResponse:
    return models.PayinResponse.from_dict(data)


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.PayinResponse]:
    """Retrieve a payin

    Returns one payin record by its id.

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
        Response[PayinResponse]
    """

    return detailed(
        send_sync(
            client,
            _OPERATION,
            _get_kwargs(
                id=id,
            ),
        ),
        _parse_data,
    )


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> models.PayinResponse:
    """Retrieve a payin

    Returns one payin record by its id.

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
        PayinResponse
    """

    return parse(
        send_sync(
            client,
            _OPERATION,
            _get_kwargs(
                id=id,
            ),
        ),
        _parse_data,
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.PayinResponse]:
    """Retrieve a payin

    Returns one payin record by its id.

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
        Response[PayinResponse]
    """

    answer = await send_async(
        client,
        _OPERATION,
        _get_kwargs(
            id=id,
        ),
    )
    return detailed(answer, _parse_data)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> models.PayinResponse:
    """Retrieve a payin

    Returns one payin record by its id.

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
        PayinResponse
    """

    answer = await send_async(
        client,
        _OPERATION,
        _get_kwargs(
            id=id,
        ),
    )
    return parse(answer, _parse_data)
