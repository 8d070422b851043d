# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
"""Python client for the PayCombat payments API: every request signed, errors typed.

Operations live in ``paycombat_client.api.<tag>.<operation>`` (``sync``, ``sync_detailed``,
``asyncio``, ``asyncio_detailed``), models in ``paycombat_client.models`` and webhook
verification in ``paycombat_client.webhooks``.
"""

from ._runtime import exceptions as _exceptions
from ._runtime.client import AuthenticatedClient
from ._runtime.exceptions import *  # noqa: F403
from .types import UNSET, Unset

__version__ = "0.1.0"

__all__ = ["UNSET", "AuthenticatedClient", "Unset", "__version__"]
__all__ += _exceptions.__all__
