from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from support.nodejudge import NodeJudge

if TYPE_CHECKING:
    from paycombat_client import AuthenticatedClient

    from support.fakeapi import FakePayCombat
    from support.postgres import PostgresServer


@pytest.fixture(scope="session")
def node_judge() -> Iterator[NodeJudge]:
    judge = NodeJudge()
    yield judge
    judge.close()


@pytest.fixture(scope="session")
def fake_server(node_judge: NodeJudge) -> Iterator[FakePayCombat]:
    # Imported here so tests that need no server do not need uvicorn.
    from support.fakeapi import FakePayCombat

    with FakePayCombat(node_judge) as server:
        yield server


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server of this test worker's own, stopped and removed at the end."""
    from support.postgres import PostgresServer

    with PostgresServer() as server:
        yield server


@pytest.fixture
def api(fake_server: FakePayCombat) -> Iterator[FakePayCombat]:
    fake_server.reset()
    yield fake_server


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def client(api: FakePayCombat) -> Iterator[AuthenticatedClient]:
    """A client of the fake server, with credentials passed explicitly."""
    from paycombat_client import AuthenticatedClient

    with AuthenticatedClient(base_url=api.base_url, token=api.TOKEN, signature_key=api.SIGNATURE_KEY) as c:
        yield c
