"""Gauges read at scrape time from the shared stores: queues, backlogs, failures, replicas."""

from __future__ import annotations

from django.db import DatabaseError
from redis.exceptions import RedisError

from xuanyong.analytics import buffer, stream
from xuanyong.leads.selectors import notifications_stuck
from xuanyong.lib.redis_client import redis_client

from . import replicas

Samples = list[tuple[list[str], float]]
Gauge = tuple[str, str, list[str], Samples]
CELERY_QUEUE = "celery"  # Celery's default queue: a Redis list of that name on the broker
QUEUE_LENGTH = ("xuanyong_celery_queue_length", "Tasks waiting in the broker", ["queue"])
EVENTS = ("xuanyong_events_backlog", "Events recorded but not yet in the database", ["stage"])
NOTIFICATIONS = (
    "xuanyong_lead_notifications",
    "Lead e-mails and webhooks given up (failed) or overdue",
    ["state"],
)
REPLICA_USABLE = ("xuanyong_db_replica_usable", "1 when reads may go to the replica", ["alias"])
REPLICA_LAG = ("xuanyong_db_replica_lag_seconds", "How far the replica is behind the primary", ["alias"])
DESCRIPTIONS = [QUEUE_LENGTH, EVENTS, NOTIFICATIONS, REPLICA_USABLE, REPLICA_LAG]


def gauges() -> list[Gauge]:
    return [*_queue_and_events(), *_notifications(), *_replicas()]


def _queue_and_events() -> list[Gauge]:
    events: Samples = [(["process"], float(buffer.pending()))]
    found: list[Gauge] = []
    client = redis_client()
    if client is not None:
        try:
            found.append((*QUEUE_LENGTH, [([CELERY_QUEUE], float(client.llen(CELERY_QUEUE)))]))
            held = stream.backlog()
            events += [(["stream"], float(held["stream"])), (["unacked"], float(held["unacked"]))]
        except RedisError:
            pass  # Redis down: /readyz says so; the gauges are simply absent
    found.append((*EVENTS, events))
    return found


def _notifications() -> list[Gauge]:
    try:
        stuck = notifications_stuck()
    except DatabaseError:
        return []
    return [(*NOTIFICATIONS, [([state], float(n)) for state, n in stuck.items()])]


def _replicas() -> list[Gauge]:
    if not replicas.aliases():
        return []
    verdicts = [replicas.verdict(alias) for alias in replicas.aliases()]
    return [
        (*REPLICA_USABLE, [([v.alias], 1.0 if v.usable else 0.0) for v in verdicts]),
        (*REPLICA_LAG, [([v.alias], v.lag_seconds) for v in verdicts if v.lag_seconds is not None]),
    ]
