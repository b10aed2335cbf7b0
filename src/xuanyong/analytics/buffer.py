"""Events of the current request, made durable before its response leaves.

``add`` collects an event row (an event recorded inside a transaction joins only when that
transaction commits, so a rolled-back request leaves no trace); ``flush`` hands what was
collected to durable storage at the end of the request (``AnalyticsMiddleware``), of a signal
receiver or of a task:

- with Redis, appended to the event stream (``stream.py``, one round trip), which a consumer
  writes to the database in batches;
- without Redis, or while Redis is unreachable, written to the database (one transaction,
  never inside the caller's: ``maybe_flush`` waits until none is open);
- while both fail, kept in memory (bounded by ``ANALYTICS_BUFFER_MAX``) and retried on the next
  flush: the page is served either way.

So a worker killed after answering has lost nothing it answered. Every event carries a ``uid``
(``services.event_row``), so however often a row is retried, it is stored once.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from redis.exceptions import RedisError

from xuanyong.lib import metrics

from . import stream
from .store import Row, events_insert

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_pending: list[Row] = []


def add(event: Row) -> None:
    """Collect one event row (column name → value; missing columns take their defaults)."""
    if connection.in_atomic_block:
        transaction.on_commit(lambda: _append(event))
    else:
        _append(event)


def _append(event: Row) -> None:
    with _lock:
        _pending.append(event)
        overflow = len(_pending) - settings.ANALYTICS_BUFFER_MAX
        if overflow > 0:
            # Redis and the database have been unreachable for a long while: keep memory bounded.
            del _pending[:overflow]
            logger.warning("analytics buffer full, dropped %d oldest events", overflow)


def pending() -> int:
    return len(_pending)


def maybe_flush() -> int:
    """Flush unless a transaction is open: its rollback would take the events with it (they
    wait for the flush at the end of the request instead)."""
    return 0 if connection.in_atomic_block else flush()


def flush() -> int:
    """Make every collected event durable; returns how many were."""
    if not _pending:
        return 0
    with _lock:
        batch = _pending[:]
        _pending.clear()
    if stream.enabled():
        try:
            stream.publish(batch)
            return len(batch)
        except Exception as exc:  # unreachable, or refusing: the database takes them instead
            logger.warning("event stream failed (%s); writing %d events directly", exc, len(batch))
            metrics.EVENTS_FALLBACK.inc(len(batch))
    try:
        events_insert(batch)
    except DatabaseError:
        logger.exception("analytics write failed; %d events kept for the next flush", len(batch))
        with _lock:
            _pending[:0] = batch
        return 0
    return len(batch)


def sync(*, timeout: float = 10.0) -> None:
    """Flush, then wait until every event recorded so far is in the database: for readers that
    need them all (rollups, personal-data requests, tests). Events recorded meanwhile by other
    requests are not waited for, so a busy site cannot keep it waiting; with Redis away it writes
    what it can and returns."""
    flush()
    if not stream.enabled():
        return
    deadline = time.monotonic() + timeout
    try:
        last = stream.last_id()
        while last is not None and stream.holds_up_to(last):
            if not stream.drain(count=1000):
                if time.monotonic() > deadline:
                    logger.warning(
                        "analytics sync: events up to %s still pending after %.0f s", last, timeout
                    )
                    return
                time.sleep(0.05)  # another consumer holds them: wait for it to write them
    except RedisError as exc:
        logger.warning("analytics sync: event stream unreachable (%s)", exc)


def discard() -> None:
    """Drop collected events (tests start from an empty buffer)."""
    with _lock:
        _pending.clear()


@atexit.register
def _flush_at_exit() -> None:
    if not _pending:
        return
    try:
        flush()
    except Exception:  # the process is ending; say so rather than raise
        logger.warning("analytics: %d events could not be written at exit", len(_pending))
