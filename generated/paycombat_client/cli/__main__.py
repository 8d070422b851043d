# Copied from runtime/paycombat_client/cli/__main__.py by codegen/generate.py: edit that file, not this one.
"""``python -m paycombat_client.cli``: the ``paycombat`` command."""

from . import main

main()
