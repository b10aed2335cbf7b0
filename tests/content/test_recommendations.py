from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
from django.db import connection
from django.test import TestCase, override_settings
from django.utils import timezone

from xuanyong.content import recommendations as rec
from xuanyong.content.models import Article, RecommendationPosting, RecommendationTerm, RelatedArticle
from xuanyong.content.related import related_rebuild, related_refresh
from xuanyong.content.related import terms_fill as related_terms_fill
from xuanyong.content.services import article_create, article_publish
from xuanyong.content.takedowns import takedown_create, takedown_hide_article

from ..base import needs_postgres
from .helpers import BROWSER_UA, published_article

POS = "收银系统 门店 收银 会员 库存 扫码支付 便利店 连锁门店 小票打印 收银机"
HR = "人事 考勤 薪酬 社保 招聘 员工档案 绩效 人力资源 排班 入职"


def text(words: str, i: int) -> str:
    return f"本文介绍{words}。" * 3 + f"第{i}篇的补充说明。"


class RecommendedReadingTests(TestCase):
    def publish_all(self) -> None:
        with self.captureOnCommitCallbacks(execute=True):
            self.pos = [published_article(title=f"收银系统选型第{i}篇", body=text(POS, i)) for i in range(5)]
            self.hr = [published_article(title=f"人事软件怎么选第{i}篇", body=text(HR, i)) for i in range(5)]

    def test_neighbours_are_similar_never_self_and_stored_in_order(self) -> None:
        self.publish_all()
        links = list(RelatedArticle.objects.filter(article=self.pos[0]).select_related("neighbour"))
        self.assertGreaterEqual(len(links), 4)
        self.assertEqual([link.position for link in links], list(range(len(links))))
        self.assertNotIn(self.pos[0].pk, [link.neighbour_id for link in links])
        top4 = {link.neighbour_id for link in links[:4]}
        self.assertEqual(top4, {a.pk for a in self.pos[1:]})
        scores = [link.score for link in links]
        self.assertEqual(scores, sorted(scores, reverse=True))

    def test_the_article_page_shows_them_and_a_reader_can_follow_one(self) -> None:
        self.publish_all()
        page = self.client.get(self.hr[0].get_absolute_url(), HTTP_USER_AGENT=BROWSER_UA).content.decode()
        section = page[page.index("推荐阅读") : page.index('id="comments"')]
        self.assertIn(self.hr[1].get_absolute_url(), section)
        self.assertLess(
            section.index("人事软件怎么选"),
            section.index("收银系统选型") if "收银系统选型" in section else 10**9,
        )
        followed = self.client.get(self.hr[1].get_absolute_url(), HTTP_USER_AGENT=BROWSER_UA)
        self.assertContains(followed, "<h1>人事软件怎么选第1篇</h1>", html=True)

    def test_unpublished_and_hidden_articles_are_never_recommended(self) -> None:
        self.publish_all()
        with self.captureOnCommitCallbacks(execute=True):
            draft = article_create(title="收银系统选型草稿", body=text(POS, 99))
            claim = takedown_create(
                article=self.pos[1], claimant="甲", contact="a@example.com", right="copyright", evidence="证据",
                good_faith=True,
            )  # fmt: skip
            takedown_hide_article(request=claim, actor=None)
        neighbours = set(RelatedArticle.objects.values_list("neighbour_id", flat=True))
        self.assertNotIn(draft.pk, neighbours)
        self.assertNotIn(self.pos[1].pk, neighbours)
        self.assertFalse(RelatedArticle.objects.filter(article=self.pos[1]).exists())
        page = self.client.get(self.pos[0].get_absolute_url()).content.decode()
        self.assertNotIn(self.pos[1].get_absolute_url(), page)

    def test_publishing_later_brings_an_article_into_others_lists(self) -> None:
        self.publish_all()
        with self.captureOnCommitCallbacks(execute=True):
            late = article_create(title="收银系统选型补充", body=text(POS, 7))
        self.assertFalse(RelatedArticle.objects.filter(neighbour=late).exists())
        with self.captureOnCommitCallbacks(execute=True):
            article_publish(article=late)
        self.assertTrue(RelatedArticle.objects.filter(article=self.pos[0], neighbour=late).exists())
        self.assertTrue(RelatedArticle.objects.filter(article=late).exists())

    def test_rebuild_and_freshness_blend(self) -> None:
        self.publish_all()
        self.assertEqual(related_rebuild(), 10)
        self.assertGreater(rec.blend(0.5, 0), rec.blend(0.5, 365))
        self.assertLess(rec.blend(0.1, 0), rec.blend(0.5, 3650))  # freshness never beats relevance
        Article.objects.filter(pk=self.pos[4].pk).update(
            published_at=timezone.now() - dt.timedelta(days=3000)
        )
        self.assertEqual(related_rebuild(), 10)


class BulkLoadedArticlesTests(TestCase):
    """Articles written in bulk (``load-sample --scale``, imports) arrive without stored terms."""

    def test_a_rebuild_fills_their_terms_in_a_few_queries_and_recommends_them(self) -> None:
        now = timezone.now()
        Article.objects.bulk_create(
            Article(
                title=f"{'收银系统' if i % 2 else '人事软件'}选型第{i}篇",
                slug=f"bulk-{i}",
                body=text(POS if i % 2 else HR, i),
                status=Article.Status.PUBLISHED,
                published_at=now - dt.timedelta(days=i),
            )
            for i in range(40)
        )
        live = Article.objects.published()
        with self.assertNumQueries(7):  # two chunks (articles, their tags, one insert), then none left
            self.assertEqual(related_terms_fill(live, chunk=25), 40)
        self.assertEqual(related_rebuild(), 40)
        pos = live.filter(title__startswith="收银系统").order_by("pk")
        shown = set(RelatedArticle.objects.filter(article=pos[0]).values_list("neighbour__title", flat=True))
        self.assertTrue(shown)
        self.assertTrue(all(title.startswith("收银系统") for title in shown), shown)


def stored_lists() -> list[tuple[int, int, int, float]]:
    return list(RelatedArticle.objects.order_by("article_id", "position").values_list(
        "article_id", "position", "neighbour_id", "score"
    ))  # fmt: skip


class StoredIndexTests(RecommendedReadingTests):
    """A large site refreshes one article through the stored IDF and postings of the last rebuild.

    The corpus here is small, so the tests lower the threshold once it is published: the stored
    weights of a rebuild over ten articles are meaningful, those of one or two are not.
    """

    def publish_all(self) -> None:
        super().publish_all()
        large = override_settings(CONTENT_RECOMMENDATIONS_INDEX_FROM=5)
        large.enable()
        self.addCleanup(large.disable)
        related_rebuild()

    def test_a_refresh_right_after_a_rebuild_changes_no_list(self) -> None:
        self.publish_all()
        rebuilt = stored_lists()
        for article in (self.pos[0], self.hr[3]):
            related_refresh(article.pk)
        refreshed = stored_lists()
        self.assertEqual([row[:3] for row in refreshed], [row[:3] for row in rebuilt])
        for (*_, before), (*_, after) in zip(rebuilt, refreshed, strict=True):
            self.assertAlmostEqual(before, after, places=6)  # the same cosines, freshness a moment later

    def test_the_index_holds_live_articles_only_and_small_sites_keep_none(self) -> None:
        self.publish_all()
        self.assertTrue(RecommendationTerm.objects.exists())
        indexed = set(RecommendationPosting.objects.values_list("article_id", flat=True))
        self.assertEqual(indexed, {a.pk for a in self.pos + self.hr})
        with self.captureOnCommitCallbacks(execute=True):
            claim = takedown_create(
                article=self.hr[2], claimant="甲", contact="a@example.com", right="copyright", evidence="证据",
                good_faith=True,
            )  # fmt: skip
            takedown_hide_article(request=claim, actor=None)
        self.assertFalse(RecommendationPosting.objects.filter(article=self.hr[2]).exists())
        with override_settings(CONTENT_RECOMMENDATIONS_INDEX_FROM=100):
            self.assertEqual(related_rebuild(), 9)
        self.assertFalse(RecommendationTerm.objects.exists())
        self.assertFalse(RecommendationPosting.objects.exists())

    def test_growing_past_the_threshold_stores_the_index_on_the_next_refresh(self) -> None:
        super().publish_all()
        self.assertFalse(RecommendationTerm.objects.exists())
        with (
            override_settings(CONTENT_RECOMMENDATIONS_INDEX_FROM=10),
            self.captureOnCommitCallbacks(execute=True),
        ):
            late = published_article(title="收银系统选型补充", body=text(POS, 7))
        self.assertTrue(RecommendationPosting.objects.filter(article=late).exists())
        self.assertTrue(RelatedArticle.objects.filter(article=self.pos[0], neighbour=late).exists())


@pytest.mark.postgres
@needs_postgres
def test_workers_refreshing_overlapping_lists_at_once_never_collide(transactional_db: Any) -> None:
    """Two Celery workers refresh neighbouring articles at the same moment (a publish and an
    edit): each list is replaced whole, never inserted twice (found on the loopback cluster)."""
    articles = [published_article(title=f"收银系统选型第{i}篇", body=text(POS, i)) for i in range(6)]
    for i in range(4):  # other subjects, so the shared terms weigh something
        published_article(title=f"人事软件怎么选第{i}篇", body=text(HR, i))
    barrier = threading.Barrier(6)
    errors: list[Exception] = []

    def refresh(article_id: int) -> None:
        barrier.wait()
        try:
            for _ in range(3):
                related_refresh(article_id)
        except Exception as exc:  # any IntegrityError is the bug
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=refresh, args=(a.pk,)) for a in articles]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for article in articles:
        positions = list(RelatedArticle.objects.filter(article=article).values_list("position", flat=True))
        assert positions == list(range(len(positions)))
        assert positions, "every article keeps its neighbours"
