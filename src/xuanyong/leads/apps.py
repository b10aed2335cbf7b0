from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class LeadsConfig(AppConfig):
    name = "xuanyong.leads"
    verbose_name = pgettext_lazy("app", "线索")

    def ready(self) -> None:
        from . import tasks  # noqa: F401  (connects the task queueing receivers)
