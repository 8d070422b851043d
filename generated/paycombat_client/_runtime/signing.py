# Copied from runtime/paycombat_client/_runtime/signing.py by codegen/generate.py: edit that file, not this one.
"""PayCombat's request signature: lowercase hex HMAC-SHA256 of the exact body bytes."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Generator
from typing import NoReturn

import httpx2

from .exceptions import ConfigurationError

__all__ = ["EMPTY_BODY_SIGNED_AS", "PayCombatAuth", "compute_signature", "encode_key", "hmac_sha256"]

#: What a request without a body is signed over: ``JSON.stringify({})``. The docs list only
#: ``X-token`` for body-less calls; set this to ``None`` to send no ``signature`` for them.
EMPTY_BODY_SIGNED_AS: bytes | None = b"{}"


def encode_key(key: str | bytes) -> bytes:
    """The signature key as the bytes HMAC uses (UTF-8, like crypto-js's ``Utf8.parse``)."""
    if isinstance(key, bytes):
        return key
    try:
        return key.encode("utf-8")
    except UnicodeEncodeError:
        raise ConfigurationError("the signature key is not valid Unicode text (it has a lone surrogate)") from None


def hmac_sha256(key: bytes, body: bytes) -> bytes:
    """The HMAC-SHA256 of ``body``: the one place that computes PayCombat's signatures, both ways."""
    return hmac.new(key, body, hashlib.sha256).digest()


def compute_signature(body: bytes, key: str | bytes) -> str:
    """Lowercase hex HMAC-SHA256 of ``body`` keyed with ``key``."""
    return hmac_sha256(encode_key(key), body).hex()


class PayCombatAuth(httpx2.Auth):
    """Adds ``X-token`` and ``signature`` to a request, signing exactly the bytes it carries.

    Works with any ``httpx2.Client`` or ``httpx2.AsyncClient``. It signs what is in the request,
    so the body must already be the ``JSON.stringify`` bytes (see ``jsjson.stringify``).
    """

    requires_request_body = True

    def __init__(self, token: str, signature_key: str | bytes) -> None:
        self._token = token
        self._key = encode_key(signature_key)

    def __repr__(self) -> str:
        return "PayCombatAuth(token='***', signature_key='***')"

    def __reduce__(self) -> NoReturn:
        # A pickle would hold both secrets in the clear.
        raise ConfigurationError("a PayCombatAuth cannot be pickled: it holds the token and signature key")

    def signed_headers(self, content: bytes | None) -> dict[str, str]:
        """``X-token`` and the ``signature`` of ``content``: the headers a request with this body needs."""
        headers = {"X-token": self._token}
        payload = content or EMPTY_BODY_SIGNED_AS
        if payload is not None:
            headers["signature"] = hmac_sha256(self._key, payload).hex()
        return headers

    def auth_flow(self, request: httpx2.Request) -> Generator[httpx2.Request, httpx2.Response, None]:
        request.headers.update(self.signed_headers(request.content))
        yield request
