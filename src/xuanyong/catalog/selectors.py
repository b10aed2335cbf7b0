"""Reads for the catalog that join, aggregate or cache."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.db.models import Count, F, Q, QuerySet, Window
from django.db.models.functions import RowNumber

from .models import Attribute, Category, Offering

MENU_CACHE_KEY = "catalog:menu:v1"


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
    for row in primary:
        counts[row["primary_category_id"]] = row["n"]
    extra = (
        Offering.extra_categories.through.objects.filter(offering__status=Offering.Status.PUBLISHED)
        .exclude(category_id=F("offering__primary_category_id"))
        .values("category_id")
        .annotate(n=Count("offering_id"))
    )
    for row in extra:
        counts[row["category_id"]] = counts.get(row["category_id"], 0) + row["n"]
    return counts


def offerings_for_category(*, category: Category, sort: str = "default") -> QuerySet[Offering]:
    qs = Offering.objects.published().in_category(category).for_cards()
    orderings: dict[str, list[Any]] = {
        "default": ["-featured", "-view_count", "id"],
        "newest": ["-published_at", "id"],
        "price": [F("price_min").asc(nulls_last=True), "id"],
    }
    ordering = orderings.get(sort, orderings["default"])
    return qs.order_by(*ordering)


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


def alternatives_for(offering: Offering, limit: int = 4) -> QuerySet[Offering]:
    return (
        Offering.objects.published()
        .filter(Q(primary_category_id=offering.primary_category_id))
        .exclude(pk=offering.pk)
        .for_cards()
        .order_by("-view_count", "id")[:limit]
    )
