"""Daily rollups: correct, idempotent, pruned after retention; offering_views mixes both sources."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from io import StringIO
from typing import Any

from django.core.management import call_command
from django.test import TestCase, override_settings
from django.utils import timezone

from xuanyong.analytics.days import day_start
from xuanyong.analytics.models import (
    ALL,
    NONE,
    DailyFunnel,
    DailyObjectStat,
    DailySearchTerm,
    DailyTraffic,
    Event,
    RollupRun,
)
from xuanyong.analytics.rollups import catch_up, days_due, prune, rollup_day
from xuanyong.analytics.selectors import offering_views

K = Event.Kind
ROLLUP_MODELS = (DailyTraffic, DailyFunnel, DailyObjectStat, DailySearchTerm)


def at(day: date, hour: int = 10) -> datetime:
    return day_start(day) + timedelta(hours=hour)


def event(kind: str, when: datetime, visitor: str = "v1", **columns: Any) -> Event:
    return Event.objects.create(kind=kind, created_at=when, visitor_id=visitor, device="desktop", **columns)


def snapshot() -> list[list[tuple[Any, ...]]]:
    return [sorted(m.objects.values_list()) for m in ROLLUP_MODELS]  # type: ignore[attr-defined]


class RollupTests(TestCase):
    day = date(2025, 11, 2)

    def setUp(self) -> None:
        when = at(self.day)
        for visitor in ("v1", "v2"):
            event(
                K.VIEW,
                when,
                visitor,
                object_type="offering",
                object_id=5,
                offering_id=5,
                category_id=3,
                channel_id=7,
            )
        event(K.VIEW, when, "v1", object_type="article", object_id=9, article_id=9)
        event(K.READ, when, "v1", object_type="article", object_id=9, article_id=9)
        event(K.CTA_CLICK, when, "v1", offering_id=5, category_id=3, channel_id=7, detail="quote:offering")
        event(K.LEAD_SUBMIT, when, "v1", object_type="lead", object_id=1, offering_id=5, category_id=3,
              channel_id=7, article_id=9)  # fmt: skip
        event(K.SEARCH_NO_RESULT, when, "v2", term="量子收银")
        event(K.SEARCH, when, "v2", term="客如云")
        event(K.VIEW, at(self.day + timedelta(days=1), 0), "v3", object_type="home")  # the next day
        event(K.VIEW, at(self.day, 0) - timedelta(seconds=1), "v4", object_type="home")  # the day before

    def test_a_day_rolls_up_into_each_table(self) -> None:
        result = rollup_day(self.day)
        self.assertEqual(result.events, 8)
        traffic = DailyTraffic.objects.get(date=self.day, kind=K.VIEW, channel_id=ALL, device="")
        self.assertEqual((traffic.events, traffic.visitors), (3, 2))
        self.assertEqual(DailyTraffic.objects.get(date=self.day, kind=K.VIEW, channel_id=7).events, 2)
        self.assertEqual(DailyTraffic.objects.get(date=self.day, kind=K.VIEW, channel_id=NONE).events, 1)
        funnel = {
            f.step: f.visitors if f.step not in ("lead", "won") else f.events
            for f in DailyFunnel.objects.filter(date=self.day, channel_id=7, category_id=3)
        }
        self.assertEqual(funnel, {"visit": 2, "offering": 2, "cta": 1, "lead": 1})
        article = DailyObjectStat.objects.get(object_type="article", object_id=9)
        self.assertEqual((article.views, article.reads, article.leads), (1, 1, 1))
        offering = DailyObjectStat.objects.get(object_type="offering", object_id=5)
        self.assertEqual((offering.views, offering.visitors, offering.ctas, offering.leads), (2, 2, 1, 1))
        self.assertEqual(
            sorted(DailySearchTerm.objects.values_list("term", "found", "searches")),
            [("客如云", True, 1), ("量子收银", False, 1)],
        )

    def test_rolling_up_twice_changes_nothing(self) -> None:
        rollup_day(self.day)
        first = snapshot()
        rollup_day(self.day)
        self.assertEqual(snapshot(), first)
        self.assertEqual(RollupRun.objects.count(), 1)

    def test_late_events_update_the_day_and_vanished_keys_are_removed(self) -> None:
        rollup_day(self.day)
        Event.objects.filter(kind=K.SEARCH).delete()
        event(K.VIEW, at(self.day, 23), "v9", object_type="home")
        rollup_day(self.day)
        self.assertEqual(
            DailyTraffic.objects.get(date=self.day, kind=K.VIEW, channel_id=ALL, device="").events, 4
        )
        self.assertFalse(DailySearchTerm.objects.filter(found=True).exists())

    def test_command_rolls_up_a_range_and_reports(self) -> None:
        out = StringIO()
        call_command("rollup", since="2025-11-01", until="2025-11-03", no_prune=True, stdout=out)
        self.assertIn("2025-11-02  8 events", out.getvalue())
        self.assertEqual(RollupRun.objects.count(), 3)

    @override_settings(ANALYTICS_RETENTION_DAYS=30)
    def test_prune_rolls_up_first_then_deletes_old_raw_events(self) -> None:
        today = timezone.localdate()
        old_day = today - timedelta(days=40)
        event(K.VIEW, at(old_day), "old", object_type="home")
        event(K.VIEW, at(today), "new", object_type="home")
        deleted = prune()
        self.assertEqual(deleted, 11)  # setUp's events of 2026 are older too
        self.assertEqual(list(Event.objects.values_list("visitor_id", flat=True)), ["new"])
        self.assertEqual(
            DailyTraffic.objects.get(date=old_day, kind=K.VIEW, channel_id=ALL, device="").events, 1
        )
        self.assertTrue(RollupRun.objects.filter(date=self.day).exists())


class OfferingViewsTests(TestCase):
    def test_final_days_come_from_rollups_and_later_days_from_raw_events(self) -> None:
        today = timezone.localdate()
        two_days_ago = today - timedelta(days=2)
        for day in (two_days_ago, today):
            event(K.VIEW, at(day, 1), object_type="offering", offering_id=5)
            event(K.VIEW, at(day, 1), object_type="offering", offering_id=6)
        event(K.CTA_CLICK, at(today, 1), offering_id=5)
        rollup_day(two_days_ago)
        # The rolled-up day's raw events are gone (pruned) yet still counted, from the rollup.
        Event.objects.filter(created_at__lt=day_start(today)).delete()
        self.assertEqual(offering_views([5, 6, 7], two_days_ago, today), {5: 2, 6: 2})
        self.assertEqual(offering_views([5], today, today), {5: 1})
        self.assertEqual(offering_views([], two_days_ago, today), {})

    def test_catch_up_rolls_up_missing_days_once_newest_first(self) -> None:
        today = timezone.localdate()
        since = today - timedelta(days=5)
        event(K.VIEW, at(today - timedelta(days=3)), object_type="offering", offering_id=5)
        older = [today - timedelta(days=3), today - timedelta(days=2)]
        self.assertEqual(days_due(since, today), [*older, today - timedelta(days=1), today])
        self.assertEqual(catch_up(since, today, limit=2), older, "the older days are left for the worker")
        self.assertEqual(days_due(since, today), older)
        self.assertEqual(catch_up(since, today), [])
        self.assertEqual(days_due(since, today), [], "final days and a fresh today are not due again")
