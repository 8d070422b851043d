"""models/__init__ imports each model on first use (templates/models_init.py.jinja): every name
upstream's eager imports would give is there, the same object, and one endpoint loads only what
it needs, on its first call."""

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


_FIRST_CALL = """
import sys
import httpx2
from paycombat_client import AuthenticatedClient, PayCombatError
from paycombat_client.api.customer import get_customer

def loaded():
    return sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("paycombat_client.models."))

before = (loaded(), "attrs" in sys.modules)
answer = httpx2.MockTransport(lambda request: httpx2.Response(200, json={"status": True, "data": {}}))
client = AuthenticatedClient(
    base_url="https://api.example", token="t", signature_key="k", httpx_args={"transport": answer}
)
try:
    get_customer.sync("cus_1", client=client)
except PayCombatError:
    pass  # an empty record does not fit the model: the model was loaded to find that out
print(repr((before, loaded())))
"""


def test_an_endpoint_loads_no_model_until_its_first_call_then_only_its_own() -> None:
    proc = subprocess.run(
        [sys.executable, "-I", "-c", _FIRST_CALL], capture_output=True, text=True, timeout=60, check=True
    )
    (before, attrs_before), after = ast.literal_eval(proc.stdout.strip())
    assert before == [] and not attrs_before
    assert "customer_response" in after and "customer" in after
    assert "create_payout_request" not in after and "payin" not in after
    assert len(after) < len(models.__all__) / 2


def test_response_and_file_compare_show_and_pickle_as_the_attrs_classes_did() -> None:
    import io
    import pickle
    from http import HTTPStatus

    from paycombat_client.types import File, Response

    response = Response(status_code=HTTPStatus.OK, content=b"{}", headers={"a": "b"}, parsed=[1])
    assert pickle.loads(pickle.dumps(response)) == response
    assert response != Response(HTTPStatus.OK, b"{}", {"a": "b"}, [2])
    assert repr(response) == "Response(status_code=<HTTPStatus.OK: 200>, content=b'{}', headers={'a': 'b'}, parsed=[1])"
    with pytest.raises(TypeError):
        hash(response)  # mutable: compared by value, like attrs' default
    payload = io.BytesIO(b"x")
    assert File(payload, "a.txt").to_tuple() == ("a.txt", payload, None)
    assert File(payload) == File(payload=payload) != File(payload, "b")


def _endpoint_modules() -> list[object]:
    import pkgutil

    import paycombat_client.api as api

    found = []
    for tag in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"paycombat_client.api.{tag.name}")
        names = [m.name for m in pkgutil.iter_modules(package.__path__)]
        found += [importlib.import_module(f"{package.__name__}.{name}") for name in names]
    return found


def test_every_endpoint_signature_resolves_at_run_time_to_the_models() -> None:
    import typing

    from paycombat_client.types import Response

    modules = _endpoint_modules()
    assert len(modules) >= 10
    for module in modules:
        for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            hints = typing.get_type_hints(getattr(module, name))  # NameError if a name exists for mypy only
            returned = hints["return"]
            parsed = typing.get_args(returned)[0] if typing.get_origin(returned) is Response else returned
            assert getattr(models, parsed.__name__) is parsed, (module, name)
            if "body" in hints:
                assert getattr(models, hints["body"].__name__) is hints["body"], (module, name)
