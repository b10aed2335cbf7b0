from __future__ import annotations

from django.test import TestCase

from xuanyong.catalog.models import Offering

from ..factories import OfferingFactory
from .helpers import published_article


class FeedAndSitemapTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.article = published_article(title="工商注册需要准备什么材料", summary="材料清单")
        cls.offering = OfferingFactory(name="已发布的产品")
        cls.hidden_offering = OfferingFactory(name="草稿产品", status=Offering.Status.DRAFT)

    def test_rss_feed_lists_published_articles(self) -> None:
        response = self.client.get("/feed/")
        self.assertEqual(response.status_code, 200)
        self.assertIn("application/rss+xml", response["Content-Type"])
        self.assertContains(response, "工商注册需要准备什么材料")
        self.assertContains(response, self.article.get_absolute_url())

    def test_sitemap_covers_articles_offerings_categories_and_vendors(self) -> None:
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        body = response.content.decode()
        for url in (
            self.article.get_absolute_url(),
            self.offering.get_absolute_url(),
            self.offering.primary_category.get_absolute_url(),
            self.offering.vendor.get_absolute_url(),
        ):
            self.assertIn(url, body)
        self.assertNotIn(self.hidden_offering.get_absolute_url(), body)
