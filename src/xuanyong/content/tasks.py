"""Background tasks for content; eager (in-process) without a broker, on Celery workers with Redis."""

from __future__ import annotations

import logging
from typing import Any

from celery import shared_task
from django.dispatch import receiver

from .signals import article_changed

logger = logging.getLogger(__name__)


@shared_task(name="content.publish_scheduled", ignore_result=True)
def publish_scheduled() -> list[int]:
    """Publish scheduled articles that are due (beat runs it every minute)."""
    from .services import articles_publish_due

    published = articles_publish_due()
    if published:
        logger.info("published scheduled articles: %s", published)
    return published


@shared_task(name="content.read_marks_prune", ignore_result=True)
def read_marks_prune() -> int:
    """Forget which visitor read what once the 30-minute window is over (beat, every 10 minutes)."""
    from .reads import read_marks_prune as prune

    return prune()


@shared_task(name="content.recommendations_refresh", ignore_result=True)
def recommendations_refresh(article_id: int) -> None:
    from .related import related_refresh

    related_refresh(article_id)


@shared_task(name="content.recommendations_rebuild", ignore_result=True)
def recommendations_rebuild() -> int:
    """Recompute every article's 推荐阅读, so freshness keeps moving (beat runs it nightly)."""
    from .related import related_rebuild

    return related_rebuild()


@receiver(article_changed)
def _refresh_soon(sender: Any, article_id: int, **kwargs: Any) -> None:
    recommendations_refresh.delay(article_id)
