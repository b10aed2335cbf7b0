"""A record of every tripped throttle, so operators can see who is locked out and lift it.

The lock itself lives in the cache (Redis in production, shared by every node); this row is the
operators' view of it and the audit of who lifted it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ThrottleLockQuerySet(models.QuerySet["ThrottleLock"]):
    def active(self) -> ThrottleLockQuerySet:
        return self.filter(lifted_at__isnull=True, until__gt=timezone.now())


class ThrottleLock(models.Model):
    class Subject(models.TextChoices):
        ACCOUNT = "account", _("账号")
        IP = "ip", _("IP 地址")
        VISITOR = "visitor", _("访客")
        TOKEN = "token", _("接口令牌")

    scope = models.CharField(_("限制项"), max_length=20)
    subject = models.CharField(_("对象类型"), max_length=10, choices=Subject.choices)
    key = models.CharField(_("对象"), max_length=254)
    count = models.PositiveIntegerField(_("触发时次数"))
    window_seconds = models.PositiveIntegerField(_("统计窗口（秒）"))
    locked_at = models.DateTimeField(_("锁定时间"), default=timezone.now)
    until = models.DateTimeField(_("解锁时间"))
    lifted_at = models.DateTimeField(_("人工解除时间"), null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("解除人"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip

    objects = ThrottleLockQuerySet.as_manager()

    class Meta:
        verbose_name = _("访问限制")
        verbose_name_plural = pgettext_lazy("plural", "访问限制")
        ordering = ["-locked_at", "-id"]
        indexes = [
            models.Index(fields=["scope", "subject", "key"], name="throttle_lock_key"),
            models.Index(fields=["-locked_at"], name="throttle_lock_recent"),
        ]

    def __str__(self) -> str:
        return f"{self.scope} · {self.get_subject_display()} {self.key}"

    @property
    def is_active(self) -> bool:
        return self.lifted_at is None and self.until > timezone.now()
