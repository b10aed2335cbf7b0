from __future__ import annotations

from django.contrib.sitemaps.views import sitemap
from django.urls import path

from .feeds import LatestArticlesFeed
from .sitemaps import SITEMAPS
from .views import articles, comments, takedowns

app_name = "content"

urlpatterns = [
    path("a/", articles.article_list, name="article_list"),
    path("a/<slug:slug>/", articles.article_detail, name="article"),
    path("a/<slug:slug>/comment/", comments.comment_post, name="comment"),
    path("a/<slug:slug>/takedown/", takedowns.takedown_form, name="takedown"),
    path("a/<slug:slug>/takedown/sent/", takedowns.takedown_sent, name="takedown_sent"),
    path("tag/<slug:slug>/", articles.tag_detail, name="tag"),
    path("author/<path:name>/", articles.author_detail, name="author"),
]

# For feed readers and crawlers: outside the language prefix, namespace "syndication" (xuanyong/urls.py).
syndication_urlpatterns = [
    path("feed/", LatestArticlesFeed(), name="feed"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
]
