# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
"""The PayCombat client (hand-written, see ``_runtime/client.py``)."""

from ._runtime.client import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AuthenticatedClient

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "AuthenticatedClient"]
