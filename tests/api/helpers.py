"""A small catalog built through the services (memberships, facet rows, search index), and a
client that speaks to /api/v1/."""

from __future__ import annotations

import json
from typing import Any

from django.test import Client

from xuanyong.catalog.models import Category, Offering, Vendor
from xuanyong.catalog.services import attribute_create, category_create, offering_create, plan_create

from ..factories import valid_uscc

API = "/api/v1"


def build_catalog(vendor_a: Vendor, vendor_b: Vendor, count: int = 12) -> tuple[Category, list[Offering]]:
    """A category with a payment schema and ``count`` offerings split between the two vendors."""
    parent = category_create(name="门店软件")
    category = category_create(name="收银系统", parent=parent)
    attribute_create(
        category=category, key="payment", label="支付方式", kind="multi",
        choices=[["wechat", "微信支付"], ["alipay", "支付宝"], ["unionpay", "银联"]],
    )  # fmt: skip
    attribute_create(category=category, key="offline", label="断网收银", kind="bool")
    offerings = []
    for i in range(count):
        payment = [["wechat"], ["alipay"], ["wechat", "alipay"]][i % 3]
        offering = offering_create(
            vendor=vendor_a if i % 2 == 0 else vendor_b, primary_category=category, name=f"收银{i:02d}号",
            tagline="门店收银", deployment="private" if i % 4 == 0 else "saas", price_min=100 + 10 * i,
            price_max=500 + 10 * i, price_unit="元/年", free_trial=i % 3 == 0,
            attributes={"payment": payment, "offline": i % 2 == 0},
        )  # fmt: skip
        plan_create(offering=offering, name="标准版", price=100 + 10 * i, unit="元/年", billing_period="year")
        offerings.append(offering)
    return category, offerings


def uscc(n: int) -> str:
    return valid_uscc(900 + n)


def get(client: Client, path: str, **headers: Any) -> Any:
    return client.get(API + path, headers=headers)


def send(
    client: Client, method: str, path: str, body: Any = None, *, token: str = "", raw: str | None = None
) -> Any:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    data = raw if raw is not None else json.dumps(body if body is not None else {})
    return getattr(client, method)(API + path, data=data, content_type="application/json", headers=headers)


def walk(client: Client, path: str, *, token: str = "", limit: int = 5) -> list[dict[str, Any]]:
    """Every item of a list, following next_cursor."""
    items: list[dict[str, Any]] = []
    separator = "&" if "?" in path else "?"
    url = f"{path}{separator}limit={limit}"
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    for _ in range(1000):
        response = client.get(API + url, headers=headers)
        assert response.status_code == 200, response.content
        body = response.json()
        items += body["items"]
        if not body["next_cursor"]:
            return items
        url = f"{path}{separator}limit={limit}&cursor={body['next_cursor']}"
    raise AssertionError("the cursor never ended")


def assert_error(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, (response.status_code, response.content[:300])
    assert response["Content-Type"].startswith("application/json"), response["Content-Type"]
    error = response.json()["error"]
    assert set(error) == {"code", "message", "fields"}, error
    assert any("\u4e00" <= ch <= "\u9fff" for ch in error["message"]), (
        f"message in Chinese: {error['message']}"
    )
    if code is not None:
        assert error["code"] == code, error
    return error
