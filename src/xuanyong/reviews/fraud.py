"""Fraud signals computed for every review and shown to moderators.

A signal never rejects a review by itself: it holds the review in the moderation queue, where an
operator decides. Thresholds (docs/reviews.md states them too):

- ``burst``: the offering received ``BURST_MIN`` or more reviews (this one included) within
  ``BURST_WINDOW``;
- ``same_visitor``: another account already reviewed from the same browser (visitor cookie)
  within ``LINK_WINDOW``;
- ``same_ip``: ``SAME_IP_MIN`` or more other accounts reviewed from the same IP within
  ``LINK_WINDOW`` (offices share an address, so one is not enough);
- ``near_duplicate``: another review's text shares at least ``NEAR_DUPLICATE_JACCARD`` of its
  character 3-shingles (Jaccard). Candidates are found first by a 64-bit SimHash of the shingles
  within ``SIMHASH_MAX_DISTANCE`` bits (short texts vary a lot in SimHash, so the cut-off is loose
  and Jaccard decides); texts shorter than ``SIMHASH_MIN_CHARS`` are not compared;
- ``vendor_domain``: the reviewer's account or verified e-mail domain is the vendor's (its web site
  or a domain its members sign in with);
- ``new_account``: the account is younger than ``NEW_ACCOUNT_AGE``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, TypedDict
from urllib.parse import urlsplit

from django.utils import timezone
from django.utils.translation import gettext_noop

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from .models import Review

BURST_WINDOW = timedelta(hours=24)
BURST_MIN = 5
LINK_WINDOW = timedelta(days=30)
SAME_IP_MIN = 2
SIMHASH_MIN_CHARS = 30
SIMHASH_MAX_DISTANCE = 16
NEAR_DUPLICATE_JACCARD = 0.5
SIMHASH_COMPARE_LATEST = 5000
NEW_ACCOUNT_AGE = timedelta(days=3)
SHINGLE = 3

# Mailbox providers anyone can sign up with: never a company's own domain.
FREE_MAIL_DOMAINS = frozenset(
    [
        "qq.com",
        "foxmail.com",
        "163.com",
        "126.com",
        "yeah.net",
        "sina.com",
        "sina.cn",
        "sohu.com",
        "aliyun.com",
        "139.com",
        "189.cn",
        "wo.cn",
        "gmail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "yahoo.com",
        "icloud.com",
        "me.com",
        "proton.me",
    ]
)

# Stored with each review's signals in Chinese; pages translate them where they show them.
LABELS = {
    "burst": gettext_noop("短时间内集中评价"),
    "same_visitor": gettext_noop("同一浏览器的多个账号"),
    "same_ip": gettext_noop("同一 IP 的多个账号"),
    "near_duplicate": gettext_noop("与其他评价文本高度相似"),
    "vendor_domain": gettext_noop("评价人邮箱域名属于该服务商"),
    "new_account": gettext_noop("新注册账号"),
}


class Signal(TypedDict):
    code: str
    label: str
    detail: str


def _signal(code: str, detail: str) -> Signal:
    return {"code": code, "label": LABELS[code], "detail": detail}


_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)


def normalized(text: str) -> str:
    return _NOISE.sub("", unicodedata.normalize("NFKC", text).lower())


def shingles(text: str) -> set[str]:
    chars = normalized(text)
    return {chars[i : i + SHINGLE] for i in range(len(chars) - SHINGLE + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def simhash(text: str) -> int:
    """64-bit SimHash of the text's character shingles, as a signed integer (fits BigIntegerField)."""
    if len(normalized(text)) < SIMHASH_MIN_CHARS:
        return 0
    weights = [0] * 64
    for shingle in shingles(text):
        h = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    value = sum(1 << bit for bit in range(64) if weights[bit] > 0)
    return value - (1 << 64) if value >= 1 << 63 else value


def hamming(a: int, b: int) -> int:
    return ((a ^ b) & ((1 << 64) - 1)).bit_count()


def review_text(review: Review) -> str:
    return f"{review.pros}\n{review.cons}\n{review.use_case}"


def email_domain(email: str) -> str:
    return email.rpartition("@")[2].strip().lower()


def vendor_domains(vendor_id: int) -> set[str]:
    from xuanyong.accounts.models import VendorMembership
    from xuanyong.catalog.models import Vendor

    website = Vendor.objects.filter(pk=vendor_id).values_list("website", flat=True).first() or ""
    host = (urlsplit(website).hostname or "").lower().removeprefix("www.")
    members = VendorMembership.objects.filter(vendor_id=vendor_id).values_list("user__email", flat=True)
    domains = {email_domain(e) for e in members} | ({host} if host else set())
    return domains - FREE_MAIL_DOMAINS - {""}


def compute_signals(review: Review, now: datetime | None = None) -> list[Signal]:
    """Every signal that fires for this review (saved or not yet saved), in a stable order."""
    from .models import Review

    now = now or timezone.now()
    others = Review.objects.exclude(pk=review.pk) if review.pk else Review.objects.all()
    signals: list[Signal] = []

    recent = others.filter(offering_id=review.offering_id, created_at__gte=now - BURST_WINDOW).count() + 1
    if recent >= BURST_MIN:
        signals.append(_signal("burst", f"该产品 24 小时内收到 {recent} 条评价"))

    linked = others.filter(created_at__gte=now - LINK_WINDOW)
    if review.user_id is not None:
        linked = linked.exclude(user_id=review.user_id)
    if review.visitor_id and linked.filter(visitor_id=review.visitor_id).exists():
        signals.append(_signal("same_visitor", "同一浏览器在 30 天内以其他账号提交过评价"))
    if review.ip:
        accounts = linked.filter(ip=review.ip).values("user_id").distinct().count()
        if accounts >= SAME_IP_MIN:
            signals.append(_signal("same_ip", f"同一 IP 在 30 天内还有 {accounts} 个账号提交过评价"))

    if review.simhash:
        close = _near_duplicates(review, others)
        if close:
            listed = "、".join(f"#{pk}" for pk in close[:5])
            signals.append(_signal("near_duplicate", f"与评价 {listed} 的文本高度相似"))

    if review.user is None:  # kept as anonymous text after its author deleted the account
        return signals
    user_domains = {email_domain(review.user.email), review.verified_domain} - {""}
    vendor_id = review.offering.vendor_id
    if user_domains & vendor_domains(vendor_id):
        signals.append(_signal("vendor_domain", "邮箱域名与该服务商相同"))

    if now - review.user.date_joined < NEW_ACCOUNT_AGE:
        signals.append(_signal("new_account", "账号注册不足 3 天"))
    return signals


def _near_duplicates(review: Review, others: QuerySet[Review]) -> list[int]:
    recent = others.exclude(simhash=0).order_by("-id").values_list("pk", "simhash")[:SIMHASH_COMPARE_LATEST]
    candidates = [pk for pk, h in recent if hamming(h, review.simhash) <= SIMHASH_MAX_DISTANCE]
    if not candidates:
        return []
    mine = shingles(review_text(review))
    texts = others.filter(pk__in=candidates).values_list("pk", "pros", "cons", "use_case")
    return sorted(
        pk for pk, pros, cons, use_case in texts
        if jaccard(mine, shingles(f"{pros}\n{cons}\n{use_case}")) >= NEAR_DUPLICATE_JACCARD
    )  # fmt: skip
