from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class PrivacyConfig(AppConfig):
    name = "xuanyong.privacy"
    verbose_name = pgettext_lazy("app", "个人信息")
