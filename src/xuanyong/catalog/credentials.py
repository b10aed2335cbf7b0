"""Credentials (信创, 等保, ICP/EDI, 软著, ISO/CMMI, 专票): a vendor states them, an operator checks
them, and buyers filter, compare and see them with their state.

A credential counts (in filters, facets, badges and compare) unless it was rejected or has
expired. Counting credentials become ``OfferingCredentialTag`` rows, one per filterable fact and
offering (a vendor's own credentials apply to all its offerings), and the offering's card badges;
``credentials_refresh`` rebuilds both whenever a credential changes, and the daily task after
expiry dates pass.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import secrets
import smtplib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from xuanyong.lib.mail import addresses_by_language, mail_render
from xuanyong.lib.text import refuse_markup
from xuanyong.lib.uploads import check_upload

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

from .models import XINCHUANG_PLATFORMS, Credential, Offering, OfferingCredentialTag, Vendor
from .selectors import catalog_version_bump

logger = logging.getLogger(__name__)
Kind = Credential.Kind
OFFERING_KINDS = {Kind.XINCHUANG, Kind.DENGBAO, Kind.RUANZHU}  # a product's; the rest the vendor's
LEVELS: dict[str, tuple[int, ...]] = {Kind.DENGBAO: (2, 3, 4), Kind.CMMI: (3, 4, 5)}
NEEDS_EXPIRY = {Kind.DENGBAO, Kind.ISO27001, Kind.ISO9001, Kind.CMMI}
EVIDENCE_KINDS = ("pdf", "png", "jpg", "jpeg")
EVIDENCE_MAX_BYTES = 5 * 1024 * 1024
_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
# Number formats where the credential has one; the message says what a valid number looks like.
NUMBER_RULES: dict[str, tuple[re.Pattern[str], StrOrPromise]] = {
    Kind.ICP: (
        re.compile(rf"^[{_PROVINCES}](ICP备\d{{8}}号(-\d{{1,3}})?|B2-\d{{8}})$"),
        gettext_lazy("ICP 编号应为备案号（如 京ICP备12345678号）或经营许可证号（如 京B2-20201234）。"),
    ),
    Kind.EDI: (
        re.compile(rf"^[{_PROVINCES}]B2-\d{{8}}$"),
        gettext_lazy("EDI 许可证号应形如 沪B2-20190123。"),
    ),
    Kind.RUANZHU: (re.compile(r"^\d{4}SR\d{6,7}$"), gettext_lazy("软件著作权登记号应形如 2023SR0123456。")),
    Kind.DENGBAO: (
        re.compile(r"^\d{11}-\d{5}$"),
        gettext_lazy("等保备案编号应形如 11010813001-20001（11 位-5 位）。"),
    ),
}
GENERIC_NUMBER = (
    re.compile(r"^[0-9A-Za-z\-/（）()\u4e00-\u9fff]{4,60}$"),
    gettext_lazy("请填写证书编号（4–60 位）。"),
)
# Badge labels are stored on the offerings in Chinese (credential_badges): marked for the catalog
# only, and translated where they are shown.
TAG_LABELS = {
    "icp": gettext_noop("ICP 许可证/备案"), "edi": gettext_noop("EDI 许可证"), "ruanzhu": gettext_noop("软件著作权"),
    "iso27001": "ISO 27001", "iso9001": "ISO 9001", "cmmi": "CMMI", "vat_invoice": gettext_noop("可开专票"),
}  # fmt: skip
DENGBAO_LABELS = {2: gettext_noop("等保二级"), 3: gettext_noop("等保三级"), 4: gettext_noop("等保四级")}
XINCHUANG_BADGE = gettext_noop("信创")
MSG_NOT_OURS = gettext_lazy("只能为本服务商的产品提交资质。")


def counting(qs: QuerySet[Credential] | None = None, *, today: dt.date | None = None) -> QuerySet[Credential]:
    """Credentials that count: not rejected, not expired."""
    today = today or timezone.localdate()
    qs = Credential.objects.all() if qs is None else qs
    return qs.exclude(status=Credential.Status.REJECTED).filter(
        Q(expires_on__isnull=True) | Q(expires_on__gte=today)
    )


def is_expired(credential: Credential, today: dt.date | None = None) -> bool:
    return credential.expires_on is not None and credential.expires_on < (today or timezone.localdate())


# --- submitting, withdrawing, verifying ----------------------------------------------------------


@dataclass
class CredentialInput:
    kind: str
    offering: Offering | None = None
    number: str = ""
    name: str = ""
    level: int | None = None
    platforms: tuple[str, ...] = ()
    issued_on: dt.date | None = None
    expires_on: dt.date | None = None
    evidence: UploadedFile | None = None


def _check(vendor: Vendor, data: CredentialInput) -> dict[str, Any]:
    errors: dict[str, str] = {}
    kind = data.kind
    if kind not in Kind.values:
        raise ValidationError({"kind": _("请选择资质类型。")}, code="kind")
    offering = data.offering if kind in OFFERING_KINDS else None
    if kind in OFFERING_KINDS and offering is None:
        errors["offering"] = _("信创适配、等保与软件著作权属于具体产品，请选择产品。")
    if offering is not None and offering.vendor_id != vendor.pk:
        raise ValidationError(MSG_NOT_OURS, code="not_vendor")
    number = data.number.strip()
    if kind != Kind.VAT_INVOICE:
        pattern, message = NUMBER_RULES.get(kind, GENERIC_NUMBER)
        if not pattern.match(number):
            errors["number"] = str(message)
    name = data.name.strip()
    if kind == Kind.RUANZHU and not 2 <= len(name) <= 100:
        errors["name"] = _("请填写登记的软件全称。")
    level = data.level if kind in LEVELS else None
    if kind in LEVELS and level not in LEVELS[kind]:
        errors["level"] = _("请选择级别（%(levels)s 级）。") % {
            "levels": _("、").join(str(n) for n in LEVELS[kind])
        }
    known = dict(XINCHUANG_PLATFORMS)
    platforms = list(dict.fromkeys(data.platforms)) if kind == Kind.XINCHUANG else []
    if kind == Kind.XINCHUANG and (not platforms or any(p not in known for p in platforms)):
        errors["platforms"] = _("请至少选择一个已适配的 CPU、操作系统或数据库。")
    if kind in NEEDS_EXPIRY and data.expires_on is None:
        errors["expires_on"] = _("请填写有效期：过期的资质不再展示。")
    if data.issued_on and data.expires_on and data.issued_on > data.expires_on:
        errors["expires_on"] = _("有效期不能早于发证日期。")
    if data.issued_on and data.issued_on > timezone.localdate():
        errors["issued_on"] = _("发证日期不能晚于今天。")
    evidence_kind = ""
    if data.evidence is not None:
        try:
            evidence_kind = check_upload(
                data.evidence, kinds=EVIDENCE_KINDS, max_bytes=EVIDENCE_MAX_BYTES, what=_("证明文件")
            )
        except ValidationError as exc:
            errors["evidence"] = exc.messages[0]
    try:
        refuse_markup({"number": (_("编号"), number), "name": (_("登记名称"), name)})
    except ValidationError as exc:
        errors.update({k: v[0] for k, v in exc.message_dict.items()})
    if errors:
        raise ValidationError(errors, code="invalid")
    return {"offering": offering, "number": number, "name": name, "level": level, "platforms": platforms,
            "evidence_kind": evidence_kind}  # fmt: skip


def credential_submit(
    *, vendor: Vendor, user: Any, data: CredentialInput, refresh: bool = True
) -> Credential:
    """A vendor states a credential: shown as 服务商自填 until an operator checks it."""
    cleaned = _check(vendor, data)
    evidence_kind = cleaned.pop("evidence_kind")
    duplicate = counting(
        Credential.objects.filter(vendor=vendor, kind=data.kind, offering=cleaned["offering"])
    )
    if data.kind not in (Kind.RUANZHU, Kind.XINCHUANG) and duplicate.exists():
        raise ValidationError(_("已提交过这项资质：如需更新，请先撤回原记录。"), code="duplicate")
    credential = Credential(
        vendor=vendor, kind=data.kind, submitted_by=user, issued_on=data.issued_on, expires_on=data.expires_on,
        **cleaned,
    )  # fmt: skip
    if data.evidence is not None:
        original = data.evidence.name or ""
        credential.evidence_name = original[:200]
        data.evidence.name = f"{secrets.token_hex(12)}.{evidence_kind}"  # reveals nothing, says what it is
        credential.evidence = data.evidence
    with transaction.atomic():
        credential.save()
        if refresh:  # a bulk load (the sample data) refreshes once at the end instead
            credentials_refresh([vendor.pk])
    return credential


def credential_withdraw(*, credential: Credential, vendor: Vendor) -> None:
    if credential.vendor_id != vendor.pk:
        raise ValidationError(MSG_NOT_OURS, code="not_vendor")
    evidence = credential.evidence
    with transaction.atomic():
        credential.delete()
        credentials_refresh([vendor.pk])
    if evidence:
        transaction.on_commit(lambda: evidence.delete(save=False))


def _may_decide(credential: Credential, operator: Any) -> None:
    if not getattr(operator, "is_editor", False):
        raise ValidationError(_("只有运营人员可以核验资质。"), code="not_operator")
    if credential.vendor.memberships.filter(user_id=operator.pk).exists():
        raise ValidationError(_("不能核验自己服务商的资质。"), code="own_vendor")


def credential_decide(*, credential: Credential, operator: Any, verify: bool, note: str = "") -> Credential:
    """Verify against the evidence and the issuer's public register, or reject with a reason."""
    _may_decide(credential, operator)
    note = note.strip()
    if not verify and not note:
        raise ValidationError({"note": _("请填写未通过的原因，服务商会看到。")}, code="note_required")
    refuse_markup({"note": (_("核验说明"), note)})
    credential.status = Credential.Status.VERIFIED if verify else Credential.Status.REJECTED
    credential.verified_by, credential.verified_at, credential.decision_note = (
        operator,
        timezone.now(),
        note[:200],
    )
    with transaction.atomic():
        credential.save(update_fields=["status", "verified_by", "verified_at", "decision_note"])
        credentials_refresh([credential.vendor_id])
    return credential


# --- what buyers filter on: tags and badges -----------------------------------------------------


def tags_of(credential: Credential) -> list[str]:
    if credential.kind == Kind.XINCHUANG:
        return list(credential.platforms)
    if credential.kind == Kind.DENGBAO and credential.level:
        return [f"dengbao:{n}" for n in range(2, credential.level + 1)]
    return [credential.kind]


def _badges(credentials: list[Credential]) -> list[dict[str, Any]]:
    """A card's few badges, strongest first: 信创, the 等保 level, 专票, ISO 27001."""
    badges: list[dict[str, Any]] = []
    xinchuang = [c for c in credentials if c.kind == Kind.XINCHUANG]
    if xinchuang:
        badges.append({"label": XINCHUANG_BADGE, "verified": any(c.status == "verified" for c in xinchuang)})
    dengbao = sorted(
        (c for c in credentials if c.kind == Kind.DENGBAO and c.level), key=lambda c: -(c.level or 0)
    )
    if dengbao:
        badges.append(
            {"label": DENGBAO_LABELS[dengbao[0].level or 2], "verified": dengbao[0].status == "verified"}
        )
    for kind in (Kind.VAT_INVOICE, Kind.ISO27001):
        found = [c for c in credentials if c.kind == kind]
        if found:
            badges.append({"label": TAG_LABELS[kind], "verified": any(c.status == "verified" for c in found)})
    return badges


def credentials_refresh(vendor_ids: Iterable[int], *, today: dt.date | None = None) -> None:
    """Rebuild the tags and badges of every offering of these vendors (inside the caller's write)."""
    vendor_ids = sorted(set(vendor_ids))
    with transaction.atomic():
        # Two refreshes of one vendor at once would each delete and re-insert its tags: the vendor
        # rows serialise them (ordered, so two multi-vendor refreshes cannot deadlock).
        list(Vendor.objects.select_for_update().filter(pk__in=vendor_ids).order_by("pk").values_list("pk"))
        _rebuild(vendor_ids, today)
    transaction.on_commit(catalog_version_bump)


def _rebuild(vendor_ids: list[int], today: dt.date | None) -> None:
    creds = list(counting(Credential.objects.filter(vendor_id__in=vendor_ids), today=today))
    if not creds:  # most vendors: nothing to tag, only what an earlier credential left to clear
        OfferingCredentialTag.objects.filter(offering__vendor_id__in=vendor_ids).delete()
        Offering.objects.filter(vendor_id__in=vendor_ids).exclude(credential_badges=[]).update(
            credential_badges=[]
        )
        return
    offerings = list(Offering.objects.filter(vendor_id__in=vendor_ids).values_list("pk", "vendor_id"))
    tags: list[OfferingCredentialTag] = []
    badges: dict[int, list[dict[str, Any]]] = {}
    for offering_id, vendor_id in offerings:
        own = [c for c in creds if c.vendor_id == vendor_id and c.offering_id in (None, offering_id)]
        verified: dict[str, bool] = {}
        for credential in own:
            for code in tags_of(credential):
                verified[code] = verified.get(code, False) or credential.status == Credential.Status.VERIFIED
        tags += [
            OfferingCredentialTag(offering_id=offering_id, code=c, verified=v) for c, v in verified.items()
        ]
        badges[offering_id] = _badges(own)
    OfferingCredentialTag.objects.filter(offering__vendor_id__in=vendor_ids).delete()
    OfferingCredentialTag.objects.bulk_create(tags, batch_size=1000)
    groups: dict[str, tuple[list[dict[str, Any]], list[int]]] = {}  # one UPDATE per distinct badge set
    for offering_id, value in badges.items():
        groups.setdefault(json.dumps(value, sort_keys=True), (value, []))[1].append(offering_id)
    for value, ids in groups.values():
        Offering.objects.filter(pk__in=ids).exclude(credential_badges=value).update(credential_badges=value)


def offering_credentials(offerings: list[Offering]) -> dict[int, list[Credential]]:
    """Each offering's counting credentials, its own and its vendor's, in one query."""
    ids = [o.pk for o in offerings]
    vendor_ids = {o.vendor_id for o in offerings}
    creds = list(
        counting(
            Credential.objects.filter(Q(offering_id__in=ids) | Q(vendor_id__in=vendor_ids, offering=None))
        )
    )
    return {
        o.pk: [c for c in creds if c.vendor_id == o.vendor_id and c.offering_id in (None, o.pk)]
        for o in offerings
    }


# --- expiry -------------------------------------------------------------------------------------


def credentials_expire_and_remind(*, today: dt.date | None = None) -> tuple[int, int]:
    """Daily: drop what expired from tags and badges; remind vendors 30 days before an expiry.
    Returns (vendors refreshed, reminders sent)."""
    today = today or timezone.localdate()
    # Every expiry not yet handled, however long the scheduler was down.
    lapsed = Credential.objects.filter(expires_on__lt=today, lapsed_on__isnull=True)
    vendor_ids = set(lapsed.values_list("vendor_id", flat=True))
    if vendor_ids:
        with transaction.atomic():
            credentials_refresh(vendor_ids, today=today)
            lapsed.update(lapsed_on=today)
    due = (
        Credential.objects.exclude(status=Credential.Status.REJECTED)
        .filter(reminder_sent_at__isnull=True, expires_on__gte=today)
        .filter(expires_on__lte=today + dt.timedelta(days=settings.CREDENTIALS_REMIND_DAYS))
        .select_related("vendor", "offering")
    )
    sent = 0
    for credential in due:
        members = list(credential.vendor.memberships.values_list("user__email", "user__language"))
        if members:
            try:
                # One message per language the members chose.
                for language, addresses in addresses_by_language(members).items():
                    with translation.override(language):
                        url = settings.SITE_URL + reverse("portal:credentials")
                        subject, body = mail_render(
                            "catalog/email_credential_expiry", {"credential": credential, "url": url}
                        )
                    send_mail(subject, body, None, addresses)
            except (OSError, smtplib.SMTPException):  # this one waits for tomorrow; the others go
                logger.warning("credential expiry reminder %s not sent", credential.pk, exc_info=True)
                continue
            sent += 1
        Credential.objects.filter(pk=credential.pk).update(reminder_sent_at=timezone.now())
    return len(vendor_ids), sent
