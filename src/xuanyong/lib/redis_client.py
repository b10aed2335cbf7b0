"""One Redis client per process for what is not the cache: the event stream, health, backlogs."""

from __future__ import annotations

from functools import lru_cache

import redis
from django.conf import settings


@lru_cache(maxsize=1)
def _client(url: str) -> redis.Redis:
    # Short timeouts: a Redis that does not answer must fail fast, so callers fall back.
    return redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=2, health_check_interval=15)


def redis_client() -> redis.Redis | None:
    """The client for ``REDIS_URL``, or None on the embedded setup without Redis."""
    return _client(settings.REDIS_URL) if settings.REDIS_URL else None
