"""Daily rollups of raw events, and pruning of raw events once their day is rolled up.

A day's rollup is a pure function of that day's raw events: rolling up a day again writes the
same rows (upserts on each table's unique key, and stale keys removed), so the periodic task
and ``xuanyong rollup`` can run as often as they like. Days are local days (``TIME_ZONE``).
Funnel and traffic visitors are distinct per day; a range sums them (visitor-days).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.db.models import Count, Q, QuerySet, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from . import buffer
from .days import day_start, days_between, is_final
from .models import (
    ALL,
    NONE,
    DailyFunnel,
    DailyObjectStat,
    DailySearchTerm,
    DailyTraffic,
    Event,
    RollupRun,
)

K = Event.Kind
FUNNEL_STEPS: dict[str, Q] = {
    DailyFunnel.Step.VISIT: Q(kind=K.VIEW),
    DailyFunnel.Step.OFFERING: Q(kind=K.VIEW, object_type="offering"),
    DailyFunnel.Step.CTA: Q(kind=K.CTA_CLICK),
    DailyFunnel.Step.LEAD: Q(kind=K.LEAD_SUBMIT),
    DailyFunnel.Step.WON: Q(kind=K.LEAD_STATUS_CHANGE, detail="won"),
}
LEAD_STEPS = (DailyFunnel.Step.LEAD, DailyFunnel.Step.WON)
FUNNEL_KINDS = [K.VIEW, K.CTA_CLICK, K.LEAD_SUBMIT, K.LEAD_STATUS_CHANGE]


@dataclass(frozen=True)
class RollupResult:
    day: date
    events: int


def rollup_day(day: date) -> RollupResult:
    events = Event.objects.filter(
        created_at__gte=day_start(day), created_at__lt=day_start(day + timedelta(days=1))
    )
    traffic = _traffic_rows(day, events)
    funnel = _funnel_rows(day, events)
    objects = _object_rows(day, events)
    terms = _search_rows(day, events)
    total = sum(row.events for row in traffic if row.channel_id == ALL and row.device == "")
    with transaction.atomic():
        _replace(DailyTraffic, day, traffic, ["kind", "channel_id", "device"], ["events", "visitors"])
        _replace(DailyFunnel, day, funnel, ["step", "channel_id", "category_id"], ["visitors", "events"])
        _replace(
            DailyObjectStat,
            day,
            objects,
            ["object_type", "object_id"],
            ["views", "visitors", "reads", "ctas", "leads"],
        )
        _replace(DailySearchTerm, day, terms, ["term", "found"], ["searches", "visitors"])
        RollupRun.objects.update_or_create(date=day, defaults={"events": total, "rolled_at": timezone.now()})
    return RollupResult(day, total)


def rollup_range(since: date, until: date) -> list[RollupResult]:
    return [rollup_day(day) for day in days_between(since, until)]


def rollup_recent() -> list[RollupResult]:
    """What the periodic task runs: yesterday (late events) and today so far, then pruning."""
    today = timezone.localdate()
    results = rollup_range(today - timedelta(days=1), today)
    prune()
    return results


def days_due(since: date, until: date) -> list[date]:
    """Days in the range whose rollup is missing or not final, oldest first.

    A day is final once rolled up after it ended; today is due again when its rollup is older
    than ``ANALYTICS_LIVE_SECONDS``. Days before the oldest raw event are empty and skipped.
    """
    today = timezone.localdate()
    until = min(until, today)
    if until < since:
        return []
    runs = dict(RollupRun.objects.filter(date__gte=since, date__lte=until).values_list("date", "rolled_at"))
    oldest = Event.objects.order_by("created_at").values_list("created_at", flat=True).first()
    first_day = max(since, timezone.localtime(oldest).date()) if oldest else today
    stale_before = timezone.now() - timedelta(seconds=settings.ANALYTICS_LIVE_SECONDS)
    return [
        day
        for day in days_between(first_day, until)
        if (rolled := runs.get(day)) is None or (not is_final(day, rolled) and rolled < stale_before)
    ]


def catch_up(since: date, until: date, *, limit: int | None = None) -> list[date]:
    """Roll up the due days of the range, newest first, at most ``limit`` of them now.

    Returns the due days left over (older ones), for the caller to hand to the task queue.
    """
    due = days_due(since, until)
    if not due:
        return []
    buffer.sync()
    now, later = (due, []) if limit is None else (due[-limit:], due[:-limit])
    for day in now:
        rollup_day(day)
    return later


def prune(*, retention_days: int | None = None) -> int:
    """Delete raw events older than the retention, rolling up any of their days not yet done."""
    days = settings.ANALYTICS_RETENTION_DAYS if retention_days is None else retention_days
    cutoff = timezone.localdate() - timedelta(days=days)
    oldest = Event.objects.order_by("created_at").values_list("created_at", flat=True).first()
    if oldest is None or timezone.localtime(oldest).date() >= cutoff:
        return 0
    runs = dict(RollupRun.objects.filter(date__lt=cutoff).values_list("date", "rolled_at"))
    for day in days_between(timezone.localtime(oldest).date(), cutoff - timedelta(days=1)):
        if day not in runs or not is_final(day, runs[day]):
            rollup_day(day)
    deleted, _ = Event.objects.filter(created_at__lt=day_start(cutoff)).delete()
    return deleted


def _replace(
    model: type[models.Model],
    day: date,
    rows: list[Any],
    key: list[str],
    values: list[str],
) -> None:
    """Make the day's rows exactly ``rows``: upsert on the unique key, delete keys that vanished."""
    wanted = {tuple(getattr(row, f) for f in key) for row in rows}
    existing = model._default_manager.filter(date=day).values_list("pk", *key)
    stale = [pk for pk, *rest in existing if tuple(rest) not in wanted]
    if stale:
        model._default_manager.filter(pk__in=stale).delete()
    if rows:
        model._default_manager.bulk_create(
            rows,
            batch_size=500,
            update_conflicts=True,
            unique_fields=["date", *key],
            update_fields=values,
        )


def _counts(qs: QuerySet[Any], *group: str) -> Iterable[dict[str, Any]]:
    return qs.values(*group).annotate(n=Count("id"), v=Count("visitor_id", distinct=True)).order_by()


def _traffic_rows(day: date, events: QuerySet[Event]) -> list[DailyTraffic]:
    rows = [
        DailyTraffic(date=day, kind=r["kind"], channel_id=ALL, device="", events=r["n"], visitors=r["v"])
        for r in _counts(events, "kind")
    ]
    by_channel = events.annotate(ch=Coalesce("channel_id", Value(NONE)))
    rows += [
        DailyTraffic(date=day, kind=r["kind"], channel_id=r["ch"], device="", events=r["n"], visitors=r["v"])
        for r in _counts(by_channel, "kind", "ch")
    ]
    rows += [
        DailyTraffic(
            date=day, kind=r["kind"], channel_id=ALL, device=r["device"], events=r["n"], visitors=r["v"]
        )
        for r in _counts(events, "kind", "device")
    ]
    return rows


def _funnel_rows(day: date, events: QuerySet[Event]) -> list[DailyFunnel]:
    annotated = events.filter(kind__in=FUNNEL_KINDS).annotate(
        ch=Coalesce("channel_id", Value(NONE)), cat=Coalesce("category_id", Value(NONE))
    )
    measures: dict[str, Any] = {}
    for step, condition in FUNNEL_STEPS.items():
        measures[f"{step}_v"] = Count("visitor_id", filter=condition, distinct=True)
        # Leads and wins count leads: a lead won by two of its vendors is one win.
        counted = "object_id" if step in LEAD_STEPS else "id"
        measures[f"{step}_n"] = Count(counted, filter=condition, distinct=step in LEAD_STEPS)
    rows = []
    for group in (("ch", "cat"), ("ch",), ("cat",), ()):
        qs = (
            annotated.values(*group).annotate(**measures).order_by()
            if group
            else [annotated.aggregate(**measures)]
        )
        for r in qs:
            for step in FUNNEL_STEPS:
                if r[f"{step}_n"]:
                    rows.append(
                        DailyFunnel(
                            date=day,
                            step=step,
                            channel_id=r.get("ch", ALL),
                            category_id=r.get("cat", ALL),
                            visitors=r[f"{step}_v"],
                            events=r[f"{step}_n"],
                        )
                    )
    return rows


def _object_rows(day: date, events: QuerySet[Event]) -> list[DailyObjectStat]:
    view = Q(kind=K.VIEW)
    rows = []
    for object_type, column in (("offering", "offering_id"), ("article", "article_id")):
        page_view = view & Q(object_type=object_type)
        for r in (
            events.filter(**{f"{column}__isnull": False})
            .values(column)
            .annotate(
                views=Count("id", filter=page_view),
                visitors=Count("visitor_id", filter=page_view, distinct=True),
                reads=Count("id", filter=Q(kind=K.READ)),
                ctas=Count("id", filter=Q(kind=K.CTA_CLICK)),
                leads=Count("id", filter=Q(kind=K.LEAD_SUBMIT)),
            )
            .order_by()
        ):
            if r["views"] or r["reads"] or r["ctas"] or r["leads"]:
                rows.append(
                    DailyObjectStat(
                        date=day,
                        object_type=object_type,
                        object_id=r[column],
                        views=r["views"],
                        visitors=r["visitors"],
                        reads=r["reads"],
                        ctas=r["ctas"],
                        leads=r["leads"],
                    )
                )
    return rows


def _search_rows(day: date, events: QuerySet[Event]) -> list[DailySearchTerm]:
    searches = events.filter(kind__in=[K.SEARCH, K.SEARCH_NO_RESULT]).exclude(term="")
    return [
        DailySearchTerm(
            date=day, term=r["term"], found=r["kind"] == K.SEARCH, searches=r["n"], visitors=r["v"]
        )
        for r in _counts(searches, "term", "kind")
    ]
