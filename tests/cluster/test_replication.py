"""Against the running loopback cluster (deploy/local/cluster up): a real streaming replica.

Replay on the replica is paused while the primary keeps writing, so the replica falls behind for
real; the router must stop reading from it, /readyz must say so (and stay ready), and once replay
resumes the replica must come back. Skipped when no cluster runs (CI starts one for this).
"""

from __future__ import annotations

import json
import subprocess
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import dj_database_url
import psycopg
import pytest
from django.db import connections
from django.test import override_settings

from xuanyong.runtime import replicas

CLUSTER = Path(__file__).resolve().parents[2] / "deploy" / "local" / "cluster"
ALIAS = "cluster_replica"


def _status() -> dict[str, Any] | None:
    try:
        found = json.loads(
            subprocess.run([str(CLUSTER), "status"], capture_output=True, text=True, timeout=60).stdout
        )
    except (OSError, ValueError, subprocess.TimeoutExpired):
        return None
    alive = {p["name"] for p in found["processes"] if p["alive"]}
    return found if {"primary", "replica", "lb"} <= alive else None


STATUS = _status()
pytestmark = pytest.mark.skipif(STATUS is None, reason="no loopback cluster runs (deploy/local/cluster up)")


def eventually(condition: Callable[[], bool], what: str, timeout: float = 30) -> None:
    """Poll a condition that time makes true (replication lag grows, then shrinks)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.2)


@pytest.fixture
def cluster_replica(
    django_db_blocker: Any,
) -> Iterator[tuple[psycopg.Connection[Any], psycopg.Connection[Any]]]:
    """The cluster's replica as a database alias of ours (no test database is involved)."""
    assert STATUS is not None
    databases = STATUS["databases"]
    configured = connections.configure_settings(
        {
            "default": dict(connections["default"].settings_dict),
            ALIAS: dj_database_url.parse(databases["replica"]),
        }
    )
    connections.settings[ALIAS] = configured[ALIAS]
    primary = psycopg.connect(databases["primary"], autocommit=True)
    replica = psycopg.connect(databases["replica"], autocommit=True)
    primary.execute("CREATE TABLE IF NOT EXISTS test_lag_probe (id serial PRIMARY KEY)")
    try:
        with (
            django_db_blocker.unblock(),
            override_settings(DATABASE_REPLICAS=[ALIAS], DATABASE_REPLICA_MAX_LAG_SECONDS=1),
        ):
            yield primary, replica
    finally:
        replica.execute("SELECT pg_wal_replay_resume()")
        primary.close()
        replica.close()
        with psycopg.connect(databases["primary"], autocommit=True) as again:  # it may have restarted
            again.execute("DROP TABLE IF EXISTS test_lag_probe")
        replicas.forget()
        connections[ALIAS].close()
        del connections[ALIAS]
        del connections.settings[ALIAS]


def _readyz() -> dict[str, Any]:
    assert STATUS is not None
    with urllib.request.urlopen(STATUS["url"] + "/readyz", timeout=10) as response:
        assert response.status == 200, "a lagging replica never makes a node unready"
        return dict(json.loads(response.read()))


def test_a_replica_that_falls_behind_is_skipped_until_it_catches_up(
    cluster_replica: tuple[psycopg.Connection[Any], psycopg.Connection[Any]],
) -> None:
    primary, replica = cluster_replica
    assert replicas.probe(ALIAS).usable
    assert replicas.pick() == ALIAS

    replica.execute("SELECT pg_wal_replay_pause()")

    def behind() -> bool:
        primary.execute("INSERT INTO test_lag_probe DEFAULT VALUES")  # the primary keeps writing
        return not replicas.probe(ALIAS).usable

    eventually(behind, "the paused replica should fall more than a second behind")
    verdict = replicas.verdict(ALIAS)
    assert verdict.reachable and verdict.lag_seconds is not None and verdict.lag_seconds > 1
    assert replicas.pick() is None, "reads go to the primary"
    # The nodes skip it too once it is past their own limit (2 s by default).
    eventually(lambda: not _readyz()["checks"]["replicas"][0]["ok"], "the nodes should skip it too")

    replica.execute("SELECT pg_wal_replay_resume()")
    eventually(lambda: replicas.probe(ALIAS).usable, "the replica should catch up once replay resumes")
    assert replicas.pick() == ALIAS
    eventually(lambda: _readyz()["checks"]["replicas"][0]["ok"], "the nodes see it caught up too")


def test_a_replica_cut_off_from_its_primary_is_skipped_though_it_looks_caught_up(
    cluster_replica: tuple[psycopg.Connection[Any], psycopg.Connection[Any]],
) -> None:
    """With its primary gone (a restart, a network split), a replica has replayed all it received
    and its lag reads zero, yet it would miss every write from then on: it must not be read until
    it streams again."""
    assert replicas.probe(ALIAS).usable
    cluster("stop", "primary")
    try:
        eventually(
            lambda: "not streaming" in replicas.probe(ALIAS).error, "it should be seen not streaming", 30
        )
        verdict = replicas.verdict(ALIAS)
        assert verdict.reachable and not verdict.usable
        assert replicas.pick() is None
    finally:
        cluster("start", "primary")
    eventually(lambda: replicas.probe(ALIAS).usable, "it should be used again once it streams", 60)
    cluster("up")  # every node back behind the load balancer for what comes next


def cluster(*args: str) -> None:
    subprocess.run([str(CLUSTER), *args], check=True, capture_output=True, timeout=180)
