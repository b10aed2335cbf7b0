"""Local days: operators think in the site's time zone, so rollups and ranges use its days."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from django.utils import timezone

# Longer than the buffer's flush interval: events of a day's last seconds are written by then.
FINAL_LAG = timedelta(minutes=2)


def day_start(day: date) -> datetime:
    """Midnight starting ``day`` in the site's time zone."""
    return timezone.make_aware(datetime.combine(day, time.min))


def days_between(since: date, until: date) -> list[date]:
    """Every day from ``since`` to ``until``, both included."""
    return [since + timedelta(days=i) for i in range((until - since).days + 1)]


def is_final(day: date, rolled_at: datetime) -> bool:
    """A rollup is final when it ran after the day ended and late events had time to land."""
    return rolled_at >= day_start(day + timedelta(days=1)) + FINAL_LAG
