"""Category, offering, vendor and alternatives pages."""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Page
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from xuanyong.content.models import Article
from xuanyong.lib.pagecache import VERSION_KEY, cache_page
from xuanyong.lib.versions import cache_fill, version_get
from xuanyong.web.selectors import site_settings

from .. import estimator, facets, fragments, selectors
from ..models import Attribute, Category, Offering, SlugRedirect, Vendor
from ..offering_page import shared_offering_page
from ._lookup import follows_renames, get_by_slug

PAGE_SIZE = 20


def toggle_url(params: QueryDict, name: str, code: str, *, single: bool = False) -> str:
    """The query string with ``name=code`` switched on or off, back on page 1; a ``single`` field
    (one value at a time, like 等保's minimum level) has its value replaced instead."""
    return _toggled(_without_page(params), name, code, single=single)


def _without_page(params: QueryDict) -> dict[str, list[str]]:
    return {key: values for key, values in params.lists() if key != "page"}


def _toggled(query: dict[str, list[str]], name: str, code: str, *, single: bool = False) -> str:
    # Plain lists rather than QueryDict.copy() (a deep copy): a category page builds one per facet value.
    values = query.get(name, [])
    adding = [code] if single else [*values, code]
    changed = {**query, name: [v for v in values if v != code] if code in values else adding}
    encoded = urlencode([(key, value) for key, values in changed.items() for value in values])
    return f"?{encoded}" if encoded else "?"


@cache_page
@require_GET
@follows_renames
def category_detail(request: HttpRequest, slug: str) -> HttpResponse:
    category, children, attributes = _category(slug)
    filters = facets.parse_filters(request.GET, attributes)
    facet_list, total = facets.facet_counts(category, attributes, filters)
    page = facets.offerings_page(request.GET.get("page"), total=total, per_page=PAGE_SIZE)
    cards = fragments.fill(_cards(category, filters, page), request)
    keep = request.GET.copy()
    keep.pop("page", None)
    context = {
        "category": category,
        "children": children,
        "page": page,
        "cards": cards[0],
        "filters": filters,
        # Linked only when the page's shared facets (catalog/category.html) are not cached.
        "facets": SimpleLazyObject(lambda: _with_urls(facet_list, request.GET)),
        # Linked only when the page's shared toolbar is not cached.
        "sorts": SimpleLazyObject(
            lambda: [(key, label, _with(keep, sort=key)) for key, label in facets.SORTS.items()]
        ),
        "page_query": keep.urlencode(),
        "clear_url": request.path,
        # Read only when the page's shared foot (catalog/category.html) is not cached.
        "articles": SimpleLazyObject(
            lambda: list(Article.objects.newest_first().filter(category=category).only("title", "slug")[:5])
        ),
        "site": site_settings(),  # once, rather than once per {{ site.… }} in the templates
    }
    return render(request, "catalog/category.html", context)


def _with_urls(facet_list: list[facets.Facet], params: QueryDict) -> list[facets.Facet]:
    """The facets, each value with the URL that switches it on or off."""
    query = _without_page(params)
    for facet in facet_list:
        for value in facet.values:
            value.url = _toggled(query, facet.name, value.code, single=facet.single)  # type: ignore[attr-defined]
    return facet_list


def _category(slug: str) -> tuple[Category, list[Category], list[Attribute]]:
    """The category with its children and schema, cached per catalog version (the services and
    the admin bump it whenever one of them changes)."""
    key = f"catalog:category:{selectors.catalog_version()}:{slug}"
    found: tuple[Category, list[Category], list[Attribute]] | None = cache.get(key)
    if found is None:
        category = get_by_slug(Category.objects.select_related("parent"), slug, SlugRedirect.Target.CATEGORY)
        found = (category, list(category.children.all()), list(category.attributes.all()))
        cache_fill(key, found, facets.CACHE_SECONDS)
    return found


def _cards(category: Category, filters: facets.FacetFilters, page: Page) -> list[str]:
    """The page's offering cards, rendered once per catalog version, filters, sort and page."""
    key = (
        f"catalog:cards:{selectors.catalog_version()}:{get_language()}:{category.pk}:{filters.cache_key()}:"
        f"{filters.sort}:{page.number}"
    )
    cards: list[str] | None = cache.get(key)
    if cards is None:
        offerings = facets.page_offerings(category, filters, page)
        cards = fragments.render_shared("catalog/_offering_cards.html", {"offerings": offerings})
        cache_fill(key, cards, facets.CACHE_SECONDS)
    return cards


def _with(params: QueryDict, **changes: str) -> str:
    query = params.copy()
    for key, value in changes.items():
        query[key] = value
    return "?" + query.urlencode()


@cache_page
@require_GET
@follows_renames
def offering_detail(request: HttpRequest, slug: str) -> HttpResponse:
    offering = _offering_row(slug)
    shared = shared_offering_page(offering.pk)
    head, *parts = fragments.fill([shared.head, *shared.parts], request)
    questions = shared.questions
    context = {
        "offering": offering,
        "head": head,
        "parts": parts,
        "questions": questions,
        "estimate": estimator.estimate(shared.fee_items, questions, request.GET) if questions else None,
        "site": site_settings(),  # once, rather than once per {{ site.… }} in the templates
    }
    return render(request, "catalog/offering.html", context)


def _offering_row(slug: str) -> Offering:
    """What the offering page shows of the row outside its shared parts, cached per pages version
    (every write to an offering bumps it); an old slug or a missing one raises as ``get_by_slug``."""
    key = f"catalog:offering-row:{version_get(VERSION_KEY)}:{slug}"
    offering: Offering | None = cache.get(key)
    if offering is None:
        fields = ("id", "slug", "name", "tagline")
        offering = get_by_slug(Offering.objects.published().only(*fields), slug, SlugRedirect.Target.OFFERING)
        cache_fill(key, offering, settings.XUANYONG_PAGE_CACHE_SECONDS)
    return offering


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


@cache_page
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


@cache_page
@require_GET
@follows_renames
def vendor_detail(request: HttpRequest, slug: str) -> HttpResponse:
    vendor = get_by_slug(Vendor.objects.all(), slug, SlugRedirect.Target.VENDOR)
    offerings = list(vendor.offerings.published().select_related("primary_category").order_by("name"))
    return render(request, "catalog/vendor.html", {"vendor": vendor, "offerings": offerings})
