"""Reads for reviews: an offering's summary and filtered list, queues, transparency counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Avg, Count, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from xuanyong.accounts.models import User
from xuanyong.catalog.models import Category, Offering

from .models import CompanySize, Industry, RejectReason, Review, SponsoredPlacement, Verification

# Star buckets of the distribution: 0–10 recommendation → stars = value / 2, bucket = stars rounded up.
STAR_BUCKETS = ((5, 9, 10), (4, 7, 8), (3, 5, 6), (2, 3, 4), (1, 0, 2))
SORTS = {
    "newest": gettext_lazy("最新"),
    "helpful": gettext_lazy("最有用"),
    "highest": gettext_lazy("评分最高"),
    "lowest": gettext_lazy("评分最低"),
}
_ORDER = {
    "newest": ("-published_at", "-id"),
    "helpful": ("-helpful_count", "-published_at", "-id"),
    "highest": ("-recommend", "-published_at", "-id"),
    "lowest": ("recommend", "-published_at", "-id"),
}
VERIFICATION_FILTERS = {
    "verified": gettext_lazy("已验证"),
    "unverified": gettext_lazy("未验证"),
    "invited": gettext_lazy("受邀评价"),
}
PAGE_SIZE = 10


@dataclass
class ReviewSummary:
    count: int
    average: float | None
    distribution: list[tuple[int, int, int]]  # (stars, count, percent)
    verified_share: int  # percent of published reviews with e-mail or proof verification
    invited: int
    sub_ratings: list[tuple[str, float | None]]

    @property
    def average_recommend(self) -> float | None:
        """The average back on the 0–10 scale, for the star display."""
        return self.average * 2 if self.average is not None else None


def review_summary(offering_id: int) -> ReviewSummary:
    """One aggregate query over the offering's published reviews."""
    aggregates: dict[str, Any] = {
        "n": Count("id"),
        "avg": Avg("recommend"),
        "verified": Count("id", filter=Q(verification__in=[Verification.EMAIL, Verification.PROOF])),
        "invited": Count("id", filter=Q(verification=Verification.INVITED)),
        "ease": Avg("ease_of_use"),
        "feat": Avg("features"),
        "sup": Avg("support"),
        "val": Avg("value"),
    }
    for stars, low, high in STAR_BUCKETS:
        aggregates[f"s{stars}"] = Count("id", filter=Q(recommend__gte=low, recommend__lte=high))
    row = Review.objects.published().filter(offering_id=offering_id).aggregate(**aggregates)
    n = row["n"]
    return ReviewSummary(
        count=n,
        average=round(row["avg"] / 2, 1) if n else None,
        distribution=[
            (s, row[f"s{s}"], round(100 * row[f"s{s}"] / n) if n else 0) for s, _, _ in STAR_BUCKETS
        ],
        verified_share=round(100 * row["verified"] / n) if n else 0,
        invited=row["invited"],
        sub_ratings=[
            (_("易用性"), row["ease"]),
            (_("功能"), row["feat"]),
            (_("服务支持"), row["sup"]),
            (_("性价比"), row["val"]),
        ],
    )


@dataclass
class ReviewFilters:
    company_size: str = ""
    industry: str = ""
    verification: str = ""
    sort: str = "newest"
    active: dict[str, str] = field(default_factory=dict)

    @property
    def base_query(self) -> str:
        """The filters and sort as a query string to which a page number is appended."""
        return urlencode({**self.active, "sort": self.sort}) + "&"

    @classmethod
    def from_query(cls, params: QueryDict) -> ReviewFilters:
        """Unknown values are ignored, as a category page ignores an unknown facet."""
        size = params.get("size", "")
        industry = params.get("industry", "")
        level = params.get("verification", "")
        sort = params.get("sort", "newest")
        filters = cls(
            company_size=size if size in CompanySize.values else "",
            industry=industry if industry in Industry.values else "",
            verification=level if level in VERIFICATION_FILTERS else "",
            sort=sort if sort in SORTS else "newest",
        )
        filters.active = {
            k: v
            for k, v in (
                ("size", filters.company_size),
                ("industry", filters.industry),
                ("verification", filters.verification),
            )
            if v
        }
        return filters


def offering_reviews(offering: Offering, filters: ReviewFilters) -> QuerySet[Review]:
    """Published reviews, filtered and sorted; invited ones only when asked for (they are shown apart)."""
    qs = Review.objects.published().filter(offering=offering).select_related("user", "reply__vendor")
    if filters.company_size:
        qs = qs.filter(company_size=filters.company_size)
    if filters.industry:
        qs = qs.filter(industry=filters.industry)
    if filters.verification == "verified":
        qs = qs.filter(verification__in=[Verification.EMAIL, Verification.PROOF])
    elif filters.verification == "unverified":
        qs = qs.filter(verification=Verification.NONE)
    elif filters.verification == "invited":
        qs = qs.filter(verification=Verification.INVITED)
    else:
        qs = qs.exclude(verification=Verification.INVITED)
    return qs.order_by(*_ORDER[filters.sort])


def invited_reviews(offering: Offering, limit: int = 5) -> list[Review]:
    qs = Review.objects.published().filter(offering=offering, verification=Verification.INVITED)
    return list(qs.select_related("user", "reply__vendor").order_by("-published_at", "-id")[:limit])


def voted_review_ids(review_ids: list[int], visitor_id: str) -> set[int]:
    from .models import HelpfulVote

    return set(
        HelpfulVote.objects.filter(review_id__in=review_ids, visitor_id=visitor_id).values_list(
            "review_id", flat=True
        )
    )


def stale_before() -> dt.datetime:
    """Ratings given before this are old enough to invite an update."""
    return timezone.now() - dt.timedelta(days=settings.REVIEWS_UPDATE_REMINDER_DAYS)


def user_reviews(user: User) -> QuerySet[Review]:
    return Review.objects.filter(user=user).select_related("offering").order_by("-updated_at")


def moderation_queue() -> QuerySet[Review]:
    return (
        Review.objects.filter(status=Review.Status.PENDING)
        .select_related("user", "offering__vendor")
        .prefetch_related("proofs")
        .order_by("created_at", "id")
    )


def vendor_reviews(vendor_id: int) -> QuerySet[Review]:
    return (
        Review.objects.published()
        .filter(offering__vendor_id=vendor_id)
        .select_related("offering", "reply")
        .order_by("-published_at", "-id")
    )


@dataclass
class TransparencyMonth:
    month: dt.date
    published: int = 0
    rejected: dict[str, int] = field(default_factory=dict)

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())


def transparency_by_month(months: int = 12) -> list[TransparencyMonth]:
    """Reviews published (by publish month) and rejected by reason (by decision month), newest first."""
    published = (
        Review.objects.published()
        .annotate(month=TruncMonth("published_at"))
        .values("month")
        .annotate(n=Count("id"))
    )
    rejected = (
        Review.objects.filter(status=Review.Status.REJECTED, moderated_at__isnull=False)
        .annotate(month=TruncMonth("moderated_at"))
        .values("month", "reject_reason")
        .annotate(n=Count("id"))
    )
    by_month: dict[dt.date, TransparencyMonth] = {}

    def month_row(value: dt.datetime | dt.date) -> TransparencyMonth:
        key = value.date() if isinstance(value, dt.datetime) else value
        return by_month.setdefault(key, TransparencyMonth(month=key))

    for row in published:
        month_row(row["month"]).published = row["n"]
    labels = dict(RejectReason.choices)
    for row in rejected:
        reason = str(labels.get(row["reject_reason"], _("其他")))
        entry = month_row(row["month"])
        entry.rejected[reason] = entry.rejected.get(reason, 0) + row["n"]
    return sorted(by_month.values(), key=lambda m: m.month, reverse=True)[:months]


def sponsored_for(category: Category, on: dt.date) -> list[SponsoredPlacement]:
    return list(
        SponsoredPlacement.objects.filter(category=category, starts_on__lte=on, ends_on__gte=on)
        .select_related("offering__vendor")
        .order_by("starts_on", "id")
    )
