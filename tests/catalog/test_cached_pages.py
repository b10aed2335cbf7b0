from __future__ import annotations

import re

from django.test import Client
from django.urls import reverse

from xuanyong.catalog.services import offering_rename, offering_save, plan_create
from xuanyong.web.services import site_settings_update

from ..base import PASSWORD, PersonasTestCase
from .helpers import make_offering, pos_category


class CachedOfferingPageTests(PersonasTestCase):
    """Offering and category pages reuse HTML cached per catalog version: edits show at once,
    and what differs per visitor (CSRF token, login, compare tray, hotline) is never shared."""

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.pos = pos_category()
        attrs = {"offline_mode": True, "payment": ["wechat"], "scale": "small"}
        cls.offering = make_offering(cls.pos, "云掌柜收银", vendor=cls.vendor_a, attributes=attrs)
        cls.twin = make_offering(cls.pos, "快收银", vendor=cls.vendor_b, attributes=attrs)

    def page(self, url: str, client: Client | None = None) -> str:
        response = (client or self.client).get(url)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_an_attribute_edit_shows_on_the_page_at_once(self) -> None:
        url = self.offering.get_absolute_url()
        self.assertIn("<dt>适合规模</dt><dd>小微</dd>", self.page(url))
        self.offering.attributes = {**self.offering.attributes, "scale": "chain"}
        with self.captureOnCommitCallbacks(execute=True):
            offering_save(offering=self.offering)
        self.assertIn("<dt>适合规模</dt><dd>连锁</dd>", self.page(url))

    def test_a_rename_shows_on_its_page_on_the_pages_listing_it_as_an_alternative_and_in_cards(self) -> None:
        twin_page, category_url = self.twin.get_absolute_url(), self.pos.get_absolute_url()
        self.assertIn("云掌柜收银", self.page(twin_page))
        self.assertIn("云掌柜收银", self.page(category_url))
        with self.captureOnCommitCallbacks(execute=True):
            offering_rename(offering=self.offering, name="云掌柜智慧收银")
        self.assertIn("<h1>云掌柜智慧收银</h1>", self.page(self.offering.get_absolute_url()))
        alternatives = self.page(twin_page)
        self.assertIn("云掌柜智慧收银", alternatives[alternatives.index("快收银 的替代品") :])
        self.assertIn(f'href="{self.offering.get_absolute_url()}"', alternatives)
        self.assertIn("云掌柜智慧收银", self.page(category_url))

    def test_a_new_plan_shows_at_once(self) -> None:
        url = self.offering.get_absolute_url()
        self.assertNotIn("旗舰版", self.page(url))
        with self.captureOnCommitCallbacks(execute=True):
            plan_create(offering=self.offering, name="旗舰版", price=1999)
        self.assertIn("旗舰版", self.page(url))

    def test_compare_buttons_carry_each_visitors_own_csrf_token_and_path(self) -> None:
        url = self.twin.get_absolute_url()
        for n in range(2):  # the second visitor gets the page from the cache
            with self.subTest(visitor=n):
                visitor = Client(enforce_csrf_checks=True)
                page = self.page(f"{url}?from={n}", visitor)
                tokens = re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
                self.assertEqual(len(tokens), 2)  # a button for the offering, one for its alternative
                self.assertEqual(page.count(f'name="next" value="{url}?from={n}"'), 2)
                for token in set(tokens):
                    response = visitor.post(
                        reverse("catalog:tray"),
                        {"csrfmiddlewaretoken": token, "slug": self.offering.slug, "next": url},
                    )
                    self.assertEqual(response.status_code, 302)  # a shared token would be a 403

    def test_login_state_compare_tray_and_hotline_are_per_visitor(self) -> None:
        url = self.twin.get_absolute_url()
        self.assertIn("登录", self.page(url))  # an anonymous visit fills the cache
        buyer = Client()
        buyer.login(email=self.buyer.email, password=PASSWORD)
        buyer.post(reverse("catalog:tray"), {"slug": self.offering.slug, "action": "add", "next": url})
        page = self.page(url, buyer)
        self.assertIn("采购者小王", page)
        self.assertIn("对比栏（1/4）", page)
        self.assertNotIn("采购者小王", self.page(url))
        with self.captureOnCommitCallbacks(execute=True):
            site_settings_update(hotline="400-1234-567")
        self.assertIn('<p class="hotline-big">400-1234-567</p>', self.page(url))

    def test_canonical_link_and_json_ld_use_each_visits_host(self) -> None:
        url = self.offering.get_absolute_url()
        for host in ("testserver", "localhost"):
            with self.subTest(host=host):
                page = self.client.get(url, headers={"host": host}).content.decode()
                self.assertIn(f'<link rel="canonical" href="http://{host}{url}">', page)
                self.assertIn(f'"url": "http://{host}{url}"', page)
                self.assertNotIn("xyShared7", page)
