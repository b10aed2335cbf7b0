"""Reads for the vendor portal, always scoped to one vendor."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from xuanyong.catalog.models import Offering, Vendor
from xuanyong.leads.models import LeadRoute, Status, WebhookDelivery

from .models import CatalogRevision


def vendor_offerings(vendor: Vendor) -> QuerySet[Offering]:
    return (
        Offering.objects.filter(vendor=vendor)
        .select_related("primary_category")
        .annotate(plan_count=Count("plans", distinct=True))
        .order_by("name")
    )


def inbox_counts(vendor: Vendor) -> dict[str, int]:
    """Active leads per status, plus ``unread`` (never opened) and ``all``."""
    counts = LeadRoute.objects.filter(vendor=vendor, active=True).aggregate(
        all=Count("id"),
        unread=Count("id", filter=Q(seen_at__isnull=True)),
        **{status: Count("id", filter=Q(status=status)) for status in Status.values},
    )
    return {key: value or 0 for key, value in counts.items()}


def delivery_log(vendor: Vendor, limit: int = 50) -> QuerySet[WebhookDelivery]:
    return WebhookDelivery.objects.filter(vendor=vendor).order_by("-created_at", "-id")[:limit]


def offering_revisions(offering: Offering) -> QuerySet[CatalogRevision]:
    return CatalogRevision.objects.filter(offering=offering).select_related("author")
