"""The four ways of making one signed createCustomer call that the benchmark compares.

- ``floor``: raw httpx2 posting precomputed bytes and headers (no encoding, signing or parsing);
- ``hand-rolled``: raw httpx2 with ``json.dumps`` + HMAC per call and ``json.loads`` of the answer;
- ``peer``: plain openapi-python-client 0.29.1 generated from the same spec (httpx, its attrs
  models, an ``httpx.Auth`` that signs the body), what a user would otherwise build;
- ``paycombat``: this package.

Run as a script it measures one side's peak memory in a fresh interpreter:
``python sides.py rss SIDE BASE_URL PEER_DIR CALLS`` prints ``RSS <kilobytes>``.
"""

from __future__ import annotations

import hashlib
import hmac
import importlib
import json
import resource
import sys
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx2
import server  # beside this file

SIDES = ("floor", "hand-rolled", "peer", "paycombat")
KEY = server.SIGNATURE_KEY.encode("utf-8")
PATH = server.PATH
TIMEOUT = 10.0
PEER_PACKAGE = "paycombat_plain"


def body_dict() -> dict[str, Any]:
    """A full createCustomer body (every individual field set): str and small int values only."""
    return {
        "description": "Onboarding customer",
        "type": "individual",
        "organization_reference_id": "ref-0001",
        "metadata": {"source": "web", "campaign": "spring-2025", "tier": 2},
        "individual": {
            "first_name": "Jennie",
            "last_name": "Kim",
            "address_country": "ID",
            "dob": "1997-08-04",
            "email": "jennie@example.com",
            "identification_type": "passport",
            "identification_value": "X1234567",
            "address_line1": "Jl. Sudirman No. 1",
            "address_line2": "Lantai 5",
            "address_city": "Jakarta",
            "address_state": "DKI Jakarta",
            "address_zip_code": "10220",
            "country_of_residence": "ID",
            "nationality": "ID",
            "phone_country_code": "+62",
            "phone_number": "85156781165",
        },
    }


def compact(value: object) -> bytes:
    # For this body (str and small int values only) compact json.dumps is JSON.stringify's output.
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def signed_headers(content: bytes) -> dict[str, str]:
    return {
        "Accept": "application/json",
        "Content-Type": "application/json",
        "X-token": server.TOKEN,
        "signature": hmac.new(KEY, content, hashlib.sha256).hexdigest(),
    }


def import_peer(peer_dir: Path) -> tuple[Any, Any, Any]:
    """(its Client class, its create_customer module, its CreateCustomerRequest) from ``peer_dir``."""
    if str(peer_dir) not in sys.path:
        sys.path.insert(0, str(peer_dir))
    client = importlib.import_module(f"{PEER_PACKAGE}.client")
    endpoint = importlib.import_module(f"{PEER_PACKAGE}.api.customer.create_customer")
    model = importlib.import_module(f"{PEER_PACKAGE}.models.create_customer_request")
    return client.Client, endpoint, model.CreateCustomerRequest


def peer_signer() -> Any:
    import httpx  # the peer runs on legacy httpx, as plain openapi-python-client 0.29.1 generates

    class Signer(httpx.Auth):
        requires_request_body = True

        def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
            request.headers["X-token"] = server.TOKEN
            request.headers["signature"] = hmac.new(KEY, request.content, hashlib.sha256).hexdigest()
            yield request

    return Signer()


def mock_handler(module: Any) -> Callable[[Any], Any]:
    """A transport handler answering every request with the server's canned answer, no network."""

    def handle(request: Any) -> Any:
        return module.Response(200, content=server.CREATED, headers={"Content-Type": "application/json"})

    return handle


Built = tuple[Callable[[], object], Callable[[], None]]  # (one call, close)


def build_sync(side: str, base_url: str, peer_dir: Path, *, mock: bool = False) -> Built:
    """One sync call of ``side`` (importing only what that side needs), on a mock transport when ``mock``."""
    body = body_dict()
    url = base_url + PATH
    if side in ("floor", "hand-rolled"):
        raw = httpx2.Client(timeout=TIMEOUT, transport=httpx2.MockTransport(mock_handler(httpx2)) if mock else None)
        content = compact(body)
        headers = signed_headers(content)

        def floor() -> object:
            return raw.post(url, content=content, headers=headers).content

        def hand_rolled() -> object:
            data = compact(body)
            return json.loads(raw.post(url, content=data, headers=signed_headers(data)).content)

        return (floor if side == "floor" else hand_rolled), raw.close
    if side == "peer":
        import httpx

        peer_client_class, peer_endpoint, peer_model = import_peer(peer_dir)
        args: dict[str, Any] = {"auth": peer_signer()}
        if mock:
            args["transport"] = httpx.MockTransport(mock_handler(httpx))
        peer = peer_client_class(base_url=base_url, timeout=httpx.Timeout(TIMEOUT), httpx_args=args)
        peer_body = peer_model.from_dict(body)

        def plain_peer() -> object:
            return peer_endpoint.sync_detailed(client=peer, body=peer_body).parsed

        return plain_peer, lambda: peer.get_httpx_client().close()
    from paycombat_client import AuthenticatedClient
    from paycombat_client.api.customer import create_customer
    from paycombat_client.models import CreateCustomerRequest

    # A transport through httpx_args: the httpx2 client stays one the client made (its defaults).
    args = {"transport": httpx2.MockTransport(mock_handler(httpx2))} if mock else {}
    ours = AuthenticatedClient(
        base_url=base_url, token=server.TOKEN, signature_key=server.SIGNATURE_KEY, httpx_args=args
    )
    model = CreateCustomerRequest.from_dict(body)

    def paycombat() -> object:
        return create_customer.sync_detailed(client=ours, body=model).parsed

    return paycombat, ours.close


@contextmanager
def sync_sides(base_url: str, peer_dir: Path, *, mock: bool = False) -> Iterator[dict[str, Callable[[], object]]]:
    """One sync call of each side, each checked once."""
    built = {side: build_sync(side, base_url, peer_dir, mock=mock) for side in SIDES}
    try:
        calls = {side: call for side, (call, _) in built.items()}
        _check(calls)
        yield calls
    finally:
        for _, close in built.values():
            close()


def _check(calls: dict[str, Callable[[], object]]) -> None:
    """Every side is accepted and gets the record: nothing is timed that the server refused."""
    customer_id = server.CUSTOMER["customer_id"]
    for name, call in calls.items():
        result = call()
        if isinstance(result, bytes):
            result = json.loads(result)
        found = result["data"]["customer_id"] if isinstance(result, dict) else result.data.customer_id
        if found != customer_id:
            raise RuntimeError(f"{name}: unexpected answer {result!r:.200}")


AsyncCall = Callable[[], Awaitable[object]]


@contextmanager
def async_sides(base_url: str, peer_dir: Path) -> Iterator[dict[str, Callable[[], Any]]]:
    """Factories of an async context per side: ``async with factory() as call: await call()``."""
    import contextlib

    import httpx
    from paycombat_client import AuthenticatedClient
    from paycombat_client.api.customer import create_customer
    from paycombat_client.models import CreateCustomerRequest

    peer_client_class, peer_endpoint, peer_model = import_peer(peer_dir)
    body = body_dict()
    content = compact(body)
    headers = signed_headers(content)
    url = base_url + PATH
    model, peer_body = CreateCustomerRequest.from_dict(body), peer_model.from_dict(body)

    @contextlib.asynccontextmanager
    async def floor() -> Any:
        async with httpx2.AsyncClient(timeout=TIMEOUT) as raw:

            async def call() -> object:
                return (await raw.post(url, content=content, headers=headers)).content

            yield call

    @contextlib.asynccontextmanager
    async def hand_rolled() -> Any:
        async with httpx2.AsyncClient(timeout=TIMEOUT) as raw:

            async def call() -> object:
                data = compact(body)
                return json.loads((await raw.post(url, content=data, headers=signed_headers(data))).content)

            yield call

    @contextlib.asynccontextmanager
    async def plain_peer() -> Any:
        peer = peer_client_class(base_url=base_url, timeout=httpx.Timeout(TIMEOUT), httpx_args={"auth": peer_signer()})
        async with peer:

            async def call() -> object:
                return (await peer_endpoint.asyncio_detailed(client=peer, body=peer_body)).parsed

            yield call

    @contextlib.asynccontextmanager
    async def paycombat() -> Any:
        async with AuthenticatedClient(
            base_url=base_url, token=server.TOKEN, signature_key=server.SIGNATURE_KEY
        ) as client:

            async def call() -> object:
                return (await create_customer.asyncio_detailed(client=client, body=model)).parsed

            yield call

    yield {"floor": floor, "hand-rolled": hand_rolled, "peer": plain_peer, "paycombat": paycombat}


def rss(side: str, base_url: str, peer_dir: Path, calls: int) -> int:
    """Peak resident memory (KiB) of this process after ``calls`` sync calls by ``side``."""
    call, close = build_sync(side, base_url, peer_dir)
    _check({side: call})
    for _ in range(calls):
        call()
    close()
    # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so it would include the parent's.
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    if len(sys.argv) != 6 or sys.argv[1] != "rss" or sys.argv[2] not in SIDES:
        sys.exit(f"usage: {sys.argv[0]} rss {{{','.join(SIDES)}}} BASE_URL PEER_DIR CALLS")
    print(f"RSS {rss(sys.argv[2], sys.argv[3], Path(sys.argv[4]), int(sys.argv[5]))}")
