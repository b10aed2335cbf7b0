"""Writes for reviews: submit and edit, verify, moderate, vote, reply, invite.

Publication rule (stated on /rank/method/): a review publishes at once when it is verified
(company e-mail, proof of use, or a vendor invite) and no fraud signal fired; every other review
waits in the moderation queue. An edit runs the same rule again. Every write that changes what is
published recomputes ``Offering.rating_avg`` / ``review_count`` and re-indexes the offering (search
filters and boosts on the rating) in the same transaction, and bumps the catalog version after
commit so cached offering pages and rankings refresh.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any, cast

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import IntegrityError, models, transaction
from django.db.models import Count, F, Sum
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from xuanyong.accounts.models import User
from xuanyong.catalog.models import Offering
from xuanyong.catalog.selectors import catalog_version_bump
from xuanyong.lib.mail import mail_render
from xuanyong.lib.text import MSG_MARKUP, has_markup, refuse_markup
from xuanyong.lib.uploads import check_upload
from xuanyong.search import index as search_index
from xuanyong.security import throttle

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

from . import fraud
from .models import (
    PROOF_EXTENSIONS,
    TEXT_MAX_CHARS,
    USE_CASE_MAX_CHARS,
    EmailCode,
    HelpfulVote,
    ProofOfUse,
    RejectReason,
    Review,
    ReviewDraft,
    ReviewInvite,
    ReviewRevision,
    VendorReply,
    Verification,
)
from .signals import review_submitted

RATING_FIELDS = ("recommend", "ease_of_use", "features", "support", "value")
TEXT_FIELDS = ("pros", "cons", "use_case")
CHOICE_FIELDS = ("reviewer_role", "company_size", "industry", "usage_duration")
EDITABLE_FIELDS = RATING_FIELDS + TEXT_FIELDS + CHOICE_FIELDS
FIELD_LABELS = {
    "pros": gettext_lazy("优点"),
    "cons": gettext_lazy("不足"),
    "use_case": gettext_lazy("使用场景"),
}
MIN_TEXT_CHARS = {"pros": 10, "cons": 10, "use_case": 5}
CENT = Decimal("0.01")
CODE_TTL = timedelta(minutes=30)
CODE_MAX_ATTEMPTS = 5
CODES_PER_HOUR = 5

MSG_OWN_VENDOR = gettext_lazy("您是该服务商的成员，不能评价自己服务商的产品。")
MSG_DUPLICATE = gettext_lazy("您已经评价过该产品，可以修改原评价。")
MSG_EMPTY = gettext_lazy("请填写{label}。")
MSG_SHORT = gettext_lazy("{label}至少写 {n} 个字。")
MSG_LONG = gettext_lazy("{label}不能超过 {n} 字（当前 {length} 字）。")
MSG_NOT_LIVE = gettext_lazy("该产品未上架，暂不能评价。")
MSG_INVITE = gettext_lazy("邀请链接无效或已被使用。")


class ReviewError(ValidationError):
    """A refused review write; ``code`` is stable for API clients, whether or not keyed by field."""

    def __init__(self, message: str | dict[str, Any], code: str) -> None:
        super().__init__(message, code=code)
        self.code = code


def _fail(message: StrOrPromise, code: str, field: str | None = None) -> ReviewError:
    return ReviewError({field: message} if field else str(message), code=code)


# --- checks -----------------------------------------------------------------------------------


def is_vendor_member_of(user: User, vendor_id: int) -> bool:
    membership = getattr(user, "vendor_membership", None) if user.is_authenticated else None
    return membership is not None and membership.vendor_id == vendor_id


def check_can_review(user: User, offering: Offering) -> None:
    if offering.status != Offering.Status.PUBLISHED:
        raise _fail(MSG_NOT_LIVE, "offering_not_live")
    if is_vendor_member_of(user, offering.vendor_id):
        raise _fail(MSG_OWN_VENDOR, "own_vendor")


def clean_text(field: str, value: str, *, required: bool = True) -> str:
    """Plain text within its limits; HTML is refused, not stripped, so nothing changes silently."""
    label = FIELD_LABELS.get(field, _("回复"))
    text = (value or "").replace("\r\n", "\n").strip()
    limit = USE_CASE_MAX_CHARS if field == "use_case" else TEXT_MAX_CHARS
    if has_markup(text):
        raise _fail(MSG_MARKUP.format(label=label), "html", field)
    if not text and required:
        raise _fail(MSG_EMPTY.format(label=label), "required", field)
    if len(text) > limit:
        raise _fail(MSG_LONG.format(label=label, n=limit, length=len(text)), "too_long", field)
    shortest = MIN_TEXT_CHARS.get(field, 1)
    if required and len(text) < shortest:
        raise _fail(MSG_SHORT.format(label=label, n=shortest), "too_short", field)
    return text


def _clean_fields(data: dict[str, Any]) -> dict[str, Any]:
    errors: dict[str, list[str]] = {}
    cleaned: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        try:
            cleaned[name] = clean_text(name, str(data.get(name, "")))
        except ValidationError as exc:
            errors.update(exc.message_dict)
    for name in RATING_FIELDS + CHOICE_FIELDS:
        cleaned[name] = data.get(name)
    candidate = Review(**cleaned)
    try:
        candidate.clean_fields(exclude=["offering", "user", *TEXT_FIELDS])
    except ValidationError as exc:
        errors.update(exc.message_dict)
    if errors:
        raise ReviewError(errors, code="invalid")
    return {name: getattr(candidate, name) for name in EDITABLE_FIELDS}


# --- status, counters, caches ----------------------------------------------------------------


def _decide_status(review: Review) -> str:
    verified = review.verification != Verification.NONE
    return Review.Status.PUBLISHED if verified and not review.signals else Review.Status.PENDING


def _set_status(review: Review, status: str) -> None:
    review.status = status
    if status == Review.Status.PUBLISHED and review.published_at is None:
        review.published_at = timezone.now()


def offering_rating_refresh(offering_id: int) -> None:
    """Recompute the offering's rating and count from its published reviews (inside the write)."""
    offerings_rating_refresh([offering_id])


def offerings_rating_refresh(offering_ids: list[int]) -> None:
    """Recompute ratings and counts of many offerings, re-index them, and refresh cached pages."""
    stats = {
        row["offering_id"]: row
        for row in Review.objects.published()
        .filter(offering_id__in=offering_ids)
        .values("offering_id")
        .annotate(n=Count("id"), total=Sum("recommend"))
    }
    for offering_id in offering_ids:
        row = stats.get(offering_id, {"n": 0, "total": 0})
        # Stars are recommend / 2: exact decimals, rounded half up to the column's two places.
        rating = (Decimal(row["total"]) / (2 * row["n"])).quantize(CENT, ROUND_HALF_UP) if row["n"] else None
        Offering.objects.filter(pk=offering_id).update(rating_avg=rating, review_count=row["n"])
    search_index.index_offerings(
        list(Offering.objects.select_related("vendor", "primary_category").filter(pk__in=offering_ids))
    )
    transaction.on_commit(catalog_version_bump)


def _refresh_signals(review: Review) -> None:
    review.simhash = fraud.simhash(fraud.review_text(review))
    review.signals = list(fraud.compute_signals(review))


# --- submit and edit -------------------------------------------------------------------------


def review_create(
    *,
    user: User,
    offering: Offering,
    data: dict[str, Any],
    invite: ReviewInvite | None = None,
    visitor_id: str = "",
    ip: str | None = None,
    request: HttpRequest | None = None,
) -> Review:
    """Submit a review; raises ReviewError (Chinese, keyed by field) and saves nothing when refused."""
    check_can_review(user, offering)
    if Review.objects.filter(user=user, offering=offering).exists():
        raise _fail(MSG_DUPLICATE, "duplicate")
    fields = _clean_fields(data)
    if invite is not None:
        used = Review.objects.filter(invite=invite).exists()
        if used or invite.offering_id != offering.pk:
            raise _fail(MSG_INVITE, "invite")
    review = Review(
        user=user, offering=offering, invite=invite, visitor_id=visitor_id[:40], ip=ip or None,
        verification=Verification.INVITED if invite else Verification.NONE, rated_at=timezone.now(),
        **fields,
    )  # fmt: skip
    _refresh_signals(review)
    _set_status(review, _decide_status(review))
    try:
        with transaction.atomic():
            review.save()
            ReviewDraft.objects.filter(user=user, offering=offering).delete()
            if review.status == Review.Status.PUBLISHED:
                offering_rating_refresh(offering.pk)
    except IntegrityError as exc:  # a second submit racing the first
        raise _fail(MSG_DUPLICATE, "duplicate") from exc
    transaction.on_commit(lambda: review_submitted.send(sender=Review, review=review, request=request))
    return review


def _snapshot(review: Review) -> dict[str, Any]:
    snap = {name: getattr(review, name) for name in EDITABLE_FIELDS}
    snap.update(status=review.status, rated_at=review.rated_at.isoformat())
    return snap


def review_update(
    *, review: Review, user: User, data: dict[str, Any], visitor_id: str = "", ip: str | None = None
) -> Review:
    """Edit one's own review: the previous version is kept as a revision; the publication rule runs
    again (a rejected review returns to the queue, keeping its reason until a moderator decides)."""
    if review.user_id != user.pk:
        raise _fail(_("只能修改自己的评价。"), "not_owner")
    check_can_review(user, review.offering)
    fields = _clean_fields(data)
    if all(getattr(review, k) == v for k, v in fields.items()):
        return review
    was_published = review.status == Review.Status.PUBLISHED
    previous = _snapshot(review)
    if any(getattr(review, k) != fields[k] for k in RATING_FIELDS):
        # New ratings: recency starts again, and so does the six-month reminder.
        review.rated_at, review.reminder_sent_at = timezone.now(), None
    for name, value in fields.items():
        setattr(review, name, value)
    review.visitor_id, review.ip = visitor_id[:40] or review.visitor_id, ip or review.ip
    _refresh_signals(review)
    # A rejected review goes back to a person, never straight to the page.
    rejected = review.status == Review.Status.REJECTED
    _set_status(review, Review.Status.PENDING if rejected else _decide_status(review))
    with transaction.atomic():
        ReviewRevision.objects.create(review=review, snapshot=previous)
        review.save()
        ReviewDraft.objects.filter(user=user, offering_id=review.offering_id).delete()
        if was_published or review.status == Review.Status.PUBLISHED:
            offering_rating_refresh(review.offering_id)
    return review


def review_draft_save(*, user: User, offering: Offering, data: dict[str, Any]) -> ReviewDraft:
    """Keep what the reviewer typed so far. Lengths and required fields wait for the submit; what
    no submit could accept is refused now: markup, and a score or choice that is not one."""
    kept: dict[str, str] = {}
    errors: dict[str, str] = {}
    for name in EDITABLE_FIELDS:
        if name not in data:
            continue
        value = str(data[name])
        if name in TEXT_FIELDS:
            value = value[: TEXT_MAX_CHARS + 200]
            if has_markup(value):
                errors[name] = MSG_MARKUP.format(label=FIELD_LABELS[name])
        elif value:
            model_field = cast("models.Field[Any, Any]", Review._meta.get_field(name))
            try:
                model_field.clean(value, None)
            except ValidationError:
                errors[name] = _("评分或选项无效，请重新选择。")
        kept[name] = value
    if errors:
        raise ReviewError(errors, code="invalid")
    draft, _created = ReviewDraft.objects.update_or_create(
        user=user, offering=offering, defaults={"data": kept}
    )
    return draft


# --- verification -----------------------------------------------------------------------------


def _code_hash(code: str) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), code.encode(), hashlib.sha256).hexdigest()


def review_email_start(*, review: Review, email: str, ip: str | None = None) -> EmailCode:
    """Send a six-digit code to a company address; free mailboxes cannot prove a company.

    Throttled per reviewer and client address as well as per review (``throttle.Throttled``)."""
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError as exc:
        raise _fail(_("请输入有效的邮箱地址。"), "email_invalid", "email") from exc
    if fraud.email_domain(email) in fraud.FREE_MAIL_DOMAINS:
        raise _fail(_("请使用企业邮箱（个人邮箱如 QQ、163 无法证明所在企业）。"), "free_mail", "email")
    throttle.hit("review_code_send", account=str(review.user_id), ip=ip)
    hour_ago = timezone.now() - timedelta(hours=1)
    if review.email_codes.filter(created_at__gte=hour_ago).count() >= CODES_PER_HOUR:
        raise _fail(_("验证码发送太频繁，请一小时后再试。"), "rate_limited", "email")
    code = f"{secrets.randbelow(10**6):06d}"
    row = EmailCode.objects.create(
        review=review, email=email, code_hash=_code_hash(code), expires_at=timezone.now() + CODE_TTL
    )
    # In the reviewer's language: the address is a company mailbox, the reader is the reviewer.
    language = review.user.language if review.user else translation.get_language()
    with translation.override(language):
        subject, body = mail_render("reviews/email_code", {"code": code})
    transaction.on_commit(lambda: send_mail(subject, body, None, [email]))
    return row


def review_email_confirm(*, review: Review, code: str, ip: str | None = None) -> Review:
    throttle.hit("review_code_check", account=str(review.user_id), ip=ip)
    row = (
        review.email_codes.filter(used_at__isnull=True, expires_at__gt=timezone.now()).order_by("-id").first()
    )
    if row is None:
        raise _fail(_("验证码已过期，请重新获取。"), "code_expired", "code")
    if row.attempts >= CODE_MAX_ATTEMPTS:
        raise _fail(_("尝试次数过多，请重新获取验证码。"), "code_locked", "code")
    if not hmac.compare_digest(row.code_hash, _code_hash((code or "").strip())):
        EmailCode.objects.filter(pk=row.pk).update(attempts=F("attempts") + 1)
        raise _fail(_("验证码不正确。"), "code_wrong", "code")
    row.used_at = timezone.now()
    review.verified_domain = fraud.email_domain(row.email)
    if review.verification == Verification.NONE:
        review.verification = Verification.EMAIL
    return _reverify(review, extra_saves=[row])


def _reverify(review: Review, extra_saves: list[Any] | None = None) -> Review:
    """After a verification change: signals again (the domain may be the vendor's), then the rule."""
    was_published = review.status == Review.Status.PUBLISHED
    review.signals = list(fraud.compute_signals(review))
    if review.status == Review.Status.PENDING:
        _set_status(review, _decide_status(review))
    with transaction.atomic():
        for row in extra_saves or []:
            row.save()
        review.save()
        if was_published or review.status == Review.Status.PUBLISHED:
            offering_rating_refresh(review.offering_id)
    return review


def proof_upload(*, review: Review, upload: UploadedFile) -> ProofOfUse:
    """Store a proof of use (contract, invoice, screenshot) for an operator to check; never public."""
    name = upload.name or ""
    try:
        extension = check_upload(
            upload,
            kinds=PROOF_EXTENSIONS,
            max_bytes=settings.REVIEWS_PROOF_MAX_MB * 1024 * 1024,
            what=_("凭证文件"),
        )
    except ValidationError as exc:
        raise _fail(exc.messages[0], exc.code or "file_type", "file") from exc
    upload.name = f"{secrets.token_hex(12)}.{extension}"  # the stored name reveals nothing
    proof = ProofOfUse(review=review, file=upload, original_name=name[:200])
    proof.full_clean()
    proof.save()
    return proof


def proof_decide(*, proof: ProofOfUse, accept: bool, moderator: User) -> ProofOfUse:
    proof.status = ProofOfUse.Status.ACCEPTED if accept else ProofOfUse.Status.REJECTED
    proof.decided_at, proof.decided_by = timezone.now(), moderator
    review = proof.review
    if accept and review.verification in (Verification.NONE, Verification.EMAIL):
        review.verification = Verification.PROOF
    _reverify(review, extra_saves=[proof])
    return proof


# --- moderation -------------------------------------------------------------------------------


def review_moderate(*, review: Review, publish: bool, moderator: User, reason: str = "") -> Review:
    """Publish or reject a review from the queue; a rejection needs one of the stated reasons."""
    if not publish and reason not in RejectReason.values:
        raise _fail(_("请选择未通过的原因。"), "reason_required", "reason")
    was_published = review.status == Review.Status.PUBLISHED
    if publish:
        _set_status(review, Review.Status.PUBLISHED)
        review.reject_reason = ""
    else:
        review.status, review.reject_reason = Review.Status.REJECTED, reason
    review.moderated_at, review.moderated_by = timezone.now(), moderator
    with transaction.atomic():
        review.save(update_fields=["status", "published_at", "reject_reason", "moderated_at", "moderated_by"])
        if was_published or publish:
            offering_rating_refresh(review.offering_id)
    return review


# --- votes, replies, invites ------------------------------------------------------------------


def helpful_vote(*, review: Review, visitor_id: str, user: User | None = None, ip: str | None = None) -> bool:
    """Count one visitor's "helpful"; returns False when this visitor (or signed-in user) already voted.

    A visitor is a cookie, which a script can drop at will; so anonymous votes on a review are
    also limited per IP address and day."""
    if review.status != Review.Status.PUBLISHED:
        raise _fail(_("该评价暂不能投票。"), "not_published")
    if user is not None and user.is_authenticated:
        if is_vendor_member_of(user, review.offering.vendor_id):
            raise _fail(_("服务商成员不能为自己产品的评价投票。"), "own_vendor")
        if review.user_id == user.pk:
            raise _fail(_("不能为自己的评价投票。"), "own_review")
        # A signed-in reader counts once whatever browser (cookie) they vote from.
        if HelpfulVote.objects.filter(review=review, user=user).exists():
            return False
    else:
        user = None
        throttle.hit("helpful", ip=f"{ip} · 评价 #{review.pk}" if ip else None)
    try:
        with transaction.atomic():
            HelpfulVote.objects.create(review=review, visitor_id=visitor_id[:40], user=user)
            Review.objects.filter(pk=review.pk).update(helpful_count=F("helpful_count") + 1)
    except IntegrityError:
        return False
    return True


def vendor_reply_save(*, review: Review, user: User, body: str) -> VendorReply:
    """A member of the reviewed offering's vendor answers publicly; one reply per review, editable."""
    vendor_id = review.offering.vendor_id
    if not is_vendor_member_of(user, vendor_id):
        raise _fail(_("只能回复本服务商产品的评价。"), "not_vendor")
    if review.status != Review.Status.PUBLISHED:
        raise _fail(_("只能回复已发布的评价。"), "not_published")
    text = clean_text("reply", body)
    reply, _created = VendorReply.objects.update_or_create(
        review=review, defaults={"vendor_id": vendor_id, "author": user, "body": text}
    )
    return reply


def review_invite_create(*, user: User, offering: Offering, note: str = "") -> ReviewInvite:
    if not is_vendor_member_of(user, offering.vendor_id):
        raise _fail(_("只能为本服务商的产品发送评价邀请。"), "not_vendor")
    refuse_markup({"note": (_("备注"), note)})
    invite = ReviewInvite(
        vendor_id=offering.vendor_id, offering=offering, note=note.strip()[:60], created_by=user
    )
    invite.full_clean()
    invite.save()
    return invite


def invite_for_token(token: str) -> ReviewInvite | None:
    invite = ReviewInvite.objects.select_related("offering").filter(token=token[:32]).first()
    if invite is None or Review.objects.filter(invite=invite).exists():
        return None
    return invite


# --- reminders -------------------------------------------------------------------------------


def send_update_reminders(*, now: Any = None) -> int:
    """E-mail reviewers whose ratings are older than the reminder age, once per rating."""
    now = now or timezone.now()
    due = (
        Review.objects.published()
        .filter(rated_at__lte=now - timedelta(days=settings.REVIEWS_UPDATE_REMINDER_DAYS))
        .filter(reminder_sent_at__isnull=True, user__isnull=False)
        .select_related("user", "offering")[:500]
    )
    sent = 0
    for review in due:
        assert review.user is not None  # filtered above
        with translation.override(review.user.language):
            link = settings.SITE_URL + reverse("reviews:write", args=[review.offering.slug])
            subject, body = mail_render("reviews/email_update_reminder", {"review": review, "link": link})
        send_mail(subject, body, None, [review.user.email])
        Review.objects.filter(pk=review.pk).update(reminder_sent_at=now)
        sent += 1
    return sent
