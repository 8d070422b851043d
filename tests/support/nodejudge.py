"""A long-lived Node process that judges bodies and signatures with JavaScript itself."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any

_SCRIPT = Path(__file__).with_name("node_judge.js")


class NodeJudgeError(RuntimeError):
    """Node could not answer (it rejected the body, or is not installed)."""


class NodeJudge:
    def __init__(self) -> None:
        node = shutil.which("node")
        if node is None:
            raise NodeJudgeError("node is not on PATH: the tests need Node.js as the JSON.stringify judge")
        self._proc = subprocess.Popen(
            [node, str(_SCRIPT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self._lock = threading.Lock()
        self._next_id = 0

    def _ask(self, op: str, **fields: Any) -> dict[str, Any]:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        with self._lock:
            self._next_id += 1
            self._proc.stdin.write(json.dumps({"id": self._next_id, "op": op, **fields}) + "\n")
            self._proc.stdin.flush()
            line = self._proc.stdout.readline()
        if not line:
            raise NodeJudgeError("node exited")
        answer: dict[str, Any] = json.loads(line)
        if not answer["ok"]:
            raise NodeJudgeError(answer["error"])
        return answer

    def roundtrip(self, body: bytes) -> bytes:
        """``JSON.stringify(JSON.parse(body))`` as Node writes it (UTF-8)."""
        return base64.b64decode(self._ask("roundtrip", body=_b64(body))["body"])

    def roundtrip_many(self, bodies: list[bytes]) -> list[bytes | None]:
        """Like :meth:`roundtrip` for many bodies; ``None`` where Node rejected one."""
        answers = self._ask("roundtrip_many", bodies=[_b64(b) for b in bodies])["bodies"]
        return [None if a is None else base64.b64decode(a) for a in answers]

    def docs_signature(self, body: bytes, key: str) -> str:
        """The signature the docs' sample computes: HMAC-SHA256 hex of JSON.stringify(JSON.parse(body))."""
        return str(self._ask("docs_signature", body=_b64(body), key=key)["signature"])

    def raw_signature(self, body: bytes, key: str) -> str:
        """HMAC-SHA256 hex of the raw bytes, computed by Node's crypto."""
        return str(self._ask("raw_signature", body=_b64(body), key=key)["signature"])

    def close(self) -> None:
        if self._proc.poll() is None:
            assert self._proc.stdin is not None and self._proc.stdout is not None
            self._proc.stdin.close()
            self._proc.stdout.close()
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
