from __future__ import annotations

from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "xuanyong.catalog"
    verbose_name = "产品库"
