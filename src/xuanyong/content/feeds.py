from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .models import Article
from .templatetags.content_tags import excerpt


class LatestArticlesFeed(Feed):
    title = format_lazy("{} · {}", _(settings.XUANYONG_SITE_NAME), _("最新选型文章"))
    link = "/a/"
    description = _("企业软件与服务的选型指南、榜单、价格与行业资讯。")

    def items(self) -> QuerySet[Article]:
        return Article.objects.newest_first().only("title", "slug", "summary", "body_html", "published_at")[
            :30
        ]

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        return excerpt(item, 160)

    def item_pubdate(self, item: Article) -> dt.datetime | None:
        return item.published_at
