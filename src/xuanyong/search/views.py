from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.views.decorators.http import require_GET

from xuanyong.analytics.services import search_record
from xuanyong.catalog import facets
from xuanyong.catalog.models import Category, Offering
from xuanyong.catalog.views.browse import toggle_url

from .filters import DEPLOYMENT, PRICING, TABS, parse_filters
from .selectors import SNIPPET_CHARS, highlight, search, suggest


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


@require_GET
def search_page(request: HttpRequest) -> HttpResponse:
    filters, dropped = parse_filters(request.GET)
    result = search(request.GET.get("q", ""), filters, page=_page(request.GET))
    if result.page == 1 and result.parsed.text:  # a new search, not a further page of one
        search_record(request=request, text=result.parsed.text, found=result.total > 0)
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
    context = {
        "query": result.parsed.text,
        "result": result,
        "rows": rows,
        "dropped": dropped,
        "tabs": [
            (kind, label, result.kind_counts.get(kind, 0), _url(request.GET, type=kind))
            for kind, label in TABS
        ],
        "facet_groups": [
            (
                "分类",
                "category",
                [
                    (
                        categories.get(k, "其他"),
                        n,
                        _url(request.GET, category=str(k)),
                        str(k) == request.GET.get("category"),
                    )
                    for k, n in sorted(category_counts.items(), key=lambda x: -x[1])
                ],
            ),
            (
                "计费模式",
                "pricing",
                [
                    (PRICING.get(k, k), n, _url(request.GET, pricing=k), k == filters.pricing_model)
                    for k, n in result.facets.get("pricing_model", {}).items()
                ],
            ),
            (
                "部署方式",
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
    return render(request, "search/results.html", context)


@require_GET
def suggest_view(request: HttpRequest) -> HttpResponse:
    return render(request, "search/_suggest.html", {"suggestions": suggest(request.GET.get("q", ""))})
