"""Raw SQL that only reads goes through the connection the router picks for reads."""

from __future__ import annotations

from typing import Any

from django.db import connections, router
from django.db.backends.base.base import BaseDatabaseWrapper


def read_connection(model: Any) -> BaseDatabaseWrapper:
    """The connection a read of ``model`` uses: a replica when the request may read from one."""
    return connections[router.db_for_read(model)]
