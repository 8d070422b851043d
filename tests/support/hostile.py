"""Servers on 127.0.0.1 that misbehave the way an attacker or a broken proxy does.

Each connection is handled by a ``behaviour(conn, request_bytes)`` in its own thread. Every wait
is bounded (``MAX_SECONDS``), and ``stop()`` closes the listening socket and every connection,
so no thread outlives the test.
"""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType

#: No behaviour keeps a connection longer than this, whatever the client does.
MAX_SECONDS = 20.0

Behaviour = Callable[[socket.socket, bytes], None]


class HostileServer:
    def __init__(self, behaviour: Behaviour) -> None:
        self._behaviour = behaviour
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.base_url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self.connections = 0
        self.requests: list[bytes] = []
        self._open: list[socket.socket] = []
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accepter = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> HostileServer:
        self._accepter.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def stop(self) -> None:
        self._stopping.set()
        self._accepter.join(timeout=5)
        for conn in list(self._open):
            _close(conn)
        for thread in self._threads:
            thread.join(timeout=5)
        self._listener.close()

    def _accept(self) -> None:
        deadline = time.monotonic() + MAX_SECONDS * 3
        while not self._stopping.is_set() and time.monotonic() < deadline:
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            self._open.append(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(MAX_SECONDS)
            request = read_request(conn)
            self.requests.append(request)
            if request:
                self._behaviour(conn, request)
        except OSError:
            pass
        finally:
            _close(conn)


def _close(conn: socket.socket) -> None:
    try:
        conn.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    conn.close()


def read_request(conn: socket.socket) -> bytes:
    """The request's head and its Content-Length body (what our client sends)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def answer(status: int, body: bytes, headers: dict[str, str] | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def drip(data: bytes, every: float) -> Behaviour:
    """Send ``data`` one byte at a time, each just within a read timeout longer than ``every``."""

    def behaviour(conn: socket.socket, _: bytes) -> None:
        deadline = time.monotonic() + MAX_SECONDS
        for i in range(len(data)):
            if time.monotonic() > deadline:
                return
            conn.sendall(data[i : i + 1])
            time.sleep(every)

    return behaviour


def send_then_drip(head: bytes, tail: bytes, every: float) -> Behaviour:
    """Send ``head`` at once, then ``tail`` a byte at a time."""
    dripping = drip(tail, every)

    def behaviour(conn: socket.socket, request: bytes) -> None:
        conn.sendall(head)
        dripping(conn, request)

    return behaviour


def never_answer(conn: socket.socket, _: bytes) -> None:
    """Keep the connection open and silent until the client leaves (or MAX_SECONDS)."""
    conn.settimeout(MAX_SECONDS)
    try:
        conn.recv(1)
    except OSError:
        pass


def drop(conn: socket.socket, _: bytes) -> None:
    """Read the whole request, then close without a byte of answer."""


def flood(data: bytes) -> Behaviour:
    """Send ``data`` again and again, as fast as the client reads, until it leaves (or MAX_SECONDS)."""

    def behaviour(conn: socket.socket, _: bytes) -> None:
        deadline = time.monotonic() + MAX_SECONDS
        chunk = data * max(1, 65536 // len(data))
        while time.monotonic() < deadline:
            conn.sendall(chunk)

    return behaviour


def record_and_close(conn: socket.socket, _: bytes) -> None:
    """What a proxy would do with a request it must never get: keep it (``requests``) and close."""


def send(data: bytes) -> Behaviour:
    def behaviour(conn: socket.socket, _: bytes) -> None:
        conn.sendall(data)

    return behaviour


def gzip_bomb(decoded_size: int) -> bytes:
    """A 200 answer whose small gzip body inflates to ``decoded_size`` bytes."""
    compressed = gzip.compress(b"0" * decoded_size, compresslevel=9)
    return answer(200, compressed, {"Content-Type": "application/json", "Content-Encoding": "gzip"})
