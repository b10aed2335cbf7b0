from __future__ import annotations

from celery import shared_task

from . import services


@shared_task(name="reviews.send_update_reminders")
def send_update_reminders() -> int:
    return services.send_update_reminders()
