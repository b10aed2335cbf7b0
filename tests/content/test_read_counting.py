from __future__ import annotations

import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

import pytest
from django.core.cache import cache
from django.test import TestCase
from django.utils import timezone

from xuanyong.content.models import Article, ReadMark
from xuanyong.content.reads import read_marks_prune
from xuanyong.lib.visitor import COOKIE_NAME

from ..base import concurrent_requests, needs_postgres
from .helpers import BROWSER_UA, published_article


class ReadCountingTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.article = published_article(title="作品版权登记多少钱")

    def reads(self) -> int:
        return Article.objects.get(pk=self.article.pk).read_count

    def test_a_visitor_counts_once_per_30_minutes(self) -> None:
        url = self.article.get_absolute_url()
        first = self.client.get(url, HTTP_USER_AGENT=BROWSER_UA)
        self.assertIn(COOKIE_NAME, first.cookies)  # the anonymous id is set on the first visit
        self.assertContains(first, "阅读(1)")
        for _ in range(3):
            self.client.get(url, HTTP_USER_AGENT=BROWSER_UA)
        self.assertEqual(self.reads(), 1)
        cache.clear()  # not the cache: the database's mark decides
        self.client.get(url, HTTP_USER_AGENT=BROWSER_UA)
        self.assertEqual(self.reads(), 1)
        # The 30-minute window has passed.
        ReadMark.objects.update(counted_at=timezone.now() - timedelta(minutes=31))
        cache.clear()
        self.client.get(url, HTTP_USER_AGENT=BROWSER_UA)
        self.assertEqual(self.reads(), 2)

    def test_marks_past_the_window_are_pruned(self) -> None:
        self.client.get(self.article.get_absolute_url(), HTTP_USER_AGENT=BROWSER_UA)
        self.assertEqual(read_marks_prune(), 0, "a fresh mark stays")
        ReadMark.objects.update(counted_at=timezone.now() - timedelta(minutes=31))
        self.assertEqual(read_marks_prune(), 1)
        self.assertFalse(ReadMark.objects.exists())

    def test_distinct_visitors_each_count(self) -> None:
        for i in range(3):
            self.client.cookies[COOKIE_NAME] = f"visitor-number-{i:08d}"
            self.client.get(self.article.get_absolute_url(), HTTP_USER_AGENT=BROWSER_UA)
        self.assertEqual(self.reads(), 3)

    def test_known_bots_and_agentless_requests_do_not_count(self) -> None:
        for agent in (
            "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Sogou web spider/4.0", "curl/8.5.0", "python-requests/2.32", "",
        ):  # fmt: skip
            self.client.cookies.clear()
            response = self.client.get(self.article.get_absolute_url(), HTTP_USER_AGENT=agent)
            self.assertEqual(response.status_code, 200)
        self.assertEqual(self.reads(), 0)


@pytest.mark.postgres
@needs_postgres
def test_concurrent_reads_from_distinct_visitors_are_counted_exactly(
    transactional_db: Any, live_server: Any
) -> None:
    article = published_article(title="并发阅读计数")
    url = live_server.url + article.get_absolute_url()
    visitors = 240

    def read(i: int) -> int:
        request = urllib.request.Request(
            url, headers={"User-Agent": BROWSER_UA, "Cookie": f"{COOKIE_NAME}=concurrent-visitor-{i:06d}"}
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return int(response.status)

    # Each request also re-reads the same visitor once, which must not count again.
    with ThreadPoolExecutor(max_workers=concurrent_requests(48)) as pool:
        statuses = list(pool.map(read, [*range(visitors), *range(0, visitors, 4)]))
    assert statuses.count(200) == len(statuses)
    assert Article.objects.get(pk=article.pk).read_count == visitors
