from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from xuanyong.content.models import Article

from . import selectors
from .models import Category, Offering, Vendor

SORTS = {"default": "综合", "newest": "最新", "price": "价格"}


def category_detail(request: HttpRequest, slug: str) -> HttpResponse:
    category = get_object_or_404(Category.objects.select_related("parent"), slug=slug)
    sort = request.GET.get("sort", "default")
    if sort not in SORTS:
        sort = "default"
    offerings = selectors.offerings_for_category(category=category, sort=sort)
    page = Paginator(offerings, 20).get_page(request.GET.get("page"))
    context = {
        "category": category,
        "children": list(category.children.all()),
        "page": page,
        "sort": sort,
        "sorts": SORTS,
        "articles": list(Article.objects.newest_first().filter(category=category)[:5]),
    }
    return render(request, "catalog/category.html", context)


def offering_detail(request: HttpRequest, slug: str) -> HttpResponse:
    offering = get_object_or_404(
        Offering.objects.published().select_related("vendor", "primary_category__parent"), slug=slug
    )
    attributes = list(offering.primary_category.attributes.all())
    context = {
        "offering": offering,
        "plans": list(offering.plans.all()),
        "fee_items": list(offering.fee_items.all()),
        "attribute_groups": selectors.offering_attribute_groups(offering, attributes),
        "alternatives": list(selectors.alternatives_for(offering)),
        "articles": list(
            Article.objects.newest_first()
            .filter(category_id=offering.primary_category_id)
            .only("title", "slug")[:5]
        ),
    }
    return render(request, "catalog/offering.html", context)


def vendor_detail(request: HttpRequest, slug: str) -> HttpResponse:
    vendor = get_object_or_404(Vendor, slug=slug)
    offerings = list(vendor.offerings.published().select_related("primary_category").order_by("name"))
    return render(request, "catalog/vendor.html", {"vendor": vendor, "offerings": offerings})
