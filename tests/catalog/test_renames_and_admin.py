from __future__ import annotations

import json
import re

from django.test import override_settings
from django.urls import reverse

from xuanyong.catalog.models import OfferingAttributeValue
from xuanyong.catalog.selectors import catalog_version_bump
from xuanyong.catalog.services import category_rename, offering_rename, plan_create, vendor_rename

from ..base import PersonasTestCase
from .helpers import make_offering, pos_category


class RenameTests(PersonasTestCase):
    def test_renamed_offering_vendor_and_category_keep_their_old_urls_with_a_301(self) -> None:
        pos = pos_category()
        offering = make_offering(pos, "云掌柜收银", vendor=self.vendor_a)
        old_offering, old_vendor, old_category = (
            offering.get_absolute_url(),
            self.vendor_a.get_absolute_url(),
            pos.get_absolute_url(),
        )
        offering_rename(offering=offering, name="云掌柜智慧收银")
        vendor_rename(vendor=self.vendor_a, name="云掌柜科技")
        category_rename(category=pos, name="智能收银")
        self.assertEqual(offering.slug, "yunzhangguizhihuishouyin")
        for old, new in [(old_offering, offering), (old_vendor, self.vendor_a), (old_category, pos)]:
            with self.subTest(old=old):
                response = self.client.get(old)
                self.assertEqual(response.status_code, 301)
                self.assertEqual(response["Location"], new.get_absolute_url())
        self.assertEqual(self.client.get("/p/never-existed/").status_code, 404)


class OfferingPageTests(PersonasTestCase):
    def test_json_ld_describes_the_software_and_its_offers(self) -> None:
        pos = pos_category()
        offering = make_offering(pos, "云掌柜收银", vendor=self.vendor_a, price_min=99, price_max=299)
        plan_create(offering=offering, name="标准版", price=199, unit="元/门店/年")
        page = self.client.get(offering.get_absolute_url()).content.decode()
        raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
        assert raw is not None
        data = json.loads(raw.group(1))
        self.assertEqual(data["@type"], "SoftwareApplication")
        self.assertEqual(data["name"], "云掌柜收银")
        self.assertEqual(data["offers"][0]["price"], "199.00")
        self.assertEqual(data["offers"][0]["priceCurrency"], "CNY")

    def test_json_ld_cannot_be_broken_out_of(self) -> None:
        pos = pos_category()
        offering = make_offering(
            pos, "坏名字", vendor=self.vendor_a, tagline="</script><script>alert(1)</script>"
        )
        page = self.client.get(offering.get_absolute_url()).content.decode()
        self.assertNotIn("<script>alert(1)</script>", page)

    # the render's own cost: whole-page caching is tested in tests/web/test_page_cache.py
    @override_settings(XUANYONG_PAGE_CACHE=False)
    def test_offering_page_query_count_is_bounded(self) -> None:
        pos = pos_category()
        offering = make_offering(pos, "云掌柜收银", vendor=self.vendor_a)
        for i in range(6):
            make_offering(pos, f"同类{i}", vendor=self.vendor_b)
            plan_create(offering=offering, name=f"套餐{i}", price=100 + i)
        url = offering.get_absolute_url()
        self.client.get(url)  # site settings and the menu, which no catalog write changes
        for _round in range(2):
            catalog_version_bump()
            # Cold: the row, then the offering with vendor and category, schema, fee items, plans,
            # alternatives' candidates and cards, articles featuring it and of its category, and
            # its credentials.
            with self.assertNumQueries(10):
                self.client.get(url)
            with self.assertNumQueries(0):  # warm: the row too is cached, under the pages version
                self.assertContains(self.client.get(url), "套餐5")
            with self.captureOnCommitCallbacks(execute=True):
                for i in range(6, 12):
                    make_offering(pos, f"同类{i}", vendor=self.vendor_b)
                    plan_create(offering=offering, name=f"套餐{i}", price=100 + i)


class OfferingAdminTests(PersonasTestCase):
    def test_the_admin_edits_attributes_through_the_schema_and_updates_facets(self) -> None:
        pos = pos_category()
        offering = make_offering(pos, "云掌柜收银", vendor=self.vendor_a, attributes={"scale": "small"})
        self.client.force_login(self.admin)
        url = reverse("admin:catalog_offering_change", args=[offering.pk])
        page = self.client.get(url)
        self.assertContains(page, "分类参数")
        self.assertContains(page, 'name="attr__payment"')
        self.assertContains(page, 'name="attr__offline_mode"')
        form = page.context["adminform"].form
        data = {name: form.initial.get(name, field.initial) for name, field in form.fields.items()}
        data = {k: ("" if v is None else v) for k, v in data.items() if not isinstance(v, list)}
        data.update({
            "vendor": self.vendor_a.pk, "primary_category": pos.pk, "attr__scale": "chain",
            "attr__payment": ["wechat", "alipay"], "attr__offline_mode": "1", "attr__max_stores": "50",
            "plans-TOTAL_FORMS": "0", "plans-INITIAL_FORMS": "0", "fee_items-TOTAL_FORMS": "0", "fee_items-INITIAL_FORMS": "0",
        })  # fmt: skip
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, response.content.decode()[:3000])
        offering.refresh_from_db()
        self.assertEqual(
            offering.attributes,
            {"scale": "chain", "payment": ["wechat", "alipay"], "offline_mode": True, "max_stores": 50.0},
        )
        values = set(OfferingAttributeValue.objects.filter(offering=offering).values_list("key", "value"))
        self.assertEqual(
            values,
            {
                ("scale", "chain"),
                ("payment", "wechat"),
                ("payment", "alipay"),
                ("offline_mode", "1"),
                ("max_stores", "50"),
            },
        )

    def test_admin_refuses_a_reversed_price_range(self) -> None:
        pos = pos_category()
        offering = make_offering(pos, "云掌柜收银", vendor=self.vendor_a)
        self.client.force_login(self.admin)
        url = reverse("admin:catalog_offering_change", args=[offering.pk])
        form = self.client.get(url).context["adminform"].form
        data = {
            k: ("" if v is None else v) for k, v in form.initial.items() if not isinstance(v, list | dict)
        }
        data.update({
            "vendor": self.vendor_a.pk, "primary_category": pos.pk, "price_min": "500", "price_max": "100",
            "plans-TOTAL_FORMS": "0", "plans-INITIAL_FORMS": "0", "fee_items-TOTAL_FORMS": "0", "fee_items-INITIAL_FORMS": "0",
        })  # fmt: skip
        response = self.client.post(url, data)
        self.assertContains(response, "最高价不能低于最低价")
