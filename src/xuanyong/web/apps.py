from __future__ import annotations

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "xuanyong.web"
    verbose_name = "站点"
