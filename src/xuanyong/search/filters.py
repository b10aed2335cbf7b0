"""Search filters from a query string, as the search page and the API read them."""

from __future__ import annotations

from django.http import QueryDict
from django.utils.translation import gettext as _

from xuanyong.catalog import facets
from xuanyong.catalog.models import Category, Offering

from .models import SearchDocument
from .query import Filters

TABS = [
    (k.value, k.label)
    for k in (SearchDocument.Kind.OFFERING, SearchDocument.Kind.ARTICLE, SearchDocument.Kind.VENDOR)
]
PRICING = dict(Offering.PricingModel.choices)
DEPLOYMENT = dict(Offering.Deployment.choices)


def parse_filters(params: QueryDict) -> tuple[Filters, list[str]]:
    """Filters from the query string; unknown values are dropped and named in the notice."""
    filters, dropped = Filters(), []
    kind = params.get("type")
    if kind:
        if kind in dict(TABS):
            filters.kind = kind
        else:
            dropped.append(_("类型"))
    if raw := params.get("category"):
        if raw.isdigit():
            ids = [int(raw), *Category.objects.filter(parent_id=int(raw)).values_list("pk", flat=True)]
            filters.category_ids = ids
        else:
            dropped.append(_("分类"))
    for name, allowed, attr in (
        ("pricing", PRICING, "pricing_model"),
        ("deployment", DEPLOYMENT, "deployment"),
    ):
        if value := params.get(name):
            if value in allowed:
                setattr(filters, attr, value)
            else:
                dropped.append({"pricing": _("计费模式"), "deployment": _("部署方式")}[name])
    credentials = facets.parse_filters(params, [])  # only its credential filters are read
    if credentials.credentials:
        filters.credential_tags = [
            facets.credential_tag(name, code)
            for name, codes in credentials.credentials.items()
            for code in codes
        ]
        filters.credential_ids = facets.offerings_with_credentials(Offering.objects.published(), credentials)
    if raw := params.get("rating"):
        try:
            rating = float(raw)
            if not 0 <= rating <= 5:
                raise ValueError
            filters.min_rating = rating
        except ValueError:
            dropped.append(_("最低评分"))
    return filters, dropped


def active_filter_count(filters: Filters) -> int:
    """How many filters narrow the offerings tab (the tab itself is not one): the drawer's badge."""
    chosen = (filters.category_ids, filters.pricing_model, filters.deployment, filters.offering_kind)
    return (
        sum(1 for value in chosen if value) + (filters.min_rating is not None) + len(filters.credential_tags)
    )
