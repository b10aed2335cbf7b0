"""The account itself: what it says about the person, and closing it."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model

from .models import User, VendorMembership


def export(user: User) -> dict[str, Any]:
    membership = VendorMembership.objects.filter(user=user).select_related("vendor").first()
    return {
        "account": {
            "email": user.email,
            "display_name": user.display_name,
            "mobile": user.mobile,
            "language": user.language,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "roles": sorted(user.groups.values_list("name", flat=True)),
            "vendor": (
                {
                    "name": membership.vendor.name,
                    "is_owner": membership.is_owner,
                    "since": membership.created_at,
                }
                if membership
                else None
            ),
        }
    }


def erase(user: User) -> dict[str, int]:
    """Sessions and reset links are checked against the password hash on every node, whatever
    holds the sessions (database or Redis): an unusable one ends them all even if the row stayed
    in a replica or a cache. Then the row goes, memberships with it."""
    user.set_unusable_password()
    user.save(update_fields=["password"])
    get_user_model().objects.filter(pk=user.pk).delete()
    return {"accounts_deleted": 1}
