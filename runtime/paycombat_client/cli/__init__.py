"""The ``paycombat`` command (``pip install 'paycombat-client[cli]'``): every operation of the spec,
raw signed requests, webhook checks and the local sandbox. Run ``paycombat --help``.

Importing ``paycombat_client`` never imports this package (nor click).
"""

from __future__ import annotations

import sys

__all__ = ["main"]


def main() -> None:
    """The ``paycombat`` console script; it is installed without the cli extra too, so it says so."""
    try:
        from ._app import main as run
    except ModuleNotFoundError as exc:
        if exc.name != "click":
            raise
        sys.stderr.write("paycombat: error: the command needs the cli extra: pip install 'paycombat-client[cli]'\n")
        sys.exit(3)
    run()
