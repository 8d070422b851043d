from typing import Any
from urllib.parse import quote

from ..._runtime.pipeline import Operation, detailed, parse, send_async, send_sync
from ...client import AuthenticatedClient
from ...models.checkout_response import CheckoutResponse
from ...types import Response

_OPERATION = Operation(
    operation_id="getCheckout",
    method="GET",
    path="/api/v1/checkout/retrieve/{id}",
    retry="safe",
)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/checkout/retrieve/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> CheckoutResponse:
    response_2xx = CheckoutResponse.from_dict(data)

    return response_2xx


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CheckoutResponse]:
    """Get a checkout

    Returns one checkout session.

    Retries: repeated on failures where that is safe.

    Args:
        id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value JavaScript cannot represent (nothing was sent).

    Returns:
        Response[CheckoutResponse]
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
) -> CheckoutResponse:
    """Get a checkout

    Returns one checkout session.

    Retries: repeated on failures where that is safe.

    Args:
        id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value JavaScript cannot represent (nothing was sent).

    Returns:
        CheckoutResponse
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
) -> Response[CheckoutResponse]:
    """Get a checkout

    Returns one checkout session.

    Retries: repeated on failures where that is safe.

    Args:
        id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value JavaScript cannot represent (nothing was sent).

    Returns:
        Response[CheckoutResponse]
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
) -> CheckoutResponse:
    """Get a checkout

    Returns one checkout session.

    Retries: repeated on failures where that is safe.

    Args:
        id (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value JavaScript cannot represent (nothing was sent).

    Returns:
        CheckoutResponse
    """

    answer = await send_async(
        client,
        _OPERATION,
        _get_kwargs(
            id=id,
        ),
    )
    return parse(answer, _parse_data)
