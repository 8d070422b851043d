# Copied from runtime/paycombat_client/cli/_app.py by codegen/generate.py: edit that file, not this one.
"""The root of the ``paycombat`` command tree."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import click

from .. import __version__
from .._runtime.constants import METHODS, RETRY_POLICIES, RetryPolicy
from .._runtime.exceptions import PayCombatError
from .._runtime.pipeline import unsigned_request
from .._runtime.raw import operation, request_kwargs
from ._common import (
    EXIT_CODES,
    EXIT_INTERRUPTED,
    EXIT_UNEXPECTED,
    Settings,
    UsageProblem,
    api_options,
    data_option,
    fail,
    guarded,
    print_answer,
    print_curl,
    read_data,
    waiting,
)
from ._operations import tag_group, tags

_BUILTIN = ("request", "webhooks", "sandbox")


class _Root(click.Group):
    """Built-in commands plus one group per tag of the spec, looked up when used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*tags(), *_BUILTIN]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name == "webhooks":
            # Imported when used: the webhook event models take a fifth of a second to import.
            from ._webhooks import webhooks

            return webhooks
        return super().get_command(ctx, cmd_name) or tag_group(cmd_name.replace("_", "-"))

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # Two sections: what the spec defines, and the tools around it.
        for title, names in (("Operations (by tag)", tags()), ("Commands", list(_BUILTIN))):
            rows = []
            for name in names:
                command = self.get_command(ctx, name)
                if command is not None:
                    rows.append((name, command.get_short_help_str(limit=formatter.width - 24)))
            with formatter.section(title):
                formatter.write_dl(rows)


def _exit_codes() -> str:
    lines = {
        0: "success",
        EXIT_UNEXPECTED: "an unexpected error",
        2: "usage error",
        EXIT_INTERRUPTED: "interrupted while a call waited (it may have reached PayCombat)",
    }
    for _, code, meaning in EXIT_CODES:
        lines.setdefault(code, meaning)
    # \b keeps click from rewrapping the lines.
    return "\b\nExit codes:\n" + "\n".join(f"  {code:>3}  {meaning}" for code, meaning in sorted(lines.items()))


@click.group(cls=_Root, context_settings={"help_option_names": ["-h", "--help"]}, epilog=_exit_codes())
@click.version_option(__version__, prog_name="paycombat")
def cli() -> None:
    """Call the PayCombat API from a shell: every request signed, errors typed.

    Credentials come from PAYCOMBAT_TOKEN and PAYCOMBAT_SIGNATURE_KEY (and PAYCOMBAT_BASE_URL),
    or from a file given with --env-file; never from an argument. Answers print as JSON on
    stdout; errors print one line on stderr (--json: one JSON object) and exit with the
    error's status (listed below).
    """


@cli.command(name="request", short_help="Send a signed request to any path (one not in the spec).")
@click.argument("method", type=click.Choice(sorted(METHODS), case_sensitive=False))
@click.argument("path")
@data_option(required=False)
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A query parameter (repeatable). Not part of the signature, as with every operation.",
)
@click.option(
    "--retry",
    type=click.Choice(sorted(RETRY_POLICIES)),
    default="connect-only",
    show_default=True,
    help="safe: also repeat after the request reached PayCombat. Only for calls that cannot create or pay twice.",
)
@api_options
def request_command(
    method: str,
    path: str,
    data: str | None,
    params: tuple[str, ...],
    retry: str,
    env_file: Path | None,
    base_url: str | None,
    dry_run: bool,
    as_json: bool,
) -> None:
    """Send METHOD PATH (for example GET /api/v1/...) through the same pipeline as the generated
    operations: the body written as JSON.stringify writes it, signed, checked, retried by --retry."""

    def run() -> None:
        query: dict[str, Any] = {}
        for param in params:
            name, sep, value = param.partition("=")
            if not sep or not name:
                raise UsageProblem(f"--param {param!r}: expected NAME=VALUE")
            query.setdefault(name, []).append(value)
        op = operation(method, path, retry)
        kwargs = request_kwargs(op.path, read_data(data), query or None)
        client = Settings(env_file, base_url, dry_run, as_json).client()
        if dry_run:
            print_curl(unsigned_request(client, op, kwargs))
            return
        rule: RetryPolicy = "safe" if retry == "safe" else "connect-only"
        with client, waiting(f"{op.method} {op.path}"):
            response = client.request_detailed(
                op.method, op.path, json=kwargs.get("json"), params=kwargs.get("params"), retry=rule
            )
        print_answer(response.content)

    guarded(as_json, run)


@cli.command(short_help="Run the local PayCombat sandbox (needs paycombat-client[testing]).")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=12111, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", required=True, help="The sandbox's own made-up API token (never a real one).")
@click.option("--signature-key", required=True, help="The sandbox's own made-up signature key (never a real one).")
@click.option("--webhook-url", help="Where the sandbox POSTs its signed webhook events.")
@click.option("--seed", type=int, help="Seed for the sandbox's generated data, for repeatable runs.")
@click.option("--json", "as_json", is_flag=True, help="Errors as one JSON object on stderr, for scripts.")
def sandbox(
    host: str, port: int, token: str, signature_key: str, webhook_url: str | None, seed: int | None, as_json: bool
) -> None:
    """Serve a local stand-in for PayCombat until Ctrl-C, for trying the client and this command."""
    try:
        # By name: the testing extra may not be installed (nor type-checked beside this module).
        serve = importlib.import_module("..testing", __package__).serve
    except ImportError as exc:
        problem = f"the sandbox needs the testing extra: pip install 'paycombat-client[testing]' ({exc})"
        fail(UsageProblem(problem), as_json=as_json)
    try:
        serve(host=host, port=port, token=token, signature_key=signature_key, webhook_url=webhook_url, seed=seed)
    except KeyboardInterrupt:
        pass
    except PayCombatError as exc:  # the port is taken, an empty token...: one line, exit 3
        fail(exc, as_json=as_json)


def main() -> None:
    """The ``paycombat`` console script."""
    cli(prog_name="paycombat")
