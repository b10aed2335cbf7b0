"""Category, offering, vendor and alternatives pages."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.views.decorators.http import require_GET

from xuanyong.content.models import Article

from .. import estimator, facets, selectors
from ..jsonld import offering_jsonld
from ..models import Category, Offering, SlugRedirect, Vendor
from ._lookup import follows_renames, get_by_slug

PAGE_SIZE = 20


def toggle_url(params: QueryDict, name: str, code: str) -> str:
    """The query string with ``name=code`` switched on or off, back on page 1."""
    query = params.copy()
    query.pop("page", None)
    values = query.getlist(name)
    query.setlist(name, [v for v in values if v != code] if code in values else [*values, code])
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@require_GET
@follows_renames
def category_detail(request: HttpRequest, slug: str) -> HttpResponse:
    category = get_by_slug(Category.objects.select_related("parent"), slug, SlugRedirect.Target.CATEGORY)
    children = list(category.children.all())
    attributes = list(category.attributes.all())
    filters = facets.parse_filters(request.GET, attributes)
    offerings = facets.apply_filters(facets.category_offerings(category, children), filters)
    page = Paginator(facets.sorted_offerings(offerings.for_cards(), filters.sort), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    facet_list = facets.facet_counts(category, attributes, filters, children)
    for facet in facet_list:
        for value in facet.values:
            value.url = toggle_url(request.GET, facet.name, value.code)  # type: ignore[attr-defined]
    keep = request.GET.copy()
    keep.pop("page", None)
    context = {
        "category": category,
        "children": children,
        "page": page,
        "filters": filters,
        "facets": facet_list,
        "sorts": [(key, label, _with(keep, sort=key)) for key, label in facets.SORTS.items()],
        "page_query": keep.urlencode(),
        "clear_url": request.path,
        "articles": list(Article.objects.newest_first().filter(category=category).only("title", "slug")[:5]),
    }
    return render(request, "catalog/category.html", context)


def _with(params: QueryDict, **changes: str) -> str:
    query = params.copy()
    for key, value in changes.items():
        query[key] = value
    return "?" + query.urlencode()


@require_GET
@follows_renames
def offering_detail(request: HttpRequest, slug: str) -> HttpResponse:
    offering = get_by_slug(
        Offering.objects.published().select_related("vendor", "primary_category__parent"),
        slug,
        SlugRedirect.Target.OFFERING,
    )
    attributes = list(offering.primary_category.attributes.all())
    fee_items = list(offering.fee_items.all())
    questions = estimator.questions_for(offering, fee_items, attributes) if fee_items else []
    plans = list(offering.plans.all())
    context = {
        "offering": offering,
        "plans": plans,
        "fee_items": fee_items,
        "questions": questions,
        "estimate": estimator.estimate(fee_items, questions, request.GET) if fee_items else None,
        "attribute_groups": selectors.offering_attribute_groups(offering, attributes),
        "alternatives": selectors.alternatives_for(offering, attributes, limit=4),
        "articles": selectors.articles_for_offering(offering),
        "jsonld": offering_jsonld(request, offering, plans),
    }
    return render(request, "catalog/offering.html", context)


@require_GET
@follows_renames
def fee_estimate(request: HttpRequest, slug: str) -> HttpResponse:
    """The estimator's result alone, for htmx to swap in as the buyer changes answers."""
    offering = get_by_slug(
        Offering.objects.published().select_related("primary_category"), slug, SlugRedirect.Target.OFFERING
    )
    fee_items = list(offering.fee_items.all())
    questions = estimator.questions_for(offering, fee_items, list(offering.primary_category.attributes.all()))
    context = {"offering": offering, "estimate": estimator.estimate(fee_items, questions, request.GET)}
    return render(request, "catalog/_estimate.html", context)


@require_GET
@follows_renames
def offering_alternatives(request: HttpRequest, slug: str) -> HttpResponse:
    offering = get_by_slug(
        Offering.objects.published().select_related("vendor", "primary_category"),
        slug,
        SlugRedirect.Target.OFFERING,
    )
    attributes = list(offering.primary_category.attributes.all())
    alternatives = selectors.alternatives_for(offering, attributes, limit=20)
    return render(request, "catalog/alternatives.html", {"offering": offering, "alternatives": alternatives})


@require_GET
@follows_renames
def vendor_detail(request: HttpRequest, slug: str) -> HttpResponse:
    vendor = get_by_slug(Vendor.objects.all(), slug, SlugRedirect.Target.VENDOR)
    offerings = list(vendor.offerings.published().select_related("primary_category").order_by("name"))
    return render(request, "catalog/vendor.html", {"vendor": vendor, "offerings": offerings})
