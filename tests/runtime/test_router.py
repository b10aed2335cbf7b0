"""The replica router through real requests on a second database alias: who reads where."""

from __future__ import annotations

import time

from django.core.cache import cache
from django.db import connections, router, transaction
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from tests.analytics.helpers import BROWSER_UA
from tests.factories import OfferingFactory
from xuanyong.catalog.models import Offering
from xuanyong.catalog.selectors import catalog_version, catalog_version_bump
from xuanyong.lib import routing
from xuanyong.lib.versions import INVALIDATED_AT_KEY
from xuanyong.runtime import replicas
from xuanyong.runtime.middleware import RECENT_WRITE_COOKIE
from xuanyong.runtime.router import read_alias

from .replicas import ALIAS, ReplicaTestCase, down


# Who reads where while a page renders: a page from the page cache reads nothing at all.
@override_settings(XUANYONG_PAGE_CACHE=False)
class ReplicaRoutingTests(ReplicaTestCase):
    def setUp(self) -> None:
        self.offering = OfferingFactory(name="路由收银")
        self.url = self.offering.get_absolute_url()
        self.visitor = Client(HTTP_USER_AGENT=BROWSER_UA)

    def reads(self, client: Client, url: str, *, replica_up: bool = True) -> tuple[int, int, int]:
        """(status, reads on the primary, queries on the replica) of one request."""
        client.get(url)  # first visit of the site: settings rows are created (a write)
        with CaptureQueriesContext(connections["default"]) as primary:
            if replica_up:
                with CaptureQueriesContext(connections[ALIAS]) as replica:
                    status = client.get(url).status_code
            else:
                status, replica = client.get(url).status_code, []
        # The page view's event is written to the primary (or the stream): a write, not a read.
        selects = [q["sql"] for q in primary.captured_queries if q["sql"].startswith("SELECT")]
        return status, len(selects), len(replica)

    def test_an_anonymous_visitor_reads_from_the_replica(self) -> None:
        with self.replica():
            status, on_primary, on_replica = self.reads(self.visitor, self.url)
        self.assertEqual(status, 200)
        self.assertGreater(on_replica, 0)
        self.assertEqual(on_primary, 0)

    def test_search_reads_the_replica_too(self) -> None:
        with self.replica():
            status, on_primary, on_replica = self.reads(self.visitor, "/search/?q=路由收银")
        self.assertEqual(status, 200)
        self.assertGreater(on_replica, 0)
        self.assertEqual(on_primary, 0, "the index's raw SQL goes through the routed connection")

    def test_a_signed_in_user_reads_from_the_primary(self) -> None:
        self.visitor.cookies["sessionid"] = "x" * 32
        with self.replica():
            status, _, on_replica = self.reads(self.visitor, self.url)
        self.assertEqual((status, on_replica), (200, 0))

    def test_after_their_own_write_a_visitor_reads_the_primary_for_a_while(self) -> None:
        with self.replica():
            response = self.visitor.post("/t/cta/", {"cta": "quote", "source": "offering", "path": self.url})
            self.assertEqual(response.status_code, 204)
            cookie = response.cookies[RECENT_WRITE_COOKIE]
            self.assertGreater(int(cookie.value), time.time())
            self.assertEqual(self.reads(self.visitor, self.url)[2], 0, "read-your-writes: no replica")
            # The window over (the browser drops the cookie; a stale value is ignored too).
            self.visitor.cookies[RECENT_WRITE_COOKIE] = str(int(time.time()) - 1)
            catalog_version_bump()  # a later edit: what the primary reads rendered is cached no more
            self.assertGreater(self.reads(self.visitor, self.url)[2], 0)

    def test_reads_in_a_transaction_or_after_a_write_stay_on_the_primary(self) -> None:
        with self.replica():
            token = routing.begin(replica_allowed=True)
            try:
                self.assertEqual(read_alias(), ALIAS)
                with transaction.atomic():
                    self.assertEqual(read_alias(), "default")
                Offering.objects.filter(pk=self.offering.pk).update(name="改名收银")
                self.assertEqual(read_alias(), "default", "the request wrote: its reads see the write")
            finally:
                routing.end(token)
            self.assertEqual(read_alias(), "default", "outside a request (tasks, commands)")

    def test_a_replica_that_is_down_is_skipped(self) -> None:
        with self.replica(**down()):
            status, on_primary, _ = self.reads(self.visitor, self.url, replica_up=False)
            self.assertEqual(status, 200)
            self.assertGreater(on_primary, 0)
            self.assertFalse(replicas.verdict(ALIAS).usable)

    def test_a_replica_that_lags_past_the_limit_is_skipped(self) -> None:
        with self.replica(), self.settings(DATABASE_REPLICA_MAX_LAG_SECONDS=-1):
            status, on_primary, on_replica = self.reads(self.visitor, self.url)
            self.assertEqual(replicas.verdict(ALIAS).lag_seconds, 0)
        self.assertEqual(status, 200)
        self.assertGreater(on_primary, 0)
        self.assertEqual(on_replica, 0, "checked once (in the first request), then skipped")

    def test_a_replica_gone_since_its_last_check_is_skipped_at_the_first_read(self) -> None:
        with self.replica():
            self.visitor.get(self.url)  # first visit of the site: its settings row is written
            self.assertTrue(replicas.verdict(ALIAS).usable)  # fine when last checked
            self.replica_changes(**down())  # then its server goes away
            response = self.visitor.get(self.url)
            self.assertContains(response, "路由收银")
            self.assertFalse(replicas.verdict(ALIAS).usable)

    def test_a_page_rendered_from_a_replica_right_after_a_write_is_not_cached(self) -> None:
        """The replica may not have replayed the write yet, though the catalog version already
        moved on: cached under the new version, the old page would outlive the write."""
        page_key = lambda: f"catalog:offering-page:{catalog_version()}:zh-hans:{self.offering.pk}"  # noqa: E731
        with self.replica():
            self.visitor.get(self.url)  # first visit of the site: its settings row is written
            catalog_version_bump()  # a vendor's edit has just committed
            self.assertEqual(self.reads(self.visitor, self.url)[:1], (200,))
            self.assertIsNone(cache.get(page_key()), "served from the replica, not kept")
            # Later than the lag limit plus the check interval: the replica has the write.
            cache.set(INVALIDATED_AT_KEY, time.time() - 60, None)
            self.visitor.get(self.url)
            self.assertIsNotNone(cache.get(page_key()))

    def test_migrations_run_on_the_primary_only(self) -> None:
        with self.replica():
            self.assertTrue(router.allow_migrate("default", "catalog"))
            self.assertFalse(router.allow_migrate(ALIAS, "catalog"))
