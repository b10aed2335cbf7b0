from __future__ import annotations

from datetime import date

from celery import shared_task

from . import buffer, rollups


@shared_task(name="analytics.rollup_recent")
def rollup_recent() -> int:
    """Roll up yesterday and today, prune old raw events; returns today's event count."""
    buffer.flush()  # events a worker process recorded itself
    return rollups.rollup_recent()[-1].events


@shared_task(name="analytics.rollup_days")
def rollup_days(days: list[str]) -> int:
    """Roll up the given days (ISO dates); the dashboard sends what it will not do in a request."""
    return sum(rollups.rollup_day(date.fromisoformat(day)).events for day in days)
