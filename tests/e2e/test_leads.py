"""In a real browser: a buyer asks for a quote on an offering page; the vendor wins it; the buyer sees it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from xuanyong.accounts.services import user_signup, vendor_membership_create
from xuanyong.catalog.services import category_memberships_sync
from xuanyong.leads.models import Lead

from ..factories import CategoryFactory, OfferingFactory, VendorFactory

BUYER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def site(transactional_db: None, live_server: Any) -> str:
    vendor = VendorFactory(name="云掌柜科技")
    member = user_signup(email="sales@yunzhanggui.example.com", display_name="云掌柜销售", password=PASSWORD)
    vendor_membership_create(user=member, vendor=vendor)
    offering = OfferingFactory(
        vendor=vendor,
        primary_category=CategoryFactory(name="收银系统"),
        name="云掌柜收银",
        slug="yunzhanggui",
    )
    category_memberships_sync([offering.pk])
    return str(live_server.url)


@pytest.fixture
def buyer(browser: Any) -> Iterator[Any]:
    context = browser.new_context(
        locale="zh-CN", viewport={"width": 1280, "height": 900}, user_agent=BUYER_UA
    )
    yield context.new_page()
    context.close()


def test_buyer_requests_a_quote_and_sees_the_vendor_win_it(site: str, buyer: Any, page: Any) -> None:
    buyer.goto(site + "/p/yunzhanggui/")
    buyer.locator('a[data-cta="quote"][data-cta-source="offering"]').click()
    expect(buyer.locator("h1")).to_have_text("提交需求：云掌柜收银")
    expect(buyer.locator(".consent-text")).to_contain_text("云掌柜科技")
    buyer.get_by_label("获取报价").check()
    buyer.get_by_label("称呼", exact=True).fill("王女士")
    buyer.get_by_label("手机号", exact=True).fill("138 0013 8000")
    buyer.get_by_label("公司名称", exact=True).fill("杭州小满餐饮")
    buyer.get_by_label("需求描述", exact=True).fill("8 家门店，需要会员储值。")
    buyer.get_by_role("button", name="提交需求").click()
    expect(buyer.locator(".field-error, .form-errors")).to_contain_text("请阅读并勾选个人信息授权声明")
    buyer.locator("#id_consent").check()
    buyer.get_by_role("button", name="提交需求").click()
    expect(buyer.locator(".messages")).to_contain_text("提交成功")
    expect(buyer.locator(".route-list")).to_contain_text("云掌柜科技：新线索")
    status_url = buyer.url
    lead = Lead.objects.get()
    assert (lead.kind, lead.phone, lead.name) == ("quote", "+8613800138000", "王女士")

    page.goto(site + "/accounts/login/?next=/vendor/leads/")
    page.get_by_label("电子邮箱").fill("sales@yunzhanggui.example.com")
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()
    expect(page).to_have_url(re.compile(r"/vendor/leads/$"))
    page.locator("table.inbox a").first.click()
    expect(page.locator(".portal-lead")).to_contain_text("138 0013 8000")
    page.locator("select[name=status]").select_option("won")
    page.get_by_role("button", name="更新状态").click()
    expect(page.locator(".messages")).to_contain_text("状态已更新")

    buyer.goto(status_url)
    expect(buyer.locator(".route-list")).to_contain_text("云掌柜科技：已成交")
