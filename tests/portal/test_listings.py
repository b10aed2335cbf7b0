"""Vendors edit their own offerings and plans; edits of published data are versioned."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse
from django.utils import timezone

from xuanyong.catalog.models import Offering, Plan
from xuanyong.portal.models import CatalogRevision

from ..base import PASSWORD, PersonasTestCase
from ..factories import PlanFactory
from ..leads.helpers import catalog_for


class ListingEditTests(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.category, cls.offering, _ = catalog_for(cls.vendor_a, cls.vendor_b)
        cls.plan = PlanFactory(
            offering=cls.offering, name="标准版", price=199, last_verified_on=dt.date(2025, 1, 1)
        )

    def setUp(self) -> None:
        self.client.login(email=self.vendor_a_member.email, password=PASSWORD)

    def edit(self, **changes: str) -> object:
        data = {
            "tagline": self.offering.tagline, "description": "", "deployment": "saas", "pricing_model": "subscription",
            "price_min": "99", "price_max": "299", "price_unit": "元/门店/年",
        }  # fmt: skip
        data.update(changes)
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(reverse("portal:offering_edit", args=[self.offering.pk]), data)

    def test_edit_updates_the_page_and_keeps_a_revision(self) -> None:
        self.client.get(self.offering.get_absolute_url())  # cache the page
        response = self.edit(tagline="餐饮门店的云收银", description="支持**扫码点餐**")
        self.assertRedirects(response, reverse("portal:offering_edit", args=[self.offering.pk]))
        page = self.client.get(self.offering.get_absolute_url())
        self.assertContains(page, "餐饮门店的云收银")
        self.assertContains(page, "<strong>扫码点餐</strong>")
        revision = CatalogRevision.objects.get()
        self.assertEqual(revision.author, self.vendor_a_member)
        self.assertEqual(revision.changes["tagline"], ["一句话介绍", "餐饮门店的云收银"])
        history = self.client.get(reverse("portal:offering_history", args=[self.offering.pk]))
        self.assertContains(history, "餐饮门店的云收银")
        self.assertEqual(
            self.edit(tagline="餐饮门店的云收银", description="支持**扫码点餐**").status_code, 302
        )
        self.assertEqual(CatalogRevision.objects.count(), 1)  # saving without a change is not a revision

    def test_search_sees_the_edit_at_once(self) -> None:
        self.edit(tagline="专为烘焙连锁设计")
        self.assertContains(
            self.client.get(reverse("search:search"), {"q": "烘焙"}), self.offering.get_absolute_url()
        )

    def test_bad_values_are_refused(self) -> None:
        response = self.edit(price_min="500", price_max="100")
        self.assertContains(response, "最高价不能低于最低价。", status_code=400)
        self.assertContains(self.edit(tagline="长" * 61), "60", status_code=400)
        self.assertFalse(CatalogRevision.objects.exists())
        self.assertEqual(Offering.objects.get(pk=self.offering.pk).price_min, 99)

    def test_price_edit_sets_last_verified_and_is_versioned(self) -> None:
        url = reverse("portal:plan_edit", args=[self.offering.pk, self.plan.pk])
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(
                url,
                {
                    "name": "标准版",
                    "price": "259",
                    "unit": "元/门店/年",
                    "billing_period": "year",
                    "features_text": "收银\n会员",
                },
            )
        plan = Plan.objects.get(pk=self.plan.pk)
        self.assertEqual(
            (plan.price, plan.last_verified_on, plan.features), (259, timezone.localdate(), ["收银", "会员"])
        )
        revision = CatalogRevision.objects.get()
        self.assertEqual(revision.changes["price"], ["199", "259"])
        self.assertContains(self.client.get(self.offering.get_absolute_url()), "259")

    def test_confirming_an_unchanged_price_sets_last_verified(self) -> None:
        self.client.post(reverse("portal:plan_confirm", args=[self.offering.pk, self.plan.pk]))
        self.assertEqual(Plan.objects.get(pk=self.plan.pk).last_verified_on, timezone.localdate())

    def test_add_a_plan(self) -> None:
        url = reverse("portal:plan_new", args=[self.offering.pk])
        self.client.post(
            url, {"name": "旗舰版", "price": "999", "unit": "元/门店/年", "billing_period": "year"}
        )
        plan = self.offering.plans.get(name="旗舰版")
        self.assertEqual(plan.last_verified_on, timezone.localdate())
        self.assertContains(self.client.get(url), "新增套餐")
        self.assertContains(
            self.client.post(url, {"name": "", "price": "-1"}), "这个字段是必填项", status_code=400
        )
