# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime.pipeline import Operation, detailed, parse, send_async, send_sync
from ..._runtime.validate import check_body
from ...client import AuthenticatedClient
from ...types import Response

_OPERATION = Operation(
    operation_id="createPayinVirtualAccount",
    method="POST",
    path="/api/v1/payin/create-va",
    retry="connect-only",
)


def _get_kwargs(
    *,
    body: models.CreatePayinVirtualAccountRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "url": _OPERATION.path,
    }

    check_body(body, models.CreatePayinVirtualAccountRequest)
    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> models.VirtualAccountResponse:
    return models.VirtualAccountResponse.from_dict(data)


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

    answer = await send_async(
        client,
        _OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return parse(answer, _parse_data)
