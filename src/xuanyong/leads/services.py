"""Writes for leads: submit (validate, dedupe, route, queue notifications), pipeline, reassign, erase.

Every entry point (the forms, the admin, the API, the demo data) calls these. Side effects —
notifications and the ``lead_submitted`` / ``lead_status_changed`` signals — run after commit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from xuanyong.accounts.models import User
from xuanyong.catalog.models import Category, Offering, Vendor
from xuanyong.content.models import Article
from xuanyong.lib.text import has_markup, refuse_markup
from xuanyong.lib.validators import normalize_mainland_mobile
from xuanyong.security import throttle

from . import consent, notifications
from .models import (
    STATUS_RANK,
    Budget,
    CompanySize,
    Kind,
    Lead,
    LeadAudit,
    LeadNote,
    LeadRoute,
    LeadSubmission,
    Notification,
    RouteReason,
    Source,
    Status,
)
from .routing import MAX_VENDORS, Offer, offer_vendors, route_plan
from .signals import lead_status_changed, lead_submitted

DEDUPE_WINDOW = dt.timedelta(hours=24)
MAX_LENGTHS = {"name": 40, "email": 120, "company": 80, "need": 1000}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

MSG_CONSENT = gettext_lazy("请阅读并勾选个人信息授权声明，我们才能把需求转给服务商。")
MSG_HTML = gettext_lazy("请不要输入 HTML 代码或网页标签。")
MSG_OFFERING_GONE = gettext_lazy("该产品已下架或不存在，请返回重新选择。")
MSG_MERGED = gettext_lazy(
    "您在 24 小时内已就同一需求提交过，我们已将本次提交合并到原需求中，服务商会尽快与您联系。"
)
MSG_LOST_REASON = gettext_lazy("标记为未成交时请填写原因。")


@dataclass(frozen=True)
class SubmitResult:
    lead: Lead
    created: bool  # False: a duplicate merged into ``lead``, or a retried POST
    merged: bool


@dataclass(frozen=True)
class LeadInput:
    kind: str
    name: str
    phone: str
    email: str = ""
    company: str = ""
    company_size: str = ""
    budget: str = ""
    need: str = ""


def lead_submit(
    *,
    offer: Offer,
    data: LeadInput,
    consent_given: bool,
    picks: list[int] | None = None,
    idempotency_key: str,
    user: User | None = None,
    visitor_id: str = "",
    ip: str | None = None,
    request: HttpRequest | None = None,
) -> SubmitResult:
    """Validate and save a buyer's request; route it and queue its notifications after commit.

    The same ``idempotency_key`` twice returns the first result and writes nothing. The same phone
    for the same offering (or category) within 24 hours merges into the earlier lead.
    Raises ValidationError with Chinese messages; nothing is saved then.
    """
    previous = _submission(idempotency_key)
    if previous is not None:
        return previous
    fields = _clean(data)
    if not consent_given:
        raise ValidationError({"consent": MSG_CONSENT}, code="consent_required")
    targets = _targets(offer)
    candidates = offer_vendors(offer)
    if offer.source == Source.OFFERING and not candidates:
        raise ValidationError(MSG_OFFERING_GONE, code="offering_unavailable")
    _check_rate(visitor_id, ip)
    try:
        with transaction.atomic():
            _lock_phone(fields["phone"])
            existing = _duplicate_of(offer, fields["phone"], user)
            if existing is not None:
                return _merge(existing, fields, idempotency_key)
            lead = Lead(
                source=offer.source,
                **targets,
                **fields,
                consent_text=consent.consent_text(
                    vendor_names=[v.name for v in candidates], platform_match=offer.platform_match
                ),
                consent_version=consent.VERSION,
                consented_at=timezone.now(),
                consent_vendor_ids=[v.pk for v in candidates],
                consent_platform_match=offer.platform_match or not candidates,
                user=user if user is not None and user.is_authenticated else None,
                visitor_id=visitor_id[:40],
            )
            lead.full_clean()
            lead.save()
            LeadSubmission.objects.create(key=idempotency_key, lead=lead)
            plan = route_plan(offer, candidates, picks or [])
            _routes_create(lead, plan, actor=None)
    except IntegrityError:
        # A concurrent POST with the same key won the race: answer as it did.
        previous = _submission(idempotency_key)
        if previous is None:
            raise
        return previous
    transaction.on_commit(lambda: lead_submitted.send(sender=Lead, lead=lead, request=request))
    return SubmitResult(lead=lead, created=True, merged=False)


def _submission(key: str) -> SubmitResult | None:
    submission = LeadSubmission.objects.select_related("lead").filter(key=key).first()
    if submission is None:
        return None
    return SubmitResult(lead=submission.lead, created=False, merged=submission.merged)


def _clean(data: LeadInput) -> dict[str, Any]:
    errors: dict[str, str] = {}
    values = {
        "name": data.name, "email": data.email, "company": data.company, "need": data.need,
    }  # fmt: skip
    cleaned: dict[str, Any] = {}
    for key, raw in values.items():
        text = _CONTROL.sub("", (raw or "").strip())
        if len(text) > MAX_LENGTHS[key]:
            errors[key] = _("最多 %(max)s 个字（当前 %(count)s 个）。") % {
                "max": MAX_LENGTHS[key],
                "count": len(text),
            }
        elif has_markup(text):
            errors[key] = str(MSG_HTML)
        cleaned[key] = text
    if not cleaned["name"]:
        errors["name"] = _("请填写称呼，方便服务商联系您。")
    if cleaned["email"]:
        try:
            validate_email(cleaned["email"])
        except ValidationError:
            errors["email"] = _("请输入有效的电子邮箱。")
    try:
        cleaned["phone"] = normalize_mainland_mobile(data.phone or "")
    except ValidationError as exc:
        errors["phone"] = exc.messages[0]
    if data.kind not in Kind.values:
        errors["kind"] = _("请选择咨询类型。")
    if data.company_size not in ("", *CompanySize.values):
        errors["company_size"] = _("请选择公司规模。")
    if data.budget not in ("", *Budget.values):
        errors["budget"] = _("请选择预算范围。")
    if errors:
        raise ValidationError(errors)
    return {**cleaned, "kind": data.kind, "company_size": data.company_size, "budget": data.budget}


def _targets(offer: Offer) -> dict[str, Any]:
    """The offer's page objects, checked again now: a published offering, an existing category."""
    targets: dict[str, Any] = {"offering": None, "category": None, "article": None}
    if offer.offering_id is not None:
        targets["offering"] = Offering.objects.published().filter(pk=offer.offering_id).first()
        if targets["offering"] is None:
            raise ValidationError(MSG_OFFERING_GONE, code="offering_unavailable")
    if offer.category_id is not None:
        targets["category"] = Category.objects.filter(pk=offer.category_id).first()
    if offer.article_id is not None:
        targets["article"] = Article.objects.filter(pk=offer.article_id).first()
    return targets


def _lock_phone(phone: str) -> None:
    """Serialise submissions for one phone number so the duplicate check cannot race.

    SQLite needs nothing: its transactions take the write lock up front (IMMEDIATE).
    """
    if connection.vendor == "postgresql":
        key = int.from_bytes(
            hashlib.blake2b(f"lead:{phone}".encode(), digest_size=8).digest(), "big", signed=True
        )
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])


def _duplicate_of(offer: Offer, phone: str, user: User | None) -> Lead | None:
    """The same person's request for the same thing within the window. A phone number alone is
    not a person (a shop's front desk): another account's lead is never merged into."""
    if offer.offering_id is not None:
        same_target = Q(offering_id=offer.offering_id)
    elif offer.source == Source.CATEGORY and offer.category_id is not None:
        same_target = Q(source=Source.CATEGORY, category_id=offer.category_id)
    else:
        return None
    since = timezone.now() - DEDUPE_WINDOW
    return (
        Lead.objects.filter(
            same_target, phone=phone, created_at__gte=since, consent_withdrawn_at__isnull=True
        )
        .filter(Q(user=user) if user is not None else Q(user__isnull=True))
        .order_by("created_at")
        .first()
    )


def _merge(lead: Lead, fields: dict[str, Any], key: str) -> SubmitResult:
    now = timezone.now()
    lead.repeat_count += 1
    lead.last_repeat_at = now
    update = ["repeat_count", "last_repeat_at", "updated_at"]
    extra = fields["need"]
    if extra and extra not in lead.need:
        note = f"\n[{timezone.localtime(now):%m-%d %H:%M} 补充] {extra}"
        lead.need = (lead.need + note)[: MAX_LENGTHS["need"]]
        update.append("need")
    lead.save(update_fields=update)
    LeadSubmission.objects.create(key=key, lead=lead, merged=True)
    LeadAudit.objects.create(lead=lead, action=LeadAudit.Action.MERGED, detail={"kind": fields["kind"]})
    return SubmitResult(lead=lead, created=False, merged=True)


def _routes_create(lead: Lead, plan: list[tuple[Vendor, str]], actor: User | None) -> list[LeadRoute]:
    start = lead.routes.count()
    routes = [
        LeadRoute(lead=lead, vendor=vendor, reason=reason, position=start + i)
        for i, (vendor, reason) in enumerate(plan)
    ]
    LeadRoute.objects.bulk_create(routes)
    if routes:
        LeadAudit.objects.create(
            lead=lead,
            actor=actor,
            action=LeadAudit.Action.ROUTED,
            detail={"vendors": [[v.pk, v.name, reason] for v, reason in plan]},
        )
        notifications.notifications_queue(lead, [v for v, _ in plan])
    return routes


# --- Rate limit ---------------------------------------------------------------------------


def _check_rate(visitor_id: str, ip: str | None) -> None:
    """At most LEADS_RATE_PER_HOUR accepted submissions per visitor an hour, five times that per IP
    (an office shares one address); ``throttle.Throttled`` names the wait."""
    throttle.hit("lead", visitor=visitor_id, ip=ip)


# --- Pipeline -----------------------------------------------------------------------------


def route_status_change(
    *, route: LeadRoute, status: str, actor: User | None, lost_reason: str = ""
) -> LeadRoute:
    """Move one vendor's copy of a lead along new → contacted → qualified → won / lost."""
    if status not in Status.values:
        raise ValidationError({"status": _("未知的状态。")}, code="status_invalid")
    lost_reason = _CONTROL.sub("", lost_reason.strip())
    if status == Status.LOST and not lost_reason:
        raise ValidationError({"lost_reason": MSG_LOST_REASON}, code="lost_reason_required")
    if len(lost_reason) > 200:
        raise ValidationError({"lost_reason": _("原因最多 200 个字。")}, code="too_long")
    refuse_markup({"lost_reason": (_("未成交原因"), lost_reason)})
    old = route.status
    if status == old and not (status == Status.LOST and lost_reason != route.lost_reason):
        return route
    now = timezone.now()
    with transaction.atomic():
        route = LeadRoute.objects.select_for_update().get(pk=route.pk)
        old = route.status
        route.status = status
        route.lost_reason = lost_reason if status == Status.LOST else ""
        route.first_response_at = route.first_response_at or now
        if status == Status.CONTACTED:
            route.contacted_at = route.contacted_at or now
        if status == Status.QUALIFIED:
            route.qualified_at = route.qualified_at or now
        route.closed_at = now if status in (Status.WON, Status.LOST) else None
        route.save()
        LeadAudit.objects.create(
            lead_id=route.lead_id, actor=actor, action=LeadAudit.Action.STATUS,
            detail={"vendor": route.vendor_id, "from": old, "to": status, "reason": route.lost_reason},
        )  # fmt: skip
        lead = lead_status_refresh(route.lead_id)
    transaction.on_commit(
        lambda: lead_status_changed.send(
            sender=Lead, lead=lead, old_status=old, new_status=status, actor=actor
        )
    )
    return route


def lead_status_refresh(lead_id: int) -> Lead:
    """Set Lead.status to the furthest status among its active routes (call inside the write)."""
    lead = Lead.objects.select_for_update().get(pk=lead_id)
    statuses = list(LeadRoute.objects.filter(lead_id=lead_id, active=True).values_list("status", flat=True))
    best = max(statuses, key=lambda s: STATUS_RANK[Status(s)], default=Status.NEW)
    if best != lead.status:
        lead.status = best
        lead.save(update_fields=["status", "updated_at"])
    return lead


def route_note_add(*, route: LeadRoute, author: User, body: str) -> LeadNote:
    body = _CONTROL.sub("", body.strip())
    if not body:
        raise ValidationError({"body": _("备注不能为空。")}, code="empty")
    if len(body) > 2000:
        raise ValidationError(
            {"body": _("备注最多 2000 个字（当前 %(count)s 个）。") % {"count": len(body)}}, code="too_long"
        )
    refuse_markup({"body": (_("备注"), body)})
    if route.lead.erased:
        raise ValidationError(_("采购者已撤回授权，不能再添加备注。"), code="erased")
    with transaction.atomic():
        note = LeadNote.objects.create(route=route, author=author, body=body)
        # A note is a response too: the vendor has started working the lead.
        now = timezone.now()
        LeadRoute.objects.filter(pk=route.pk, first_response_at__isnull=True).update(
            first_response_at=now, updated_at=now
        )
    return note


def route_mark_seen(route: LeadRoute) -> None:
    if route.seen_at is None:
        route.seen_at = timezone.now()
        LeadRoute.objects.filter(pk=route.pk, seen_at__isnull=True).update(seen_at=route.seen_at)


# --- Operators ----------------------------------------------------------------------------


def lead_reassign(*, lead: Lead, vendor_ids: list[int], actor: User) -> list[LeadRoute]:
    """Route the lead to exactly these vendors (at most MAX_VENDORS), within what the buyer consented to.

    Vendors dropped lose sight of it (their route turns inactive, its history kept); new ones are
    notified. Recorded in the audit trail.
    """
    vendor_ids = list(dict.fromkeys(vendor_ids))
    if not vendor_ids:
        raise ValidationError(_("请至少选择一家服务商。"), code="empty")
    if len(vendor_ids) > MAX_VENDORS:
        raise ValidationError(
            _("一条线索最多分配给 %(max_vendors)s 家服务商。") % {"max_vendors": MAX_VENDORS}, code="too_many"
        )
    if lead.erased:
        raise ValidationError(_("采购者已撤回授权，不能再分配。"), code="erased")
    vendors = Vendor.objects.in_bulk(vendor_ids)
    allowed = set(reassign_choices(lead).values_list("pk", flat=True))
    refused = [pk for pk in vendor_ids if pk not in vendors or pk not in allowed]
    if refused:
        raise ValidationError(
            _("只能分配给采购者授权的服务商（平台匹配时为认证服务商）。"), code="not_consented"
        )
    with transaction.atomic():
        lead = Lead.objects.select_for_update().get(pk=lead.pk)
        existing = {r.vendor_id: r for r in lead.routes.all()}
        before = sorted(pk for pk, r in existing.items() if r.active)
        now = timezone.now()
        LeadRoute.objects.filter(lead=lead, active=True).exclude(vendor_id__in=vendor_ids).update(
            active=False, updated_at=now
        )
        LeadRoute.objects.filter(lead=lead, active=False, vendor_id__in=vendor_ids).update(
            active=True, updated_at=now
        )
        new = [vendors[pk] for pk in vendor_ids if pk not in existing]
        _routes_create(lead, [(v, RouteReason.OPERATOR) for v in new], actor=actor)
        LeadAudit.objects.create(
            lead=lead, actor=actor, action=LeadAudit.Action.REASSIGNED,
            detail={"from": before, "to": sorted(vendor_ids)},
        )  # fmt: skip
        lead_status_refresh(lead.pk)
    return list(lead.routes.filter(active=True))


def reassign_choices(lead: Lead) -> Any:
    """Vendors an operator may route this lead to."""
    if lead.consent_platform_match:
        return Vendor.objects.filter(verified=True)
    return Vendor.objects.filter(pk__in=lead.consent_vendor_ids)


# --- The buyer ----------------------------------------------------------------------------


def lead_withdraw_consent(*, lead: Lead, actor: User | None, reason: str = "buyer") -> Lead:
    """Erase the buyer's personal data from the lead; what is left is an anonymous count.

    Notes and lost reasons vendors wrote about the person go too, and notifications not yet sent
    are dropped. ``reason`` is audited: ``buyer`` (withdrawn), ``account_deleted`` or ``retention``.
    """
    if lead.erased:
        return lead
    with transaction.atomic():
        lead = Lead.objects.select_for_update().get(pk=lead.pk)
        for name in ("name", "phone", "email", "company", "need"):
            setattr(lead, name, "")
        lead.consent_withdrawn_at = timezone.now()
        lead.visitor_id = ""
        lead.save()
        LeadNote.objects.filter(route__lead=lead).delete()
        # A lost reason is vendor free text about the person too ("王先生嫌贵"), like a note.
        LeadRoute.objects.filter(lead=lead).exclude(lost_reason="").update(
            lost_reason="", updated_at=timezone.now()
        )
        for audit in LeadAudit.objects.filter(lead=lead, action=LeadAudit.Action.STATUS):
            if audit.detail.get("reason"):
                audit.detail["reason"] = ""
                audit.save(update_fields=["detail"])
        Notification.objects.filter(lead=lead, state=Notification.State.PENDING).update(
            state=Notification.State.FAILED, last_error="采购者已撤回授权", next_attempt_at=None
        )
        LeadAudit.objects.create(
            lead=lead, actor=actor, action=LeadAudit.Action.WITHDRAWN, detail={"by": reason}
        )
    return lead


def leads_retention_erase(*, now: dt.datetime | None = None) -> int:
    """Erase the personal data of leads older than ``LEADS_RETENTION_DAYS`` (0: keep); returns how many."""
    days = settings.LEADS_RETENTION_DAYS
    if days <= 0:
        return 0
    cutoff = (now or timezone.now()) - dt.timedelta(days=days)
    due = Lead.objects.filter(created_at__lt=cutoff, consent_withdrawn_at__isnull=True)
    erased = 0
    for lead in due.iterator(chunk_size=500):
        lead_withdraw_consent(lead=lead, actor=None, reason="retention")
        erased += 1
    return erased
