from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from xuanyong.catalog.models import IMAGE_EXTENSIONS


class Tag(models.Model):
    name = models.CharField("名称", max_length=30, unique=True)
    slug = models.SlugField("拼音标识", max_length=60, unique=True)

    class Meta:
        verbose_name = "标签"
        verbose_name_plural = "标签"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ArticleQuerySet(models.QuerySet["Article"]):
    def published(self) -> ArticleQuerySet:
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def newest_first(self) -> ArticleQuerySet:
        return self.published().order_by("-published_at", "-id")


class Article(models.Model):
    class Kind(models.TextChoices):
        GUIDE = "guide", "选型指南"
        LISTICLE = "listicle", "榜单推荐"
        PRICING = "pricing", "价格费用"
        NEWS = "news", "行业资讯"
        CASE = "case", "客户案例"

    class Source(models.TextChoices):
        ORIGINAL = "original", "原创"
        REPOST = "repost", "转载"
        WEB = "web", "网络"

    class Status(models.TextChoices):
        DRAFT = "draft", "草稿"
        REVIEW = "review", "待审核"
        PUBLISHED = "published", "已发布"

    title = models.CharField("标题", max_length=120)
    slug = models.SlugField("拼音标识", max_length=120, unique=True)
    summary = models.CharField("摘要", max_length=300, blank=True)
    body = models.TextField("正文（Markdown）")
    body_html = models.TextField(editable=False, blank=True)
    cover = models.FileField("封面", upload_to="covers/", blank=True, validators=[IMAGE_EXTENSIONS])
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="作者", null=True, blank=True, on_delete=models.SET_NULL
    )
    author_name = models.CharField("署名", max_length=40, blank=True)
    tags = models.ManyToManyField(Tag, verbose_name="标签", blank=True, related_name="articles")
    kind = models.CharField("类型", max_length=10, choices=Kind.choices, default=Kind.GUIDE)
    category = models.ForeignKey(
        "catalog.Category", verbose_name="所属分类", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="articles",
    )  # fmt: skip
    offerings = models.ManyToManyField(
        "catalog.Offering",
        verbose_name="相关产品",
        through="ArticleOffering",
        blank=True,
        related_name="articles",
    )
    source_type = models.CharField("来源", max_length=10, choices=Source.choices, default=Source.ORIGINAL)
    source_name = models.CharField("来源名称", max_length=60, blank=True)
    source_url = models.URLField("来源链接", blank=True)
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(
        "发布时间", null=True, blank=True, help_text="晚于当前时间即为定时发布"
    )
    read_count = models.PositiveIntegerField("阅读", default=0)
    comment_count = models.PositiveIntegerField("评论", default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = "文章"
        verbose_name_plural = "文章"
        ordering = ["-published_at", "-id"]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="article_pub"),
            models.Index(fields=["category", "status", "-published_at"], name="article_cat_pub"),
            models.Index(fields=["status", "-read_count"], name="article_popular"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("content:article", args=[self.slug])

    @property
    def byline(self) -> str:
        return self.author_name or (self.author.display_name if self.author else "选用编辑部")


class ArticleOffering(models.Model):
    """An offering an article is about; a listicle shows them as cards in this order."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="article_offerings")
    offering = models.ForeignKey("catalog.Offering", on_delete=models.CASCADE, related_name="+")
    position = models.PositiveIntegerField("排序", default=0)

    class Meta:
        verbose_name = "文章相关产品"
        verbose_name_plural = "文章相关产品"
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["article", "offering"], name="article_offering_unique")
        ]

    def __str__(self) -> str:
        return f"{self.article_id} → {self.offering_id}"
