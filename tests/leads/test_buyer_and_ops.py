"""The buyer's status and withdrawal; operators' list, SLA breaches and reassignment."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.urls import reverse
from django.utils import timezone

from xuanyong.leads.models import Lead, LeadAudit, LeadNote, LeadRoute
from xuanyong.leads.services import route_note_add

from ..base import PASSWORD, PersonasTestCase
from .helpers import SESSION_QUERIES, catalog_for, category_url, lead_data, more_vendors, quote_url


class Base(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.category, cls.offering, cls.offering_b = catalog_for(cls.vendor_a, cls.vendor_b)

    def submit(self, url: str, **overrides: Any) -> Lead:
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, lead_data(self.client, url, **overrides))
        self.assertEqual(response.status_code, 302, response.content.decode()[:500])
        return Lead.objects.latest("id")


class WithdrawConsentTests(Base):
    def test_withdrawal_erases_personal_data_from_the_vendor_view_and_export(self) -> None:
        self.client.force_login(self.buyer)
        lead = self.submit(quote_url(self.offering), name="赵先生", company="赵氏餐饮")
        route = lead.routes.get()
        route_note_add(route=route, author=self.vendor_a_member, body="赵先生说下周三再联系")
        page = self.client.get(reverse("leads:my_leads"))
        self.assertContains(page, "撤回授权")
        self.client.post(reverse("leads:withdraw", args=[lead.token]), {"next": "my"})
        lead.refresh_from_db()
        self.assertTrue(lead.erased)
        self.assertEqual((lead.name, lead.phone, lead.company, lead.need), ("", "", "", ""))
        self.assertFalse(LeadNote.objects.exists())
        self.assertTrue(LeadAudit.objects.filter(lead=lead, action="withdrawn", actor=self.buyer).exists())
        self.client.login(email=self.vendor_a_member.email, password=PASSWORD)
        for url in (reverse("portal:leads"), reverse("portal:lead", args=[route.pk])):
            page = self.client.get(url)
            self.assertNotContains(page, "赵先生")
            self.assertNotContains(page, "138 0013 8000")
            self.assertContains(page, "撤回")
        export = b"".join(self.client.get(reverse("portal:leads_export")).streaming_content).decode()  # type: ignore[attr-defined]
        self.assertNotIn("赵", export)
        self.assertNotIn("13800138000", export)
        self.assertIn("（已撤回授权）", export)
        # It still counts, anonymously.
        self.assertContains(
            self.client.get(reverse("portal:numbers")), "<strong>1</strong><span>线索</span>", html=False
        )

    def test_withdrawal_also_erases_the_vendors_lost_reason(self) -> None:
        lead = self.submit(quote_url(self.offering), name="钱女士")
        route = lead.routes.get()
        self.client.login(email=self.vendor_a_member.email, password=PASSWORD)
        self.client.post(
            reverse("portal:lead_status", args=[route.pk]), {"status": "lost", "lost_reason": "钱女士嫌贵"}
        )
        self.client.post(reverse("leads:withdraw", args=[lead.token]))
        route.refresh_from_db()
        self.assertEqual((route.status, route.lost_reason), ("lost", ""))  # the status still counts
        self.assertNotContains(self.client.get(reverse("portal:lead", args=[route.pk])), "嫌贵")
        export = b"".join(self.client.get(reverse("portal:leads_export")).streaming_content).decode()  # type: ignore[attr-defined]
        self.assertNotIn("嫌贵", export)
        self.assertFalse(any("嫌贵" in str(a.detail) for a in LeadAudit.objects.filter(lead=lead)))


class OperatorTests(Base):
    def test_only_operators_see_the_lead_list(self) -> None:
        url = reverse("leads:ops_leads")
        self.assertEqual(self.client.get(url).status_code, 302)
        for user in (self.buyer, self.vendor_a_member):
            self.client.force_login(user)
            self.assertEqual(self.client.get(url).status_code, 403)
        self.client.force_login(self.editor)
        self.assertEqual(self.client.get(url).status_code, 200)

    def test_filters_and_sla_breaches(self) -> None:
        late = self.submit(quote_url(self.offering), phone="13800138001")
        on_time = self.submit(quote_url(self.offering_b), phone="13800138002", kind="demo")
        LeadRoute.objects.filter(lead=late).update(created_at=timezone.now() - dt.timedelta(hours=30))
        LeadRoute.objects.filter(lead=on_time).update(first_response_at=timezone.now())
        self.client.force_login(self.editor)
        url = reverse("leads:ops_leads")
        page = self.client.get(url, {"sla": "1"})
        self.assertContains(page, f'href="{reverse("leads:ops_lead", args=[late.pk])}"')
        self.assertNotContains(page, f'href="{reverse("leads:ops_lead", args=[on_time.pk])}"')
        self.assertContains(page, "超时")
        page = self.client.get(url, {"kind": "demo"})
        self.assertContains(page, f'href="{reverse("leads:ops_lead", args=[on_time.pk])}"')
        self.assertNotContains(page, f'href="{reverse("leads:ops_lead", args=[late.pk])}"')
        page = self.client.get(url, {"vendor": str(self.vendor_a.pk)})
        self.assertContains(page, "共 1 条")

    def test_list_query_count_does_not_grow_with_leads(self) -> None:
        self.submit(quote_url(self.offering), phone="13800138001")
        self.client.force_login(self.editor)
        url = reverse("leads:ops_leads")
        self.client.get(url)
        # session, user, roles, count, page, its routes with vendors, the header's membership, vendor filter
        with self.assertNumQueries(7 + SESSION_QUERIES):
            self.client.get(url)
        for i in range(5):
            self.submit(category_url(self.category), phone=f"1380013810{i}")
        with self.assertNumQueries(7 + SESSION_QUERIES):
            self.client.get(url)

    def test_reassign_within_consent_with_audit_trail(self) -> None:
        others = more_vendors(self.category, 2)
        lead = self.submit(category_url(self.category))
        self.assertEqual(lead.routes.filter(active=True).count(), 3)
        self.client.force_login(self.editor)
        url = reverse("leads:ops_lead_reassign", args=[lead.pk])
        self.client.post(url, {"vendors": [str(others[1].pk)]})
        active = set(lead.routes.filter(active=True).values_list("vendor_id", flat=True))
        self.assertEqual(active, {others[1].pk})
        audit = LeadAudit.objects.get(lead=lead, action="reassigned")
        self.assertEqual(audit.actor, self.editor)
        # The dropped vendor no longer sees it.
        self.client.login(email=self.vendor_a_member.email, password=PASSWORD)
        route_a = LeadRoute.objects.get(lead=lead, vendor=self.vendor_a)
        self.assertEqual(self.client.get(reverse("portal:lead", args=[route_a.pk])).status_code, 404)
        # A vendor the buyer was never told about cannot receive it.
        outsider = more_vendors(self.category, 1)[0]  # added after the form was shown
        self.client.force_login(self.editor)
        response = self.client.post(url, {"vendors": [str(outsider.pk)]}, follow=True)
        self.assertContains(response, "只能分配给采购者授权的服务商")
        self.assertFalse(lead.routes.filter(vendor=outsider).exists())
        detail = self.client.get(reverse("leads:ops_lead", args=[lead.pk]))
        self.assertContains(detail, "改派")


class HomeAndHotlineTests(Base):
    def test_home_has_ctas_and_a_callback_form_that_waits_for_an_operator(self) -> None:
        home = self.client.get(reverse("web:home")).content.decode()
        self.assertIn('data-cta="consult" data-cta-source="home"', home)
        self.assertIn('data-cta="callback" data-cta-source="hotline"', home)
        with self.captureOnCommitCallbacks(execute=True):
            fields = lead_data(self.client, reverse("leads:callback"), kind="callback")
            response = self.client.post(
                reverse("leads:callback"),
                {k: fields[k] for k in ("offer", "idem", "kind", "name", "phone", "consent")},
            )
        self.assertEqual(response.status_code, 302)
        lead = Lead.objects.get()
        self.assertEqual((lead.source, lead.kind, lead.consent_platform_match), ("hotline", "callback", True))
        self.assertFalse(lead.routes.exists())
        self.client.force_login(self.editor)
        self.assertContains(self.client.get(reverse("leads:ops_leads")), "待分配")

    def test_hotline_callback_for_a_category_names_its_vendors(self) -> None:
        page = self.client.get(reverse("leads:callback"), {"category": self.category.slug})
        self.assertContains(page, "甲服务商")
        self.assertContains(page, "乙服务商")
        url = reverse("leads:callback") + f"?category={self.category.slug}"
        refused = self.client.post(url, lead_data(self.client, url, kind="callback", consent=None))
        self.assertContains(refused, "请阅读并勾选个人信息授权声明", status_code=400)
        self.assertContains(refused, f'<option value="{self.category.slug}" selected>', status_code=400)
        self.assertFalse(Lead.objects.exists())


class MyLeadsQueryCountTests(Base):
    def test_my_leads_query_count_does_not_grow(self) -> None:
        self.client.force_login(self.buyer)
        self.submit(quote_url(self.offering), phone="13800138001")
        url = reverse("leads:my_leads")
        # session, user, count, page, its routes with vendors, the header's membership
        with self.assertNumQueries(5 + SESSION_QUERIES):
            self.client.get(url)
        for i in range(4):
            self.submit(category_url(self.category), phone=f"1380013820{i}")
        with self.assertNumQueries(5 + SESSION_QUERIES):
            self.assertContains(self.client.get(url), "乙服务商")
