"""Which read replicas are fit to read from: reachable and not too far behind the primary.

Each process checks a replica at most every ``DATABASE_REPLICA_CHECK_SECONDS`` (one query on the
replica, run by the request that finds the verdict stale) and remembers the verdict, so a replica
that is down or lagging is skipped without every request paying for it. A request that fails on
a replica marks it down at once (``mark_down``).
"""

from __future__ import annotations

import logging
import random
import threading
import time
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import DatabaseError, connections

logger = logging.getLogger(__name__)

# What a replica says of itself: in recovery at all (a primary listed as a replica is simply
# current); its WAL receiver's state (visible to superusers and pg_read_all_stats: a replica cut
# off from its primary replays nothing new, yet looks caught up); whether it replayed all it
# received; and the age of the last transaction it replayed.
PG_STATE_SQL = """
SELECT pg_is_in_recovery(),
       (SELECT status FROM pg_stat_wal_receiver),
       pg_has_role('pg_read_all_stats', 'USAGE'),
       pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn(),
       EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())
"""


def pg_lag(cursor: Any) -> tuple[float | None, str]:
    """(seconds behind, or None when it cannot be trusted; why not)."""
    cursor.execute(PG_STATE_SQL)
    in_recovery, receiver, sees_receiver, caught_up, age = cursor.fetchone()
    if not in_recovery:
        return 0.0, ""
    if sees_receiver and receiver != "streaming":
        return None, f"not streaming from its primary (WAL receiver: {receiver or 'stopped'})"
    if caught_up:
        return 0.0, ""
    return float(age or 0), ""


@dataclass(frozen=True)
class Verdict:
    alias: str
    reachable: bool
    lag_seconds: float | None
    checked_at: float  # time.monotonic()
    error: str = ""

    @property
    def usable(self) -> bool:
        return (
            self.reachable
            and self.lag_seconds is not None
            and self.lag_seconds <= settings.DATABASE_REPLICA_MAX_LAG_SECONDS
        )


_verdicts: dict[str, Verdict] = {}
_lock = threading.Lock()


def aliases() -> list[str]:
    return list(settings.DATABASE_REPLICAS)


def probe(alias: str) -> Verdict:
    """Ask the replica how far behind it is (one query), and remember the answer."""
    connection = connections[alias]
    try:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                lag, why = pg_lag(cursor)
            else:
                cursor.execute("SELECT 0")
                lag, why = 0.0, ""
        verdict = Verdict(alias, True, lag, time.monotonic(), why)
    except DatabaseError as exc:
        connection.close()  # the next probe reconnects from scratch
        verdict = Verdict(alias, False, None, time.monotonic(), f"{type(exc).__name__}: {exc}"[:200])
    _remember(verdict)
    return verdict


def _remember(verdict: Verdict) -> None:
    with _lock:
        previous = _verdicts.get(verdict.alias)
        _verdicts[verdict.alias] = verdict
    if previous is not None and previous.usable != verdict.usable:
        state = "back in use" if verdict.usable else "skipped"
        logger.warning(
            "replica %s %s (reachable=%s, lag=%s s) %s",
            verdict.alias, state, verdict.reachable, verdict.lag_seconds, verdict.error,
        )  # fmt: skip


def verdict(alias: str) -> Verdict:
    """The remembered verdict, re-probed when older than the check interval."""
    known = _verdicts.get(alias)
    if known is None or time.monotonic() - known.checked_at >= settings.DATABASE_REPLICA_CHECK_SECONDS:
        return probe(alias)
    return known


def mark_down(alias: str, error: str) -> None:
    """A query on this replica failed mid-request: skip it until the next check."""
    _remember(Verdict(alias, False, None, time.monotonic(), error[:200]))
    connections[alias].close()


def pick() -> str | None:
    """A usable replica (spread at random), or None when none is."""
    usable = [alias for alias in aliases() if verdict(alias).usable]
    return random.choice(usable) if usable else None


def forget() -> None:
    """Drop every verdict (tests)."""
    with _lock:
        _verdicts.clear()
