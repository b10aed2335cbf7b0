"""axe-core on the main pages in both languages: no serious or critical violation; and a buyer
who uses only the keyboard gets from the search box to a submitted lead."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from xuanyong.demo.sample import load_sample
from xuanyong.leads.models import Lead

from .sample_pages import (
    LANGUAGES,
    VIEWPORTS,
    blocking_violations,
    editor,
    log_in,
    sample_pages,
    vendor_member,
)


@pytest.fixture
def sample_site(transactional_db: None, live_server: Any) -> str:
    load_sample()
    return str(live_server.url)


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_main_pages_have_no_serious_or_critical_violations(
    sample_site: str, page: Any, language: str
) -> None:
    prefix = LANGUAGES[language]
    pages = sample_pages()
    paths = pages.paths()
    found: dict[str, list[str]] = {}

    def check(name: str, path: str) -> None:
        for viewport, size in VIEWPORTS.items():  # the phone layout has its own markup (the drawer)
            page.set_viewport_size(size)
            response = page.goto(sample_site + prefix + path)
            assert response is not None and response.ok, (
                f"{name}: {prefix + path} answered {response and response.status}"
            )
            page.wait_for_load_state("networkidle")  # htmx-loaded sections are part of the page
            if violations := blocking_violations(page):
                found[f"{name} ({prefix + path}, {viewport})"] = violations

    for name, path in paths.items():
        check(name, path)
    log_in(page, sample_site, vendor_member(pages.offerings[0]))
    check("vendor portal", "/vendor/")
    page.context.clear_cookies()
    log_in(page, sample_site, editor())
    check("ops dashboard", "/ops/")

    report = "\n".join(f"{name}:\n" + "\n".join(violations) for name, violations in found.items())
    assert not found, f"axe found serious or critical violations ({language}):\n{report}"


FOCUS_VISIBLE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return "nothing focused";
  const style = getComputedStyle(el);
  const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1;
  const ringed = style.boxShadow && style.boxShadow !== "none";
  return outlined || ringed ? "" : el.outerHTML.slice(0, 160);
}"""


def _tab_to(page: Any, selector: str, *, limit: int = 80, backwards: bool = False) -> None:
    """Press Tab until ``selector`` has the focus, checking every stop shows a focus indicator."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        unmarked = page.evaluate(FOCUS_VISIBLE)
        assert not unmarked, f"focused without a visible focus indicator: {unmarked}"
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} not reached with Tab")


def test_keyboard_only_from_search_to_a_submitted_lead(sample_site: str, page: Any) -> None:
    offering = sample_pages().offerings[0]
    page.goto(sample_site + "/")
    _tab_to(page, "form.search input[name=q]")
    page.keyboard.type(offering.name)
    page.keyboard.press("Enter")  # no suggestion picked with the arrows: Enter submits the search
    expect(page.locator("h1")).to_contain_text("搜索结果")

    _tab_to(page, f'.search-results a[href="{offering.get_absolute_url()}"]')
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(offering.name)

    _tab_to(page, 'a[data-cta="quote"]')
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_contain_text("提交需求")
    _tab_to(page, "input[name=kind]")  # a radio group is one Tab stop, on the checked choice
    expect(page.locator("input[name=kind][value=quote]")).to_be_checked()  # the CTA's choice
    for name, text in (("name", "王女士"), ("phone", "138 0013 8000"), ("company", "杭州小满餐饮")):
        _tab_to(page, f"input[name={name}]")
        page.keyboard.type(text)
    _tab_to(page, "textarea[name=need]")
    page.keyboard.type("8 家门店，需要会员储值。")
    _tab_to(page, "#id_consent")
    page.keyboard.press("Space")
    _tab_to(page, "form.lead-form button[type=submit]")
    page.keyboard.press("Enter")

    expect(page.locator(".messages")).to_contain_text("提交成功")
    lead = Lead.objects.get(phone="+8613800138000")  # the sample has leads of its own
    assert (lead.kind, lead.name, lead.offering_id) == ("quote", "王女士", offering.pk)
    assert re.search(r"/leads/r/[^/]+/$", page.url)
