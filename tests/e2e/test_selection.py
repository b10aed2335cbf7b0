from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from django.utils import timezone
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


def test_buyer_filters_by_credentials_compares_and_sees_verified_dates(sample_site: str, page: Any) -> None:
    # Two cash-register products adapted to 鲲鹏 + 麒麟 with 等保三级, checked by an operator; a third
    # adapted to 鲲鹏 only. Fresh sample-independent facts, so the test knows exactly what to expect.
    from xuanyong.accounts.models import Role
    from xuanyong.accounts.services import user_grant_role, user_signup
    from xuanyong.catalog import credentials

    operator = user_signup(email="ops@example.com", display_name="核验员", password="correct-horse-battery-9")
    user_grant_role(user=operator, role=Role.EDITOR)
    pos = Offering.objects.published().filter(primary_category__name="收银系统").order_by("name")
    Offering.objects.filter(pk__in=pos.values("pk")).update(credential_badges=[])
    credentials.Credential.objects.filter(offering__in=pos).delete()
    first, second, third = list(pos[:3])
    for offering, platforms in (
        (first, ("kunpeng", "kylin")),
        (second, ("kunpeng", "kylin", "dameng")),
        (third, ("kunpeng",)),
    ):
        for data in (
            credentials.CredentialInput(kind="xinchuang", offering=offering, platforms=platforms, number="XC-2026-00042"),
            credentials.CredentialInput(kind="dengbao", offering=offering, level=3, number="11010813001-20001",
                                        expires_on=dt.date.today() + dt.timedelta(days=300)),
        ):  # fmt: skip
            made = credentials.credential_submit(vendor=offering.vendor, user=None, data=data)
            if offering != third:  # the third stays 服务商自填
                credentials.credential_decide(credential=made, operator=operator, verify=True)
    verified_on = f"{timezone.localdate():%Y-%m-%d}"

    page.goto(sample_site + first.primary_category.get_absolute_url())
    facet(page, "信创适配").get_by_role("link", name=re.compile(r"^鲲鹏")).click()
    facet(page, "信创适配").get_by_role("link", name=re.compile(r"^麒麟")).click()
    facet(page, "等保测评").get_by_role("link", name=re.compile(r"^三级及以上")).click()
    expect(page).to_have_url(re.compile(r"xinchuang=kunpeng.*xinchuang=kylin.*dengbao=3"))
    cards = page.locator(".offering-list .offering-card")
    names = sorted(cards.locator("h3").all_inner_texts())
    assert names == sorted([first.name, second.name])
    expect(cards.first.locator(".credential-badges")).to_contain_text("等保三级 ✓")

    for i in range(2):
        cards.nth(i).get_by_role("button", name="+ 加入对比").click()
    page.get_by_role("link", name="开始对比").click()
    expect(page.locator("h1")).to_have_text("产品对比")
    row = page.locator(".compare-table tr", has=page.locator("th", has_text="信创适配"))
    expect(row).to_contain_text(f"鲲鹏、麒麟（已核验 {verified_on}）")
    expect(row).to_contain_text(f"鲲鹏、麒麟、达梦（已核验 {verified_on}）")
    expect(page.locator(".compare-table tr", has=page.locator("th", has_text="等保测评"))).to_contain_text(
        "等保测评 3 级（已核验"
    )
