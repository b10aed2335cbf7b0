"""The published category ranking: anyone can recompute it from `xuanyong ranking-export`.

For each published review i of an offering, on the ranking date D (Asia/Shanghai):
    stars_i  = recommend_i / 2                              (0–5)
    age_i    = whole days from the day the ratings were given to D
    decay_i  = 0.5 ^ (age_i / HALF_LIFE)
    w_i      = VERIFICATION_WEIGHTS[level_i] × decay_i
For an offering:  n = number of reviews, W = Σ w_i, S = Σ w_i × stars_i.
Category prior:   m = Σ S / Σ W over every offering of the category, C = PRIOR_WEIGHT.
Score:            (C × m + S) / (C + W), a Bayesian average shrunk toward the category mean.
Only offerings with n ≥ MIN_REVIEWS are ranked; ties break by larger W, then larger n, then the
older listing (smaller id). Nothing about payment or promotion is an input.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from xuanyong.catalog.facets import category_offerings
from xuanyong.catalog.models import Category, Offering
from xuanyong.catalog.selectors import catalog_version
from xuanyong.lib.versions import cache_fill

from .models import Review, Verification

VERIFICATION_WEIGHTS = {
    Verification.PROOF: 1.0,
    Verification.EMAIL: 0.8,
    Verification.INVITED: 0.5,
    Verification.NONE: 0.4,
}
SCORE_PLACES = 3
CACHE_SECONDS = 600


def min_reviews() -> int:
    return int(settings.REVIEWS_RANK_MIN_REVIEWS)


def prior_weight() -> float:
    return float(settings.REVIEWS_RANK_PRIOR_WEIGHT)


def half_life_days() -> float:
    return float(settings.REVIEWS_RANK_HALF_LIFE_DAYS)


@dataclass
class ReviewInput:
    """One review as the formula sees it: the rows `ranking-export` writes."""

    review_id: int
    offering_id: int
    recommend: int
    rated_on: dt.date
    verification: str
    age_days: int
    decay: float
    verification_weight: float

    @property
    def stars(self) -> float:
        return self.recommend / 2

    @property
    def weight(self) -> float:
        return self.verification_weight * self.decay


@dataclass
class RankedEntry:
    offering: Offering
    inputs: list[ReviewInput]
    prior_mean: float
    prior_weight: float
    rank: int = 0
    levels: dict[str, int] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.inputs)

    @property
    def weight(self) -> float:
        return sum(i.weight for i in self.inputs)

    @property
    def weighted_sum(self) -> float:
        return sum(i.weight * i.stars for i in self.inputs)

    @property
    def weighted_mean(self) -> float | None:
        return self.weighted_sum / self.weight if self.weight else None

    @property
    def score(self) -> float:
        total = self.prior_weight * self.prior_mean + self.weighted_sum
        return round(total / (self.prior_weight + self.weight), SCORE_PLACES)

    @property
    def mean_age_days(self) -> float:
        return sum(i.age_days for i in self.inputs) / len(self.inputs) if self.inputs else 0.0


@dataclass
class CategoryRanking:
    category: Category
    as_of: dt.date
    prior_mean: float
    ranked: list[RankedEntry]
    unranked: list[RankedEntry]  # fewer than MIN_REVIEWS reviews, shown apart and unordered by score

    def chart_points(self) -> list[dict[str, object]]:
        """Satisfaction (the score) against presence (page views, log-scaled to 0–100)."""
        entries = self.ranked
        top = max((e.offering.view_count for e in entries), default=0)
        scale = math.log1p(top) or 1.0
        return [
            {
                "name": e.offering.name,
                "presence": round(100 * math.log1p(e.offering.view_count) / scale, 1),
                "satisfaction": e.score,
                "reviews": e.count,
            }
            for e in entries
        ]


def today() -> dt.date:
    return timezone.localdate()


def category_ranking(category: Category, as_of: dt.date | None = None) -> CategoryRanking:
    """The ranking on a date (today by default), cached until the next catalog or review write."""
    as_of = as_of or today()
    key = f"reviews:rank:{catalog_version()}:{category.pk}:{as_of.isoformat()}"
    ranking: CategoryRanking | None = cache.get(key)
    if ranking is None:
        ranking = compute_ranking(category, as_of)
        cache_fill(key, ranking, CACHE_SECONDS)
    return ranking


def review_inputs(offering_ids: list[int], as_of: dt.date) -> dict[int, list[ReviewInput]]:
    rows = (
        Review.objects.published()
        .filter(offering_id__in=offering_ids)
        .order_by("offering_id", "id")
        .values_list("pk", "offering_id", "recommend", "rated_at", "verification")
    )
    by_offering: dict[int, list[ReviewInput]] = {pk: [] for pk in offering_ids}
    half_life = half_life_days()
    for pk, offering_id, recommend, rated_at, level in rows:
        rated_on = timezone.localdate(rated_at)
        age = max((as_of - rated_on).days, 0)
        by_offering[offering_id].append(
            ReviewInput(
                review_id=pk,
                offering_id=offering_id,
                recommend=recommend,
                rated_on=rated_on,
                verification=level,
                age_days=age,
                decay=0.5 ** (age / half_life),
                verification_weight=VERIFICATION_WEIGHTS[Verification(level)],
            )
        )
    return by_offering


def compute_ranking(category: Category, as_of: dt.date) -> CategoryRanking:
    offerings = list(
        category_offerings(category)
        .select_related("vendor")
        .only(
            "id", "name", "slug", "tagline", "view_count", "vendor__name", "vendor__slug", "vendor__verified"
        )
    )
    inputs = review_inputs([o.pk for o in offerings], as_of)
    all_inputs = [i for rows in inputs.values() for i in rows]
    total_weight = sum(i.weight for i in all_inputs)
    prior = sum(i.weight * i.stars for i in all_inputs) / total_weight if total_weight else 0.0
    entries = []
    for offering in offerings:
        rows = inputs[offering.pk]
        levels = {level: sum(1 for i in rows if i.verification == level) for level in Verification.values}
        entries.append(RankedEntry(offering, rows, prior, prior_weight(), levels=levels))
    ranked = [e for e in entries if e.count >= min_reviews()]
    ranked.sort(key=lambda e: (-e.score, -e.weight, -e.count, e.offering.pk))
    for position, entry in enumerate(ranked, start=1):
        entry.rank = position
    unranked = sorted(
        (e for e in entries if 0 < e.count < min_reviews()), key=lambda e: (-e.count, e.offering.pk)
    )
    return CategoryRanking(category, as_of, prior, ranked, unranked)
