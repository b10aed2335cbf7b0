"""Shared version counters in the cache: bump one and every key built from it is stale at once.

With read replicas, a page rendered from a replica right after a write may still show the old
rows while the version already says "new": cached under the new version, that stale fragment
would outlive the write by its whole timeout. So each invalidation (a bump, or ``invalidate``)
notes its time, and ``cache_fill`` does not store what a replica-reading request rendered until
the replicas have surely replayed it (the lag limit plus the check interval later).
"""

from __future__ import annotations

import time
from typing import Any

from django.conf import settings
from django.core.cache import cache

from . import routing

INVALIDATED_AT_KEY = "cache:invalidated-at"


def version_get(key: str) -> int:
    version = cache.get(key)
    if version is None:
        start = _new_start()
        cache.add(key, start, None)
        version = cache.get(key, start)
    return int(version)


def version_bump(key: str) -> int:
    _note_invalidation()
    try:
        return int(cache.incr(key))
    except ValueError:  # not set yet (or evicted): any new value invalidates old keys
        start = _new_start()
        cache.set(key, start, None)
        return start


def _new_start() -> int:
    """Where a counter starts: never where a lost one of the same key was (a cache culls or
    restarts while keys made from its versions are still there). Microseconds since the epoch:
    a counter would have to be bumped more than once a microsecond to be caught up with."""
    return time.time_ns() // 1000


def invalidate(*keys: str) -> None:
    """Delete cached values that a write made stale."""
    _note_invalidation()
    cache.delete_many(list(keys))


def _note_invalidation() -> None:
    if settings.DATABASE_REPLICAS:
        cache.set(INVALIDATED_AT_KEY, time.time(), None)


def cache_fill(key: str, value: Any, timeout: int) -> None:
    """``cache.set``, unless this request read from a replica that may not have replayed the
    latest invalidating write yet (the value is served, just not kept)."""
    state = routing.current()
    if state is not None and state.replica_used is not None:
        if state.invalidated_at is None:
            state.invalidated_at = float(cache.get(INVALIDATED_AT_KEY, 0))
        window = settings.DATABASE_REPLICA_MAX_LAG_SECONDS + settings.DATABASE_REPLICA_CHECK_SECONDS
        if time.time() - state.invalidated_at <= window:
            return
    cache.set(key, value, timeout)
