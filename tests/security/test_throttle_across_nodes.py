"""The login throttle holds across two app processes that share one Redis server.

Two real gunicorn nodes serve one SQLite file and one Redis: failures spread over both add up,
and the lock one node set refuses the right password on the other.
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from ..processes import free_port

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
EMAIL, PASSWORD = "node-buyer@example.com", "a-long-node-passphrase"


def _redis_reachable() -> bool:
    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


pytestmark = pytest.mark.skipif(
    not _redis_reachable(), reason=f"needs a Redis server at {REDIS_URL} (set REDIS_URL)"
)


class Node:
    """One browser-like client of one node: a cookie jar, CSRF token and form posts."""

    def __init__(self, port: int) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def get(self, path: str) -> tuple[int, str]:
        return self._open(urllib.request.Request(self.base + path))

    def login(self, password: str) -> tuple[int, str]:
        status, html = self.get("/accounts/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        assert status == 200 and token, "the login page has no form"
        data = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token.group(1), "username": EMAIL, "password": password}
        ).encode()
        return self._open(urllib.request.Request(self.base + "/accounts/login/", data=data))

    def _open(self, request: urllib.request.Request) -> tuple[int, str]:
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()


@pytest.fixture
def two_nodes(tmp_path: Path) -> Iterator[tuple[Node, Node]]:
    prefix = f"xy-test-{uuid.uuid4().hex[:12]}"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "PYTEST_XDIST_WORKER", "DJANGO_SETTINGS_MODULE")
    }
    env.update(
        XUANYONG_DATA_DIR=str(tmp_path), REDIS_URL=REDIS_URL, XUANYONG_CACHE_KEY_PREFIX=prefix,
        XUANYONG_EAGER_TASKS="1", SECRET_KEY="node-test-secret", DEBUG="0",
    )  # fmt: skip
    cli = [sys.executable, "-m", "xuanyong.cli"]
    subprocess.run([*cli, "manage", "migrate", "-v0"], env=env, check=True)
    create = (
        "from xuanyong.accounts.services import user_signup;"
        f"user_signup(email='{EMAIL}', display_name='节点测试', password='{PASSWORD}')"
    )
    subprocess.run([*cli, "manage", "shell", "-c", create], env=env, check=True)
    ports = [free_port(), free_port()]
    gunicorn = [sys.executable, "-m", "gunicorn", "xuanyong.wsgi:application", "--workers", "1"]
    servers = [subprocess.Popen([*gunicorn, "--bind", f"127.0.0.1:{port}"], env=env) for port in ports]
    try:
        nodes = (Node(ports[0]), Node(ports[1]))
        for node in nodes:
            _wait_until_serving(node)
        yield nodes
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)
        client = redis.Redis.from_url(REDIS_URL)
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)


def _wait_until_serving(node: Node) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if node.get("/accounts/login/")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)  # polling a starting server, not waiting for a result
    raise AssertionError(f"{node.base} did not start serving")


def test_failures_on_two_nodes_add_up_and_the_lock_holds_on_both(two_nodes: tuple[Node, Node]) -> None:
    a, b = two_nodes
    for node in (a, b, a, b):
        status, html = node.login("wrong-password")
        assert status == 200 and "邮箱或密码不正确" in html
    status, html = b.login("wrong-password")  # the fifth failure, counted in the shared Redis
    assert status == 429 and "登录失败次数过多" in html
    for node in (a, b):
        status, html = node.login(PASSWORD)
        assert status == 429 and "15 分钟后再试" in html
