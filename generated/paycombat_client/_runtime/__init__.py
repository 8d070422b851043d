"""Hand-written runtime of the PayCombat client.

These modules are copied verbatim from ``templates/package/_runtime`` by the generator:
edit them there, never in ``generated/``.
"""
