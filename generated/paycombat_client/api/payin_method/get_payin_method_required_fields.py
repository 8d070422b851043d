# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
from __future__ import annotations

from ... import models
from ..._runtime.pipeline import Operation, call_async, call_async_detailed, call_sync, call_sync_detailed
from ...client import AuthenticatedClient
from ...types import Response

OPERATION = Operation(
    operation_id="getPayinMethodRequiredFields",
    method="GET",
    path="/api/v1/payin-method/required-field/{payin_method_name}",
    retry="safe",
    path_params=("payin_method_name",),
    body=None,
    answer="PayinMethodResponse",
    summary="Get the fields a payin method requires",
    description="Describes a payin method and the parameters it needs. The path is inferred by mapping the internal `/finmo/...` path to `/api/v1/...`, as for the two calls known in both forms. Double-check it.",
)


def sync_detailed(
    payin_method_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.PayinMethodResponse]:
    """Get the fields a payin method requires

    Describes a payin method and the parameters it needs. The path is
    inferred by mapping the internal `/finmo/...` path to `/api/v1/...`,
    as for the two calls known in both forms. Double-check it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        payin_method_name (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[PayinMethodResponse]
    """

    return call_sync_detailed(client, OPERATION, models.PayinMethodResponse, (payin_method_name,))


def sync(
    payin_method_name: str,
    *,
    client: AuthenticatedClient,
) -> models.PayinMethodResponse:
    """Get the fields a payin method requires

    Describes a payin method and the parameters it needs. The path is
    inferred by mapping the internal `/finmo/...` path to `/api/v1/...`,
    as for the two calls known in both forms. Double-check it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        payin_method_name (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        PayinMethodResponse
    """

    return call_sync(client, OPERATION, models.PayinMethodResponse, (payin_method_name,))


async def asyncio_detailed(
    payin_method_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[models.PayinMethodResponse]:
    """Get the fields a payin method requires

    Describes a payin method and the parameters it needs. The path is
    inferred by mapping the internal `/finmo/...` path to `/api/v1/...`,
    as for the two calls known in both forms. Double-check it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        payin_method_name (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        Response[PayinMethodResponse]
    """

    return await call_async_detailed(client, OPERATION, models.PayinMethodResponse, (payin_method_name,))


async def asyncio(
    payin_method_name: str,
    *,
    client: AuthenticatedClient,
) -> models.PayinMethodResponse:
    """Get the fields a payin method requires

    Describes a payin method and the parameters it needs. The path is
    inferred by mapping the internal `/finmo/...` path to `/api/v1/...`,
    as for the two calls known in both forms. Double-check it.

    Retries: repeated after failures where that is safe (this call only reads or sets state).

    Args:
        payin_method_name (str):

    Raises:
        paycombat_client.APIStatusError: PayCombat answered with an error status or ``"status": false``.
        paycombat_client.APIConnectionError: The request failed (``APITimeoutError`` when it timed out).
        paycombat_client.APIResponseValidationError: A success answer that could not be parsed.
        paycombat_client.RequestEncodingError: A body value of the wrong type (``RequestTypeError``) or that
            JavaScript cannot represent; nothing was sent.

    Returns:
        PayinMethodResponse
    """

    return await call_async(client, OPERATION, models.PayinMethodResponse, (payin_method_name,))
