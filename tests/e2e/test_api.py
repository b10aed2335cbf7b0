"""In a real browser: a vendor member issues an API token that works at once; the interactive API
docs render from our own files under our Content-Security-Policy."""

from __future__ import annotations

import json
import urllib.request
from typing import Any

from django.test import Client
from playwright.sync_api import expect

from xuanyong.accounts.services import user_signup, vendor_membership_create
from xuanyong.catalog.services import vendor_create

from ..factories import valid_uscc


def _log_in(page: Any, site: str, user: Any) -> None:
    client = Client()
    client.force_login(user)
    page.context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": site}])


def test_vendor_member_creates_a_token_that_the_api_accepts(
    transactional_db: None, live_server: Any, page: Any
) -> None:
    vendor = vendor_create(name="栖木测试", legal_name="杭州栖木测试科技有限公司", uscc=valid_uscc(77))
    member = user_signup(
        email="dev@qimu.example.com", display_name="栖木开发", password="correct-horse-battery"
    )
    vendor_membership_create(user=member, vendor=vendor)
    _log_in(page, live_server.url, member)
    page.goto(f"{live_server.url}/vendor/")
    page.get_by_role("link", name="接口令牌").click()
    page.get_by_label("名称").fill("CRM 同步")
    page.get_by_label("更新线索状态").check()
    page.get_by_role("button", name="创建令牌").click()
    token = page.locator("[data-token]").inner_text().strip()
    assert token.startswith("xy_")
    expect(page.locator("table.tokens")).to_contain_text("CRM 同步")
    request = urllib.request.Request(
        f"{live_server.url}/api/v1/vendor/me", headers={"Authorization": f"Bearer {token}"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        me = json.loads(response.read())
    assert me["vendor"] == vendor.slug
    assert me["scopes"] == ["leads:read", "leads:write"]
    page.reload()
    expect(page.locator("[data-token]")).to_have_count(0)  # shown once
    expect(page.locator("table.tokens")).not_to_contain_text("从未使用")


def test_interactive_docs_render_offline(transactional_db: None, live_server: Any, page: Any) -> None:
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(live_server.url) else None)
    page.goto(f"{live_server.url}/api/v1/docs")
    expect(page.locator(".opblock").first).to_be_visible()
    assert page.locator(".opblock").count() >= 20
    expect(page.locator("#swagger-ui")).to_contain_text("/api/v1/offerings")
    assert outside == [], f"the docs reached outside the site: {outside}"
