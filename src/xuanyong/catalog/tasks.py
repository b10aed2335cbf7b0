"""Background tasks for the catalog; eager (in-process) without a broker, on Celery workers with Redis."""

from __future__ import annotations

from celery import shared_task


@shared_task(name="catalog.credentials_expiry", ignore_result=True)
def credentials_expiry() -> tuple[int, int]:
    """Daily: expired credentials leave filters and badges; vendors are reminded before expiry."""
    from .credentials import credentials_expire_and_remind

    return credentials_expire_and_remind()
