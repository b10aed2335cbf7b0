"""Catalog files for the import tests: a small catalog built through the services, and CSV / XLSX
files written the way people (and Excel) write them."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from xuanyong.catalog.bulk import catalog_export
from xuanyong.catalog.models import (
    Attribute,
    Category,
    CategoryMembership,
    FeeItem,
    Offering,
    OfferingAttributeValue,
    Plan,
    Vendor,
)
from xuanyong.catalog.services import (
    attribute_create,
    fee_item_create,
    offering_create,
    plan_create,
    vendor_create,
)
from xuanyong.portal.models import CatalogRevision
from xuanyong.search.models import SearchDocument, Suggestion

from .catalog.helpers import pos_category
from .factories import CategoryFactory, valid_uscc


def build_catalog(into: Any, vendors: Sequence[Vendor] = ()) -> None:
    """收银系统 (with its schema) and 商标注册; vendors qimu and luran (or the given two), an
    offering each with plans, a service with fee items. Set on ``into``."""
    into.pos = pos_category()
    attribute_create(category=into.pos, key="note", label="备注", kind=Attribute.Kind.TEXT)
    into.trademark = CategoryFactory(name="商标注册", slug="shangbiaozhuce")
    if vendors:
        into.qimu, into.luran = vendors
    else:
        into.qimu = vendor_create(name="栖木", legal_name="杭州栖木网络科技有限公司", uscc=valid_uscc(11),
                                  city="杭州", founded_year=2015, verified=True, hotline="400-826-3150")  # fmt: skip
        into.luran = vendor_create(name="鹿苒", uscc=valid_uscc(12), website="https://luran.example")
    into.pos_offering = offering_create(
        vendor=into.qimu, primary_category=into.pos, name="栖木餐饮收银",
        tagline="=扫码点餐，不是公式", description="- 桌台管理\n- 扫码点餐\n\n'引号开头的一段", aliases=["Qimu Dine"],
        platforms=["windows", "android"], price_min=980, price_max=2980, price_unit="元/门店/年", free_trial=True,
        attributes={"offline_mode": True, "payment": ["wechat", "alipay"], "max_stores": 200, "note": "@总部"},
    )  # fmt: skip
    into.standard = plan_create(offering=into.pos_offering, name="标准版", price=980, unit="元/门店/年",
                                billing_period="year", features=["桌台点单", "后厨分单"])  # fmt: skip
    plan_create(offering=into.pos_offering, name="旗舰版", price=None, position=1, features=["+专属顾问"])
    into.luran_offering = offering_create(
        vendor=into.luran, primary_category=into.pos, name="鹿苒美业收银", price_min=Decimal("0.5"), price_max=Decimal("3.2"),
        pricing_model="quote", attributes={"scale": "chain"}, extra_categories=[into.trademark],
    )  # fmt: skip
    into.service = offering_create(
        vendor=into.luran, primary_category=into.trademark, name="鹿苒商标注册", kind="service",
        pricing_model="one_time",
    )  # fmt: skip
    fee_item_create(offering=into.service, kind="official", name="商标注册官费", amount_min=270, amount_max=300,
                    per="item", source_url="https://sbj.cnipa.gov.cn/")  # fmt: skip
    fee_item_create(offering=into.service, kind="agency", name="加急代理费", amount_min=500, amount_max=800,
                    conditions={"urgency": "urgent"}, region="北京", position=1)  # fmt: skip


def exported(fmt: str, vendor: Vendor | None = None) -> bytes:
    buffer = io.BytesIO()
    catalog_export(buffer, fmt=fmt, vendor=vendor)
    return buffer.getvalue()


def csv_file(header: Sequence[str], *rows: Sequence[Any], encoding: str = "utf-8") -> bytes:
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(header)
    writer.writerows(rows)
    return text.getvalue().encode(encoding)


def xlsx_file(sheets: dict[str, list[Sequence[Any]]]) -> bytes:
    """Sheets of rows (the first is the header); a string starting with "=" becomes a formula."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def write_csv_rows(rows: list[dict[str, str]]) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.DictWriter(text, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return text.getvalue().encode("utf-8-sig")


SNAPSHOT_MODELS = (
    Vendor, Offering, Plan, FeeItem, OfferingAttributeValue, CategoryMembership, Category, SearchDocument,
    Suggestion, CatalogRevision, Offering.extra_categories.through,
)  # fmt: skip


def snapshot() -> dict[str, list[dict[str, Any]]]:
    """Every catalog row as stored, ids and timestamps included: equal snapshots, nothing written."""
    return {model.__name__: list(model.objects.order_by("pk").values()) for model in SNAPSHOT_MODELS}
