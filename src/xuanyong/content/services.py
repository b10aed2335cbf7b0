"""Writes for content."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from xuanyong.catalog.models import Offering
from xuanyong.lib.markdown import render_markdown
from xuanyong.lib.slugs import unique_slug

from .models import Article, ArticleOffering, Tag


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
    """Create an article; with status published and a future ``publish_at`` it is scheduled."""
    article = Article(
        title=title, body=body, slug=unique_slug(Article, title, max_length=120), status=status, **fields
    )
    article.body_html = render_markdown(body)
    if status == Article.Status.PUBLISHED:
        article.published_at = publish_at or timezone.now()
    article.full_clean()
    with transaction.atomic():
        article.save()
        if tags:
            article.tags.set([tag_get_or_create(name=name) for name in tags])
        ArticleOffering.objects.bulk_create(
            ArticleOffering(article=article, offering=offering, position=i)
            for i, offering in enumerate(offerings or [])
        )
    return article
