# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from ... import models
from ..._runtime.pipeline import Operation, call_async, call_async_detailed, call_sync, call_sync_detailed
from ...client import AuthenticatedClient
from ...types import Response

OPERATION = Operation(
    operation_id="createPayin",
    method="POST",
    path="/api/v1/payin/create",
    retry="connect-only",
    path_params=(),
    body="CreatePayinRequest",
    answer="PayinResponse",
    summary="Create a payin",
    description="Starts collecting money from a payer. The body's fields are not public and depend on the payin method, so any keys are accepted; for KRW the body carries the approved virtual account's id in `payer_id`.",
)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: models.CreatePayinRequest,
) -> Response[models.PayinResponse]:
    """Create a payin

    Starts collecting money from a payer. The body's fields are not public
    and depend on the payin method, so any keys are accepted; for KRW the
    body carries the approved virtual account's id in `payer_id`.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreatePayinRequest): Body of createPayin. Its fields are not public and depend on
            the payin
            method, so any keys are accepted. The one known field is `payer_id`.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[PayinResponse]
    """

    return call_sync_detailed(client, OPERATION, models.PayinResponse, (), body)


def sync(
    *,
    client: AuthenticatedClient,
    body: models.CreatePayinRequest,
) -> models.PayinResponse:
    """Create a payin

    Starts collecting money from a payer. The body's fields are not public
    and depend on the payin method, so any keys are accepted; for KRW the
    body carries the approved virtual account's id in `payer_id`.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreatePayinRequest): Body of createPayin. Its fields are not public and depend on
            the payin
            method, so any keys are accepted. The one known field is `payer_id`.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        PayinResponse
    """

    return call_sync(client, OPERATION, models.PayinResponse, (), body)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: models.CreatePayinRequest,
) -> Response[models.PayinResponse]:
    """Create a payin

    Starts collecting money from a payer. The body's fields are not public
    and depend on the payin method, so any keys are accepted; for KRW the
    body carries the approved virtual account's id in `payer_id`.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreatePayinRequest): Body of createPayin. Its fields are not public and depend on
            the payin
            method, so any keys are accepted. The one known field is `payer_id`.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[PayinResponse]
    """

    return await call_async_detailed(client, OPERATION, models.PayinResponse, (), body)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: models.CreatePayinRequest,
) -> models.PayinResponse:
    """Create a payin

    Starts collecting money from a payer. The body's fields are not public
    and depend on the payin method, so any keys are accepted; for KRW the
    body carries the approved virtual account's id in `payer_id`.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreatePayinRequest): Body of createPayin. Its fields are not public and depend on
            the payin
            method, so any keys are accepted. The one known field is `payer_id`.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        PayinResponse
    """

    return await call_async(client, OPERATION, models.PayinResponse, (), body)
