# Copied from runtime/paycombat_client/cli/_operations.py by codegen/generate.py: edit that file, not this one.
"""``paycombat <tag> <operation>``: one command per generated endpoint module, found at run time.

The tree is read from ``paycombat_client.api`` when a command is looked up, so it always matches
the operations this package was generated with: a tag is a subpackage, an operation a module, and
each command is made from the module's ``OPERATION`` (summary, description, method, path, path
parameters, retry rule, body model) and sent through the same runtime call as the module's own
functions.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType
from typing import Any

import click

from .._runtime.constants import RETRY_MEANINGS
from .._runtime.exceptions import RequestTypeError
from .._runtime.pipeline import Operation, call_sync_detailed, request_parts, unsigned_request
from .._runtime.validate import check_body, misfit
from ._common import (
    Settings,
    UsageProblem,
    api_options,
    data_option,
    guarded,
    print_answer,
    print_curl,
    read_data,
    waiting,
)


def _command_name(module_name: str) -> str:
    return module_name.replace("_", "-")


def _module_name(command_name: str) -> str:
    return command_name.replace("-", "_")


def body_of(op: Operation, data: Any) -> Any:
    """``--data`` as the operation's body model; refused when any of it would not be sent as written."""
    model = op.body_model()
    if data is None:
        raise UsageProblem(f"this operation needs a body: --data with a JSON object for {model.__name__}")
    if not isinstance(data, dict):
        raise UsageProblem(f"--data must be a JSON object for {model.__name__}")
    unfit = f"--data does not fit {model.__name__}:"
    try:
        body = model.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # Only the path: the exception's text may quote a value.
        raise UsageProblem(f"{unfit} {misfit(model, data) or type(exc).__name__}") from None
    try:
        check_body(body, model)
    except RequestTypeError as exc:
        raise UsageProblem(f"{unfit} {exc.json_path} {exc.reason}") from None
    sent = body.to_dict()
    if sent != data:
        # Unknown keys of a strict body would be dropped silently: say so instead.
        changed = sorted(k for k in data.keys() | sent.keys() if data.get(k) != sent.get(k))
        raise UsageProblem(f"{unfit} not sent as written: {', '.join(changed)}")
    return body


def _operation_command(op: Operation, name: str) -> click.Command:
    retry = RETRY_MEANINGS[op.retry]
    body = "" if op.body is None else f" --data: a JSON object for {op.body}."
    description = f"{op.description}\n\n" if op.description else ""
    summary = op.summary or op.operation_id
    text = f"{summary}\n\n{description}{op.method} {op.path}. Retries: {retry}.{body}"

    def run(settings: Settings, path_args: tuple[str, ...], data: str | None) -> None:
        sent = body_of(op, read_data(data)) if op.body is not None else None
        client = settings.client()
        if settings.dry_run:
            print_curl(unsigned_request(client, op, request_parts(op, path_args, sent)))
            return
        with client, waiting(f"{op.method} {op.path}"):
            response = call_sync_detailed(client, op, op.answer_model(), path_args, sent)
        print_answer(response.content)

    params: list[click.Parameter] = [click.Argument([p], metavar=p.upper()) for p in op.path_params]

    @click.command(name=name, help=text, short_help=summary, params=params)
    @data_option(required=False)
    @api_options
    def command(
        env_file: Any, base_url: str | None, dry_run: bool, as_json: bool, data: str | None = None, **args: str
    ) -> None:
        settings = Settings(env_file, base_url, dry_run, as_json)
        guarded(as_json, lambda: run(settings, tuple(args[p] for p in op.path_params), data))

    if op.body is None:  # no --data on commands that send no body
        command.params = [p for p in command.params if p.name != "data"]
    return command


class _TagGroup(click.Group):
    """The operations of one tag, imported when the tag is used."""

    def __init__(self, package: str) -> None:
        names = sorted(m.name for m in pkgutil.iter_modules(importlib.import_module(package).__path__))
        self._package = package
        self._modules = names
        listing = ", ".join(_command_name(n) for n in names)
        tag = package.rsplit(".", 1)[1]
        super().__init__(name=_command_name(tag), short_help=f"Operations: {listing}", help=f"The {tag} operations.")

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [_command_name(n) for n in self._modules]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = _module_name(cmd_name)
        if module_name not in self._modules:
            return None
        module = importlib.import_module(f"{self._package}.{module_name}")
        return _operation_command(module.OPERATION, _command_name(module_name))


def _api() -> ModuleType:
    # Found at run time: the api package is generated, it does not exist in runtime/.
    return importlib.import_module("..api", __package__)


def tags() -> list[str]:
    """The command names of the tags (subpackages of ``paycombat_client.api``)."""
    return sorted(_command_name(m.name) for m in pkgutil.iter_modules(_api().__path__) if m.ispkg)


def tag_group(cmd_name: str) -> click.Group | None:
    if cmd_name not in tags():
        return None
    return _TagGroup(f"{_api().__name__}.{_module_name(cmd_name)}")
