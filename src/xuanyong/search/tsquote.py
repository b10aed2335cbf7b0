"""Quoting a lexeme for PostgreSQL's tsvector/tsquery input syntax (never parsed as operators)."""

from __future__ import annotations


def ts_quote(lexeme: str, prefix: str = "") -> str:
    return "'" + (prefix + lexeme).replace("\\", "\\\\").replace("'", "''") + "'"
