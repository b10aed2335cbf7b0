"""A person's vendor claims: export; they go with the account (the claim names its applicant)."""

from __future__ import annotations

from typing import Any

from xuanyong.accounts.models import User

from .models import VendorClaim


def export(user: User) -> dict[str, Any]:
    claims = VendorClaim.objects.filter(user=user).select_related("vendor").order_by("created_at")
    return {
        "vendor_claims": [
            {
                "vendor": c.vendor.name,
                "legal_name": c.legal_name,
                "uscc": c.uscc,
                "contact_name": c.contact_name,
                "contact_phone": c.contact_phone,
                "status": c.get_status_display(),
                "decision_note": c.decision_note,
                "created_at": c.created_at,
            }
            for c in claims
        ]
    }


def erase(user: User) -> dict[str, int]:
    deleted, _ = VendorClaim.objects.filter(user=user).delete()
    return {"vendor_claims_deleted": deleted}
