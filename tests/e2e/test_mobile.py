"""Phones and desktops: the facet drawer, the compare tray, no sideways page scroll, big tap targets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import expect

from xuanyong.catalog.models import Offering
from xuanyong.demo.sample import load_sample

from .sample_pages import VIEWPORTS, blocking_violations, editor, log_in, sample_pages, vendor_member

PHONE = VIEWPORTS["360x740"]
TAP_MIN = 44
# The main controls of a page: buttons, filter links, sort and pagination links, tray actions.
CONTROLS = (
    "main button:visible, main .btn:visible, .filter-toggle:visible, .facet-value:visible, .sorts a:visible,"
    " .pagination a:visible, .tabs a:visible, .compare-tray button:visible, .compare-tray a:visible,"
    " form.search button:visible, .catmenu summary:visible"
)
NO_SIDEWAYS_SCROLL = "() => document.scrollingElement.scrollWidth <= window.innerWidth"


@pytest.fixture
def sample_site(transactional_db: None, live_server: Any) -> str:
    load_sample()
    return str(live_server.url)


@pytest.fixture(params=list(VIEWPORTS))
def viewed(request: pytest.FixtureRequest, browser: Any) -> Iterator[tuple[str, Any]]:
    context = browser.new_context(locale="zh-CN", viewport=VIEWPORTS[request.param])
    yield request.param, context.new_page()
    context.close()


def _too_small(page: Any) -> list[str]:
    small = []
    for control in page.locator(CONTROLS).all():
        box = control.bounding_box()
        if box and (box["width"] < TAP_MIN or box["height"] < TAP_MIN):
            small.append(
                f"{control.evaluate('e => e.outerHTML.slice(0, 120)')} {box['width']:.0f}×{box['height']:.0f}"
            )
    return small


def test_main_pages_fit_a_phone_with_big_enough_controls(sample_site: str, browser: Any) -> None:
    pages = sample_pages()
    context = browser.new_context(locale="zh-CN", viewport=PHONE)
    page = context.new_page()
    # Something in the tray, so its actions are measured too.
    page.goto(sample_site + pages.offerings[0].get_absolute_url())
    page.locator("main").get_by_role("button", name="+ 加入对比").first.click()
    expect(page.locator("#compare-tray")).to_contain_text("对比栏（1/4）")
    problems = []

    def check(name: str, path: str) -> None:
        page.goto(sample_site + path)
        page.wait_for_load_state("networkidle")
        if not page.evaluate(NO_SIDEWAYS_SCROLL):
            widest = page.evaluate(
                "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth"
                " && !e.closest('.compare-scroll, .tray-picks')).slice(0, 3).map(e => e.outerHTML.slice(0, 100))"
            )
            problems.append(f"{name}: the page scrolls sideways, because of {widest}")
        if small := _too_small(page):
            problems.append(f"{name}: controls smaller than {TAP_MIN}×{TAP_MIN} px: {small[:5]}")

    for name, path in pages.paths().items():
        check(name, path)
    log_in(page, sample_site, vendor_member(pages.offerings[0]))
    check("vendor portal", "/vendor/")
    context.clear_cookies()
    log_in(page, sample_site, editor())
    check("ops dashboard", "/ops/")
    context.close()
    assert not problems, "\n".join(problems)


def test_filter_drawer(sample_site: str, viewed: tuple[str, Any]) -> None:
    viewport, page = viewed
    category = sample_pages().category
    page.goto(sample_site + category.get_absolute_url())
    toggle = page.locator(".filter-toggle")
    drawer = page.locator("#facet-drawer")
    payment = drawer.locator("section.facet", has=page.locator("h3", has_text="支付方式"))
    if viewport == "1280x800":  # the facets stand beside the results, as they always have
        expect(toggle).to_be_hidden()
        expect(payment).to_be_visible()
        payment.get_by_role("link", name=re.compile("微信支付")).click()
        expect(page).to_have_url(re.compile(r"payment=wechat"))
        expect(drawer.locator(".facet-value.selected")).to_have_count(1)
        return

    expect(toggle).to_have_text("筛选 (0)")
    expect(drawer).to_be_hidden()
    toggle.click()
    expect(drawer).to_be_visible()
    assert page.evaluate("() => document.getElementById('facet-drawer').contains(document.activeElement)")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    before = page.locator(".toolbar").inner_text()
    payment.get_by_role("link", name=re.compile("微信支付")).click()
    expect(page).to_have_url(re.compile(r"payment=wechat"))
    expect(page.locator(".filter-toggle")).to_have_text("筛选 (1)")
    expect(page.locator(".toolbar")).not_to_have_text(before)
    shown = int(re.search(r"共 (\d+) 款", page.inner_text(".toolbar")).group(1))  # type: ignore[union-attr]
    expected = sum(
        1 for o in Offering.objects.published().in_category(category) if "wechat" in o.attributes.get("payment", [])
    )  # fmt: skip
    assert shown == expected
    # The drawer is open again after the filter, for the next one; its footer has the new count.
    expect(drawer).to_be_visible()
    expect(drawer.locator(".drawer-foot")).to_contain_text(f"查看 {shown} 款结果")
    page.keyboard.press("Escape")
    expect(drawer).to_be_hidden()
    expect(page.locator(".filter-toggle")).to_be_focused()
    expect(page.locator(".filter-toggle")).to_have_attribute("aria-expanded", "false")
    # The footer button closes it too; open, it passes axe like the rest of the page.
    page.locator(".filter-toggle").click()
    expect(drawer).to_be_visible()
    assert not (found := blocking_violations(page)), "\n".join(found)
    drawer.locator(".drawer-foot button").click()
    expect(drawer).to_be_hidden()
    expect(page.locator(".filter-toggle")).to_be_focused()

    # The search page's filters are in the same drawer.
    page.goto(sample_site + "/search/?q=收银")
    expect(page.locator(".filter-toggle")).to_have_text("筛选 (0)")
    page.locator(".filter-toggle").click()
    drawer.locator("section.facet", has=page.locator("h3", has_text="计费模式")).get_by_role(
        "link"
    ).first.click()
    expect(page).to_have_url(re.compile(r"pricing="))
    expect(page.locator(".filter-toggle")).to_have_text("筛选 (1)")
    expect(drawer).to_be_visible()
    page.keyboard.press("Escape")
    expect(drawer).to_be_hidden()
    expect(page.locator(".filter-toggle")).to_be_focused()


def test_compare_tray(sample_site: str, viewed: tuple[str, Any]) -> None:
    viewport, page = viewed
    pages = sample_pages()
    page.goto(sample_site + pages.category.get_absolute_url())
    cards = page.locator(".offering-list .offering-card")
    picked = [cards.nth(i).locator("h3").inner_text() for i in range(2)]
    for i in range(2):
        cards.nth(i).get_by_role("button", name="+ 加入对比").click()
        expect(page.locator("#compare-tray")).to_contain_text(f"对比栏（{i + 1}/4）")
    tray = page.locator("#compare-tray")
    # The swap is read out by the page's one live region, which stays in place.
    expect(page.locator("body > [role=status]")).to_contain_text(picked[1])
    for name in picked:
        expect(tray.locator(".tray-picks")).to_contain_text(name)
    tray_box = tray.bounding_box()
    assert tray_box is not None and tray_box["height"] <= 0.2 * VIEWPORTS[viewport]["height"], tray_box
    assert page.evaluate(NO_SIDEWAYS_SCROLL)
    # What the tray covers at the bottom of the screen can still be scrolled into view.
    page.keyboard.press("End")
    last = page.locator(".site-footer .copyright")
    last.scroll_into_view_if_needed()
    box = last.bounding_box()
    assert box is not None and box["y"] + box["height"] <= VIEWPORTS[viewport]["height"]
    tray_top = tray.bounding_box()["y"]  # type: ignore[index]
    assert tray_top >= box["y"] + box["height"] or tray_top + tray.bounding_box()["height"] <= box["y"]  # type: ignore[index]

    tray.get_by_role("link", name="开始对比").click()
    expect(page.locator("h1")).to_have_text("产品对比")
    header = page.locator(".compare-table thead").inner_text()
    assert all(name in header for name in picked)
    assert page.evaluate(NO_SIDEWAYS_SCROLL)
    scroller = page.locator(".compare-scroll")
    widths = scroller.evaluate("e => [e.scrollWidth, e.clientWidth, getComputedStyle(e).overflowX]")
    if viewport == "360x740":  # wider than the screen: it scrolls inside its own box
        assert widths[0] > widths[1] and widths[2] == "auto", widths
        scroller.focus()
        page.keyboard.press("ArrowRight")
        expect(scroller).not_to_have_js_property("scrollLeft", 0)
        assert page.evaluate("() => window.scrollX") == 0
