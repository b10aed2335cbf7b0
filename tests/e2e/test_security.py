"""In a real browser, under the Content-Security-Policy: the admin, charts and confirm dialogs work.

Every browser test fails on a CSP refusal (conftest); these visit the pages the other journeys
do not: the admin's own scripts, the ranking chart's tooltip, and a confirm() before a withdrawal.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from xuanyong.accounts.models import User
from xuanyong.catalog.models import Category
from xuanyong.demo.accounts import DEMO_PASSWORD, demo_accounts_ensure
from xuanyong.demo.sample import load_sample
from xuanyong.leads.models import Lead
from xuanyong.reviews.ranking import category_ranking


@pytest.fixture
def sample_site(transactional_db: None, live_server: Any) -> str:
    load_sample()
    demo_accounts_ensure()
    return str(live_server.url)


def test_admin_logs_in_and_its_scripts_run(sample_site: str, page: Any) -> None:
    page.goto(f"{sample_site}/admin/login/?next=/admin/")
    page.get_by_label("电子邮箱").fill("admin@demo.xuanyong.local")
    page.get_by_label("密码").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="登录").click()
    expect(page.locator("#site-name")).to_contain_text("选用 · 运营后台")
    page.goto(f"{sample_site}/admin/content/article/")
    counter = page.locator(".action-counter")
    page.locator("#action-toggle").check()  # admin's actions.js counts the selection
    expect(counter).to_contain_text("选中")
    page.goto(f"{sample_site}/admin/content/article/add/")
    expect(page.locator("form#article_form")).to_be_visible()
    page.goto(f"{sample_site}/admin/security/throttlelock/")
    expect(page.locator("#content h1")).to_contain_text("访问限制")


def test_ranking_chart_draws_and_shows_its_tooltip(sample_site: str, page: Any) -> None:
    slug = next(c.slug for c in Category.objects.all() if category_ranking(c).chart_points())
    page.goto(f"{sample_site}/rank/{slug}/")
    canvas = page.locator("#rank-chart canvas")
    expect(canvas).to_be_visible()
    box = canvas.bounding_box()
    for x in range(40, int(box["width"]), 25):  # sweep across the points: tooltips must not break the CSP
        page.mouse.move(box["x"] + x, box["y"] + box["height"] / 2)


def test_withdrawing_consent_asks_first(sample_site: str, page: Any) -> None:
    lead = Lead.objects.filter(consent_withdrawn_at__isnull=True).first()
    assert lead is not None
    page.goto(f"{sample_site}/leads/r/{lead.token}/")
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="撤回个人信息授权").click()
    lead.refresh_from_db()
    assert lead.consent_withdrawn_at is None, "dismissing the confirm dialog changed nothing"
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="撤回个人信息授权").click()
    expect(page.locator(".messages")).to_contain_text("已撤回授权")
    lead.refresh_from_db()
    assert lead.consent_withdrawn_at is not None


def test_dashboard_chart_tooltips(sample_site: str, page: Any) -> None:
    page.goto(f"{sample_site}/accounts/login/")
    page.get_by_label("电子邮箱").fill("editor@demo.xuanyong.local")
    page.get_by_label("密码").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.goto(f"{sample_site}/ops/")
    canvas = page.locator("[data-chart] canvas").first
    expect(canvas).to_be_visible()
    box = canvas.bounding_box()
    for x in range(20, int(box["width"]), 20):  # axis tooltips follow the pointer across the days
        page.mouse.move(box["x"] + x, box["y"] + box["height"] / 2)


def test_buyer_downloads_their_data_then_deletes_the_account(sample_site: str, page: Any) -> None:
    page.goto(f"{sample_site}/accounts/login/")
    page.get_by_label("电子邮箱").fill("buyer@demo.xuanyong.local")
    page.get_by_label("密码").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.get_by_role("link", name="我的数据").click()
    expect(page.locator("h1")).to_have_text("我的数据与隐私")
    with page.expect_download() as download:
        page.get_by_role("button", name="下载我的数据").click()
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["account"]["email"] == "buyer@demo.xuanyong.local"

    page.get_by_label("当前登录密码").fill(DEMO_PASSWORD)
    page.get_by_label("我已了解：账号注销后无法恢复", exact=False).check()
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="注销账号").click()
    expect(page.locator(".messages")).to_contain_text("您的账号已注销")
    expect(page.get_by_role("link", name="登录")).to_be_visible()
    assert not User.objects.filter(email="buyer@demo.xuanyong.local").exists()
