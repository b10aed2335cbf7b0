"""/healthz answers without I/O; /readyz tells a load balancer whether this node can serve."""

from __future__ import annotations

import json

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from xuanyong.runtime import health

from .replicas import ReplicaTestCase, down


class HealthTests(TestCase):
    databases = "__all__"  # /readyz checks the replicas too (CI's PostgreSQL run has one)

    def setUp(self) -> None:
        health._migrated = False  # each test checks the migrations for itself

    def test_healthz_answers_without_touching_the_database(self) -> None:
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"status": "ok"})
        self.assertEqual(len(queries), 0)
        self.assertIn("no-cache", response["Cache-Control"])

    def test_readyz_reports_every_dependency(self) -> None:
        response = self.client.get("/readyz")
        self.assertEqual(response.status_code, 200)
        report = response.json()
        self.assertEqual(report["status"], "ready")
        self.assertTrue(report["checks"]["primary"]["ok"])
        self.assertEqual(
            report["checks"]["migrations"],
            {"ok": True, "pending": 0, "ms": report["checks"]["migrations"]["ms"]},
        )
        self.assertTrue(report["checks"]["redis"]["ok"])

    @override_settings(REDIS_URL="redis://127.0.0.1:1/0")
    def test_an_unreachable_redis_is_reported_but_the_node_stays_ready(self) -> None:
        """Every node shares Redis: taking them all out of the load balancer would help no one,
        and pages are served without the cache meanwhile."""
        response = self.client.get("/readyz")
        self.assertEqual(response.status_code, 200)
        redis_check = json.loads(response.content)["checks"]["redis"]
        self.assertFalse(redis_check["ok"])
        self.assertIn("ConnectionError", redis_check["error"])

    @override_settings(MIGRATION_MODULES={"runtime": "tests.runtime.unapplied_migrations"})
    def test_unapplied_migrations_make_the_node_unready(self) -> None:
        response = self.client.get("/readyz")
        self.assertEqual(response.status_code, 503)
        self.assertEqual(response.json()["checks"]["migrations"]["pending"], 1)


class ReplicaReadinessTests(ReplicaTestCase):
    def test_a_replica_is_reported_with_its_lag(self) -> None:
        with self.replica():
            response = self.client.get("/readyz")
        self.assertEqual(response.status_code, 200)
        [replica] = response.json()["checks"]["replicas"]
        self.assertEqual((replica["alias"], replica["ok"], replica["lag_seconds"]), ("replica_t", True, 0))

    def test_a_replica_that_is_down_does_not_make_the_node_unready(self) -> None:
        with self.replica(**down()):
            response = self.client.get("/readyz")
        self.assertEqual(response.status_code, 200, "reads fall back to the primary")
        [replica] = response.json()["checks"]["replicas"]
        self.assertEqual((replica["ok"], replica["reachable"]), (False, False))
        self.assertTrue(replica["error"])
