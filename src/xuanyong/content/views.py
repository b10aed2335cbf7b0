from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from .models import Article


def article_list(request: HttpRequest) -> HttpResponse:
    articles = Article.objects.newest_first().select_related("category")
    page = Paginator(articles, 20).get_page(request.GET.get("page"))
    return render(request, "content/article_list.html", {"page": page})


def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    article = get_object_or_404(Article.objects.published().select_related("category", "author"), slug=slug)
    offerings = [
        link.offering
        for link in article.article_offerings.select_related("offering__vendor", "offering__primary_category")
    ]
    recommended = Article.objects.newest_first().exclude(pk=article.pk)
    if article.category_id:
        recommended = recommended.filter(category_id=article.category_id)
    context = {
        "article": article,
        "offerings": offerings,
        "tags": list(article.tags.all()),
        "recommended": list(recommended[:6]),
        "latest": list(
            Article.objects.newest_first().exclude(pk=article.pk).only("title", "slug", "published_at")[:8]
        ),
    }
    return render(request, "content/article.html", context)
