# Copied from runtime/paycombat_client/cli/__init__.py by codegen/generate.py: edit that file, not this one.
"""The ``paycombat`` command (``pip install 'paycombat-client[cli]'``): every operation of the spec,
raw signed requests, webhook checks and the local sandbox. Run ``paycombat --help``.

Importing ``paycombat_client`` never imports this package (nor click).
"""

from ._app import main

__all__ = ["main"]
