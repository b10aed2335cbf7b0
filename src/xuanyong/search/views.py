from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from xuanyong.analytics.services import search_record
from xuanyong.catalog import facets
from xuanyong.catalog.models import Category, Offering
from xuanyong.catalog.views.browse import toggle_url
from xuanyong.lib.lazy import lazy_values
from xuanyong.lib.pagecache import cache_page, page_effect, register_page_effect

from .filters import DEPLOYMENT, PRICING, TABS, active_filter_count, parse_filters
from .query import Filters
from .selectors import SNIPPET_CHARS, SearchPage, cached_search, highlight, suggest, zero_result_log


def _page(params: QueryDict) -> int:
    raw = params.get("page", "1")
    return min(int(raw), 100) if raw.isdigit() and int(raw) > 0 else 1


def _url(params: QueryDict, **changes: str | None) -> str:
    query = params.copy()
    query.pop("page", None)
    for key, value in changes.items():
        if value is None:
            query.pop(key, None)
        else:
            query[key] = value
    return "?" + query.urlencode()


def _credential_facets(params: QueryDict, counts: dict[str, dict[str, int]]) -> list[facets.Facet]:
    chosen = facets.parse_filters(params, [])
    shown = [f for f in facets.credential_facets(counts, chosen) if f.values]
    for facet in shown:
        for value in facet.values:
            value.url = toggle_url(params, facet.name, value.code, single=facet.single)  # type: ignore[attr-defined]
    return shown


@register_page_effect("search.logged")
def _log_search(request: HttpRequest, text: str, found: bool) -> None:
    """Every search is logged, whether its page comes from the cache or not."""
    search_record(request=request, text=text, found=found)
    if not found:
        zero_result_log(text)


@cache_page
@require_GET
def search_page(request: HttpRequest) -> HttpResponse:
    filters, dropped = parse_filters(request.GET)
    result = cached_search(request.GET.get("q", ""), filters, page=_page(request.GET))
    filters = result.filters  # with the tab the search chose when the query names none
    context = {
        "query": result.parsed.text,
        "result": result,
        "dropped": dropped,
        # The results are one shared block (search/results.html): assembled only when it is not cached.
        **lazy_values(lambda: _results(request, result, filters), RESULT_NAMES),
    }
    response = render(request, "search/results.html", context)
    # Logged after the page's reads: a request that wrote reads the primary from then on.
    if result.page == 1 and result.parsed.text:  # a new search, not a further page of one
        page_effect(request, "search.logged", text=result.parsed.text, found=result.total > 0)
    return response


RESULT_NAMES = (
    "rows", "filter_count", "tabs", "facet_groups", "credential_facets", "clear_filters", "prev_url", "next_url",
)  # fmt: skip


def _results(request: HttpRequest, result: SearchPage, filters: Filters) -> dict[str, Any]:
    terms = result.parsed.highlight_terms
    offerings = {
        o.pk: o
        for o in Offering.objects.filter(
            pk__in=[h.object_id for h in result.hits if h.kind == "offering"]
        ).select_related("vendor")
    }
    rows: list[dict[str, Any]] = [
        {
            "hit": hit,
            "title": highlight(hit.title, terms),
            "snippet": highlight(hit.summary, terms, limit=SNIPPET_CHARS),
            "offering": offerings.get(hit.object_id) if hit.kind == "offering" else None,
        }
        for hit in result.hits
    ]
    category_counts = result.facets.get("category_id", {})
    categories = (
        {c.pk: c.name for c in Category.objects.filter(pk__in=list(category_counts))}
        if category_counts
        else {}
    )
    return {
        "rows": rows,
        "filter_count": active_filter_count(filters),
        "tabs": [
            (kind, label, result.kind_counts.get(kind, 0), _url(request.GET, type=kind))
            for kind, label in TABS
        ],
        "facet_groups": [
            (
                _("分类"),
                "category",
                [
                    (
                        categories.get(k, _("其他")),
                        n,
                        _url(request.GET, category=str(k)),
                        str(k) == request.GET.get("category"),
                    )
                    for k, n in sorted(category_counts.items(), key=lambda x: -x[1])
                ],
            ),
            (
                _("计费模式"),
                "pricing",
                [
                    (PRICING.get(k, k), n, _url(request.GET, pricing=k), k == filters.pricing_model)
                    for k, n in result.facets.get("pricing_model", {}).items()
                ],
            ),
            (
                _("部署方式"),
                "deployment",
                [
                    (DEPLOYMENT.get(k, k), n, _url(request.GET, deployment=k), k == filters.deployment)
                    for k, n in result.facets.get("deployment", {}).items()
                ],
            ),
        ],
        "credential_facets": _credential_facets(request.GET, result.credential_counts),
        "clear_filters": "?" + QueryDict(mutable=True, query_string=f"q={result.parsed.text}").urlencode()
        if result.parsed.text
        else "?",
        "prev_url": _url(request.GET, page=str(result.page - 1)) if result.page > 1 else None,
        "next_url": _url(request.GET, page=str(result.page + 1)) if result.page < result.pages else None,
    }


@require_GET
def suggest_view(request: HttpRequest) -> HttpResponse:
    return render(request, "search/_suggest.html", {"suggestions": suggest(request.GET.get("q", ""))})
