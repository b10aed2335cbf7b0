"""Writes for the vendor portal: claims, vendor edits of offerings and plans (versioned), webhooks.

Offering edits go through ``catalog.services.offering_save`` so the search index, facet rows and
cache versions stay right; plan edits bump the catalog version after commit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from xuanyong.accounts.models import User, VendorMembership
from xuanyong.accounts.services import vendor_membership_create
from xuanyong.catalog import services as catalog_services
from xuanyong.catalog.models import Offering, Plan, Vendor
from xuanyong.catalog.selectors import catalog_version_bump
from xuanyong.leads.models import WebhookEndpoint, new_token
from xuanyong.leads.notifications import DeliveryError, check_webhook_host
from xuanyong.lib.text import refuse_markup
from xuanyong.lib.validators import normalize_mainland_mobile, validate_uscc

from .models import CatalogRevision, VendorClaim

# What a vendor may change on its own offerings; names, categories and status stay with operators.
OFFERING_FIELDS = (
    "tagline", "description", "deployment", "pricing_model", "price_min", "price_max", "price_unit", "free_trial",
)  # fmt: skip
PLAN_FIELDS = ("name", "price", "unit", "billing_period", "features")
PRICE_FIELDS = ("price", "unit", "billing_period")
DESCRIPTION_MAX_CHARS = 20000
MSG_CLAIMED = gettext_lazy("该服务商已被认领。如您属于该服务商，请联系其管理员或运营添加您为成员。")


# --- Claims -------------------------------------------------------------------------------


def claim_submit(
    *, user: User, vendor: Vendor, legal_name: str, uscc: str, contact_name: str, contact_phone: str
) -> VendorClaim:
    """Ask to manage a listing. The code's check digit is verified, and when the listing already
    records a legal name or code, the claim must match them."""
    if VendorMembership.objects.filter(user=user).exists():
        raise ValidationError(_("您已是某个服务商的成员，一个账号只能管理一个服务商。"), code="member")
    if VendorClaim.objects.filter(user=user, status=VendorClaim.Status.PENDING).exists():
        raise ValidationError(_("您已有一个待审核的认领申请，请等待运营审核。"), code="pending")
    _check_unclaimed(vendor)
    uscc = uscc.strip().upper()
    legal_name = legal_name.strip()
    errors: dict[str, str] = {}
    try:
        validate_uscc(uscc)
    except ValidationError as exc:
        errors["uscc"] = exc.messages[0]
    if "uscc" not in errors and vendor.uscc and vendor.uscc != uscc:
        errors["uscc"] = _("与平台登记的统一社会信用代码不一致，请核对营业执照，或联系运营。")
    if vendor.legal_name and vendor.legal_name != legal_name:
        errors["legal_name"] = _("与平台登记的企业全称不一致，请按营业执照填写。")
    try:
        contact_phone = normalize_mainland_mobile(contact_phone)
    except ValidationError as exc:
        errors["contact_phone"] = exc.messages[0]
    if errors:
        raise ValidationError(errors)
    claim = VendorClaim(
        user=user, vendor=vendor, legal_name=legal_name, uscc=uscc,
        contact_name=contact_name.strip(), contact_phone=contact_phone,
    )  # fmt: skip
    claim.full_clean()
    claim.save()
    return claim


def claim_approve(*, claim: VendorClaim, operator: User) -> VendorClaim:
    """Make the claimant the vendor's owner; fill in and verify the vendor's registration."""
    if claim.status != VendorClaim.Status.PENDING:
        raise ValidationError(_("该申请已审核。"), code="decided")
    with transaction.atomic():
        vendor = Vendor.objects.select_for_update().get(pk=claim.vendor_id)
        _check_unclaimed(vendor)
        vendor_membership_create(user=claim.user, vendor=vendor, is_owner=True)
        vendor.legal_name = vendor.legal_name or claim.legal_name
        vendor.uscc = vendor.uscc or claim.uscc
        vendor.verified = True
        vendor.full_clean()
        vendor.save(update_fields=["legal_name", "uscc", "verified", "updated_at"])
        _decide(claim, VendorClaim.Status.APPROVED, operator, "")
    transaction.on_commit(catalog_version_bump)  # pages show the 认证 badge
    return claim


def _check_unclaimed(vendor: Vendor) -> None:
    # A claim hands over the vendor's leads (buyers' personal data): a listing that already has
    # members is never taken over by a claim; its owner (or an operator) adds colleagues instead.
    if VendorMembership.objects.filter(vendor=vendor).exists():
        raise ValidationError(MSG_CLAIMED, code="claimed")


def claim_reject(*, claim: VendorClaim, operator: User, note: str) -> VendorClaim:
    if claim.status != VendorClaim.Status.PENDING:
        raise ValidationError(_("该申请已审核。"), code="decided")
    _decide(claim, VendorClaim.Status.REJECTED, operator, note.strip()[:200] or "资料不符")
    return claim


def _decide(claim: VendorClaim, status: str, operator: User, note: str) -> None:
    claim.status = status
    claim.decided_by = operator
    claim.decided_at = timezone.now()
    claim.decision_note = note
    claim.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])


# --- Offerings and plans ------------------------------------------------------------------


def _display(value: Any) -> Any:
    if isinstance(value, Decimal):
        # Not str(normalize()): 980 would read "9.8E+2".
        return f"{value.normalize():f}" if value == value.to_integral() else str(value)
    return value


def _diff(obj: Any, changes: dict[str, Any], fields: tuple[str, ...]) -> dict[str, list[Any]]:
    diff: dict[str, list[Any]] = {}
    for name in fields:
        if name in changes and _display(getattr(obj, name)) != _display(changes[name]):
            diff[name] = [_display(getattr(obj, name)), _display(changes[name])]
    return diff


def offering_update(*, offering: Offering, author: User | None, changes: dict[str, Any]) -> Offering:
    """Apply a vendor's edit; an edit of a published offering is kept as a revision."""
    unknown = set(changes) - set(OFFERING_FIELDS)
    if unknown:
        raise ValidationError(
            _("不能修改这些字段：%(fields)s。") % {"fields": _("、").join(sorted(unknown))},
            code="field_not_editable",
        )
    _check_offering_text(changes)
    diff = _diff(offering, changes, OFFERING_FIELDS)
    if not diff:
        return offering
    for name, value in changes.items():
        setattr(offering, name, value)
    with transaction.atomic():
        catalog_services.offering_save(offering=offering)
        if offering.status == Offering.Status.PUBLISHED:
            CatalogRevision.objects.create(
                vendor_id=offering.vendor_id, offering=offering, author=author, changes=diff
            )
    return offering


def _check_offering_text(changes: dict[str, Any]) -> None:
    description = changes.get("description") or ""
    if len(description) > DESCRIPTION_MAX_CHARS:
        raise ValidationError(
            {
                "description": _("介绍最多 %(max)s 字（当前 %(count)s 字），请精简。")
                % {"max": DESCRIPTION_MAX_CHARS, "count": len(description)}
            },
            code="too_long",
        )
    # Vendors write Markdown: its rendering is sanitised, but raw HTML in it is refused outright.
    refuse_markup({
        "tagline": (_("一句话介绍"), changes.get("tagline")), "description": (_("介绍"), description),
        "price_unit": (_("价格单位"), changes.get("price_unit")),
    })  # fmt: skip


def _check_plan_text(changes: dict[str, Any]) -> None:
    features = "\n".join(str(f) for f in changes.get("features") or [])
    refuse_markup({
        "name": (_("套餐名称"), changes.get("name")), "unit": (_("单位"), changes.get("unit")),
        "features_text": (_("包含功能"), features),
    })  # fmt: skip


def plan_update(*, plan: Plan, author: User | None, changes: dict[str, Any]) -> Plan:
    """Edit a plan; a price, unit or billing change sets its 价格核实日期 to today."""
    _check_plan_text(changes)
    diff = _diff(plan, changes, PLAN_FIELDS)
    if not diff:
        return plan
    for name, value in changes.items():
        if name in PLAN_FIELDS:
            setattr(plan, name, value)
    if any(name in diff for name in PRICE_FIELDS):
        plan.last_verified_on = timezone.localdate()
    plan.full_clean()
    with transaction.atomic():
        plan.save()
        _plan_revision(plan, author, diff)
    transaction.on_commit(catalog_version_bump)
    return plan


def plan_add(*, offering: Offering, author: User | None, changes: dict[str, Any]) -> Plan:
    _check_plan_text(changes)
    fields = {name: value for name, value in changes.items() if name in PLAN_FIELDS and name != "name"}
    position = offering.plans.count()
    with transaction.atomic():
        plan = catalog_services.plan_create(
            offering=offering, name=changes["name"], position=position, **fields
        )
        _plan_revision(plan, author, {name: [None, _display(getattr(plan, name))] for name in PLAN_FIELDS})
    return plan


def prices_confirm(*, plan: Plan, author: User | None) -> Plan:
    """The vendor checked the price and it still holds."""
    plan.last_verified_on = timezone.localdate()
    plan.save(update_fields=["last_verified_on"])
    transaction.on_commit(catalog_version_bump)
    return plan


def _plan_revision(plan: Plan, author: User | None, diff: dict[str, list[Any]]) -> None:
    offering = plan.offering
    if offering.status == Offering.Status.PUBLISHED:
        CatalogRevision.objects.create(
            vendor_id=offering.vendor_id, offering=offering, plan=plan, plan_name=plan.name, author=author,
            changes=diff,
        )  # fmt: skip


# --- Webhook ------------------------------------------------------------------------------


def webhook_save(*, vendor: Vendor, url: str, active: bool, rotate_secret: bool = False) -> WebhookEndpoint:
    url = url.strip()
    endpoint = WebhookEndpoint.objects.filter(vendor=vendor).first() or WebhookEndpoint(vendor=vendor)
    endpoint.url = url
    endpoint.active = active
    if rotate_secret:
        endpoint.secret = new_token()
    endpoint.full_clean()
    try:
        check_webhook_host(url)
    except DeliveryError as exc:
        raise ValidationError({"url": str(exc)}, code="webhook_host") from exc
    except (OSError, UnicodeError) as exc:  # UnicodeError: a host name IDNA cannot encode
        raise ValidationError({"url": _("无法解析该地址的域名，请检查。")}, code="webhook_dns") from exc
    endpoint.save()
    return endpoint
