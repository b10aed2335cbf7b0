"""Reads for other apps: numbers drawn from the same rollups and events as the dashboard."""

from __future__ import annotations

from datetime import date, timedelta

from django.db.models import Count, Q, Sum

from .days import day_start, days_between, is_final
from .models import DailyObjectStat, Event, RollupRun


def final_days(since: date, until: date) -> set[date]:
    """Days in the range whose rollup is final (see ``days.is_final``)."""
    runs = RollupRun.objects.filter(date__gte=since, date__lte=until).values_list("date", "rolled_at")
    return {day for day, rolled_at in runs if is_final(day, rolled_at)}


def _raw_spans(days: list[date]) -> Q:
    """``created_at`` within any of ``days``, one range per run of consecutive days."""
    spans: list[list[date]] = []
    condition = Q(pk__in=[])
    for day in days:
        if spans and spans[-1][1] == day:
            spans[-1][1] = day + timedelta(days=1)
        else:
            spans.append([day, day + timedelta(days=1)])
    for start, end in spans:
        condition |= Q(created_at__gte=day_start(start), created_at__lt=day_start(end))
    return condition


def offering_views(offering_ids: list[int], since: date, until: date) -> dict[int, int]:
    """Page views per offering over [since, until] (local days, both included).

    Days with a final rollup come from ``DailyObjectStat``; the others (today, days not rolled up
    yet) from the raw events. Offerings without views are absent from the result.
    """
    if not offering_ids or until < since:
        return {}
    result: dict[int, int] = {}
    final = final_days(since, until)
    if final:
        rolled = (
            DailyObjectStat.objects.filter(object_type="offering", object_id__in=offering_ids, date__in=final)
            .values("object_id")
            .annotate(views=Sum("views"))
            .values_list("object_id", "views")
        )
        result.update(rolled)
    if raw_days := [day for day in days_between(since, until) if day not in final]:
        raw = (
            Event.objects.filter(
                _raw_spans(raw_days),
                kind=Event.Kind.VIEW,
                object_type="offering",
                offering_id__in=offering_ids,
            )
            .values("offering_id")
            .annotate(views=Count("id"))
            .values_list("offering_id", "views")
        )
        for offering_id, views in raw:
            assert offering_id is not None  # filtered by offering_id__in
            result[offering_id] = result.get(offering_id, 0) + views
    return {k: v for k, v in result.items() if v}
