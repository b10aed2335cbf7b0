"""What a database holds, as numbers a restore can be checked against: rows and a checksum per table.

The same summary is taken from the backup's own snapshot (so writes during a backup cannot make
it disagree with the copy) and from the restored database. Each row is hashed as canonical JSON
and the hashes are summed, so the order rows come back in does not matter; both sides run on the
same database engine.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any, Protocol


class Cursor(Protocol):
    def execute(self, sql: str, params: Any = ..., /) -> Any: ...
    def fetchone(self) -> Any: ...
    def fetchmany(self, size: int = ..., /) -> list[Any]: ...


_MODULUS = 2**256


def _plain(value: object) -> str:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return str(value)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_checksum(cursor: Cursor, table: str, columns: int) -> tuple[int, str]:
    """Rows of ``table`` and a checksum of them as a multiset: the sum of each row's SHA-256,
    modulo 2^256. No ORDER BY, so two servers with different collations agree on equal rows."""
    cursor.execute(f"SELECT * FROM {_quote(table)}")  # names come from the catalog, quoted
    total, rows = 0, 0
    while batch := cursor.fetchmany(2000):
        for row in batch:
            line = json.dumps(list(row), default=_plain, ensure_ascii=False).encode()
            total = (total + int.from_bytes(hashlib.sha256(line).digest(), "big")) % _MODULUS
        rows += len(batch)
    return rows, f"{total:064x}"


def row_count(cursor: Cursor, table: str) -> int:
    cursor.execute(f"SELECT COUNT(*) FROM {_quote(table)}")  # names come from the catalog, quoted
    return int(cursor.fetchone()[0])


def sqlite_tables(cursor: Cursor) -> list[tuple[str, int | None]]:
    """(table, column count) for ordinary tables; virtual tables (full-text search) have ``None``:
    they are counted, and their shadow tables carry the checksums of their contents."""
    cursor.execute(
        "SELECT name, sql LIKE 'CREATE VIRTUAL%' FROM sqlite_master "
        "WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
    )
    names = [(name, bool(virtual)) for name, virtual in cursor.fetchmany(100000)]
    tables: list[tuple[str, int | None]] = []
    for name, virtual in names:
        if virtual:
            tables.append((name, None))
            continue
        cursor.execute("SELECT COUNT(*) FROM pragma_table_info(?)", (name,))
        tables.append((name, int(cursor.fetchone()[0])))
    return tables


def postgresql_tables(cursor: Cursor) -> list[tuple[str, int | None]]:
    cursor.execute(
        "SELECT c.relname, COUNT(a.attnum) FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema() "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "WHERE c.relkind IN ('r', 'p') GROUP BY c.relname ORDER BY c.relname"
    )
    return [(name, int(columns)) for name, columns in cursor.fetchmany(100000)]


def summarize(cursor: Cursor, tables: Iterable[tuple[str, int | None]]) -> dict[str, dict[str, Any]]:
    """``{table: {"rows": n, "sha256": hex or None}}`` for every table."""
    summary: dict[str, dict[str, Any]] = {}
    for table, columns in tables:
        if columns is None:
            summary[table] = {"rows": row_count(cursor, table), "sha256": None}
        else:
            rows, digest = table_checksum(cursor, table, columns)
            summary[table] = {"rows": rows, "sha256": digest}
    return summary


def differences(expected: dict[str, dict[str, Any]], actual: dict[str, dict[str, Any]]) -> list[str]:
    """Human-readable (Chinese) list of what differs between two summaries; empty when equal."""
    problems = []
    for table in sorted(expected.keys() | actual.keys()):
        want, got = expected.get(table), actual.get(table)
        if want is None:
            problems.append(f"多出一张备份中没有的表 {table}")
        elif got is None:
            problems.append(f"缺少表 {table}")
        elif want["rows"] != got["rows"]:
            problems.append(f"表 {table} 应有 {want['rows']} 行，实际 {got['rows']} 行")
        elif want["sha256"] != got["sha256"]:
            problems.append(f"表 {table} 的行数相同但内容校验和不一致")
    return problems
