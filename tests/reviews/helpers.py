"""Review data and a base case: a category with offerings of vendors A and B, and aged accounts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from xuanyong.accounts.models import User
from xuanyong.catalog.models import Category, Offering
from xuanyong.catalog.services import offering_create
from xuanyong.reviews.models import Review, Verification

from ..base import PersonasTestCase
from ..factories import CategoryFactory

GOOD = {
    "recommend": 8,
    "ease_of_use": 4,
    "features": 4,
    "support": 3,
    "value": 5,
    "pros": "收银速度快，断网也能继续收款，会员储值和积分功能齐全。",
    "cons": "报表导出偶尔卡顿，客服响应要等半天才回复。",
    "use_case": "三家门店的前台收银和会员管理",
    "reviewer_role": "owner",
    "company_size": "21-100",
    "industry": "retail",
    "usage_duration": "1y-3y",
}


def review_post(**changes: Any) -> dict[str, Any]:
    return {**GOOD, **changes}


def age_account(user: User, days: int = 30) -> None:
    """Accounts in most tests are old enough not to raise the new-account signal."""
    User.objects.filter(pk=user.pk).update(date_joined=timezone.now() - dt.timedelta(days=days))
    user.refresh_from_db()


def published_review(
    offering: Offering,
    user: User,
    recommend: int,
    verification: str = Verification.NONE,
    rated_at: dt.datetime | None = None,
    **fields: Any,
) -> Review:
    """A published review row as the ranking reads it (data set-up, not the submit path)."""
    now = timezone.now()
    data = {**GOOD, **fields, "recommend": recommend}
    return Review.objects.create(
        offering=offering, user=user, verification=verification, status=Review.Status.PUBLISHED,
        rated_at=rated_at or now, published_at=rated_at or now, **data,
    )  # fmt: skip


class ReviewsTestCase(PersonasTestCase):
    category: Category
    offering_a: Offering
    offering_b: Offering

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.category = CategoryFactory(name="收银系统", slug="shouyin-xitong")
        cls.offering_a = offering_create(vendor=cls.vendor_a, primary_category=cls.category, name="甲收银")
        cls.offering_b = offering_create(vendor=cls.vendor_b, primary_category=cls.category, name="乙收银")
        for user in (cls.buyer, cls.vendor_a_member, cls.vendor_b_member, cls.editor, cls.admin):
            age_account(user)

    @staticmethod
    def make_buyer(email: str, name: str = "买家", ip_days: int = 30) -> User:
        user = PersonasTestCase.make_user(email, name)
        age_account(user, ip_days)
        return user
