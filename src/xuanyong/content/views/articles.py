"""Article pages: the list, an article, tag and author pages."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from xuanyong.lib.pagecache import cache_page, page_effect, register_page_effect
from xuanyong.lib.visitor import is_bot, visitor_id

from .. import selectors
from ..forms import CommentForm
from ..jsonld import article_jsonld
from ..models import Article, Tag
from ..reads import article_read_record

PAGE_SIZE = 20


@cache_page
@require_GET
def article_list(request: HttpRequest) -> HttpResponse:
    return _list(request, selectors.articles_for_list(), heading=_("最新文章"))


@cache_page
@require_GET
def tag_detail(request: HttpRequest, slug: str) -> HttpResponse:
    tag = get_object_or_404(Tag, slug=slug)
    return _list(
        request, selectors.articles_for_tag(tag), heading=_("标签：%(name)s") % {"name": tag.name}, tag=tag
    )


@cache_page
@require_GET
def author_detail(request: HttpRequest, name: str) -> HttpResponse:
    articles = selectors.articles_by_author(name)
    if not articles.exists():
        raise Http404("no such author")
    return _list(request, articles, heading=_("作者：%(name)s") % {"name": name})


def _list(request: HttpRequest, articles: QuerySet[Article], heading: str, **extra: object) -> HttpResponse:
    page = Paginator(articles, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "content/article_list.html", {"page": page, "heading": heading, **extra})


@cache_page
@require_GET
def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    article = selectors.article_for_page(slug)
    if article is None:
        raise Http404("no such article")
    if article.is_hidden:
        return render(request, "content/gone.html", {"article": article}, status=410)
    if page_effect(request, "content.read", article_id=article.pk):
        article.read_count += 1  # the row was incremented with F(); show the reader's own read
    return render_article(request, article)


@register_page_effect("content.read")
def _count_read(request: HttpRequest, article_id: int) -> bool:
    """Done for every reader, whether the page comes from the cache or not."""
    return not is_bot(request) and article_read_record(
        article_id=article_id, visitor_id=visitor_id(request), request=request
    )


def render_article(
    request: HttpRequest, article: Article, comment_form: CommentForm | None = None, status: int = 200
) -> HttpResponse:
    context = selectors.article_page_data(article)
    context["comment_form"] = comment_form or CommentForm()
    context["jsonld"] = article_jsonld(request, article)
    return render(request, "content/article.html", context, status=status)
