"""Reviews, their verification, moderation and the rows around them (votes, replies, invites).

The ranking reads only published reviews (``Review.objects.published()``); everything about
payment lives in ``SponsoredPlacement``, which the ranking never reads.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import (
    FileExtensionValidator,
    MaxLengthValidator,
    MaxValueValidator,
    MinValueValidator,
)
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from xuanyong.lib.storage import PrivateStorage

TEXT_MAX_CHARS = 2000
USE_CASE_MAX_CHARS = 500
PROOF_EXTENSIONS = ["pdf", "png", "jpg", "jpeg"]


class ProofStorage(PrivateStorage):
    """Proof-of-use files live outside MEDIA_ROOT: the embedded setup serves MEDIA_ROOT publicly."""

    def __init__(self) -> None:
        super().__init__("REVIEWS_PROOF_ROOT")


proof_storage = ProofStorage()


class CompanySize(models.TextChoices):
    MICRO = "1-20", gettext_lazy("1–20 人")
    SMALL = "21-100", gettext_lazy("21–100 人")
    MEDIUM = "101-500", gettext_lazy("101–500 人")
    LARGE = "501-2000", gettext_lazy("501–2000 人")
    HUGE = "2000+", gettext_lazy("2000 人以上")


class Industry(models.TextChoices):
    RETAIL = "retail", gettext_lazy("零售")
    CATERING = "catering", gettext_lazy("餐饮")
    MANUFACTURING = "manufacturing", gettext_lazy("制造")
    INTERNET = "internet", gettext_lazy("互联网")
    SERVICES = "services", gettext_lazy("企业服务")
    EDUCATION = "education", gettext_lazy("教育")
    HEALTH = "health", gettext_lazy("医疗健康")
    FINANCE = "finance", gettext_lazy("金融")
    OTHER = "other", gettext_lazy("其他")


class UsageDuration(models.TextChoices):
    TRIAL = "trial", gettext_lazy("试用中")
    UNDER_6M = "lt6m", gettext_lazy("6 个月以内")
    UNDER_1Y = "6m-1y", gettext_lazy("6–12 个月")
    UNDER_3Y = "1y-3y", gettext_lazy("1–3 年")
    OVER_3Y = "gt3y", gettext_lazy("3 年以上")


class ReviewerRole(models.TextChoices):
    OWNER = "owner", gettext_lazy("企业负责人")
    MANAGER = "manager", gettext_lazy("部门主管")
    IT = "it", gettext_lazy("IT / 技术人员")
    USER = "user", gettext_lazy("一线使用者")
    PURCHASER = "purchaser", gettext_lazy("采购人员")


class Verification(models.TextChoices):
    """The level a review shows; the ranking weighs each (reviews/ranking.py)."""

    PROOF = "proof", gettext_lazy("已核实使用凭证")
    EMAIL = "email", gettext_lazy("已验证企业邮箱")
    INVITED = "invited", gettext_lazy("受邀评价")
    NONE = "none", gettext_lazy("未验证")


class RejectReason(models.TextChoices):
    FAKE = "fake", gettext_lazy("疑似虚假或刷评")
    CONFLICT = "conflict", gettext_lazy("利益相关（服务商员工或竞争对手）")
    DUPLICATE = "duplicate", gettext_lazy("重复内容")
    OFF_TOPIC = "off_topic", gettext_lazy("与产品无关")
    ABUSE = "abuse", gettext_lazy("辱骂、广告或违法信息")
    PRIVACY = "privacy", gettext_lazy("泄露个人信息")


class ReviewQuerySet(models.QuerySet["Review"]):
    def published(self) -> ReviewQuerySet:
        return self.filter(status=Review.Status.PUBLISHED)


class Review(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", gettext_lazy("待审核")
        PUBLISHED = "published", gettext_lazy("已发布")
        REJECTED = "rejected", gettext_lazy("未通过")

    offering = models.ForeignKey(
        "catalog.Offering",
        verbose_name=gettext_lazy("产品/服务"),
        on_delete=models.CASCADE,
        related_name="reviews",
    )
    # Empty once the author deleted their account and the policy kept the text (personal_data.py).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=gettext_lazy("评价人"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="reviews",
    )  # fmt: skip
    recommend = models.PositiveSmallIntegerField(
        gettext_lazy("推荐意愿（0–10）"), validators=[MinValueValidator(0), MaxValueValidator(10)]
    )
    ease_of_use = models.PositiveSmallIntegerField(
        gettext_lazy("易用性"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    features = models.PositiveSmallIntegerField(
        gettext_lazy("功能"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    support = models.PositiveSmallIntegerField(
        gettext_lazy("服务支持"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    value = models.PositiveSmallIntegerField(
        gettext_lazy("性价比"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    pros = models.TextField(gettext_lazy("优点"), validators=[MaxLengthValidator(TEXT_MAX_CHARS)])
    cons = models.TextField(gettext_lazy("不足"), validators=[MaxLengthValidator(TEXT_MAX_CHARS)])
    use_case = models.TextField(gettext_lazy("使用场景"), validators=[MaxLengthValidator(USE_CASE_MAX_CHARS)])
    reviewer_role = models.CharField(gettext_lazy("评价人角色"), max_length=12, choices=ReviewerRole.choices)
    company_size = models.CharField(gettext_lazy("企业规模"), max_length=10, choices=CompanySize.choices)
    industry = models.CharField(gettext_lazy("所属行业"), max_length=16, choices=Industry.choices)
    usage_duration = models.CharField(gettext_lazy("使用时长"), max_length=8, choices=UsageDuration.choices)

    status = models.CharField(
        gettext_lazy("状态"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    verification = models.CharField(
        gettext_lazy("验证等级"), max_length=8, choices=Verification.choices, default=Verification.NONE
    )
    verified_domain = models.CharField(gettext_lazy("已验证邮箱域名"), max_length=100, blank=True)
    invite = models.OneToOneField(
        "ReviewInvite", verbose_name=gettext_lazy("邀请"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="review",
    )  # fmt: skip
    signals = models.JSONField(gettext_lazy("风险信号"), default=list, blank=True, editable=False)
    simhash = models.BigIntegerField(gettext_lazy("文本指纹"), default=0, editable=False)
    visitor_id = models.CharField(gettext_lazy("访客标识"), max_length=40, blank=True, editable=False)
    ip = models.GenericIPAddressField("IP", null=True, blank=True, editable=False)
    helpful_count = models.PositiveIntegerField(gettext_lazy("有用数"), default=0, editable=False)

    created_at = models.DateTimeField(gettext_lazy("提交时间"), auto_now_add=True)
    updated_at = models.DateTimeField(gettext_lazy("更新时间"), auto_now=True)
    # When the ratings were last given or changed: the ranking's recency decay starts here.
    rated_at = models.DateTimeField(gettext_lazy("评分时间"), default=timezone.now)
    published_at = models.DateTimeField(gettext_lazy("发布时间"), null=True, blank=True, editable=False)
    moderated_at = models.DateTimeField(gettext_lazy("审核时间"), null=True, blank=True, editable=False)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=gettext_lazy("审核人"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", editable=False,
    )  # fmt: skip
    reject_reason = models.CharField(
        gettext_lazy("未通过原因"), max_length=12, choices=RejectReason.choices, blank=True
    )
    reminder_sent_at = models.DateTimeField(
        gettext_lazy("更新提醒时间"), null=True, blank=True, editable=False
    )

    objects = ReviewQuerySet.as_manager()

    class Meta:
        verbose_name = gettext_lazy("评价")
        verbose_name_plural = pgettext_lazy("plural", "评价")
        ordering = ["-published_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["offering", "user"], name="review_one_per_user"),
        ]
        indexes = [
            models.Index(fields=["offering", "status", "-published_at"], name="review_offering_list"),
            models.Index(fields=["status", "-created_at"], name="review_queue"),
            models.Index(fields=["visitor_id"], name="review_visitor"),
            models.Index(fields=["ip"], name="review_ip"),
        ]

    def __str__(self) -> str:
        return _("%(user)s 评 %(offering_id)s") % {"user": self.user, "offering_id": self.offering_id}

    @property
    def author_name(self) -> str:
        return self.user.display_name if self.user else _("已注销用户")

    @property
    def stars(self) -> float:
        """The 0–10 recommendation shown as 0–5 stars, to the half star."""
        return self.recommend / 2

    @property
    def is_invited(self) -> bool:
        return self.verification == Verification.INVITED


class ReviewRevision(models.Model):
    """What a review said before an edit: the history kept on every change."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="revisions")
    snapshot = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("评价修改记录")
        verbose_name_plural = pgettext_lazy("plural", "评价修改记录")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return _("评价 #%(review_id)s 的修改记录") % {"review_id": self.review_id}


class ReviewDraft(models.Model):
    """The form as the reviewer left it, saved while they type (htmx), so it survives devices."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    offering = models.ForeignKey("catalog.Offering", on_delete=models.CASCADE, related_name="+")
    data = models.JSONField(default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = gettext_lazy("评价草稿")
        verbose_name_plural = pgettext_lazy("plural", "评价草稿")
        constraints = [models.UniqueConstraint(fields=["user", "offering"], name="review_draft_unique")]

    def __str__(self) -> str:
        return _("草稿 %(user_id)s/%(offering_id)s") % {
            "user_id": self.user_id,
            "offering_id": self.offering_id,
        }


class EmailCode(models.Model):
    """A one-time code sent to a reviewer's company e-mail; only its hash is stored."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="email_codes")
    email = models.EmailField()
    code_hash = models.CharField(max_length=128)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = gettext_lazy("邮箱验证码")
        verbose_name_plural = pgettext_lazy("plural", "邮箱验证码")

    def __str__(self) -> str:
        return self.email


class ProofOfUse(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", gettext_lazy("待核实")
        ACCEPTED = "accepted", gettext_lazy("已核实")
        REJECTED = "rejected", gettext_lazy("不通过")

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="proofs")
    file = models.FileField(
        gettext_lazy("凭证文件"), storage=proof_storage, upload_to="%Y/%m/",
        validators=[FileExtensionValidator(PROOF_EXTENSIONS)],
    )  # fmt: skip
    original_name = models.CharField(gettext_lazy("原文件名"), max_length=200)
    status = models.CharField(
        gettext_lazy("状态"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    uploaded_at = models.DateTimeField(gettext_lazy("上传时间"), auto_now_add=True)
    decided_at = models.DateTimeField(gettext_lazy("核实时间"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = gettext_lazy("使用凭证")
        verbose_name_plural = pgettext_lazy("plural", "使用凭证")
        ordering = ["-uploaded_at"]

    def __str__(self) -> str:
        return self.original_name


def _invite_token() -> str:
    return secrets.token_urlsafe(18)


class ReviewInvite(models.Model):
    """A single-use link a vendor sends to a customer; the review it yields is labelled 受邀评价."""

    vendor = models.ForeignKey("catalog.Vendor", on_delete=models.CASCADE, related_name="review_invites")
    offering = models.ForeignKey("catalog.Offering", on_delete=models.CASCADE, related_name="+")
    token = models.CharField(max_length=32, unique=True, default=_invite_token)
    note = models.CharField(gettext_lazy("备注（客户名称等）"), max_length=60, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("评价邀请")
        verbose_name_plural = pgettext_lazy("plural", "评价邀请")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.note or self.token


class HelpfulVote(models.Model):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="votes")
    visitor_id = models.CharField(max_length=40)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["review", "visitor_id"], name="helpful_one_per_visitor")
        ]

    def __str__(self) -> str:
        return _("有用 #%(review_id)s") % {"review_id": self.review_id}


class VendorReply(models.Model):
    review = models.OneToOneField(Review, on_delete=models.CASCADE, related_name="reply")
    vendor = models.ForeignKey("catalog.Vendor", on_delete=models.CASCADE, related_name="review_replies")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(gettext_lazy("回复"), validators=[MaxLengthValidator(TEXT_MAX_CHARS)])
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = gettext_lazy("服务商回复")
        verbose_name_plural = pgettext_lazy("plural", "服务商回复")

    def __str__(self) -> str:
        return _("%(vendor_id)s 回复 #%(review_id)s") % {
            "vendor_id": self.vendor_id,
            "review_id": self.review_id,
        }


class SponsoredPlacement(models.Model):
    """A paid slot an operator sets on a category ranking: shown apart, labelled 推广, never ranked."""

    category = models.ForeignKey(
        "catalog.Category", verbose_name=gettext_lazy("分类"), on_delete=models.CASCADE, related_name="+"
    )
    offering = models.ForeignKey(
        "catalog.Offering", verbose_name=gettext_lazy("推广产品"), on_delete=models.CASCADE, related_name="+"
    )
    starts_on = models.DateField(gettext_lazy("开始日期"))
    ends_on = models.DateField(gettext_lazy("结束日期"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("推广位")
        verbose_name_plural = pgettext_lazy("plural", "推广位")
        ordering = ["-starts_on"]

    def __str__(self) -> str:
        return f"{self.category} · {self.offering}"

    def clean(self) -> None:
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("结束日期不能早于开始日期。")})
