from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class CatalogConfig(AppConfig):
    name = "xuanyong.catalog"
    verbose_name = pgettext_lazy("app", "产品库")
