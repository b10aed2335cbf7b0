"""The interim category ranking, until reviews supply ratings.

score = 100 × (0.6 × 热度 + 0.3 × 资料完整度 + 0.1 × 认证服务商), where
- 热度 (popularity) = log(1 + views) / log(1 + the category's highest views), between 0 and 1;
- 资料完整度 (completeness) = the share of the category's schema attributes the listing fills in;
- 认证服务商 (verified) = 1 when the vendor is verified, else 0.
Ties break by more views, then the older listing. Nothing paid enters the score.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.core.cache import cache

from .facets import category_offerings
from .models import Category, Offering
from .selectors import catalog_version

WEIGHTS = {"popularity": 0.6, "completeness": 0.3, "verified": 0.1}
LIMIT = 50


@dataclass
class RankedEntry:
    rank: int
    offering: Offering
    popularity: float
    completeness: float
    verified: float

    @property
    def score(self) -> float:
        return round(
            100
            * (
                WEIGHTS["popularity"] * self.popularity
                + WEIGHTS["completeness"] * self.completeness
                + WEIGHTS["verified"] * self.verified
            ),
            1,
        )

    def contribution(self, factor: str) -> float:
        return round(100 * WEIGHTS[factor] * getattr(self, factor), 1)


def interim_ranking(category: Category, limit: int = LIMIT) -> list[RankedEntry]:
    key = f"catalog:rank:{catalog_version()}:{category.pk}:{limit}"
    ranking: list[RankedEntry] | None = cache.get(key)
    if ranking is None:
        ranking = _compute(category, limit)
        cache.set(key, ranking, 600)
    return ranking


def _compute(category: Category, limit: int) -> list[RankedEntry]:
    schema_size = max(category.attributes.count(), 1)
    offerings = list(
        category_offerings(category)
        .select_related("vendor")
        .only(
            "id",
            "name",
            "slug",
            "tagline",
            "view_count",
            "attributes",
            "published_at",
            "vendor__name",
            "vendor__slug",
            "vendor__verified",
        )
    )
    if not offerings:
        return []
    top_views = max(o.view_count for o in offerings)
    scale = math.log1p(top_views) or 1.0
    entries = [
        RankedEntry(
            rank=0,
            offering=o,
            popularity=math.log1p(o.view_count) / scale,
            completeness=min(len(o.attributes) / schema_size, 1.0),
            verified=1.0 if o.vendor.verified else 0.0,
        )
        for o in offerings
    ]
    entries.sort(key=lambda e: (-e.score, -e.offering.view_count, e.offering.published_at, e.offering.pk))
    for rank, entry in enumerate(entries[:limit], start=1):
        entry.rank = rank
    return entries[:limit]
