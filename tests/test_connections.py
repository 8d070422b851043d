"""Which connections carry a call: never a proxy for plain http, never a parent's socket after fork().

Real servers on 127.0.0.1: the Node-judged fake PayCombat for the calls, and a "proxy" that records
whatever reaches it (tests/support/hostile.py).
"""

from __future__ import annotations

import asyncio
import json
import os
import select
import time
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from paycombat_client import APIConnectionError, AuthenticatedClient, ConfigurationError
from paycombat_client._runtime import backends
from paycombat_client.api.customer import get_customer
from paycombat_client.testing import Sandbox

from support import hostile
from support.fakeapi import FakePayCombat

pytestmark = pytest.mark.anyio
_PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[hostile.HostileServer]:
    """A proxy named by every proxy variable of the environment, with no NO_PROXY."""
    with hostile.HostileServer(hostile.record_and_close) as server:
        for name in _PROXY_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
            monkeypatch.setenv(name, server.base_url)
        yield server


def _client(api: FakePayCombat, **options: Any) -> AuthenticatedClient:
    return AuthenticatedClient(api.base_url, token=api.TOKEN, signature_key=api.SIGNATURE_KEY, **options)


async def test_plain_http_never_goes_through_the_environments_proxy(
    proxy: hostile.HostileServer, api: FakePayCombat
) -> None:
    for options in ({}, {"httpx_args": {"proxy": proxy.base_url}}, {"httpx_args": {"trust_env": True}}):
        with _client(api, **options) as client:
            assert get_customer.sync("customer_1", client=client).data.customer_id == "customer_1"
            assert (await get_customer.asyncio("customer_2", client=client)).data.customer_id == "customer_2"
    assert proxy.connections == 0
    assert [hit.verdict for hit in api.hits] == ["ok"] * 6


async def test_the_sandboxs_own_client_never_goes_through_the_environments_proxy(
    proxy: hostile.HostileServer,
) -> None:
    with Sandbox() as sandbox:
        client = sandbox.client()
        with pytest.raises(Exception) as caught:
            get_customer.sync("customer_missing", client=client)
        assert getattr(caught.value, "status_code", None) == 404  # the sandbox answered
    assert proxy.connections == 0


def test_your_own_client_that_would_proxy_plain_http_is_refused_when_the_client_is_built(
    proxy: hostile.HostileServer, api: FakePayCombat
) -> None:
    keys = {"token": api.TOKEN, "signature_key": api.SIGNATURE_KEY}
    refusals = [
        lambda: AuthenticatedClient(api.base_url, http_client=httpx2.Client(proxy=proxy.base_url), **keys),
        lambda: AuthenticatedClient(api.base_url, http_client=httpx2.Client(), **keys),  # the environment's
        lambda: AuthenticatedClient(api.base_url, async_http_client=httpx2.AsyncClient(), **keys),
        lambda: AuthenticatedClient(api.base_url, **keys).set_httpx_client(httpx2.Client(proxy=proxy.base_url)),
    ]
    for refused in refusals:
        with pytest.raises(ConfigurationError, match="through a proxy") as caught:
            refused()
        assert api.TOKEN not in str(caught.value)
    # A proxy for https only is fine: plain http goes straight to the server.
    https_only = httpx2.Client(mounts={"https://": httpx2.HTTPTransport(proxy=proxy.base_url)}, trust_env=False)
    with AuthenticatedClient(api.base_url, http_client=https_only, **keys) as client:
        assert get_customer.sync("customer_1", client=client).data.customer_id == "customer_1"
    assert proxy.connections == 0


async def test_https_may_go_through_the_environments_proxy_which_sees_only_the_host(
    proxy: hostile.HostileServer,
) -> None:
    client = AuthenticatedClient(
        "https://api.paycombat.invalid", token="snd_secret_token", signature_key="k", max_retries=0
    )
    for mode in ("sync", "asyncio"):
        with pytest.raises(APIConnectionError):
            result = getattr(get_customer, mode)("customer_1", client=client)
            if mode == "asyncio":
                await result
    await client.aclose()
    assert proxy.connections == 2
    for request in proxy.requests:  # CONNECT keeps TLS end to end: no header of ours is readable
        assert request.startswith(b"CONNECT api.paycombat.invalid:443 ")
        assert b"snd_secret_token" not in request and b"signature" not in request.lower()


# --- fork -----------------------------------------------------------------------------------------

_CALLS_EACH = 20
_CHILD_SECONDS = 30.0


def _calls(client: AuthenticatedClient, who: str) -> list[tuple[str, str]]:
    """(asked, answered) customer ids of a run of calls on one client."""
    pairs = []
    for i in range(_CALLS_EACH):
        asked = f"customer_{who}_{i}"
        pairs.append((asked, str(get_customer.sync(asked, client=client).data.customer_id)))
    return pairs


async def _async_calls(client: AuthenticatedClient, who: str) -> list[tuple[str, str]]:
    pairs = []
    for i in range(_CALLS_EACH):
        asked = f"customer_{who}_{i}"
        pairs.append((asked, str((await get_customer.asyncio(asked, client=client)).data.customer_id)))
    return pairs


def _in_child(work: Any, meanwhile: Any = lambda: None) -> tuple[dict[str, Any], Any]:
    """Run ``work()`` in a forked child and ``meanwhile()`` in the parent at the same time: the
    child's JSON result (or why it failed) and the parent's. The child is bounded in time."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 0
        try:
            os.close(read_end)
            result: dict[str, Any] = {"ok": True, "value": work()}
        except BaseException as exc:  # noqa: B036 - reported to the parent, whatever it is
            result, code = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}, 1
        finally:
            os.write(write_end, json.dumps(result).encode())
            os._exit(code)
    os.close(write_end)
    chunks = []
    try:
        mine = meanwhile()
    finally:
        deadline = time.monotonic() + _CHILD_SECONDS
        while time.monotonic() < deadline:
            ready, _, _ = select.select([read_end], [], [], 0.1)
            if ready:
                chunk = os.read(read_end, 65536)
                if not chunk:
                    break
                chunks.append(chunk)
        os.close(read_end)
        if os.waitpid(pid, os.WNOHANG) == (0, 0):
            os.kill(pid, 9)
            os.waitpid(pid, 0)
    assert chunks, "the child said nothing within its time"
    return json.loads(b"".join(chunks)), mine


def _pooled(http: httpx2.Client | httpx2.AsyncClient) -> int:
    return sum(len(pool.connections) for pool in backends._pools(http))


@pytest.mark.parametrize("own", [False, True], ids=["clients-it-made", "your-own-client"])
def test_after_fork_parent_and_child_never_share_a_connection_or_an_answer(api: FakePayCombat, own: bool) -> None:
    options = {"http_client": httpx2.Client(trust_env=False)} if own else {}
    client = _client(api, **options)
    http = client.get_httpx_client()
    get_customer.sync("customer_warm", client=client)  # a warm keep-alive connection in the pool
    assert _pooled(http) == 1

    def child() -> dict[str, Any]:
        return {"inherited": _pooled(http), "pairs": _calls(client, "child")}

    # The parent calls while the child does: on a shared socket, each would read the other's answers.
    answer, parent_pairs = _in_child(child, meanwhile=lambda: _calls(client, "parent"))
    assert answer["ok"], answer
    assert answer["value"]["inherited"] == 0  # the parent's connection was dropped in the child
    for asked, answered in parent_pairs + [tuple(pair) for pair in answer["value"]["pairs"]]:
        assert asked == answered
    client.close()


def test_after_fork_an_async_client_opens_its_own_connections_in_the_child(api: FakePayCombat) -> None:
    client = _client(api)

    async def warm() -> None:
        await get_customer.asyncio("customer_warm", client=client)

    asyncio.run(warm())
    http = client.get_async_httpx_client()
    assert _pooled(http) == 1
    answer, _ = _in_child(lambda: {"inherited": _pooled(http), "pairs": asyncio.run(_async_calls(client, "child"))})
    assert answer["ok"], answer
    assert answer["value"]["inherited"] == 0
    assert all(asked == answered for asked, answered in answer["value"]["pairs"])
    assert _pooled(http) == 1  # the parent's own connection is untouched
