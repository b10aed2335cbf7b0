"""Faceted browsing of a category: parse filters from the query string, filter, count.

Filters combine with AND across fields and OR within one field (``?payment=wechat&payment=alipay``).
Counts are disjunctive, as on the big catalogue sites: a field's value counts are computed with
every *other* active filter applied, so ticking a value never zeroes its siblings.
Bad input (unknown fields or values, malformed numbers) is dropped and reported, never echoed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import Count, Exists, F, OuterRef, QuerySet
from django.http import QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from xuanyong.lib.versions import cache_fill

from .credentials import TAG_LABELS
from .models import (
    XINCHUANG_PLATFORMS,
    Attribute,
    Category,
    Offering,
    OfferingAttributeValue,
    OfferingCredentialTag,
    OfferingQuerySet,
)
from .selectors import catalog_version

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

MAX_PRICE = Decimal("100000000")
BUILTIN_LABELS = {
    "deployment": gettext_lazy("部署方式"),
    "pricing": gettext_lazy("计费模式"),
    "trial": gettext_lazy("免费试用"),
    "kind": gettext_lazy("类型"),
}
BUILTIN_CHOICES: dict[str, list[tuple[str, StrOrPromise]]] = {
    "deployment": list(Offering.Deployment.choices),
    "pricing": list(Offering.PricingModel.choices),
    "trial": [("1", gettext_lazy("可免费试用"))],
    "kind": list(Offering.Kind.choices),
}
BUILTIN_FIELDS = {"deployment": "deployment", "pricing": "pricing_model", "kind": "kind"}
# Credentials filter with AND: a buyer who ticks 鲲鹏 and 麒麟 needs a product adapted to both.
# ``?dengbao=3`` means level 3 or higher; each offering carries a tag for every level it meets.
CREDENTIAL_FACETS: dict[str, tuple[StrOrPromise, list[tuple[str, StrOrPromise]]]] = {
    "xinchuang": (gettext_lazy("信创适配"), XINCHUANG_PLATFORMS),
    "dengbao": (
        gettext_lazy("等保测评"),
        [("2", gettext_lazy("二级及以上")), ("3", gettext_lazy("三级及以上")), ("4", gettext_lazy("四级"))],
    ),
    "cred": (gettext_lazy("资质"), [(code, gettext_lazy(label)) for code, label in TAG_LABELS.items()]),
}


def credential_tag(name: str, code: str) -> str:
    return f"dengbao:{code}" if name == "dengbao" else code


def tag_facet(tag: str) -> tuple[str, str]:
    """The (facet, value) a tag counts for."""
    if tag.startswith("dengbao:"):
        return "dengbao", tag.removeprefix("dengbao:")
    return ("cred", tag) if tag in TAG_LABELS else ("xinchuang", tag)


SORTS = {
    "default": gettext_lazy("综合"),
    "rating": gettext_lazy("评分"),
    "price": gettext_lazy("价格"),
    "newest": gettext_lazy("最新"),
}
PASSTHROUGH = {"sort", "page"}
CACHE_SECONDS = 600  # on top of the catalog version: bounds staleness from writes outside the services


@dataclass
class FacetFilters:
    """Validated filters: builtin fields and schema attributes map to the selected codes."""

    builtin: dict[str, list[str]] = field(default_factory=dict)
    attributes: dict[str, list[str]] = field(default_factory=dict)
    credentials: dict[str, list[str]] = field(default_factory=dict)  # facet → codes, all required
    numbers: dict[str, float] = field(default_factory=dict)  # attribute key → minimum value
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    sort: str = "default"
    dropped: list[str] = field(default_factory=list)  # labels of what was ignored

    @property
    def active(self) -> bool:
        return bool(
            self.builtin
            or self.attributes
            or self.credentials
            or self.numbers
            or self.price_min is not None
            or self.price_max is not None
        )

    @property
    def active_count(self) -> int:
        """How many filters the buyer chose: each ticked value, each minimum, the price range as one."""
        ticked = sum(
            len(codes)
            for group in (self.builtin, self.attributes, self.credentials)
            for codes in group.values()
        )
        priced = self.price_min is not None or self.price_max is not None
        return ticked + len(self.numbers) + int(priced)

    def cache_key(self) -> str:
        chosen = {**self.builtin, **self.attributes, **{f"c.{k}": v for k, v in self.credentials.items()}}
        parts = [f"{k}={','.join(sorted(v))}" for k, v in sorted(chosen.items())]
        parts += [f"{k}>={v}" for k, v in sorted(self.numbers.items())]
        parts += [f"price={self.price_min}-{self.price_max}"]
        return "&".join(parts)


def parse_filters(params: QueryDict, attributes: list[Attribute]) -> FacetFilters:
    filters = FacetFilters()
    schema = {attr.key: attr for attr in attributes}
    sort = params.get("sort", "default")
    filters.sort = sort if sort in SORTS else "default"
    if sort not in SORTS:
        filters.dropped.append(_("排序方式"))
    for name in params:
        values = [v for v in params.getlist(name) if v != ""]
        if name in PASSTHROUGH or not values:
            continue
        if name in CREDENTIAL_FACETS:
            label, choices = CREDENTIAL_FACETS[name]
            _keep_codes(filters, filters.credentials, name, values, choices, label)
            if name == "dengbao" and name in filters.credentials:  # one level: the highest asked
                filters.credentials[name] = [max(filters.credentials[name])]
        elif name in BUILTIN_CHOICES:
            _keep_codes(filters, filters.builtin, name, values, BUILTIN_CHOICES[name], BUILTIN_LABELS[name])
        elif name in ("price_min", "price_max"):
            amount = _parse_price(values[0])
            if amount is None:
                filters.dropped.append(_("价格下限") if name == "price_min" else _("价格上限"))
            else:
                setattr(filters, name, amount)
        elif (
            name.endswith("_min")
            and (attr := schema.get(name.removesuffix("_min")))
            and attr.kind == Attribute.Kind.NUMBER
        ):
            try:
                filters.numbers[attr.key] = float(values[0])
            except ValueError:
                filters.dropped.append(attr.label)
        elif (attr := schema.get(name)) is not None and attr.kind in FACET_KINDS:
            _keep_codes(filters, filters.attributes, name, values, attribute_choices(attr), attr.label)
        else:
            filters.dropped.append(_("未知条件"))
    if (
        filters.price_min is not None
        and filters.price_max is not None
        and filters.price_min > filters.price_max
    ):
        filters.price_min, filters.price_max = None, None
        filters.dropped.append(_("价格区间（下限高于上限）"))
    return filters


FACET_KINDS = (Attribute.Kind.BOOL, Attribute.Kind.CHOICE, Attribute.Kind.MULTI)


def attribute_choices(attr: Attribute) -> list[tuple[str, str]]:
    if attr.kind == Attribute.Kind.BOOL:
        return [("1", _("支持")), ("0", _("不支持"))]
    return [(code, label) for code, label in attr.choices]


def _keep_codes(
    filters: FacetFilters, target: dict[str, list[str]], name: str, values: list[str],
    choices: Sequence[tuple[str, StrOrPromise]], label: StrOrPromise,
) -> None:  # fmt: skip
    known = {code for code, _ in choices}
    good = [v for v in dict.fromkeys(values) if v in known]
    if len(good) < len(values):
        filters.dropped.append(str(label))
    if good:
        target[name] = good


def _parse_price(raw: str) -> Decimal | None:
    try:
        amount = Decimal(raw.strip())
    except (InvalidOperation, ValueError):
        return None
    if not amount.is_finite() or amount < 0 or amount > MAX_PRICE:
        return None
    return amount


def category_offerings(category: Category) -> OfferingQuerySet:
    """Published offerings listed in the category or below it, primary or extra (no DISTINCT needed)."""
    return Offering.objects.published().in_category(category)


def apply_filters(
    qs: OfferingQuerySet, filters: FacetFilters, *, skip: str | None = None
) -> OfferingQuerySet:
    for name, codes in filters.builtin.items():
        if name == skip:
            continue
        if name == "trial":
            qs = qs.filter(free_trial=True)
        else:
            qs = qs.filter(**{f"{BUILTIN_FIELDS[name]}__in": codes})
    for key, codes in filters.attributes.items():
        if key == skip:
            continue
        match = OfferingAttributeValue.objects.filter(offering=OuterRef("pk"), key=key, value__in=codes)
        qs = qs.filter(Exists(match))
    for name, codes in filters.credentials.items():
        if name == skip:
            continue
        for code in codes:
            tag = OfferingCredentialTag.objects.filter(
                offering=OuterRef("pk"), code=credential_tag(name, code)
            )
            qs = qs.filter(Exists(tag))
    for key, minimum in filters.numbers.items():
        match = OfferingAttributeValue.objects.filter(offering=OuterRef("pk"), key=key, number__gte=minimum)
        qs = qs.filter(Exists(match))
    if skip != "price":
        if filters.price_min is not None:
            qs = qs.filter(price_min__gte=filters.price_min)
        if filters.price_max is not None:
            qs = qs.filter(price_min__lte=filters.price_max)
    return qs


# Every ordering ends with id, so a page's rows are the same whichever query fetches them.
ORDERINGS: dict[str, list[Any]] = {
    "default": ["-featured", F("rating_avg").desc(nulls_last=True), "-view_count", "id"],
    "rating": [F("rating_avg").desc(nulls_last=True), "-review_count", "-view_count", "id"],
    "price": [F("price_min").asc(nulls_last=True), "id"],
    "newest": ["-published_at", "id"],
}


def sorted_offerings(qs: QuerySet[Offering], sort: str) -> QuerySet[Offering]:
    return qs.order_by(*ORDERINGS[sort])


def offerings_page(number: str | int | None, *, total: int, per_page: int) -> Page:
    """The page asked for (or the nearest that exists) of ``total`` offerings, without a query:
    ``page_offerings`` loads its rows when they are not cached."""
    return Paginator(range(total), per_page).get_page(number)


def page_offerings(category: Category, filters: FacetFilters, page: Page) -> list[Offering]:
    """The page's offerings loaded for cards, in one query.

    The inner query sorts only index entries (offering_browse covers every filter and sort
    column) and keeps the page's ids; the outer one reads the card columns of those rows alone.
    """
    if not page.paginator.count:
        return []
    ranked = sorted_offerings(apply_filters(category_offerings(category), filters), filters.sort)
    ids = ranked.values("pk")[page.start_index() - 1 : page.end_index()]
    return list(sorted_offerings(Offering.objects.filter(pk__in=ids).for_cards(), filters.sort))


@dataclass
class FacetValue:
    code: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    values: list[FacetValue]
    single: bool = False  # one value at a time: its links replace the value

    @property
    def has_selection(self) -> bool:
        return any(v.selected for v in self.values)


def facet_counts(
    category: Category, attributes: list[Attribute], filters: FacetFilters
) -> tuple[list[Facet], int]:
    """Facets with counts, and how many offerings match every filter (the listing's length).

    Both are cached per catalog version and filter set.
    """
    key = f"catalog:facets-total:{catalog_version()}:{category.pk}:{filters.cache_key()}"  # (counts, total)
    cached: tuple[dict[str, dict[str, int]], int] | None = cache.get(key)
    if cached is None:
        cached = _count(
            category_offerings(category), [a for a in attributes if a.kind in FACET_KINDS], filters
        )
        cache_fill(key, cached, CACHE_SECONDS)
    counts, total = cached
    facets = []
    for name in ("deployment", "pricing", "trial"):
        facets.append(
            _facet(name, BUILTIN_LABELS[name], BUILTIN_CHOICES[name], counts.get(name, {}), filters.builtin)
        )
    facets += credential_facets(counts, filters)
    for attr in attributes:
        if attr.kind in FACET_KINDS:
            facets.append(
                _facet(
                    attr.key,
                    attr.label,
                    attribute_choices(attr),
                    counts.get(attr.key, {}),
                    filters.attributes,
                )
            )
    return facets, total


def _facet(
    name: str,
    label: StrOrPromise,
    choices: Sequence[tuple[str, StrOrPromise]],
    counts: dict[str, int],
    selected: dict[str, list[str]],
) -> Facet:
    chosen = selected.get(name, [])
    # Labels as text in the request's language: the API's schemas and the cached pages take str.
    values = [FacetValue(code, str(text), counts.get(code, 0), code in chosen) for code, text in choices]
    return Facet(name, str(label), [v for v in values if v.count or v.selected])


def _count(
    base: OfferingQuerySet, attributes: list[Attribute], filters: FacetFilters
) -> tuple[dict[str, dict[str, int]], int]:
    counts: dict[str, dict[str, int]] = {}
    # Fields without a selection share one query each kind; selected fields get their own.
    unselected_builtin = [n for n in ("deployment", "pricing", "trial") if n not in filters.builtin]
    filtered = apply_filters(base, filters)
    if unselected_builtin:
        rows = list(filtered.values("deployment", "pricing_model", "free_trial").annotate(n=Count("id")))
        total = sum(row["n"] for row in rows)  # the groups partition the filtered offerings
        for row in rows:
            _add(counts, "deployment", row["deployment"], row["n"])
            _add(counts, "pricing", row["pricing_model"], row["n"])
            if row["free_trial"]:
                _add(counts, "trial", "1", row["n"])
    for name in filters.builtin:
        column = {
            "deployment": "deployment",
            "pricing": "pricing_model",
            "trial": "free_trial",
            "kind": "kind",
        }[name]
        counts[name] = {}
        for row in apply_filters(base, filters, skip=name).values(column).annotate(n=Count("id")):
            code = ("1" if row[column] else "0") if name == "trial" else row[column]
            _add(counts, name, code, row["n"])
    keys = [a.key for a in attributes]
    unselected = [k for k in keys if k not in filters.attributes]
    if unselected:
        _count_attributes(counts, filtered, unselected)
    for key in filters.attributes:
        if key in keys:
            _count_attributes(counts, apply_filters(base, filters, skip=key), [key])
    # Credentials narrow with AND, so their counts are among the offerings every filter keeps.
    tags = OfferingCredentialTag.objects.filter(offering__in=filtered.values("pk"))
    if "dengbao" in filters.credentials:  # one level at a time: counted as the other levels would give
        counts["dengbao"] = {}
        tags = tags.exclude(code__startswith="dengbao:")
        levels = OfferingCredentialTag.objects.filter(
            offering__in=apply_filters(base, filters, skip="dengbao").values("pk"),
            code__startswith="dengbao:",
        )
        for tag_row in levels.values("code").annotate(n=Count("id")):
            _add(counts, *tag_facet(tag_row["code"]), tag_row["n"])
    for tag_row in tags.values("code").annotate(n=Count("id")):
        _add(counts, *tag_facet(tag_row["code"]), tag_row["n"])
    if not unselected_builtin:
        total = filtered.count()
    return counts, total


def _count_attributes(
    counts: dict[str, dict[str, int]], offerings: QuerySet[Offering], keys: list[str]
) -> None:
    rows = (
        OfferingAttributeValue.objects.filter(offering__in=offerings.values("pk"), key__in=keys)
        .values("key", "value")
        .annotate(n=Count("id"))
    )
    for row in rows:
        _add(counts, row["key"], row["value"], row["n"])


def _add(counts: dict[str, dict[str, int]], name: str, code: str, n: int) -> None:
    bucket = counts.setdefault(name, {})
    bucket[code] = bucket.get(code, 0) + n


# --- credential filters outside the category page: rankings and search ---------------------------


def offerings_with_credentials(offerings: list[int] | QuerySet[Offering], filters: FacetFilters) -> set[int]:
    """Those of ``offerings`` (ids, or a queryset: no id list sent) that have every credential
    ``filters`` asks for, in one query."""
    qs = offerings if isinstance(offerings, QuerySet) else Offering.objects.filter(pk__in=offerings)
    narrowed = apply_filters(qs, FacetFilters(credentials=filters.credentials))  # type: ignore[arg-type]
    return set(narrowed.values_list("pk", flat=True))


def credential_tag_counts(offering_ids: list[int]) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    if offering_ids:
        rows = OfferingCredentialTag.objects.filter(offering_id__in=offering_ids).values("code")
        for row in rows.annotate(n=Count("id")):
            _add(counts, *tag_facet(row["code"]), row["n"])
    return counts


def credential_facets(counts: dict[str, dict[str, int]], filters: FacetFilters) -> list[Facet]:
    facets = [
        _facet(name, label, choices, counts.get(name, {}), filters.credentials)
        for name, (label, choices) in CREDENTIAL_FACETS.items()
    ]
    for facet in facets:
        facet.single = facet.name == "dengbao"
    return facets
