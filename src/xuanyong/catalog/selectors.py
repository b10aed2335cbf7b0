"""Reads for the catalog that join, aggregate or cache."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber

from .models import Attribute, Category, Offering

MENU_CACHE_KEY = "catalog:menu:v1"
VERSION_CACHE_KEY = "catalog:version"


def catalog_version() -> int:
    """A number that changes whenever published catalog data changes; part of derived cache keys."""
    version = cache.get(VERSION_CACHE_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_CACHE_KEY, version, None)
    return int(version)


def catalog_version_bump() -> None:
    try:
        cache.incr(VERSION_CACHE_KEY)
    except ValueError:  # not set yet (or evicted): any new value invalidates old keys
        cache.set(VERSION_CACHE_KEY, 2, None)


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
        cache.set(MENU_CACHE_KEY, sections, 300)
    return sections


def menu_invalidate() -> None:
    cache.delete(MENU_CACHE_KEY)


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


def popular_by_category(*, categories: list[Category], per_category: int = 5) -> dict[int, list[Offering]]:
    """The most viewed published offerings of each category, in one query (a window function)."""
    ranked = (
        Offering.objects.published()
        .filter(primary_category__in=categories)
        .annotate(
            rank=Window(
                RowNumber(), partition_by=F("primary_category_id"), order_by=[F("view_count").desc(), F("id")]
            )
        )
        .filter(rank__lte=per_category)
        .select_related("vendor")
        .order_by("primary_category_id", "rank")
    )
    result: dict[int, list[Offering]] = {c.pk: [] for c in categories}
    for offering in ranked:
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
        return "未知"
    if attr.kind == Attribute.Kind.BOOL:
        return "支持" if value else "不支持"
    labels = attr.choice_labels
    if attr.kind == Attribute.Kind.CHOICE:
        return labels.get(value, str(value))
    if attr.kind == Attribute.Kind.MULTI:
        return "、".join(labels.get(v, str(v)) for v in value)
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
    Candidates are the category's 200 most viewed published offerings, so the cost is bounded.
    """
    candidates = list(
        Offering.objects.published()
        .filter(primary_category_id=offering.primary_category_id)
        .exclude(pk=offering.pk)
        .for_cards()
        .order_by("-view_count", "id")[:ALTERNATIVE_CANDIDATES]
    )
    mine = _value_pairs(offering)
    ranked = []
    for other in candidates:
        shared = len(mine & _value_pairs(other))
        ratio = _price_ratio(offering, other)
        same_band = ratio is not None and 0.5 <= ratio <= 2.0
        score = 2 * shared + (1 if same_band else 0) + (1 if other.deployment == offering.deployment else 0)
        ranked.append(Alternative(other, shared, ratio, score))
    ranked.sort(key=lambda a: (-a.score, -a.offering.view_count, a.offering.pk))
    return ranked[:limit]


def _value_pairs(offering: Offering) -> set[tuple[str, str]]:
    pairs = set()
    for key, value in offering.attributes.items():
        for item in value if isinstance(value, list) else [value]:
            pairs.add((key, str(item)))
    return pairs


def _price_ratio(a: Offering, b: Offering) -> float | None:
    if a.price_min is None or b.price_min is None:
        return None
    if a.price_min == 0 or b.price_min == 0:
        return 1.0 if a.price_min == b.price_min else None
    return float(b.price_min / a.price_min)


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
