"""Page views through the real middleware: who, what, from where — and what is not recorded."""

from __future__ import annotations

from tests.factories import ArticleFactory, CategoryFactory, OfferingFactory
from xuanyong.analytics.models import Event
from xuanyong.lib.visitor import COOKIE_NAME

from .helpers import BOT_UA, PHONE_UA, AnalyticsTestCase


class PageViewTests(AnalyticsTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.category = CategoryFactory(name="收银系统", slug="shouyin-xitong")
        cls.offering = OfferingFactory(name="客如云", slug="keruyun", primary_category=cls.category)
        cls.article = ArticleFactory(title="收银系统怎么选", slug="shouyin-zenme-xuan")

    def test_offering_view_carries_object_category_device_and_visitor(self) -> None:
        client = self.browser(PHONE_UA)
        response = self.get(client, "/p/keruyun/", HTTP_REFERER="https://mp.weixin.qq.com/s/abc?from=group")
        self.assertEqual(response.status_code, 200)
        visitor = response.cookies[COOKIE_NAME].value
        [event] = self.events()
        self.assertEqual(event.kind, Event.Kind.VIEW)
        self.assertEqual((event.object_type, event.object_id), ("offering", self.offering.pk))
        self.assertEqual(event.offering_id, self.offering.pk)
        self.assertEqual(event.category_id, self.category.pk)
        self.assertEqual(event.device, "mobile")
        self.assertEqual(event.referrer_host, "mp.weixin.qq.com")
        self.assertEqual(event.visitor_id, visitor)
        self.assertTrue(event.session_id)
        self.assertIsNone(event.channel_id)

    def test_same_visitor_and_session_across_pages(self) -> None:
        client = self.browser()
        self.get(client, "/")
        self.get(client, "/c/shouyin-xitong/")
        self.get(client, "/p/keruyun/", HTTP_REFERER="http://testserver/c/shouyin-xitong/")
        events = self.events(kind=Event.Kind.VIEW)
        self.assertEqual([e.object_type for e in events], ["home", "category", "offering"])
        self.assertEqual(len({e.visitor_id for e in events}), 1)
        self.assertEqual(len({e.session_id for e in events}), 1)
        self.assertEqual(events[1].category_id, self.category.pk)
        self.assertEqual(events[2].referrer_host, "", "our own pages are not a referrer")

    def test_article_view_and_read_are_both_recorded_once(self) -> None:
        client = self.browser()
        self.get(client, "/a/shouyin-zenme-xuan/")
        self.get(client, "/a/shouyin-zenme-xuan/")  # a second read within 30 minutes does not count
        self.assertEqual(len(self.events(kind=Event.Kind.VIEW, article_id=self.article.pk)), 2)
        [read] = self.events(kind=Event.Kind.READ)
        self.assertEqual(read.article_id, self.article.pk)
        self.article.refresh_from_db()
        self.assertEqual(self.article.read_count, 1, "the counter and the read events agree")

    def test_bots_leave_no_events_and_no_reads(self) -> None:
        client = self.browser(BOT_UA)
        for path in ("/", "/p/keruyun/", "/a/shouyin-zenme-xuan/", "/c/shouyin-xitong/"):
            self.assertEqual(self.get(client, path).status_code, 200)
        self.get(self.browser(""), "/p/keruyun/")  # no user agent at all
        self.assertEqual(self.events(), [])
        self.article.refresh_from_db()
        self.assertEqual(self.article.read_count, 0)

    def test_fragments_errors_redirects_and_back_office_are_not_page_views(self) -> None:
        client = self.browser()
        self.get(client, "/p/keruyun/", HTTP_HX_REQUEST="true")
        self.get(client, "/p/no-such-offering/")
        self.get(client, "/search/suggest?q=shouyin")
        client.force_login(self.editor)
        self.get(client, "/ops/")
        self.get(client, "/ops/leads/")
        self.get(client, "/admin/")
        self.assertEqual(self.events(kind=Event.Kind.VIEW), [])

    def test_compare_page_records_a_compare_event(self) -> None:
        OfferingFactory(name="银豹", slug="yinbao", primary_category=self.category)
        self.get(self.browser(), "/compare/?o=keruyun,yinbao")
        [event] = self.events(kind=Event.Kind.COMPARE)
        self.assertEqual(event.detail, "2")

    def test_visitor_cookie_is_set_on_every_page(self) -> None:
        response = self.get(self.browser(), "/c/shouyin-xitong/")
        self.assertIn(COOKIE_NAME, response.cookies)
        self.assertIn("xy_sid", response.cookies)
