"""Fixed-window rate limits counted in the cache (Redis in production, so every worker shares them)."""

from __future__ import annotations

import time

from django.core.cache import cache


def exceeded(scope: str, who: str, window: int, limit: int) -> bool:
    """Count one event of ``who`` in the current ``window``-second bucket; True once past ``limit``."""
    key = f"rate:{scope}:{who}:{window}:{int(time.time()) // window}"
    cache.add(key, 0, window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr: the first event of a new window
        cache.add(key, 1, window)
        count = 1
    return count > limit
