"""Category rankings with "why this rank", and the page that explains the formula.

The formula is the reviews app's (reviews/ranking.py); sponsored placements are read here only to
be shown apart, labelled 推广, after the ranking is computed.
"""

from __future__ import annotations

import dataclasses

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from xuanyong.lib.lazy import lazy_values
from xuanyong.lib.pagecache import cache_page
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


@cache_page
@require_GET
@follows_renames
def category_ranking(request: HttpRequest, slug: str) -> HttpResponse:
    category = get_by_slug(Category.objects.select_related("parent"), slug, SlugRedirect.Target.CATEGORY)
    # The page's content is one shared block (catalog/ranking.html), cached per day and filter:
    # the ranking and its surroundings are computed only when it is not.
    context = {
        "category": category,
        "today": review_ranking.today(),
        **lazy_values(lambda: _ranking(request, category), RANKING_NAMES),
        **_parameters(),
    }
    return render(request, "catalog/ranking.html", context)


RANKING_NAMES = ("ranking", "credential_facets", "filtered", "sponsored", "chart")


def _ranking(request: HttpRequest, category: Category) -> dict[str, object]:
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
    return {
        "ranking": ranking,
        "credential_facets": [f for f in credential_facets if f.values],
        "filtered": bool(filters.credentials),
        "sponsored": sponsored_for(category, ranking.as_of),
        "chart": ranking.chart_points(),
    }


@cache_page
@require_GET
def ranking_method(request: HttpRequest) -> HttpResponse:
    signals = {code: _(label) for code, label in fraud.LABELS.items()}  # stored in Chinese, shown translated
    context = {**_parameters(), "signals": signals, "fraud": fraud}
    return render(request, "catalog/ranking_method.html", context)
