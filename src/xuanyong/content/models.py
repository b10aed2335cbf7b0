from __future__ import annotations

import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from xuanyong.catalog.models import IMAGE_UPLOAD
from xuanyong.lib.uploads import UploadValidator


class Tag(models.Model):
    name = models.CharField(gettext_lazy("名称"), max_length=30, unique=True)
    slug = models.SlugField(gettext_lazy("拼音标识"), max_length=60, unique=True)

    class Meta:
        verbose_name = gettext_lazy("标签")
        verbose_name_plural = pgettext_lazy("plural", "标签")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ArticleQuerySet(models.QuerySet["Article"]):
    def published(self) -> ArticleQuerySet:
        """Live articles: published, due, and not hidden by a pending takedown claim."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now(), is_hidden=False)

    def newest_first(self) -> ArticleQuerySet:
        return self.published().order_by("-published_at", "-id")


class Article(models.Model):
    class Kind(models.TextChoices):
        GUIDE = "guide", gettext_lazy("选型指南")
        LISTICLE = "listicle", gettext_lazy("榜单推荐")
        PRICING = "pricing", gettext_lazy("价格费用")
        NEWS = "news", gettext_lazy("行业资讯")
        CASE = "case", gettext_lazy("客户案例")

    class Source(models.TextChoices):
        ORIGINAL = "original", gettext_lazy("原创")
        REPOST = "repost", gettext_lazy("转载")
        WEB = "web", gettext_lazy("网络")

    class Status(models.TextChoices):
        DRAFT = "draft", gettext_lazy("草稿")
        REVIEW = "review", gettext_lazy("待审核")
        SCHEDULED = "scheduled", gettext_lazy("定时发布")
        PUBLISHED = "published", gettext_lazy("已发布")

    title = models.CharField(gettext_lazy("标题"), max_length=120)
    slug = models.SlugField(gettext_lazy("拼音标识"), max_length=120, unique=True)
    summary = models.CharField(gettext_lazy("摘要"), max_length=300, blank=True)
    body = models.TextField(gettext_lazy("正文（Markdown）"))
    body_html = models.TextField(editable=False, blank=True)
    cover = models.FileField(gettext_lazy("封面"), upload_to="covers/", blank=True, validators=[IMAGE_UPLOAD])
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=gettext_lazy("作者"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    author_name = models.CharField(gettext_lazy("署名"), max_length=40, blank=True)
    tags = models.ManyToManyField(Tag, verbose_name=gettext_lazy("标签"), blank=True, related_name="articles")
    kind = models.CharField(gettext_lazy("类型"), max_length=10, choices=Kind.choices, default=Kind.GUIDE)
    category = models.ForeignKey(
        "catalog.Category", verbose_name=gettext_lazy("所属分类"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="articles",
    )  # fmt: skip
    offerings = models.ManyToManyField(
        "catalog.Offering",
        verbose_name=gettext_lazy("相关产品"),
        through="ArticleOffering",
        blank=True,
        related_name="articles",
    )
    source_type = models.CharField(
        gettext_lazy("来源"), max_length=10, choices=Source.choices, default=Source.ORIGINAL
    )
    source_name = models.CharField(gettext_lazy("来源名称"), max_length=60, blank=True)
    source_url = models.URLField(gettext_lazy("来源链接"), blank=True)
    source_published_at = models.DateTimeField(gettext_lazy("原文发布时间"), null=True, blank=True)
    status = models.CharField(
        gettext_lazy("状态"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(
        gettext_lazy("发布时间"), null=True, blank=True, help_text=gettext_lazy("晚于当前时间即为定时发布")
    )
    publish_at = models.DateTimeField(
        gettext_lazy("定时发布时间"),
        null=True,
        blank=True,
        help_text=gettext_lazy("状态为“定时发布”时，到点由后台任务自动发布"),
    )
    is_hidden = models.BooleanField(
        gettext_lazy("因侵权投诉隐藏"),
        default=False,
        help_text=gettext_lazy("隐藏期间文章链接返回 410，并说明正在处理投诉"),
    )
    read_count = models.PositiveIntegerField(gettext_lazy("阅读"), default=0)
    comment_count = models.PositiveIntegerField(gettext_lazy("评论"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()
    DEFAULT_BYLINE = "选用编辑部"

    class Meta:
        verbose_name = gettext_lazy("文章")
        verbose_name_plural = pgettext_lazy("plural", "文章")
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="article_pub"),
            models.Index(fields=["category", "status", "-published_at"], name="article_cat_pub"),
            models.Index(fields=["status", "-read_count"], name="article_popular"),
            models.Index(fields=["status", "publish_at"], name="article_scheduled"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("content:article", args=[self.slug])

    @property
    def byline(self) -> str:
        return self.author_name or (self.author.display_name if self.author else self.DEFAULT_BYLINE)


class ArticleOffering(models.Model):
    """An offering an article is about; a listicle shows them as cards in this order."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="article_offerings")
    offering = models.ForeignKey("catalog.Offering", on_delete=models.CASCADE, related_name="+")
    position = models.PositiveIntegerField(gettext_lazy("排序"), default=0)

    class Meta:
        verbose_name = gettext_lazy("文章相关产品")
        verbose_name_plural = pgettext_lazy("plural", "文章相关产品")
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "offering"], name="article_offering_unique")
        ]

    def __str__(self) -> str:
        return f"{self.article_id} → {self.offering_id}"


COMMENT_MAX_CHARS = 2000


class Comment(models.Model):
    """A reader's comment; replies go one level deep (a reply's parent is a top-level comment)."""

    class Status(models.TextChoices):
        PENDING = "pending", gettext_lazy("待审核")
        APPROVED = "approved", gettext_lazy("已通过")
        SPAM = "spam", gettext_lazy("垃圾评论")
        REMOVED = "removed", gettext_lazy("已删除")

    article = models.ForeignKey(
        Article, verbose_name=gettext_lazy("文章"), on_delete=models.CASCADE, related_name="comments"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=gettext_lazy("回复的评论"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=gettext_lazy("用户"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="comments",
    )  # fmt: skip
    guest_name = models.CharField(gettext_lazy("访客昵称"), max_length=40, blank=True)
    body = models.TextField(gettext_lazy("内容"), validators=[MaxLengthValidator(COMMENT_MAX_CHARS)])
    status = models.CharField(
        gettext_lazy("状态"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    visitor_id = models.CharField(gettext_lazy("访客标识"), max_length=40, blank=True, editable=False)
    ip = models.GenericIPAddressField("IP", null=True, blank=True, editable=False)
    created_at = models.DateTimeField(gettext_lazy("提交时间"), auto_now_add=True)
    moderated_at = models.DateTimeField(gettext_lazy("审核时间"), null=True, blank=True, editable=False)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=gettext_lazy("审核人"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", editable=False,
    )  # fmt: skip

    class Meta:
        verbose_name = gettext_lazy("评论")
        verbose_name_plural = pgettext_lazy("plural", "评论")
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["article", "status", "created_at"], name="comment_article"),
            models.Index(fields=["status", "-created_at"], name="comment_queue"),
            models.Index(fields=["user", "status"], name="comment_user"),
        ]

    def __str__(self) -> str:
        return f"{self.author_name}：{self.body[:20]}"

    @property
    def author_name(self) -> str:
        return self.user.display_name if self.user else (self.guest_name or _("访客"))


class BannedWord(models.Model):
    """Words operators ban from comments; a comment containing one is refused."""

    word = models.CharField(gettext_lazy("违禁词"), max_length=40, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("评论违禁词")
        verbose_name_plural = pgettext_lazy("plural", "评论违禁词")
        ordering = ["word"]

    def __str__(self) -> str:
        return self.word


EVIDENCE_UPLOAD = UploadValidator(
    ("pdf", "png", "jpg", "jpeg", "webp", "txt", "doc", "docx", "zip"),
    max_mb=10,
    what=gettext_lazy("证据文件"),
)


def evidence_upload_to(instance: TakedownRequest, filename: str) -> str:
    # A random name: evidence can carry personal data and must not be guessable under /media/.
    return f"takedowns/{uuid.uuid4().hex}{PurePath(filename).suffix.lower()}"


class TakedownRequest(models.Model):
    """A 侵权投诉 about an article, handled by an operator; every step is in ``events``."""

    class Right(models.TextChoices):
        COPYRIGHT = "copyright", gettext_lazy("著作权")
        TRADEMARK = "trademark", gettext_lazy("商标权")
        REPUTATION = "reputation", gettext_lazy("名誉权")
        PRIVACY = "privacy", gettext_lazy("隐私权")
        PORTRAIT = "portrait", gettext_lazy("肖像权")
        OTHER = "other", gettext_lazy("其他权利")

    class Status(models.TextChoices):
        PENDING = "pending", gettext_lazy("待处理")
        UPHELD = "upheld", gettext_lazy("投诉成立")
        REJECTED = "rejected", gettext_lazy("投诉不成立")

    article = models.ForeignKey(
        Article, verbose_name=gettext_lazy("文章"), on_delete=models.CASCADE, related_name="takedowns"
    )
    claimant = models.CharField(gettext_lazy("投诉人"), max_length=60)
    contact = models.CharField(
        gettext_lazy("联系方式"), max_length=100, help_text=gettext_lazy("电话或电子邮箱")
    )
    right = models.CharField(gettext_lazy("主张的权利"), max_length=12, choices=Right.choices)
    evidence = models.TextField(gettext_lazy("证据说明"), validators=[MaxLengthValidator(5000)])
    evidence_file = models.FileField(
        gettext_lazy("证据文件"), upload_to=evidence_upload_to, blank=True, validators=[EVIDENCE_UPLOAD]
    )
    good_faith = models.BooleanField(gettext_lazy("善意声明"), default=False)
    status = models.CharField(
        gettext_lazy("状态"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    decision_reason = models.TextField(gettext_lazy("处理理由"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=gettext_lazy("处理人"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    decided_at = models.DateTimeField(gettext_lazy("处理时间"), null=True, blank=True)
    ip = models.GenericIPAddressField("IP", null=True, blank=True, editable=False)
    created_at = models.DateTimeField(gettext_lazy("提交时间"), auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("侵权投诉")
        verbose_name_plural = pgettext_lazy("plural", "侵权投诉")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "-created_at"], name="takedown_queue")]

    def __str__(self) -> str:
        return f"#{self.pk} {self.claimant} → {self.article_id}"


class TakedownEvent(models.Model):
    """The audit trail of a takedown request: who did what, when, and why."""

    class Action(models.TextChoices):
        SUBMITTED = "submitted", gettext_lazy("提交投诉")
        HIDDEN = "hidden", gettext_lazy("隐藏文章")
        RESTORED = "restored", gettext_lazy("恢复文章")
        UPHELD = "upheld", gettext_lazy("认定投诉成立")
        REJECTED = "rejected", gettext_lazy("认定投诉不成立")

    request = models.ForeignKey(TakedownRequest, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(gettext_lazy("操作"), max_length=10, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=gettext_lazy("操作人"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    note = models.TextField(gettext_lazy("说明"), blank=True)
    created_at = models.DateTimeField(gettext_lazy("时间"), auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("投诉处理记录")
        verbose_name_plural = pgettext_lazy("plural", "投诉处理记录")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} @ {self.created_at:%Y-%m-%d %H:%M}"


class ArticleTerms(models.Model):
    """The analyzer's term counts of an article, kept so recommendations never re-segment the corpus."""

    article = models.OneToOneField(Article, primary_key=True, on_delete=models.CASCADE, related_name="terms")
    counts = models.JSONField(default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = gettext_lazy("文章词项")
        verbose_name_plural = pgettext_lazy("plural", "文章词项")

    def __str__(self) -> str:
        return str(self.article_id)


class RecommendationTerm(models.Model):
    """A term's IDF as of the last full rebuild of 推荐阅读; single-article refreshes weigh with it."""

    term = models.CharField(max_length=200, primary_key=True)
    idf = models.FloatField()

    class Meta:
        verbose_name = gettext_lazy("推荐词项权重")
        verbose_name_plural = pgettext_lazy("plural", "推荐词项权重")

    def __str__(self) -> str:
        return self.term


class RecommendationPosting(models.Model):
    """One entry of the stored inverted index: ``article``'s vector gives ``term`` this weight."""

    term = models.CharField(max_length=200)
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    weight = models.FloatField()

    class Meta:
        verbose_name = gettext_lazy("推荐倒排项")
        verbose_name_plural = pgettext_lazy("plural", "推荐倒排项")
        indexes = [models.Index(fields=["term"], name="recommendation_posting_term")]

    def __str__(self) -> str:
        return f"{self.term} → {self.article_id}"


class RelatedArticle(models.Model):
    """A stored 推荐阅读 neighbour: similarity blended with freshness, best first by ``position``."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="related_links")
    neighbour = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()
    position = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = gettext_lazy("推荐阅读")
        verbose_name_plural = pgettext_lazy("plural", "推荐阅读")
        ordering = ["article", "position"]
        constraints = [
            models.UniqueConstraint(fields=["article", "neighbour"], name="related_article_unique"),
            models.CheckConstraint(
                condition=~models.Q(article=models.F("neighbour")), name="related_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.article_id} → {self.neighbour_id}"


class ReadMark(models.Model):
    """When a visitor's read of an article last counted: the source of truth for "once per
    visitor per article per 30 minutes", written in the transaction that counts the read, so a
    request killed before it commits leaves no mark and the retried request counts. Marks older
    than the window are pruned."""

    article_id = models.BigIntegerField()
    visitor_id = models.CharField(max_length=40)
    counted_at = models.DateTimeField()

    class Meta:
        verbose_name = gettext_lazy("阅读计数标记")
        verbose_name_plural = pgettext_lazy("plural", "阅读计数标记")
        constraints = [models.UniqueConstraint(fields=["article_id", "visitor_id"], name="read_mark_unique")]
        indexes = [models.Index(fields=["counted_at"], name="read_mark_counted_at")]

    def __str__(self) -> str:
        return f"{self.visitor_id} · {self.article_id}"
