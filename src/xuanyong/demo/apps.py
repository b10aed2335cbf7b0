from __future__ import annotations

from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "xuanyong.demo"
    verbose_name = "示例数据"
