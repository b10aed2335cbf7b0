"""A node killed with SIGKILL right after answering has lost none of the page views it answered.

A real gunicorn process on a migrated SQLite data directory (and, when the suite runs with Redis,
appending to the real stream) serves page views to a browser; then the whole process group is
killed without warning, and what it answered must be in the database (or the stream).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings

from xuanyong.analytics import stream

from ..processes import free_port
from .helpers import BROWSER_UA

PAGES = ["/", "/a/", "/search/?q=收银", "/", "/a/", "/rank/method/"]


def _env(data_dir: Path, **extra: str) -> dict[str, str]:
    drop = {"DATABASE_URL", "DATABASE_REPLICA_URLS", "REDIS_URL", "DEBUG", "PROMETHEUS_MULTIPROC_DIR"}
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("PYTEST")}
    return {**env, "XUANYONG_DATA_DIR": str(data_dir), "SECRET_KEY": "k" * 50, **extra}


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("node")
    cli = Path(sys.executable).with_name("xuanyong")
    subprocess.run([str(cli), "manage", "migrate", "-v0"], env=_env(data_dir), check=True, timeout=120)
    return data_dir


def _serve(data_dir: Path, **env: str) -> Iterator[str]:
    port = free_port()
    node = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "xuanyong.wsgi:application", "--workers", "1",
         "--bind", f"127.0.0.1:{port}"],
        env=_env(data_dir, **env), start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1)
            break
        except OSError:
            if time.monotonic() > deadline or node.poll() is not None:
                raise RuntimeError("the node did not start") from None
            time.sleep(0.1)
    try:
        yield base
    finally:
        if node.poll() is None:
            os.killpg(node.pid, signal.SIGKILL)
        node.wait()


def _browse_then_kill(base: str) -> None:
    for page in PAGES:
        request = urllib.request.Request(base + urllib.parse.quote(page, safe="/?="))
        request.add_header("User-Agent", BROWSER_UA)
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200


def _kinds_in_database(data_dir: Path) -> list[str]:
    with sqlite3.connect(data_dir / "xuanyong.sqlite3") as db:
        return sorted(kind for (kind,) in db.execute("SELECT kind FROM analytics_event"))


def _kinds_in_stream() -> list[str]:
    entries = stream._client().xrange(stream._key())
    return sorted(stream._decode(fields[b"e"])["kind"] for _, fields in entries)


# Every page is a view; the search page is a search (with no result, on an empty catalog) too.
EXPECTED = sorted(["view"] * len(PAGES) + ["search_no_result"])


def test_page_views_survive_a_killed_node_on_sqlite(migrated: Path) -> None:
    assert _kinds_in_database(migrated) == []
    server = _serve(migrated)
    base = next(server)
    _browse_then_kill(base)
    server.close()  # SIGKILL to the master and its worker: no atexit, no graceful anything
    assert _kinds_in_database(migrated) == EXPECTED


@pytest.mark.skipif(not settings.REDIS_URL, reason="the event stream needs REDIS_URL (CI sets it)")
def test_page_views_survive_a_killed_node_in_the_redis_stream(migrated: Path) -> None:
    assert _kinds_in_stream() == []
    prefix = settings.CACHES["default"]["KEY_PREFIX"]
    server = _serve(migrated, REDIS_URL=settings.REDIS_URL, XUANYONG_CACHE_KEY_PREFIX=prefix)
    base = next(server)
    _browse_then_kill(base)
    server.close()
    assert _kinds_in_stream() == EXPECTED
