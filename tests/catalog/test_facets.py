from __future__ import annotations

import re

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from xuanyong.catalog.models import Offering
from xuanyong.catalog.selectors import catalog_version_bump
from xuanyong.catalog.services import offering_save

from .helpers import make_offering, pos_category


class FacetTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.pos = pos_category()
        cls.a = make_offering(cls.pos, "甲收银", deployment="saas", price_min=99, price_max=299,
                              attributes={"offline_mode": True, "payment": ["wechat", "alipay"], "scale": "small"})  # fmt: skip
        cls.b = make_offering(cls.pos, "乙收银", deployment="saas", price_min=1999, price_max=2999, free_trial=True,
                              attributes={"offline_mode": False, "payment": ["wechat"], "scale": "chain"})  # fmt: skip
        cls.c = make_offering(cls.pos, "丙收银", deployment="private", price_min=5000, price_max=9000,
                              attributes={"offline_mode": True, "payment": ["unionpay"], "scale": "chain"})  # fmt: skip
        cls.d = make_offering(
            cls.pos, "丁收银", deployment="hybrid", pricing_model="quote", attributes={"scale": "small"}
        )
        cls.url = reverse("catalog:category", args=[cls.pos.slug])

    def names(self, **params: object) -> list[str]:
        response = self.client.get(self.url, params)
        self.assertEqual(response.status_code, 200)
        return re.findall(r'<h3><a href="/p/[^"]+/">([^<]+)</a></h3>', response.content.decode())

    def facet_count(self, params: dict[str, object], label: str) -> int:
        page = self.client.get(self.url, params).content.decode()
        match = re.search(rf"</span>{label} <span class=\"muted\">\((\d+)\)</span>", page)
        return int(match.group(1)) if match else 0

    def test_two_attribute_filters_combine_with_and(self) -> None:
        self.assertCountEqual(self.names(offline_mode="1", scale="small"), ["甲收银"])
        self.assertCountEqual(self.names(offline_mode="1"), ["甲收银", "丙收银"])

    def test_values_of_one_field_combine_with_or(self) -> None:
        self.assertCountEqual(self.names(payment=["alipay", "unionpay"]), ["甲收银", "丙收银"])

    def test_builtin_filters_deployment_trial_and_price(self) -> None:
        self.assertCountEqual(self.names(deployment="saas"), ["甲收银", "乙收银"])
        self.assertCountEqual(self.names(trial="1"), ["乙收银"])
        self.assertCountEqual(self.names(price_min="1000", price_max="6000"), ["乙收银", "丙收银"])

    def test_facet_counts_equal_the_counts_of_the_filtered_results(self) -> None:
        for params in [
            {},
            {"deployment": "saas"},
            {"offline_mode": "1"},
            {"scale": "chain", "deployment": "saas"},
        ]:
            with self.subTest(params=params):
                for label, extra in [
                    ("微信支付", {"payment": "wechat"}),
                    ("连锁", {"scale": "chain"}),
                    ("支持", {"offline_mode": "1"}),
                ]:
                    combined = {**params, **extra}
                    if any(key in params for key in extra):
                        continue  # disjunctive counts for a selected field are tested below
                    self.assertEqual(
                        self.facet_count(params, label), len(self.names(**combined)), (params, label)
                    )

    def test_counts_of_a_selected_field_ignore_its_own_selection(self) -> None:
        # With 微信支付 ticked, 银联 still shows how many offerings it would add (OR within the field).
        self.assertEqual(self.facet_count({"payment": "wechat"}, "银联"), 1)

    def test_sorting_by_price_puts_the_cheapest_first_and_unknown_last(self) -> None:
        self.assertEqual(self.names(sort="price"), ["甲收银", "乙收银", "丙收银", "丁收银"])

    def test_filters_live_in_a_shareable_url_and_pagination_keeps_them(self) -> None:
        for i in range(25):
            make_offering(self.pos, f"批量{i}", deployment="saas", attributes={"scale": "small"})
        page = self.client.get(self.url, {"deployment": "saas", "scale": "small"}).content.decode()
        self.assertIn("deployment=saas&amp;scale=small&amp;page=2", page)
        second = self.client.get(self.url, {"deployment": "saas", "scale": "small", "page": "2"})
        self.assertContains(second, "第 2 / 2 页")

    def test_bad_filters_are_dropped_with_a_notice_and_never_echoed(self) -> None:
        cases = [
            {"scale": "huge"},
            {"payment": "<script>alert(1)</script>"},
            {"price_min": "abc"},
            {"price_max": "1e999"},
            {"<img src=x onerror=alert(1)>": "1"},
            {"sort": "<b>evil</b>"},
        ]
        for params in cases:
            with self.subTest(params=params):
                response = self.client.get(self.url, params)
                self.assertEqual(response.status_code, 200)
                page = response.content.decode()
                self.assertIn("已忽略无效的筛选条件", page)
                self.assertNotIn("<script>alert(1)</script>", page)
                self.assertNotIn("<img src=x", page)
                self.assertNotIn("<b>evil</b>", page)
                self.assertEqual(len(self.names(**params)), 4)  # the bad filter filtered nothing

    def test_reversed_price_range_is_dropped(self) -> None:
        response = self.client.get(self.url, {"price_min": "500", "price_max": "100"})
        self.assertContains(response, "下限高于上限")
        self.assertContains(response, "共 4 款")

    def test_counts_follow_an_edit_at_once(self) -> None:
        self.assertEqual(self.facet_count({}, "银联"), 1)
        self.d.attributes = {"scale": "small", "payment": ["unionpay"]}
        with self.captureOnCommitCallbacks(execute=True):
            offering_save(offering=self.d)
        self.assertEqual(self.facet_count({}, "银联"), 2)

    def test_archived_offerings_are_neither_listed_nor_counted(self) -> None:
        Offering.objects.filter(pk=self.c.pk).update(status=Offering.Status.ARCHIVED)
        self.assertNotIn("丙收银", self.names())
        self.assertEqual(self.facet_count({}, "银联"), 0)

    # the render's own cost: whole-page caching is tested in tests/web/test_page_cache.py
    @override_settings(XUANYONG_PAGE_CACHE=False)
    def test_query_count_is_bounded_with_two_facets_whatever_the_size(self) -> None:
        params = {"deployment": "saas", "offline_mode": "1"}
        # Cold (new catalog version): category, children, schema; 4 facet counts (the unselected
        # fields together, each selected field alone) and the credentials' counts; the page's
        # cards (their credential badges included); articles.
        self.assertEqual(self.queries_of_a_cold_then_a_warm_view(params), (10, 0))
        with self.captureOnCommitCallbacks(execute=True):
            for i in range(30):
                make_offering(self.pos, f"更多{i}", deployment="saas", attributes={"offline_mode": True})
        # Warm: schema, counts and cards are cached under the catalog version, the facets and the
        # articles as shared HTML under the pages version: no query. 32 matches now fill two pages.
        self.assertEqual(self.queries_of_a_cold_then_a_warm_view(params), (10, 0))
        self.assertEqual(self.queries_of_a_cold_then_a_warm_view({**params, "page": "2"}), (10, 0))
        self.assertContains(self.client.get(self.url, {**params, "page": "2"}), "第 2 / 2 页")

    def queries_of_a_cold_then_a_warm_view(self, params: dict[str, str]) -> tuple[int, int]:
        self.client.get(self.url, params)  # site settings and the menu, which no catalog write changes
        catalog_version_bump()
        counts = []
        for _ in range(2):
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get(self.url, params).status_code, 200)
            counts.append(len(queries))
        return counts[0], counts[1]
