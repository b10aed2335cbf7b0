"""A small POS category with a known schema, shared by the catalog tests."""

from __future__ import annotations

from typing import Any

from xuanyong.catalog.models import Attribute, Category, Offering
from xuanyong.catalog.services import attribute_create, offering_create

from ..factories import CategoryFactory, VendorFactory


def pos_category() -> Category:
    parent = CategoryFactory(name="门店与零售")
    pos = CategoryFactory(name="收银系统", parent=parent)
    attribute_create(
        category=pos, key="offline_mode", label="断网收银", kind=Attribute.Kind.BOOL, group="功能"
    )
    attribute_create(
        category=pos, key="payment", label="支付方式", kind=Attribute.Kind.MULTI,
        choices=[["wechat", "微信支付"], ["alipay", "支付宝"], ["unionpay", "银联"]],
    )  # fmt: skip
    attribute_create(
        category=pos, key="scale", label="适合规模", kind=Attribute.Kind.CHOICE,
        choices=[["small", "小微"], ["chain", "连锁"]],
    )  # fmt: skip
    attribute_create(
        category=pos, key="max_stores", label="门店数上限", kind=Attribute.Kind.NUMBER, unit="家"
    )
    return pos


def make_offering(category: Category, name: str, **fields: Any) -> Offering:
    fields.setdefault("vendor", VendorFactory())
    fields.setdefault("pricing_model", "subscription")
    return offering_create(primary_category=category, name=name, **fields)
