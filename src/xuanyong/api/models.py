"""Vendor API tokens: only a digest is stored; the token itself is shown once, when created."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Scope(models.TextChoices):
    LEADS_READ = "leads:read", _("读取线索")
    LEADS_WRITE = "leads:write", _("更新线索状态")
    LISTINGS_WRITE = "listings:write", _("维护产品与套餐")


class ApiTokenQuerySet(models.QuerySet["ApiToken"]):
    def live(self) -> ApiTokenQuerySet:
        return self.filter(revoked_at__isnull=True)


class ApiToken(models.Model):
    vendor = models.ForeignKey(
        "catalog.Vendor", verbose_name=_("服务商"), on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(_("名称"), max_length=60, help_text=_("用途，如“CRM 同步”"))
    prefix = models.CharField(_("前缀"), max_length=12, help_text=_("令牌的前几位，便于辨认"))
    digest = models.CharField(max_length=64, unique=True, editable=False)  # SHA-256 of the token
    scopes = models.JSONField(_("权限"), default=list)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("创建人"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("最近使用"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("吊销时间"), null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("接口令牌")
        verbose_name_plural = pgettext_lazy("plural", "接口令牌")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["vendor", "revoked_at"], name="api_token_vendor")]

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.name})"

    @property
    def scope_labels(self) -> list[str]:
        labels = dict(Scope.choices)
        return [str(labels.get(scope, scope)) for scope in self.scopes]
