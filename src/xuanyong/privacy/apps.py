from __future__ import annotations

from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "xuanyong.privacy"
    verbose_name = "个人信息"
