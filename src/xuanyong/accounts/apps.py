from __future__ import annotations

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import pgettext_lazy


class AccountsConfig(AppConfig):
    name = "xuanyong.accounts"
    verbose_name = pgettext_lazy("app", "账户")

    def ready(self) -> None:
        from .services import roles_ensure

        # Roles reference other apps' permissions, created per app after its migrations: run
        # after each app so the last run sees them all (cheap, and only at migrate time).
        post_migrate.connect(lambda **kwargs: roles_ensure(), weak=False, dispatch_uid="xuanyong.roles")
