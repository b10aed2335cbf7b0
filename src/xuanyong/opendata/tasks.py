"""The nightly open-data export; eager (in-process) without a broker, on Celery workers with Redis."""

from __future__ import annotations

from pathlib import Path

from celery import shared_task
from django.conf import settings


@shared_task(name="opendata.export", ignore_result=True)
def export_nightly() -> str:
    """Nightly: a fresh export in OPEN_DATA_DIR (what /open-data/ serves); the newest few are kept."""
    from .services import open_data_export

    done = open_data_export(root=Path(settings.OPEN_DATA_DIR), keep=settings.OPEN_DATA_KEEP)
    return str(done.path)
