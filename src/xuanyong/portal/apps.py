from __future__ import annotations

from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "xuanyong.portal"
    verbose_name = "服务商后台"
