from __future__ import annotations

from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from .models import ThrottleLock


@shared_task(name="security.prune_lock_records", ignore_result=True)
def prune_lock_records() -> int:
    """Delete lock records past SECURITY_LOCK_RECORD_DAYS: they name e-mails and addresses."""
    cutoff = timezone.now() - timedelta(days=settings.SECURITY_LOCK_RECORD_DAYS)
    deleted, _ = ThrottleLock.objects.filter(until__lt=cutoff).delete()
    return deleted
