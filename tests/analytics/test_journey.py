"""The scripted visitor journey the issue asks for, through real URLs:

share link → article → offering → CTA → quote request → the vendor marks it won.
Each funnel step counts exactly once for that channel and that category; a bot adds nothing;
no event holds the buyer's phone, e-mail or name.
"""

from __future__ import annotations

import csv
import io

from django.db.models import Q

from tests.factories import ArticleFactory, CategoryFactory, OfferingFactory
from xuanyong.analytics.models import ALL, DailyFunnel, Event
from xuanyong.analytics.services import channel_create
from xuanyong.leads.models import Lead, LeadRoute

from .helpers import BOT_UA, AnalyticsTestCase

PHONE, EMAIL, NAME = "13800138000", "wang.li@example.com", "王丽"


class JourneyTests(AnalyticsTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.category = CategoryFactory(name="收银系统", slug="shouyin-xitong")
        cls.offering = OfferingFactory(
            name="甲收银", slug="jia-shouyin", vendor=cls.vendor_a, primary_category=cls.category
        )
        cls.article = ArticleFactory(title="餐饮收银系统怎么选", slug="canyin-shouyin", category=cls.category)
        cls.channel = channel_create(
            name="杭州餐饮老板群", code="hz-canyin", target_path="/a/canyin-shouyin/", utm_source="wechat"
        )
        cls.other_channel = channel_create(name="收银测评达人", kind="kol", code="kol-li")

    def buyer_journey(self) -> None:
        client = self.browser()
        landing = self.get(client, "/s/hz-canyin")["Location"]
        self.assertContains(self.get(client, landing), "餐饮收银系统怎么选")
        self.assertContains(self.get(client, "/p/jia-shouyin/"), 'data-cta="quote"')
        self.visit(
            client, "post", "/t/cta/",
            data={"cta": "quote", "source": "offering", "path": "/p/jia-shouyin/"},
        )  # fmt: skip
        form_page = self.get(client, "/leads/new/?kind=quote&offering=jia-shouyin")
        initial = form_page.context["form"].initial
        response = self.visit(
            client, "post", "/leads/new/",
            data={"kind": "quote", "name": NAME, "phone": PHONE, "email": EMAIL, "company": "丽华餐饮",
                  "need": "3 家门店，需要外卖对接", "consent": "on", "offer": initial["offer"],
                  "idem": initial.get("idem", "journey-1")},
        )  # fmt: skip
        self.assertEqual(response.status_code, 302, response.content.decode()[:500])

    def vendor_marks_won(self) -> Lead:
        lead = Lead.objects.get()
        route = LeadRoute.objects.get(lead=lead, vendor=self.vendor_a)
        vendor = self.browser()
        vendor.force_login(self.vendor_a_member)
        response = self.visit(vendor, "post", f"/vendor/leads/{route.pk}/status/", data={"status": "won"})
        self.assertEqual(response.status_code, 302)
        return lead

    def funnel(self, **where: int) -> dict[str, int]:
        rows = DailyFunnel.objects.filter(**where)
        return {r.step: r.events if r.step in ("lead", "won") else r.visitors for r in rows}

    def test_each_step_counts_once_for_the_channel_and_the_category(self) -> None:
        self.buyer_journey()
        lead = self.vendor_marks_won()
        self.assertEqual(lead.channel, "hz-canyin")

        editor = self.browser()
        editor.force_login(self.editor)
        self.assertContains(self.get(editor, "/ops/"), "杭州餐饮老板群（hz-canyin）")  # rolls today up

        once = {"visit": 1, "offering": 1, "cta": 1, "lead": 1, "won": 1}
        self.assertEqual(self.funnel(channel_id=self.channel.pk, category_id=ALL), once)
        self.assertEqual(self.funnel(channel_id=ALL, category_id=self.category.pk), once)
        self.assertEqual(self.funnel(channel_id=self.channel.pk, category_id=self.category.pk), once)
        self.assertEqual(self.funnel(channel_id=self.other_channel.pk, category_id=ALL), {})

        rows = list(
            csv.reader(
                io.StringIO(self.get(editor, "/ops/export/funnel-channel.csv").content.decode("utf-8-sig"))
            )
        )
        self.assertIn(["杭州餐饮老板群（hz-canyin）", "1", "1", "1", "1", "1", "100.0%", "100.0%"], rows)
        rows = list(
            csv.reader(
                io.StringIO(self.get(editor, "/ops/export/funnel-category.csv").content.decode("utf-8-sig"))
            )
        )
        self.assertIn(["收银系统", "1", "1", "1", "1", "1", "100.0%", "100.0%"], rows)
        rows = list(
            csv.reader(
                io.StringIO(self.get(editor, "/ops/export/articles-leads.csv").content.decode("utf-8-sig"))
            )
        )
        self.assertEqual(rows[1][0], "餐饮收银系统怎么选", "the article that led to the lead is credited")

        won = Event.objects.get(kind=Event.Kind.LEAD_STATUS_CHANGE)
        submitted = Event.objects.get(kind=Event.Kind.LEAD_SUBMIT)
        self.assertEqual(
            (won.visitor_id, won.channel_id, won.category_id),
            (submitted.visitor_id, self.channel.pk, self.category.pk),
            "the vendor's action carries the lead's visitor, channel and category",
        )

    def test_bot_traffic_does_not_appear(self) -> None:
        client = self.browser(BOT_UA)
        self.get(client, self.get(client, "/s/hz-canyin")["Location"])
        self.get(client, "/p/jia-shouyin/")
        self.visit(
            client, "post", "/t/cta/", data={"cta": "quote", "source": "offering", "path": "/p/jia-shouyin/"}
        )
        self.assertEqual(self.events(), [])

    def test_events_hold_no_phone_email_or_name(self) -> None:
        self.buyer_journey()
        self.vendor_marks_won()
        events = self.events()
        self.assertGreaterEqual(len(events), 6)
        text_fields = [f.name for f in Event._meta.get_fields() if f.get_internal_type() == "CharField"]
        for needle in (PHONE, PHONE[-8:], EMAIL, "example.com", NAME, "丽华餐饮"):
            leaks = Event.objects.filter(
                Q(*[Q(**{f"{field}__contains": needle}) for field in text_fields], _connector=Q.OR)
            )
            self.assertFalse(leaks.exists(), needle)
