"""In a real browser: a visitor's CTA click reaches the beacon; an editor reads the dashboard."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from playwright.sync_api import expect

from xuanyong.accounts.models import Role
from xuanyong.accounts.services import user_grant_role, user_signup
from xuanyong.analytics import buffer
from xuanyong.analytics.models import Event
from xuanyong.catalog.models import Offering
from xuanyong.demo.sample import load_sample

# Headless Chromium calls itself "HeadlessChrome", which counts as a bot; a visitor says Chrome.
VISITOR_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
)


@pytest.fixture
def sample_site(transactional_db: None, live_server: Any) -> str:
    load_sample()
    buffer.discard()
    return str(live_server.url)


@pytest.fixture
def visitor(browser: Any) -> Iterator[Any]:
    context = browser.new_context(
        locale="zh-CN", viewport={"width": 1280, "height": 900}, user_agent=VISITOR_UA
    )
    yield context.new_page()
    context.close()


def _recorded_cta_click(within_seconds: float = 10.0) -> Event | None:
    """The visitor's CTA click once the live server has handled the beacon, or None."""
    deadline = time.monotonic() + within_seconds
    while True:
        buffer.sync()
        click = (
            Event.objects.exclude(visitor_id__startswith="demo-").filter(kind=Event.Kind.CTA_CLICK).first()
        )
        if click is not None or time.monotonic() > deadline:
            return click
        time.sleep(0.05)


def test_cta_click_is_recorded_through_the_beacon(sample_site: str, visitor: Any) -> None:
    offering = Offering.objects.published().filter(vendor__verified=True).order_by("id").first()
    assert offering is not None
    visitor.goto(f"{sample_site}/s/hz-canyin")
    visitor.goto(f"{sample_site}/p/{offering.slug}/")
    with visitor.expect_request(lambda r: r.url.endswith("/t/cta/") and r.method == "POST"):
        visitor.locator('[data-cta="quote"]').first.click()
    # The link is followed at once; the beacon outlives the page, so the browser may never
    # report its response to Playwright. What matters is that the server recorded the click.
    expect(visitor.locator("form.lead-form")).to_be_visible()
    click = _recorded_cta_click()
    assert click is not None, "the CTA click never reached the server"
    assert click.offering_id == offering.pk
    assert click.detail == "quote:offering"
    assert click.channel_id is not None, "the share link's channel rides along"


def test_editor_sees_charts_tables_and_range_errors(sample_site: str, page: Any) -> None:
    editor = user_signup(email="ops@example.com", display_name="运营小周", password="correct-horse-battery")
    user_grant_role(user=editor, role=Role.EDITOR)
    client = Client()
    client.force_login(editor)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": sample_site}]
    )
    page.goto(f"{sample_site}/ops/")
    expect(page.get_by_role("heading", name="运营数据看板")).to_be_visible()
    for chart in ("chart-traffic", "chart-funnel", "chart-channels"):
        expect(page.locator(f'[data-chart="{chart}"][data-drawn="1"] canvas')).to_have_count(1)
    expect(page.locator("#t-funnel-channel")).to_contain_text("杭州餐饮老板交流群")
    expect(page.locator("#t-kpi")).to_contain_text("线索数")

    page.fill('input[name="start"]', "2026-11-20")
    page.fill('input[name="end"]', "2026-11-01")
    page.get_by_role("button", name="查看").click()
    expect(page.get_by_role("alert")).to_contain_text("开始日期不能晚于结束日期")
