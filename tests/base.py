"""A test case with the five personas every permission test talks about."""

from __future__ import annotations

from typing import Any

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


def concurrent_requests(wanted: int) -> int:
    """Live-server threads to run at once: each holds a connection per database alias (a primary
    and its replicas on one test server), and the server takes about 100 in all."""
    return max(8, wanted // len(settings.DATABASES))


def make_user(email: str, display_name: str, role: Role | None = None) -> User:
    user = user_signup(email=email, display_name=display_name, password=PASSWORD)
    if role is not None:
        user_grant_role(user=user, role=role)
    return user


def create_personas(into: Any) -> None:
    """Vendors A and B, a member of each, a buyer, an editor and an admin, set on ``into``."""
    into.vendor_a = VendorFactory(name="甲服务商")
    into.vendor_b = VendorFactory(name="乙服务商")
    into.buyer = make_user("buyer@example.com", "采购者小王")
    into.vendor_a_member = make_user("a@vendor-a.example.com", "甲方成员")
    vendor_membership_create(user=into.vendor_a_member, vendor=into.vendor_a)
    into.vendor_b_member = make_user("b@vendor-b.example.com", "乙方成员")
    vendor_membership_create(user=into.vendor_b_member, vendor=into.vendor_b)
    into.editor = make_user("editor@example.com", "编辑小李", role=Role.EDITOR)
    into.admin = make_user("admin@example.com", "管理员", role=Role.ADMIN)


class PersonasTestCase(TestCase):
    buyer: User
    vendor_a_member: User
    vendor_b_member: User
    editor: User
    admin: User

    @classmethod
    def setUpTestData(cls) -> None:
        create_personas(cls)

    make_user = staticmethod(make_user)
