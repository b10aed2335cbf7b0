from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class OpenDataConfig(AppConfig):
    name = "xuanyong.opendata"
    label = "opendata"
    verbose_name = pgettext_lazy("app", "开放数据")
