from __future__ import annotations

from django.apps import AppConfig


class ContentConfig(AppConfig):
    name = "xuanyong.content"
    verbose_name = "内容"

    def ready(self) -> None:
        from . import tasks  # noqa: F401  (connects the task queueing receivers)
