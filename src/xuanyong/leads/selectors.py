"""Reads for leads: the vendor's inbox, response times, the buyer's requests, the operators' list."""

from __future__ import annotations

import datetime as dt
import importlib
import statistics
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, F, Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from xuanyong.accounts.models import User
from xuanyong.catalog.models import Offering, Vendor

from .models import Lead, LeadRoute, Notification, Status

RESPONSE_TIME_MIN_LEADS = 5  # the offering page shows a vendor's median once it has this many
RESPONSE_SAMPLE = 500  # the median is over the vendor's latest answered leads
CTA_CACHE_SECONDS = 600


@dataclass(frozen=True)
class ResponseStats:
    leads: int
    median_seconds: float | None

    @property
    def median_display(self) -> str:
        return duration_display(self.median_seconds)


def duration_display(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    minutes = round(seconds / 60)
    if minutes < 60:
        return _("%(minutes)s 分钟") % {"minutes": max(minutes, 1)}
    hours = seconds / 3600
    if hours < 48:
        return (_("%(hours)s 小时") % {"hours": f"{hours:.1f}"}).replace(".0 ", " ")
    return (_("%(days)s 天") % {"days": f"{hours / 24:.1f}"}).replace(".0 ", " ")


def inbox_routes(vendor: Vendor) -> QuerySet[LeadRoute]:
    """The vendor's leads; every portal lookup of a lead starts here (object-level permission)."""
    return LeadRoute.objects.filter(vendor=vendor, active=True).select_related(
        "lead", "lead__offering", "lead__category", "lead__article"
    )


def response_stats(
    vendor_id: int, since: dt.datetime | None = None, until: dt.datetime | None = None
) -> ResponseStats:
    routes = LeadRoute.objects.filter(vendor_id=vendor_id)
    if since is not None:
        routes = routes.filter(created_at__gte=since)
    if until is not None:
        routes = routes.filter(created_at__lt=until)
    total = routes.count()
    pairs = (
        routes.filter(first_response_at__isnull=False)
        .order_by("-created_at")
        .values_list("created_at", "first_response_at")[:RESPONSE_SAMPLE]
    )
    durations = [(answered - created).total_seconds() for created, answered in pairs if created and answered]
    return ResponseStats(leads=total, median_seconds=statistics.median(durations) if durations else None)


def offering_response_time(offering_id: int) -> ResponseStats | None:
    """The offering vendor's median first response, once it has RESPONSE_TIME_MIN_LEADS leads.

    Cached per offering: the offering page reads one row per view and this must add none.
    """
    key = f"leads:offering-response:{offering_id}"
    cached: tuple[ResponseStats | None] | None = cache.get(key)
    if cached is None:
        vendor_id = Offering.objects.filter(pk=offering_id).values_list("vendor_id", flat=True).first()
        stats = response_stats(vendor_id) if vendor_id else None
        if stats is not None and (stats.leads < RESPONSE_TIME_MIN_LEADS or stats.median_seconds is None):
            stats = None
        cached = (stats,)
        cache.set(key, cached, CTA_CACHE_SECONDS)
    return cached[0]


def buyer_leads(user: User) -> QuerySet[Lead]:
    routes = LeadRoute.objects.filter(active=True).select_related("vendor").order_by("position")
    return (
        Lead.objects.filter(user=user)
        .select_related("offering", "category", "article")
        .prefetch_related(Prefetch("routes", queryset=routes, to_attr="active_routes"))
    )


def lead_for_token(token: str) -> Lead | None:
    routes = LeadRoute.objects.filter(active=True).select_related("vendor").order_by("position")
    return (
        Lead.objects.filter(token=token)
        .select_related("offering", "category", "article")
        .prefetch_related(Prefetch("routes", queryset=routes, to_attr="active_routes"))
        .first()
    )


def sla_deadline() -> dt.timedelta:
    return dt.timedelta(hours=settings.LEADS_SLA_HOURS)


def sla_breached_routes() -> Q:
    """Routes answered late, or not answered and already late."""
    late = sla_deadline()
    return Q(first_response_at__isnull=True, created_at__lt=timezone.now() - late) | Q(
        first_response_at__gt=F("created_at") + late
    )


def mark_sla(routes: list[LeadRoute]) -> None:
    """Set ``route.sla_breached`` on each, as ``sla_breached_routes`` decides in the database."""
    late = sla_deadline()
    now = timezone.now()
    for route in routes:
        answered = route.first_response_at
        route.sla_breached = (answered is None and now - route.created_at > late) or (  # type: ignore[attr-defined]
            answered is not None and answered - route.created_at > late
        )


@dataclass
class OpsFilters:
    status: str = ""
    kind: str = ""
    source: str = ""
    vendor_id: int | None = None
    sla: bool = False
    since: dt.date | None = None
    until: dt.date | None = None


def ops_leads(filters: OpsFilters) -> QuerySet[Lead]:
    leads = Lead.objects.select_related("offering", "category", "article")
    if filters.status:
        leads = leads.filter(status=filters.status)
    if filters.kind:
        leads = leads.filter(kind=filters.kind)
    if filters.source:
        leads = leads.filter(source=filters.source)
    if filters.vendor_id:
        leads = leads.filter(routes__vendor_id=filters.vendor_id, routes__active=True)
    if filters.sla:
        breached = LeadRoute.objects.filter(sla_breached_routes(), active=True).values("lead_id")
        leads = leads.filter(pk__in=breached)
    if filters.since:
        leads = leads.filter(created_at__date__gte=filters.since)
    if filters.until:
        leads = leads.filter(created_at__date__lte=filters.until)
    routes = LeadRoute.objects.filter(active=True).select_related("vendor").order_by("position")
    # No DISTINCT needed: a lead has at most one route per vendor.
    return leads.prefetch_related(Prefetch("routes", queryset=routes, to_attr="active_routes"))


@dataclass(frozen=True)
class VendorNumbers:
    leads: int
    won: int
    lost: int
    open: int
    conversion: float | None  # won / leads
    response: ResponseStats
    views: int | None  # None: the analytics app does not provide views yet


def vendor_numbers(vendor: Vendor, since: dt.date, until: dt.date) -> VendorNumbers:
    """The vendor's leads, won deals, conversion and response time for leads routed in [since, until]."""
    start = timezone.make_aware(dt.datetime.combine(since, dt.time.min))
    end = timezone.make_aware(dt.datetime.combine(until + dt.timedelta(days=1), dt.time.min))
    routes = LeadRoute.objects.filter(vendor=vendor, created_at__gte=start, created_at__lt=end)
    counts = routes.aggregate(
        total=Count("id"),
        won=Count("id", filter=Q(status=Status.WON)),
        lost=Count("id", filter=Q(status=Status.LOST)),
    )
    total = counts["total"]
    return VendorNumbers(
        leads=total,
        won=counts["won"],
        lost=counts["lost"],
        open=total - counts["won"] - counts["lost"],
        conversion=counts["won"] / total if total else None,
        response=response_stats(vendor.pk, start, end),
        views=_offering_views(vendor, since, until),
    )


def _offering_views(vendor: Vendor, since: dt.date, until: dt.date) -> int | None:
    # Provided by the analytics app; looked up at run time so this page works before it lands.
    try:
        offering_views = importlib.import_module("xuanyong.analytics.selectors").offering_views
    except (ImportError, AttributeError):
        return None
    ids = list(Offering.objects.filter(vendor=vendor).values_list("pk", flat=True))
    return sum(offering_views(ids, since, until).values()) if ids else 0


def notifications_stuck() -> dict[str, int]:
    """Lead e-mails and webhooks given up (``failed``) or still pending past their lease
    (``overdue``: no worker has been able to send them), for monitoring."""
    overdue_before = timezone.now() - dt.timedelta(seconds=settings.LEADS_NOTIFY_LEASE_SECONDS)
    overdue = Q(state=Notification.State.PENDING, next_attempt_at__lt=overdue_before)
    return Notification.objects.aggregate(
        failed=Count("pk", filter=Q(state=Notification.State.FAILED)),
        overdue=Count("pk", filter=overdue),
    )
