"""CTA clicks through the CSRF-checked beacon, and searches with and without results."""

from __future__ import annotations

from tests.catalog.helpers import make_offering, pos_category
from tests.factories import CategoryFactory, OfferingFactory
from xuanyong.analytics.models import Event

from .helpers import BOT_UA, AnalyticsTestCase


class CtaClickTests(AnalyticsTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.category = CategoryFactory()
        cls.offering = OfferingFactory(slug="keruyun", primary_category=cls.category)

    def beacon(self, client, **data):  # type: ignore[no-untyped-def]
        token = client.cookies["csrftoken"].value
        return self.visit(client, "post", "/t/cta/", data={"csrfmiddlewaretoken": token, **data})

    def test_click_on_an_offering_cta_is_recorded_with_its_offering(self) -> None:
        client = self.browser(enforce_csrf_checks=True)
        self.get(client, "/p/keruyun/")
        response = self.beacon(client, cta="quote", source="offering", path="/p/keruyun/")
        self.assertEqual(response.status_code, 204)
        [click] = self.events(kind=Event.Kind.CTA_CLICK)
        self.assertEqual(click.detail, "quote:offering")
        self.assertEqual((click.offering_id, click.category_id), (self.offering.pk, self.category.pk))

    def test_beacon_without_csrf_token_is_refused(self) -> None:
        client = self.browser(enforce_csrf_checks=True)
        response = self.visit(client, "post", "/t/cta/", data={"cta": "quote", "path": "/"})
        self.assertEqual(response.status_code, 403)
        self.assertEqual(self.events(), [])

    def test_bad_input_gets_a_chinese_error_with_a_code(self) -> None:
        client = self.browser(enforce_csrf_checks=True)
        self.get(client, "/")
        response = self.beacon(client, cta="hack", source="offering", path="/")
        self.assertEqual(response.status_code, 400)
        self.assertEqual(response.json()["error"]["code"], "cta_unknown")
        response = self.beacon(client, cta="demo", source="offering", path="https://evil.example.com/")
        self.assertEqual(response.json()["error"], {"code": "cta_path", "message": "页面地址无效"})
        self.assertEqual(self.events(kind=Event.Kind.CTA_CLICK), [])

    def test_bot_clicks_are_not_recorded(self) -> None:
        client = self.browser(BOT_UA)
        response = self.visit(client, "post", "/t/cta/", data={"cta": "consult", "path": "/p/keruyun/"})
        self.assertEqual(response.status_code, 204)
        self.assertEqual(self.events(), [])


class SearchEventTests(AnalyticsTestCase):
    def test_search_without_result_is_logged_with_its_term(self) -> None:
        client = self.browser()
        self.get(client, "/search/?q=量子收银机")
        self.get(client, "/search/?q=量子收银机&page=2")  # paging is not a new search
        [event] = self.events(kind__in=[Event.Kind.SEARCH, Event.Kind.SEARCH_NO_RESULT])
        self.assertEqual(event.kind, Event.Kind.SEARCH_NO_RESULT)
        self.assertEqual(event.term, "量子收银机")

    def test_search_with_results_is_a_search_event(self) -> None:
        make_offering(pos_category(), "客如云收银")  # indexed as it is saved
        self.get(self.browser(), "/search/?q=客如云")
        [event] = self.events(kind__in=[Event.Kind.SEARCH, Event.Kind.SEARCH_NO_RESULT])
        self.assertEqual((event.kind, event.term), (Event.Kind.SEARCH, "客如云"))

    def test_phone_numbers_and_emails_typed_into_search_are_masked(self) -> None:
        client = self.browser()
        self.get(client, "/search/?q=13800138000 张经理")
        self.get(client, "/search/?q=zhang@example.com 报价")
        terms = [e.term for e in self.events(kind=Event.Kind.SEARCH_NO_RESULT)]
        self.assertEqual(terms, ["＊ 张经理", "＊ 报价"])


class CtaRateTests(AnalyticsTestCase):
    def test_a_flood_of_clicks_from_one_visitor_is_capped(self) -> None:
        client = self.browser()
        self.get(client, "/")
        for _ in range(40):
            response = self.visit(
                client, "post", "/t/cta/", data={"cta": "consult", "source": "home", "path": "/"}
            )
            self.assertEqual(response.status_code, 204)
        self.assertEqual(len(self.events(kind=Event.Kind.CTA_CLICK)), 30)
