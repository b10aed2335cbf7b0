"""Background tasks for leads; eager (in-process) without a broker, on Celery workers with Redis."""

from __future__ import annotations

import logging
from typing import Any

from celery import shared_task
from django.dispatch import receiver

from .signals import notifications_queued

logger = logging.getLogger(__name__)


@shared_task(name="leads.deliver_lead_notifications", ignore_result=True)
def deliver_lead_notifications(lead_id: int) -> int:
    from .notifications import deliver_due

    return deliver_due(lead_id=lead_id)


@shared_task(name="leads.notifications_retry_due", ignore_result=True)
def notifications_retry_due() -> int:
    """Retry notifications whose backoff has run out (beat runs it every minute)."""
    from .notifications import deliver_due

    return deliver_due()


@shared_task(name="leads.retention_erase", ignore_result=True)
def retention_erase() -> int:
    """Erase personal data of leads past LEADS_RETENTION_DAYS (beat runs it daily)."""
    from .services import leads_retention_erase

    return leads_retention_erase()


@receiver(notifications_queued)
def _deliver_soon(sender: Any, lead_id: int, **kwargs: Any) -> None:
    try:
        deliver_lead_notifications.delay(lead_id)
    except Exception:  # broker down: the periodic sweep sends them later
        logger.exception("could not enqueue notifications of lead %s", lead_id)
