"""Interim search: substring matching on names and titles, until the Chinese index lands.

The full analyzer, FTS5 / tsvector index, ranking and autocomplete replace this module's
internals; the page and its URL stay.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q

from xuanyong.catalog.models import Offering, Vendor
from xuanyong.content.models import Article
from xuanyong.lib.chinese import normalize

MAX_QUERY_LENGTH = 100


@dataclass
class SearchResults:
    query: str
    offerings: list[Offering] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    vendors: list[Vendor] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.offerings) + len(self.articles) + len(self.vendors)


def clean_query(raw: str) -> str:
    text = "".join(ch for ch in normalize(raw) if ch.isprintable())
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search_everything(query: str, limit: int = 20) -> SearchResults:
    results = SearchResults(query=query)
    words = query.split()
    if not words:
        return results
    offering_match, article_match, vendor_match = Q(), Q(), Q()
    for word in words:
        offering_match &= (
            Q(name__icontains=word) | Q(tagline__icontains=word) | Q(vendor__name__icontains=word)
        )
        article_match &= Q(title__icontains=word) | Q(summary__icontains=word)
        vendor_match &= Q(name__icontains=word) | Q(legal_name__icontains=word)
    results.offerings = list(
        Offering.objects.published().filter(offering_match).for_cards().order_by("-view_count", "id")[:limit]
    )
    results.articles = list(Article.objects.newest_first().filter(article_match)[:limit])
    results.vendors = list(Vendor.objects.filter(vendor_match).order_by("-verified", "name")[:limit])
    return results
