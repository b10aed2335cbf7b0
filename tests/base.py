"""A test case with the five personas every permission test talks about."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import TestCase

from xuanyong.accounts.models import Role, User
from xuanyong.accounts.services import user_grant_role, user_signup, vendor_membership_create

from .factories import VendorFactory

PASSWORD = "correct-horse-battery-staple"

# Concurrency proofs: SQLite serialises writers, so only PostgreSQL can show them.
needs_postgres = pytest.mark.skipif(
    not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
    reason="the concurrency proof needs PostgreSQL (DATABASE_URL=postgres://…): SQLite serialises writers",
)


class PersonasTestCase(TestCase):
    buyer: User
    vendor_a_member: User
    vendor_b_member: User
    editor: User
    admin: User

    @classmethod
    def setUpTestData(cls) -> None:
        cls.vendor_a = VendorFactory(name="甲服务商")
        cls.vendor_b = VendorFactory(name="乙服务商")
        cls.buyer = cls.make_user("buyer@example.com", "采购者小王")
        cls.vendor_a_member = cls.make_user("a@vendor-a.example.com", "甲方成员")
        vendor_membership_create(user=cls.vendor_a_member, vendor=cls.vendor_a)
        cls.vendor_b_member = cls.make_user("b@vendor-b.example.com", "乙方成员")
        vendor_membership_create(user=cls.vendor_b_member, vendor=cls.vendor_b)
        cls.editor = cls.make_user("editor@example.com", "编辑小李", role=Role.EDITOR)
        cls.admin = cls.make_user("admin@example.com", "管理员", role=Role.ADMIN)

    @staticmethod
    def make_user(email: str, display_name: str, role: Role | None = None) -> User:
        user = user_signup(email=email, display_name=display_name, password=PASSWORD)
        if role is not None:
            user_grant_role(user=user, role=role)
        return user
