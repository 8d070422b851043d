# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
"""Python client for the PayCombat payments API: every request signed, errors typed.

Operations live in ``paycombat_client.api.<tag>.<operation>`` (``sync``, ``sync_detailed``,
``asyncio``, ``asyncio_detailed``), models in ``paycombat_client.models`` and webhook
verification in ``paycombat_client.webhooks``.
"""

from ._runtime.client import AuthenticatedClient
from ._runtime.exceptions import (
    APIConnectionError,
    APIRefusedError,
    APIResponseTooLargeError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PayCombatError,
    PermissionDeniedError,
    RateLimitError,
    RequestEncodingError,
    RequestTypeError,
    UnprocessableEntityError,
    WebhookPayloadError,
    WebhookPayloadTooLargeError,
    WebhookSignatureError,
)
from .types import UNSET, Unset

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APIRefusedError",
    "APIResponseTooLargeError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PayCombatError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestEncodingError",
    "RequestTypeError",
    "UnprocessableEntityError",
    "WebhookPayloadError",
    "WebhookPayloadTooLargeError",
    "UNSET",
    "Unset",
    "WebhookSignatureError",
    "__version__",
]
