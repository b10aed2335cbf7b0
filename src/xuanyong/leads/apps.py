from __future__ import annotations

from django.apps import AppConfig


class LeadsConfig(AppConfig):
    name = "xuanyong.leads"
    verbose_name = "线索"

    def ready(self) -> None:
        from . import tasks  # noqa: F401  (connects the task queueing receivers)
