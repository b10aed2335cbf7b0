"""A buyer writes, verifies and sees a review; the vendor replies; the ranking explains itself."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from xuanyong.accounts.models import User
from xuanyong.accounts.services import user_signup, vendor_membership_create
from xuanyong.catalog.services import offering_create
from xuanyong.reviews.models import Review

from ..factories import CategoryFactory, VendorFactory


@pytest.fixture
def site(transactional_db: None, live_server: Any) -> dict[str, Any]:
    category = CategoryFactory(name="收银系统", slug="shouyin-xitong")
    vendor = VendorFactory(name="云掌柜")
    offering = offering_create(vendor=vendor, primary_category=category, name="云掌柜收银")
    buyer = user_signup(email="wang@example.com", display_name="王店长", password="correct-horse-battery")
    member = user_signup(
        email="li@yunzhanggui.example", display_name="云掌柜客服", password="correct-horse-battery"
    )
    vendor_membership_create(user=member, vendor=vendor)
    # Older accounts: a brand-new one would (rightly) hold the review for moderation.
    User.objects.update(date_joined=timezone.now() - dt.timedelta(days=30))
    return {"url": str(live_server.url), "offering": offering, "buyer": buyer, "member": member}


def sign_in(page: Any, url: str, user: User) -> None:
    client = Client()
    client.force_login(user)
    page.context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": url}])


def test_buyer_writes_verifies_and_vendor_replies(site: dict[str, Any], page: Any, browser: Any) -> None:
    url, offering = site["url"], site["offering"]
    sign_in(page, url, site["buyer"])
    page.goto(f"{url}/p/{offering.slug}/")
    page.get_by_role("link", name="写评价").click()
    expect(page.locator("h1")).to_have_text("评价 云掌柜收银")

    page.locator('input[name="recommend"][value="9"]').check()
    for name, value in (("ease_of_use", "4"), ("features", "5"), ("support", "4"), ("value", "4")):
        page.locator(f'input[name="{name}"][value="{value}"]').check()
    page.fill('textarea[name="pros"]', "断网也能收款，会员储值和积分很好用，店员半天就上手。")
    expect(page.locator("#draft-status")).to_contain_text("草稿已保存")  # autosaved while typing
    page.fill('textarea[name="cons"]', "报表导出偶尔卡顿，周末客服电话不太好打通。")
    page.fill('textarea[name="use_case"]', "三家奶茶店的前台收银")
    page.select_option('select[name="reviewer_role"]', "owner")
    page.select_option('select[name="company_size"]', "21-100")
    page.select_option('select[name="industry"]', "catering")
    page.select_option('select[name="usage_duration"]', "1y-3y")
    page.get_by_role("button", name="提交评价").click()
    expect(page.locator(".messages")).to_contain_text("感谢您的评价")

    page.fill('input[name="email"]', "wang@naicha-dian.cn")
    page.get_by_role("button", name="发送验证码").click()
    expect(page.locator(".messages")).to_contain_text("验证码已发送")
    code = re.search(r"验证码：(\d{6})", mail.outbox[-1].body).group(1)  # type: ignore[union-attr]
    page.fill('input[name="code"]', code)
    page.get_by_role("button", name="验证", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("企业邮箱已验证。已发布。")
    assert Review.objects.get().status == Review.Status.PUBLISHED

    page.goto(f"{url}/p/{offering.slug}/")
    expect(page.locator(".review-summary")).to_contain_text("1 条评价 · 已验证 100%")
    expect(page.locator("#review-list .review")).to_contain_text("已验证企业邮箱")  # loaded by htmx

    vendor_page = browser.new_context(locale="zh-CN").new_page()
    sign_in(vendor_page, url, site["member"])
    vendor_page.goto(f"{url}/vendor/reviews/")
    vendor_page.fill("textarea[name=body]", "感谢支持！新版本已优化报表导出速度。")
    vendor_page.get_by_role("button", name="发布回复").click()
    expect(vendor_page.locator(".messages")).to_contain_text("回复已发布")
    vendor_page.context.close()

    page.reload()
    expect(page.locator("#review-list .vendor-reply")).to_contain_text("云掌柜 回复：感谢支持")
    expect(page.locator("#review-list")).to_contain_text("您的评价")  # no vote button on one's own review

    reader = browser.new_context(locale="zh-CN").new_page()
    reader.goto(f"{url}/p/{offering.slug}/")
    reader.locator("#review-list").get_by_role("button", name="有用（0）").click()
    expect(reader.locator("#review-list")).to_contain_text("已标记有用 · 1")
    reader.context.close()
