"""Reads for the catalog that join, aggregate or cache."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.core.cache import cache
from django.db.models import Count, F
from django.utils.translation import gettext as _

from xuanyong.lib.pagecache import pages_invalidate
from xuanyong.lib.versions import cache_fill, invalidate, version_bump, version_get

from .models import Attribute, Category, Offering

MENU_CACHE_KEY = "catalog:menu:v1"
VERSION_CACHE_KEY = "catalog:version"


def catalog_version() -> int:
    """A number that changes whenever published catalog data changes; part of derived cache keys."""
    return version_get(VERSION_CACHE_KEY)


def catalog_version_bump() -> None:
    version_bump(VERSION_CACHE_KEY)
    pages_invalidate()  # bulk writes bump the catalog version but send no row signals


@dataclass
class MenuSection:
    category: Category
    children: list[Category] = field(default_factory=list)


def category_menu() -> list[MenuSection]:
    """Top-level categories with their children, for the header menu and the home grid."""
    sections: list[MenuSection] | None = cache.get(MENU_CACHE_KEY)
    if sections is None:
        categories = list(Category.objects.order_by("position", "id"))
        by_id = {c.pk: MenuSection(category=c) for c in categories if c.parent_id is None}
        for c in categories:
            if c.parent_id in by_id:
                by_id[c.parent_id].children.append(c)
        sections = list(by_id.values())
        cache_fill(MENU_CACHE_KEY, sections, 300)
    return sections


def menu_invalidate() -> None:
    invalidate(MENU_CACHE_KEY)
    pages_invalidate()


def offering_counts_by_category() -> dict[int, int]:
    """Published offerings per category, counting extra categories as the category page does."""
    counts: dict[int, int] = {}
    primary = Offering.objects.published().values("primary_category_id").annotate(n=Count("id"))
    for primary_row in primary:
        counts[primary_row["primary_category_id"]] = primary_row["n"]
    extra = (
        Offering.extra_categories.through.objects.filter(offering__status=Offering.Status.PUBLISHED)
        .exclude(category_id=F("offering__primary_category_id"))
        .values("category_id")
        .annotate(n=Count("offering_id"))
    )
    for row in extra:
        counts[row["category_id"]] = counts.get(row["category_id"], 0) + row["n"]
    return counts


# What the home page's hot lists show of each offering.
HOT_LIST_FIELDS = ("id", "slug", "name", "primary_category_id", "view_count", "vendor__id", "vendor__name")


def popular_by_category(*, categories: list[Category], per_category: int = 5) -> dict[int, list[Offering]]:
    """The most viewed published offerings of each category, in one query.

    Each category's top ids come from its own LIMIT subquery on the offering_cat_popular index,
    so the cost is ``per_category`` index entries a category whatever its size (a window over
    the categories' rows read them all). The subqueries are joined with UNION ALL, each inside
    an ``id IN (…)`` because a compound query may not order or limit its parts directly.
    """
    result: dict[int, list[Offering]] = {c.pk: [] for c in categories}
    if not categories:
        return result
    tops = [
        Offering.objects.filter(
            pk__in=Offering.objects.published()
            .filter(primary_category=category)
            .order_by("-view_count", "id")
            .values("pk")[:per_category]
        )
        .order_by()
        .values("pk")
        for category in categories
    ]
    offerings = (
        Offering.objects.filter(pk__in=tops[0].union(*tops[1:], all=True))
        .select_related("vendor")
        .only(*HOT_LIST_FIELDS)
        .order_by("primary_category_id", "-view_count", "id")
    )
    for offering in offerings:
        result[offering.primary_category_id].append(offering)
    return result


@dataclass
class AttributeRow:
    attribute: Attribute
    display: str


def offering_attribute_groups(
    offering: Offering, attributes: list[Attribute]
) -> dict[str, list[AttributeRow]]:
    """The offering's attribute values as the schema groups and orders them; gaps show 未知."""
    groups: dict[str, list[AttributeRow]] = {}
    for attr in attributes:
        groups.setdefault(attr.group, []).append(
            AttributeRow(attr, format_attribute(attr, offering.attributes.get(attr.key)))
        )
    return groups


def format_attribute(attr: Attribute, value: Any) -> str:
    if value is None or value == [] or value == "":
        return _("未知")
    if attr.kind == Attribute.Kind.BOOL:
        return _("支持") if value else _("不支持")
    labels = attr.choice_labels
    if attr.kind == Attribute.Kind.CHOICE:
        return labels.get(value, str(value))
    if attr.kind == Attribute.Kind.MULTI:
        return _("、").join(labels.get(v, str(v)) for v in value)
    if attr.kind == Attribute.Kind.NUMBER:
        return f"{value:g} {attr.unit}".strip() if isinstance(value, int | float) else str(value)
    return str(value)


ALTERNATIVE_CANDIDATES = 200


@dataclass
class Alternative:
    offering: Offering
    shared: int  # attribute values in common
    price_ratio: float | None  # cheaper/dearer starting price, 1.0 = same band
    score: float


def alternatives_for(offering: Offering, attributes: list[Attribute], limit: int = 4) -> list[Alternative]:
    """Offerings of the same category ordered by the rule the alternatives page states:
    shared attribute values (two points each), plus one point for the same price band
    (starting prices within a factor of two), plus one for the same deployment; ties by views.
    Candidates are the category's 200 most viewed published offerings, so the cost is bounded:
    they are scored from a few columns, and only the ``limit`` shown load as cards.
    """
    shown = _rank_alternatives(offering)[:limit]
    cards = Offering.objects.filter(pk__in=[pk for pk, *_ in shown]).for_cards().order_by().in_bulk()
    return [Alternative(cards[pk], shared, ratio, score) for pk, shared, ratio, score in shown if pk in cards]


def _rank_alternatives(offering: Offering) -> list[tuple[int, int, float | None, float]]:
    """(pk, shared, price ratio, score) of the best alternatives, best first."""
    candidates = (
        Offering.objects.published()
        .filter(primary_category_id=offering.primary_category_id)
        .exclude(pk=offering.pk)
        .order_by("-view_count", "id")  # walks the offering_cat_popular index
        .values_list("pk", "attributes", "price_min", "deployment", "view_count")[:ALTERNATIVE_CANDIDATES]
    )
    mine = _value_pairs(offering.attributes)
    scored = []
    for pk, values, price_min, deployment, views in candidates:
        shared = len(mine & _value_pairs(values))
        ratio = _price_ratio(offering.price_min, price_min)
        same_band = ratio is not None and 0.5 <= ratio <= 2.0
        score = 2 * shared + (1 if same_band else 0) + (1 if deployment == offering.deployment else 0)
        scored.append((score, views, pk, shared, ratio))
    scored.sort(key=lambda row: (-row[0], -row[1], row[2]))
    return [(pk, shared, ratio, score) for score, _views, pk, shared, ratio in scored]


def _value_pairs(attributes: dict[str, Any]) -> set[tuple[str, str]]:
    pairs = set()
    for key, value in attributes.items():
        for item in value if isinstance(value, list) else [value]:
            pairs.add((key, str(item)))
    return pairs


def _price_ratio(mine: Decimal | None, theirs: Decimal | None) -> float | None:
    if mine is None or theirs is None:
        return None
    if mine == 0 or theirs == 0:
        return 1.0 if mine == theirs else None
    return float(theirs / mine)


def articles_for_offering(offering: Offering, limit: int = 5) -> list[Any]:
    """Articles that feature the offering first, then the newest of its category."""
    from xuanyong.content.models import Article

    featuring = list(
        Article.objects.newest_first()
        .filter(article_offerings__offering=offering)
        .only("title", "slug")[:limit]
    )
    if len(featuring) < limit:
        more = (
            Article.objects.newest_first()
            .filter(category_id=offering.primary_category_id)
            .exclude(pk__in=[a.pk for a in featuring])
            .only("title", "slug")[: limit - len(featuring)]
        )
        featuring.extend(more)
    return featuring
