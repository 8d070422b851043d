# Generated from spec/paycombat.yaml by codegen/generate.py: do not edit, run ./dev generate.
"""Shared types: ``UNSET``/``Unset`` for fields not sent, ``Response`` for the ``*_detailed`` calls."""

from ._runtime.types import UNSET, File, FileTypes, RequestFiles, Response, Unset

__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
