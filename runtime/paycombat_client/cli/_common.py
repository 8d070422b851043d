"""What every ``paycombat`` command shares: credentials, ``--data``, output, errors and exit codes."""

from __future__ import annotations

import json
import os
import re
import shlex
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click
import httpx2

from .._runtime.client import AuthenticatedClient
from .._runtime.exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    PayCombatError,
    RequestEncodingError,
    WebhookPayloadError,
    WebhookSignatureError,
    not_json,
    printable,
    shown_request_id,
)

F = TypeVar("F", bound=Callable[..., Any])

#: Exit status by error class, most specific first (the command-line guide's table is checked against it).
EXIT_CODES: tuple[tuple[type[BaseException], int, str], ...] = (
    (APITimeoutError, 5, "a timeout expired (the request may have reached PayCombat)"),
    (APIConnectionError, 4, "PayCombat (or the webhook receiver) could not be reached"),
    (APIStatusError, 6, "the server answered with an error, or refused the request"),
    (APIResponseValidationError, 7, "a success answer that could not be read: the request was accepted"),
    (WebhookSignatureError, 8, "a webhook's signature is missing or wrong"),
    (WebhookPayloadError, 9, "a correctly signed webhook that is not a readable event"),
    (RequestEncodingError, 3, "nothing was sent: bad input, settings or credentials"),
    (PayCombatError, 3, "nothing was sent: bad input, settings or credentials"),
)
EXIT_UNEXPECTED = 1
EXIT_INTERRUPTED = 130  # what shells use for Ctrl-C
ENV_NAMES = ("PAYCOMBAT_TOKEN", "PAYCOMBAT_SIGNATURE_KEY", "PAYCOMBAT_BASE_URL")
_REDACTED = "<redacted>"
_INLINE_COMMENT = re.compile(r"\s+#")  # after an unquoted value: "abc#1" keeps its "#"
#: Headers whose values are never printed.
SECRET_HEADERS = frozenset({"x-token", "signature", "x-signature"})


class UsageProblem(PayCombatError):
    """Bad input to the command itself (a file, ``--data``, a setting): exit 3, nothing was sent."""


def exit_code(exc: BaseException) -> int:
    for kind, code, _ in EXIT_CODES:
        if isinstance(exc, kind):
            return code
    return EXIT_UNEXPECTED


def fail(exc: BaseException, *, as_json: bool) -> NoReturn:
    """One line on stderr (or one JSON object with ``--json``), then the error class's exit status."""
    code = exit_code(exc)
    # One line, escaped: messages may quote a server's text, which may hold newlines or escapes.
    message = printable(" ".join(str(exc).split())) or type(exc).__name__
    if as_json:
        error: dict[str, Any] = {"type": type(exc).__name__, "message": message, "exit_code": code}
        if isinstance(exc, APIStatusError | APIResponseValidationError):
            error["status_code"] = exc.status_code
            if exc.request_id is not None:  # what PayCombat's support asks for
                error["request_id"] = shown_request_id(exc.request_id)
        click.echo(json.dumps({"error": error}, ensure_ascii=False), err=True)
    else:
        click.echo(f"paycombat: error: {message}", err=True)
    sys.exit(code)


def guarded(as_json: bool, action: Callable[[], None]) -> None:
    """Run ``action``; any failure becomes one line and an exit status, never a traceback."""
    try:
        action()
    except KeyboardInterrupt:
        # Ctrl-C while a call waited: it may have reached PayCombat, which is worth saying.
        click.echo(
            "paycombat: interrupted: a request in flight may have reached PayCombat; check before repeating", err=True
        )
        sys.exit(EXIT_INTERRUPTED)
    except (click.exceptions.Exit, click.ClickException, SystemExit):
        raise
    except Exception as exc:  # unexpected ones too: exit 1, still one line
        fail(exc, as_json=as_json)


@contextmanager
def waiting(what: str) -> Iterator[None]:
    """Show ``what`` on a terminal while a call waits; nothing when stderr is a pipe or file."""
    shown = sys.stderr.isatty()
    if shown:
        sys.stderr.write(f"{printable(what)} ...")
        sys.stderr.flush()
    try:
        yield
    finally:
        if shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


# --- settings -----------------------------------------------------------------------------------


# NAME=, after an optional "export "; always matches, so "name" is empty on blank and comment lines.
_ENTRY = re.compile(r"[ \t]*(?:export[ \t]+)?(?P<name>[^=#\s]*)[ \t]*(?P<eq>=?)")
# A quoted value, which may span lines; a backslash takes the next character with it.
_QUOTED = {quote: re.compile(rf"{quote}((?:\\.|[^{quote}\\])*){quote}", re.S) for quote in "\"'"}
# What may follow the closing quote on its line.
_AFTER_QUOTE = re.compile(r"[ \t]*(?:#[^\n]*)?(?:\n|\Z)")
_ESCAPE = re.compile(r"\\(.)", re.S)
# As python-dotenv decodes them; any other backslash is kept as written.
_DECODED = {
    '"': {"\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"},
    "'": {"\\": "\\", "'": "'"},
}


def _quoted(text: str, start: int) -> tuple[str, int] | None:
    """The value whose quote opens at ``start``, decoded, and where the next entry starts; ``None``
    when the quote never closes or more than a comment follows it on its line."""
    quote = text[start]
    quoted = _QUOTED[quote].match(text, start)
    after = _AFTER_QUOTE.match(text, quoted.end()) if quoted else None
    if quoted is None or after is None:
        return None
    table = _DECODED[quote]
    return _ESCAPE.sub(lambda m: table.get(m[1], m[0]), quoted[1]), after.end()


def read_env_file(path: Path) -> dict[str, str]:
    """The PAYCOMBAT_* values of a .env file, read as python-dotenv and docker compose read one:
    ``NAME=VALUE`` entries, an optional ``export``, ``#`` comments at the start of a line or after a
    space; a value in single or double quotes may span lines, and double quotes decode ``\\"``,
    ``\\\\``, ``\\n``... Other names are skipped, however they are written (an app's own .env serves);
    an unknown PAYCOMBAT_ name (a typo) is refused. No message shows a line's text: it may hold a secret."""
    try:
        text = path.read_text(encoding="utf-8-sig")  # -sig: a leading BOM, as some editors write
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageProblem(f"cannot read --env-file {path}: {type(exc).__name__}") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    values: dict[str, str] = {}
    pos, number = 0, 1
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        resume = end + 1
        entry = _ENTRY.match(text, pos, end)
        assert entry is not None  # every part of it is optional
        name = entry["name"]
        ours = name.startswith("PAYCOMBAT_")
        where = f"--env-file {path}, line {number}"
        if ours and (not entry["eq"] or name not in ENV_NAMES):
            raise UsageProblem(f"{where}: expected NAME=VALUE, PAYCOMBAT_ names being one of {ENV_NAMES}")
        raw = text[entry.end() : end]
        written = raw.lstrip(" \t")
        quoted = _quoted(text, end - len(written)) if entry["eq"] and written[:1] in _QUOTED else None
        if not ours:
            # Another app's quoted value is stepped over whole; one not well formed is skipped as
            # one line, so it can never hide a line of ours.
            if quoted is not None:
                resume = quoted[1]
        elif written[:1] in _QUOTED:
            if quoted is None:
                raise UsageProblem(f"{where}: a quoted value must end with its quote (then only a # comment)")
            values[name], resume = quoted
        else:
            values[name] = _INLINE_COMMENT.split(raw, maxsplit=1)[0].strip()
        number += text.count("\n", pos, resume)
        pos = resume
    return values


@dataclass(frozen=True)
class Settings:
    env_file: Path | None
    base_url: str | None
    dry_run: bool
    as_json: bool

    def client(self) -> AuthenticatedClient:
        """A client from --env-file, else the environment. A dry run needs no credentials."""
        values = {name: os.environ.get(name, "") for name in ENV_NAMES}
        if self.env_file is not None:
            values.update(read_env_file(self.env_file))
        token, key = values["PAYCOMBAT_TOKEN"], values["PAYCOMBAT_SIGNATURE_KEY"]
        if self.dry_run:
            token, key = token or _REDACTED, key or _REDACTED  # never sent, never shown
        for name, value in (("PAYCOMBAT_TOKEN", token), ("PAYCOMBAT_SIGNATURE_KEY", key)):
            if not value:
                raise UsageProblem(f"no {name}: set it in the environment or in a file given with --env-file")
        base_url = self.base_url or values["PAYCOMBAT_BASE_URL"] or None
        return AuthenticatedClient(base_url=base_url, token=token, signature_key=key)


def api_options(command: F) -> F:
    """The options of every command that calls PayCombat."""
    for option in reversed(
        (
            click.option(
                "--env-file",
                type=click.Path(exists=True, dir_okay=False, path_type=Path),
                help="Read PAYCOMBAT_TOKEN, PAYCOMBAT_SIGNATURE_KEY and PAYCOMBAT_BASE_URL from this file "
                "(NAME=VALUE lines, as in a .env file); what it sets wins over the environment.",
            ),
            click.option("--base-url", help="API host; default $PAYCOMBAT_BASE_URL or https://api.paycombat.com."),
            click.option("--dry-run", is_flag=True, help="Print the request as a curl command (secrets redacted)."),
            json_option,
        )
    ):
        command = option(command)
    return command


json_option = click.option("--json", "as_json", is_flag=True, help="Errors as one JSON object on stderr, for scripts.")


def data_option(required: bool) -> Callable[[F], F]:
    return click.option(
        "--data",
        required=required,
        metavar="JSON|@FILE|-",
        help="The JSON body: inline, @file.json, or - for stdin.",
    )


def read_data(data: str | None) -> Any:
    """The ``--data`` value parsed as JSON (``None`` when absent), every number with a fraction or
    exponent an exact ``Decimal``; NaN and Infinity are refused."""
    if data is None:
        return None
    if data == "-":
        text, source = sys.stdin.read(), "stdin"
    elif data.startswith("@"):
        path = Path(data[1:])
        try:
            text, source = path.read_text(encoding="utf-8"), str(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageProblem(f"cannot read --data file {path}: {type(exc).__name__}") from None
    else:
        text, source = data, "--data"
    try:
        # Fractions and exponents as exact Decimals: an amount is sent as written, or refused.
        return json.loads(text, parse_float=Decimal, parse_constant=not_json)
    except json.JSONDecodeError as exc:
        raise UsageProblem(f"{source} is not JSON: {exc.msg} (character {exc.pos})") from None
    except (ValueError, RecursionError) as exc:
        raise UsageProblem(f"{source} is not JSON: {exc}") from None


# --- output -------------------------------------------------------------------------------------


class _Number:
    """A JSON number kept as the text it arrived as: printed back digit for digit."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


# The C scanner hands every number's text to these, so none passes through a float or an int.
_AS_SENT = json.JSONDecoder(parse_float=_Number, parse_int=_Number, parse_constant=not_json)


def _string(text: str) -> str:
    # json escapes C0 controls but leaves C1 controls (\x9b is a CSI), DEL and bidi marks raw:
    # a string holding any of them is written all in \u escapes, still the same JSON string.
    return json.dumps(text, ensure_ascii=printable(text) != text)


def to_json(value: Any, indent: int = 2) -> str:
    """``value`` as ``json.dumps(value, indent=2, ensure_ascii=False)`` writes it, but with nothing
    that could drive a terminal (see ``_string``) and numbers of an answer as they arrived. Written
    without recursion: an answer nested as deep as the decoder reads is printed too."""
    out: list[str] = []
    # (value, level), or (text, -1) for text written as it is.
    todo: list[tuple[Any, int]] = [(value, 0)]
    while todo:
        item, level = todo.pop()
        if level < 0:
            out.append(item)
        elif isinstance(item, dict | list) and item:
            is_object = isinstance(item, dict)
            pad = "\n" + " " * (indent * (level + 1))
            pairs: Iterable[tuple[Any, Any]] = item.items() if isinstance(item, dict) else ((None, v) for v in item)
            parts: list[tuple[Any, int]] = []
            for i, (key, member) in enumerate(pairs):
                parts.append((("," if i else "") + pad + (f"{_string(key)}: " if is_object else ""), -1))
                parts.append((member, level + 1))
            out.append("{" if is_object else "[")
            todo.append(("\n" + " " * (indent * level) + ("}" if is_object else "]"), -1))
            todo.extend(reversed(parts))
        elif isinstance(item, str):
            out.append(_string(item))
        elif isinstance(item, _Number):
            out.append(item.text)
        else:  # {}, [], True, None, and the ints and floats of a model_dump
            out.append(json.dumps(item))
    return "".join(out)


def print_answer(content: bytes) -> None:
    """The answer's JSON, indented, every number as it arrived (an amount is never rounded);
    bytes that are not JSON as text. Nothing that could drive a terminal is printed raw."""
    try:
        text = content.decode("utf-8")  # UnicodeDecodeError is a ValueError
        value = _AS_SENT.decode(text.removeprefix("\ufeff"))
    except (ValueError, RecursionError):
        click.echo(printable(content.decode("utf-8", "replace")))
        return
    click.echo(to_json(value))


def print_curl(request: httpx2.Request, *, signed_on_send: bool = True) -> None:
    """``request`` as a curl command; credentials and signatures are redacted. ``signed_on_send``:
    the client's auth adds ``X-token`` and ``signature`` when sending, so they are shown too."""
    parts = ["curl", "-X", request.method, str(request.url)]
    headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw]
    if signed_on_send:
        headers += [("X-token", _REDACTED), ("signature", _REDACTED)]
    for name, value in headers:
        if name.lower() not in ("host", "content-length"):
            parts += ["-H", f"{name}: {_REDACTED if name.lower() in SECRET_HEADERS else value}"]
    if request.content:
        parts += ["--data-binary", request.content.decode("utf-8")]
    click.echo(" ".join(shlex.quote(part) for part in parts))
