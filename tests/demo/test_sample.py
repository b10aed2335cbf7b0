from __future__ import annotations

import re

from django.test import TestCase
from django.urls import reverse

from xuanyong.catalog.models import Category, FeeItem, Offering, Plan, Vendor
from xuanyong.catalog.services import validate_attributes
from xuanyong.content.models import Article
from xuanyong.demo.accounts import demo_accounts_ensure
from xuanyong.demo.sample import load_sample
from xuanyong.lib.markdown import plain_text
from xuanyong.lib.validators import validate_uscc
from xuanyong.web.models import PartnerBrand

REQUIRED_DOMAINS = [
    "收银", "人力资源", "资产管理", "门禁", "直播", "语音识别", "电商系统开发", "工商注册", "版权登记", "商标注册",
    "CRM", "ERP", "财务记账", "协同办公", "私域",
]  # fmt: skip


class SampleDatasetTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.stats = load_sample()

    def test_sizes_meet_the_brief(self) -> None:
        leaves = Category.objects.filter(parent__isnull=False)
        self.assertGreaterEqual(leaves.count(), 15)
        self.assertGreaterEqual(Offering.objects.published().count(), 120)
        self.assertGreaterEqual(Vendor.objects.count(), 60)
        self.assertGreaterEqual(Article.objects.published().count(), 40)
        self.assertGreaterEqual(PartnerBrand.objects.count(), 6)
        self.assertTrue(Offering.objects.filter(kind="service").exists())
        self.assertTrue(Plan.objects.exists())
        self.assertTrue(FeeItem.objects.filter(kind="official").exists())

    def test_every_reference_domain_has_a_category_with_offerings(self) -> None:
        names = list(Category.objects.filter(parent__isnull=False).values_list("name", flat=True))
        for domain in REQUIRED_DOMAINS:
            with self.subTest(domain=domain):
                category = next(n for n in names if domain in n)
                self.assertTrue(Offering.objects.filter(primary_category__name=category).exists())

    def test_articles_are_800_to_3000_characters_of_chinese(self) -> None:
        for article in Article.objects.all():
            with self.subTest(article=article.title):
                text = re.sub(r"\s", "", plain_text(article.body))
                self.assertGreaterEqual(len(text), 800)
                self.assertLessEqual(len(text), 3200)

    def test_listicles_link_the_offerings_they_promise(self) -> None:
        listicle = Article.objects.get(title__contains="8款常用收银系统推荐")
        offerings = list(listicle.article_offerings.select_related("offering__primary_category"))
        self.assertEqual(len(offerings), 8)
        self.assertTrue(all(link.offering.primary_category.name == "收银系统" for link in offerings))

    def test_vendors_have_valid_credit_codes_and_offerings_fit_their_schema(self) -> None:
        for vendor in Vendor.objects.all():
            validate_uscc(vendor.uscc)
        for offering in Offering.objects.select_related("primary_category"):
            validate_attributes(offering.primary_category, offering.attributes)

    def test_the_sample_site_renders_with_the_notice(self) -> None:
        response = self.client.get(reverse("web:home"))
        self.assertContains(response, "示例数据")
        self.assertContains(response, "收银系统")
        article = Article.objects.get(title__contains="8款常用收银系统推荐")
        self.assertContains(self.client.get(article.get_absolute_url()), "推荐阅读")

    def test_demo_accounts_log_in_and_are_created_once(self) -> None:
        logins = demo_accounts_ensure()
        self.assertEqual(len(demo_accounts_ensure()), 4)
        for login in logins:
            with self.subTest(role=login.role):
                self.assertTrue(self.client.login(username=login.email, password=login.password))

    def test_the_catalog_is_a_data_file_that_reimports_unchanged(self) -> None:
        from xuanyong.catalog.bulk import catalog_import
        from xuanyong.demo.sample import CATALOG_FILE

        self.assertEqual(CATALOG_FILE.suffix, ".csv")
        report = catalog_import(data=CATALOG_FILE.read_bytes(), filename=CATALOG_FILE.name, dry_run=True)
        self.assertEqual(report.errors, [])
        # The file leaves the price check dates empty (the sample draws them): empty keeps them.
        self.assertEqual(report.changed_rows(), [])
        counts = report.counts()
        self.assertEqual(counts["vendor"]["unchanged"], Vendor.objects.count())
        self.assertEqual(counts["offering"]["unchanged"], Offering.objects.count())
        self.assertEqual(counts["plan"]["unchanged"], Plan.objects.count())
        self.assertEqual(counts["fee"]["unchanged"], FeeItem.objects.count())
