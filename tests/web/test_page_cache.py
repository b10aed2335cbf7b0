"""Whole pages cached for visitors with nothing personal: every kind of edit shows on the next
request, nobody sees another visitor's page, and reads, views and searches are still counted
exactly when the page comes from the cache."""

from __future__ import annotations

import re

from django.test import Client, override_settings
from django.urls import reverse

from xuanyong.analytics import buffer
from xuanyong.analytics.models import Event
from xuanyong.catalog.services import offering_save, plan_create
from xuanyong.catalog.tray import SESSION_KEY as TRAY_SESSION_KEY
from xuanyong.content.comments import comment_create, comments_moderate
from xuanyong.content.models import Article, Comment
from xuanyong.content.services import article_save
from xuanyong.reviews.models import Review
from xuanyong.reviews.services import review_moderate
from xuanyong.search.models import ZeroResultQuery
from xuanyong.web.selectors import site_settings

from ..base import PersonasTestCase
from ..catalog.helpers import make_offering, pos_category
from ..content.helpers import BROWSER_UA, published_article
from ..reviews.helpers import GOOD, published_review

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class PageCacheTestCase(PersonasTestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.pos = pos_category()
        cls.offering = make_offering(cls.pos, "云掌柜收银", vendor=cls.vendor_a, tagline="门店收银好帮手")
        cls.other = make_offering(cls.pos, "快收银", vendor=cls.vendor_b)
        cls.article = published_article(title="收银系统怎么选", body="先看断网收银。", category=cls.pos)
        site_settings()  # its row is made on first use, which (a write) would empty the cache

    def visitor(self) -> Client:
        """A new browser: no cookies yet."""
        return Client(HTTP_USER_AGENT=BROWSER_UA)

    def get(self, url: str, client: Client | None = None, **extra: str) -> tuple[str, str]:
        response = (client or self.visitor()).get(url, **extra)
        self.assertEqual(response.status_code, 200, url)
        return response.content.decode(), response.get("X-Page-Cache", "")

    def assert_cached(self, url: str) -> str:
        """Render it (a miss), then see the second visitor get it from the cache."""
        self.get(url)
        html, state = self.get(url)
        self.assertEqual(state, "hit", url)
        return html

    def fresh(self, url: str) -> str:
        html, state = self.get(url)
        self.assertEqual(state, "miss", f"{url}: an edit must make the next request render afresh")
        return html


class InvalidationTests(PageCacheTestCase):
    def test_an_offering_edit_shows_on_its_page_its_category_and_search(self) -> None:
        urls = [self.offering.get_absolute_url(), self.pos.get_absolute_url(), "/search/?q=收银"]
        for url in urls:
            self.assertNotIn("断网照常营业的新版", self.assert_cached(url))
        self.offering.tagline = "断网照常营业的新版"
        with self.captureOnCommitCallbacks(execute=True):
            offering_save(offering=self.offering)
        for url in urls:
            self.assertIn("断网照常营业的新版", self.fresh(url), url)

    def test_a_new_plan_shows_on_the_offering_page(self) -> None:
        url = self.offering.get_absolute_url()
        self.assertNotIn("旗舰版", self.assert_cached(url))
        with self.captureOnCommitCallbacks(execute=True):
            plan_create(offering=self.offering, name="旗舰版", price=1999)
        self.assertIn("旗舰版", self.fresh(url))

    def test_a_published_review_shows_in_the_ranking_and_on_the_offering_page(self) -> None:
        ranking, page = reverse("catalog:ranking", args=[self.pos.slug]), self.offering.get_absolute_url()
        published_review(self.offering, self.buyer, 8)
        self.assertIn("1 条评价", self.assert_cached(ranking))
        self.assert_cached(page)
        pending = Review.objects.create(
            offering=self.offering, user=self.editor, status=Review.Status.PENDING, **GOOD
        )
        with self.captureOnCommitCallbacks(execute=True):
            review_moderate(review=pending, publish=True, moderator=self.admin)
        self.assertIn("2 条评价", self.fresh(ranking))
        self.assertIn("2 条评价", self.fresh(page))

    def test_an_article_edit_shows_on_the_article_the_list_and_the_home_page(self) -> None:
        urls = [self.article.get_absolute_url(), reverse("content:article_list"), "/"]
        for url in urls:
            self.assert_cached(url)
        self.article.title = "二〇二六年收银系统选型指南"
        with self.captureOnCommitCallbacks(execute=True):
            article_save(article=self.article)
        for url in urls:
            self.assertIn("二〇二六年收银系统选型指南", self.fresh(url), url)

    def test_an_approved_comment_shows_on_the_article(self) -> None:
        url = self.article.get_absolute_url()
        comment = comment_create(
            article=self.article, body="我们店用了半年，断网收银确实稳定。", user=None,
            guest_name="路过的店长", visitor_id="v" * 20, ip="127.0.0.1",
        )  # fmt: skip
        self.assertEqual(comment.status, Comment.Status.PENDING)
        self.assertNotIn("断网收银确实稳定", self.assert_cached(url))
        with self.captureOnCommitCallbacks(execute=True):
            comments_moderate(comment_ids=[comment.pk], status=Comment.Status.APPROVED, moderator=self.editor)
        self.assertIn("断网收银确实稳定", self.fresh(url))

    def test_an_edit_in_the_admin_shows_at_once(self) -> None:
        """The admin saves rows without the services: the row signals invalidate."""
        url = self.article.get_absolute_url()
        self.assert_cached(url)
        Article.objects.filter(pk=self.article.pk).update(
            title="仅数据库里改的标题"
        )  # no signal: stays cached
        self.assertNotIn("仅数据库里改的标题", self.get(url)[0])
        article = Article.objects.get(pk=self.article.pk)
        article.title = "管理后台改过的标题"
        article.save()
        self.assertIn("管理后台改过的标题", self.fresh(url))

    def test_a_render_during_the_write_is_not_kept_past_its_commit(self) -> None:
        """The version moves at the write and again at the commit: a page rendered in between
        (from rows the transaction had not committed) is not served after it."""
        url = self.offering.get_absolute_url()
        self.assert_cached(url)
        self.offering.tagline = "提交之后才算数"
        with self.captureOnCommitCallbacks(execute=False) as hooks:
            offering_save(offering=self.offering)
        self.fresh(url)  # rendered before the commit hooks ran
        self.assertEqual(self.get(url)[1], "hit")
        for hook in hooks:
            hook()
        self.assertIn("提交之后才算数", self.fresh(url))


class PrivacyTests(PageCacheTestCase):
    def test_a_signed_in_vendor_never_gets_nor_leaves_a_cached_page(self) -> None:
        url = self.offering.get_absolute_url()
        self.assert_cached(url)
        vendor = self.visitor()
        vendor.force_login(self.vendor_a_member)
        html, state = self.get(url, vendor)
        self.assertEqual(state, "")
        self.assertIn("甲方成员", html)
        self.assertIn("服务商后台", html)
        for _ in range(2):
            html, _state = self.get(url)
            self.assertNotIn("甲方成员", html)
            self.assertNotIn("服务商后台", html)

    def test_a_buyers_compare_tray_stays_theirs(self) -> None:
        buyer = self.visitor()
        response = buyer.post(reverse("catalog:tray"), {"slug": self.other.slug, "action": "add"})
        self.assertEqual(response.status_code, 302)
        self.assertEqual(buyer.session[TRAY_SESSION_KEY], [self.other.slug])
        url = self.pos.get_absolute_url()
        tray_html, state = self.get(url, buyer)
        self.assertEqual(state, "")
        anonymous = self.assert_cached(url)
        tray = re.compile(r'<aside[^>]*id="compare-tray".*?</aside>', re.S)
        buyers_tray, everyones_tray = tray.search(tray_html), tray.search(anonymous)
        self.assertIsNotNone(buyers_tray)
        self.assertIn("快收银", buyers_tray.group(0) if buyers_tray else "")
        self.assertNotIn("快收银", everyones_tray.group(0) if everyones_tray else "")

    def test_each_visitor_gets_their_own_csrf_token_and_it_works(self) -> None:
        url = self.pos.get_absolute_url()
        self.get(url)  # cached by someone else
        tokens = set()
        for _ in range(2):
            visitor = Client(enforce_csrf_checks=True, HTTP_USER_AGENT=BROWSER_UA)
            html, state = self.get(url, visitor)
            self.assertEqual(state, "hit")
            self.assertNotIn("xyShared7csrf", html)
            token = CSRF_INPUT.search(html)
            assert token is not None
            tokens.add(token.group(1))
            response = visitor.post(
                reverse("catalog:tray"),
                {"slug": self.offering.slug, "action": "add", "csrfmiddlewaretoken": token.group(1)},
            )
            self.assertEqual(response.status_code, 302, "the token in the cached page is this visitor's")
        self.assertEqual(len(tokens), 2)

    def test_headers_keep_shared_caches_out_and_let_browsers_revalidate(self) -> None:
        url = self.offering.get_absolute_url()
        visitor = self.visitor()
        first = visitor.get(url)
        self.assertEqual(first["Cache-Control"], "private, no-cache")
        self.assertIn("Cookie", first["Vary"])
        again = visitor.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
        self.assertEqual(again.status_code, 304)
        other = self.visitor().get(url, HTTP_IF_NONE_MATCH=first["ETag"])
        self.assertEqual(other.status_code, 200, "another visitor's CSRF secret makes another page")

    def test_the_cache_can_be_turned_off(self) -> None:
        url = self.offering.get_absolute_url()
        with override_settings(XUANYONG_PAGE_CACHE=False):
            for _ in range(2):
                response = self.visitor().get(url)
                self.assertNotIn("X-Page-Cache", response)
                self.assertEqual(response.status_code, 200)


class CountingTests(PageCacheTestCase):
    def get(self, url: str, client: Client | None = None, **extra: str) -> tuple[str, str]:
        """A request whose events reach the buffer on commit, as they do in production."""
        with self.captureOnCommitCallbacks(execute=True):
            return super().get(url, client, **extra)

    def test_reads_and_views_are_counted_for_every_reader_of_a_cached_article(self) -> None:
        url = self.article.get_absolute_url()
        readers = [self.visitor() for _ in range(3)]
        states = [self.get(url, reader)[1] for reader in readers]
        self.assertEqual(states, ["miss", "hit", "hit"])
        self.assertEqual(self.get(url, readers[0])[1], "hit")  # a re-read within 30 minutes
        self.article.refresh_from_db()
        self.assertEqual(self.article.read_count, 3)
        reads = Event.objects.filter(kind=Event.Kind.READ, article_id=self.article.pk)
        self.assertEqual(reads.count(), 3)
        self.assertEqual(len(set(reads.values_list("visitor_id", flat=True))), 3)
        buffer.sync()  # page views wait in the request's buffer until its transaction ends
        views = Event.objects.filter(kind=Event.Kind.VIEW, object_key=self.article.slug)
        self.assertEqual(views.count(), 4)

    def test_a_revalidated_page_is_counted_too(self) -> None:
        url = self.article.get_absolute_url()
        reader = self.visitor()
        with self.captureOnCommitCallbacks(execute=True):
            etag = reader.get(url)["ETag"]
        with self.captureOnCommitCallbacks(execute=True):
            self.assertEqual(reader.get(url, HTTP_IF_NONE_MATCH=etag).status_code, 304)
        buffer.sync()
        views = Event.objects.filter(kind=Event.Kind.VIEW, object_key=self.article.slug)
        self.assertEqual(views.count(), 2)

    def test_searches_are_logged_when_the_results_come_from_the_cache(self) -> None:
        for _ in range(3):
            self.get("/search/?q=收银")
            self.get("/search/?q=完全不存在的词语组合")
        buffer.sync()
        searches = Event.objects.filter(kind__in=[Event.Kind.SEARCH, Event.Kind.SEARCH_NO_RESULT])
        self.assertEqual(searches.count(), 6)
        self.assertEqual(ZeroResultQuery.objects.get(query="完全不存在的词语组合").count, 3)

    def test_a_cached_answer_asks_the_database_nothing(self) -> None:
        bot = Client()  # no user agent: a bot, so no view or read to record
        for url in [
            "/", self.pos.get_absolute_url(), self.offering.get_absolute_url(), self.article.get_absolute_url(),
            "/search/?q=收银", reverse("catalog:ranking", args=[self.pos.slug]),
        ]:  # fmt: skip
            bot.get(url)
            with self.subTest(url=url), self.assertNumQueries(0):
                self.assertEqual(bot.get(url)["X-Page-Cache"], "hit")
