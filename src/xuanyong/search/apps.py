from __future__ import annotations

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "xuanyong.search"
    verbose_name = "搜索"
