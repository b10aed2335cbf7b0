from __future__ import annotations

from datetime import date

from celery import shared_task

from . import buffer, rollups, stream


@shared_task(name="analytics.rollup_recent")
def rollup_recent() -> int:
    """Roll up yesterday and today, prune old raw events; returns today's event count."""
    buffer.sync()  # every event recorded so far, the stream's included
    return rollups.rollup_recent()[-1].events


@shared_task(name="analytics.rollup_days")
def rollup_days(days: list[str]) -> int:
    """Roll up the given days (ISO dates); the dashboard sends what it will not do in a request."""
    return sum(rollups.rollup_day(date.fromisoformat(day)).events for day in days)


@shared_task(name="analytics.events_drain", ignore_result=True)
def events_drain(batches: int = 50) -> int:
    """Write what the event stream holds (beat, every few seconds): a deployment without a
    dedicated ``xuanyong events-consume`` still gets its events, a little later."""
    if not stream.enabled():
        return 0
    written = 0
    for _ in range(batches):
        taken = stream.drain(count=1000)
        written += taken
        if not taken:
            break
    return written
