"""The Redis cache through a real Redis restart: pages keep answering while it is away (misses,
skipped writes), and invalidations missed meanwhile are made once it is back."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from xuanyong.runtime import cache as resilient
from xuanyong.runtime.cache import ResilientRedisCache

from ..processes import free_port

REDIS_SERVER = shutil.which("redis-server")
pytestmark = pytest.mark.skipif(REDIS_SERVER is None, reason="needs the redis-server program")


class RedisServer:
    """A private redis-server with an append-only file, so a restart keeps its data."""

    def __init__(self, data_dir: Path) -> None:
        self.port = free_port()
        self.data_dir = data_dir
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        subprocess.run(
            [str(REDIS_SERVER), "--port", str(self.port), "--bind", "127.0.0.1", "--daemonize", "yes",
             "--dir", str(self.data_dir), "--appendonly", "yes", "--appendfsync", "always", "--save", ""],
            check=True, capture_output=True,
        )  # fmt: skip
        client = redis.Redis.from_url(self.url)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return
            except redis.ConnectionError:
                assert time.monotonic() < deadline, "redis-server did not start"
                time.sleep(0.05)

    def stop(self) -> None:
        redis.Redis.from_url(self.url).shutdown()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RedisServer]:
    found = RedisServer(tmp_path)
    found.start()
    resilient._owed.clear()
    yield found
    resilient._owed.clear()
    with contextlib.suppress(redis.ConnectionError):
        found.stop()


def test_while_redis_restarts_the_cache_misses_and_then_makes_the_missed_invalidations(
    server: RedisServer,
) -> None:
    cache = ResilientRedisCache(server.url, {"KEY_PREFIX": "t"})
    cache.set("fragment", "old page", None)
    cache.set("catalog:version", 7, None)
    server.stop()

    assert cache.get("fragment", "default") == "default", "a miss, not an error"
    assert cache.add("content:read:1:v", 1, 60) is True, "the caller goes ahead as if first"
    cache.set("other", "x", 60)  # skipped, not raised
    cache.delete("fragment")  # a write made the fragment stale while Redis was away
    with pytest.raises(ValueError):
        cache.incr("catalog:version")  # and bumped the version

    server.start()  # back, with its data (append-only file): the stale fragment too
    assert redis.Redis.from_url(server.url).exists(cache.make_key("fragment"))
    cache.get("anything")  # the first call that reaches Redis makes what was owed
    assert cache.get("fragment") is None
    assert cache.get("catalog:version") == 8
    assert resilient._owed == []
