"""Catalog rows and a lead-posting helper shared by the leads and portal tests."""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.test import Client
from django.urls import reverse

from xuanyong.catalog.models import Category, Offering, Vendor
from xuanyong.catalog.services import category_memberships_sync

from ..factories import CategoryFactory, OfferingFactory, VendorFactory

PHONE = "13800138000"
# A signed-in request reads its session from the database, or from Redis when REDIS_URL is set.
SESSION_QUERIES = 0 if "cache" in settings.SESSION_ENGINE else 1
BROWSER_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
)


def catalog_for(vendor_a: Vendor, vendor_b: Vendor) -> tuple[Category, Offering, Offering]:
    """A category with vendor A's offering (more viewed) and vendor B's."""
    category = CategoryFactory(name="收银系统", slug="shouyin-xitong")
    offering_a = OfferingFactory(
        vendor=vendor_a, primary_category=category, name="甲收银", slug="jia-shouyin", view_count=90
    )
    offering_b = OfferingFactory(
        vendor=vendor_b, primary_category=category, name="乙收银", slug="yi-shouyin", view_count=50
    )
    category_memberships_sync([offering_a.pk, offering_b.pk])
    return category, offering_a, offering_b


def more_vendors(category: Category, count: int, verified: bool = True) -> list[Vendor]:
    vendors = []
    for i in range(count):
        vendor = VendorFactory(verified=verified)
        offering = OfferingFactory(vendor=vendor, primary_category=category, view_count=10 - i)
        category_memberships_sync([offering.pk])
        vendors.append(vendor)
    return vendors


def form_fields(client: Client, url: str) -> dict[str, str]:
    """GET the request form and return its hidden fields (offer, idem)."""
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    fields = dict(re.findall(r'<input type="hidden" name="(offer|idem)" value="([^"]*)"', html))
    assert "offer" in fields, "the form carries its signed offer"
    return fields


def lead_data(client: Client, url: str, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        **form_fields(client, url),
        "kind": "quote",
        "name": "王女士",
        "phone": PHONE,
        "company": "杭州某连锁餐饮",
        "company_size": "21-100",
        "budget": "10k-50k",
        "need": "12 家门店，需要会员与外卖对接。",
        "consent": "on",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def quote_url(offering: Offering, kind: str = "quote") -> str:
    return reverse("leads:new") + f"?kind={kind}&offering={offering.slug}"


def category_url(category: Category, kind: str = "quote") -> str:
    return reverse("leads:new") + f"?kind={kind}&category={category.slug}"
