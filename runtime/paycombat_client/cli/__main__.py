"""``python -m paycombat_client.cli``: the ``paycombat`` command."""

from ._app import main

main()
