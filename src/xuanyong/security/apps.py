from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class SecurityConfig(AppConfig):
    name = "xuanyong.security"
    verbose_name = pgettext_lazy("app", "安全")
