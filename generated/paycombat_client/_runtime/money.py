# Copied from runtime/paycombat_client/_runtime/money.py by codegen/generate.py: edit that file, not this one.
"""The one reader of amounts PayCombat sends: in answers, in webhooks and through the command line.

An amount arrives as a JSON number (decoded exactly, as a ``Decimal`` or an ``int``) or as text
such as ``"50"`` or ``"-0.50"``. What is not one of those is not an amount: text with digits other
than ASCII ones (``"١٢٣"``, ``"５０"``), with spaces, underscores, a sign ``+`` or an exponent, and
numbers whose size or exponent no amount needs (``1e999999999``), which would make formatting
exhaust memory or ``int()`` run for hours.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["MAX_FRACTION_DIGITS", "MAX_INTEGER_DIGITS", "in_bounds", "read_money"]

#: The widest money column of PayCombat's database is numeric(30, 8): thirty digits before the
#: point and thirty after admit every amount it can hold, with room to spare.
MAX_INTEGER_DIGITS = 30
MAX_FRACTION_DIGITS = 30
# ASCII only: \d would admit every script's digits, which Decimal() reads as numbers.
_PLAIN = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_LONGEST_TEXT = MAX_INTEGER_DIGITS + MAX_FRACTION_DIGITS + 2


def in_bounds(amount: Decimal) -> bool:
    """Whether a decoded number is finite and within the digits an amount can have."""
    exponent = amount.as_tuple().exponent
    return isinstance(exponent, int) and exponent >= -MAX_FRACTION_DIGITS and amount.adjusted() < MAX_INTEGER_DIGITS


def read_money(value: object) -> Decimal | None:
    """``value`` as the exact ``Decimal`` it stands for, or ``None`` when it is not an amount."""
    # Exact types: a bool is an int, yet a JSON true is never an amount.
    if type(value) is Decimal:
        amount = value
    elif type(value) is int:
        amount = Decimal(value)
    elif type(value) is str and len(value) <= _LONGEST_TEXT and _PLAIN.fullmatch(value):
        amount = Decimal(value)
    else:
        return None
    return amount if in_bounds(amount) else None
