"""Leads: a buyer's request, the vendors it was routed to, their pipeline, and notifications.

A lead may reach up to three vendors; each vendor works its own copy of the pipeline
(``LeadRoute.status``). ``Lead.status`` is the furthest any route got, for the buyer and operators.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Kind(models.TextChoices):
    CONSULT = "consult", _("免费咨询")
    QUOTE = "quote", _("获取报价")
    DEMO = "demo", _("预约演示")
    CALLBACK = "callback", _("回拨")


class Source(models.TextChoices):
    OFFERING = "offering", _("产品页")
    CATEGORY = "category", _("分类页")
    COMPARE = "compare", _("对比页")
    ARTICLE = "article", _("文章页")
    HOME = "home", _("首页")
    HOTLINE = "hotline", _("热线回拨")


class Status(models.TextChoices):
    NEW = "new", _("新线索")
    CONTACTED = "contacted", _("已联系")
    QUALIFIED = "qualified", _("已确认需求")
    WON = "won", _("已成交")
    LOST = "lost", _("未成交")


# How far along each status is, for Lead.status (the furthest route) and for allowed moves.
STATUS_RANK = {Status.NEW: 0, Status.LOST: 1, Status.CONTACTED: 2, Status.QUALIFIED: 3, Status.WON: 4}


class CompanySize(models.TextChoices):
    XS = "1-20", _("1–20 人")
    S = "21-100", _("21–100 人")
    M = "101-500", _("101–500 人")
    L = "501-2000", _("501–2000 人")
    XL = "2000+", _("2000 人以上")


class Budget(models.TextChoices):
    UNDECIDED = "undecided", _("暂未确定")
    B1 = "lt10k", _("1 万元以内")
    B2 = "10k-50k", _("1–5 万元")
    B3 = "50k-200k", _("5–20 万元")
    B4 = "gt200k", _("20 万元以上")


def new_token() -> str:
    return secrets.token_urlsafe(16)


class Lead(models.Model):
    kind = models.CharField(_("类型"), max_length=10, choices=Kind.choices)
    source = models.CharField(_("来源页面"), max_length=10, choices=Source.choices)
    offering = models.ForeignKey(
        "catalog.Offering",
        verbose_name=_("产品"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    category = models.ForeignKey(
        "catalog.Category",
        verbose_name=_("分类"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    article = models.ForeignKey(
        "content.Article",
        verbose_name=_("文章"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Personal data: blanked when the buyer withdraws consent (see services.lead_withdraw_consent).
    name = models.CharField(_("称呼"), max_length=40, blank=True)
    phone = models.CharField(_("手机号"), max_length=16, blank=True, help_text=_("E.164，如 +8613800138000"))
    email = models.EmailField(_("电子邮箱"), max_length=120, blank=True)
    company = models.CharField(_("公司"), max_length=80, blank=True)
    company_size = models.CharField(_("公司规模"), max_length=10, choices=CompanySize.choices, blank=True)
    budget = models.CharField(_("预算"), max_length=10, choices=Budget.choices, blank=True)
    need = models.TextField(_("需求描述"), max_length=1000, blank=True)
    # PIPL: the exact text the buyer agreed to, which names the recipients, its version and time.
    consent_text = models.TextField(_("授权声明"))
    consent_version = models.CharField(_("授权声明版本"), max_length=20)
    consented_at = models.DateTimeField(_("授权时间"))
    consent_vendor_ids = models.JSONField(_("授权接收的服务商"), default=list, blank=True)
    # True when the buyer let the platform pick vendors (home page, hotline without a category).
    consent_platform_match = models.BooleanField(_("授权平台匹配"), default=False)
    consent_withdrawn_at = models.DateTimeField(_("撤回授权时间"), null=True, blank=True)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("提交账号"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="leads",
    )  # fmt: skip
    token = models.CharField(max_length=32, unique=True, default=new_token, editable=False)
    visitor_id = models.CharField(_("访客标识"), max_length=40, blank=True, db_index=True)
    channel = models.CharField(_("渠道"), max_length=64, blank=True)  # filled by analytics
    status = models.CharField(_("状态"), max_length=10, choices=Status.choices, default=Status.NEW)
    repeat_count = models.PositiveIntegerField(_("重复提交次数"), default=0)
    last_repeat_at = models.DateTimeField(_("最近重复提交"), null=True, blank=True)
    created_at = models.DateTimeField(_("提交时间"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("线索")
        verbose_name_plural = pgettext_lazy("plural", "线索")
        ordering = ["-created_at", "-id"]
        indexes = [
            # The 24-hour duplicate check: same phone, same offering.
            models.Index(fields=["phone", "offering", "created_at"], name="lead_dedupe"),
            models.Index(fields=["status", "created_at"], name="lead_status_created"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"

    @property
    def erased(self) -> bool:
        return self.consent_withdrawn_at is not None

    @property
    def phone_display(self) -> str:
        """138 0013 8000 for a mainland +86 number."""
        digits = self.phone.removeprefix("+86")
        if len(digits) == 11:
            return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
        return self.phone

    @property
    def target_name(self) -> str:
        for target in (self.offering, self.category, self.article):
            if target is not None:
                return str(target)
        return self.get_source_display()


class LeadSubmission(models.Model):
    """One accepted form post, by its idempotency key: a retried POST finds it and does nothing."""

    key = models.CharField(max_length=64, unique=True)
    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="submissions")
    merged = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("提交记录")
        verbose_name_plural = pgettext_lazy("plural", "提交记录")

    def __str__(self) -> str:
        return self.key


class RouteReason(models.TextChoices):
    OFFERING = "offering", _("产品所属服务商")
    PICKED = "picked", _("采购者选择")
    RANKING = "ranking", _("榜单排名")
    OPERATOR = "operator", _("运营分配")


class LeadRoute(models.Model):
    """The lead as one vendor sees and works it."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="routes")
    vendor = models.ForeignKey(
        "catalog.Vendor", verbose_name=_("服务商"), on_delete=models.CASCADE, related_name="lead_routes"
    )
    position = models.PositiveSmallIntegerField(_("顺序"), default=0)
    reason = models.CharField(_("分配依据"), max_length=10, choices=RouteReason.choices)
    active = models.BooleanField(_("有效"), default=True, help_text=_("运营改派后，原服务商不再可见"))
    status = models.CharField(_("状态"), max_length=10, choices=Status.choices, default=Status.NEW)
    lost_reason = models.CharField(_("未成交原因"), max_length=200, blank=True)
    seen_at = models.DateTimeField(_("首次查看"), null=True, blank=True)
    first_response_at = models.DateTimeField(_("首次响应"), null=True, blank=True)
    contacted_at = models.DateTimeField(null=True, blank=True)
    qualified_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(_("结束时间"), null=True, blank=True)
    created_at = models.DateTimeField(_("分配时间"), auto_now_add=True)
    # What the vendor API's incremental list (updated_since) reads, with the lead's own updated_at.
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    class Meta:
        verbose_name = _("线索分配")
        verbose_name_plural = pgettext_lazy("plural", "线索分配")
        ordering = ["-created_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["lead", "vendor"], name="lead_route_unique")]
        indexes = [
            models.Index(fields=["vendor", "active", "-created_at"], name="route_inbox"),
            models.Index(fields=["vendor", "first_response_at"], name="route_response"),
        ]

    def __str__(self) -> str:
        return f"{self.lead} → {self.vendor}"


class LeadNote(models.Model):
    route = models.ForeignKey(LeadRoute, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("备注"), max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("跟进备注")
        verbose_name_plural = pgettext_lazy("plural", "跟进备注")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.body[:40]


class LeadAudit(models.Model):
    """Who did what to a lead: routing, reassignment, status changes, consent withdrawal."""

    class Action(models.TextChoices):
        ROUTED = "routed", _("分配")
        REASSIGNED = "reassigned", _("改派")
        STATUS = "status", _("状态变更")
        MERGED = "merged", _("重复提交合并")
        WITHDRAWN = "withdrawn", _("撤回授权")

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="audit")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=12, choices=Action.choices)
    detail = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("线索操作记录")
        verbose_name_plural = pgettext_lazy("plural", "线索操作记录")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} · {self.lead_id}"


class Channel(models.TextChoices):
    EMAIL = "email", _("邮件")
    WEBHOOK = "webhook", "Webhook"


class Notification(models.Model):
    """One message about one lead to one vendor on one channel; unique, so retries never duplicate."""

    class State(models.TextChoices):
        PENDING = "pending", _("待发送")
        SENT = "sent", _("已发送")
        FAILED = "failed", _("已放弃")

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="notifications")
    vendor = models.ForeignKey("catalog.Vendor", on_delete=models.CASCADE, related_name="+")
    channel = models.CharField(max_length=10, choices=Channel.choices)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("通知")
        verbose_name_plural = pgettext_lazy("plural", "通知")
        constraints = [
            models.UniqueConstraint(fields=["lead", "vendor", "channel"], name="notification_unique"),
        ]
        indexes = [
            models.Index(fields=["next_attempt_at"], condition=Q(state="pending"), name="notification_due"),
        ]

    def __str__(self) -> str:
        return f"{self.channel} · {self.lead_id} → {self.vendor_id}"


class WebhookEndpoint(models.Model):
    vendor = models.OneToOneField("catalog.Vendor", on_delete=models.CASCADE, related_name="webhook")
    url = models.URLField(_("接收地址"), max_length=300)
    secret = models.CharField(_("签名密钥"), max_length=64, default=new_token)
    active = models.BooleanField(_("启用"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "Webhook"
        verbose_name_plural = "Webhook"

    def __str__(self) -> str:
        return self.url


class WebhookDelivery(models.Model):
    """One HTTP attempt; the vendor sees these. No request body is kept (it holds personal data)."""

    notification = models.ForeignKey(Notification, on_delete=models.CASCADE, related_name="deliveries")
    vendor = models.ForeignKey("catalog.Vendor", on_delete=models.CASCADE, related_name="+")
    url = models.CharField(max_length=300)
    attempt = models.PositiveSmallIntegerField()
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    ok = models.BooleanField(default=False)
    error = models.CharField(max_length=300, blank=True)
    duration_ms = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Webhook 投递记录")
        verbose_name_plural = pgettext_lazy("plural", "Webhook 投递记录")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["vendor", "-created_at"], name="webhook_delivery_log")]

    def __str__(self) -> str:
        return f"{self.url} #{self.attempt}"
