"""Category rankings with "why this rank", and the page that explains the formula."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from ..models import Category, SlugRedirect
from ..ranking import LIMIT, WEIGHTS, interim_ranking
from ._lookup import follows_renames, get_by_slug


@require_GET
@follows_renames
def category_ranking(request: HttpRequest, slug: str) -> HttpResponse:
    category = get_by_slug(Category.objects.select_related("parent"), slug, SlugRedirect.Target.CATEGORY)
    context = {"category": category, "entries": interim_ranking(category), "weights": WEIGHTS, "limit": LIMIT}
    return render(request, "catalog/ranking.html", context)


@require_GET
def ranking_method(request: HttpRequest) -> HttpResponse:
    return render(request, "catalog/ranking_method.html", {"weights": WEIGHTS, "limit": LIMIT})
