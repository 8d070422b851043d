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

import httpx2

__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]

#: Where an answer names itself, in order: the headers, then the upstream wrapper some customer
#: calls carry (``{"data": {"request_id": ...}}``).
_REQUEST_ID_HEADERS = ("x-request-id", "request-id")


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


def request_id_of(headers: Mapping[str, str], envelope: Any) -> str | None:
    """The id the server gave an answer (``X-Request-Id``, else ``Request-Id``, else the envelope's
    ``data.request_id`` when it is text), as sent; ``None`` when it gave none. Never made up."""
    for name in _REQUEST_ID_HEADERS:
        value = _header(headers, name)
        if value:
            return value
    if isinstance(envelope, dict):
        data = envelope.get("data")
        if isinstance(data, dict):
            value = data.get("request_id")
            if isinstance(value, str) and value:
                return value
    return None


def _header(headers: Mapping[str, str], name: str) -> str | None:
    if isinstance(headers, httpx2.Headers):  # looks names up case-insensitively itself
        return headers.get(name)
    for key, value in headers.items():  # a plain mapping, as a Response made by hand may hold
        if isinstance(key, str) and key.lower() == name and isinstance(value, str):
            return value
    return None


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

    @property
    def request_id(self) -> str | None:
        """The id PayCombat gave this answer, for a support ticket: the ``X-Request-Id`` (or
        ``Request-Id``) header, else the ``data.request_id`` some customer calls carry, else ``None``.

        Server text, as sent: escape it before writing it where a reader could be fooled by
        control characters (``paycombat_client.printable``). Read from the headers and ``content``,
        so it is part of neither equality nor repr.
        """
        found = request_id_of(self.headers, None)
        if found is not None or b"request_id" not in self.content:
            return found
        import json  # only an answer that mentions a request_id is decoded again

        try:
            envelope = json.loads(self.content)
        except (ValueError, RecursionError):
            return None
        return request_id_of({}, envelope)
