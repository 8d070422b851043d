from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from support.nodejudge import NodeJudge

if TYPE_CHECKING:
    from support.fakeapi import FakePayCombat


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


@pytest.fixture
def api(fake_server: FakePayCombat) -> Iterator[FakePayCombat]:
    fake_server.reset()
    yield fake_server
