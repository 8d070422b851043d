# Copied from runtime/paycombat_client/testing/__init__.py by codegen/generate.py: edit that file, not this one.
"""An offline PayCombat API for your tests: ``paycombat-client[testing]``.

``Sandbox`` serves a stateful PayCombat on ``127.0.0.1``, checks requests as PayCombat does,
delivers signed webhooks and stages failures; ``serve`` runs one in the foreground. The pytest
fixture ``paycombat_sandbox`` comes with the package (see ``pytest_plugin``).

Names are loaded on first use, so the pytest plugin (which lives here) costs nothing until a
test asks for the sandbox, and a missing ``testing`` extra is reported by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._delivery import Delivery, DeliveryAttempt
    from ._sandbox import Fault, RequestRecord, Sandbox, SandboxError, serve

__all__ = ["Delivery", "DeliveryAttempt", "Fault", "RequestRecord", "Sandbox", "SandboxError", "serve"]

_MODULES = {"Delivery": "_delivery", "DeliveryAttempt": "_delivery"}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    try:
        module = importlib.import_module(f".{_MODULES.get(name, '_sandbox')}", __name__)
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            f"paycombat_client.testing needs the testing extra ({exc.name} is missing): "
            "pip install 'paycombat-client[testing]'",
            name=exc.name,
        ) from exc
    value = getattr(module, name)
    globals()[name] = value
    return value
