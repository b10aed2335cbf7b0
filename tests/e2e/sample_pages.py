"""The demo's main pages and personas, shared by the accessibility, mobile and web-vitals tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from axe_playwright_python.sync_playwright import Axe
from django.test import Client

from xuanyong.accounts.models import Role
from xuanyong.accounts.services import user_grant_role, user_signup, vendor_membership_create
from xuanyong.catalog.models import Category, Offering
from xuanyong.content.models import Article

PASSWORD = "correct-horse-battery-staple"
# Where each language's pages live: Chinese at the root, English under /en/.
LANGUAGES = {"zh-hans": "", "en": "/en"}
VIEWPORTS = {"360x740": {"width": 360, "height": 740}, "1280x800": {"width": 1280, "height": 800}}
AXE_BLOCKING = {"serious", "critical"}


@dataclass(frozen=True)
class SamplePages:
    category: Category
    offerings: list[Offering]  # published, in the category, most viewed first

    def paths(self) -> dict[str, str]:
        article = Article.objects.newest_first().first()
        assert article is not None
        first, second = self.offerings[:2]
        return {
            "home": "/",
            "category": self.category.get_absolute_url(),
            "offering": first.get_absolute_url(),
            "compare": f"/compare/?o={first.slug},{second.slug}",
            "ranking": f"/rank/{self.category.slug}/",
            "article": article.get_absolute_url(),
            "search": "/search/?q=收银",
            "lead form": f"/leads/new/?kind=quote&offering={first.slug}",
            "login": "/accounts/login/",
        }


def sample_pages() -> SamplePages:
    """The cash-register category (the sample's fullest) and its offerings; load_sample() first."""
    category = Category.objects.get(name="收银系统")
    offerings = list(Offering.objects.published().in_category(category).order_by("-view_count", "pk"))
    return SamplePages(category=category, offerings=offerings)


def log_in(page: Any, site: str, user: Any) -> None:
    """Give the browser a session of ``user`` without going through the login form."""
    client = Client()
    client.force_login(user)
    page.context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": site}])


def vendor_member(offering: Offering) -> Any:
    member = user_signup(email="sales@vendor.example.com", display_name="服务商销售", password=PASSWORD)
    vendor_membership_create(user=member, vendor=offering.vendor)
    return member


def editor() -> Any:
    user = user_signup(email="ops@example.com", display_name="运营小周", password=PASSWORD)
    user_grant_role(user=user, role=Role.EDITOR)
    return user


def blocking_violations(page: Any) -> list[str]:
    """axe-core's serious and critical findings on the page as it is now, one readable entry each."""
    results = Axe().run(page)
    return [
        f"  {v['id']} ({v['impact']}): {v['help']}\n"
        + "\n".join(f"    {node['target']} {node.get('failureSummary', '')!r}" for node in v["nodes"][:8])
        for v in results.response["violations"]
        if v["impact"] in AXE_BLOCKING
    ]
