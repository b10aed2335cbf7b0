from __future__ import annotations

from django.test import TestCase
from django.urls import reverse

from xuanyong.web.models import PartnerBrand
from xuanyong.web.services import site_settings_update

from ..factories import ArticleFactory, CategoryFactory, OfferingFactory


class HomePageTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.parent = CategoryFactory(name="门店与零售")
        cls.pos = CategoryFactory(name="收银系统", parent=cls.parent)
        cls.featured = OfferingFactory(
            name="云掌柜收银", primary_category=cls.pos, featured=True, view_count=500
        )
        cls.other = OfferingFactory(name="快收银", primary_category=cls.pos, view_count=100)
        erp = CategoryFactory(name="ERP系统", parent=cls.parent)
        OfferingFactory(name="零售ERP", primary_category=erp).extra_categories.add(cls.pos)
        cls.article = ArticleFactory(title="8款常用收银系统推荐")
        PartnerBrand.objects.create(name="青禾本草", introduction="第5类医疗用品品牌。", position=1)

    def test_home_shows_categories_featured_rankings_articles_partners_and_hotline(self) -> None:
        response = self.client.get(reverse("web:home"))
        self.assertContains(response, "门店与零售")
        self.assertContains(response, f'href="/c/{self.pos.slug}/"')
        # An offering listed under an extra category counts there too, as on the category page.
        self.assertContains(
            response, f'<a href="/c/{self.pos.slug}/">收银系统</a> <span class="muted">3 款</span>', html=True
        )
        self.assertContains(response, "精选产品")
        self.assertContains(response, "收银系统</a> 热门榜")
        self.assertContains(response, "8款常用收银系统推荐")
        self.assertContains(response, "合作伙伴：青禾本草")
        self.assertContains(response, "400-0033-166")

    def test_hot_ranking_orders_by_views(self) -> None:
        content = self.client.get(reverse("web:home")).content.decode()
        ranking = content[content.index("热门榜") :]
        self.assertLess(ranking.index("云掌柜收银"), ranking.index("快收银"))

    def test_hotline_is_editable_and_the_change_shows_at_once(self) -> None:
        self.client.get(reverse("web:home"))  # warm the cache
        with self.captureOnCommitCallbacks(execute=True):
            site_settings_update(hotline="400-1234-567")
        self.assertContains(self.client.get(reverse("web:home")), "400-1234-567")

    def test_sample_notice_only_when_sample_data_is_loaded(self) -> None:
        self.assertNotContains(self.client.get(reverse("web:home")), "示例数据")
        with self.captureOnCommitCallbacks(execute=True):
            site_settings_update(sample_data=True)
        self.assertContains(self.client.get(reverse("web:home")), "示例数据")

    def test_query_count_does_not_grow_with_the_catalog(self) -> None:
        # Settings, menu and the page's sections are cached after the first view.
        self.client.get(reverse("web:home"))
        with self.assertNumQueries(0):
            self.client.get(reverse("web:home"))
        for _i in range(10):
            OfferingFactory(primary_category=self.pos, featured=True)
            ArticleFactory()
        with self.assertNumQueries(6):  # the writes made the cached sections stale: rendered afresh
            self.client.get(reverse("web:home"))


class PartnersAndErrorPagesTests(TestCase):
    def test_partners_page_lists_active_brands_with_trademark_details(self) -> None:
        PartnerBrand.objects.create(
            name="青禾本草",
            introduction="品牌介绍",
            trademark_class="第5类 医疗用品",
            registration_no="示例-1",
        )
        PartnerBrand.objects.create(name="已下线品牌", introduction="不展示", is_active=False)
        response = self.client.get(reverse("web:partners"))
        self.assertContains(response, "合作伙伴：青禾本草")
        self.assertContains(response, "第5类 医疗用品")
        self.assertNotContains(response, "已下线品牌")

    def test_404_page_is_in_chinese(self) -> None:
        response = self.client.get("/no-such-page/")
        self.assertContains(response, "页面不存在", status_code=404)

    def test_static_htmx_is_vendored(self) -> None:
        response = self.client.get("/static/vendor/htmx.min.js")
        self.assertEqual(response.status_code, 200)
        self.assertIn(b"htmx", b"".join(response.streaming_content))  # type: ignore[attr-defined]
