"""sitemap.xml: articles, offerings, categories and vendors.

Lives with content because articles are the bulk of it; the catalog models are only read here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet

from xuanyong.catalog.models import Category, Offering, Vendor

from .models import Article


class ArticleSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self) -> QuerySet[Article]:
        return Article.objects.newest_first().only("slug", "updated_at")

    def lastmod(self, item: Article) -> dt.datetime:
        return item.updated_at


class OfferingSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self) -> QuerySet[Offering]:
        return Offering.objects.published().only("slug", "updated_at").order_by("id")

    def lastmod(self, item: Offering) -> dt.datetime:
        return item.updated_at


class CategorySitemap(Sitemap):
    changefreq = "daily"
    priority = 0.9

    def items(self) -> QuerySet[Category]:
        return Category.objects.only("slug").order_by("position", "id")


class VendorSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self) -> QuerySet[Vendor]:
        return (
            Vendor.objects.filter(offerings__status=Offering.Status.PUBLISHED)
            .distinct()
            .only("slug")
            .order_by("id")
        )


SITEMAPS: dict[str, Any] = {
    "articles": ArticleSitemap,
    "offerings": OfferingSitemap,
    "categories": CategorySitemap,
    "vendors": VendorSitemap,
}
