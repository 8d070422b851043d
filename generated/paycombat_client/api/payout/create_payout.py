# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime.pipeline import Operation, detailed, parse, send_async, send_sync
from ..._runtime.validate import check_body
from ...client import AuthenticatedClient
from ...types import Response

_OPERATION = Operation(
    operation_id="createPayout",
    method="POST",
    path="/api/v1/payout/create-payout",
    retry="connect-only",
)


def _get_kwargs(
    *,
    body: models.CreatePayoutRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "url": _OPERATION.path,
    }

    check_body(body, models.CreatePayoutRequest)
    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> models.PayoutResponse:
    return models.PayoutResponse.from_dict(data)


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

    return detailed(
        send_sync(
            client,
            _OPERATION,
            _get_kwargs(
                body=body,
            ),
        ),
        _parse_data,
    )


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

    return parse(
        send_sync(
            client,
            _OPERATION,
            _get_kwargs(
                body=body,
            ),
        ),
        _parse_data,
    )


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

    answer = await send_async(
        client,
        _OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return detailed(answer, _parse_data)


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

    answer = await send_async(
        client,
        _OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return parse(answer, _parse_data)
