"""models/__init__ imports each model on first use (templates/models_init.py.jinja): every name
upstream's eager imports would give is there, the same object, and one endpoint loads only what
it needs."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import paycombat_client.models as models
import pytest


def _eager_imports() -> list[tuple[str, str]]:
    """(module, name) of upstream's import lines, which the override keeps under TYPE_CHECKING."""
    tree = ast.parse(Path(models.__file__).read_text(encoding="utf-8"))
    [block] = [node for node in tree.body if isinstance(node, ast.If)]
    return [
        (node.module or "", alias.name)
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    ]


def test_every_name_resolves_to_the_model_the_eager_import_gives() -> None:
    imports = _eager_imports()
    assert len(imports) == len(models.__all__) >= 30
    for module, name in imports:
        assert name in models.__all__
        assert getattr(models, name) is getattr(importlib.import_module(f"paycombat_client.models.{module}"), name)
    assert sorted(dir(models)) == sorted(models.__all__)


def test_star_import_and_unknown_names() -> None:
    namespace: dict[str, object] = {}
    exec("from paycombat_client.models import *", namespace)
    assert set(models.__all__) <= set(namespace)
    with pytest.raises(AttributeError, match="NoSuchModel"):
        models.NoSuchModel  # noqa: B018
    with pytest.raises(ImportError):
        exec("from paycombat_client.models import NoSuchModel", {})


def test_one_endpoint_loads_only_the_models_it_needs() -> None:
    code = (
        "import sys\nimport paycombat_client.api.customer.get_customer\n"
        "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules if m.startswith('paycombat_client.models.')))"
    )
    proc = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, timeout=60, check=True)
    loaded = eval(proc.stdout)  # a list literal printed above
    assert "customer_response" in loaded and "customer" in loaded
    assert "create_payout_request" not in loaded and "payin" not in loaded
    assert len(loaded) < len(models.__all__) / 2
