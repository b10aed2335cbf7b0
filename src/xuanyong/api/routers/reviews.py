"""Published reviews of an offering: what the page shows, never who wrote them beyond the
display name the page shows (no e-mail, phone, account id, IP or proof)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from xuanyong.reviews.models import CompanySize, Industry, Review
from xuanyong.reviews.selectors import ReviewFilters, offering_reviews

from ..errors import ApiError
from ..pagination import paginate
from ..params import PAGE_PARAMS, refuse_unknown
from ..schemas import ERRORS
from .catalog import ListParams, _published_offering

router = Router(tags=["评价"])


class Reply(Schema):
    vendor: str = Field(description="回复的服务商", examples=["栖木"])
    body: str = Field(description="回复内容")
    created_at: dt.datetime = Field(description="回复时间")


class ReviewOut(Schema):
    id: int = Field(description="评价编号", examples=[101])
    author: str = Field(description="评价人的公开昵称（与页面相同）", examples=["王经理"])
    reviewer_role: str = Field(description="评价人角色", examples=["决策者"])
    company_size: str = Field(description="企业规模", examples=["21-100人"])
    industry: str = Field(description="所属行业", examples=["餐饮"])
    usage_duration: str = Field(description="使用时长", examples=["1-2年"])
    recommend: int = Field(description="推荐度 0–10", examples=[8])
    stars: float = Field(description="星级 0–5", examples=[4.0])
    ease_of_use: int | None = Field(description="易用性 0–10", examples=[8])
    features: int | None = Field(description="功能 0–10", examples=[7])
    support: int | None = Field(description="服务支持 0–10", examples=[9])
    value: int | None = Field(description="性价比 0–10", examples=[8])
    pros: str = Field(description="优点")
    cons: str = Field(description="不足")
    use_case: str = Field(description="使用场景")
    verification: str = Field(
        description="验证级别：proof 凭证、email 企业邮箱、invited 受邀、none 未验证", examples=["email"]
    )
    verification_label: str = Field(description="验证级别的名称", examples=["已验证企业邮箱"])
    helpful_count: int = Field(description="“有用”数", examples=[3])
    rated_at: dt.datetime = Field(description="评分时间")
    published_at: dt.datetime | None = Field(description="发布时间")
    reply: Reply | None = Field(description="服务商回复")


class ReviewList(Schema):
    next_cursor: str | None = Field(description="下一页的游标；为空表示已是最后一页")
    items: list[ReviewOut] = Field(description="本页的评价")


class ReviewParams(ListParams):
    size: CompanySize | None = Field(None, description="企业规模")
    industry: Industry | None = Field(None, description="所属行业")
    verification: Literal["verified", "unverified", "invited"] | None = Field(
        None,
        description="verified 已验证、unverified 未验证、invited 受邀评价（不传时不含受邀评价，与页面相同）",
    )


def review_out(review: Review) -> dict[str, Any]:
    reply = getattr(review, "reply", None)
    return {
        "id": review.pk, "author": review.author_name, "reviewer_role": review.get_reviewer_role_display(),
        "company_size": review.get_company_size_display(), "industry": review.get_industry_display(),
        "usage_duration": review.get_usage_duration_display(), "recommend": review.recommend,
        "stars": review.stars, "ease_of_use": review.ease_of_use, "features": review.features,
        "support": review.support, "value": review.value, "pros": review.pros, "cons": review.cons,
        "use_case": review.use_case, "verification": review.verification,
        "verification_label": review.get_verification_display(), "helpful_count": review.helpful_count,
        "rated_at": review.rated_at, "published_at": review.published_at,
        "reply": {"vendor": reply.vendor.name, "body": reply.body, "created_at": reply.created_at} if reply else None,
    }  # fmt: skip


@router.get(
    "/offerings/{slug}/reviews", response={200: ReviewList, **ERRORS}, summary="产品/服务的已发布评价"
)
def review_list(request: HttpRequest, slug: str, params: Query[ReviewParams]) -> dict[str, Any]:
    """最新在前。显示验证级别；不含评价人的邮箱、手机号、账号或 IP。"""
    refuse_unknown(request, {*PAGE_PARAMS, "size", "industry", "verification"})
    offering = _published_offering(slug)
    filters = ReviewFilters.from_query(request.GET)
    bad = [
        name
        for name in ("size", "industry", "verification")
        if request.GET.get(name) and name not in filters.active
    ]
    if bad:
        raise ApiError(400, "invalid_filter", "筛选条件的取值无效。", fields=dict.fromkeys(bad, "未知的取值"))
    qs = offering_reviews(offering, filters)
    page = paginate(
        qs, ["-published_at", "-id"], scope=f"reviews:{offering.pk}:{filters.base_query}",
        cursor=params.cursor, limit=params.limit,
    )  # fmt: skip
    return {"items": [review_out(r) for r in page.items], "next_cursor": page.next_cursor}
