"""Reads for articles: the article page, lists, recommended and latest reading, comment threads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from xuanyong.catalog.models import Offering
from xuanyong.lib.pagecache import VERSION_KEY
from xuanyong.lib.versions import cache_fill, version_get

from .models import Article, Comment, RelatedArticle, Tag

RECOMMENDED = 6
LATEST = 8
CARD_FIELDS = ("title", "slug", "summary", "body_html", "published_at", "category_id")


@dataclass
class Thread:
    """A top-level comment (None when it is no longer shown) with its approved replies."""

    comment: Comment | None
    replies: list[Comment] = field(default_factory=list)


def article_by_slug(slug: str) -> Article | None:
    """A published, due article, hidden or not (a hidden one answers 410, not 404)."""
    return (
        Article.objects.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now(), slug=slug)
        .select_related("category", "author")
        .first()
    )


def article_for_page(slug: str) -> Article | None:
    """``article_by_slug`` for the article page, cached per pages version, which every write to an
    article or its comments bumps; its read count may lag as long as on a cached page."""
    key = f"content:article:{version_get(VERSION_KEY)}:{slug}"
    article: Article | None = cache.get(key)
    if article is None:
        article = article_by_slug(slug)
        if article is not None:  # one not due yet is looked up again
            cache_fill(key, article, settings.XUANYONG_PAGE_CACHE_SECONDS)
    return article


def article_page_data(article: Article) -> dict[str, Any]:
    return {
        "article": article,
        # Read only when the page's shared parts (content/article.html) are not cached.
        "offerings": SimpleLazyObject(lambda: article_offerings(article)),
        "tags": SimpleLazyObject(lambda: list(article.tags.all())),
        "recommended": SimpleLazyObject(lambda: recommended_for(article)),
        "latest": SimpleLazyObject(lambda: latest_articles(exclude=article)),
        "threads": SimpleLazyObject(lambda: comment_threads(article)),
    }


def article_offerings(article: Article) -> list[Offering]:
    """The article's offerings in the editor's order, as cards with price and rating."""
    links = (
        article.article_offerings.filter(offering__status=Offering.Status.PUBLISHED)
        .select_related("offering__vendor", "offering__primary_category")
        .order_by("position", "id")
    )
    return [link.offering for link in links]


def recommended_for(article: Article, limit: int = RECOMMENDED) -> list[Article]:
    """Stored neighbours that are still live, best first; topped up with the newest of its category."""
    links = (
        RelatedArticle.objects.filter(article=article, neighbour__in=Article.objects.published())
        .select_related("neighbour")
        .only("position", "neighbour", *(f"neighbour__{name}" for name in CARD_FIELDS))
        .order_by("position")[:limit]
    )
    chosen = [link.neighbour for link in links]
    if len(chosen) < limit:
        taken = [article.pk, *(a.pk for a in chosen)]
        more = Article.objects.newest_first().exclude(pk__in=taken).only(*CARD_FIELDS)
        same_category = Q(category_id=article.category_id) if article.category_id else Q()
        chosen.extend(more.filter(same_category)[: limit - len(chosen)])
        if len(chosen) < limit and article.category_id:
            taken = [article.pk, *(a.pk for a in chosen)]
            chosen.extend(more.exclude(pk__in=taken)[: limit - len(chosen)])
    return chosen


def latest_articles(*, exclude: Article | None = None, limit: int = LATEST) -> list[Article]:
    articles = Article.objects.newest_first()
    if exclude is not None:
        articles = articles.exclude(pk=exclude.pk)
    return list(articles.only("title", "slug", "published_at")[:limit])


def comment_threads(article: Article) -> list[Thread]:
    """Approved comments, oldest first, replies under their comment (one level)."""
    comments = list(
        article.comments.filter(status=Comment.Status.APPROVED)
        .select_related("user")
        .order_by("created_at", "id")
    )
    threads: dict[int, Thread] = {}
    orphans: list[Comment] = []
    for comment in comments:
        if comment.parent_id is None:
            threads[comment.pk] = Thread(comment)
    for comment in comments:
        if comment.parent_id is not None:
            thread = threads.get(comment.parent_id)
            (thread.replies if thread else orphans).append(comment)
    result = list(threads.values())
    if orphans:  # replies whose comment was removed stay visible (they are counted)
        result.append(Thread(None, orphans))
    return result


def articles_for_list() -> Any:
    return Article.objects.newest_first().select_related("category").defer("body", "body_html")


def articles_for_tag(tag: Tag) -> Any:
    return articles_for_list().filter(tags=tag)


def articles_by_author(name: str) -> Any:
    """Articles signed with this byline, or written by a user of this name without a byline."""
    match = Q(author_name=name) | Q(author_name="", author__display_name=name)
    if name == Article.DEFAULT_BYLINE:
        match |= Q(author_name="", author__isnull=True)
    return articles_for_list().filter(match)
