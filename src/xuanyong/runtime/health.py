"""Readiness: can this node serve? The primary answers and every migration is applied.

Replicas and Redis are reported but never make a node unready: reads fall back to the primary,
and without Redis pages are served uncached (events go to the database). Every node shares them,
so gating on them would take the whole site out of the load balancer at once. Each check is
timed so an operator sees which dependency is slow, not only which failed.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import Any

from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.migrations.executor import MigrationExecutor
from redis.exceptions import RedisError

from xuanyong.lib.redis_client import redis_client

from . import replicas

Check = dict[str, Any]
_migrated = False  # once every migration is applied it stays so: later checks skip the graph


def _timed(check: Callable[[], Check]) -> Check:
    started = time.perf_counter()
    try:
        result = check()
    except (DatabaseError, RedisError, OSError) as exc:
        result = {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:300]}
    result["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def _primary() -> Check:
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"ok": True}


def _migrations() -> Check:
    global _migrated
    if not _migrated:
        executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if pending:
            return {"ok": False, "pending": len(pending), "error": "有未执行的数据库迁移"}
        _migrated = True
    return {"ok": True, "pending": 0}


def _redis() -> Check:
    client = redis_client()
    if client is None:
        return {"ok": True, "configured": False}
    client.ping()
    return {"ok": True, "configured": True}


def _replica(alias: str) -> Check:
    verdict = replicas.verdict(alias)  # the router's own view, re-checked when stale
    result: Check = {"alias": alias, "ok": verdict.usable, "reachable": verdict.reachable}
    result["lag_seconds"] = None if verdict.lag_seconds is None else round(verdict.lag_seconds, 3)
    if verdict.error:
        result["error"] = verdict.error
    return result


def readiness() -> tuple[bool, dict[str, Any]]:
    """(ready, report): ready when the primary answers and the migrations are applied."""
    primary = _timed(_primary)
    checks: dict[str, Any] = {
        "primary": primary,
        "replicas": [_timed(functools.partial(_replica, alias)) for alias in replicas.aliases()],
        "redis": _timed(_redis),
        "migrations": _timed(_migrations) if primary["ok"] else {"ok": False, "error": "主库不可用"},
    }
    ready = checks["primary"]["ok"] and checks["migrations"]["ok"]
    return ready, {"status": "ready" if ready else "not_ready", "checks": checks}
