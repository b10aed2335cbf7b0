"""Cache backends that count hits for /metrics and ride out a Redis restart.

A cache is an optimisation: while Redis is unreachable (a restart, a failover) reads are misses
and writes are skipped, so pages keep answering from the database instead of failing. ``add``
answers True (the caller goes ahead as if it were first: a read is counted, a throttle lets the
attempt through, so rate limits are off for the seconds Redis is away) and ``incr`` raises
ValueError like a missing key, which every caller handles. Deletes and increments that could not
be made are made when Redis answers again.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

from xuanyong.lib import metrics

logger = logging.getLogger(__name__)
_MISSING = object()
# Unreachable, timing out, or refusing (out of memory, read-only replica): a cache that cannot
# serve is a cache miss, never a failed page.
REDIS_DOWN = (RedisError,)


class CountingMixin:
    """Counts every key looked up as a hit or a miss."""

    def get(self, key: Any, default: Any = None, version: int | None = None) -> Any:
        value = super().get(key, _MISSING, version)  # type: ignore[misc]
        if value is _MISSING:
            metrics.CACHE_MISSES.inc()
            return default
        metrics.CACHE_HITS.inc()
        return value

    def get_many(self, keys: Any, version: int | None = None) -> dict[str, Any]:
        keys = list(keys)
        found: dict[str, Any] = super().get_many(keys, version)  # type: ignore[misc]
        metrics.CACHE_HITS.inc(len(found))
        metrics.CACHE_MISSES.inc(len(keys) - len(found))
        return found


class LocMemCountingCache(CountingMixin, LocMemCache):
    pass


class FileCountingCache(CountingMixin, FileBasedCache):
    pass


_last_warning = 0.0
# Invalidations (deletes, version bumps) this process could not make while Redis was away, made
# as soon as it answers again: otherwise Redis would come back (its data kept by the AOF) with
# fragments that a write made stale while it was restarting.
_owed: list[tuple[str, Any, int | None]] = []
_owed_lock = threading.Lock()
_settling = threading.Lock()
OWED_MAX = 10_000


def _unreachable(operation: str, exc: Exception) -> None:
    global _last_warning
    metrics.CACHE_ERRORS.inc()
    if time.monotonic() - _last_warning > 10:  # one line per outage, not one per request
        _last_warning = time.monotonic()
        logger.warning("cache unreachable (%s): %s; serving without it", operation, exc)


def _owe(operation: str, key: Any, version: int | None) -> None:
    with _owed_lock:
        if len(_owed) < OWED_MAX:
            _owed.append((operation, key, version))


class ResilientRedisCache(CountingMixin, RedisCache):
    def _call(self, operation: str, method: Callable[..., Any], *args: Any) -> Any:
        """Run one cache call; count and re-raise a Redis failure; once Redis answers, make
        the invalidations owed since it went away."""
        try:
            result = method(*args)
        except REDIS_DOWN as exc:
            _unreachable(operation, exc)
            raise
        if _owed:
            self._settle()
        return result

    def _settle(self) -> None:
        if not _settling.acquire(blocking=False):
            return  # another thread of this process is at it
        try:
            while _owed:
                operation, key, version = _owed[0]
                try:
                    if operation == "delete":
                        RedisCache.delete(self, key, version)
                    else:
                        with contextlib.suppress(ValueError):  # gone since: nothing to invalidate
                            RedisCache.incr(self, key, 1, version)
                except REDIS_DOWN:
                    return  # away again: still owed
                with _owed_lock:
                    _owed.pop(0)
        finally:
            _settling.release()

    def get(self, key: Any, default: Any = None, version: int | None = None) -> Any:
        try:
            return self._call("get", super().get, key, default, version)
        except REDIS_DOWN:
            return default

    def get_many(self, keys: Any, version: int | None = None) -> dict[str, Any]:
        try:
            return dict(self._call("get_many", super().get_many, keys, version))
        except REDIS_DOWN:
            return {}

    def has_key(self, key: Any, version: int | None = None) -> bool:
        try:
            return bool(self._call("has_key", super().has_key, key, version))
        except REDIS_DOWN:
            return False

    def add(self, key: Any, value: Any, timeout: Any = None, version: int | None = None) -> bool:
        try:
            return bool(self._call("add", super().add, key, value, timeout, version))
        except REDIS_DOWN:
            return True

    def set(self, key: Any, value: Any, timeout: Any = None, version: int | None = None) -> None:
        with contextlib.suppress(*REDIS_DOWN):
            self._call("set", super().set, key, value, timeout, version)

    def set_many(self, data: dict[str, Any], timeout: Any = None, version: int | None = None) -> list[str]:
        try:
            return list(self._call("set_many", super().set_many, data, timeout, version))
        except REDIS_DOWN:
            return list(data)

    def touch(self, key: Any, timeout: Any = None, version: int | None = None) -> bool:
        try:
            return bool(self._call("touch", super().touch, key, timeout, version))
        except REDIS_DOWN:
            return False

    def delete(self, key: Any, version: int | None = None) -> bool:
        try:
            return bool(self._call("delete", super().delete, key, version))
        except REDIS_DOWN:
            _owe("delete", key, version)
            return False

    def delete_many(self, keys: Any, version: int | None = None) -> None:
        keys = list(keys)
        try:
            self._call("delete_many", super().delete_many, keys, version)
        except REDIS_DOWN:
            for key in keys:
                _owe("delete", key, version)

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        try:
            return int(self._call("incr", super().incr, key, delta, version))
        except REDIS_DOWN as exc:
            _owe("incr", key, version)  # a version bump must still happen once Redis is back
            raise ValueError("cache unreachable") from exc
