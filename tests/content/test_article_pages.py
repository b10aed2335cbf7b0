from __future__ import annotations

import datetime as dt
import json
import re

from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from xuanyong.catalog.models import Offering
from xuanyong.content.models import Article, RelatedArticle
from xuanyong.content.services import article_create

from ..factories import CategoryFactory, OfferingFactory
from .helpers import BROWSER_UA, published_article


class ArticlePageTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.category = CategoryFactory(name="收银系统")
        cls.offerings = [
            OfferingFactory(
                name=f"收银{i}号", primary_category=cls.category, price_min=100 + i, price_max=300
            )
            for i in range(3)
        ]
        Offering.objects.filter(pk=cls.offerings[0].pk).update(rating_avg=4.6, review_count=12)
        cls.listicle = published_article(
            title="8款常用收银系统推荐",
            body="## 选型要点\n\n便利店收银系统价格差别很大。",
            summary="新零售时代，便利店分布城市的每个角落，" * 6,
            kind=Article.Kind.LISTICLE,
            category=cls.category,
            tags=["收银", "零售"],
            offerings=[cls.offerings[2], cls.offerings[0]],
            source_type=Article.Source.WEB,
            read_count=120,
        )
        cls.others = [
            published_article(title=f"相关文章{i}", summary=f"摘要{i}" * 30, category=cls.category,
                              publish_at=timezone.now() - dt.timedelta(hours=i + 1))
            for i in range(8)
        ]  # fmt: skip
        cls.draft = article_create(title="还在写的草稿", body="草稿")

    def get(self, url: str) -> object:
        return self.client.get(url, HTTP_USER_AGENT=BROWSER_UA)

    def test_article_page_shows_reference_layout(self) -> None:
        response = self.get(self.listicle.get_absolute_url())
        self.assertContains(response, "<h1>8款常用收银系统推荐</h1>", html=True)
        html = response.content.decode()
        local = timezone.localtime(self.listicle.published_at)
        self.assertIn(local.strftime("%Y-%m-%d %H:%M:%S"), html)
        self.assertIn("阅读(121)", html)  # this visit counted
        self.assertIn("评论(0)", html)
        self.assertContains(response, "<h2>选型要点</h2>", html=True)
        self.assertContains(
            response, "内容来源:网络，以上内容来源于网络，不代表本站观点，如有侵权，请联系删除。"
        )
        self.assertContains(response, reverse("content:takedown", args=[self.listicle.slug]))
        self.assertContains(response, "侵权投诉")
        self.assertContains(response, "最新文章")
        self.assertContains(response, reverse("content:tag", args=[self.listicle.tags.first().slug]))  # type: ignore[union-attr]

    def test_listicle_renders_offerings_as_cards_in_order_with_price_and_rating(self) -> None:
        html = self.get(self.listicle.get_absolute_url()).content.decode()
        section = html[html.index("榜单产品") :]
        self.assertLess(section.index("收银2号"), section.index("收银0号"))
        self.assertIn("¥102–300", section)
        self.assertIn("评分 <strong>4.6</strong> / 5（12 条评价）", section)
        self.assertIn("暂无评分", section)

    def test_recommended_reading_has_six_cards_with_excerpts(self) -> None:
        html = self.get(self.listicle.get_absolute_url()).content.decode()
        section = html[html.index("<h2>推荐阅读</h2>") : html.index('id="comments"')]
        cards = re.findall(
            r'<div class="rec-card"><h3><a href="([^"]+)">([^<]+)</a></h3><p>([^<]+)<a', section
        )
        self.assertEqual(len(cards), 6)
        for url, _title, excerpt in cards:
            self.assertNotEqual(url, self.listicle.get_absolute_url())
            self.assertTrue(excerpt.endswith("…"))
            self.assertLessEqual(len(excerpt), 81)
        self.assertEqual(section.count("查看详情"), 6)
        self.assertNotIn("还在写的草稿", section)

    def test_article_json_ld(self) -> None:
        html = self.get(self.listicle.get_absolute_url()).content.decode()
        payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)  # type: ignore[union-attr]
        data = json.loads(payload)
        self.assertEqual(data["@type"], "Article")
        self.assertEqual(data["headline"], "8款常用收银系统推荐")
        self.assertTrue(data["url"].endswith(self.listicle.get_absolute_url()))
        self.assertIn("datePublished", data)

    def test_drafts_and_scheduled_articles_are_not_found(self) -> None:
        scheduled = article_create(
            title="明天发布", body="x", status=Article.Status.PUBLISHED,
            publish_at=timezone.now() + dt.timedelta(days=1),
        )  # fmt: skip
        self.assertEqual(scheduled.status, Article.Status.SCHEDULED)
        for article in (self.draft, scheduled):
            self.assertEqual(self.get(f"/a/{article.slug}/").status_code, 404)

    def test_article_list_tag_and_author_pages(self) -> None:
        response = self.get(reverse("content:article_list"))
        self.assertContains(response, "8款常用收银系统推荐")
        self.assertNotContains(response, "还在写的草稿")
        tag = self.listicle.tags.get(name="收银")
        response = self.get(reverse("content:tag", args=[tag.slug]))
        self.assertContains(response, "标签：收银")
        self.assertContains(response, "8款常用收银系统推荐")
        self.assertNotContains(response, "相关文章1")
        response = self.get(reverse("content:author", args=["选用编辑部"]))
        self.assertContains(response, "8款常用收银系统推荐")
        self.assertEqual(self.get(reverse("content:author", args=["没人"])).status_code, 404)

    def test_query_counts_are_pinned(self) -> None:
        for article in self.others[:4]:
            RelatedArticle.objects.create(
                article=self.listicle, neighbour=article, score=0.5, position=article.pk
            )
        self.get("/")  # warm the cached menu and site settings
        with self.assertNumQueries(2):  # count, page (categories joined)
            self.get(reverse("content:article_list"))
        # The article, the counted read (mark, counter and event in one transaction: savepoint,
        # upsert, update, insert, release), offerings, tags, 推荐阅读, more of its category, latest,
        # comments.
        with self.assertNumQueries(12):
            self.get(self.listicle.get_absolute_url())
