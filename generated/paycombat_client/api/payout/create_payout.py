# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from ... import models
from ..._runtime.pipeline import Operation, call_async, call_async_detailed, call_sync, call_sync_detailed
from ...client import AuthenticatedClient
from ...types import Response

OPERATION = Operation(
    operation_id="createPayout",
    method="POST",
    path="/api/v1/payout/create-payout",
    retry="connect-only",
    path_params=(),
    body="CreatePayoutRequest",
    answer="PayoutResponse",
    summary="Create a payout",
    description="Sends money to a beneficiary. Taken from public code that calls the production API; the fields come from PayCombat's internal docs and that code.",
)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: models.CreatePayoutRequest,
) -> Response[models.PayoutResponse]:
    """Create a payout

    Sends money to a beneficiary. Taken from public code that calls the
    production API; the fields come from PayCombat's internal docs and
    that code.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreatePayoutRequest): Body of createPayout. PayCombat does not publish which fields
            it
            requires; the required list here mirrors the upstream API's
            (method name, both currencies, purpose code).

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[PayoutResponse]
    """

    return call_sync_detailed(client, OPERATION, models.PayoutResponse, (), body)


def sync(
    *,
    client: AuthenticatedClient,
    body: models.CreatePayoutRequest,
) -> models.PayoutResponse:
    """Create a payout

    Sends money to a beneficiary. Taken from public code that calls the
    production API; the fields come from PayCombat's internal docs and
    that code.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreatePayoutRequest): Body of createPayout. PayCombat does not publish which fields
            it
            requires; the required list here mirrors the upstream API's
            (method name, both currencies, purpose code).

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        PayoutResponse
    """

    return call_sync(client, OPERATION, models.PayoutResponse, (), body)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: models.CreatePayoutRequest,
) -> Response[models.PayoutResponse]:
    """Create a payout

    Sends money to a beneficiary. Taken from public code that calls the
    production API; the fields come from PayCombat's internal docs and
    that code.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreatePayoutRequest): Body of createPayout. PayCombat does not publish which fields
            it
            requires; the required list here mirrors the upstream API's
            (method name, both currencies, purpose code).

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[PayoutResponse]
    """

    return await call_async_detailed(client, OPERATION, models.PayoutResponse, (), body)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: models.CreatePayoutRequest,
) -> models.PayoutResponse:
    """Create a payout

    Sends money to a beneficiary. Taken from public code that calls the
    production API; the fields come from PayCombat's internal docs and
    that code.

    Retries: repeated only when the request was never sent: once sent, repeating it could create or pay twice.

    Args:
        body (CreatePayoutRequest): Body of createPayout. PayCombat does not publish which fields
            it
            requires; the required list here mirrors the upstream API's
            (method name, both currencies, purpose code).

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        PayoutResponse
    """

    return await call_async(client, OPERATION, models.PayoutResponse, (), body)
