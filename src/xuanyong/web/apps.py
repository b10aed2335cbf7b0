from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class WebConfig(AppConfig):
    name = "xuanyong.web"
    verbose_name = pgettext_lazy("app", "站点")

    def ready(self) -> None:
        from . import invalidation

        invalidation.connect()
