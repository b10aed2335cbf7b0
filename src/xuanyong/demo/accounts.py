"""Demo logins, one per persona, printed by `xuanyong demo`."""

from __future__ import annotations

from dataclasses import dataclass

from xuanyong.accounts.models import Role, User
from xuanyong.accounts.services import user_grant_role, user_signup, vendor_membership_create
from xuanyong.catalog.models import Vendor

DEMO_PASSWORD = "xuanyong-demo-2026"


@dataclass(frozen=True)
class DemoLogin:
    role: str
    email: str
    password: str
    note: str = ""


def demo_accounts_ensure() -> list[DemoLogin]:
    """Create (once) a buyer, an editor, a vendor member and an admin; return their logins."""
    vendor = Vendor.objects.filter(verified=True).order_by("pk").first()
    specs = [
        ("采购者", "buyer@demo.xuanyong.local", "演示采购者", None, ""),
        ("运营编辑", "editor@demo.xuanyong.local", "演示编辑", Role.EDITOR, "可进入 /admin/"),
        (
            "服务商成员",
            "vendor@demo.xuanyong.local",
            "演示服务商",
            Role.VENDOR,
            f"属于“{vendor.name}”" if vendor else "",
        ),
        ("管理员", "admin@demo.xuanyong.local", "演示管理员", Role.ADMIN, "可进入 /admin/"),
    ]
    logins = []
    for label, email, display_name, role, note in specs:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = user_signup(email=email, display_name=display_name, password=DEMO_PASSWORD)
            if role == Role.VENDOR and vendor is not None:
                vendor_membership_create(user=user, vendor=vendor, is_owner=True)
            elif role is not None:
                user_grant_role(user=user, role=role)
        logins.append(DemoLogin(label, email, DEMO_PASSWORD, note))
    return logins
