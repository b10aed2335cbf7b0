from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.conf import settings
from django.core.cache import cache


def pytest_configure(config: pytest.Config) -> None:
    # A fast hasher keeps persona creation cheap; tests never check hash strength.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _isolated_cache() -> Iterator[None]:
    """Cached fragments (menu, site settings) must not leak from one test into the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _empty_event_buffer() -> None:
    """Analytics events buffered by an earlier test (a live server's requests) must not be
    flushed into this test's database."""
    from xuanyong.analytics import buffer

    buffer.discard()


@pytest.fixture(autouse=True)
def _eager_tasks() -> None:
    from xuanyong.celery import app

    app.conf.task_always_eager = True
    app.conf.task_eager_propagates = True


def pytest_unconfigure(config: pytest.Config) -> None:
    """Events a test left in the analytics buffer must not be written at exit, after the test
    database is gone (a harmless but noisy error)."""
    from xuanyong.analytics import buffer

    buffer.discard()
