# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from ... import models
from ..._runtime.pipeline import Operation, call_async, call_async_detailed, call_sync, call_sync_detailed
from ...client import AuthenticatedClient
from ...types import Response

OPERATION = Operation(
    operation_id="retrievePayin",
    method="GET",
    path="/api/v1/payin/retrieve-payin/{id}",
    retry="safe",
    path_params=("id",),
    body=None,
    answer="PayinResponse",
    summary="Retrieve a payin",
    description="Returns one payin record by its id.",
)


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

    return call_sync_detailed(client, OPERATION, models.PayinResponse, (id,))


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

    return call_sync(client, OPERATION, models.PayinResponse, (id,))


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

    return await call_async_detailed(client, OPERATION, models.PayinResponse, (id,))


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

    return await call_async(client, OPERATION, models.PayinResponse, (id,))
