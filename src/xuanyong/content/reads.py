"""Read counting: once per visitor per article per 30 minutes, exact under concurrency and when
a node dies mid-request."""

from __future__ import annotations

from datetime import timedelta

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from xuanyong.analytics.services import read_event_record

from .models import Article, ReadMark

READ_WINDOW_SECONDS = 30 * 60
# Upsert the mark only when it is older than the window; a row comes back when the read counts.
_MARK_SQL = f"""
INSERT INTO {ReadMark._meta.db_table} (article_id, visitor_id, counted_at) VALUES (%s, %s, %s)
ON CONFLICT (article_id, visitor_id) DO UPDATE SET counted_at = excluded.counted_at
WHERE {ReadMark._meta.db_table}.counted_at < %s
RETURNING 1
"""


def article_read_record(*, article_id: int, visitor_id: str, request: HttpRequest | None = None) -> bool:
    """Count a read unless this visitor read the article in the last 30 minutes.

    The decision, the ``read_count + 1`` and the analytics read event are one transaction: of
    concurrent requests from one visitor exactly one sets the mark (the database's unique key
    decides), the increment is a single ``UPDATE``, and a request killed before its commit
    leaves nothing behind, so the retry on another node counts instead. The cache only spares
    the database the question for a visitor already counted. Returns whether the read counted.
    """
    key = f"content:read:{article_id}:{visitor_id}"
    if cache.get(key):
        return False
    now = timezone.now()
    adapt = connection.ops.adapt_datetimefield_value
    with transaction.atomic(), connection.cursor() as cursor:
        window_start = now - timedelta(seconds=READ_WINDOW_SECONDS)
        cursor.execute(_MARK_SQL, [article_id, visitor_id, adapt(now), adapt(window_start)])
        counted = cursor.fetchone() is not None
        if counted:
            Article.objects.filter(pk=article_id).update(read_count=F("read_count") + 1)
            read_event_record(article_id=article_id, visitor_id=visitor_id, request=request)
    # Counted now, or within the window already: either way no need to ask again for a while.
    cache.set(key, 1, READ_WINDOW_SECONDS if counted else 60)
    return counted


def read_marks_prune() -> int:
    """Delete marks older than the window (the worker runs it every 10 minutes)."""
    cutoff = timezone.now() - timedelta(seconds=READ_WINDOW_SECONDS)
    deleted, _ = ReadMark.objects.filter(counted_at__lt=cutoff).delete()
    return deleted
