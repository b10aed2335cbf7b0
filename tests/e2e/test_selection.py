from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from xuanyong.catalog.models import Category, Offering
from xuanyong.demo.sample import load_sample


@pytest.fixture
def sample_site(transactional_db: None, live_server: Any) -> str:
    load_sample()
    return str(live_server.url)


def facet(page: Any, label: str) -> Any:
    return page.locator("section.facet").filter(has=page.locator("h3", has_text=label))


def test_buyer_narrows_compares_and_estimates(sample_site: str, page: Any) -> None:
    page.goto(sample_site + "/")
    page.get_by_role("link", name="收银系统", exact=True).first.click()
    expect(page.locator("h1")).to_have_text("收银系统")

    facet(page, "断网收银").get_by_role("link", name=re.compile(r"^支持")).click()
    expect(page).to_have_url(re.compile(r"offline_mode=1"))
    facet(page, "支付方式").get_by_role("link", name=re.compile(r"微信支付")).click()
    expect(page).to_have_url(re.compile(r"offline_mode=1.*payment=wechat"))
    shown = int(re.search(r"共 (\d+) 款", page.inner_text(".toolbar")).group(1))  # type: ignore[union-attr]
    expected = sum(
        1 for o in Offering.objects.published().filter(primary_category__name="收银系统")
        if o.attributes.get("offline_mode") is True and "wechat" in o.attributes.get("payment", [])
    )  # fmt: skip
    assert shown == expected >= 3

    cards = page.locator(".offering-list .offering-card")
    picked = [cards.nth(i).locator("h3").inner_text() for i in range(3)]
    for i in range(3):
        cards.nth(i).get_by_role("button", name="+ 加入对比").click()
        expect(page.locator("#compare-tray")).to_contain_text(f"对比栏（{i + 1}/4）")
    assert "offline_mode=1" in page.url  # no page reload: still on the filtered page

    page.get_by_role("link", name="开始对比").click()
    expect(page.locator("h1")).to_have_text("产品对比")
    header = page.locator(".compare-table thead").inner_text()
    assert all(name in header for name in picked)
    assert page.locator(".compare-table tr.differs").count() >= 1

    page.locator(".compare-table thead").get_by_role("link", name=picked[1]).click()
    expect(page.locator("h1")).to_have_text(picked[1])

    service = (
        Offering.objects.published()
        .filter(primary_category=Category.objects.get(name="版权登记"), fee_items__isnull=False)
        .first()
    )
    assert service is not None
    page.goto(sample_site + service.get_absolute_url())
    before = page.locator(".estimate-total").inner_text()
    count = page.locator("#estimator input[name=count]")
    assert count.count() == 1  # copyright fees are charged per work
    count.fill("5")
    count.dispatch_event("change")
    expect(page.locator(".estimate-total")).not_to_have_text(before)  # updated in place by htmx
    result = page.locator("#estimate-result").inner_text()
    assert "预计总费用" in result and "× 5" in result
    assert re.search(r"\d{4}-\d{2}-\d{2}", result)  # every figure carries its last-verified date
