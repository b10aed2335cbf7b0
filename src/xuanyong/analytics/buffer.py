"""The in-process event buffer: appending costs microseconds, writes happen in bulk.

Events wait in a per-process list and are written with one ``bulk_create`` when the buffer holds
``ANALYTICS_BUFFER_SIZE`` events or its oldest is ``ANALYTICS_FLUSH_SECONDS`` old (checked at the
end of each request and after signal receivers), and at interpreter exit, so a normal shutdown
(gunicorn's graceful stop, a worker's exit) loses nothing.

An event recorded inside a transaction joins the buffer only when that transaction commits
(``on_commit``): a rolled-back request leaves no trace, and a flush never runs inside a caller's
transaction. Tests call :func:`flush` to write deterministically.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from typing import Any

from django.conf import settings
from django.db import DatabaseError, connection, transaction

from .models import Event

Row = dict[str, Any]
# Every column but the id, in table order; a row is written as one tuple of these.
COLUMNS: list[str] = [f.column for f in Event._meta.concrete_fields if not f.primary_key and f.column]

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_pending: list[Row] = []
_oldest: float | None = None


def add(event: Row) -> None:
    """Queue one event row (column name → value; missing columns take their defaults)."""
    if connection.in_atomic_block:
        transaction.on_commit(lambda: _append(event))
    else:
        _append(event)


def _append(event: Row) -> None:
    global _oldest
    with _lock:
        if not _pending:
            _oldest = time.monotonic()
        _pending.append(event)
        overflow = len(_pending) - settings.ANALYTICS_BUFFER_MAX
        if overflow > 0:
            # The database has been unreachable for a long while: keep memory bounded.
            del _pending[:overflow]
            logger.warning("analytics buffer full, dropped %d oldest events", overflow)


def pending() -> int:
    return len(_pending)


def maybe_flush() -> int:
    """Flush when the buffer is full enough or old enough, and never inside a transaction."""
    if not _pending or connection.in_atomic_block:
        return 0
    due = len(_pending) >= settings.ANALYTICS_BUFFER_SIZE or (
        _oldest is not None and time.monotonic() - _oldest >= settings.ANALYTICS_FLUSH_SECONDS
    )
    return flush() if due else 0


def flush() -> int:
    """Write every buffered event; returns how many were written."""
    global _oldest
    with _lock:
        batch = _pending[:]
        _pending.clear()
        _oldest = None
    if not batch:
        return 0
    from .resolve import resolve_objects  # imports catalog and content models

    try:
        resolve_objects(batch)
        _insert(batch)
    except DatabaseError:
        logger.exception("analytics flush failed; %d events put back", len(batch))
        with _lock:
            _pending[:0] = batch
            _oldest = time.monotonic()
        return 0
    return len(batch)


DEFAULTS: Row = {"visitor_id": "", "session_id": "", "referrer_host": "", "device": "other", "object_type": "",
                 "object_key": "", "term": "", "detail": ""}  # fmt: skip


def _insert(rows: list[Row]) -> None:
    """One prepared INSERT run for the whole batch (executemany), no model instance per event."""
    quote = connection.ops.quote_name
    adapt = connection.ops.adapt_datetimefield_value
    sql = (
        f"INSERT INTO {quote(Event._meta.db_table)} ({', '.join(quote(c) for c in COLUMNS)}) "
        f"VALUES ({', '.join(['%s'] * len(COLUMNS))})"
    )
    params = []
    for row in rows:
        full = {**DEFAULTS, **row, "created_at": adapt(row["created_at"])}
        params.append(tuple(full.get(c) for c in COLUMNS))
    # One transaction for the batch: in autocommit mode each row would be its own commit.
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # COPY streams the rows in one round trip, several times faster than INSERTs.
            table, names = quote(Event._meta.db_table), ", ".join(quote(c) for c in COLUMNS)
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for values in params:
                    copy.write_row(values)
        else:
            cursor.executemany(sql, params)


def discard() -> None:
    """Drop buffered events (tests start from an empty buffer)."""
    global _oldest
    with _lock:
        _pending.clear()
        _oldest = None


@atexit.register
def _flush_at_exit() -> None:
    if not _pending:
        return
    try:
        flush()
    except Exception:  # the process is ending; say so rather than raise
        logger.warning("analytics: %d events could not be written at exit", len(_pending))
