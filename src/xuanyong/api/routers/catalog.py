"""Public catalog reads: categories, offerings (the category page's filters and facets), vendors,
rankings. Every query is the pages' own (catalog.facets, catalog.selectors, reviews.ranking)."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal

from django.core.cache import cache
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from ninja import Field, Query, Router, Schema

from xuanyong.catalog import facets, selectors
from xuanyong.catalog.credentials import TAG_LABELS, offering_credentials
from xuanyong.catalog.models import CARD_FIELDS, XINCHUANG_PLATFORMS, Attribute, Category, Offering, Vendor
from xuanyong.portal.models import CatalogRevision
from xuanyong.reviews import ranking
from xuanyong.reviews.selectors import review_summary
from xuanyong.search.models import SearchDocument
from xuanyong.search.query import Filters as SearchFilters
from xuanyong.search.query import candidate_cap
from xuanyong.search.selectors import top_documents

from .. import schemas
from ..errors import ApiError, not_found
from ..pagination import MAX_LIMIT, paginate
from ..params import PAGE_PARAMS, refuse_unknown, without
from ..schemas import ERRORS

router = Router(tags=["目录"])

# Card columns plus what the API shows that a card does not (deployment, kind, ratings),
# and the sort keys a cursor carries (facets.ORDERINGS), so the next cursor costs no query.
API_CARD_FIELDS = (
    *CARD_FIELDS, "deployment", "kind", "rating_avg", "review_count", "featured", "view_count", "published_at",
)  # fmt: skip


def _cards(qs: QuerySet[Offering]) -> QuerySet[Offering]:
    return qs.select_related("vendor").only(*API_CARD_FIELDS)


def card(offering: Offering) -> dict[str, Any]:
    return {
        "slug": offering.slug,
        "name": offering.name,
        "tagline": offering.tagline,
        "kind": offering.kind,
        "vendor": {
            "slug": offering.vendor.slug, "name": offering.vendor.name, "verified": offering.vendor.verified,
        },
        "primary_category": category_slug(offering.primary_category_id),
        "deployment": offering.deployment,
        "pricing_model": offering.pricing_model,
        "price_min": offering.price_min,
        "price_max": offering.price_max,
        "price_unit": offering.price_unit,
        "price_display": offering.price_display,
        "free_trial": offering.free_trial,
        "rating_avg": offering.rating_avg,
        "review_count": offering.review_count,
        "credentials": offering.credential_badges,
        "url": offering.get_absolute_url(),
    }  # fmt: skip


def category_slug(pk: int) -> str:
    slug = _category_slugs().get(pk)
    return slug if slug is not None else Category.objects.values_list("slug", flat=True).get(pk=pk)


def _category_slugs() -> dict[int, str]:
    """Every category's slug, cached per catalog version: cards name theirs without a join."""
    key = f"api:category-slugs:{selectors.catalog_version()}"
    slugs: dict[int, str] | None = cache.get(key)
    if slugs is None:
        slugs = dict(Category.objects.values_list("pk", "slug"))
        cache.set(key, slugs, 600)
    return slugs


# --- categories ------------------------------------------------------------------------------


def _category_out(category: Category, counts: dict[int, int], children: list[str]) -> dict[str, Any]:
    return {
        "slug": category.slug,
        "name": category.name,
        "parent": category_slug(category.parent_id) if category.parent_id else None,
        "children": children,
        "description": category.description,
        "aliases": category.aliases,
        "offering_count": counts.get(category.pk, 0),
        "attributes": [_attribute_out(a) for a in category.attributes.all()],
        "url": category.get_absolute_url(),
    }


def _attribute_out(attr: Attribute) -> dict[str, Any]:
    return {
        "key": attr.key, "label": attr.label, "kind": attr.kind, "choices": [list(c) for c in attr.choices],
        "unit": attr.unit, "help_text": attr.help_text, "group": attr.group,
    }  # fmt: skip


def _children() -> dict[int, list[str]]:
    return {s.category.pk: [c.slug for c in s.children] for s in selectors.category_menu()}


# Enums of the codes the category page accepts, so the OpenAPI document lists them.
XinchuangCode = StrEnum("XinchuangCode", {code: code for code, _ in XINCHUANG_PLATFORMS})  # type: ignore[misc]
CredentialCode = StrEnum("CredentialCode", {code: code for code in TAG_LABELS})  # type: ignore[misc]


class ListParams(Schema):
    limit: int | None = Field(None, description="每页条数，1–100，默认 20", ge=1, le=MAX_LIMIT, examples=[20])
    cursor: str | None = Field(None, description="上一页响应的 next_cursor")


@router.get("/categories", response={200: schemas.CategoryList, **ERRORS}, summary="分类树与各分类的属性字段")
def category_list(request: HttpRequest, params: Query[ListParams]) -> dict[str, Any]:
    """全部分类，按展示顺序（先顶级后下级由 parent/children 表示），附每个分类的属性字段。"""
    refuse_unknown(request, PAGE_PARAMS)
    qs = Category.objects.prefetch_related("attributes")
    page = paginate(qs, ["position", "id"], scope="categories", cursor=params.cursor, limit=params.limit)
    counts, children = selectors.offering_counts_by_category(), _children()
    items = [_category_out(c, counts, children.get(c.pk, [])) for c in page.items]
    return {"items": items, "next_cursor": page.next_cursor}


@router.get("/categories/{slug}", response={200: schemas.Category, **ERRORS}, summary="一个分类及其属性字段")
def category_detail(request: HttpRequest, slug: str) -> dict[str, Any]:
    refuse_unknown(request, ())
    category = Category.objects.prefetch_related("attributes").filter(slug=slug).first()
    if category is None:
        raise not_found("分类")
    return _category_out(category, selectors.offering_counts_by_category(), _children().get(category.pk, []))


# --- offerings -------------------------------------------------------------------------------

OFFERING_PARAMS = {"category", "q", *PAGE_PARAMS}


class OfferingParams(ListParams):
    category: str | None = Field(
        None, description="分类拼音标识；指定时返回该分类的分面计数，并可按其属性筛选"
    )
    q: str | None = Field(None, description="关键词：只保留搜索匹配的产品（排序仍按 sort）", max_length=100)
    sort: Literal["default", "rating", "price", "newest"] = Field(
        "default", description="排序：default 综合、rating 评分、price 价格、newest 最新"
    )
    deployment: list[Offering.Deployment] = Field([], description="部署方式（可多选）")
    pricing: list[Offering.PricingModel] = Field([], description="计费模式（可多选）")
    trial: Literal["1"] | None = Field(None, description="1：只看可免费试用")
    kind: list[Offering.Kind] = Field([], description="类型：software 软件、service 服务")
    price_min: Decimal | None = Field(None, description="起价下限（元）", ge=0, le=facets.MAX_PRICE)
    price_max: Decimal | None = Field(None, description="起价上限（元）", ge=0, le=facets.MAX_PRICE)
    xinchuang: list[XinchuangCode] = Field(
        [], description="信创适配平台（须全部满足），如 kunpeng、kylin、dameng"
    )
    dengbao: Literal["2", "3", "4"] | None = Field(None, description="等保最低级别")
    cred: list[CredentialCode] = Field([], description="资质（须全部满足），如 icp、iso27001")


@router.get(
    "/offerings", response={200: schemas.OfferingList, **ERRORS}, summary="产品/服务列表（筛选、分面、排序）"
)
def offering_list(request: HttpRequest, params: Query[OfferingParams]) -> dict[str, Any]:
    """与分类页相同的筛选与分面计数。分类属性作为参数名（多选属性可重复传值，数值属性用 `<key>_min`），
    多个取值之间为“或”，不同字段之间为“且”。未知的参数或取值返回 400。"""
    category: Category | None = None
    attributes: list[Attribute] = []
    if params.category:
        category = Category.objects.filter(slug=params.category).first()
        if category is None:
            raise ApiError(
                400, "unknown_category", f"分类“{params.category}”不存在。", fields={"category": "不存在"}
            )
        attributes = list(category.attributes.all())
    filter_params = without(request.GET, OFFERING_PARAMS)
    filters = facets.parse_filters(filter_params, attributes)
    if filters.dropped:
        names = sorted(set(filter_params) - {"sort"} - _accepted(filters, attributes)) or ["sort"]
        raise ApiError(
            400, "invalid_filter", f"无法识别的筛选条件：{'、'.join(dict.fromkeys(filters.dropped))}。",
            fields=dict.fromkeys(names, "未知的参数或取值"),
        )  # fmt: skip
    base = facets.category_offerings(category) if category else Offering.objects.published()
    qs = facets.apply_filters(base, filters)
    if params.q:
        qs = qs.filter(pk__in=_matching_ids(params.q))
    page = paginate(
        _cards(qs), facets.ORDERINGS[filters.sort], scope=f"offerings:{filters.sort}",
        cursor=params.cursor, limit=params.limit,
    )  # fmt: skip
    facet_list: list[facets.Facet] = []
    if category is not None and not params.q:
        facet_list, total = facets.facet_counts(category, attributes, filters)
    else:
        total = qs.count()
    return {
        "items": [card(o) for o in page.items],
        "next_cursor": page.next_cursor,
        "total": total,
        "facets": [
            {"name": f.name, "label": f.label, "single": f.single, "values": [v.__dict__ for v in f.values]}
            for f in facet_list
        ],
    }


def _accepted(filters: facets.FacetFilters, attributes: list[Attribute]) -> set[str]:
    names = {*filters.builtin, *filters.attributes, *filters.credentials}
    names |= {f"{key}_min" for key in filters.numbers}
    names |= {n for n in ("price_min", "price_max") if getattr(filters, n) is not None}
    return names


def _matching_ids(text: str) -> list[int]:
    hits = top_documents(text, SearchFilters(kind=SearchDocument.Kind.OFFERING), limit=candidate_cap())
    return [hit.object_id for hit in hits]


def _published_offering(slug: str) -> Offering:
    offering = (
        Offering.objects.published().select_related("vendor", "primary_category").filter(slug=slug).first()
    )
    if offering is None:
        raise not_found("产品/服务")
    return offering


@router.get("/offerings/{slug}", response={200: schemas.OfferingDetail, **ERRORS}, summary="产品/服务详情")
def offering_detail(request: HttpRequest, slug: str) -> dict[str, Any]:
    """属性、套餐与价格（含核实日期）、价格与资料的修改记录、评分汇总、榜单名次及其计算输入、资质。"""
    refuse_unknown(request, ())
    offering = _published_offering(slug)
    attributes = list(offering.primary_category.attributes.all())
    groups = selectors.offering_attribute_groups(offering, attributes)
    summary = review_summary(offering.pk)
    credentials = offering_credentials([offering])[offering.pk]
    revisions = CatalogRevision.objects.filter(offering=offering).order_by("-created_at", "-id")[:50]
    return {
        **card(offering),
        "description": offering.description,
        "platforms": offering.platforms,
        "aliases": offering.aliases,
        "extra_categories": list(offering.extra_categories.values_list("slug", flat=True)),
        "published_at": offering.published_at,
        "attributes": [
            {
                "key": row.attribute.key, "label": row.attribute.label, "group": row.attribute.group,
                "value": offering.attributes.get(row.attribute.key), "display": row.display,
            }
            for rows in groups.values() for row in rows
        ],
        "plans": list(offering.plans.all()),
        "price_history": [
            {"at": r.created_at, "plan": r.plan_name, "changes": r.changes} for r in revisions
        ],
        "rating": {
            "count": summary.count,
            "average": summary.average,
            "distribution": {str(stars): n for stars, n, _ in summary.distribution},
            "verified_share": summary.verified_share,
            "sub_ratings": dict(summary.sub_ratings),
        },
        "rank": _rank(offering),
        "credentials_detail": [
            {
                "kind": c.kind, "label": c.get_kind_display(), "level": c.level, "number": c.number,
                "platforms": c.platform_labels, "expires_on": c.expires_on,
                "verified": c.status == c.Status.VERIFIED, "scope": "offering" if c.offering_id else "vendor",
            }
            for c in credentials
        ],
    }  # fmt: skip


def _rank(offering: Offering) -> dict[str, Any] | None:
    board = ranking.category_ranking(offering.primary_category)
    entry = next((e for e in board.ranked + board.unranked if e.offering.pk == offering.pk), None)
    return None if entry is None else rank_out(board, entry)


def rank_out(board: ranking.CategoryRanking, entry: ranking.RankedEntry) -> dict[str, Any]:
    return {
        "category": board.category.slug, "as_of": board.as_of, "rank": entry.rank or None,
        "score": entry.score, "reviews": entry.count, "weight": round(entry.weight, 4),
        "weighted_sum": round(entry.weighted_sum, 4), "prior_mean": round(entry.prior_mean, 4),
        "prior_weight": entry.prior_weight, "min_reviews": ranking.min_reviews(),
        "method_url": reverse("catalog:ranking_method"),
    }  # fmt: skip


# --- vendors ---------------------------------------------------------------------------------


def _vendor_out(vendor: Vendor) -> dict[str, Any]:
    return {
        "slug": vendor.slug, "name": vendor.name, "legal_name": vendor.legal_name, "verified": vendor.verified,
        "city": vendor.city, "founded_year": vendor.founded_year, "website": vendor.website,
        "hotline": vendor.hotline, "description": vendor.description, "url": vendor.get_absolute_url(),
    }  # fmt: skip


@router.get("/vendors", response={200: schemas.VendorList, **ERRORS}, summary="服务商列表")
def vendor_list(request: HttpRequest, params: Query[ListParams]) -> dict[str, Any]:
    refuse_unknown(request, PAGE_PARAMS)
    page = paginate(
        Vendor.objects.all(), ["name", "id"], scope="vendors", cursor=params.cursor, limit=params.limit
    )
    return {"items": [_vendor_out(v) for v in page.items], "next_cursor": page.next_cursor}


@router.get("/vendors/{slug}", response={200: schemas.VendorDetail, **ERRORS}, summary="服务商及其产品/服务")
def vendor_detail(request: HttpRequest, slug: str) -> dict[str, Any]:
    refuse_unknown(request, ())
    vendor = Vendor.objects.filter(slug=slug).first()
    if vendor is None:
        raise not_found("服务商")
    offerings = _cards(vendor.offerings.published()).order_by("name", "id")
    return {**_vendor_out(vendor), "offerings": [card(o) for o in offerings]}


# --- rankings --------------------------------------------------------------------------------


class RankedOffering(schemas.RankOut):
    offering: schemas.OfferingCard


class Ranking(Schema):
    category: schemas.CategoryRef
    as_of: str = Field(description="计算日期", examples=["2026-12-04"])
    prior_mean: float = Field(description="m：分类的加权平均星级", examples=[4.05])
    formula: str = Field(description="计算公式", examples=["(C×m + S) / (C + W)"])
    ranked: list[RankedOffering] = Field(description="上榜的产品，名次顺序")
    unranked: list[RankedOffering] = Field(description="评价数不足、未排名的产品")


@router.get("/rankings/{slug}", response={200: Ranking, **ERRORS}, summary="分类榜单及每个产品的计算输入")
def category_ranking(request: HttpRequest, slug: str) -> dict[str, Any]:
    """与榜单页相同：只由已发布评价计算，付费与推广不参与。评价明细可用 `xuanyong ranking-export` 导出复算。"""
    refuse_unknown(request, ())
    category = Category.objects.filter(slug=slug).first()
    if category is None:
        raise not_found("分类")
    board = ranking.category_ranking(category)
    ids = [e.offering.pk for e in board.ranked + board.unranked]
    cards = _cards(Offering.objects.filter(pk__in=ids)).in_bulk()

    def rows(entries: list[ranking.RankedEntry]) -> list[dict[str, Any]]:
        return [{**rank_out(board, e), "offering": card(cards[e.offering.pk])} for e in entries]

    return {
        "category": {"slug": category.slug, "name": category.name},
        "as_of": board.as_of.isoformat(),
        "prior_mean": round(board.prior_mean, 4),
        "formula": "(C×m + S) / (C + W)",
        "ranked": rows(board.ranked),
        "unranked": rows(board.unranked),
    }
