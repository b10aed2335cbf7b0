from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class PortalConfig(AppConfig):
    name = "xuanyong.portal"
    verbose_name = pgettext_lazy("app", "服务商后台")
