"""The audit of personal-data requests: every download and every deletion, and when each ended.

A deletion's row outlives the account: it keeps the account's number and a keyed digest of its
e-mail (so an operator can confirm "yes, that address was erased on …" without keeping it).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy


class DataRequest(models.Model):
    class Kind(models.TextChoices):
        EXPORT = "export", gettext_lazy("下载个人数据")
        ERASE = "erase", gettext_lazy("注销账号并删除数据")

    class Status(models.TextChoices):
        RECEIVED = "received", gettext_lazy("已受理")
        DONE = "done", gettext_lazy("已完成")
        FAILED = "failed", gettext_lazy("未完成")

    kind = models.CharField(gettext_lazy("类型"), max_length=10, choices=Kind.choices)
    status = models.CharField(
        gettext_lazy("状态"), max_length=10, choices=Status.choices, default=Status.RECEIVED
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=gettext_lazy("账号"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    account_id = models.BigIntegerField(gettext_lazy("账号编号"))
    email_digest = models.CharField(
        gettext_lazy("邮箱摘要"), max_length=64, help_text=gettext_lazy("HMAC-SHA256，不可还原为邮箱")
    )
    summary = models.JSONField(gettext_lazy("处理结果"), default=dict, blank=True)
    requested_at = models.DateTimeField(gettext_lazy("提出时间"), auto_now_add=True)
    completed_at = models.DateTimeField(gettext_lazy("完成时间"), null=True, blank=True)

    class Meta:
        verbose_name = gettext_lazy("个人信息请求")
        verbose_name_plural = pgettext_lazy("plural", "个人信息请求")
        ordering = ["-requested_at", "-id"]
        indexes = [
            models.Index(fields=["email_digest"], name="datarequest_email"),
            models.Index(fields=["account_id"], name="datarequest_account"),
        ]

    def __str__(self) -> str:
        return _("%(kind)s · 账号 #%(account_id)s") % {
            "kind": self.get_kind_display(),
            "account_id": self.account_id,
        }
