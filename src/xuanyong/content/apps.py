from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class ContentConfig(AppConfig):
    name = "xuanyong.content"
    verbose_name = pgettext_lazy("app", "内容")

    def ready(self) -> None:
        from . import tasks  # noqa: F401  (connects the task queueing receivers)
