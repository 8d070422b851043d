# Copied from runtime/paycombat_client/_runtime/types.py by codegen/generate.py: edit that file, not this one.
"""Shared types of the generated package, re-exported by ``paycombat_client.types``.

Hand-written rather than upstream's ``types.py`` for two promises the types make: ``UNSET``
shows as ``UNSET`` in a model's repr, and ``Response.parsed`` is never ``None`` (a failure
raises instead). ``File`` and ``Response`` are plain classes rather than attrs ones, so that
importing an endpoint module does not load attrs before a model needs it.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]


class Unset:
    """The type of ``UNSET``: a field that was not sent (as opposed to one sent as ``null``).

    Narrow it away with ``isinstance(value, Unset)``; ``UNSET`` is falsy.
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # unpickles as the module's singleton


UNSET: Unset = Unset()

FileContent = IO[bytes] | bytes | str
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


class _Record:
    """Equality and a repr over ``__slots__``, as attrs would write them."""

    __slots__ = ()
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def _fields(self) -> tuple[str, ...]:
        return type(self).__slots__

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Record) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields())
        return f"{type(self).__name__}({shown})"


class File(_Record):
    """A file to upload (kept for upstream compatibility; PayCombat's operations take JSON only)."""

    __slots__ = ("payload", "file_name", "mime_type")
    payload: BinaryIO
    file_name: str | None
    mime_type: str | None

    def __init__(self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


class Response(_Record, Generic[T]):
    """A successful answer: its status, headers, raw bytes and the parsed model (never ``None``)."""

    __slots__ = ("status_code", "content", "headers", "parsed")
    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T

    def __init__(self, status_code: HTTPStatus, content: bytes, headers: MutableMapping[str, str], parsed: T) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self.parsed = parsed
