from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from xuanyong.content.models import Article, Comment, TakedownRequest
from xuanyong.demo.sample import load_sample

# Headless Chromium announces itself ("HeadlessChrome") and is not counted as a reader.
READER_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
)


@pytest.fixture
def sample_site(transactional_db: None, live_server: Any) -> str:
    load_sample()
    return str(live_server.url)


@pytest.fixture
def reader(browser: Any) -> Iterator[Any]:
    context = browser.new_context(
        locale="zh-CN", viewport={"width": 1280, "height": 900}, user_agent=READER_UA
    )
    yield context.new_page()
    context.close()


def reads_shown(page: Any) -> int:
    return int(re.search(r"阅读\((\d+)\)", page.inner_text(".article-main .meta")).group(1))  # type: ignore[union-attr]


def test_reader_reads_comments_follows_a_recommendation_and_files_a_claim(
    sample_site: str, reader: Any
) -> None:
    page = reader
    page.goto(sample_site + "/")
    link = page.locator(".article-list a").first
    title = link.inner_text()
    article = Article.objects.get(slug=link.get_attribute("href").strip("/").split("/")[-1])
    before = article.read_count
    link.click()
    expect(page.locator("h1")).to_have_text(title)
    assert reads_shown(page) == before + 1
    assert Article.objects.get(pk=article.pk).read_count == before + 1
    page.reload()
    assert reads_shown(page) == before + 1  # the same reader within 30 minutes counts once
    assert Article.objects.get(pk=article.pk).read_count == before + 1

    form = page.locator("#comment-form")
    form.get_by_label("昵称").fill("读者小张")
    form.get_by_label("评论").fill("写得很实在，想看更多门店案例。")
    form.get_by_role("button", name="提交评论").click()
    expect(page.locator(".messages")).to_contain_text("审核通过后将显示")
    comment = Comment.objects.get(article=article)
    assert comment.status == Comment.Status.PENDING
    assert page.locator(".comments").inner_text().count("写得很实在") == 0  # waits for moderation

    cards = page.locator(".recommended .rec-card")
    expect(cards).to_have_count(6)
    assert cards.first.locator("p").inner_text().rstrip("查看详情").endswith("…")
    next_title = cards.first.locator("h3").inner_text()
    cards.first.get_by_role("link", name="查看详情").click()
    expect(page.locator("h1")).to_have_text(next_title)
    assert next_title != title

    page.get_by_role("link", name="侵权投诉").click()
    expect(page.locator("h1")).to_have_text("侵权投诉")
    page.get_by_label("投诉人").fill("某某文化传媒有限公司")
    page.get_by_label("联系方式").fill("legal@example.com")
    page.get_by_label("主张的权利").select_option(label="著作权")
    page.get_by_label("证据说明").fill("本文为我司原创，首发于公司官网，未授权转载。")
    page.get_by_label(re.compile("善意")).check()
    page.get_by_role("button", name="提交投诉").click()
    expect(page.locator("h1")).to_have_text("投诉已提交")
    claim = TakedownRequest.objects.get()
    assert claim.article.title == next_title
    expect(page.locator("main")).to_contain_text(f"#{claim.pk}")
