"""Regenerate the PayCombat client from spec/, templates/ and runtime/ into generated/.

    python codegen/generate.py            # write generated/ and docs/reference/
    python codegen/generate.py --check    # fail if either differs from a fresh generation

Steps: read the spec's per-operation settings, run openapi-python-client with our template
overrides, copy the hand-written runtime (runtime/paycombat_client/) and the spec into the package and
CHANGELOG.md and LICENSE beside it, generate the webhook models with datamodel-code-generator,
format with ruff, stamp every file with where it comes from, then replace generated/ and write
the docs site's reference pages from it (codegen/reference_docs.py). Any warning from a tool fails the run.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.util
import json
import re
import runpy
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import reference_docs
import yaml
from openapi import each_operation
from webhook_models import WebhookModelError, generate_webhook_models, write_webhook_examples

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "paycombat.yaml"
TEMPLATES = ROOT / "templates"
PACKAGE = "paycombat_client"
RUNTIME = ROOT / "runtime" / PACKAGE
# Hand-written files at the repository root shipped beside the package (sdist root, wheel metadata).
PROJECT_FILES = ("CHANGELOG.md", "LICENSE")
# The spec ships inside the package, where the sandbox (paycombat_client.testing) reads it.
SHIPPED_SPEC = Path("testing") / "paycombat.yaml"
CONFIG = Path(__file__).resolve().parent / "openapi-python-client.yaml"
OUTPUT = ROOT / "generated"
# The runtime's own vocabulary, read from its file (the package is not importable here).
_CONSTANTS = runpy.run_path(str(RUNTIME / "_runtime" / "constants.py"))
RETRY_POLICIES: tuple[str, ...] = _CONSTANTS["RETRY_POLICIES"]
RETRY_MEANINGS: dict[str, str] = _CONSTANTS["RETRY_MEANINGS"]
_IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".ruff_cache", ".mypy_cache")


class GenerationError(RuntimeError):
    pass


def run(*cmd: str, cwd: Path) -> str:
    """Run a tool; its failure fails the generation with the tool's own output."""
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise GenerationError(f"{' '.join(cmd[:4])} failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")
    return proc.stdout + proc.stderr


def operations(spec: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Map "METHOD /path" to its operationId, x-paycombat-retry and what that rule means; refuse one without them."""
    table: dict[str, dict[str, str]] = {}
    for path, method, op, _ in each_operation(spec):
        op_id, policy = op.get("operationId"), op.get("x-paycombat-retry")
        if not op_id or policy not in RETRY_POLICIES:
            raise GenerationError(
                f"{method.upper()} {path}: needs an operationId and x-paycombat-retry in {RETRY_POLICIES}"
            )
        table[f"{method.upper()} {path}"] = {"id": op_id, "retry": policy, "retry_meaning": RETRY_MEANINGS[policy]}
    return table


def prepare_templates(table: dict[str, dict[str, str]], workdir: Path) -> Path:
    """Our template overrides, upstream's templates under upstream/ (for overrides that wrap
    them), and a generated file holding the spec's operation table."""
    templates = workdir / "templates"
    for template in sorted(TEMPLATES.rglob("*.jinja")):
        target = templates / template.relative_to(TEMPLATES)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(template, target)
    shutil.copytree(upstream_templates(), templates / "upstream", ignore=_IGNORED)
    literal = json.dumps(table, sort_keys=True)
    (templates / "paycombat_operations.jinja").write_text(f"{{% set operations = {literal} %}}\n", encoding="utf-8")
    return templates


def upstream_templates() -> Path:
    """openapi-python-client's own templates, found without importing it (that takes ~0.2 s)."""
    spec = importlib.util.find_spec("openapi_python_client")
    if spec is None or not spec.submodule_search_locations:
        raise GenerationError("openapi-python-client is not installed: install codegen/requirements/codegen.txt")
    return Path(spec.submodule_search_locations[0]) / "templates"


def generate_into(out: Path) -> None:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    table = operations(spec)
    with tempfile.TemporaryDirectory(prefix="paycombat-codegen-") as tmp:
        workdir = Path(tmp)
        templates = prepare_templates(table, workdir)
        project = workdir / "project"
        # --meta uv only selects upstream's project files; our pyproject.toml.jinja replaces them.
        run(
            sys.executable, "-m", "openapi_python_client", "generate",
            "--path", str(SPEC), "--config", str(CONFIG), "--custom-template-path", str(templates),
            "--output-path", str(project), "--meta", "uv", "--fail-on-warning",
            cwd=workdir,
        )  # fmt: skip
        package = project / PACKAGE
        check_endpoints(package, len(table))
        check_money(spec, package)
        generate_webhook_models(spec, package / "webhooks" / "_models.py", workdir)
        write_webhook_examples(spec, package / "webhooks" / "_examples.py")
        run(sys.executable, "-m", "ruff", "check", "--no-cache", "--fix-only", "--quiet", ".", cwd=project)
        run(sys.executable, "-m", "ruff", "format", "--no-cache", "--quiet", ".", cwd=project)
        # Generated files are stamped first; hand-written ones go in after ruff, byte for byte.
        stamp_generated(project)
        copy_runtime(package)
        copy_spec(package)
        copy_project_files(project)
        shutil.copytree(project, out, ignore=_IGNORED)


UNSUPPORTED_MARK = "# paycombat: unsupported operation shape"


def check_endpoints(package: Path, expected: int) -> None:
    """Every operation got a module, and every module found its row of the operation table."""
    modules = [p for p in sorted((package / "api").glob("*/*.py")) if p.name != "__init__.py"]
    if len(modules) != expected:
        raise GenerationError(f"{len(modules)} endpoint modules for {expected} operations in the spec")
    for module in modules:
        text = module.read_text(encoding="utf-8")
        if not any(f'retry="{policy}"' in text for policy in RETRY_POLICIES) or 'operation_id=""' in text:
            raise GenerationError(f"{module.relative_to(package)}: no operation table entry (method/path mismatch?)")
        if UNSUPPORTED_MARK in text:  # written by templates/endpoint_module.py.jinja
            raise GenerationError(
                f"{module.relative_to(package)}: an operation the runtime cannot call (query, header or cookie"
                " parameters, or a body or 2XX answer that is not one model in components/schemas)"
            )


def money_fields(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """(schema, property) of every field the spec marks ``x-paycombat-money: true``."""
    return [
        (name, key)
        for name, schema in sorted(spec.get("components", {}).get("schemas", {}).items())
        for key, prop in sorted(schema.get("properties", {}).items())
        if prop.get("x-paycombat-money") is True
    ]


def check_money(spec: dict[str, Any], package: Path) -> None:
    """Every money field came out typed Decimal (model.py.jinja rewrites upstream's annotation)."""
    for schema, key in money_fields(spec):
        module = package / "models" / f"{_snake(schema)}.py"
        text = module.read_text(encoding="utf-8") if module.exists() else ""
        if f"\n    {key}: Decimal" not in text:
            raise GenerationError(
                f"{schema}.{key} is marked x-paycombat-money but is not typed Decimal in {module.name}"
            )


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


# The first line of every file in generated/: a reader must know what a regeneration overwrites.
GENERATED_NOTE = "Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate."
COPIED_NOTE = "Copied from {source} by codegen/generate.py: edit that file, not this one."
# How each kind of file (by name, else by suffix) carries its note; a kind not listed stops the generation.
_HASH, _HTML = "# {}\n", "<!-- {} -->\n"
_COMMENT = {".py": _HASH, ".toml": _HASH, ".typed": _HASH, ".yaml": _HASH, ".gitignore": _HASH, ".md": _HTML}
_COMMENT_BY_NAME = {"LICENSE": "{}\n\n"}


def stamped(path: Path, note: str) -> bytes:
    """The file's bytes with ``note`` as its first line, in the comment syntax of its kind."""
    comment = _COMMENT_BY_NAME.get(path.name) or _COMMENT.get(path.suffix or path.name)
    if comment is None:
        raise GenerationError(f"{path.name}: no comment syntax known for this kind of file to say where it comes from")
    return comment.format(note).encode("utf-8") + path.read_bytes()


def stamp_generated(project: Path) -> None:
    for path in sorted(project.rglob("*")):
        if path.is_file() and not set(path.parts) & {"__pycache__", ".ruff_cache"}:
            path.write_bytes(stamped(path, GENERATED_NOTE))


def copy_runtime(package: Path) -> None:
    """Copy the hand-written runtime in, each file naming its source; never over a generated file."""
    for source in sorted(RUNTIME.rglob("*.py")):
        if "__pycache__" in source.parts:
            continue
        target = package / source.relative_to(RUNTIME)
        if target.exists():
            raise GenerationError(f"{_shown(source)} clashes with a generated file")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(stamped(source, COPIED_NOTE.format(source=_shown(source))))


def copy_spec(package: Path) -> None:
    target = package / SHIPPED_SPEC
    if target.exists():
        raise GenerationError(f"{SHIPPED_SPEC.as_posix()} clashes with a generated file")
    target.parent.mkdir(parents=True, exist_ok=True)
    # Named as the repository names it, even when a test points SPEC elsewhere.
    target.write_bytes(stamped(SPEC, COPIED_NOTE.format(source="spec/paycombat.yaml")))


def copy_project_files(project: Path) -> None:
    for name in PROJECT_FILES:
        if (project / name).exists():
            raise GenerationError(f"{name} clashes with a generated file")
        (project / name).write_bytes(stamped(ROOT / name, COPIED_NOTE.format(source=name)))


def _shown(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def tree_differences(expected: Path, actual: Path) -> list[str]:
    """Files new, missing or changed in ``actual`` compared with ``expected``."""
    problems: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        problems.extend(f"missing from generated/: {prefix}{name}" for name in cmp.left_only)
        problems.extend(f"not produced by the generator (leftover): {prefix}{name}" for name in cmp.right_only)
        problems.extend(f"differs: {prefix}{name}" for name in cmp.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        problems.extend(f"differs: {prefix}{name}" for name in mismatch + errors)
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    ignore = ["__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"]
    walk(filecmp.dircmp(expected, actual, ignore=ignore), "")
    return sorted(problems)


def reference_pages(project: Path) -> dict[Path, str]:
    """The docs site's reference pages (path under ROOT -> text), read from the generated ``project``."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return reference_docs.pages(project / PACKAGE, spec, RETRY_MEANINGS, _HTML.format(GENERATED_NOTE))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the output instead of writing it")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where the project goes (default: generated/)")
    args = parser.parse_args()
    output: Path = args.output.resolve()
    with tempfile.TemporaryDirectory(prefix="paycombat-fresh-") as tmp:
        fresh = Path(tmp) / "generated"
        try:
            generate_into(fresh)
            reference = reference_pages(fresh)
        except (GenerationError, WebhookModelError, reference_docs.ReferenceDocsError) as exc:
            print(f"generation failed: {exc}", file=sys.stderr)
            return 1
        if args.check:
            problems = tree_differences(fresh, output) if output.exists() else [f"{output} does not exist"]
            page_problems = reference_docs.page_differences(reference, ROOT)
            for problem in problems + page_problems:
                print(problem, file=sys.stderr)
            stale = [name for name, found in (("generated/", problems), ("docs/reference/", page_problems)) if found]
            if stale:
                verb = "is" if len(stale) == 1 else "are"
                print(f"{' and '.join(stale)} {verb} out of date: run ./dev generate", file=sys.stderr)
                return 1
            print("generated/ and docs/reference/ match the spec and templates")
            return 0
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(fresh, output)
        count = sum(1 for p in output.rglob("*") if p.is_file())
        print(f"{output.name}/ written: {count} files")
        reference_docs.write_pages(reference, ROOT)
        print(f"{reference_docs.REFERENCE.as_posix()}/ written: {len(reference)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
