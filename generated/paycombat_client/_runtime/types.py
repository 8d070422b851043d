# Copied from runtime/paycombat_client/_runtime/types.py by codegen/generate.py: edit that file, not this one.
"""Shared types of the generated package, re-exported by ``paycombat_client.types``.

Hand-written rather than upstream's ``types.py`` for two promises the types make: ``UNSET``
shows as ``UNSET`` in a model's repr, and ``Response.parsed`` is never ``None`` (a failure
raises instead).
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define

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


@define
class File:
    """A file to upload (kept for upstream compatibility; PayCombat's operations take JSON only)."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A successful answer: its status, headers, raw bytes and the parsed model (never ``None``)."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T
