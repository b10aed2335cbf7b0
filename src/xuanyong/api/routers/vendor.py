"""Vendor operations with a token: its leads (incremental), their status, its offerings and plans.

Every lookup starts from the token's vendor, so another vendor's id is simply not found (404).
Writes go through the portal's and the leads app's services: the same checks, revisions and
audit trail as the portal.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal

from django.db.models import F, QuerySet
from django.db.models.functions import Greatest
from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.responses import Status as WithStatus

from xuanyong.catalog.models import Offering, Plan
from xuanyong.leads.models import LeadRoute, Status
from xuanyong.leads.selectors import inbox_routes
from xuanyong.leads.services import route_status_change
from xuanyong.portal import services as portal

from .. import schemas
from ..auth import VendorToken, current_token, require_scope
from ..errors import not_found
from ..inputs import InputSchema
from ..pagination import paginate
from ..params import PAGE_PARAMS, refuse_unknown
from ..schemas import TOKEN_ERRORS
from .catalog import ListParams, category_slug

router = Router(tags=["服务商（需令牌）"], auth=VendorToken())


class TokenInfo(Schema):
    vendor: str = Field(description="令牌所属服务商的拼音标识", examples=["qimu"])
    vendor_name: str = Field(description="服务商品牌名", examples=["栖木"])
    name: str = Field(description="令牌名称", examples=["CRM 同步"])
    scopes: list[str] = Field(description="权限", examples=[["leads:read"]])


@router.get("/vendor/me", response={200: TokenInfo, **TOKEN_ERRORS}, summary="当前令牌及其服务商")
def me(request: HttpRequest) -> dict[str, Any]:
    refuse_unknown(request, ())
    token = current_token(request)
    return {
        "vendor": token.vendor.slug,
        "vendor_name": token.vendor.name,
        "name": token.name,
        "scopes": token.scopes,
    }


# --- leads -----------------------------------------------------------------------------------


class LeadOut(Schema):
    id: int = Field(description="线索编号", examples=[1024])
    kind: str = Field(
        description="类型：consult 咨询、quote 报价、demo 演示、callback 回拨", examples=["quote"]
    )
    source: str = Field(description="来源页面", examples=["offering"])
    offering: str | None = Field(description="产品的拼音标识", examples=["qimu-shouyin"])
    category: str | None = Field(description="分类的拼音标识", examples=[None])
    name: str = Field(description="称呼（采购者撤回授权后为空）", examples=["王先生"])
    phone: str = Field(description="手机号 E.164（撤回授权后为空）", examples=["+8613800138000"])
    email: str = Field(description="电子邮箱（撤回授权后为空）", examples=[""])
    company: str = Field(description="公司", examples=["杭州某餐饮有限公司"])
    company_size: str = Field(description="公司规模代码", examples=["21-100"])
    budget: str = Field(description="预算代码", examples=["10k-50k"])
    need: str = Field(description="需求描述")
    status: str = Field(description="本服务商对该线索的跟进状态", examples=["new"])
    lost_reason: str = Field(description="未成交原因", examples=[""])
    consent_withdrawn: bool = Field(description="采购者是否已撤回授权", examples=[False])
    created_at: dt.datetime = Field(description="分配给本服务商的时间")
    updated_at: dt.datetime = Field(description="最近变化时间（状态、线索资料），即 updated_since 比较的字段")


class LeadList(Schema):
    next_cursor: str | None = Field(
        description="下一页的游标；为空表示暂无更多（保存最后的 updated_at 供下次增量同步）"
    )
    items: list[LeadOut] = Field(description="本页的线索")


class LeadParams(ListParams):
    updated_since: dt.datetime | None = Field(
        None, description="只返回此时间之后（含）有变化的线索，ISO 8601，如 2026-12-01T00:00:00+08:00"
    )


def _routes(request: HttpRequest) -> QuerySet[LeadRoute]:
    vendor = current_token(request).vendor
    return inbox_routes(vendor).annotate(changed_at=Greatest(F("updated_at"), F("lead__updated_at")))


def _lead_out(route: LeadRoute) -> dict[str, Any]:
    lead = route.lead
    return {
        "id": lead.pk, "kind": lead.kind, "source": lead.source,
        "offering": lead.offering.slug if lead.offering else None,
        "category": category_slug(lead.category_id) if lead.category_id else None,
        "name": lead.name, "phone": lead.phone, "email": lead.email, "company": lead.company,
        "company_size": lead.company_size, "budget": lead.budget, "need": lead.need, "status": route.status,
        "lost_reason": route.lost_reason, "consent_withdrawn": lead.consent_withdrawn_at is not None,
        "created_at": route.created_at, "updated_at": route.changed_at,  # type: ignore[attr-defined]
    }  # fmt: skip


@router.get("/vendor/leads", response={200: LeadList, **TOKEN_ERRORS}, summary="本服务商的线索（增量）")
def lead_list(request: HttpRequest, params: Query[LeadParams]) -> dict[str, Any]:
    """按最近变化时间从早到晚。首次同步不传 updated_since，沿 next_cursor 取完；之后用上次最大的
    updated_at 作为 updated_since 取增量。需要 `leads:read` 权限。"""
    refuse_unknown(request, {*PAGE_PARAMS, "updated_since"})
    require_scope(request, "leads:read")
    qs = _routes(request)
    if params.updated_since is not None:
        since = params.updated_since
        if since.tzinfo is None:
            since = since.replace(tzinfo=dt.UTC)
        qs = qs.filter(changed_at__gte=since)  # type: ignore[misc]  # the annotation of _routes
    page = paginate(qs, ["changed_at", "id"], scope="vendor-leads", cursor=params.cursor, limit=params.limit)
    return {"items": [_lead_out(r) for r in page.items], "next_cursor": page.next_cursor}


def _route(request: HttpRequest, lead_id: int) -> LeadRoute:
    route = _routes(request).filter(lead_id=lead_id).first()
    if route is None:
        raise not_found("线索")
    return route


@router.get("/vendor/leads/{lead_id}", response={200: LeadOut, **TOKEN_ERRORS}, summary="一条线索")
def lead_detail(request: HttpRequest, lead_id: int) -> dict[str, Any]:
    refuse_unknown(request, ())
    require_scope(request, "leads:read")
    return _lead_out(_route(request, lead_id))


class StatusIn(InputSchema):
    status: Literal["new", "contacted", "qualified", "won", "lost"] = Field(
        description="新状态：new、contacted 已联系、qualified 已确认需求、won 已成交、lost 未成交",
        examples=["contacted"],
    )
    lost_reason: str = Field(
        "", description="未成交原因（status 为 lost 时必填，最多 200 字）", max_length=200
    )


@router.post(
    "/vendor/leads/{lead_id}/status", response={200: LeadOut, **TOKEN_ERRORS}, summary="更新线索状态"
)
def lead_status(request: HttpRequest, lead_id: int, body: StatusIn) -> dict[str, Any]:
    """与服务商后台相同的状态流转与审计记录。需要 `leads:write` 权限。"""
    refuse_unknown(request, ())
    token = require_scope(request, "leads:write")
    route = _route(request, lead_id)
    route_status_change(
        route=route, status=Status(body.status), actor=token.created_by, lost_reason=body.lost_reason
    )
    return _lead_out(_route(request, lead_id))


# --- offerings and plans ------------------------------------------------------------------------


VendorPlan = schemas.PlanOut  # the public plan, as the vendor sees it too


class VendorOffering(Schema):
    slug: str = Field(description="拼音标识", examples=["qimu-shouyin"])
    name: str = Field(description="名称", examples=["栖木收银"])
    status: str = Field(description="状态：draft、published、archived", examples=["published"])
    tagline: str = Field(description="一句话介绍")
    description: str = Field(description="介绍（Markdown）")
    deployment: str = Field(description="部署方式", examples=["saas"])
    pricing_model: str = Field(description="计费模式", examples=["subscription"])
    price_min: Decimal | None = Field(description="最低价", examples=["99.00"])
    price_max: Decimal | None = Field(description="最高价", examples=["399.00"])
    price_unit: str = Field(description="价格单位", examples=["元/门店/月"])
    free_trial: bool = Field(description="免费试用", examples=[True])
    primary_category: str = Field(description="主分类", examples=["shouyinxitong"])
    plans: list[VendorPlan] = Field(description="套餐与价格")


class VendorOfferingList(Schema):
    next_cursor: str | None = Field(description="下一页的游标；为空表示已是最后一页")
    items: list[VendorOffering] = Field(description="本页的产品/服务")


def _offerings(request: HttpRequest) -> QuerySet[Offering]:
    return Offering.objects.filter(vendor=current_token(request).vendor).prefetch_related("plans")


def _offering_out(offering: Offering) -> dict[str, Any]:
    return {
        "slug": offering.slug, "name": offering.name, "status": offering.status, "tagline": offering.tagline,
        "description": offering.description, "deployment": offering.deployment,
        "pricing_model": offering.pricing_model, "price_min": offering.price_min,
        "price_max": offering.price_max, "price_unit": offering.price_unit, "free_trial": offering.free_trial,
        "primary_category": category_slug(offering.primary_category_id), "plans": list(offering.plans.all()),
    }  # fmt: skip


def _offering(request: HttpRequest, slug: str) -> Offering:
    offering = _offerings(request).filter(slug=slug).first()
    if offering is None:
        raise not_found("产品/服务")
    return offering


@router.get(
    "/vendor/offerings",
    response={200: VendorOfferingList, **TOKEN_ERRORS},
    summary="本服务商的产品/服务（含草稿）",
)
def offering_list(request: HttpRequest, params: Query[ListParams]) -> dict[str, Any]:
    refuse_unknown(request, PAGE_PARAMS)
    require_scope(request, "listings:write")
    page = paginate(
        _offerings(request),
        ["slug", "id"],
        scope="vendor-offerings",
        cursor=params.cursor,
        limit=params.limit,
    )
    return {"items": [_offering_out(o) for o in page.items], "next_cursor": page.next_cursor}


@router.get(
    "/vendor/offerings/{slug}",
    response={200: VendorOffering, **TOKEN_ERRORS},
    summary="本服务商的一个产品/服务",
)
def offering_detail(request: HttpRequest, slug: str) -> dict[str, Any]:
    refuse_unknown(request, ())
    require_scope(request, "listings:write")
    return _offering_out(_offering(request, slug))


class OfferingPatch(InputSchema):
    tagline: str | None = Field(None, description="一句话介绍（最多 60 字）", max_length=60)
    description: str | None = Field(None, description="介绍（Markdown，最多 20000 字）", max_length=20000)
    deployment: Literal["saas", "private", "hybrid"] | None = Field(None, description="部署方式")
    pricing_model: Literal["free", "freemium", "subscription", "one_time", "quote"] | None = Field(
        None, description="计费模式"
    )
    price_min: Decimal | None = Field(None, description="最低价", ge=0, max_digits=12, decimal_places=2)
    price_max: Decimal | None = Field(None, description="最高价", ge=0, max_digits=12, decimal_places=2)
    price_unit: str | None = Field(None, description="价格单位", max_length=20)
    free_trial: bool | None = Field(None, description="免费试用")


def _changes(body: InputSchema, nullable: tuple[str, ...]) -> dict[str, Any]:
    """The fields the client sent; null only where the field may be empty (a price: 询价)."""
    sent = body.model_dump(exclude_unset=True)
    blanks = {name: "" for name, value in sent.items() if value is None and name not in nullable}
    return {**sent, **blanks}


@router.patch(
    "/vendor/offerings/{slug}", response={200: VendorOffering, **TOKEN_ERRORS}, summary="修改产品资料"
)
def offering_patch(request: HttpRequest, slug: str, body: OfferingPatch) -> dict[str, Any]:
    """只改传入的字段；已发布产品的修改记入修改记录（与服务商后台相同）。需要 `listings:write` 权限。"""
    refuse_unknown(request, ())
    token = require_scope(request, "listings:write")
    offering = _offering(request, slug)
    changes = _changes(body, nullable=("price_min", "price_max"))
    for name in ("deployment", "pricing_model", "free_trial"):
        if changes.get(name) == "":
            del changes[name]
    portal.offering_update(offering=offering, author=token.created_by, changes=changes)
    return _offering_out(_offering(request, slug))


class PlanIn(InputSchema):
    name: str = Field(..., description="套餐名称（最多 40 字）", min_length=1, max_length=40)
    price: Decimal | None = Field(
        None, description="价格；为空表示询价", ge=0, max_digits=12, decimal_places=2
    )
    unit: str = Field("", description="单位", max_length=20)
    billing_period: Literal["month", "year", "once", ""] = Field("", description="计费周期")
    features: list[str] = Field([], description="包含功能", max_length=50)


class PlanPatch(InputSchema):
    name: str | None = Field(None, description="套餐名称", min_length=1, max_length=40)
    price: Decimal | None = Field(
        None, description="价格；为 null 表示询价", ge=0, max_digits=12, decimal_places=2
    )
    unit: str | None = Field(None, description="单位", max_length=20)
    billing_period: Literal["month", "year", "once", ""] | None = Field(None, description="计费周期")
    features: list[str] | None = Field(None, description="包含功能", max_length=50)


def _plan(request: HttpRequest, plan_id: int) -> Plan:
    plan = Plan.objects.filter(pk=plan_id, offering__vendor=current_token(request).vendor).first()
    if plan is None:
        raise not_found("套餐")
    return plan


@router.post("/vendor/offerings/{slug}/plans", response={201: VendorPlan, **TOKEN_ERRORS}, summary="新增套餐")
def plan_create(request: HttpRequest, slug: str, body: PlanIn) -> WithStatus[Plan]:
    refuse_unknown(request, ())
    token = require_scope(request, "listings:write")
    offering = _offering(request, slug)
    return WithStatus(
        201, portal.plan_add(offering=offering, author=token.created_by, changes=body.model_dump())
    )


@router.patch("/vendor/plans/{plan_id}", response={200: VendorPlan, **TOKEN_ERRORS}, summary="修改套餐与价格")
def plan_patch(request: HttpRequest, plan_id: int, body: PlanPatch) -> Plan:
    """改价格、单位或计费周期时，价格核实日期更新为今天。需要 `listings:write` 权限。"""
    refuse_unknown(request, ())
    token = require_scope(request, "listings:write")
    plan = _plan(request, plan_id)
    changes = _changes(body, nullable=("price",))
    if changes.get("name") == "":
        del changes["name"]
    if changes.get("features") == "":
        changes["features"] = []
    portal.plan_update(plan=plan, author=token.created_by, changes=changes)
    return _plan(request, plan_id)


@router.post(
    "/vendor/plans/{plan_id}/confirm-price",
    response={200: VendorPlan, **TOKEN_ERRORS},
    summary="确认价格仍然有效",
)
def plan_confirm(request: HttpRequest, plan_id: int) -> Plan:
    """价格核实日期更新为今天。需要 `listings:write` 权限。"""
    refuse_unknown(request, ())
    token = require_scope(request, "listings:write")
    plan = _plan(request, plan_id)
    return portal.prices_confirm(plan=plan, author=token.created_by)
