"""A second database alias for router tests: a "replica" that is the test database itself (as
CI's PostgreSQL run configures with DATABASE_REPLICA_URLS), or one whose server is not there."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.db import connections
from django.test import TransactionTestCase, override_settings

from xuanyong.runtime import replicas

ALIAS = "replica_t"


def down() -> dict[str, Any]:
    """Settings of a replica whose server is not there: a port nothing listens on (refused at
    once, like a stopped server), or for SQLite a file that cannot be opened."""
    if connections["default"].vendor == "sqlite":
        return {"NAME": "/nonexistent/replica/xuanyong.sqlite3"}
    return {"HOST": "127.0.0.1", "PORT": "1", "OPTIONS": {"connect_timeout": 2}}


class ReplicaTestCase(TransactionTestCase):
    """Committed data, and the alias ``replica_t`` reading the same database (a mirror)."""

    databases = "__all__"

    @classmethod
    def setUpClass(cls) -> None:
        settings_dict = {**connections["default"].settings_dict, "TEST": {"MIRROR": "default"}}
        connections.settings[ALIAS] = settings_dict
        super().setUpClass()  # "__all__" now takes the alias in

    @classmethod
    def tearDownClass(cls) -> None:
        super().tearDownClass()
        connections[ALIAS].close()
        del connections[ALIAS]
        del connections.settings[ALIAS]

    @contextmanager
    def replica(self, **changes: Any) -> Iterator[None]:
        """Route reads to the alias (with these settings changed: ``down()``) for the block."""
        saved = dict(connections.settings[ALIAS])
        self.replica_changes(**changes)
        try:
            with override_settings(DATABASE_REPLICAS=[ALIAS]):
                yield
        finally:
            replicas.forget()
            self.replica_changes(**saved)

    @staticmethod
    def replica_changes(**changes: Any) -> None:
        """Change the alias's settings; its next query connects anew with them (closing is not
        enough for SQLite's in-memory test database, whose connection lives as long as its
        wrapper)."""
        connections[ALIAS].close()
        del connections[ALIAS]
        connections.settings[ALIAS].update(changes)
