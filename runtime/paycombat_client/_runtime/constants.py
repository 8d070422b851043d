"""The client's defaults and vocabularies, each stated once: client, pipeline, raw calls, the
``paycombat`` command and ``codegen/generate.py`` (which reads this file without importing the
package, so it imports nothing) take them from here."""

from __future__ import annotations

from typing import Literal

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT_SECONDS",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "METHODS",
    "RETRY_MEANINGS",
    "RETRY_POLICIES",
    "RetryPolicy",
]

DEFAULT_BASE_URL = "https://api.paycombat.com"
#: Each attempt as a whole within 30 s, connecting within 5 s. There is no "no timeout".
DEFAULT_TIMEOUT_SECONDS = 30.0
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_MAX_RETRIES = 2
#: Largest decoded answer read, in bytes. A PayCombat answer is one record of a few KiB.
DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024

#: The spec's ``x-paycombat-retry``: ``safe`` calls may be repeated after they reached the server,
#: ``connect-only`` ones (those that create something) only when the request was never sent.
RetryPolicy = Literal["safe", "connect-only"]
RETRY_POLICIES: tuple[RetryPolicy, ...] = ("safe", "connect-only")
#: What each rule means for a caller, as the docstrings, the command's help and the docs say it.
RETRY_MEANINGS: dict[RetryPolicy, str] = {
    "safe": "repeated after failures where that is safe (this call only reads or sets state)",
    "connect-only": "repeated only when the request was never sent: once sent, repeating it could create or pay twice",
}
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
#: A ``Retry-After`` longer than this is shortened to it.
MAX_RETRY_AFTER = 60.0

#: What a PayCombat call can be; HEAD and OPTIONS answer without the JSON envelope.
METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
