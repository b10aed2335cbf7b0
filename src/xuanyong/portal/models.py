"""The vendor portal's own rows: listing claims and the revision history of vendor edits."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xuanyong.lib.validators import validate_uscc


class VendorClaim(models.Model):
    """A user asks to manage a vendor's listing; an operator approves it in the admin."""

    class Status(models.TextChoices):
        PENDING = "pending", _("待审核")
        APPROVED = "approved", _("已通过")
        REJECTED = "rejected", _("已驳回")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="vendor_claims")
    vendor = models.ForeignKey(
        "catalog.Vendor", verbose_name=_("服务商"), on_delete=models.CASCADE, related_name="claims"
    )
    legal_name = models.CharField(_("营业执照企业名称"), max_length=100)
    uscc = models.CharField(_("统一社会信用代码"), max_length=18, validators=[validate_uscc])
    contact_name = models.CharField(_("联系人"), max_length=40)
    contact_phone = models.CharField(_("联系电话"), max_length=16)
    status = models.CharField(_("状态"), max_length=10, choices=Status.choices, default=Status.PENDING)
    decision_note = models.CharField(_("审核意见"), max_length=200, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(_("审核时间"), null=True, blank=True)
    created_at = models.DateTimeField(_("申请时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("服务商认领")
        verbose_name_plural = pgettext_lazy("plural", "服务商认领")
        ordering = ["-created_at"]
        constraints = [
            # One open claim per user at a time.
            models.UniqueConstraint(fields=["user"], condition=Q(status="pending"), name="claim_one_pending"),
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.vendor}"


class CatalogRevision(models.Model):
    """One vendor edit of published data: the fields it changed, old and new values."""

    vendor = models.ForeignKey("catalog.Vendor", on_delete=models.CASCADE, related_name="revisions")
    offering = models.ForeignKey("catalog.Offering", on_delete=models.CASCADE, related_name="revisions")
    plan = models.ForeignKey(
        "catalog.Plan", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    plan_name = models.CharField(max_length=40, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    changes = models.JSONField(help_text=_('{"field": ["旧值", "新值"]}'))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("资料修改记录")
        verbose_name_plural = pgettext_lazy("plural", "资料修改记录")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.offering_id} · {', '.join(self.changes)}"


class CatalogUpload(models.Model):
    """A catalog file between its preview and its confirmation (operators' and vendors' imports).

    Kept in the database rather than on a node's disk, so the confirmation re-reads and
    re-validates the very bytes that were previewed on whichever node serves it. Deleted once
    imported; older ones are pruned when the next file is uploaded.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    vendor = models.ForeignKey(
        "catalog.Vendor", null=True, blank=True, on_delete=models.CASCADE, related_name="+",
        help_text=_("服务商后台上传时为该服务商；运营导入为空"),
    )  # fmt: skip
    filename = models.CharField(_("文件名"), max_length=200)
    content = models.BinaryField(_("文件内容"))
    sha256 = models.CharField(max_length=64)
    created_at = models.DateTimeField(_("上传时间"), auto_now_add=True)

    class Meta:
        verbose_name = _("待确认的目录文件")
        verbose_name_plural = pgettext_lazy("plural", "待确认的目录文件")

    def __str__(self) -> str:
        return self.filename
