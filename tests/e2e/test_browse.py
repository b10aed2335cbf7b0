from __future__ import annotations

from typing import Any

import pytest

from xuanyong.catalog.models import Category, Offering
from xuanyong.demo.sample import load_sample


@pytest.fixture
def sample_site(transactional_db: None, live_server: Any) -> str:
    load_sample()
    return str(live_server.url)


def test_buyer_goes_from_home_through_the_category_menu_to_an_offering(sample_site: str, page: Any) -> None:
    page.goto(sample_site + "/")
    assert "企业首选的数字选用平台" in page.inner_text("h1")
    page.click("summary:has-text('全部分类')")
    menu = page.locator(".catmenu-panel")
    menu.get_by_role("link", name="收银系统", exact=True).click()
    page.wait_for_url("**/c/shouyinxitong/")
    assert page.inner_text("h1") == "收银系统"
    category = Category.objects.get(name="收银系统")
    cards = page.locator(".offering-list .offering-card h3 a")
    assert cards.count() == min(20, Offering.objects.published().in_category(category).count())
    name = cards.first.inner_text()
    cards.first.click()
    page.wait_for_load_state()
    assert page.inner_text("h1") == name
    assert page.locator("text=套餐与价格").count() == 1
    assert page.locator(".hotline-big").first.inner_text() == "400-0033-166"
