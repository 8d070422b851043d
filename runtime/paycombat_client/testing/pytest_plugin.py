"""The ``paycombat_sandbox`` pytest fixture, registered through the ``pytest11`` entry point.

Override ``paycombat_sandbox_options`` (in a conftest.py or a test module) to pass arguments to
the ``Sandbox``: ``webhook_url``, ``signature_key``, ``seed``, ``balances``, ...
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from . import Sandbox


@pytest.fixture
def paycombat_sandbox_options() -> dict[str, Any]:
    """Keyword arguments for the ``Sandbox`` of ``paycombat_sandbox`` (none by default)."""
    return {}


@pytest.fixture
def paycombat_sandbox(paycombat_sandbox_options: dict[str, Any]) -> Iterator[Sandbox]:
    """A running PayCombat sandbox, fresh for each test and stopped after it."""
    from . import Sandbox  # here, not at the top: pytest loads this plugin in every session

    with Sandbox(**paycombat_sandbox_options) as sandbox:
        yield sandbox
