"""Shared version counters in the cache: bump one and every key built from it is stale at once."""

from __future__ import annotations

from django.core.cache import cache


def version_get(key: str) -> int:
    version = cache.get(key)
    if version is None:
        cache.add(key, 1, None)
        version = cache.get(key, 1)
    return int(version)


def version_bump(key: str) -> int:
    try:
        return int(cache.incr(key))
    except ValueError:  # not set yet (or evicted): any new value invalidates old keys
        cache.set(key, 2, None)
        return 2
