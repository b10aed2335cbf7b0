from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class SearchDocument(models.Model):
    """One searchable object, its analyzed fields (space-joined tokens) and its filter values.

    SQLite indexes the token fields in the FTS5 table ``search_fts`` (kept in step by triggers);
    PostgreSQL in the ``vector`` tsvector column with a GIN index (written by index.py). Both are
    written in the same transaction as the object, so search is never stale.
    """

    class Kind(models.TextChoices):
        OFFERING = "offering", _("产品与服务")
        ARTICLE = "article", _("文章")
        VENDOR = "vendor", _("服务商")
        CATEGORY = "category", _("分类")

    kind = models.CharField(max_length=10, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField()
    title = models.CharField(max_length=200)
    summary = models.TextField(blank=True)  # plain text for snippets
    url = models.CharField(max_length=300)
    f_name = models.TextField(blank=True)
    f_alias = models.TextField(blank=True)
    f_summary = models.TextField(blank=True)
    f_body = models.TextField(blank=True)
    f_bigram = models.TextField(blank=True)
    f_pinyin = models.TextField(blank=True)
    category_id = models.PositiveBigIntegerField(null=True, blank=True)
    offering_kind = models.CharField(max_length=10, blank=True)
    pricing_model = models.CharField(max_length=12, blank=True)
    deployment = models.CharField(max_length=10, blank=True)
    rating = models.FloatField(null=True, blank=True)
    popularity = models.PositiveIntegerField(default=0)
    prior = models.FloatField(default=1.0)  # bounded quality prior, 1.0–1.3
    n_tokens = models.PositiveIntegerField(default=0)  # all fields' tokens, for BM25 length norms
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("搜索文档")
        verbose_name_plural = pgettext_lazy("plural", "搜索文档")
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="search_doc_unique")]
        indexes = [
            models.Index(fields=["kind", "category_id"], name="search_doc_kind_cat"),
            models.Index(fields=["kind", "-prior"], name="search_doc_kind_prior"),
        ]

    def __str__(self) -> str:
        return f"{self.kind}:{self.title}"


class Suggestion(models.Model):
    """Autocomplete entries: names matched by prefix of the text, its pinyin or its initials."""

    kind = models.CharField(max_length=10, choices=SearchDocument.Kind.choices)
    object_id = models.PositiveBigIntegerField()
    text = models.CharField(max_length=100)
    key_text = models.CharField(max_length=100)  # normalized text
    key_pinyin = models.CharField(max_length=200, blank=True)
    key_initials = models.CharField(max_length=60, blank=True)
    url = models.CharField(max_length=300)
    weight = models.FloatField(default=0)

    class Meta:
        verbose_name = _("联想词")
        verbose_name_plural = pgettext_lazy("plural", "联想词")
        indexes = [
            models.Index(fields=["key_text"], name="suggest_text"),
            models.Index(fields=["key_pinyin"], name="suggest_pinyin"),
            models.Index(fields=["key_initials"], name="suggest_initials"),
            models.Index(fields=["kind", "object_id"], name="suggest_object"),
        ]

    def __str__(self) -> str:
        return self.text


class SynonymGroup(models.Model):
    """Terms that mean the same to a buyer (收银系统 = POS = 收款机); operators edit them."""

    terms = models.CharField(
        _("同义词"), max_length=300, help_text=_("用逗号分隔，如：收银系统, POS, 收款机")
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("同义词组")
        verbose_name_plural = pgettext_lazy("plural", "同义词组")

    def __str__(self) -> str:
        return self.terms

    @property
    def term_list(self) -> list[str]:
        return [t.strip() for t in self.terms.replace("，", ",").split(",") if t.strip()]


class ZeroResultQuery(models.Model):
    """A query that found nothing, even after the pinyin and looser fallbacks."""

    query = models.CharField(_("查询"), max_length=100, unique=True)
    count = models.PositiveIntegerField(_("次数"), default=1)
    first_seen = models.DateTimeField(_("首次"), auto_now_add=True)
    last_seen = models.DateTimeField(_("最近"), auto_now=True)

    class Meta:
        verbose_name = _("无结果查询")
        verbose_name_plural = pgettext_lazy("plural", "无结果查询")
        ordering = ["-count", "-last_seen"]

    def __str__(self) -> str:
        return self.query
