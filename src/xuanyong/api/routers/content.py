"""Published articles: list, detail with 推荐阅读 (the article page's own selectors)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from xuanyong.content.models import Article
from xuanyong.content.selectors import article_by_slug, article_offerings, articles_for_list, recommended_for

from .. import schemas
from ..errors import ApiError, not_found
from ..pagination import paginate
from ..params import PAGE_PARAMS, refuse_unknown
from ..schemas import ERRORS
from .catalog import ListParams, card, category_slug

router = Router(tags=["文章"])


class ArticleCard(Schema):
    slug: str = Field(description="拼音标识", examples=["ruhe-xuanze-shouyin-xitong"])
    title: str = Field(description="标题", examples=["如何选择收银系统"])
    summary: str = Field(description="摘要")
    category: str | None = Field(description="所属分类的拼音标识", examples=["shouyinxitong"])
    published_at: dt.datetime = Field(description="发布时间")
    url: str = Field(description="文章页地址", examples=["/a/ruhe-xuanze-shouyin-xitong/"])


class ArticleDetail(ArticleCard):
    kind: str = Field(description="类型代码", examples=["guide"])
    body: str = Field(description="正文（Markdown 原文）")
    body_html: str = Field(description="正文（已净化的 HTML）")
    byline: str = Field(description="署名", examples=["选用编辑部"])
    tags: list[str] = Field(description="标签", examples=[["收银"]])
    read_count: int = Field(description="阅读数", examples=[1024])
    comment_count: int = Field(description="评论数", examples=[3])
    source_type: str = Field(description="来源：original 原创或转载类型", examples=["original"])
    source_name: str = Field(description="转载来源名称")
    source_url: str = Field(description="转载来源链接")
    offerings: list[schemas.OfferingCard] = Field(description="文章提到的产品/服务")
    recommended: list[ArticleCard] = Field(description="推荐阅读")


class ArticleList(Schema):
    next_cursor: str | None = Field(description="下一页的游标；为空表示已是最后一页")
    items: list[ArticleCard] = Field(description="本页的文章")


class ArticleParams(ListParams):
    category: str | None = Field(None, description="分类拼音标识")
    kind: Article.Kind | None = Field(None, description="文章类型")


def article_card(article: Article) -> dict[str, Any]:
    return {
        "slug": article.slug, "title": article.title, "summary": article.summary,
        "category": category_slug(article.category_id) if article.category_id else None,
        "published_at": article.published_at, "url": article.get_absolute_url(),
    }  # fmt: skip


@router.get("/articles", response={200: ArticleList, **ERRORS}, summary="已发布文章，最新在前")
def article_list(request: HttpRequest, params: Query[ArticleParams]) -> dict[str, Any]:
    refuse_unknown(request, {*PAGE_PARAMS, "category", "kind"})
    qs = articles_for_list()
    if params.kind:
        if params.kind not in Article.Kind.values:
            raise ApiError(
                400, "invalid_filter", f"未知的文章类型“{params.kind}”。", fields={"kind": "未知的取值"}
            )
        qs = qs.filter(kind=params.kind)
    if params.category:
        qs = qs.filter(category__slug=params.category)
    page = paginate(qs, ["-published_at", "-id"], scope="articles", cursor=params.cursor, limit=params.limit)
    return {"items": [article_card(a) for a in page.items], "next_cursor": page.next_cursor}


@router.get("/articles/{slug}", response={200: ArticleDetail, **ERRORS}, summary="文章详情与推荐阅读")
def article_detail(request: HttpRequest, slug: str) -> dict[str, Any]:
    refuse_unknown(request, ())
    article = article_by_slug(slug)
    if article is None or article.is_hidden:
        raise not_found("文章")
    return {
        **article_card(article), "kind": article.kind,
        "body": article.body, "body_html": article.body_html, "byline": article.byline,
        "tags": [t.name for t in article.tags.all()], "read_count": article.read_count,
        "comment_count": article.comment_count, "source_type": article.source_type,
        "source_name": article.source_name, "source_url": article.source_url,
        "offerings": [card(o) for o in article_offerings(article)],
        "recommended": [article_card(a) for a in recommended_for(article)],
    }  # fmt: skip
