"""Vendors' response times, read from the leads app's routes (the pipeline, not events)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from statistics import median
from typing import Any

from django.utils.translation import gettext as _

from xuanyong.catalog.models import Vendor
from xuanyong.leads.models import LeadRoute

from .days import day_start


def response_times(since: date, until: date) -> tuple[list[list[Any]], str]:
    """Rows per vendor for routes assigned in the range: leads, answered, rate, mean and median hours.

    "Response" is the vendor's first status move on the lead (``first_response_at``).
    """
    hours: dict[int, list[float]] = defaultdict(list)
    totals: dict[int, int] = defaultdict(int)
    for vendor_id, created_at, responded_at in LeadRoute.objects.filter(
        created_at__gte=day_start(since), created_at__lt=day_start(until + timedelta(days=1))
    ).values_list("vendor_id", "created_at", "first_response_at"):
        totals[vendor_id] += 1
        if responded_at is not None:
            hours[vendor_id].append((responded_at - created_at).total_seconds() / 3600)
    names = dict(Vendor.objects.filter(pk__in=list(totals)).values_list("pk", "name"))
    rows: list[list[Any]] = []
    for vendor_id, total in sorted(totals.items(), key=lambda item: -item[1]):
        answered = hours.get(vendor_id, [])
        rows.append(
            [
                names.get(vendor_id, f"#{vendor_id}"),
                total,
                len(answered),
                f"{len(answered) / total:.0%}",
                f"{sum(answered) / len(answered):.1f}" if answered else "–",
                f"{median(answered):.1f}" if answered else "–",
            ]
        )
    note = "" if rows else _("该时间段没有分配给服务商的线索。")
    return rows, note
