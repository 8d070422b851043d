"""A throwaway PostgreSQL server for tests: its own cluster in a temporary folder.

``initdb`` refuses to run as root, so as root the server runs as the ``postgres`` user (through
``runuser``); as anyone else, as that user. It listens only on a unix socket inside its folder
(no TCP port to collide with another test worker's), and ``stop()`` always removes the folder.
Every command is bounded by a timeout.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

_COMMAND_TIMEOUT = 60
_STOP_TIMEOUT = 15


def _bindir() -> Path | None:
    initdb = shutil.which("initdb")
    if initdb is not None and shutil.which("pg_ctl") is not None:
        return Path(initdb).parent
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    return None


class PostgresServer:
    """``with PostgresServer() as server:`` gives ``server.url`` (``postgresql://...``).

    Tests run it without fsync (its data is thrown away); a benchmark passes ``fsync=True`` to
    measure what a real server pays for durable commits."""

    def __init__(self, *, fsync: bool = False) -> None:
        self._fsync = fsync
        bindir = _bindir()
        if bindir is None:
            raise RuntimeError(
                "PostgreSQL is not installed (no initdb): apt-get install postgresql, or put its bin folder on PATH"
            )
        self._bindir = bindir
        self._as_user: list[str] = []
        self._owner: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            self._owner = pwd.getpwnam("postgres")
            self._as_user = ["runuser", "-u", "postgres", "--"]
        self.folder: Path | None = None
        self.url = ""

    @property
    def _data(self) -> Path:
        assert self.folder is not None
        return self.folder / "data"

    def _run(self, *command: str, timeout: float = _COMMAND_TIMEOUT) -> None:
        assert self.folder is not None
        done = subprocess.run(
            [*self._as_user, *command],
            cwd=self.folder,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{Path(command[0]).name} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")

    def start(self) -> PostgresServer:
        # Short: the socket's path must stay under ~100 characters.
        self.folder = Path(tempfile.mkdtemp(prefix="pcpg-"))
        try:
            if self._owner is not None:
                os.chown(self.folder, self._owner.pw_uid, self._owner.pw_gid)
            self._run(
                str(self._bindir / "initdb"),
                "-D",
                str(self._data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync",
                "--no-instructions",
            )
            options = f"-k {self.folder} -c listen_addresses= -c max_connections=60" + ("" if self._fsync else " -F")
            log = self.folder / "server.log"
            self._run(
                str(self._bindir / "pg_ctl"),
                "-D",
                str(self._data),
                "-l",
                str(log),
                "-o",
                options,
                "-w",
                "-t",
                "30",
                "start",
            )
        except BaseException:
            self.stop()
            raise
        self.url = f"postgresql://postgres@/postgres?host={quote(str(self.folder), safe='')}"
        return self

    def stop(self) -> None:
        """Stop the server (immediately: its data is thrown away) and remove its folder."""
        folder, self.folder = self.folder, None
        if folder is None:
            return
        self.folder = folder
        pidfile = folder / "data" / "postmaster.pid"
        try:
            if pidfile.exists():
                try:
                    self._run(
                        str(self._bindir / "pg_ctl"),
                        "-D",
                        str(folder / "data"),
                        "-m",
                        "immediate",
                        "-w",
                        "-t",
                        "10",
                        "stop",
                        timeout=_STOP_TIMEOUT,
                    )
                except (RuntimeError, subprocess.TimeoutExpired):
                    self._kill(pidfile)
        finally:
            self.folder = None
            shutil.rmtree(folder, ignore_errors=True)

    @staticmethod
    def _kill(pidfile: Path) -> None:
        with contextlib.suppress(OSError, ValueError, IndexError):
            pid = int(pidfile.read_text().split()[0])
            os.kill(pid, signal.SIGKILL)
            deadline = time.monotonic() + _STOP_TIMEOUT
            while time.monotonic() < deadline:
                os.kill(pid, 0)  # raises once it is gone
                time.sleep(0.05)

    def __enter__(self) -> PostgresServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
