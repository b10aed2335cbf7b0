"""The audit of personal-data requests: every download and every deletion, and when each ended.

A deletion's row outlives the account: it keeps the account's number and a keyed digest of its
e-mail (so an operator can confirm "yes, that address was erased on …" without keeping it).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class DataRequest(models.Model):
    class Kind(models.TextChoices):
        EXPORT = "export", "下载个人数据"
        ERASE = "erase", "注销账号并删除数据"

    class Status(models.TextChoices):
        RECEIVED = "received", "已受理"
        DONE = "done", "已完成"
        FAILED = "failed", "未完成"

    kind = models.CharField("类型", max_length=10, choices=Kind.choices)
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.RECEIVED)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="账号", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    account_id = models.BigIntegerField("账号编号")
    email_digest = models.CharField("邮箱摘要", max_length=64, help_text="HMAC-SHA256，不可还原为邮箱")
    summary = models.JSONField("处理结果", default=dict, blank=True)
    requested_at = models.DateTimeField("提出时间", auto_now_add=True)
    completed_at = models.DateTimeField("完成时间", null=True, blank=True)

    class Meta:
        verbose_name = "个人信息请求"
        verbose_name_plural = "个人信息请求"
        ordering = ["-requested_at", "-id"]
        indexes = [
            models.Index(fields=["email_digest"], name="datarequest_email"),
            models.Index(fields=["account_id"], name="datarequest_account"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · 账号 #{self.account_id}"
