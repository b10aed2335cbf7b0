"""Done when: a buyer asks for a quote from an offering and a category page, the vendor moves it to
won, the buyer sees the status, and another vendor sees none of it."""

from __future__ import annotations

import csv
import io
from typing import Any

from django.urls import reverse

from xuanyong.leads.models import Lead, LeadAudit, LeadRoute
from xuanyong.leads.signals import lead_status_changed

from ..base import PASSWORD, PersonasTestCase
from ..factories import CategoryFactory, OfferingFactory
from ..leads.helpers import SESSION_QUERIES, category_url, lead_data, quote_url


class PipelineTests(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.category = CategoryFactory(name="人事软件", slug="renshi")
        cls.offering = OfferingFactory(
            vendor=cls.vendor_a, primary_category=cls.category, name="甲人事", slug="jia-renshi"
        )
        from xuanyong.catalog.services import category_memberships_sync

        category_memberships_sync([cls.offering.pk])
        cls.offering_b = OfferingFactory(
            vendor=cls.vendor_b, name="乙门禁", slug="yi-menjin"
        )  # another category

    def submit(self, url: str, **overrides: Any) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, lead_data(self.client, url, **overrides))
        self.assertEqual(response.status_code, 302)

    def as_vendor(self, member: Any) -> None:
        self.client.login(email=member.email, password=PASSWORD)

    def test_quote_to_won_seen_by_the_buyer_and_by_no_other_vendor(self) -> None:
        changes: list[tuple[str, str]] = []

        def on_change(sender: object, lead: Lead, old_status: str, new_status: str, **kwargs: object) -> None:
            changes.append((old_status, new_status))

        lead_status_changed.connect(on_change)
        self.addCleanup(lead_status_changed.disconnect, on_change)
        self.client.force_login(self.buyer)
        self.submit(quote_url(self.offering), name="王女士")
        self.submit(category_url(self.category), name="王女士", phone="13900139000", need="分类页来的需求")
        self.assertEqual(Lead.objects.filter(user=self.buyer).count(), 2)

        self.as_vendor(self.vendor_a_member)
        inbox = self.client.get(reverse("portal:leads"))
        self.assertContains(inbox, "甲人事")
        self.assertContains(inbox, "人事软件")
        self.assertContains(inbox, "未读 (2)")
        route = LeadRoute.objects.get(lead__offering=self.offering)
        detail = self.client.get(reverse("portal:lead", args=[route.pk]))
        self.assertContains(detail, "138 0013 8000")
        status_url = reverse("portal:lead_status", args=[route.pk])
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(status_url, {"status": "contacted"})
            self.client.post(reverse("portal:lead_note", args=[route.pk]), {"body": "已电话沟通，周三演示"})
            self.client.post(status_url, {"status": "qualified"})
            self.client.post(status_url, {"status": "won"})
        route.refresh_from_db()
        self.assertEqual(route.status, "won")
        self.assertIsNotNone(route.first_response_at)
        self.assertIsNotNone(route.closed_at)
        self.assertEqual(changes, [("new", "contacted"), ("contacted", "qualified"), ("qualified", "won")])
        self.assertEqual(LeadAudit.objects.filter(action="status").count(), 3)
        self.assertContains(self.client.get(reverse("portal:lead", args=[route.pk])), "已电话沟通，周三演示")

        self.client.force_login(self.buyer)
        mine = self.client.get(reverse("leads:my_leads"))
        self.assertContains(mine, '甲服务商：<span class="status status-won">已成交</span>', html=False)

        self.as_vendor(self.vendor_b_member)
        self.assertNotContains(self.client.get(reverse("portal:leads")), "王女士")
        self.assertEqual(self.client.get(reverse("portal:lead", args=[route.pk])).status_code, 404)

    def test_lost_needs_a_reason(self) -> None:
        self.submit(quote_url(self.offering))
        route = LeadRoute.objects.get()
        self.as_vendor(self.vendor_a_member)
        url = reverse("portal:lead_status", args=[route.pk])
        response = self.client.post(url, {"status": "lost", "lost_reason": ""}, follow=True)
        self.assertContains(response, "标记为未成交时请填写原因。")
        route.refresh_from_db()
        self.assertEqual(route.status, "new")
        self.client.post(url, {"status": "lost", "lost_reason": "预算不足"})
        route.refresh_from_db()
        self.assertEqual((route.status, route.lost_reason), ("lost", "预算不足"))
        self.assertEqual(Lead.objects.get().status, "lost")

    def test_csv_export_of_own_leads(self) -> None:
        self.submit(quote_url(self.offering), name="=HYPERLINK(1)", company="甲公司")
        self.as_vendor(self.vendor_a_member)
        response = self.client.get(reverse("portal:leads_export"))
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        text = b"".join(response.streaming_content).decode()  # type: ignore[attr-defined]
        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
        self.assertEqual(rows[0][:3], ["线索编号", "提交时间", "类型"])
        self.assertEqual(len(rows), 2)
        self.assertEqual(rows[1][5], "'=HYPERLINK(1)")  # never a formula in a spreadsheet
        self.assertEqual(rows[1][6], "138 0013 8000")

    def test_inbox_query_count_does_not_grow(self) -> None:
        for i in range(3):
            self.submit(quote_url(self.offering), phone=f"1390000000{i}")
        self.as_vendor(self.vendor_a_member)
        url = reverse("portal:leads")
        # session, user, membership with its vendor, counts, page count, page rows
        with self.assertNumQueries(5 + SESSION_QUERIES):
            self.client.get(url)
        for i in range(3, 9):
            self.submit(category_url(self.category), phone=f"1390000000{i}")
        with self.assertNumQueries(5 + SESSION_QUERIES):
            self.assertContains(self.client.get(url), "全部 (9)")

    def test_numbers_page(self) -> None:
        for i in range(4):
            self.submit(quote_url(self.offering), phone=f"1390000000{i}")
        route = LeadRoute.objects.order_by("id").first()
        self.as_vendor(self.vendor_a_member)
        self.client.post(reverse("portal:lead_status", args=[route.pk]), {"status": "won"})  # type: ignore[union-attr]
        page = self.client.get(reverse("portal:numbers"), {"days": "7"})
        self.assertContains(page, "<strong>4</strong><span>线索</span>", html=False)
        self.assertContains(page, "<strong>1</strong><span>已成交</span>", html=False)
        self.assertContains(page, "<strong>25%</strong><span>成交转化率</span>", html=False)
        self.assertContains(page, "产品页浏览")

    def test_inbox_lists_unread_leads_first(self) -> None:
        self.submit(quote_url(self.offering), name="先到的客户", phone="13900000001")
        self.submit(quote_url(self.offering), name="后到的客户", phone="13900000002")
        self.as_vendor(self.vendor_a_member)
        newer = LeadRoute.objects.get(lead__name="后到的客户")
        self.client.get(reverse("portal:lead", args=[newer.pk]))  # opened: no longer unread
        page = self.client.get(reverse("portal:leads")).content.decode()
        self.assertLess(page.index("先到的客户"), page.index("后到的客户"))
        self.assertIn('class="unread"', page[: page.index("先到的客户")])
