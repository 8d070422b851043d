# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime.pipeline import Operation, detailed, parse, send_async, send_sync
from ..._runtime.validate import check_body
from ...client import AuthenticatedClient
from ...types import Response

_OPERATION = Operation(
    operation_id="createPayin",
    method="POST",
    path="/api/v1/payin/create",
    retry="connect-only",
)


def _get_kwargs(
    *,
    body: models.CreatePayinRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "url": _OPERATION.path,
    }

    check_body(body, models.CreatePayinRequest)
    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_data(data: Any) -> models.PayinResponse:
    return models.PayinResponse.from_dict(data)


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

    answer = await send_async(
        client,
        _OPERATION,
        _get_kwargs(
            body=body,
        ),
    )
    return parse(answer, _parse_data)
