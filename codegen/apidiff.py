"""What changed in the generated public API, and which changes break code written against it.

    python codegen/apidiff.py                     # generated/ against the last commit (HEAD)
    python codegen/apidiff.py --against v0.1.0    # ... against any git ref
    python codegen/apidiff.py --against-dir DIR   # ... against another generated project
    python codegen/apidiff.py --since-release     # ... against the last release (codegen/released.json)
    python codegen/apidiff.py --changelog         # also print a CHANGELOG.md entry to paste

Both versions are read with griffe (static analysis: nothing is imported). Operations
(``paycombat_client.api.<tag>.<operation>``) and models (``paycombat_client.models``) are
reported by name, anything else public by path. A change is breaking when code written against
the old version can stop working: something public removed, a parameter or model field added as
required or made required, a type, default, parameter kind or order changed, a literal value
removed. Additions are not breaking. codegen/release.py uses this to enforce version bumps.
"""

from __future__ import annotations

import argparse
import ast
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import griffe
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
RELEASED = Path(__file__).resolve().parent / "released.json"
PACKAGE = "paycombat_client"
OPERATION_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
# Values that change with every release, or that only mirror other entries.
_IGNORED_ATTRIBUTES = frozenset({"__version__", "__all__"})
# Decorators whose class fields are constructor parameters (attrs, dataclasses), by last name.
_FIELD_DECORATORS = frozenset({"define", "attrs_define", "frozen", "mutable", "dataclass"})


class ApiDiffError(RuntimeError):
    pass


# --- a flat description of the public API ----------------------------------------------------


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    annotation: str
    default: str | None  # None: no default, the parameter is required

    @property
    def required(self) -> bool:
        return self.default is None and self.kind not in ("variadic positional", "variadic keyword")

    @property
    def positional(self) -> bool:
        return self.kind in ("positional-only", "positional or keyword")


@dataclass(frozen=True)
class Entry:
    kind: str  # module, class, function, attribute or alias
    params: tuple[Param, ...] = ()
    returns: str = ""
    bases: tuple[str, ...] = ()
    model: bool = False  # a class whose fields are its constructor's parameters (attrs, dataclass)
    annotation: str = ""
    value: str | None = None
    field_of_model: bool = False
    target: str = ""  # for aliases: what they re-export


Api = dict[str, Entry]


def load_api(project: Path | None) -> Api:
    """Every public object of the package in ``project`` (a generated project directory)."""
    if project is None:
        return {}
    try:
        module = griffe.load(
            PACKAGE,
            search_paths=[project],
            modules_collection=griffe.ModulesCollection(),
            lines_collection=griffe.LinesCollection(),
            allow_inspection=False,
        )
    except ImportError as exc:
        raise ApiDiffError(f"no {PACKAGE} package in {project}: {exc}") from exc
    api: Api = {PACKAGE: Entry("module")}
    _walk(module, PACKAGE, api, set())
    return api


def _walk(obj: griffe.Object | griffe.Alias, path: str, api: Api, seen: set[str]) -> None:
    model = api[path].model
    for name, member in sorted(obj.members.items()):
        if not member.is_public or name in _IGNORED_ATTRIBUTES:
            continue
        member_path = f"{path}.{name}"
        if isinstance(member, griffe.Alias):
            target = member.target_path
            internal = target.startswith(f"{PACKAGE}.")
            if not internal or not any(part.startswith("_") for part in target.split(".")):
                # A re-export of something public (described where it lives) or external.
                api[member_path] = Entry("alias", target=target)
                continue
            if target in seen:
                continue
            try:
                resolved = member.final_target
            except griffe.AliasResolutionError:
                api[member_path] = Entry("alias", target=target)
                continue
            # Public name, private home: describe it here.
            api[member_path] = _describe(resolved, field_of_model=False)
            _walk(resolved, member_path, api, seen | {target})
            continue
        assert isinstance(member, griffe.Object)
        api[member_path] = _describe(member, field_of_model=model)
        if member.is_module or member.is_class:
            _walk(member, member_path, api, seen)


def _text(expr: object) -> str:
    return "" if expr is None else str(expr)


def _describe(obj: griffe.Object | griffe.Alias, *, field_of_model: bool) -> Entry:
    if isinstance(obj, griffe.Function):
        params = tuple(
            Param(p.name, p.kind.value, _text(p.annotation), None if p.default is None else str(p.default))
            for p in obj.parameters
        )
        return Entry("function", params=params, returns=_text(obj.returns))
    if isinstance(obj, griffe.Class):
        names = (_text(d.value).split("(")[0].rsplit(".", 1)[-1].lstrip("_") for d in obj.decorators)
        model = any(name in _FIELD_DECORATORS for name in names)
        return Entry("class", bases=tuple(_text(b) for b in obj.bases), model=model)
    if isinstance(obj, griffe.Attribute):
        value = None if obj.value is None else _text(obj.value)
        return Entry("attribute", annotation=_text(obj.annotation), value=value, field_of_model=field_of_model)
    return Entry("module")


# --- comparing two descriptions ----------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    group: str  # operation, model or other
    name: str  # e.g. customer.get_customer, CustomerIndividual, AuthenticatedClient
    action: str  # added, removed or changed
    breaking: bool
    detail: str = ""  # what changed, for action "changed"


@dataclass
class ApiDiff:
    changes: list[Change] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]


def compare(old: Api, new: Api) -> ApiDiff:
    groups = _Groups(old, new)
    whole: dict[tuple[str, str], Change] = {}
    details: dict[tuple[str, str], dict[tuple[str, bool], list[str]]] = {}
    for path in sorted(old.keys() | new.keys()):
        located = groups.locate(path)
        if located is None:
            continue
        group, name, anchor, member = located
        before, after = old.get(path), new.get(path)
        if anchor and (before is None or after is None):
            action = "added" if before is None else "removed"
            whole[(group, name)] = Change(group, name, action, breaking=action == "removed")
            continue
        found = details.setdefault((group, name), {})
        for text, breaking in _entry_changes(before, after):
            found.setdefault((text, breaking), []).append(member)
    changes = list(whole.values())
    for (group, name), found in details.items():
        if (group, name) in whole:
            continue  # the whole operation or model came or went
        for (text, breaking), members in found.items():
            changes.append(Change(group, name, "changed", breaking, _render(group, text, members)))
    order = {"operation": 0, "model": 1, "other": 2}
    changes.sort(key=lambda c: (order[c.group], c.name, c.action, c.detail))
    return ApiDiff(changes)


def _render(group: str, text: str, members: list[str]) -> str:
    """Name the members a change applies to: in the text at {m}, or before it."""
    names = ", ".join(f"`{m}`" for m in sorted(set(members)) if m)
    if "{m}" in text:
        return text.replace(" {m}", f" {names}" if names else "")
    if not names or (group == "operation" and set(members) == set(OPERATION_FUNCTIONS)):
        return text  # the same change to all four functions of an operation is one change
    return f"{names}: {text}"


class _Groups:
    """Which operation, model or other public object a path belongs to."""

    def __init__(self, old: Api, new: Api) -> None:
        self.kinds = {path: entry.kind for path, entry in (*old.items(), *new.items())}
        # models.<module> -> the name paycombat_client.models exports for it
        self.model_names: dict[str, str] = {}
        for path, entry in (*old.items(), *new.items()):
            parts = path.split(".")
            if entry.kind == "alias" and parts[1:2] == ["models"] and len(parts) == 3:
                target = entry.target.split(".")
                if target[:2] == [PACKAGE, "models"] and len(target) == 4:
                    self.model_names.setdefault(target[2], target[3])

    def locate(self, path: str) -> tuple[str, str, bool, str] | None:
        """(group, name, is the group's own object, member label) or None for plain containers."""
        parts = path.split(".")[1:]
        if parts[:1] == ["api"]:
            if len(parts) < 3:
                return None
            return "operation", f"{parts[1]}.{parts[2]}", len(parts) == 3, ".".join(parts[3:])
        if parts[:1] == ["models"] and len(parts) >= 2:
            if len(parts) == 2 and self.kinds.get(path) == "alias":
                if parts[1] in self.model_names.values():
                    return "model", parts[1], False, "export from paycombat_client.models"
                return "other", ".".join(parts), True, ""
            module = parts[1]
            name = self.model_names.get(module, module)
            rest = parts[2:]
            if rest[:1] == [name]:
                rest = rest[1:]
            return "model", name, len(parts) == 2, ".".join(rest)
        if not parts:
            return None
        # Other objects group under their first non-module ancestor.
        for depth in range(1, len(parts) + 1):
            prefix = ".".join([PACKAGE, *parts[:depth]])
            if self.kinds.get(prefix) != "module" or depth == len(parts):
                return "other", ".".join(parts[:depth]), depth == len(parts), ".".join(parts[depth:])
        return None


def _entry_changes(before: Entry | None, after: Entry | None) -> Iterator[tuple[str, bool]]:
    if before is None and after is not None:
        if after.kind == "attribute" and after.field_of_model and after.value is None:
            yield "field {m} added (required)", True
        else:
            yield f"{'field' if after.field_of_model else after.kind} {{m}} added", False
        return
    if after is None and before is not None:
        yield f"{'field' if before.field_of_model else before.kind} {{m}} removed", True
        return
    assert before is not None and after is not None
    if before.kind != after.kind:
        yield f"now a {after.kind}, was a {before.kind}", True
    elif before.kind == "function":
        yield from _function_changes(before, after)
    elif before.kind == "class":
        for base in before.bases:
            if base not in after.bases:
                yield f"no longer a subclass of `{base}`", True
        for base in after.bases:
            if base not in before.bases:
                yield f"now a subclass of `{base}`", False
    elif before.kind == "attribute":
        yield from _attribute_changes(before, after)
    elif before.kind == "alias" and before.target != after.target:
        yield f"now refers to `{after.target}`, was `{before.target}`", True


def _function_changes(before: Entry, after: Entry) -> Iterator[tuple[str, bool]]:
    old = {p.name: p for p in before.params}
    new = {p.name: p for p in after.params}
    for name in old:
        if name not in new:
            yield f"parameter `{name}` removed", True
    for name, param in new.items():
        if name not in old:
            if param.required:
                yield f"parameter `{name}` added (required)", True
            else:
                yield f"parameter `{name}` added (optional)", False
    for name in old.keys() & new.keys():
        o, n = old[name], new[name]
        if o.kind != n.kind:
            # Loosening how a parameter may be passed breaks nobody.
            loosened = n.kind == "positional or keyword" and o.kind in ("positional-only", "keyword-only")
            yield f"parameter `{name}` is now {n.kind}, was {o.kind}", not loosened
        if o.annotation != n.annotation:
            yield f"parameter `{name}` type is now `{n.annotation}`, was `{o.annotation}`", True
        if o.default != n.default:
            if n.default is None:
                yield f"parameter `{name}` is now required", True
            elif o.default is None:
                yield f"parameter `{name}` is now optional", False
            else:
                yield f"parameter `{name}` default is now `{n.default}`, was `{o.default}`", True
    common = [name for name in old if name in new]
    old_positional = [name for name in common if old[name].positional]
    new_positional = [name for name in (p.name for p in after.params) if name in old and new[name].positional]
    if [n for n in new_positional if n in old_positional] != [n for n in old_positional if n in new_positional]:
        yield "positional parameters reordered", True
    if before.returns != after.returns:
        yield f"returns `{after.returns}`, was `{before.returns}`", True


def _attribute_changes(before: Entry, after: Entry) -> Iterator[tuple[str, bool]]:
    label = "field" if after.field_of_model else "attribute"
    if before.annotation != after.annotation:
        yield f"{label} type is now `{after.annotation}`, was `{before.annotation}`", True
    if before.value == after.value:
        return
    old_values, new_values = _literal_values(before.value), _literal_values(after.value)
    if old_values is not None and new_values is not None:
        removed = [v for v in old_values if v not in new_values]
        added = [v for v in new_values if v not in old_values]
        if removed:
            yield f"values removed: {', '.join(map(repr, removed))}", True
        if added:
            yield f"values added: {', '.join(map(repr, added))}", False
        return
    if after.field_of_model:
        if after.value is None:
            yield "field is now required", True
        elif before.value is None:
            yield "field is now optional", False
        else:
            yield f"field default is now `{after.value}`, was `{before.value}`", True
        return
    yield f"value is now `{after.value}`, was `{before.value}`", False


def _literal_values(value: str | None) -> list[object] | None:
    """The members of ``Literal[...]`` or of a set/tuple/list display of constants."""
    if value is None:
        return None
    try:
        node = ast.parse(value, mode="eval").body
    except SyntaxError:
        return None
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "Literal":
        node = node.slice
        elements = node.elts if isinstance(node, ast.Tuple) else [node]
    elif isinstance(node, ast.Set | ast.Tuple | ast.List):
        elements = node.elts
    else:
        return None
    if not all(isinstance(e, ast.Constant) for e in elements):
        return None
    return [e.value for e in elements if isinstance(e, ast.Constant)]


# --- versions ----------------------------------------------------------------------------------


def project_version(project: Path) -> Version:
    with (project / "pyproject.toml").open("rb") as f:
        return Version(tomllib.load(f)["project"]["version"])


def required_version(released: Version, breaking: bool) -> Version:
    """The lowest version allowed after ``released``: a breaking change needs a new major (minor in 0.x)."""
    major, minor, patch = (*released.release, 0, 0)[:3]
    if breaking:
        return Version(f"{major + 1}.0.0") if major >= 1 else Version(f"0.{minor + 1}.0")
    return Version(f"{major}.{minor}.{patch + 1}")


# --- baselines from git ------------------------------------------------------------------------


def _git(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True)


def export_from_git(ref: str, dest: Path) -> Path | None:
    """generated/ as committed at ``ref``, unpacked into ``dest``; None if that commit has none."""
    if _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode != 0:
        raise ApiDiffError(f"unknown git ref {ref!r} (in a shallow clone, fetch the history first)")
    if _git("cat-file", "-e", f"{ref}:generated/{PACKAGE}").returncode != 0:
        return None
    archive = _git("archive", "--format=tar", ref, "generated")
    if archive.returncode != 0:
        raise ApiDiffError(f"git archive {ref} failed: {archive.stderr.decode(errors='replace')}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4+
            tar.extractall(dest, filter="data")
        else:
            tar.extractall(dest)
    return dest / "generated"


def diff_against_ref(ref: str, current: Path = GENERATED) -> ApiDiff:
    with tempfile.TemporaryDirectory(prefix="paycombat-apidiff-") as tmp:
        return compare(load_api(export_from_git(ref, Path(tmp))), load_api(current))


# --- output ------------------------------------------------------------------------------------

_GROUP_TITLES = {"operation": "Operations", "model": "Models", "other": "Other public API"}
_MARKS = {"added": "+", "removed": "-", "changed": "~"}


def report(diff: ApiDiff, baseline: str, current: str) -> str:
    lines = [f"Public API of {PACKAGE}: {current} compared with {baseline}"]
    if not diff.changes:
        return "\n".join([*lines, "  no change"])
    for group, title in _GROUP_TITLES.items():
        changes = [c for c in diff.changes if c.group == group]
        if not changes:
            continue
        names = {action: len({c.name for c in changes if c.action == action}) for action in _MARKS}
        lines.append(f"{title} ({', '.join(f'{n} {a}' for a, n in names.items() if n)}):")
        shown: set[str] = set()
        for change in changes:
            mark = " [breaking]" if change.breaking else ""
            if change.action != "changed":
                lines.append(f"  {_MARKS[change.action]} {change.name}{mark}")
                continue
            if change.name not in shown:
                shown.add(change.name)
                lines.append(f"  ~ {change.name}")
            lines.append(f"      {change.detail}{mark}")
    count = len(diff.breaking)
    lines.append(f"{count} breaking change{'' if count == 1 else 's'}." if count else "No breaking change.")
    return "\n".join(lines)


def changelog_entry(diff: ApiDiff, version: Version) -> str:
    singular = {"operation": "Operation", "model": "Model", "other": "API"}

    def item(change: Change) -> str:
        subject = f"{singular[change.group]} `{change.name}`"
        if change.action == "changed":
            return f"- {subject}: {change.detail}."
        return f"- {subject} {change.action}."

    def added(change: Change) -> bool:
        return change.action == "added" or " added" in change.detail

    sections = [
        ("Breaking changes", [c for c in diff.changes if c.breaking]),
        ("Added", [c for c in diff.changes if not c.breaking and added(c)]),
        ("Changed", [c for c in diff.changes if not c.breaking and not added(c)]),
    ]
    lines = [f"## {version}", ""]
    for title, changes in sections:
        if changes:
            lines += [f"### {title}", "", *map(item, changes), ""]
    if len(lines) == 2:
        lines += ["No change to the public API.", ""]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--against", metavar="REF", default="HEAD", help="git ref of the baseline (default: HEAD)")
    source.add_argument("--against-dir", metavar="DIR", type=Path, help="a generated project as the baseline")
    source.add_argument("--since-release", action="store_true", help=f"against the commit in {RELEASED.name}")
    parser.add_argument("--current", metavar="DIR", type=Path, default=GENERATED, help="default: generated/")
    parser.add_argument("--changelog", action="store_true", help="also print a changelog entry")
    args = parser.parse_args(None if argv is None else list(argv))
    current: Path = args.current.resolve()
    try:
        new = load_api(current)
        ref, baseline = args.against, f"git {args.against}"
        if args.since_release:
            released = json.loads(RELEASED.read_text(encoding="utf-8"))
            if not released.get("git_ref"):
                raise ApiDiffError(f"nothing released yet ({RELEASED.name} names no git_ref)")
            ref, baseline = released["git_ref"], f"release {released['version']} (git {released['git_ref'][:12]})"
        if args.against_dir is not None:
            baseline, old = str(args.against_dir), load_api(args.against_dir.resolve())
        else:
            with tempfile.TemporaryDirectory(prefix="paycombat-apidiff-") as tmp:
                old = load_api(export_from_git(ref, Path(tmp)))
        diff = compare(old, new)
        label = "generated/" if current == GENERATED else str(args.current)
        print(report(diff, baseline, label))
        if args.changelog:
            print(f"\nChangelog entry (CHANGELOG.md):\n\n{changelog_entry(diff, project_version(current))}")
    except ApiDiffError as exc:
        print(f"apidiff: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
