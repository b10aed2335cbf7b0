from __future__ import annotations

from django.apps import AppConfig


class OpenDataConfig(AppConfig):
    name = "xuanyong.opendata"
    label = "opendata"
    verbose_name = "开放数据"
