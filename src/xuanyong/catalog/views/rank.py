"""Category rankings with "why this rank", and the page that explains the formula.

The formula is the reviews app's (reviews/ranking.py); sponsored placements are read here only to
be shown apart, labelled 推广, after the ranking is computed.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from xuanyong.reviews import fraud
from xuanyong.reviews import ranking as review_ranking
from xuanyong.reviews.selectors import sponsored_for

from ..models import Category, SlugRedirect
from ._lookup import follows_renames, get_by_slug


def _parameters() -> dict[str, object]:
    return {
        "min_reviews": settings.REVIEWS_RANK_MIN_REVIEWS,
        "prior_weight": settings.REVIEWS_RANK_PRIOR_WEIGHT,
        "half_life": settings.REVIEWS_RANK_HALF_LIFE_DAYS,
        "weights": {level.label: weight for level, weight in review_ranking.VERIFICATION_WEIGHTS.items()},
    }


@require_GET
@follows_renames
def category_ranking(request: HttpRequest, slug: str) -> HttpResponse:
    category = get_by_slug(Category.objects.select_related("parent"), slug, SlugRedirect.Target.CATEGORY)
    ranking = review_ranking.category_ranking(category)
    context = {
        "category": category,
        "ranking": ranking,
        "sponsored": sponsored_for(category, ranking.as_of),
        "chart": ranking.chart_points(),
        **_parameters(),
    }
    return render(request, "catalog/ranking.html", context)


@require_GET
def ranking_method(request: HttpRequest) -> HttpResponse:
    context = {**_parameters(), "signals": fraud.LABELS, "fraud": fraud}
    return render(request, "catalog/ranking_method.html", context)
