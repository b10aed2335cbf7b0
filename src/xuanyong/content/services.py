"""Writes for articles: create, save from the editor, review, schedule and publish.

Every entry point (admin, importer, sample data, the periodic task) goes through these, so an
article is always rendered, validated, indexed for search in the same transaction, and its
recommended reading recomputed in the background once the change is committed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from xuanyong.catalog.models import Offering
from xuanyong.catalog.selectors import catalog_version_bump
from xuanyong.lib.markdown import render_markdown
from xuanyong.lib.slugs import unique_slug
from xuanyong.search import index as search_index
from xuanyong.search.models import SearchDocument

from .models import Article, ArticleOffering, Tag
from .signals import article_changed


def tag_get_or_create(*, name: str) -> Tag:
    tag = Tag.objects.filter(name=name).first()
    return tag or Tag.objects.create(name=name, slug=unique_slug(Tag, name, max_length=60))


def article_create(
    *,
    title: str,
    body: str,
    tags: list[str] | None = None,
    offerings: list[Offering] | None = None,
    publish_at: dt.datetime | None = None,
    status: str = Article.Status.DRAFT,
    **fields: Any,
) -> Article:
    """Create an article. Published with a future ``publish_at`` (or status scheduled) schedules it."""
    article = Article(
        title=title, body=body, slug=unique_slug(Article, title, max_length=120), status=status, **fields
    )
    if status in (Article.Status.PUBLISHED, Article.Status.SCHEDULED):
        _apply_publication(article, publish_at)
    with transaction.atomic():
        _validate_and_save(article)
        if tags:
            article.tags.set([tag_get_or_create(name=name) for name in tags])
        ArticleOffering.objects.bulk_create(
            ArticleOffering(article=article, offering=offering, position=i)
            for i, offering in enumerate(offerings or [])
        )
        article_reindex(article=article)
    return article


def article_save(*, article: Article) -> Article:
    """Save an article whose fields an editor changed (the admin form): the same rules as create."""
    if not article.slug:
        article.slug = unique_slug(Article, article.title, exclude_pk=article.pk, max_length=120)
    if article.status == Article.Status.SCHEDULED or (
        article.status == Article.Status.PUBLISHED and article.published_at is None
    ):
        _apply_publication(article, article.publish_at)
    with transaction.atomic():
        _validate_and_save(article)
        article_reindex(article=article)
    return article


def article_submit_for_review(*, article: Article) -> Article:
    if article.status != Article.Status.DRAFT:
        raise ValidationError(_("只有草稿可以提交审核。"), code="not_draft")
    article.status = Article.Status.REVIEW
    return article_save(article=article)


def article_schedule(*, article: Article, publish_at: dt.datetime) -> Article:
    """Publish at ``publish_at`` (the periodic task does it); a time already past publishes now."""
    article.status = Article.Status.SCHEDULED
    article.publish_at = publish_at
    article.published_at = None
    return article_save(article=article)


def article_publish(*, article: Article, at: dt.datetime | None = None) -> Article:
    article.status = Article.Status.PUBLISHED
    article.published_at = at or timezone.now()
    article.publish_at = None
    return article_save(article=article)


def articles_publish_due(*, now: dt.datetime | None = None) -> list[int]:
    """Publish every scheduled article whose time has come; returns their ids.

    Rows are locked (``select_for_update(skip_locked)``) so two schedulers never publish one
    article twice; each keeps its scheduled time as its publish time.
    """
    now = now or timezone.now()
    published = []
    with transaction.atomic():
        due = (
            Article.objects.select_for_update(skip_locked=True)
            .filter(status=Article.Status.SCHEDULED, publish_at__lte=now)
            .order_by("publish_at", "id")
        )
        for article in due:
            article_publish(article=article, at=article.publish_at)
            published.append(article.pk)
    return published


def article_reindex(*, article: Article) -> None:
    """Bring the search document in line (call inside the write); recommendations follow on commit."""
    if article.is_hidden:
        search_index.remove(SearchDocument.Kind.ARTICLE, [article.pk])
    else:
        search_index.index_articles([article])
    transaction.on_commit(lambda: _refresh_recommendations(article.pk))
    # Offering pages are cached per catalog version and list the articles that feature them.
    transaction.on_commit(catalog_version_bump)


def _refresh_recommendations(article_id: int) -> None:
    article_changed.send(sender=Article, article_id=article_id)


def article_rule_errors(
    *, status: str, publish_at: dt.datetime | None, source_type: str, source_name: str
) -> dict[str, str]:
    """The editorial rules beyond field validation, per field (the admin form shows them too)."""
    errors = {}
    if status == Article.Status.SCHEDULED and publish_at is None:
        errors["publish_at"] = _("定时发布需要填写发布时间。")
    if source_type == Article.Source.REPOST and not source_name.strip():
        errors["source_name"] = _("转载文章必须注明来源名称。")
    return errors


def _apply_publication(article: Article, publish_at: dt.datetime | None) -> None:
    now = timezone.now()
    if publish_at is not None and publish_at > now:
        article.status = Article.Status.SCHEDULED
        article.publish_at = publish_at
        article.published_at = None
    elif article.status == Article.Status.SCHEDULED and publish_at is None:
        raise ValidationError({"publish_at": _("定时发布需要填写发布时间。")}, code="publish_at_required")
    else:
        article.status = Article.Status.PUBLISHED
        article.published_at = article.published_at or publish_at or now
        article.publish_at = None


def _validate_and_save(article: Article) -> None:
    article.body_html = render_markdown(article.body)
    errors = article_rule_errors(
        status=article.status, publish_at=article.publish_at, source_type=article.source_type,
        source_name=article.source_name,
    )  # fmt: skip
    if errors:
        raise ValidationError(errors)
    article.full_clean()
    article.save()
