# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
"""Errors raised by the PayCombat client (hand-written, see ``_runtime/exceptions.py``)."""

from ._runtime.exceptions import *  # noqa: F403
from ._runtime.exceptions import __all__ as __all__
