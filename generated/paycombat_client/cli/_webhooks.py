# Copied from runtime/paycombat_client/cli/_webhooks.py by codegen/generate.py: edit that file, not this one.
"""``paycombat webhooks verify`` and ``paycombat webhooks trigger``."""

from __future__ import annotations

import copy
import os
import time
from pathlib import Path
from typing import Any, BinaryIO

import click
import httpx2

from .._runtime.backends import bound_sync_client
from .._runtime.exceptions import APIConnectionError, APIStatusError, APITimeoutError, printable, shown_path
from .._runtime.jsjson import stringify
from .._runtime.signing import encode_key, hmac_sha256
from .._runtime.transport import (
    DEADLINE,
    DIRECT_HTTP,
    BodyTooLarge,
    attempt_timeout,
    read_sync,
)
from ..webhooks import MAX_PAYLOAD_BYTES, SIGNATURE_HEADER, construct_event, event_key
from ..webhooks._examples import EVENTS, EXAMPLES
from ._common import UsageProblem, guarded, json_option, print_curl, read_env_file, to_json, waiting

#: Per operation; the whole exchange, the answer read included, also ends within the longest of them.
TRIGGER_TIMEOUT = httpx2.Timeout(10.0, connect=5.0)
#: Most bytes of the receiver's answer read: the command shows its first 200 characters.
MAX_ANSWER_BYTES = 64 * 1024
_SHOWN_CHARACTERS = 200


def sample_event(event: str) -> dict[str, Any]:
    schema, status = EVENTS[event]
    payload = copy.deepcopy(EXAMPLES[schema])
    payload["status"] = status
    return payload


def _has_signature_key(env_file: Path | None) -> bool:
    values = read_env_file(env_file) if env_file is not None else {}
    return bool(values.get("PAYCOMBAT_SIGNATURE_KEY") or os.environ.get("PAYCOMBAT_SIGNATURE_KEY"))


def _signature_key(env_file: Path | None) -> str:
    values = read_env_file(env_file) if env_file is not None else {}
    key = values.get("PAYCOMBAT_SIGNATURE_KEY") or os.environ.get("PAYCOMBAT_SIGNATURE_KEY", "")
    if not key:
        raise UsageProblem("no PAYCOMBAT_SIGNATURE_KEY: set it in the environment or in a file given with --env-file")
    return key


_env_file_option = click.option(
    "--env-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read PAYCOMBAT_SIGNATURE_KEY from this file (NAME=VALUE lines, as in a .env file); "
    "it wins over the environment.",
)


@click.group(name="webhooks", short_help="Check a webhook's signature, or send a signed sample event.")
def webhooks() -> None:
    """Check a webhook's signature, or send a sample event signed as PayCombat signs it."""


@webhooks.command(short_help="Check a webhook body's X-Signature and print the event.")
@click.argument("body", type=click.File("rb"), default="-", metavar="[BODY_FILE]")
@click.option("--signature", required=True, help=f"The {SIGNATURE_HEADER} header's value (hex).")
@_env_file_option
@json_option
def verify(body: BinaryIO, signature: str, env_file: Path | None, as_json: bool) -> None:
    """Check that BODY_FILE (default: stdin) is signed with your PAYCOMBAT_SIGNATURE_KEY, then print
    the event it holds as JSON with its event key. Exit 8: bad signature; 9: not a readable event."""

    def run() -> None:
        key = _signature_key(env_file)
        event = construct_event(body.read(MAX_PAYLOAD_BYTES + 1), signature, key)
        result = {"event_key": event_key(event), "event": event.model_dump(mode="json")}
        click.echo(to_json(result))  # authentic, but its text still came from outside

    guarded(as_json, run)


@webhooks.command(short_help="POST a sample event, signed as PayCombat signs, to your receiver.")
@click.argument("event", type=click.Choice(sorted(EVENTS)))
@click.option("--to", "url", required=True, help="Your receiver's URL (http or https).")
@_env_file_option
@click.option("--dry-run", is_flag=True, help="Print the request as a curl command (the signature redacted).")
@json_option
def trigger(event: str, url: str, env_file: Path | None, dry_run: bool, as_json: bool) -> None:
    """POST a sample EVENT (the spec's example payload with the event's status) to your receiver,
    with X-Signature = hex HMAC-SHA256 of its JSON.stringify bytes, keyed with your
    PAYCOMBAT_SIGNATURE_KEY. Exit 0 when the receiver answers 2xx, 6 otherwise."""

    def run() -> None:
        if not url.startswith(("http://", "https://")):
            raise UsageProblem("--to must be an http:// or https:// URL")
        # A dry run prints the signature redacted, so it needs no key.
        key = "dry-run" if dry_run and not _has_signature_key(env_file) else _signature_key(env_file)
        body = stringify(sample_event(event))
        headers = {"Content-Type": "application/json", SIGNATURE_HEADER: hmac_sha256(encode_key(key), body).hex()}
        request = httpx2.Request("POST", url, headers=headers, content=body)
        if dry_run:
            print_curl(request, signed_on_send=False)
            return
        # Shown without credentials or query: the URL is the user's and may carry secrets.
        port = f":{request.url.port}" if request.url.port else ""
        where = f"POST {request.url.scheme}://{request.url.host}{port}{shown_path(request.url)}"
        with waiting(where):
            response, answer = _deliver(request, where)
        if not response.is_success:
            shown = answer or printable(response.reason_phrase)
            raise APIStatusError(f"the receiver answered: {shown}", response=response)
        click.echo(f"{event} delivered: HTTP {response.status_code} {answer}".rstrip())

    guarded(as_json, run)


def _deliver(request: httpx2.Request, where: str) -> tuple[httpx2.Response, str]:
    """Send ``request``: the answer, and its first characters, escaped. At most
    ``MAX_ANSWER_BYTES`` of it are read, and the whole exchange ends within the timeout."""
    # Plain http never goes through a proxy, of the environment's or any: it would read the signed
    # event. https may (CONNECT keeps TLS end to end), as with the client.
    http = httpx2.Client(timeout=TRIGGER_TIMEOUT, follow_redirects=False, mounts=DIRECT_HTTP)
    deadline = DEADLINE.set(time.monotonic() + attempt_timeout(TRIGGER_TIMEOUT))
    try:
        with bound_sync_client(http):
            response = http.send(request, stream=True)
            try:
                kept = read_sync(response, MAX_ANSWER_BYTES)
            except BodyTooLarge as exc:
                kept = response._content = exc.kept  # what read() would store; APIStatusError reads it
            finally:
                response.close()
    except httpx2.TimeoutException as exc:
        raise APITimeoutError(f"{where} timed out ({type(exc).__name__})") from None
    except httpx2.RequestError as exc:
        raise APIConnectionError(f"{where} failed: {type(exc).__name__}") from None
    finally:
        DEADLINE.reset(deadline)
    shown = kept.decode("utf-8", "replace")[:_SHOWN_CHARACTERS]
    return response, printable(" ".join(shown.split()))
