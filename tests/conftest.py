from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.conf import settings
from django.core.cache import cache


def pytest_configure(config: pytest.Config) -> None:
    # A fast hasher keeps persona creation cheap; tests never check hash strength.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """With read replicas configured (CI's PostgreSQL run), committed-data tests may read them:
    the router sends their anonymous requests there (replicas mirror the test database)."""
    if not settings.DATABASE_REPLICAS:
        return
    from django.test import TestCase, TransactionTestCase

    databases = ["default", *settings.DATABASE_REPLICAS]
    for item in items:
        cls = getattr(item, "cls", None)
        plain = cls and issubclass(cls, TransactionTestCase) and not issubclass(cls, TestCase)
        if plain and cls.databases == {"default"}:
            cls.databases = set(databases)
        uses_committed_data = {"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ()))
        if cls is None and uses_committed_data and item.get_closest_marker("django_db") is None:
            item.add_marker(pytest.mark.django_db(transaction=True, databases=databases))


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
def _fresh_replica_verdicts() -> None:
    """A replica one test took down must not be skipped by the next."""
    from xuanyong.runtime import replicas

    replicas.forget()


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


# --- the hostile-form matrix (tests/security/test_hostile_forms.py) ---------------------------
_hostile_outcomes: list[tuple[str, str, list[str]]] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    # user_properties travel from xdist workers to the controller with the report.
    for name, value in report.user_properties:
        if name == "hostile_outcome" and report.when == "call":
            _hostile_outcomes.append(value)  # type: ignore[arg-type]


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _hostile_outcomes:
        return
    terminalreporter.section("hostile input: forms × values → outcome")
    for form, value, outcomes in sorted(_hostile_outcomes):
        terminalreporter.write_line(f"{form:<28} {value:<14} {' | '.join(outcomes)}")
