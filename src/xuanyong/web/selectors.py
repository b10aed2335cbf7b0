"""Reads for the site shell and the home page."""

from __future__ import annotations

from typing import Any

from django.core.cache import cache

from xuanyong.catalog.models import Offering
from xuanyong.catalog.selectors import category_menu, offering_counts_by_category, popular_by_category
from xuanyong.content.models import Article

from .models import PartnerBrand, SiteSettings

SITE_SETTINGS_CACHE_KEY = "web:site-settings:v1"


def site_settings() -> SiteSettings:
    settings_row: SiteSettings | None = cache.get(SITE_SETTINGS_CACHE_KEY)
    if settings_row is None:
        settings_row, _ = SiteSettings.objects.get_or_create(pk=1)
        cache.set(SITE_SETTINGS_CACHE_KEY, settings_row, 300)
    return settings_row


HOME_SECTIONS = ("category_grid", "featured", "hot", "latest_articles", "partners")


def home_page_data() -> dict[str, Any]:
    menu = category_menu()
    counts = offering_counts_by_category()
    leaves = [child for section in menu for child in section.children]
    # Hot rankings: the three categories with the most offerings, their most viewed entries.
    hot_categories = sorted(leaves, key=lambda c: (-counts.get(c.pk, 0), c.position))[:3]
    popular = popular_by_category(categories=hot_categories)
    return {
        "category_grid": [
            (section.category, [(child, counts.get(child.pk, 0)) for child in section.children])
            for section in menu
        ],
        "featured": list(
            Offering.objects.published().filter(featured=True).for_cards().order_by("-view_count")[:8]
        ),
        "hot": [(c, popular[c.pk]) for c in hot_categories if popular[c.pk]],
        "latest_articles": list(Article.objects.newest_first().select_related("category")[:8]),
        "partners": list(PartnerBrand.objects.filter(is_active=True)[:8]),
    }
