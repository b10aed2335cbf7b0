"""schema.org Article description of an article page."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.safestring import SafeString

from xuanyong.lib.jsonld import jsonld_script

from .models import Article


def article_jsonld(request: HttpRequest, article: Article) -> SafeString:
    url = request.build_absolute_uri(article.get_absolute_url())
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": article.title,
        "description": article.summary,
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": article.published_at.isoformat() if article.published_at else None,
        "dateModified": article.updated_at.isoformat(),
        "author": {"@type": "Person" if article.author_id else "Organization", "name": article.byline},
        "publisher": {"@type": "Organization", "name": settings.XUANYONG_SITE_NAME},
        "inLanguage": "zh-CN",
        "interactionStatistic": [
            {"@type": "InteractionCounter", "interactionType": "https://schema.org/ReadAction",
             "userInteractionCount": article.read_count},
            {"@type": "InteractionCounter", "interactionType": "https://schema.org/CommentAction",
             "userInteractionCount": article.comment_count},
        ],
    }  # fmt: skip
    if article.cover:
        data["image"] = request.build_absolute_uri(article.cover.url)
    if article.source_type == Article.Source.REPOST and article.source_url:
        data["isBasedOn"] = article.source_url
    return jsonld_script(data)
