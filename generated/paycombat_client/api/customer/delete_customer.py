# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime.pipeline import Operation, detailed, parse, path_segment, send_async, send_sync
from ...client import AuthenticatedClient
from ...types import Response

_OPERATION = Operation(
    operation_id="deleteCustomer",
    method="DELETE",
    path="/api/v1/customer/customer/{customer_id}",
    retry="safe",
)


def _get_kwargs(
    customer_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": _OPERATION.path.format(
            customer_id=path_segment("customer_id", customer_id),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> models.UpstreamCustomerResponse:
    return models.UpstreamCustomerResponse.from_dict(data)


def sync_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.UpstreamCustomerResponse]:
    """Delete a customer

    Deletes a customer. The path is inferred: PayCombat's internal
    documentation names this call, and the public GET on the same
    resource uses this path, so DELETE on it is our reading. Double-check
    before relying on it. The answer is assumed to use the same upstream
    wrapper as disableCustomer.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        customer_id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[UpstreamCustomerResponse]
    """

    return detailed(
        send_sync(
            client,
            _OPERATION,
            _get_kwargs(
                customer_id=customer_id,
            ),
        ),
        _parse_data,
    )


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient,
) -> models.UpstreamCustomerResponse:
    """Delete a customer

    Deletes a customer. The path is inferred: PayCombat's internal
    documentation names this call, and the public GET on the same
    resource uses this path, so DELETE on it is our reading. Double-check
    before relying on it. The answer is assumed to use the same upstream
    wrapper as disableCustomer.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        customer_id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        UpstreamCustomerResponse
    """

    return parse(
        send_sync(
            client,
            _OPERATION,
            _get_kwargs(
                customer_id=customer_id,
            ),
        ),
        _parse_data,
    )


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.UpstreamCustomerResponse]:
    """Delete a customer

    Deletes a customer. The path is inferred: PayCombat's internal
    documentation names this call, and the public GET on the same
    resource uses this path, so DELETE on it is our reading. Double-check
    before relying on it. The answer is assumed to use the same upstream
    wrapper as disableCustomer.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        customer_id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[UpstreamCustomerResponse]
    """

    answer = await send_async(
        client,
        _OPERATION,
        _get_kwargs(
            customer_id=customer_id,
        ),
    )
    return detailed(answer, _parse_data)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient,
) -> models.UpstreamCustomerResponse:
    """Delete a customer

    Deletes a customer. The path is inferred: PayCombat's internal
    documentation names this call, and the public GET on the same
    resource uses this path, so DELETE on it is our reading. Double-check
    before relying on it. The answer is assumed to use the same upstream
    wrapper as disableCustomer.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        customer_id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        UpstreamCustomerResponse
    """

    answer = await send_async(
        client,
        _OPERATION,
        _get_kwargs(
            customer_id=customer_id,
        ),
    )
    return parse(answer, _parse_data)
