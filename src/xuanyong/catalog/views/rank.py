"""Category rankings with "why this rank", and the page that explains the formula.

The formula is the reviews app's (reviews/ranking.py); sponsored placements are read here only to
be shown apart, labelled 推广, after the ranking is computed.
"""

from __future__ import annotations

import dataclasses

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from xuanyong.reviews import fraud
from xuanyong.reviews import ranking as review_ranking
from xuanyong.reviews.selectors import sponsored_for

from .. import facets
from ..models import Category, SlugRedirect
from ._lookup import follows_renames, get_by_slug
from .browse import toggle_url


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
    # Credentials narrow the list shown; an entry keeps its rank: they never enter the score.
    filters = facets.parse_filters(request.GET, [])
    entries = [e.offering.pk for e in ranking.ranked + ranking.unranked]
    if filters.credentials:
        keep = facets.offerings_with_credentials(entries, filters)
        ranking = dataclasses.replace(
            ranking, ranked=[e for e in ranking.ranked if e.offering.pk in keep],
            unranked=[e for e in ranking.unranked if e.offering.pk in keep],
        )  # fmt: skip
        entries = [pk for pk in entries if pk in keep]
    credential_facets = facets.credential_facets(facets.credential_tag_counts(entries), filters)
    for facet in credential_facets:
        for value in facet.values:
            value.url = toggle_url(request.GET, facet.name, value.code, single=facet.single)  # type: ignore[attr-defined]
    context = {
        "category": category,
        "ranking": ranking,
        "credential_facets": [f for f in credential_facets if f.values],
        "filtered": bool(filters.credentials),
        "sponsored": sponsored_for(category, ranking.as_of),
        "chart": ranking.chart_points(),
        **_parameters(),
    }
    return render(request, "catalog/ranking.html", context)


@require_GET
def ranking_method(request: HttpRequest) -> HttpResponse:
    context = {**_parameters(), "signals": fraud.LABELS, "fraud": fraud}
    return render(request, "catalog/ranking_method.html", context)
