"""Write the catalog (or one vendor's part of it) in the layout the importer reads."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from django.db.models import QuerySet

from xuanyong.lib.spreadsheet import write_csv, write_xlsx

from ..models import Attribute, Category, FeeItem, Offering, Plan, Vendor
from .columns import (
    ATTR_PREFIX,
    OFFERING,
    PLAN,
    TYPE_COLUMN,
    TYPES,
    VENDOR,
    Column,
    format_attribute,
    format_cell,
    union_columns,
    xlsx_value,
)
from .report import Progress

CHUNK = 1000


@dataclass
class ExportStats:
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TYPES, 0))

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def attribute_keys(categories: list[Category]) -> list[str]:
    """Attribute keys of these categories' schemas, in schema order, each once."""
    keys: list[str] = []
    for category in categories:
        keys += [a.key for a in category.attributes.all()]
    return list(dict.fromkeys(keys))


class _Catalog:
    def __init__(self, vendor: Vendor | None) -> None:
        self.vendor = vendor
        self.categories = {c.pk: c for c in Category.objects.prefetch_related("attributes")}
        self.schemas: dict[int, dict[str, Attribute]] = {
            pk: {a.key: a for a in c.attributes.all()} for pk, c in self.categories.items()
        }
        offerings = Offering.objects.all()
        if vendor is not None:
            used = set(offerings.filter(vendor=vendor).values_list("primary_category_id", flat=True))
            listed = [c for c in self.categories.values() if c.pk in used]
        else:
            listed = list(self.categories.values())
        self.attr_keys = attribute_keys(listed)

    def vendors(self) -> QuerySet[Vendor]:
        vendors = Vendor.objects.order_by("pk")
        return vendors.filter(pk=self.vendor.pk) if self.vendor else vendors

    def offerings(self) -> QuerySet[Offering]:
        offerings = Offering.objects.select_related("vendor").order_by("pk")
        return offerings.filter(vendor=self.vendor) if self.vendor else offerings

    def vendor_rows(self) -> Iterator[dict[str, Any]]:
        record = TYPES[VENDOR]
        for vendor in self.vendors().iterator(chunk_size=CHUNK):
            yield {
                c.key: (format_cell(c, getattr(vendor, c.attname)), getattr(vendor, c.attname))
                for c in record.columns
            }

    def offering_rows(self) -> Iterator[dict[str, Any]]:
        record = TYPES[OFFERING]
        through = Offering.extra_categories.through
        ids = list(self.offerings().values_list("pk", flat=True))
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            extras: dict[int, list[str]] = {}
            for offering_id, category_id in (
                through.objects.filter(offering_id__in=chunk)
                .order_by("pk")
                .values_list("offering_id", "category_id")
            ):
                extras.setdefault(offering_id, []).append(self.categories[category_id].slug)
            for offering in self.offerings().filter(pk__in=chunk):
                row: dict[str, Any] = {}
                for column in record.columns:
                    value = self._offering_value(offering, column, extras)
                    row[column.key] = (format_cell(column, value), value)
                schema = self.schemas.get(offering.primary_category_id, {})
                for key, value in offering.attributes.items():
                    row[ATTR_PREFIX + key] = (format_attribute(schema.get(key), value), value)
                yield row

    def _offering_value(self, offering: Offering, column: Column, extras: dict[int, list[str]]) -> Any:
        if column.key == "vendor":
            return offering.vendor.slug
        if column.key == "category":
            return self.categories[offering.primary_category_id].slug
        if column.key == "extra_categories":
            return extras.get(offering.pk, [])
        return getattr(offering, column.attname)

    def item_rows(self, kind: str) -> Iterator[dict[str, Any]]:
        record = TYPES[kind]
        model = Plan if kind == PLAN else FeeItem
        items = model.objects.select_related("offering").order_by("offering_id", "position", "pk")
        if self.vendor is not None:
            items = items.filter(offering__vendor=self.vendor)
        for item in items.iterator(chunk_size=CHUNK):
            row = {}
            for column in record.columns:
                value = item.offering.slug if column.key == "offering" else getattr(item, column.attname)
                row[column.key] = (format_cell(column, value), value)
            yield row

    def rows(self, kind: str) -> Iterator[dict[str, Any]]:
        if kind == VENDOR:
            return self.vendor_rows()
        if kind == OFFERING:
            return self.offering_rows()
        return self.item_rows(kind)


def catalog_export(
    out: IO[bytes], *, fmt: str, vendor: Vendor | None = None, progress: Progress | None = None
) -> ExportStats:
    """Write the catalog to ``out`` as ``fmt`` ("csv" or "xlsx"); ``vendor``: only its rows."""
    catalog = _Catalog(vendor)
    stats = ExportStats()
    attr_columns = [ATTR_PREFIX + key for key in catalog.attr_keys]
    total = sum(
        (
            catalog.vendors().count(), catalog.offerings().count(),
            Plan.objects.filter(offering__in=catalog.offerings()).count(),
            FeeItem.objects.filter(offering__in=catalog.offerings()).count(),
        )
    )  # fmt: skip

    def counted(kind: str, rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for row in rows:
            stats.rows[kind] += 1
            if progress and (stats.total % 500 == 0 or stats.total == total):
                progress("导出", stats.total, total)
            yield row

    if fmt == "csv":
        header = [*union_columns(), *attr_columns]

        def csv_rows() -> Iterator[list[Any]]:
            for kind in TYPES:
                for row in counted(kind, catalog.rows(kind)):
                    yield [kind if name == TYPE_COLUMN else row.get(name, ("", None))[0] for name in header]

        write_csv(out, header, csv_rows())
    elif fmt == "xlsx":
        sheets = []
        for kind, record in TYPES.items():
            header = [c.key for c in record.columns] + (attr_columns if kind == OFFERING else [])
            sheets.append(
                (record.sheet, header, _xlsx_rows(record.name, header, counted(kind, catalog.rows(kind))))
            )
        write_xlsx(out, sheets)
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    if progress:
        progress("导出", stats.total, max(total, stats.total))
    return stats


def _xlsx_rows(kind: str, header: list[str], rows: Iterator[dict[str, Any]]) -> Iterator[list[Any]]:
    record = TYPES[kind]
    for row in rows:
        cells = []
        for name in header:
            text, value = row.get(name, ("", None))
            cells.append(xlsx_value(record.column(name), text, value))
        yield cells
