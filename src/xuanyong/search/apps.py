from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class SearchConfig(AppConfig):
    name = "xuanyong.search"
    verbose_name = pgettext_lazy("app", "搜索")
