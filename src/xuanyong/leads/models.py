"""Leads: a buyer's request, the vendors it was routed to, their pipeline, and notifications.

A lead may reach up to three vendors; each vendor works its own copy of the pipeline
(``LeadRoute.status``). ``Lead.status`` is the furthest any route got, for the buyer and operators.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q


class Kind(models.TextChoices):
    CONSULT = "consult", "免费咨询"
    QUOTE = "quote", "获取报价"
    DEMO = "demo", "预约演示"
    CALLBACK = "callback", "回拨"


class Source(models.TextChoices):
    OFFERING = "offering", "产品页"
    CATEGORY = "category", "分类页"
    COMPARE = "compare", "对比页"
    ARTICLE = "article", "文章页"
    HOME = "home", "首页"
    HOTLINE = "hotline", "热线回拨"


class Status(models.TextChoices):
    NEW = "new", "新线索"
    CONTACTED = "contacted", "已联系"
    QUALIFIED = "qualified", "已确认需求"
    WON = "won", "已成交"
    LOST = "lost", "未成交"


# How far along each status is, for Lead.status (the furthest route) and for allowed moves.
STATUS_RANK = {Status.NEW: 0, Status.LOST: 1, Status.CONTACTED: 2, Status.QUALIFIED: 3, Status.WON: 4}


class CompanySize(models.TextChoices):
    XS = "1-20", "1–20 人"
    S = "21-100", "21–100 人"
    M = "101-500", "101–500 人"
    L = "501-2000", "501–2000 人"
    XL = "2000+", "2000 人以上"


class Budget(models.TextChoices):
    UNDECIDED = "undecided", "暂未确定"
    B1 = "lt10k", "1 万元以内"
    B2 = "10k-50k", "1–5 万元"
    B3 = "50k-200k", "5–20 万元"
    B4 = "gt200k", "20 万元以上"


def new_token() -> str:
    return secrets.token_urlsafe(16)


class Lead(models.Model):
    kind = models.CharField("类型", max_length=10, choices=Kind.choices)
    source = models.CharField("来源页面", max_length=10, choices=Source.choices)
    offering = models.ForeignKey(
        "catalog.Offering",
        verbose_name="产品",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    category = models.ForeignKey(
        "catalog.Category",
        verbose_name="分类",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    article = models.ForeignKey(
        "content.Article",
        verbose_name="文章",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Personal data: blanked when the buyer withdraws consent (see services.lead_withdraw_consent).
    name = models.CharField("称呼", max_length=40, blank=True)
    phone = models.CharField("手机号", max_length=16, blank=True, help_text="E.164，如 +8613800138000")
    email = models.EmailField("电子邮箱", max_length=120, blank=True)
    company = models.CharField("公司", max_length=80, blank=True)
    company_size = models.CharField("公司规模", max_length=10, choices=CompanySize.choices, blank=True)
    budget = models.CharField("预算", max_length=10, choices=Budget.choices, blank=True)
    need = models.TextField("需求描述", max_length=1000, blank=True)
    # PIPL: the exact text the buyer agreed to, which names the recipients, its version and time.
    consent_text = models.TextField("授权声明")
    consent_version = models.CharField("授权声明版本", max_length=20)
    consented_at = models.DateTimeField("授权时间")
    consent_vendor_ids = models.JSONField("授权接收的服务商", default=list, blank=True)
    # True when the buyer let the platform pick vendors (home page, hotline without a category).
    consent_platform_match = models.BooleanField("授权平台匹配", default=False)
    consent_withdrawn_at = models.DateTimeField("撤回授权时间", null=True, blank=True)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="提交账号", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="leads",
    )  # fmt: skip
    token = models.CharField(max_length=32, unique=True, default=new_token, editable=False)
    visitor_id = models.CharField("访客标识", max_length=40, blank=True, db_index=True)
    channel = models.CharField("渠道", max_length=64, blank=True)  # filled by analytics
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.NEW)
    repeat_count = models.PositiveIntegerField("重复提交次数", default=0)
    last_repeat_at = models.DateTimeField("最近重复提交", null=True, blank=True)
    created_at = models.DateTimeField("提交时间", auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "线索"
        verbose_name_plural = "线索"
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
        verbose_name = "提交记录"
        verbose_name_plural = "提交记录"

    def __str__(self) -> str:
        return self.key


class RouteReason(models.TextChoices):
    OFFERING = "offering", "产品所属服务商"
    PICKED = "picked", "采购者选择"
    RANKING = "ranking", "榜单排名"
    OPERATOR = "operator", "运营分配"


class LeadRoute(models.Model):
    """The lead as one vendor sees and works it."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="routes")
    vendor = models.ForeignKey(
        "catalog.Vendor", verbose_name="服务商", on_delete=models.CASCADE, related_name="lead_routes"
    )
    position = models.PositiveSmallIntegerField("顺序", default=0)
    reason = models.CharField("分配依据", max_length=10, choices=RouteReason.choices)
    active = models.BooleanField("有效", default=True, help_text="运营改派后，原服务商不再可见")
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.NEW)
    lost_reason = models.CharField("未成交原因", max_length=200, blank=True)
    seen_at = models.DateTimeField("首次查看", null=True, blank=True)
    first_response_at = models.DateTimeField("首次响应", null=True, blank=True)
    contacted_at = models.DateTimeField(null=True, blank=True)
    qualified_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField("结束时间", null=True, blank=True)
    created_at = models.DateTimeField("分配时间", auto_now_add=True)
    # What the vendor API's incremental list (updated_since) reads, with the lead's own updated_at.
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "线索分配"
        verbose_name_plural = "线索分配"
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
    body = models.TextField("备注", max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "跟进备注"
        verbose_name_plural = "跟进备注"
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.body[:40]


class LeadAudit(models.Model):
    """Who did what to a lead: routing, reassignment, status changes, consent withdrawal."""

    class Action(models.TextChoices):
        ROUTED = "routed", "分配"
        REASSIGNED = "reassigned", "改派"
        STATUS = "status", "状态变更"
        MERGED = "merged", "重复提交合并"
        WITHDRAWN = "withdrawn", "撤回授权"

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="audit")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=12, choices=Action.choices)
    detail = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "线索操作记录"
        verbose_name_plural = "线索操作记录"
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} · {self.lead_id}"


class Channel(models.TextChoices):
    EMAIL = "email", "邮件"
    WEBHOOK = "webhook", "Webhook"


class Notification(models.Model):
    """One message about one lead to one vendor on one channel; unique, so retries never duplicate."""

    class State(models.TextChoices):
        PENDING = "pending", "待发送"
        SENT = "sent", "已发送"
        FAILED = "failed", "已放弃"

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
        verbose_name = "通知"
        verbose_name_plural = "通知"
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
    url = models.URLField("接收地址", max_length=300)
    secret = models.CharField("签名密钥", max_length=64, default=new_token)
    active = models.BooleanField("启用", default=True)
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
        verbose_name = "Webhook 投递记录"
        verbose_name_plural = "Webhook 投递记录"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["vendor", "-created_at"], name="webhook_delivery_log")]

    def __str__(self) -> str:
        return f"{self.url} #{self.attempt}"
