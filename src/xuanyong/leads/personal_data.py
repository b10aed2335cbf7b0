"""A buyer's personal data in leads: export, and erasure when the account is deleted.

Erasing is consent withdrawal (``lead_withdraw_consent``) for every lead of the account: the
person's fields, vendors' notes about them and pending notifications go; the anonymous lead stays
in vendors' pipelines and the platform's counts. The status link is replaced, so an old e-mail's
link opens nothing.
"""

from __future__ import annotations

from typing import Any

from xuanyong.accounts.models import User

from .models import Lead, LeadRoute, new_token
from .services import lead_withdraw_consent


def export(user: User) -> dict[str, Any]:
    leads = (
        Lead.objects.filter(user=user)
        .select_related("offering", "category", "article")
        .prefetch_related("routes__vendor")
        .order_by("created_at")
    )
    rows = [_lead(lead) for lead in leads]
    return {
        "leads": rows,
        "consents": [{"lead_id": row["id"], **row["consent"]} for row in rows],
    }


def _lead(lead: Lead) -> dict[str, Any]:
    routes: list[LeadRoute] = list(lead.routes.all())
    return {
        "id": lead.pk,
        "kind": lead.get_kind_display(),
        "about": lead.target_name,
        "name": lead.name, "phone": lead.phone, "email": lead.email, "company": lead.company,
        "company_size": lead.get_company_size_display(), "budget": lead.get_budget_display(), "need": lead.need,
        "status": lead.get_status_display(),
        "created_at": lead.created_at,
        "visitor_id": lead.visitor_id,
        "channel": lead.channel,
        "consent": {
            "text": lead.consent_text, "version": lead.consent_version, "given_at": lead.consented_at,
            "vendors": [r.vendor.name for r in routes], "withdrawn_at": lead.consent_withdrawn_at,
        },
        "sent_to": [
            {"vendor": r.vendor.name, "status": r.get_status_display(), "active": r.active, "since": r.created_at}
            for r in routes
        ],
    }  # fmt: skip


def visitor_ids(user: User) -> set[str]:
    return set(Lead.objects.filter(user=user).values_list("visitor_id", flat=True))


def erase(user: User) -> dict[str, int]:
    leads = list(Lead.objects.filter(user=user))
    for lead in leads:
        lead_withdraw_consent(lead=lead, actor=None, reason="account_deleted")
        Lead.objects.filter(pk=lead.pk).update(user=None, token=new_token())
    return {"leads_erased": len(leads)}
