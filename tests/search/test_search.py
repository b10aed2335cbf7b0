from __future__ import annotations

import re

from django.db import connection, transaction
from django.test import TestCase, override_settings
from django.urls import reverse

from xuanyong.catalog.models import Attribute, Offering
from xuanyong.catalog.services import (
    attribute_create,
    category_create,
    offering_save,
    offering_unpublish,
    vendor_create,
)
from xuanyong.search.models import ZeroResultQuery

from ..catalog.helpers import make_offering


class SearchTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        retail = category_create(name="门店与零售")
        cls.pos = category_create(name="收银系统", parent=retail, aliases=["POS", "收款机"])
        attribute_create(category=cls.pos, key="offline_mode", label="断网收银", kind=Attribute.Kind.BOOL)
        cls.hr = category_create(
            name="人力资源管理", parent=category_create(name="企业管理软件"), aliases=["HR"]
        )
        cls.vendor = vendor_create(name="云掌柜", legal_name="杭州云掌柜科技有限公司")
        cls.yzg = make_offering(cls.pos, "云掌柜智慧门店", vendor=cls.vendor, tagline="连锁门店收银与会员", deployment="saas",
                                pricing_model="subscription", aliases=["YunPOS"])  # fmt: skip
        cls.kuai = make_offering(
            cls.pos, "快点收银台", tagline="小店扫码收银", deployment="private", pricing_model="one_time"
        )
        cls.hr_offering = make_offering(cls.hr, "青梧人事", tagline="考勤排班与薪酬", deployment="saas")
        cls.unrelated = make_offering(cls.hr, "知岫绩效", tagline="目标与绩效管理")

    def titles(self, q: str, **params: str) -> list[str]:
        response = self.client.get(reverse("search:search"), {"q": q, **params})
        self.assertEqual(response.status_code, 200)
        return [
            re.sub(r"</?mark>", "", t)
            for t in re.findall(
                r'<li class="card search-hit">\s*<h3><a href="[^"]+">(.*?)</a>',
                response.content.decode(),
                re.S,
            )
        ]

    def test_chinese_word_traditional_pinyin_initials_and_alias_find_the_pos_offerings(self) -> None:
        for q in ["收银", "收銀系統", "收银系统", "shouyin", "syxt", "POS", "ｐｏｓ"]:
            with self.subTest(q=q):
                found = self.titles(q)
                self.assertIn("云掌柜智慧门店", found)
                self.assertIn("快点收银台", found)
                self.assertNotIn("知岫绩效", found)

    def test_a_vendors_name_finds_its_offerings(self) -> None:
        self.assertIn("云掌柜智慧门店", self.titles("云掌柜"))

    def test_synonyms_find_hr_offerings(self) -> None:
        for q in ["人事软件", "HR"]:
            with self.subTest(q=q):
                self.assertIn("青梧人事", self.titles(q))

    def test_quoted_phrases_and_exclusions(self) -> None:
        self.assertEqual(self.titles('"扫码收银"'), ["快点收银台"])
        self.assertNotIn("快点收银台", self.titles("收银 -扫码"))
        self.assertIn("云掌柜智慧门店", self.titles("收银 -扫码"))

    def test_unpublishing_and_renaming_show_at_once(self) -> None:
        offering_unpublish(offering=self.kuai)
        self.assertNotIn("快点收银台", self.titles("收银"))
        self.yzg.name = "云掌柜新零售"
        offering_save(offering=self.yzg)
        self.assertIn("云掌柜新零售", self.titles("新零售"))

    def test_results_highlight_the_query_and_escape_everything_else(self) -> None:
        page = self.client.get(reverse("search:search"), {"q": "收银"}).content.decode()
        self.assertIn("<mark>收银</mark>", page)

    def test_facet_counts_equal_the_counts_of_the_filtered_results(self) -> None:
        page = self.client.get(reverse("search:search"), {"q": "收银"}).content.decode()
        for label, param in [
            ("SaaS", {"deployment": "saas"}),
            ("私有化部署", {"deployment": "private"}),
            ("买断", {"pricing": "one_time"}),
        ]:
            with self.subTest(label=label):
                count = int(re.search(rf"{label} <span class=\"muted\">\((\d+)\)</span>", page).group(1))  # type: ignore[union-attr]
                self.assertEqual(count, len(self.titles("收银", **param)))

    # a setting changed at run time: pages cached before it would outlive it
    @override_settings(XUANYONG_PAGE_CACHE=False)
    def test_past_the_candidate_cap_the_newest_matches_are_ranked_and_the_page_says_so(self) -> None:
        newer = [make_offering(self.pos, f"收银新品{i}号", tagline="收银") for i in range(3)]
        with self.settings(SEARCH_CANDIDATES=3):
            response = self.client.get(reverse("search:search"), {"q": "收银"})
            found = self.titles("收银")
        self.assertEqual(sorted(found), sorted(o.name for o in newer))
        self.assertIn("结果超过 3 条", response.content.decode())
        with self.settings(SEARCH_CANDIDATES=50):
            self.assertIn(
                "共 5 条结果", self.client.get(reverse("search:search"), {"q": "收银"}).content.decode()
            )

    # a setting changed at run time: pages cached before it would outlive it
    @override_settings(XUANYONG_PAGE_CACHE=False)
    def test_past_the_cap_a_filter_the_newest_candidates_miss_ranks_its_own_matches(self) -> None:
        others = category_create(name="餐饮收银")
        for i in range(4):  # newer matches, all outside the category the buyer filters on
            make_offering(others, f"餐饮收银{i}号", tagline="收银")
        with self.settings(SEARCH_CANDIDATES=3):
            response = self.client.get(reverse("search:search"), {"q": "收银", "category": self.pos.pk})
            found = self.titles("收银", category=str(self.pos.pk))
        self.assertEqual(sorted(found), sorted([self.yzg.name, self.kuai.name]))
        self.assertContains(response, "共 2 条结果")

    def test_a_word_nobody_had_is_found_as_soon_as_a_document_has_it(self) -> None:
        """The looser fallback drops words no document has; that finding must not outlive them."""
        self.assertEqual(self.titles("zorblax qwertyx"), [])
        with self.captureOnCommitCallbacks(execute=True):
            make_offering(self.pos, "Zorblax 收银台", tagline="门店收银")
        self.assertEqual(self.titles("zorblax qwertyx"), ["Zorblax 收银台"])

    def test_search_inside_a_transaction_leaves_the_planner_as_it_was(self) -> None:
        """On PostgreSQL the newest-match query turns off sequential and index scans for itself;
        a caller's later queries in the same transaction must plan as usual."""
        if connection.vendor != "postgresql":
            self.skipTest("planner settings exist on PostgreSQL only")
        with transaction.atomic(), connection.cursor() as cursor:
            self.assertEqual(self.titles("收银", kind="offering").count("快点收银台"), 1)
            cursor.execute("SELECT current_setting('enable_seqscan'), current_setting('enable_indexscan')")
            self.assertEqual(cursor.fetchone(), ("on", "on"))

    def test_tabs_switch_between_offerings_articles_and_vendors(self) -> None:
        page = self.client.get(reverse("search:search"), {"q": "云掌柜", "type": "vendor"}).content.decode()
        self.assertIn('class="tab active">服务商', page)
        self.assertEqual(self.titles("云掌柜", type="vendor"), ["云掌柜"])

    def test_no_result_falls_back_then_logs(self) -> None:
        page = self.client.get(reverse("search:search"), {"q": "kuaidian"}).content.decode()
        self.assertIn("按拼音匹配", page)
        self.assertIn("快点收银台", page)
        self.titles("完全不存在的词语组合")
        self.titles("完全不存在的词语组合")
        self.assertEqual(ZeroResultQuery.objects.get(query="完全不存在的词语组合").count, 2)

    def test_odd_queries_render_a_normal_page(self) -> None:
        odd = ["", "   ", "收" * 1000, "😀😀", "\x00\x07\x1b", "' OR 1=1 --", "NEAR(", '"', "*", "AND", ":", "^",
               'NEAR("收银" "系统")', "收银 OR", "-", "--", '"unterminated', "{f_name}:收银", "a:b", "收银*"]  # fmt: skip
        for q in odd:
            with self.subTest(q=q, db=connection.vendor):
                response = self.client.get(reverse("search:search"), {"q": q})
                self.assertEqual(response.status_code, 200)
        bad_filters = {"type": "<script>", "category": "x", "pricing": "nope", "rating": "abc"}
        response = self.client.get(reverse("search:search"), {"q": "收银", **bad_filters})
        self.assertContains(response, "已忽略无效的筛选条件")
        self.assertNotContains(response, "<script>")


class SuggestTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.pos = category_create(name="收银系统", aliases=["POS"])
        cls.vendor = vendor_create(name="客如云")
        make_offering(cls.pos, "客如云智慧餐饮", vendor=cls.vendor)

    def suggestions(self, q: str) -> list[str]:
        response = self.client.get(reverse("search:suggest"), {"q": q})
        self.assertEqual(response.status_code, 200)
        return re.findall(r'<a href="[^"]+">([^<]+)</a>', response.content.decode())

    def test_names_and_pinyin_prefixes(self) -> None:
        self.assertIn("收银系统", self.suggestions("shouyin"))
        self.assertIn("客如云", self.suggestions("kry"))
        self.assertIn("客如云智慧餐饮", self.suggestions("客如"))
        self.assertIn("收银系统", self.suggestions("收银"))

    def test_at_most_eight_and_empty_input_is_fine(self) -> None:
        for i in range(12):
            make_offering(self.pos, f"收银样品{i}")
        self.assertEqual(len(self.suggestions("收银")), 8)
        self.assertEqual(self.suggestions(""), [])
        self.assertEqual(self.suggestions("😀"), [])

    def test_unpublished_offerings_leave_the_suggestions(self) -> None:
        offering = Offering.objects.get(name="客如云智慧餐饮")
        offering_unpublish(offering=offering)
        self.assertNotIn("客如云智慧餐饮", self.suggestions("客如"))
