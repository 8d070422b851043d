# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from ... import models
from ..._runtime.pipeline import Operation, call_async, call_async_detailed, call_sync, call_sync_detailed
from ...client import AuthenticatedClient
from ...types import Response

OPERATION = Operation(
    operation_id="createPayinVirtualAccount",
    method="POST",
    path="/api/v1/payin/create-va",
    retry="connect-only",
    path_params=(),
    body="CreatePayinVirtualAccountRequest",
    answer="VirtualAccountResponse",
    summary="Create a virtual account for payins",
    description="Requests a virtual account (KRW server-to-server flow). The answer carries an `id`; wait for the virtual account registration webhook to report APPROVED, then pass that `id` as `payer_id` to createPayin. The body's fields are not public, so any keys are accepted.",
)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: models.CreatePayinVirtualAccountRequest,
) -> Response[models.VirtualAccountResponse]:
    """Create a virtual account for payins

    Requests a virtual account (KRW server-to-server flow). The answer
    carries an `id`; wait for the virtual account registration webhook to
    report APPROVED, then pass that `id` as `payer_id` to createPayin. The
    body's fields are not public, so any keys are accepted.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreatePayinVirtualAccountRequest): Body of createPayinVirtualAccount. Its fields are
            not public, so any
            keys are accepted.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[VirtualAccountResponse]
    """

    return call_sync_detailed(client, OPERATION, models.VirtualAccountResponse, (), body)


def sync(
    *,
    client: AuthenticatedClient,
    body: models.CreatePayinVirtualAccountRequest,
) -> models.VirtualAccountResponse:
    """Create a virtual account for payins

    Requests a virtual account (KRW server-to-server flow). The answer
    carries an `id`; wait for the virtual account registration webhook to
    report APPROVED, then pass that `id` as `payer_id` to createPayin. The
    body's fields are not public, so any keys are accepted.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreatePayinVirtualAccountRequest): Body of createPayinVirtualAccount. Its fields are
            not public, so any
            keys are accepted.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        VirtualAccountResponse
    """

    return call_sync(client, OPERATION, models.VirtualAccountResponse, (), body)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: models.CreatePayinVirtualAccountRequest,
) -> Response[models.VirtualAccountResponse]:
    """Create a virtual account for payins

    Requests a virtual account (KRW server-to-server flow). The answer
    carries an `id`; wait for the virtual account registration webhook to
    report APPROVED, then pass that `id` as `payer_id` to createPayin. The
    body's fields are not public, so any keys are accepted.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreatePayinVirtualAccountRequest): Body of createPayinVirtualAccount. Its fields are
            not public, so any
            keys are accepted.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[VirtualAccountResponse]
    """

    return await call_async_detailed(client, OPERATION, models.VirtualAccountResponse, (), body)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: models.CreatePayinVirtualAccountRequest,
) -> models.VirtualAccountResponse:
    """Create a virtual account for payins

    Requests a virtual account (KRW server-to-server flow). The answer
    carries an `id`; wait for the virtual account registration webhook to
    report APPROVED, then pass that `id` as `payer_id` to createPayin. The
    body's fields are not public, so any keys are accepted.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreatePayinVirtualAccountRequest): Body of createPayinVirtualAccount. Its fields are
            not public, so any
            keys are accepted.

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        VirtualAccountResponse
    """

    return await call_async(client, OPERATION, models.VirtualAccountResponse, (), body)
