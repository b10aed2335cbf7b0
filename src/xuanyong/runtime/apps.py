from __future__ import annotations

from django.apps import AppConfig


class RuntimeConfig(AppConfig):
    """Running as a cluster: the replica router, health and readiness, metrics, request ids."""

    name = "xuanyong.runtime"
    label = "runtime"
    verbose_name = "运行状态"
