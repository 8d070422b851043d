"""Hand-written runtime of the PayCombat client.

The source of these modules is ``runtime/paycombat_client/_runtime`` in the generator's
repository; the generator copies them into the package unchanged but for a first line naming it.
"""
