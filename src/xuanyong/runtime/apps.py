from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class RuntimeConfig(AppConfig):
    """Running as a cluster: the replica router, health and readiness, metrics, request ids."""

    name = "xuanyong.runtime"
    label = "runtime"
    verbose_name = pgettext_lazy("app", "运行状态")
