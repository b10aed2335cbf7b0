"""The offering page's shared parts: everything but the header, the estimate and the hotline card.

Built once per catalog version and offering, and cached; a page view then costs one query for
the offering's row and filling in the visitor's marks (catalog/fragments.py). Article writes
bump the catalog version too, since the page lists the articles that feature the offering.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache
from django.utils.html import format_html
from django.utils.translation import get_language

from xuanyong.lib.versions import cache_fill

from . import estimator, fragments, selectors
from .credentials import offering_credentials
from .jsonld import offering_jsonld
from .models import FeeItem, Offering

CACHE_SECONDS = 600
TEMPLATE = "catalog/_offering_shared.html"


@dataclass
class SharedOfferingPage:
    head: str  # canonical link and JSON-LD, with origin marks
    parts: list[str]  # the content around the live blocks (estimator, consultation card)
    fee_items: list[FeeItem]
    questions: list[estimator.Question]


def shared_offering_page(offering_id: int) -> SharedOfferingPage:
    key = f"catalog:offering-page:{selectors.catalog_version()}:{get_language()}:{offering_id}"
    page: SharedOfferingPage | None = cache.get(key)
    if page is None:
        page = _build(offering_id)
        cache_fill(key, page, CACHE_SECONDS)
    return page


def _build(offering_id: int) -> SharedOfferingPage:
    offering = Offering.objects.select_related("vendor", "primary_category__parent").get(pk=offering_id)
    attributes = list(offering.primary_category.attributes.all())
    fee_items = list(offering.fee_items.all())
    questions = estimator.questions_for(offering, fee_items, attributes) if fee_items else []
    plans = list(offering.plans.all())
    context = {
        "offering": offering,
        "plans": plans,
        "fee_items": fee_items,
        "attribute_groups": selectors.offering_attribute_groups(offering, attributes),
        "alternatives": selectors.alternatives_for(offering, attributes, limit=4),
        "articles": selectors.articles_for_offering(offering),
        "credentials": offering_credentials([offering])[offering.pk],
    }
    canonical = format_html(
        '<link rel="canonical" href="{}{}">', fragments.ORIGIN_MARK, offering.get_absolute_url()
    )
    return SharedOfferingPage(
        head=canonical + "\n" + offering_jsonld(fragments.ORIGIN_MARK, offering, plans),
        parts=fragments.render_shared(TEMPLATE, context),
        fee_items=fee_items,
        questions=questions,
    )
