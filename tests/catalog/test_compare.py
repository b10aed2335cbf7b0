from __future__ import annotations

import re

from django.test import Client, TestCase, override_settings
from django.urls import reverse

from xuanyong.catalog.models import Attribute, Offering
from xuanyong.catalog.selectors import catalog_version_bump
from xuanyong.catalog.services import attribute_create, offering_save

from ..factories import CategoryFactory
from .helpers import make_offering, pos_category


class ComparePageTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.pos = pos_category()
        cls.a = make_offering(
            cls.pos, "甲收银", attributes={"offline_mode": True, "payment": ["wechat"], "scale": "small"}
        )
        cls.b = make_offering(cls.pos, "乙收银", attributes={"offline_mode": True, "payment": ["alipay"]})
        cls.c = make_offering(cls.pos, "丙收银", attributes={"offline_mode": True, "scale": "chain"})
        cls.hr = CategoryFactory(name="人力资源管理")
        attribute_create(category=cls.hr, key="mobile_clock", label="手机打卡", kind=Attribute.Kind.BOOL)
        cls.h = make_offering(cls.hr, "丁人事", attributes={"mobile_clock": True})
        cls.url = reverse("catalog:compare")

    def rows(self, slugs: str) -> dict[str, tuple[list[str], bool]]:
        page = self.client.get(self.url, {"o": slugs}).content.decode()
        rows = {}
        for klass, label, cells in re.findall(
            r'<tr class="(differs)?"><th scope="row">([^<]+?)(?: <span[^>]*>≠</span>)?</th>(.*?)</tr>',
            page,
            re.S,
        ):
            rows[label] = (re.findall(r"<td[^>]*>([^<]*)</td>", cells), klass == "differs")
        return rows

    def test_three_offerings_align_by_schema_with_differences_and_unknowns(self) -> None:
        rows = self.rows(f"{self.a.slug},{self.b.slug},{self.c.slug}")
        self.assertEqual(rows["断网收银"], (["支持", "支持", "支持"], False))
        self.assertEqual(rows["支付方式"], (["微信支付", "支付宝", "未知"], True))
        self.assertEqual(rows["适合规模"], (["小微", "未知", "连锁"], True))

    def test_the_url_is_shareable_and_keeps_the_order(self) -> None:
        slugs = f"{self.c.slug},{self.a.slug}"
        page = self.client.get(self.url, {"o": slugs}).content.decode()
        self.assertIn(f"?o={slugs}", page)
        self.assertLess(page.index("丙收银"), page.index("甲收银"))

    def test_mixed_categories_say_so_and_mark_foreign_attributes(self) -> None:
        response = self.client.get(self.url, {"o": f"{self.a.slug},{self.h.slug}"})
        self.assertContains(response, "分属不同分类")
        rows = self.rows(f"{self.a.slug},{self.h.slug}")
        self.assertEqual(rows["手机打卡"][0], ["不适用", "支持"])

    def test_unknown_or_too_many_offerings_get_a_helpful_page(self) -> None:
        extra = make_offering(self.pos, "戊收银")
        many = ",".join([self.a.slug, self.b.slug, self.c.slug, extra.slug, self.h.slug])
        response = self.client.get(self.url, {"o": many})
        self.assertContains(response, "一次最多对比 4 款")
        self.assertNotContains(response, "丁人事")
        response = self.client.get(self.url, {"o": f"{self.a.slug},no-such-thing,{self.b.slug}"})
        self.assertContains(response, "有 1 款产品不存在或已下架")
        self.assertContains(response, "甲收银")
        response = self.client.get(self.url, {"o": "nothing,<script>x</script>"})
        self.assertContains(response, "不存在或已下架", status_code=404)
        self.assertNotContains(response, "<script>x</script>", status_code=404)
        response = self.client.get(self.url, {"o": self.a.slug})
        self.assertContains(response, "请再选择至少 1 款")
        self.assertContains(self.client.get(self.url), "还没有选择要对比的产品")

    def test_archived_offerings_drop_out(self) -> None:
        Offering.objects.filter(pk=self.b.pk).update(status=Offering.Status.ARCHIVED)
        response = self.client.get(self.url, {"o": f"{self.a.slug},{self.b.slug},{self.c.slug}"})
        self.assertContains(response, "有 1 款产品不存在或已下架")

    # the render's own cost: whole-page caching is tested in tests/web/test_page_cache.py
    @override_settings(XUANYONG_PAGE_CACHE=False)
    def test_query_count_is_bounded(self) -> None:
        slugs = f"{self.a.slug},{self.b.slug},{self.c.slug},{self.h.slug}"
        self.client.get(self.url, {"o": slugs})  # site settings and menu are cached after the first view
        catalog_version_bump()
        with self.assertNumQueries(4):  # cold: the offerings asked for, their rows, schemas and credentials
            self.client.get(self.url, {"o": slugs})
        with self.assertNumQueries(1):  # warm: the table is cached under the catalog version
            self.client.get(self.url, {"o": slugs})

    def test_an_edit_shows_in_the_comparison_at_once(self) -> None:
        slugs = f"{self.a.slug},{self.b.slug}"
        self.assertEqual(self.rows(slugs)["适合规模"][0], ["小微", "未知"])
        self.b.attributes = {**self.b.attributes, "scale": "chain"}
        with self.captureOnCommitCallbacks(execute=True):
            offering_save(offering=self.b)
        self.assertEqual(self.rows(slugs)["适合规模"][0], ["小微", "连锁"])


class CompareTrayTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.pos = pos_category()
        cls.offerings = [make_offering(cls.pos, f"收银{i}") for i in range(5)]
        cls.hr = CategoryFactory(name="人力资源管理")
        cls.hr_offering = make_offering(cls.hr, "人事通")
        cls.tray_url = reverse("catalog:tray")

    def add(self, offering: Offering, htmx: bool = True) -> str:
        headers = {"HX-Request": "true"} if htmx else {}
        response = self.client.post(
            self.tray_url, {"slug": offering.slug, "action": "add", "next": "/"}, headers=headers
        )
        return response.content.decode()

    def test_picks_persist_while_browsing_and_the_tray_links_to_the_comparison(self) -> None:
        fragment = self.add(self.offerings[0])
        self.assertIn("已加入对比：收银0", fragment)
        self.assertIn('id="compare-tray"', fragment)
        self.assertNotIn("<html", fragment)  # a partial for htmx, not a page
        self.add(self.offerings[1])
        page = self.client.get(reverse("catalog:category", args=[self.pos.slug])).content.decode()
        self.assertIn("对比栏（2/4）", page)
        self.assertIn(f"/compare/?o={self.offerings[0].slug},{self.offerings[1].slug}", page)

    def test_at_most_four_picks(self) -> None:
        for offering in self.offerings[:4]:
            self.add(offering)
        self.assertIn("对比栏最多放 4 款产品", self.add(self.offerings[4]))
        self.assertEqual(len(self.client.session["compare_tray"]), 4)

    def test_remove_and_clear(self) -> None:
        self.add(self.offerings[0])
        self.add(self.offerings[1])
        self.client.post(
            self.tray_url,
            {"slug": self.offerings[0].slug, "action": "remove"},
            headers={"HX-Request": "true"},
        )
        self.assertEqual(self.client.session["compare_tray"], [self.offerings[1].slug])
        self.client.post(self.tray_url, {"action": "clear"}, headers={"HX-Request": "true"})
        self.assertNotIn("compare_tray", self.client.session)

    def test_picks_from_different_categories_get_a_clear_message(self) -> None:
        self.add(self.offerings[0])
        self.assertIn("所选产品分属不同分类", self.add(self.hr_offering))

    def test_without_javascript_it_redirects_back(self) -> None:
        response = self.client.post(
            self.tray_url, {"slug": self.offerings[0].slug, "action": "add", "next": "/c/x/?a=1"}
        )
        self.assertRedirects(response, "/c/x/?a=1", fetch_redirect_response=False)
        response = self.client.post(
            self.tray_url, {"slug": self.offerings[0].slug, "next": "https://evil.example/"}
        )
        self.assertRedirects(response, "/", fetch_redirect_response=False)

    def test_unknown_offering_and_missing_csrf(self) -> None:
        response = self.client.post(self.tray_url, {"slug": "nope"}, headers={"HX-Request": "true"})
        self.assertContains(response, "该产品不存在或已下架")
        strict = Client(enforce_csrf_checks=True)
        self.assertEqual(strict.post(self.tray_url, {"slug": self.offerings[0].slug}).status_code, 403)

    def test_compare_without_o_uses_the_tray(self) -> None:
        self.add(self.offerings[0])
        self.add(self.offerings[1])
        response = self.client.get(reverse("catalog:compare"))
        self.assertRedirects(response, f"/compare/?o={self.offerings[0].slug},{self.offerings[1].slug}")
