"""The database router: anonymous reads to a healthy replica, everything else to the primary.

A read goes to a replica only when the request allowed it (``ReadRoutingMiddleware``: a safe
method from a visitor without a session, token or recent write of their own), the request has
not written yet, and no transaction is open on the primary. Migrations run on the primary only;
replicas receive them by replication.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections

from xuanyong.lib import metrics, routing

from . import replicas


def read_alias() -> str:
    state = routing.current()
    if state is None or not state.replica_allowed or state.wrote:
        return DEFAULT_DB_ALIAS
    if connections[DEFAULT_DB_ALIAS].in_atomic_block:
        return DEFAULT_DB_ALIAS
    if state.replica_used is None:
        state.replica_used = _connected_replica()
        if state.replica_used is None:
            state.replica_allowed = False  # none usable: this request reads the primary throughout
            return DEFAULT_DB_ALIAS
    return state.replica_used


def _connected_replica() -> str | None:
    """A usable replica whose connection works now: one that went away since its last check is
    found here, at the request's first read (connecting, or Django's per-request health check of a
    kept connection), not by a query failing halfway through a page."""
    while (alias := replicas.pick()) is not None:
        try:
            connections[alias].ensure_connection()
        except DatabaseError as exc:
            replicas.mark_down(alias, f"{type(exc).__name__}: {exc}")
            continue
        return alias
    return None


class PrimaryReplicaRouter:
    def db_for_read(self, model: Any, **hints: Any) -> str | None:
        if not settings.DATABASE_REPLICAS:
            return None
        alias = read_alias()
        metrics.DB_READS.labels(alias).inc()
        return alias

    def db_for_write(self, model: Any, **hints: Any) -> str:
        state = routing.current()
        if state is not None:
            state.wrote = True
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool | None:
        # Every alias is the same database (replicas are copies of the primary).
        names = {DEFAULT_DB_ALIAS, *settings.DATABASE_REPLICAS}
        return True if {obj1._state.db, obj2._state.db} <= names else None

    def allow_migrate(self, db: str, app_label: str, **hints: Any) -> bool | None:
        return db == DEFAULT_DB_ALIAS
