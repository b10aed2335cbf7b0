from __future__ import annotations

from django.core.exceptions import ValidationError
from django.test import TestCase, override_settings
from django.urls import reverse

from xuanyong.catalog.models import Attribute, Offering
from xuanyong.catalog.selectors import catalog_version_bump
from xuanyong.catalog.services import attribute_create, offering_create, plan_create, vendor_create
from xuanyong.content.models import Article
from xuanyong.content.services import article_create, article_save

from ..factories import CategoryFactory, OfferingFactory, VendorFactory


class CatalogPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.parent = CategoryFactory(name="门店与零售")
        cls.pos = CategoryFactory(name="收银系统", parent=cls.parent)
        attribute_create(
            category=cls.pos, key="offline_mode", label="断网收银", kind=Attribute.Kind.BOOL, group="功能"
        )
        attribute_create(
            category=cls.pos, key="industry", label="适用行业", kind=Attribute.Kind.MULTI,
            choices=[["retail", "零售"], ["catering", "餐饮"]],
        )  # fmt: skip
        cls.vendor = VendorFactory(name="云掌柜")
        cls.offering = offering_create(
            vendor=cls.vendor, primary_category=cls.pos, name="云掌柜收银", tagline="门店收银一体化",
            description="## 核心功能\n\n- 会员\n- 库存", pricing_model="subscription", price_min=99, price_max=299,
            price_unit="元/门店/年", attributes={"industry": ["retail"]},
        )  # fmt: skip
        plan_create(offering=cls.offering, name="连锁版", price=999, unit="元/门店/年")
        cls.draft = OfferingFactory(
            name="未发布的草稿", primary_category=cls.pos, status=Offering.Status.DRAFT
        )

    def test_category_page_lists_published_offerings_and_parent_includes_children(self) -> None:
        for category in (self.pos, self.parent):
            response = self.client.get(reverse("catalog:category", args=[category.slug]))
            self.assertContains(response, "云掌柜收银")
            self.assertNotContains(response, "未发布的草稿")

    def test_offering_page_shows_plans_attributes_and_unknowns(self) -> None:
        response = self.client.get(self.offering.get_absolute_url())
        self.assertContains(response, "<h1>云掌柜收银</h1>", html=True)
        self.assertContains(response, "连锁版")
        self.assertContains(response, "¥999")
        self.assertContains(response, "价格核实于")
        self.assertContains(response, "<h2>核心功能</h2>", html=True)
        self.assertContains(response, "零售")
        self.assertContains(response, '<dd class="muted">未知</dd>', html=True)  # offline_mode has no value
        self.assertContains(response, 'rel="canonical"')

    def test_offering_page_lists_a_new_article_about_it_at_once(self) -> None:
        """The page is cached per catalog version; publishing or hiding an article must show."""
        url = self.offering.get_absolute_url()
        self.assertNotContains(self.client.get(url), "云掌柜收银上手体验")  # now cached
        with self.captureOnCommitCallbacks(execute=True):
            article = article_create(
                title="云掌柜收银上手体验",
                body="正文。",
                status=Article.Status.PUBLISHED,
                offerings=[self.offering],
            )
        self.assertContains(self.client.get(url), "云掌柜收银上手体验")
        article.is_hidden = True
        with self.captureOnCommitCallbacks(execute=True):
            article_save(article=article)
        self.assertNotContains(self.client.get(url), "云掌柜收银上手体验")

    def test_draft_offering_is_not_found(self) -> None:
        self.assertEqual(self.client.get(self.draft.get_absolute_url()).status_code, 404)

    def test_vendor_page_lists_its_offerings(self) -> None:
        response = self.client.get(self.vendor.get_absolute_url())
        self.assertContains(response, "云掌柜收银")

    # the render's own cost: whole-page caching is tested in tests/web/test_page_cache.py
    @override_settings(XUANYONG_PAGE_CACHE=False)
    def test_category_page_query_count_is_bounded(self) -> None:
        url = reverse("catalog:category", args=[self.pos.slug])
        self.client.get(url)  # site settings and the menu, which no catalog write changes
        for size in (1, 26):
            with self.subTest(offerings=size):
                self.assertEqual(Offering.objects.published().in_category(self.pos).count(), size)
                catalog_version_bump()
                # Cold: category, children, schema, 2 facet counts, the credentials' counts, the
                # page's cards, articles.
                with self.assertNumQueries(8):
                    self.assertContains(self.client.get(url), f"共 {size} 款")
                # Warm: the category and its schema, counts and cards are cached under the catalog
                # version, the facets and the articles as shared HTML under the pages version.
                with self.assertNumQueries(0):
                    self.client.get(url)
                with self.captureOnCommitCallbacks(execute=True):
                    for i in range(25):
                        offering_create(vendor=self.vendor, primary_category=self.pos, name=f"批量收银{i}")


class CatalogValidationTests(TestCase):
    def test_attributes_outside_the_schema_are_refused_in_chinese(self) -> None:
        category = CategoryFactory()
        attribute_create(category=category, key="offline_mode", label="断网收银", kind=Attribute.Kind.BOOL)
        vendor = VendorFactory()
        for attributes, message in [
            ({"unknown": True}, "没有属性"),
            ({"offline_mode": "yes"}, "应为是或否"),
        ]:
            with self.subTest(attributes=attributes), self.assertRaisesMessage(ValidationError, message):
                offering_create(
                    vendor=vendor, primary_category=category, name="坏数据", attributes=attributes
                )
        self.assertFalse(Offering.objects.exists())

    def test_price_range_and_negative_price_are_refused(self) -> None:
        category, vendor = CategoryFactory(), VendorFactory()
        with self.assertRaisesMessage(ValidationError, "最高价不能低于最低价"):
            offering_create(
                vendor=vendor, primary_category=category, name="价格颠倒", price_min=500, price_max=100
            )
        with self.assertRaises(ValidationError):
            offering_create(vendor=vendor, primary_category=category, name="负价格", price_min=-1)
        self.assertFalse(Offering.objects.exists())

    def test_invalid_uscc_is_refused(self) -> None:
        with self.assertRaisesMessage(ValidationError, "校验位不正确"):
            vendor_create(name="假公司", uscc="91350100M000100Y44")

    def test_slugs_are_pinyin_and_unique(self) -> None:
        first = vendor_create(name="客如云")
        self.assertEqual(first.slug, "keruyun")
        category = CategoryFactory()
        a = offering_create(vendor=first, primary_category=category, name="收银系统")
        b = offering_create(vendor=first, primary_category=category, name="收银 系统")
        self.assertEqual(a.slug, "shouyinxitong")
        self.assertNotEqual(a.slug, b.slug)
