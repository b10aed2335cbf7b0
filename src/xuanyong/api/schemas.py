"""Response schemas shared by the routers; every field says in Chinese what it is."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ninja import Field, Schema


class ErrorDetail(Schema):
    code: str = Field(description="机器可读的错误码", examples=["invalid_cursor"])
    message: str = Field(
        description="中文说明", examples=["cursor 无效：请使用上一页响应中的 next_cursor 原样传回。"]
    )
    fields: dict[str, str] = Field(description="出错的字段及原因", examples=[{"cursor": "无效"}])


class Error(Schema):
    """所有错误的统一格式。"""

    error: ErrorDetail


class PageMeta(Schema):
    next_cursor: str | None = Field(
        description="下一页的游标，原样放入 cursor 参数；为空表示已是最后一页", examples=[None]
    )


class VendorRef(Schema):
    slug: str = Field(description="服务商拼音标识", examples=["qimu"])
    name: str = Field(description="品牌名", examples=["栖木"])
    verified: bool = Field(description="是否已认证", examples=[True])


class CategoryRef(Schema):
    slug: str = Field(description="分类拼音标识", examples=["shouyinxitong"])
    name: str = Field(description="分类名称", examples=["收银系统"])


class AttributeSchema(Schema):
    key: str = Field(description="字段标识，也是筛选参数名", examples=["payment"])
    label: str = Field(description="字段名称", examples=["支付方式"])
    kind: str = Field(
        description="类型：bool 是/否、choice 单选、multi 多选、number 数值、text 文本", examples=["multi"]
    )
    choices: list[list[str]] = Field(description="选项：[代码, 名称]", examples=[[["wechat", "微信支付"]]])
    unit: str = Field(description="数值的单位", examples=[""])
    help_text: str = Field(description="说明", examples=[""])
    group: str = Field(description="分组", examples=["功能"])


class Category(Schema):
    slug: str = Field(description="拼音标识", examples=["shouyinxitong"])
    name: str = Field(description="名称", examples=["收银系统"])
    parent: str | None = Field(description="上级分类的拼音标识；顶级分类为空", examples=["mendianyulingshou"])
    children: list[str] = Field(description="下级分类的拼音标识", examples=[[]])
    description: str = Field(description="简介", examples=["门店收银与会员管理。"])
    aliases: list[str] = Field(description="别名", examples=[["POS"]])
    offering_count: int = Field(description="已发布的产品/服务数（含下级分类与附加分类）", examples=[12])
    attributes: list[AttributeSchema] = Field(description="该分类的属性字段（筛选与对比的依据）")
    url: str = Field(description="分类页地址", examples=["/c/shouyinxitong/"])


class OfferingCard(Schema):
    slug: str = Field(description="拼音标识", examples=["qimu-shouyin"])
    name: str = Field(description="名称", examples=["栖木收银"])
    tagline: str = Field(description="一句话介绍", examples=["餐饮零售一体化收银"])
    kind: str = Field(description="类型：software 软件、service 服务", examples=["software"])
    vendor: VendorRef
    primary_category: str = Field(description="主分类的拼音标识", examples=["shouyinxitong"])
    deployment: str = Field(description="部署方式：saas、private 私有化、hybrid 混合", examples=["saas"])
    pricing_model: str = Field(
        description="计费模式：free、freemium、subscription、one_time、quote", examples=["subscription"]
    )
    price_min: Decimal | None = Field(description="最低价（元）", examples=["99.00"])
    price_max: Decimal | None = Field(description="最高价（元）", examples=["399.00"])
    price_unit: str = Field(description="价格单位", examples=["元/门店/月"])
    price_display: str = Field(description="价格的展示文字", examples=["¥99–399 元/门店/月"])
    free_trial: bool = Field(description="可免费试用", examples=[True])
    rating_avg: Decimal | None = Field(description="平均评分（0–5）；无评价时为空", examples=["4.30"])
    review_count: int = Field(description="已发布评价数", examples=[18])
    credentials: list[dict[str, Any]] = Field(
        description="资质标签：label 名称，verified 是否经运营核验",
        examples=[[{"label": "等保三级", "verified": True}]],
    )
    url: str = Field(description="产品页地址", examples=["/p/qimu-shouyin/"])


class FacetValue(Schema):
    code: str = Field(description="取值代码，作为参数值传入", examples=["wechat"])
    label: str = Field(description="名称", examples=["微信支付"])
    count: int = Field(description="选中该值后的结果数（其他条件不变）", examples=[7])
    selected: bool = Field(description="是否已选", examples=[False])


class Facet(Schema):
    name: str = Field(description="参数名", examples=["payment"])
    label: str = Field(description="名称", examples=["支付方式"])
    single: bool = Field(description="是否单选（如等保最低级别）", examples=[False])
    values: list[FacetValue] = Field(description="各取值及其计数")


class OfferingList(PageMeta):
    total: int = Field(description="符合全部条件的产品/服务数", examples=[42])
    facets: list[Facet] = Field(description="分面及其计数（与分类页相同；指定 category 时提供）")
    items: list[OfferingCard] = Field(description="本页的产品/服务")


class AttributeValue(Schema):
    key: str = Field(description="字段标识", examples=["payment"])
    label: str = Field(description="字段名称", examples=["支付方式"])
    group: str = Field(description="分组", examples=["功能"])
    value: Any = Field(
        description="原始取值（代码、布尔、数字或文本）；未知为空", examples=[["wechat", "alipay"]]
    )
    display: str = Field(description="展示文字", examples=["微信支付、支付宝"])


class PlanOut(Schema):
    id: int = Field(description="套餐编号", examples=[12])
    name: str = Field(description="套餐名称", examples=["标准版"])
    price: Decimal | None = Field(description="价格（元）；为空表示询价", examples=["199.00"])
    unit: str = Field(description="单位", examples=["元/门店/月"])
    billing_period: str = Field(description="计费周期：month、year、once 或空", examples=["month"])
    features: list[str] = Field(description="包含功能", examples=[["会员管理"]])
    last_verified_on: dt.date | None = Field(description="价格核实日期", examples=["2026-11-20"])


class ChangeOut(Schema):
    at: dt.datetime = Field(description="修改时间")
    plan: str = Field(description="修改的套餐名称；为空表示产品资料", examples=["标准版"])
    changes: dict[str, list[Any]] = Field(
        description="字段 → [旧值, 新值]", examples=[{"price": ["199", "219"]}]
    )


class RatingSummary(Schema):
    count: int = Field(description="已发布评价数", examples=[18])
    average: float | None = Field(description="平均评分（0–5）", examples=[4.3])
    distribution: dict[str, int] = Field(description="各星级的评价数", examples=[{"5": 9, "4": 6}])
    verified_share: int = Field(description="经邮箱或凭证验证的评价占比（%）", examples=[61])
    sub_ratings: dict[str, float | None] = Field(description="分项平均分（0–10）", examples=[{"易用性": 8.2}])


class RankOut(Schema):
    category: str = Field(description="榜单所属分类（主分类）", examples=["shouyinxitong"])
    as_of: dt.date = Field(description="计算日期")
    rank: int | None = Field(description="名次；评价数不足时为空", examples=[3])
    score: float = Field(description="得分 (C×m + S) / (C + W)", examples=[4.412])
    reviews: int = Field(description="n：计入的评价数", examples=[18])
    weight: float = Field(description="W：评价权重之和", examples=[11.52])
    weighted_sum: float = Field(description="S：权重 × 星级之和", examples=[51.1])
    prior_mean: float = Field(description="m：分类的加权平均星级", examples=[4.05])
    prior_weight: float = Field(description="C：先验权重", examples=[5.0])
    min_reviews: int = Field(description="上榜所需的最少评价数", examples=[3])
    method_url: str = Field(description="算法说明页", examples=["/rank/method/"])


class CredentialOut(Schema):
    kind: str = Field(description="资质类型代码", examples=["dengbao"])
    label: str = Field(description="资质名称", examples=["等保测评"])
    level: int | None = Field(description="级别", examples=[3])
    number: str = Field(description="证书/备案编号", examples=["11010013088-20001"])
    platforms: list[str] = Field(description="信创适配平台", examples=[["鲲鹏", "麒麟"]])
    expires_on: dt.date | None = Field(description="有效期至")
    verified: bool = Field(description="是否经运营核验", examples=[True])
    scope: str = Field(description="vendor 服务商资质或 offering 产品资质", examples=["offering"])


class OfferingDetail(OfferingCard):
    description: str = Field(description="介绍（Markdown 原文）")
    platforms: list[str] = Field(description="支持平台", examples=[["web", "ios"]])
    aliases: list[str] = Field(description="别名", examples=[["Qimu POS"]])
    extra_categories: list[str] = Field(description="其他分类的拼音标识", examples=[[]])
    published_at: dt.datetime | None = Field(description="发布时间")
    attributes: list[AttributeValue] = Field(description="属性，按分类的字段顺序；缺失为“未知”")
    plans: list[PlanOut] = Field(description="套餐与价格")
    price_history: list[ChangeOut] = Field(description="服务商对已发布资料的修改记录，最新在前（最多 50 条）")
    rating: RatingSummary
    rank: RankOut | None = Field(description="在主分类榜单中的位置及计算输入；没有评价时为空")
    credentials_detail: list[CredentialOut] = Field(description="计入的资质（自填或已核验，未过期）")


class Vendor(Schema):
    slug: str = Field(description="拼音标识", examples=["qimu"])
    name: str = Field(description="品牌名", examples=["栖木"])
    legal_name: str = Field(description="企业全称", examples=["杭州栖木网络科技有限公司"])
    verified: bool = Field(description="是否已认证", examples=[True])
    city: str = Field(description="所在城市", examples=["杭州"])
    founded_year: int | None = Field(description="成立年份", examples=[2015])
    website: str = Field(description="官网", examples=["https://qimu.example"])
    hotline: str = Field(description="服务热线", examples=["400-826-3150"])
    description: str = Field(description="简介")
    url: str = Field(description="服务商页地址", examples=["/v/qimu/"])


class VendorDetail(Vendor):
    offerings: list[OfferingCard] = Field(description="已发布的产品/服务")


class VendorList(PageMeta):
    items: list[Vendor] = Field(description="本页的服务商")


class CategoryList(PageMeta):
    items: list[Category] = Field(description="本页的分类")


# Every operation documents the error statuses it can answer with, so clients and Schemathesis know.
ERRORS: dict[int, Any] = {400: Error, 404: Error, 429: Error}
TOKEN_ERRORS: dict[int, Any] = {**ERRORS, 401: Error, 403: Error}
