"""``python -m paycombat_client.cli``: the ``paycombat`` command."""

from . import main

main()
