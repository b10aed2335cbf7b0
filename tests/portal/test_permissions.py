"""Object-level permissions: a member of vendor B never sees or changes anything of vendor A."""

from __future__ import annotations

from django.urls import reverse

from xuanyong.catalog.models import Plan
from xuanyong.leads.models import Lead, LeadNote, LeadRoute

from ..base import PASSWORD, PersonasTestCase
from ..factories import PlanFactory
from ..leads.helpers import catalog_for, lead_data, quote_url


class OtherVendorGets404Tests(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.category, cls.offering_a, cls.offering_b = catalog_for(cls.vendor_a, cls.vendor_b)
        cls.plan_a = PlanFactory(offering=cls.offering_a, name="甲标准版", price=199)

    def setUp(self) -> None:
        url = quote_url(self.offering_a)
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(url, lead_data(self.client, url, name="甲方客户"))
        self.route_a = LeadRoute.objects.get(vendor=self.vendor_a)
        self.client.login(email=self.vendor_b_member.email, password=PASSWORD)

    def test_every_object_url_of_vendor_a_is_404_for_vendor_b(self) -> None:
        route, offering, plan = self.route_a.pk, self.offering_a.pk, self.plan_a.pk
        gets = [
            reverse("portal:lead", args=[route]),
            reverse("portal:offering_edit", args=[offering]),
            reverse("portal:offering_history", args=[offering]),
            reverse("portal:plan_new", args=[offering]),
            reverse("portal:plan_edit", args=[offering, plan]),
        ]
        posts = {
            reverse("portal:lead_status", args=[route]): {"status": "won"},
            reverse("portal:lead_note", args=[route]): {"body": "乙方的备注"},
            reverse("portal:offering_edit", args=[offering]): {
                "tagline": "乙改的",
                "deployment": "saas",
                "pricing_model": "quote",
            },
            reverse("portal:plan_new", args=[offering]): {"name": "乙加的", "price": "1"},
            reverse("portal:plan_edit", args=[offering, plan]): {"name": "乙改的", "price": "1"},
            reverse("portal:plan_confirm", args=[offering, plan]): {},
        }
        for url in gets:
            with self.subTest(get=url):
                self.assertEqual(self.client.get(url).status_code, 404)
        for url, data in posts.items():
            with self.subTest(post=url):
                self.assertEqual(self.client.post(url, data).status_code, 404)
        self.route_a.refresh_from_db()
        self.assertEqual(self.route_a.status, "new")
        self.assertFalse(LeadNote.objects.exists())
        self.assertEqual(Plan.objects.get(pk=plan).name, "甲标准版")
        self.assertEqual(self.offering_a.plans.count(), 1)
        self.offering_a.refresh_from_db()
        self.assertNotEqual(self.offering_a.tagline, "乙改的")

    def test_vendor_b_lists_show_nothing_of_vendor_a(self) -> None:
        for name in ("portal:home", "portal:leads", "portal:offerings", "portal:numbers", "portal:webhook"):
            with self.subTest(page=name):
                page = self.client.get(reverse(name))
                self.assertEqual(page.status_code, 200)
                self.assertNotContains(page, "甲方客户")
                self.assertNotContains(page, "甲收银")
        export = b"".join(self.client.get(reverse("portal:leads_export")).streaming_content).decode()  # type: ignore[attr-defined]
        self.assertNotIn("甲方客户", export)
        self.assertEqual(export.count("\n"), 1)  # the header only

    def test_guests_log_in_and_non_members_are_sent_to_claim(self) -> None:
        self.client.logout()
        url = reverse("portal:leads")
        self.assertRedirects(
            self.client.get(url), f"{reverse('accounts:login')}?next={url}", fetch_redirect_response=False
        )
        self.client.force_login(self.buyer)
        self.assertRedirects(self.client.get(url), reverse("portal:claim"))
        self.assertEqual(Lead.objects.count(), 1)
