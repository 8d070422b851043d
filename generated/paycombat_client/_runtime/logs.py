# Copied from runtime/paycombat_client/_runtime/logs.py by codegen/generate.py: edit that file, not this one.
"""The ``paycombat_client`` logger. Nothing it writes carries a token, key or signature."""

from __future__ import annotations

import logging
import os

__all__ = ["logger", "setup_logging"]

logger = logging.getLogger("paycombat_client")
_configured = False


def setup_logging() -> None:
    """Honour ``PAYCOMBAT_LOG=debug`` (or ``info``): log to stderr without any code."""
    global _configured
    if _configured:
        return
    _configured = True
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get("PAYCOMBAT_LOG", "").lower())
    if level is not None:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)
