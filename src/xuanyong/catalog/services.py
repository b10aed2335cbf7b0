"""Writes for the catalog: every entry point (admin, sample data, API) goes through these."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from xuanyong.lib.markdown import render_markdown
from xuanyong.lib.slugs import unique_slug
from xuanyong.search import index as search_index

from .credentials import credentials_refresh
from .models import (
    Attribute,
    Category,
    CategoryMembership,
    FeeItem,
    Offering,
    OfferingAttributeValue,
    Plan,
    SlugRedirect,
    Vendor,
)
from .selectors import catalog_version_bump, menu_invalidate

BULK_BATCH = 500  # rows per batch of the bulk writes (imports): facet rows, memberships, index

# Query-string names the category page uses for its own filters; attribute keys may not take them.
RESERVED_FILTER_NAMES = frozenset(
    {
        "sort",
        "page",
        "deployment",
        "pricing",
        "trial",
        "price_min",
        "price_max",
        "kind",
        "q",
        "o",
        "xinchuang",
        "dengbao",
        "cred",
    }
)


def category_create(
    *, name: str, parent: Category | None = None, description: str = "", aliases: list[str] | None = None,
    position: int = 0,
) -> Category:  # fmt: skip
    category = Category(
        name=name, parent=parent, description=description, aliases=aliases or [], position=position,
        slug=unique_slug(Category, name),
    )  # fmt: skip
    category.full_clean()
    with transaction.atomic():
        category.save()
        search_index.index_categories([category])
    transaction.on_commit(menu_invalidate)
    return category


def attribute_create(
    *, category: Category, key: str, label: str, kind: str, position: int = 0, **extra: Any
) -> Attribute:
    attribute = Attribute(category=category, key=key, label=label, kind=kind, position=position, **extra)
    if key in RESERVED_FILTER_NAMES:
        raise ValidationError(
            {"key": _("“%(key)s”是筛选保留字，请换一个字段标识。") % {"key": key}}, code="reserved_key"
        )
    attribute.full_clean()
    if kind in (Attribute.Kind.CHOICE, Attribute.Kind.MULTI) and not attribute.choices:
        raise ValidationError({"choices": _("单选或多选属性至少需要一个选项。")})
    attribute.save()
    transaction.on_commit(catalog_version_bump)  # offering pages list every field of the schema
    return attribute


def vendor_create(*, name: str, **fields: Any) -> Vendor:
    vendor = Vendor(name=name, slug=unique_slug(Vendor, name), **fields)
    vendor.full_clean()
    with transaction.atomic():
        vendor.save()
        search_index.index_vendors([vendor])
    return vendor


def validate_attributes(category: Category, values: dict[str, Any]) -> dict[str, Any]:
    """Check offering attribute values against the category schema; return them cleaned."""
    schema = {attr.key: attr for attr in category.attributes.all()}
    errors: list[str] = []
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        attr = schema.get(key)
        if attr is None:
            errors.append(_("分类“%(name)s”没有属性“%(key)s”。") % {"name": category.name, "key": key})
            continue
        codes = attr.choice_labels
        if attr.kind == Attribute.Kind.BOOL and not isinstance(value, bool):
            errors.append(_("“%(label)s”应为是或否。") % {"label": attr.label})
        elif attr.kind == Attribute.Kind.CHOICE and value not in codes:
            errors.append(
                _("“%(label)s”的取值“%(value)s”不在选项中。") % {"label": attr.label, "value": value}
            )
        elif attr.kind == Attribute.Kind.MULTI and (
            not isinstance(value, list) or any(v not in codes for v in value)
        ):
            errors.append(_("“%(label)s”含有不在选项中的取值。") % {"label": attr.label})
        elif attr.kind == Attribute.Kind.NUMBER and (
            isinstance(value, bool) or not isinstance(value, int | float)
        ):
            errors.append(_("“%(label)s”应为数字。") % {"label": attr.label})
        elif attr.kind == Attribute.Kind.TEXT and not isinstance(value, str):
            errors.append(_("“%(label)s”应为文本。") % {"label": attr.label})
        else:
            cleaned[key] = value
    if errors:
        raise ValidationError({"attributes": errors})
    return cleaned


def offering_create(
    *,
    vendor: Vendor,
    primary_category: Category,
    name: str,
    attributes: dict[str, Any] | None = None,
    extra_categories: list[Category] | None = None,
    publish: bool = True,
    published_at: dt.datetime | None = None,
    **fields: Any,
) -> Offering:
    offering = Offering(
        vendor=vendor,
        primary_category=primary_category,
        name=name,
        slug=unique_slug(Offering, name, max_length=100),
        attributes=validate_attributes(primary_category, attributes or {}),
        **fields,
    )
    offering.description_html = render_markdown(offering.description)
    if publish:
        offering.status = Offering.Status.PUBLISHED
        offering.published_at = published_at or timezone.now()
    _check_price_range(offering.price_min, offering.price_max)
    offering.full_clean()
    with transaction.atomic():
        offering.save()
        if extra_categories:
            offering.extra_categories.set(extra_categories)
        offerings_derived_sync([offering])  # the vendor's own credentials count for it too
    transaction.on_commit(catalog_version_bump)
    return offering


def offerings_derived_sync(offerings: list[Offering], *, vendor_ids: Iterable[int] = ()) -> None:
    """Rewrite what the catalog derives from these saved offerings, in batches: facet rows,
    category memberships, search documents, and the credential tags and badges of every offering
    of their vendors and of ``vendor_ids`` (vendors an offering moved away from).

    Call inside the write, after the saves (and any ``extra_categories`` change). Indexing reads
    ``offering.vendor`` and ``offering.primary_category``: have them loaded.
    """
    for batch in _batches(offerings):
        ids = [o.pk for o in batch]
        OfferingAttributeValue.objects.filter(offering_id__in=ids).delete()
        OfferingAttributeValue.objects.bulk_create(
            [row for offering in batch for row in attribute_value_rows(offering)], batch_size=2000
        )
        category_memberships_sync(ids)
        search_index.index_offerings(batch)
    credentials_refresh({o.vendor_id for o in offerings} | set(vendor_ids))


def _batches(items: list[Any], size: int = BULK_BATCH) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def attribute_values_sync(offering: Offering) -> None:
    """Rewrite the offering's facet rows from ``offering.attributes`` (call inside the write)."""
    OfferingAttributeValue.objects.filter(offering=offering).delete()
    OfferingAttributeValue.objects.bulk_create(attribute_value_rows(offering))


def category_memberships_sync(offering_ids: list[int]) -> None:
    """Rewrite these offerings' CategoryMembership rows from their primary and extra categories.

    Call inside the write that changed them (after any ``extra_categories.set``).
    """
    parents = category_parents()
    wanted = {
        (offering_id, category_id)
        for offering_id, primary_id in Offering.objects.filter(pk__in=offering_ids).values_list(
            "pk", "primary_category_id"
        )
        for category_id in category_lineage(primary_id, parents)
    }
    extras = Offering.extra_categories.through.objects.filter(offering_id__in=offering_ids)
    for offering_id, extra_id in extras.values_list("offering_id", "category_id"):
        wanted.update((offering_id, category_id) for category_id in category_lineage(extra_id, parents))
    stale = []
    for pk, offering_id, category_id in CategoryMembership.objects.filter(
        offering_id__in=offering_ids
    ).values_list("pk", "offering_id", "category_id"):
        if (offering_id, category_id) in wanted:
            wanted.discard((offering_id, category_id))
        else:
            stale.append(pk)
    if stale:
        CategoryMembership.objects.filter(pk__in=stale).delete()
    CategoryMembership.objects.bulk_create(
        [CategoryMembership(offering_id=o, category_id=c) for o, c in sorted(wanted)], batch_size=2000
    )


def category_parents() -> dict[int, int | None]:
    return dict(Category.objects.values_list("pk", "parent_id"))


def category_lineage(category_id: int, parents: dict[int, int | None]) -> list[int]:
    """The category and its ancestors, nearest first (a cycle stops the walk)."""
    lineage: list[int] = []
    current: int | None = category_id
    while current is not None and current not in lineage:
        lineage.append(current)
        current = parents.get(current)
    return lineage


def offering_extra_categories_set(*, offering: Offering, categories: list[Category]) -> Offering:
    with transaction.atomic():
        offering.extra_categories.set(categories)
        category_memberships_sync([offering.pk])
    transaction.on_commit(catalog_version_bump)
    return offering


def category_memberships_rebuild(*, category: Category) -> None:
    """Resync every offering listed in the category, e.g. after it moved under another parent."""
    offering_ids = list(
        CategoryMembership.objects.filter(category=category).values_list("offering_id", flat=True)
    )
    for start in range(0, len(offering_ids), 2000):
        category_memberships_sync(offering_ids[start : start + 2000])


def attribute_value_rows(offering: Offering) -> list[OfferingAttributeValue]:
    rows = []
    for key, value in offering.attributes.items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, bool):
                rows.append(OfferingAttributeValue(offering=offering, key=key, value="1" if item else "0"))
            elif isinstance(item, int | float):
                rows.append(
                    OfferingAttributeValue(offering=offering, key=key, value=f"{item:g}", number=float(item))
                )
            else:
                rows.append(OfferingAttributeValue(offering=offering, key=key, value=str(item)[:60]))
    return rows


def offering_save(*, offering: Offering, previous_slug: str | None = None) -> Offering:
    """Save an offering edited elsewhere (the admin, the vendor portal): validate, render, index.

    A changed slug keeps the old URL working through a 301.
    """
    offering.attributes = validate_attributes(offering.primary_category, offering.attributes or {})
    offering.description_html = render_markdown(offering.description)
    _check_price_range(offering.price_min, offering.price_max)
    if offering.status == Offering.Status.PUBLISHED and offering.published_at is None:
        offering.published_at = timezone.now()
    offering.full_clean()
    previous_vendor = Offering.objects.filter(pk=offering.pk).values_list("vendor_id", flat=True).first()
    with transaction.atomic():
        offering.save()
        # After the save, which wrote the badges as loaded: rebuilt from the credentials as they
        # are; the primary category may have changed too.
        offerings_derived_sync([offering], vendor_ids=[previous_vendor or offering.vendor_id])
        if previous_slug and previous_slug != offering.slug:
            slug_redirect_record(
                target=SlugRedirect.Target.OFFERING, old_slug=previous_slug, target_id=offering.pk
            )
    transaction.on_commit(catalog_version_bump)
    return offering


def offering_rename(*, offering: Offering, name: str) -> Offering:
    previous_slug = offering.slug
    offering.name = name
    offering.slug = unique_slug(Offering, name, exclude_pk=offering.pk, max_length=100)
    return offering_save(offering=offering, previous_slug=previous_slug)


def offering_unpublish(*, offering: Offering) -> Offering:
    offering.status = Offering.Status.ARCHIVED
    with transaction.atomic():
        offering.save(update_fields=["status", "updated_at"])
        search_index.index_offerings([offering])  # removes it from results at once
    transaction.on_commit(catalog_version_bump)
    return offering


def slug_redirect_record(*, target: str, old_slug: str, target_id: int) -> None:
    SlugRedirect.objects.update_or_create(target=target, old_slug=old_slug, defaults={"target_id": target_id})


def vendor_rename(*, vendor: Vendor, name: str) -> Vendor:
    previous_slug = vendor.slug
    vendor.name = name
    vendor.slug = unique_slug(Vendor, name, exclude_pk=vendor.pk)
    vendor.full_clean()
    with transaction.atomic():
        vendor.save()
        slug_redirect_record(target=SlugRedirect.Target.VENDOR, old_slug=previous_slug, target_id=vendor.pk)
        vendor_search_refresh(vendor)
    transaction.on_commit(catalog_version_bump)
    return vendor


def vendor_search_refresh(vendor: Vendor) -> None:
    """Reindex a vendor and its offerings, whose documents carry the vendor's name."""
    search_index.index_vendors([vendor])
    search_index.index_offerings(list(vendor.offerings.select_related("vendor", "primary_category")))


def category_rename(*, category: Category, name: str) -> Category:
    previous_slug = category.slug
    category.name = name
    category.slug = unique_slug(Category, name, exclude_pk=category.pk)
    category.full_clean()
    with transaction.atomic():
        category.save()
        slug_redirect_record(
            target=SlugRedirect.Target.CATEGORY, old_slug=previous_slug, target_id=category.pk
        )
    transaction.on_commit(menu_invalidate)
    transaction.on_commit(catalog_version_bump)
    return category


def _check_price_range(low: Decimal | float | None, high: Decimal | float | None) -> None:
    if low is not None and high is not None and Decimal(str(low)) > Decimal(str(high)):
        raise ValidationError({"price_max": _("最高价不能低于最低价。")}, code="price_range")


def plan_create(*, offering: Offering, name: str, position: int = 0, **fields: Any) -> Plan:
    fields.setdefault("last_verified_on", timezone.localdate())
    plan = Plan(offering=offering, name=name, position=position, **fields)
    plan.full_clean()
    plan.save()
    transaction.on_commit(catalog_version_bump)
    return plan


def fee_item_create(*, offering: Offering, kind: str, name: str, position: int = 0, **fields: Any) -> FeeItem:
    fields.setdefault("last_verified_on", timezone.localdate())
    item = FeeItem(offering=offering, kind=kind, name=name, position=position, **fields)
    if item.amount_min is not None and item.amount_max is not None and item.amount_min > item.amount_max:
        raise ValidationError({"amount_max": _("金额上限不能低于下限。")}, code="fee_range")
    item.full_clean()
    item.save()
    transaction.on_commit(catalog_version_bump)
    return item


# --- Bulk writes (the catalog importer) ------------------------------------------------------
#
# The same checks and derived data as the one-row services above, for many rows at once: each
# row is validated here; uniqueness across the batch (slugs, names, credit codes) is the
# caller's, checked for the whole file at once, with the database constraints behind it. Foreign
# keys are objects in hand (possibly created earlier in the same batch), so they are not looked
# up again one row at a time. Call inside one transaction.


def _clean(obj: Vendor | Offering | Plan | FeeItem, exclude: list[str] | None = None) -> None:
    obj.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)


def vendors_bulk_create(*, vendors: list[Vendor]) -> list[Vendor]:
    for vendor in vendors:
        _clean(vendor)
    with transaction.atomic():
        Vendor.objects.bulk_create(vendors, batch_size=BULK_BATCH)
        for batch in _batches(vendors):
            search_index.index_vendors(batch)
    transaction.on_commit(catalog_version_bump)
    return vendors


def vendors_bulk_update(*, vendors: list[Vendor], renamed: Iterable[int] = ()) -> list[Vendor]:
    """Save edited vendors; those in ``renamed`` (ids) get their offerings reindexed as well,
    since an offering's search document carries its vendor's name."""
    for vendor in vendors:
        _clean(vendor)
    renamed_ids = set(renamed)
    with transaction.atomic():
        for vendor in vendors:
            vendor.save()
        for batch in _batches(vendors):
            search_index.index_vendors(batch)
        moved = list(
            Offering.objects.filter(vendor_id__in=renamed_ids).select_related("vendor", "primary_category")
        )
        for batch in _batches(moved):
            search_index.index_offerings(batch)
    transaction.on_commit(catalog_version_bump)
    return vendors


def _offering_prepare(offering: Offering, now: dt.datetime) -> None:
    """What ``offering_create`` and ``offering_save`` check and fill in before a save."""
    offering.attributes = validate_attributes(offering.primary_category, offering.attributes or {})
    offering.description_html = render_markdown(offering.description)
    if offering.status == Offering.Status.PUBLISHED and offering.published_at is None:
        offering.published_at = now
    _check_price_range(offering.price_min, offering.price_max)
    _clean(offering, exclude=["vendor", "primary_category"])


def offerings_bulk_create(*, offerings: list[tuple[Offering, list[Category]]]) -> list[Offering]:
    """Create offerings, each with its extra categories; published ones are indexed at once."""
    now = timezone.now()
    for offering, _extras in offerings:
        _offering_prepare(offering, now)
    created = [offering for offering, _ in offerings]
    through = Offering.extra_categories.through
    with transaction.atomic():
        Offering.objects.bulk_create(created, batch_size=BULK_BATCH)
        through.objects.bulk_create(
            [through(offering_id=o.pk, category_id=c.pk) for o, extras in offerings for c in extras],
            batch_size=2000,
        )
        offerings_derived_sync(created)
    transaction.on_commit(catalog_version_bump)
    return created


def offerings_bulk_update(
    *, offerings: list[tuple[Offering, list[Category] | None]], previous_vendor_ids: Iterable[int] = ()
) -> list[Offering]:
    """Save edited offerings (their slugs unchanged), and set the extra categories of those given
    a list; ``previous_vendor_ids``: vendors that offerings moved away from."""
    now = timezone.now()
    for offering, _extras in offerings:
        _offering_prepare(offering, now)
    saved = [offering for offering, _ in offerings]
    with transaction.atomic():
        for offering, extras in offerings:
            offering.save()
            if extras is not None:
                offering.extra_categories.set(extras)
        offerings_derived_sync(saved, vendor_ids=previous_vendor_ids)
    transaction.on_commit(catalog_version_bump)
    return saved


def plans_bulk_save(*, created: list[Plan], updated: list[Plan]) -> None:
    """A new plan without a 价格核实日期 is verified today, as with ``plan_create``."""
    today = timezone.localdate()
    for plan in created:
        plan.last_verified_on = plan.last_verified_on or today
    for plan in [*created, *updated]:
        _clean(plan, exclude=["offering"])
    with transaction.atomic():
        Plan.objects.bulk_create(created, batch_size=BULK_BATCH)
        for plan in updated:
            plan.save()
    transaction.on_commit(catalog_version_bump)


def fee_items_bulk_save(*, created: list[FeeItem], updated: list[FeeItem]) -> None:
    today = timezone.localdate()
    for item in created:
        item.last_verified_on = item.last_verified_on or today
    for item in [*created, *updated]:
        if item.amount_min is not None and item.amount_max is not None and item.amount_min > item.amount_max:
            raise ValidationError({"amount_max": _("金额上限不能低于下限。")}, code="fee_range")
        _clean(item, exclude=["offering"])
    with transaction.atomic():
        FeeItem.objects.bulk_create(created, batch_size=BULK_BATCH)
        for item in updated:
            item.save()
    transaction.on_commit(catalog_version_bump)
