from __future__ import annotations

from django.apps import AppConfig


class AnalyticsConfig(AppConfig):
    name = "xuanyong.analytics"
    verbose_name = "运营数据"
