# Copied from runtime/paycombat_client/webhooks/_stores.py by codegen/generate.py: edit that file, not this one.
"""Where an ``Inbox`` keeps its claims: in memory, in a SQLite file or in PostgreSQL.

A store holds one row per event key: the key's parts (kind, record id, status), whether the
event is claimed by a worker or handled, the claim's owner and lease expiry, and when it was
claimed and handled. Never the signature key, the signature or the body.

Each store decides a claim atomically: SQLite inside one ``BEGIN IMMEDIATE`` transaction (one
writer at a time across processes), PostgreSQL inside one transaction with the event's row
locked, memory under a lock. Leases are timed by a clock every worker shares: PostgreSQL's
``now()`` (the server's clock, whatever machine the worker runs on), the machine's wall clock
for SQLite (every process is on that machine), a monotonic clock in memory.
"""

from __future__ import annotations

import contextlib
import math
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol
from urllib.parse import unquote, urlsplit, urlunsplit

from .._runtime.exceptions import ConfigurationError, PayCombatError, printable

if TYPE_CHECKING:
    import psycopg

__all__ = ["SCHEMA_VERSION", "Claim", "ClaimRequest", "InboxStoreError", "Store", "open_store"]

#: The version of the tables below; a store written by a newer client is refused, not guessed at.
SCHEMA_VERSION: Final = 1

_TABLE: Final = "paycombat_inbox"
_SCHEMA_TABLE: Final = "paycombat_inbox_schema"

# How long a worker waits for another's transaction (a SQLite write lock, a PostgreSQL row lock).
_LOCK_WAIT_SECONDS: Final = 10.0
_CONNECT_TIMEOUT_SECONDS: Final = 10
_STATEMENT_TIMEOUT_MS: Final = 30_000
_CLAIM_ROUNDS: Final = 5


class InboxStoreError(PayCombatError):
    """The inbox's store failed: it cannot be opened or created, a query failed, or its tables
    were written by a newer client. Nothing was handled because of it; a redelivery can succeed.
    The message names the store without a password."""


@dataclass(frozen=True, slots=True)
class ClaimRequest:
    """What a worker asks of the store for one delivery."""

    event_key: str
    kind: str
    record_id: str
    status: str
    #: Statuses of the same record that, once handled, make this one stale.
    later: tuple[str, ...]
    owner: str
    lease_seconds: float


@dataclass(frozen=True, slots=True)
class Claim:
    """The store's answer: ``claimed`` (run the handler) or why not."""

    outcome: Literal["claimed", "duplicate", "stale", "busy"]
    #: For ``busy``: seconds until the live claim's lease ends.
    retry_after: float | None = None


class Store(Protocol):
    #: The store's URL as shown in messages: without a password.
    url: str

    def claim(self, request: ClaimRequest) -> Claim: ...

    def finish(self, request: ClaimRequest) -> bool:
        """Mark the event handled; False if the claim had been lost (its lease ran out)."""
        ...

    def release(self, request: ClaimRequest) -> None:
        """Drop this worker's claim, so the next delivery runs the handler again."""
        ...

    def close(self) -> None: ...


def open_store(url: object) -> Store:
    """The store a URL names, or ``ConfigurationError``. Nothing is opened yet: tables are
    created on first use."""
    if not isinstance(url, str):
        raise ConfigurationError(f"the inbox store must be a URL string, not {type(url).__name__}")
    if url in ("memory:", "memory://"):
        return MemoryStore()
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme == "sqlite":
        return SQLiteStore(_sqlite_path(url), url)
    if scheme in ("postgresql", "postgres"):
        return PostgresStore(url)
    raise ConfigurationError(
        f"unknown inbox store {_shown_url(url)!r}: use 'memory:', 'sqlite:///absolute/path.db', "
        "'sqlite:relative/path.db' or 'postgresql://user@host/database'"
    )


def _sqlite_path(url: str) -> str:
    rest = url.split(":", 1)[1]
    if rest.startswith("//"):
        parts = urlsplit(url)
        if parts.netloc:
            raise ConfigurationError(
                f"a SQLite store is a local file: {printable(url)!r} names a host; use sqlite:///absolute/path.db"
            )
        if parts.query or parts.fragment:
            raise ConfigurationError(f"a SQLite store URL takes no query or fragment: {printable(url)!r}")
        path = unquote(parts.path)
    else:
        path = unquote(rest)
    if not path or path == "/" or path == ":memory:" or path.startswith("file:"):
        raise ConfigurationError(
            f"a SQLite store needs a file path, e.g. sqlite:///var/lib/shop/inbox.db (got {printable(url)!r}); "
            "use 'memory:' for a store in this process only"
        )
    return path


def _shown_url(url: str) -> str:
    """``url`` without a password, printable."""
    try:
        parts = urlsplit(url)
        if parts.password is not None:
            host = parts.hostname or ""
            if ":" in host:
                host = f"[{host}]"
            netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
            parts = parts._replace(netloc=netloc)
        if "password=" in parts.query.lower():
            query = "&".join(
                f"{item.split('=', 1)[0]}=***" if item.lower().startswith("password=") else item
                for item in parts.query.split("&")
            )
            parts = parts._replace(query=query)
        url = urlunsplit(parts)
    except ValueError:
        url = url.split("@", 1)[-1] if "@" in url else url
    return printable(url)


def _ceil_seconds(seconds: float) -> float:
    return max(0.001, math.ceil(seconds * 1000) / 1000)


# --- memory ----------------------------------------------------------------------------------


@dataclass
class _Row:
    request: ClaimRequest
    state: Literal["claimed", "done"]
    lease_owner: str | None
    lease_expires_at: float


class MemoryStore:
    """One process only: a dict under a lock, timed by the monotonic clock."""

    url = "memory:"

    def __init__(self) -> None:
        self._rows: dict[str, _Row] = {}
        self._lock = threading.Lock()

    def claim(self, request: ClaimRequest) -> Claim:
        now = time.monotonic()
        with self._lock:
            row = self._rows.get(request.event_key)
            if row is not None and row.state == "done":
                return Claim("duplicate")
            if row is not None and row.lease_expires_at > now:
                return Claim("busy", _ceil_seconds(row.lease_expires_at - now))
            if request.later and any(
                other.state == "done"
                and other.request.kind == request.kind
                and other.request.record_id == request.record_id
                and other.request.status in request.later
                for other in self._rows.values()
            ):
                return Claim("stale")
            self._rows[request.event_key] = _Row(request, "claimed", request.owner, now + request.lease_seconds)
            return Claim("claimed")

    def finish(self, request: ClaimRequest) -> bool:
        with self._lock:
            row = self._rows.get(request.event_key)
            if row is not None and row.state == "claimed" and row.lease_owner == request.owner:
                row.state, row.lease_owner = "done", None
                return True
            if row is None:
                self._rows[request.event_key] = _Row(request, "done", None, 0.0)
            return False

    def release(self, request: ClaimRequest) -> None:
        with self._lock:
            row = self._rows.get(request.event_key)
            if row is not None and row.state == "claimed" and row.lease_owner == request.owner:
                del self._rows[request.event_key]

    def close(self) -> None:
        pass


# --- SQLite ----------------------------------------------------------------------------------

_SQLITE_SCHEMA: Final = (
    f"CREATE TABLE IF NOT EXISTS {_SCHEMA_TABLE} (version INTEGER NOT NULL)",
    f"""CREATE TABLE IF NOT EXISTS {_TABLE} (
        event_key TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        record_id TEXT NOT NULL,
        status TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('claimed', 'done')),
        lease_owner TEXT,
        lease_expires_at REAL,
        claimed_at REAL NOT NULL,
        handled_at REAL,
        attempts INTEGER NOT NULL
    )""",
    f"CREATE INDEX IF NOT EXISTS {_TABLE}_record ON {_TABLE} (kind, record_id)",
)


class SQLiteStore:
    """A SQLite file in WAL mode: processes on one machine, timed by its wall clock (seconds
    since the epoch), which every process there shares and which survives restarts."""

    def __init__(self, path: str, url: str) -> None:
        self._path = path
        self.url = printable(url)
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._pid = 0
        # Connections inherited over fork(): never used, never closed, in the child.
        self._inherited: list[sqlite3.Connection] = []

    @contextlib.contextmanager
    def _session(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._connect()
            except sqlite3.Error as exc:
                if isinstance(exc, sqlite3.DatabaseError) and self._connection is not None:
                    self._drop()
                raise InboxStoreError(
                    f"inbox store {self.url} failed: {type(exc).__name__}: {printable(str(exc))}"
                ) from exc

    def _drop(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(sqlite3.Error):
                connection.close()

    def _connect(self) -> sqlite3.Connection:
        if self._connection is not None and self._pid == os.getpid():
            return self._connection
        if self._connection is not None:
            self._inherited.append(self._connection)
            self._connection = None
        # isolation_level=None: no implicit transactions; every one below is explicit.
        connection = sqlite3.connect(
            self._path, timeout=_LOCK_WAIT_SECONDS, isolation_level=None, check_same_thread=False
        )
        try:
            mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()
            if mode is None or str(mode[0]).lower() != "wal":
                raise InboxStoreError(f"inbox store {self.url}: SQLite cannot use WAL mode for this file")
            # A handled mark must survive a power cut, or the event would be handled again.
            connection.execute("PRAGMA synchronous=FULL")
            self._create(connection)
        except BaseException:
            connection.close()
            raise
        self._connection, self._pid = connection, os.getpid()
        return connection

    def _create(self, connection: sqlite3.Connection) -> None:
        with _sqlite_transaction(connection):
            for statement in _SQLITE_SCHEMA:
                connection.execute(statement)
            version = connection.execute(f"SELECT max(version) FROM {_SCHEMA_TABLE}").fetchone()[0]
            if version is None:
                connection.execute(f"INSERT INTO {_SCHEMA_TABLE} (version) VALUES (?)", (SCHEMA_VERSION,))
            elif version != SCHEMA_VERSION:
                raise _newer_schema(self.url, version)

    def claim(self, request: ClaimRequest) -> Claim:
        with self._session() as connection:
            # Without the write lock first: a handled event stays handled, so a redelivery is
            # answered from a plain read (WAL readers never wait), and only a claim takes turns.
            row = connection.execute(
                f"SELECT state, lease_expires_at FROM {_TABLE} WHERE event_key = ?", (request.event_key,)
            ).fetchone()
            now = time.time()
            if row is not None and row[0] == "done":
                return Claim("duplicate")
            if row is not None and row[1] > now:
                return Claim("busy", _ceil_seconds(row[1] - now))
            return self._claim(connection, request)

    def _claim(self, connection: sqlite3.Connection, request: ClaimRequest) -> Claim:
        with _sqlite_transaction(connection):
            now = time.time()
            row = connection.execute(
                f"SELECT state, lease_expires_at FROM {_TABLE} WHERE event_key = ?", (request.event_key,)
            ).fetchone()
            if row is not None and row[0] == "done":
                return Claim("duplicate")
            if row is not None and row[1] > now:
                return Claim("busy", _ceil_seconds(row[1] - now))
            if request.later:
                marks = ", ".join("?" * len(request.later))
                later = connection.execute(
                    f"SELECT 1 FROM {_TABLE} WHERE kind = ? AND record_id = ? AND state = 'done'"
                    f" AND status IN ({marks}) LIMIT 1",
                    (request.kind, request.record_id, *request.later),
                ).fetchone()
                if later is not None:
                    return Claim("stale")
            expires = now + request.lease_seconds
            if row is None:
                connection.execute(
                    f"INSERT INTO {_TABLE} (event_key, kind, record_id, status, state, lease_owner,"
                    " lease_expires_at, claimed_at, attempts) VALUES (?, ?, ?, ?, 'claimed', ?, ?, ?, 1)",
                    (request.event_key, request.kind, request.record_id, request.status, request.owner, expires, now),
                )
            else:
                connection.execute(
                    f"UPDATE {_TABLE} SET lease_owner = ?, lease_expires_at = ?, claimed_at = ?,"
                    " attempts = attempts + 1 WHERE event_key = ?",
                    (request.owner, expires, now, request.event_key),
                )
            return Claim("claimed")

    def finish(self, request: ClaimRequest) -> bool:
        with self._session() as connection, _sqlite_transaction(connection):
            now = time.time()
            updated = connection.execute(
                f"UPDATE {_TABLE} SET state = 'done', handled_at = ?, lease_owner = NULL, lease_expires_at = NULL"
                " WHERE event_key = ? AND state = 'claimed' AND lease_owner = ?",
                (now, request.event_key, request.owner),
            ).rowcount
            if updated == 1:
                return True
            connection.execute(
                f"INSERT INTO {_TABLE} (event_key, kind, record_id, status, state, claimed_at, handled_at, attempts)"
                " VALUES (?, ?, ?, ?, 'done', ?, ?, 1) ON CONFLICT (event_key) DO NOTHING",
                (request.event_key, request.kind, request.record_id, request.status, now, now),
            )
            return False

    def release(self, request: ClaimRequest) -> None:
        with self._session() as connection:
            connection.execute(
                f"DELETE FROM {_TABLE} WHERE event_key = ? AND state = 'claimed' AND lease_owner = ?",
                (request.event_key, request.owner),
            )

    def close(self) -> None:
        with self._lock:
            if self._pid == os.getpid():
                self._drop()
            self._connection = None


@contextlib.contextmanager
def _sqlite_transaction(connection: sqlite3.Connection) -> Iterator[None]:
    # IMMEDIATE takes the write lock at once (waiting up to the busy timeout): a claim's read
    # and write can never interleave with another process's.
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _newer_schema(url: str, version: object) -> InboxStoreError:
    return InboxStoreError(
        f"inbox store {url} has schema version {version!r}; this paycombat-client knows version "
        f"{SCHEMA_VERSION}: upgrade paycombat-client (or use another store)"
    )


# --- PostgreSQL ------------------------------------------------------------------------------

_POSTGRES_SCHEMA: Final = (
    f"CREATE TABLE IF NOT EXISTS {_SCHEMA_TABLE} (version integer NOT NULL)",
    f"""CREATE TABLE IF NOT EXISTS {_TABLE} (
        event_key text PRIMARY KEY,
        kind text NOT NULL,
        record_id text NOT NULL,
        status text NOT NULL,
        state text NOT NULL CHECK (state IN ('claimed', 'done')),
        lease_owner text,
        lease_expires_at timestamptz,
        claimed_at timestamptz NOT NULL,
        handled_at timestamptz,
        attempts integer NOT NULL
    )""",
    f"CREATE INDEX IF NOT EXISTS {_TABLE}_record ON {_TABLE} (kind, record_id)",
)
# Any constant works: it only serializes the CREATE statements of workers starting together.
_SCHEMA_LOCK: Final = 0x5061_7943_6F6D_6231


class _Rollback(Exception):
    """Ends a transaction without keeping its writes; carries the answer out."""

    def __init__(self, claim: Claim | None) -> None:
        self.claim = claim


class PostgresStore:
    """PostgreSQL through psycopg 3: workers on many machines, timed by the server's ``now()``."""

    def __init__(self, url: str) -> None:
        self.url = _shown_url(url)
        try:
            import psycopg
            from psycopg.conninfo import conninfo_to_dict
        except ModuleNotFoundError as exc:
            raise ConfigurationError(
                f"the PostgreSQL inbox store needs psycopg 3 ({exc.name} is missing): "
                "pip install 'paycombat-client[postgres]'"
            ) from None
        try:
            self._params: dict[str, Any] = dict(conninfo_to_dict(url))
        except psycopg.Error:
            # Its message may quote the URL, password and all.
            raise ConfigurationError(f"not a PostgreSQL connection URL: {self.url!r}") from None
        self._params.setdefault("connect_timeout", _CONNECT_TIMEOUT_SECONDS)
        self._params.setdefault("application_name", "paycombat-inbox")
        self._lock = threading.Lock()
        self._connection: psycopg.Connection[tuple[Any, ...]] | None = None
        self._pid = 0
        # Connections inherited over fork(): closing one would end the parent's session too.
        self._inherited: list[psycopg.Connection[tuple[Any, ...]]] = []

    @contextlib.contextmanager
    def _session(self) -> Iterator[psycopg.Connection[tuple[Any, ...]]]:
        import psycopg

        with self._lock:
            try:
                yield self._connect()
            except psycopg.Error as exc:
                if self._connection is not None and (self._connection.broken or self._connection.closed):
                    self._connection = None
                raise InboxStoreError(
                    f"inbox store {self.url} failed: {type(exc).__name__}: {printable(str(exc).strip())}"
                ) from exc

    def _connect(self) -> psycopg.Connection[tuple[Any, ...]]:
        import psycopg

        if self._connection is not None and self._pid == os.getpid() and not self._connection.closed:
            return self._connection
        if self._connection is not None and self._pid != os.getpid():
            self._inherited.append(self._connection)
        self._connection = None
        connection = psycopg.connect(**self._params, autocommit=True)
        try:
            connection.execute(f"SET statement_timeout = {_STATEMENT_TIMEOUT_MS}")
            connection.execute(f"SET lock_timeout = {int(_LOCK_WAIT_SECONDS * 1000)}")
            with connection.transaction():
                connection.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
                for statement in _POSTGRES_SCHEMA:
                    connection.execute(statement)
                row = connection.execute(f"SELECT max(version) FROM {_SCHEMA_TABLE}").fetchone()
                version = row[0] if row else None
                if version is None:
                    connection.execute(f"INSERT INTO {_SCHEMA_TABLE} (version) VALUES (%s)", (SCHEMA_VERSION,))
                elif version != SCHEMA_VERSION:
                    raise _newer_schema(self.url, version)
        except BaseException:
            connection.close()
            raise
        self._connection, self._pid = connection, os.getpid()
        return connection

    def claim(self, request: ClaimRequest) -> Claim:
        with self._session() as connection:
            # One statement outside a transaction first: a handled event stays handled, so a
            # redelivery is answered without locking its row (a lock is a durable write here).
            row = connection.execute(
                f"SELECT state, extract(epoch FROM lease_expires_at - now())::float8 FROM {_TABLE}"
                " WHERE event_key = %s",
                (request.event_key,),
            ).fetchone()
            if row is not None and row[0] == "done":
                return Claim("duplicate")
            if row is not None and row[1] is not None and row[1] > 0:
                return Claim("busy", _ceil_seconds(row[1]))
            for _ in range(_CLAIM_ROUNDS):
                claim = self._claim_once(connection, request)
                if claim is not None:
                    return claim
        # Claimed and released by others under our feet each round: answer as for a live claim.
        return Claim("busy", 1.0)

    def _claim_once(self, connection: psycopg.Connection[tuple[Any, ...]], request: ClaimRequest) -> Claim | None:
        try:
            with connection.transaction():
                row = connection.execute(
                    f"SELECT state, extract(epoch FROM lease_expires_at - now())::float8 FROM {_TABLE}"
                    " WHERE event_key = %s FOR UPDATE",
                    (request.event_key,),
                ).fetchone()
                if row is not None and row[0] == "done":
                    return Claim("duplicate")
                if row is not None and row[1] is not None and row[1] > 0:
                    return Claim("busy", _ceil_seconds(row[1]))
                if request.later:
                    later = connection.execute(
                        f"SELECT 1 FROM {_TABLE} WHERE kind = %s AND record_id = %s AND state = 'done'"
                        " AND status = ANY(%s) LIMIT 1",
                        (request.kind, request.record_id, list(request.later)),
                    ).fetchone()
                    if later is not None:
                        return Claim("stale")
                lease = (request.owner, request.lease_seconds)
                if row is None:
                    inserted = connection.execute(
                        f"INSERT INTO {_TABLE} (event_key, kind, record_id, status, state, lease_owner,"
                        " lease_expires_at, claimed_at, attempts) VALUES (%s, %s, %s, %s, 'claimed', %s,"
                        " now() + %s * interval '1 second', now(), 1) ON CONFLICT (event_key) DO NOTHING",
                        (request.event_key, request.kind, request.record_id, request.status, *lease),
                    ).rowcount
                    if inserted != 1:
                        # Another worker inserted it after our SELECT: look again.
                        raise _Rollback(None)
                else:
                    connection.execute(
                        f"UPDATE {_TABLE} SET lease_owner = %s, lease_expires_at = now() + %s * interval '1 second',"
                        " claimed_at = now(), attempts = attempts + 1 WHERE event_key = %s",
                        (*lease, request.event_key),
                    )
                return Claim("claimed")
        except _Rollback as rollback:
            return rollback.claim

    def finish(self, request: ClaimRequest) -> bool:
        with self._session() as connection, connection.transaction():
            updated = connection.execute(
                f"UPDATE {_TABLE} SET state = 'done', handled_at = now(), lease_owner = NULL,"
                " lease_expires_at = NULL WHERE event_key = %s AND state = 'claimed' AND lease_owner = %s",
                (request.event_key, request.owner),
            ).rowcount
            if updated == 1:
                return True
            connection.execute(
                f"INSERT INTO {_TABLE} (event_key, kind, record_id, status, state, claimed_at, handled_at, attempts)"
                " VALUES (%s, %s, %s, %s, 'done', now(), now(), 1) ON CONFLICT (event_key) DO NOTHING",
                (request.event_key, request.kind, request.record_id, request.status),
            )
            return False

    def release(self, request: ClaimRequest) -> None:
        with self._session() as connection:
            connection.execute(
                f"DELETE FROM {_TABLE} WHERE event_key = %s AND state = 'claimed' AND lease_owner = %s",
                (request.event_key, request.owner),
            )

    def close(self) -> None:
        with self._lock:
            connection, self._connection = self._connection, None
            if connection is not None and self._pid == os.getpid():
                connection.close()
