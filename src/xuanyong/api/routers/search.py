"""Search and suggest, as the search page runs them (search.selectors, search.filters)."""

from __future__ import annotations

from typing import Any, Literal

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from xuanyong.catalog.models import Offering
from xuanyong.search.filters import parse_filters
from xuanyong.search.selectors import clean_prefix, search, suggest

from .. import schemas
from ..errors import ApiError
from ..pagination import check_limit, make_cursor, read_cursor
from ..params import PAGE_PARAMS, refuse_unknown
from ..schemas import ERRORS
from .catalog import API_CARD_FIELDS, CredentialCode, ListParams, XinchuangCode, card

router = Router(tags=["搜索"])
MAX_RESULTS = 1000  # as far as the search page lets a buyer page


class SearchHit(Schema):
    kind: str = Field(
        description="结果类型：offering 产品、article 文章、vendor 服务商、category 分类",
        examples=["offering"],
    )
    title: str = Field(description="标题", examples=["栖木收银"])
    summary: str = Field(description="摘要")
    url: str = Field(description="页面地址", examples=["/p/qimu-shouyin/"])
    score: float = Field(description="相关度得分（越大越相关）", examples=[12.5])
    offering: schemas.OfferingCard | None = Field(description="产品结果的卡片信息")


class SearchResult(Schema):
    query: str = Field(description="规范化后的查询", examples=["收银"])
    mode: str = Field(description="匹配方式：all 全部词、pinyin 拼音、any 放宽条件", examples=["all"])
    notice: str = Field(description="放宽匹配时给用户的提示")
    total: int = Field(description="当前类型下的结果数", examples=[14])
    complete: bool = Field(description="为 false 时常见词匹配过多，计数只覆盖最新的候选", examples=[True])
    kind_counts: dict[str, int] = Field(
        description="各结果类型的数量", examples=[{"offering": 14, "article": 3}]
    )
    next_cursor: str | None = Field(description="下一页的游标；为空表示已是最后一页")
    items: list[SearchHit] = Field(description="本页的结果，相关度从高到低")


class SearchParams(ListParams):
    q: str = Field(..., description="关键词，支持拼音与首字母", max_length=100, examples=["收银"])
    type: Literal["offering", "article", "vendor"] | None = Field(
        None, description="结果类型：offering、article、vendor；不传时取结果最多的类型"
    )
    category: int | None = Field(None, description="分类编号（含下级分类）", ge=1)
    pricing: Offering.PricingModel | None = Field(None, description="计费模式")
    deployment: Offering.Deployment | None = Field(None, description="部署方式")
    rating: float | None = Field(None, description="最低评分 0–5", ge=0, le=5)
    xinchuang: list[XinchuangCode] = Field([], description="信创适配平台（须全部满足）")
    dengbao: Literal["2", "3", "4"] | None = Field(None, description="等保最低级别")
    cred: list[CredentialCode] = Field([], description="资质（须全部满足）")


SEARCH_PARAMS = {
    *PAGE_PARAMS,
    "q",
    "type",
    "category",
    "pricing",
    "deployment",
    "rating",
    "xinchuang",
    "dengbao",
    "cred",
}


@router.get("/search", response={200: SearchResult, **ERRORS}, summary="全站搜索")
def search_api(request: HttpRequest, params: Query[SearchParams]) -> dict[str, Any]:
    """与搜索页相同的检索、回退（拼音、放宽条件）与排序；筛选参数的含义同搜索页。"""
    refuse_unknown(request, SEARCH_PARAMS)
    filters, dropped = parse_filters(request.GET)
    if dropped:
        raise ApiError(400, "invalid_filter", f"无法识别的筛选条件：{'、'.join(dropped)}。")
    size = check_limit(params.limit)
    scope = f"search:{size}"
    start = (read_cursor(params.cursor, scope) or [0])[0]
    if not isinstance(start, int) or start < 0 or start % size:
        raise ApiError(400, "invalid_cursor", "cursor 无效：请使用上一页响应中的 next_cursor 原样传回。")
    result = search(params.q, filters, page=start // size + 1, per_page=size, log_misses=False)
    ids = [h.object_id for h in result.hits if h.kind == "offering"]
    cards = Offering.objects.filter(pk__in=ids).select_related("vendor").only(*API_CARD_FIELDS).in_bulk()
    end = start + size
    return {
        "query": result.parsed.text, "mode": result.mode, "notice": result.notice, "total": result.total,
        "complete": result.complete, "kind_counts": result.kind_counts,
        "next_cursor": make_cursor([end], scope) if end < min(result.total, MAX_RESULTS) else None,
        "items": [
            {
                "kind": h.kind, "title": h.title, "summary": h.summary, "url": h.url, "score": h.score,
                "offering": card(cards[h.object_id]) if h.kind == "offering" and h.object_id in cards else None,
            }
            for h in result.hits
        ],
    }  # fmt: skip


class SuggestItem(Schema):
    kind: str = Field(description="类型", examples=["offering"])
    text: str = Field(description="建议的名称", examples=["栖木收银"])
    url: str = Field(description="页面地址", examples=["/p/qimu-shouyin/"])


class SuggestParams(Schema):
    q: str = Field(..., description="已输入的前缀（汉字、拼音或首字母）", max_length=50, examples=["shouy"])


@router.get("/suggest", response={200: list[SuggestItem], **ERRORS}, summary="搜索联想")
def suggest_api(request: HttpRequest, params: Query[SuggestParams]) -> list[dict[str, Any]]:
    """最多 8 条名称，按热度排序。"""
    refuse_unknown(request, {"q"})
    if not clean_prefix(params.q):
        return []
    return [{"kind": s.kind, "text": s.text, "url": s.url} for s in suggest(params.q)]
