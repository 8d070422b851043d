# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from typing import Any

from ... import models
from ..._runtime.pipeline import Operation, detailed, parse, path_segment, send_async, send_sync
from ...client import AuthenticatedClient
from ...types import Response

_OPERATION = Operation(
    operation_id="getPayoutMethodRequiredFields",
    method="GET",
    path="/api/v1/payout-method/required-field/{payout_method_name}",
    retry="safe",
)


def _get_kwargs(
    payout_method_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "url": _OPERATION.path.format(
            payout_method_name=path_segment("payout_method_name", payout_method_name),
        ),
    }

    return _kwargs


def _parse_data(data: Any) -> models.PayoutMethodResponse:
    return models.PayoutMethodResponse.from_dict(data)


def sync_detailed(
    payout_method_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.PayoutMethodResponse]:
    """Get the fields a payout method requires

    Describes a payout method and the beneficiary fields it needs. The
    path is inferred by mapping the internal `/finmo/...` path to
    `/api/v1/...`, as for the two calls known in both forms.
    Double-check it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        payout_method_name (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[PayoutMethodResponse]
    """

    return detailed(
        send_sync(
            client,
            _OPERATION,
            _get_kwargs(
                payout_method_name=payout_method_name,
            ),
        ),
        _parse_data,
    )


def sync(
    payout_method_name: str,
    *,
    client: AuthenticatedClient,
) -> models.PayoutMethodResponse:
    """Get the fields a payout method requires

    Describes a payout method and the beneficiary fields it needs. The
    path is inferred by mapping the internal `/finmo/...` path to
    `/api/v1/...`, as for the two calls known in both forms.
    Double-check it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        payout_method_name (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        PayoutMethodResponse
    """

    return parse(
        send_sync(
            client,
            _OPERATION,
            _get_kwargs(
                payout_method_name=payout_method_name,
            ),
        ),
        _parse_data,
    )


async def asyncio_detailed(
    payout_method_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.PayoutMethodResponse]:
    """Get the fields a payout method requires

    Describes a payout method and the beneficiary fields it needs. The
    path is inferred by mapping the internal `/finmo/...` path to
    `/api/v1/...`, as for the two calls known in both forms.
    Double-check it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        payout_method_name (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[PayoutMethodResponse]
    """

    answer = await send_async(
        client,
        _OPERATION,
        _get_kwargs(
            payout_method_name=payout_method_name,
        ),
    )
    return detailed(answer, _parse_data)


async def asyncio(
    payout_method_name: str,
    *,
    client: AuthenticatedClient,
) -> models.PayoutMethodResponse:
    """Get the fields a payout method requires

    Describes a payout method and the beneficiary fields it needs. The
    path is inferred by mapping the internal `/finmo/...` path to
    `/api/v1/...`, as for the two calls known in both forms.
    Double-check it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        payout_method_name (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        PayoutMethodResponse
    """

    answer = await send_async(
        client,
        _OPERATION,
        _get_kwargs(
            payout_method_name=payout_method_name,
        ),
    )
    return parse(answer, _parse_data)
