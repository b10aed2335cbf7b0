"""The open data's rows: each dataset's fields, described in Chinese, and the reads that fill them.

Only what the public pages show: published offerings (their vendors, plans and prices), published
reviews of them, and the rankings the ranking pages show, with the formula's inputs. No personal
data: a review carries no author (not even the nickname the page shows, which people often set to
their name), no e-mail or domain, IP, visitor id, account id or proof; a vendor carries no contact
person, hotline, USCC or webhook. Every string passes through ``redact`` on the way out.

Rows are read as ``values()`` in chunks (``iterator(chunk_size=CHUNK)``) with a fixed number of
queries per chunk, never one per row, and come out JSON-ready: str, int, float, bool, None, list,
dict. Redaction runs on the values as read (text, and strings inside JSON), before dates are
formatted and URLs built from ``SITE_URL`` are added (a site served from an IP address keeps its links). Dates and times are ISO 8601, times in the site's time zone (Asia/Shanghai, +08:00).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import islice
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count, Q
from django.db.models.enums import Choices
from django.urls import reverse

from xuanyong.catalog.models import Attribute, Category, CategoryMembership, Offering, Plan, Vendor
from xuanyong.portal.models import CatalogRevision
from xuanyong.portal.services import PRICE_FIELDS
from xuanyong.reviews import ranking
from xuanyong.reviews.models import (
    CompanySize,
    Industry,
    Review,
    ReviewerRole,
    UsageDuration,
    Verification,
)

from .redact import redact

CHUNK = 2000
PUBLISHED = Offering.Status.PUBLISHED

Row = dict[str, Any]


@dataclass(frozen=True)
class Field:
    name: str
    description: str


@dataclass(frozen=True)
class Dataset:
    name: str
    title: str
    description: str
    fields: tuple[Field, ...]

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]


@dataclass(frozen=True)
class ExportContext:
    as_of: dt.date  # the rankings' date
    site_url: str


@dataclass(frozen=True)
class Producer:
    """One read that fills one or more datasets: yields ``(dataset name, row)``."""

    datasets: tuple[str, ...]
    rows: Callable[[ExportContext], Iterator[tuple[str, Row]]]


def _codes(choices: type[Choices]) -> str:
    return "，".join(f"{value or '空'}={label}" for value, label in choices.choices)


def _f(name: str, description: str) -> Field:
    return Field(name, description)


DATASETS: tuple[Dataset, ...] = (
    Dataset("categories", "分类", "全部分类及其属性定义（比较与筛选依据的字段）。", (
        _f("id", "分类编号"),
        _f("slug", "拼音标识，分类页地址为 /c/<slug>/"),
        _f("name", "名称"),
        _f("parent_id", "上级分类编号；顶级分类为空"),
        _f("parent_slug", "上级分类的拼音标识"),
        _f("aliases", "别名列表（同义词、英文名）"),
        _f("description", "简介"),
        _f("position", "排序"),
        _f("offering_count", "该分类及其下级分类中已发布的产品/服务数"),
        _f("attributes", "属性定义列表：key 字段标识、label 名称、kind 类型"
                         f"（{_codes(Attribute.Kind)}）、choices 选项 [代码, 名称]、unit 单位、help_text 说明、group 分组"),
        _f("url", "分类页网址"),
    )),
    Dataset("vendors", "服务商", "至少有一款已发布产品/服务的服务商，只含其公开页面展示的信息（不含联系人、热线、统一社会信用代码）。", (
        _f("id", "服务商编号"),
        _f("slug", "拼音标识，服务商页地址为 /v/<slug>/"),
        _f("name", "品牌名"),
        _f("legal_name", "企业全称"),
        _f("verified", "是否为认证服务商"),
        _f("city", "所在城市"),
        _f("founded_year", "成立年份"),
        _f("website", "官网"),
        _f("description", "简介"),
        _f("offering_count", "已发布的产品/服务数"),
        _f("url", "服务商页网址"),
    )),
    Dataset("offerings", "产品与服务", "已发布的软件产品与企业服务，含按分类定义填写的属性。", (
        _f("id", "产品/服务编号"),
        _f("slug", "拼音标识，产品页地址为 /p/<slug>/"),
        _f("name", "名称"),
        _f("kind", f"类型：{_codes(Offering.Kind)}"),
        _f("vendor_id", "服务商编号（见 vendors）"),
        _f("vendor_slug", "服务商拼音标识"),
        _f("primary_category_id", "主分类编号（见 categories）"),
        _f("primary_category_slug", "主分类拼音标识"),
        _f("extra_category_slugs", "其他分类的拼音标识列表"),
        _f("aliases", "别名列表（英文名、缩写等）"),
        _f("tagline", "一句话介绍"),
        _f("description", "介绍（Markdown 原文）"),
        _f("deployment", f"部署方式：{_codes(Offering.Deployment)}"),
        _f("platforms", "支持平台代码列表：" + "，".join(f"{k}={v}" for k, v in Offering.PLATFORM_LABELS.items())),
        _f("pricing_model", f"计费模式：{_codes(Offering.PricingModel)}"),
        _f("price_min", "最低价（元）；询价时为空"),
        _f("price_max", "最高价（元）"),
        _f("price_unit", "价格单位，如 元/用户/月"),
        _f("free_trial", "是否可免费试用"),
        _f("attributes", "属性取值（对象），键为所属分类 attributes 中的 key"),
        _f("credential_badges", "资质标签列表：label 名称、verified 是否已核验"),
        _f("rating_avg", "已发布评价的平均星级（0–5）；无评价时为空"),
        _f("review_count", "已发布评价数"),
        _f("published_at", "发布时间"),
        _f("updated_at", "最近更新时间"),
        _f("url", "产品页网址"),
    )),
    Dataset("plans", "套餐", "已发布产品/服务的套餐与价格。", (
        _f("id", "套餐编号"),
        _f("offering_id", "产品/服务编号（见 offerings）"),
        _f("offering_slug", "产品/服务拼音标识"),
        _f("name", "套餐名称"),
        _f("price", "价格（元）；为空表示询价"),
        _f("unit", "价格单位"),
        _f("billing_period", f"计费周期：{_codes(Plan.BillingPeriod)}"),
        _f("features", "包含功能列表"),
        _f("position", "排序"),
        _f("last_verified_on", "价格核实日期：服务商或运营最近确认该价格的日期"),
    )),
    Dataset("price_observations", "价格观测", "每个套餐的当前价格及其价格核实日期（source=plan），以及服务商修改价格、单位或计费周期的历史记录（source=revision）。", (
        _f("source", "来源：plan=套餐当前价格，revision=一次价格修改记录"),
        _f("revision_id", "修改记录编号；source=plan 时为空"),
        _f("plan_id", "套餐编号（见 plans）；套餐已删除时为空"),
        _f("plan_name", "套餐名称（修改记录为当时的名称）"),
        _f("offering_id", "产品/服务编号"),
        _f("offering_slug", "产品/服务拼音标识"),
        _f("observed_on", "观测日期：source=plan 为价格核实日期，source=revision 为修改日期"),
        _f("observed_at", "修改时间；source=plan 时为空"),
        _f("changed_fields", "本次修改涉及的字段（price、unit、billing_period）；source=plan 时为空列表"),
        _f("price", "价格（元）；source=revision 时为修改后的值，仅当 changed_fields 含 price 时有意义；为空表示询价"),
        _f("unit", "价格单位；source=revision 时仅当 changed_fields 含 unit 时有意义"),
        _f("billing_period", "计费周期；source=revision 时仅当 changed_fields 含 billing_period 时有意义"),
        _f("previous_price", "修改前的价格（元）；新增套餐或未修改价格时为空"),
        _f("previous_unit", "修改前的价格单位"),
        _f("previous_billing_period", "修改前的计费周期"),
    )),
    Dataset("reviews", "评价", "已发布产品/服务的已发布评价。不含评价人的昵称、邮箱、手机号、IP、账号与凭证文件；文本中的邮箱、电话与 IP 替换为〔已隐去〕。", (
        _f("id", "评价编号（见 ranking_inputs.review_id）"),
        _f("offering_id", "产品/服务编号"),
        _f("offering_slug", "产品/服务拼音标识"),
        _f("recommend", "推荐意愿（0–10）"),
        _f("stars", "星级（0–5），即 recommend / 2"),
        _f("ease_of_use", "易用性（1–5）"),
        _f("features", "功能（1–5）"),
        _f("support", "服务支持（1–5）"),
        _f("value", "性价比（1–5）"),
        _f("pros", "优点"),
        _f("cons", "不足"),
        _f("use_case", "使用场景"),
        _f("reviewer_role", f"评价人角色：{_codes(ReviewerRole)}"),
        _f("company_size", f"企业规模：{_codes(CompanySize)}"),
        _f("industry", f"所属行业：{_codes(Industry)}"),
        _f("usage_duration", f"使用时长：{_codes(UsageDuration)}"),
        _f("verification", f"验证等级（验证方式）：{_codes(Verification)}"),
        _f("helpful_count", "认为有用的人数"),
        _f("rated_at", "评分时间（排名的时间衰减从此起算）"),
        _f("published_at", "发布时间"),
        _f("vendor_reply", "服务商的公开回复；无回复时为空"),
        _f("vendor_reply_at", "服务商回复时间"),
    )),
    Dataset("rankings", "分类排名", "每个分类的排名（与 /rank/<分类>/ 页面一致）及公式的汇总输入；评价数不足的产品列为未排名。公式见 /rank/method/。", (
        _f("as_of", "排名计算日期（北京时间）"),
        _f("category_id", "分类编号"),
        _f("category_slug", "分类拼音标识"),
        _f("offering_id", "产品/服务编号"),
        _f("offering_slug", "产品/服务拼音标识"),
        _f("rank", "名次；评价数不足 min_reviews 时为空（未排名）"),
        _f("n", "计入的已发布评价数"),
        _f("reviews_proof", "其中已核实使用凭证的评价数"),
        _f("reviews_email", "其中已验证企业邮箱的评价数"),
        _f("reviews_invited", "其中受邀评价数"),
        _f("reviews_none", "其中未验证的评价数"),
        _f("W", "权重和 W = Σ 验证权重 × 时间衰减"),
        _f("S", "加权星级和 S = Σ 权重 × 星级"),
        _f("weighted_mean", "加权平均星级 S / W"),
        _f("prior_mean_m", "分类先验均值 m（分类内全部评价的加权平均星级）"),
        _f("prior_weight_C", "先验权重 C"),
        _f("half_life_days", "时间衰减半衰期（天）"),
        _f("min_reviews", "参与排名所需的最少评价数"),
        _f("score", "得分 (C × m + S) / (C + W)，保留 3 位小数；未排名时为空"),
        _f("mean_age_days", "评价的平均时长（天）"),
    )),
    Dataset("ranking_inputs", "排名输入", "排名所用的每条评价及其权重，可据此复算 rankings（review_id 对应 reviews.id）。", (
        _f("as_of", "排名计算日期"),
        _f("category_id", "分类编号"),
        _f("category_slug", "分类拼音标识"),
        _f("offering_id", "产品/服务编号"),
        _f("review_id", "评价编号（见 reviews）"),
        _f("recommend", "推荐意愿（0–10）"),
        _f("stars", "星级 recommend / 2"),
        _f("rated_on", "评分日期"),
        _f("age_days", "评分日期到排名日期的天数"),
        _f("verification", "验证等级"),
        _f("verification_weight", "验证权重"),
        _f("decay", "时间衰减 0.5 ^ (age_days / 半衰期)"),
        _f("weight", "权重 = 验证权重 × 时间衰减"),
    )),
)  # fmt: skip
DATASET_BY_NAME = {d.name: d for d in DATASETS}


# --- values ----------------------------------------------------------------------------------

_ZONE = ZoneInfo(settings.TIME_ZONE)


def _time(value: dt.datetime | None) -> str | None:
    # astimezone() with the zone looked up once: timezone.localtime() looks it up on every call.
    return value.astimezone(_ZONE).isoformat(timespec="seconds") if value is not None else None


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _money(value: Any) -> float | None:
    """A price as a JSON number: Decimals from the database, strings from revision records."""
    if value is None or value == "":
        return None
    try:
        return float(Decimal(str(value)))
    except InvalidOperation:
        return None


def _url(name: str, site_url: str) -> Callable[[str], str]:
    """``slug -> absolute URL`` with one reverse(): slugs are URL-safe, so the rest is formatting."""
    head, _, tail = reverse(name, args=["0slug0"]).partition("0slug0")
    return lambda slug: f"{site_url}{head}{slug}{tail}"


def _chunks(rows: Iterable[Row], size: int = CHUNK) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


# --- producers ---------------------------------------------------------------------------------


def category_rows(ctx: ExportContext) -> Iterator[tuple[str, Row]]:
    counts = dict(
        CategoryMembership.objects.filter(offering__status=PUBLISHED)
        .values("category_id")
        .annotate(n=Count("offering_id"))
        .values_list("category_id", "n")
    )
    schema: dict[int, list[Row]] = defaultdict(list)
    for attr in Attribute.objects.order_by("category_id", "position", "id").values(
        "category_id", "key", "label", "kind", "choices", "unit", "help_text", "group"
    ):
        entry: Row = dict(attr)
        schema[entry.pop("category_id")].append(redact(entry))
    slugs = dict(Category.objects.values_list("pk", "slug"))
    url = _url("catalog:category", ctx.site_url)
    rows = Category.objects.order_by("position", "id").values(
        "id", "slug", "name", "parent_id", "aliases", "description", "position"
    )
    for values in rows.iterator(chunk_size=CHUNK):
        row: Row = dict(values)
        row["parent_slug"] = slugs.get(row["parent_id"])
        row["offering_count"] = counts.get(row["id"], 0)
        row["attributes"] = schema.get(row["id"], [])
        yield "categories", {**redact(row), "url": url(row["slug"])}


def vendor_rows(ctx: ExportContext) -> Iterator[tuple[str, Row]]:
    url = _url("catalog:vendor", ctx.site_url)
    rows = (
        Vendor.objects.annotate(offering_count=Count("offerings", filter=Q(offerings__status=PUBLISHED)))
        .filter(offering_count__gt=0)
        .order_by("id")
        .values(
            "id", "slug", "name", "legal_name", "verified", "city", "founded_year", "website", "description",
            "offering_count",
        )
    )  # fmt: skip
    for values in rows.iterator(chunk_size=CHUNK):
        yield "vendors", {**redact(values), "url": url(values["slug"])}


OFFERING_VALUES = (
    "id", "slug", "name", "kind", "vendor_id", "vendor__slug", "primary_category_id", "primary_category__slug",
    "aliases", "tagline", "description", "deployment", "platforms", "pricing_model", "price_min", "price_max",
    "price_unit", "free_trial", "attributes", "credential_badges", "rating_avg", "review_count", "published_at",
    "updated_at",
)  # fmt: skip


def offering_rows(ctx: ExportContext) -> Iterator[tuple[str, Row]]:
    url = _url("catalog:offering", ctx.site_url)
    extra = Offering.extra_categories.through.objects
    rows = Offering.objects.published().order_by("id").values(*OFFERING_VALUES)
    for chunk in _chunks(redact(r) for r in rows.iterator(chunk_size=CHUNK)):
        extras: dict[int, list[str]] = defaultdict(list)
        for offering_id, slug in (
            extra.filter(offering_id__in=[r["id"] for r in chunk])
            .order_by("offering_id", "category__position", "category_id")
            .values_list("offering_id", "category__slug")
        ):
            extras[offering_id].append(slug)
        for r in chunk:
            yield "offerings", {
                "id": r["id"], "slug": r["slug"], "name": r["name"], "kind": r["kind"],
                "vendor_id": r["vendor_id"], "vendor_slug": r["vendor__slug"],
                "primary_category_id": r["primary_category_id"],
                "primary_category_slug": r["primary_category__slug"],
                "extra_category_slugs": extras.get(r["id"], []), "aliases": r["aliases"],
                "tagline": r["tagline"], "description": r["description"], "deployment": r["deployment"],
                "platforms": r["platforms"], "pricing_model": r["pricing_model"],
                "price_min": _money(r["price_min"]), "price_max": _money(r["price_max"]),
                "price_unit": r["price_unit"], "free_trial": r["free_trial"], "attributes": r["attributes"],
                "credential_badges": r["credential_badges"], "rating_avg": _money(r["rating_avg"]),
                "review_count": r["review_count"], "published_at": _time(r["published_at"]),
                "updated_at": _time(r["updated_at"]),
            } | {"url": url(r["slug"])}  # fmt: skip


def _published_plans() -> Any:
    return Plan.objects.filter(offering__status=PUBLISHED).order_by("offering_id", "position", "id")


def plan_rows(ctx: ExportContext) -> Iterator[tuple[str, Row]]:
    rows = _published_plans().values(
        "id", "offering_id", "offering__slug", "name", "price", "unit", "billing_period", "features", "position",
        "last_verified_on",
    )  # fmt: skip
    for r in rows.iterator(chunk_size=CHUNK):
        r = redact(r)
        yield "plans", {
            "id": r["id"], "offering_id": r["offering_id"], "offering_slug": r["offering__slug"],
            "name": r["name"], "price": _money(r["price"]), "unit": r["unit"],
            "billing_period": r["billing_period"], "features": r["features"], "position": r["position"],
            "last_verified_on": _date(r["last_verified_on"]),
        }  # fmt: skip


def _price_revisions() -> Any:
    """Revisions of published offerings' plans whose changes touch a price field."""
    return CatalogRevision.objects.filter(
        offering__status=PUBLISHED, changes__has_any_keys=list(PRICE_FIELDS)
    ).order_by("offering_id", "created_at", "id")


def _side(changes: dict[str, Any], index: int) -> dict[str, Any]:
    """The old (0) or new (1) value of each price field a revision's ``{"field": [old, new]}`` holds."""
    return {
        name: changes[name][index]
        if isinstance(changes.get(name), list) and len(changes[name]) == 2
        else None
        for name in PRICE_FIELDS
    }


def price_rows(ctx: ExportContext) -> Iterator[tuple[str, Row]]:
    plans = _published_plans().values(
        "id", "name", "offering_id", "offering__slug", "price", "unit", "billing_period", "last_verified_on"
    )
    for r in plans.iterator(chunk_size=CHUNK):
        r = redact(r)
        yield "price_observations", {
            "source": "plan", "revision_id": None, "plan_id": r["id"], "plan_name": r["name"],
            "offering_id": r["offering_id"], "offering_slug": r["offering__slug"],
            "observed_on": _date(r["last_verified_on"]), "observed_at": None, "changed_fields": [],
            "price": _money(r["price"]), "unit": r["unit"], "billing_period": r["billing_period"],
            "previous_price": None, "previous_unit": None, "previous_billing_period": None,
        }  # fmt: skip
    revisions = _price_revisions().values(
        "id", "plan_id", "plan_name", "offering_id", "offering__slug", "changes", "created_at"
    )
    for r in revisions.iterator(chunk_size=CHUNK):
        r = redact(r)
        changes = r["changes"] if isinstance(r["changes"], dict) else {}
        before, after = _side(changes, 0), _side(changes, 1)
        yield "price_observations", {
            "source": "revision", "revision_id": r["id"], "plan_id": r["plan_id"], "plan_name": r["plan_name"],
            "offering_id": r["offering_id"], "offering_slug": r["offering__slug"],
            "observed_on": r["created_at"].astimezone(_ZONE).date().isoformat(), "observed_at": _time(r["created_at"]),
            "changed_fields": [name for name in PRICE_FIELDS if name in changes],
            "price": _money(after["price"]), "unit": after["unit"], "billing_period": after["billing_period"],
            "previous_price": _money(before["price"]), "previous_unit": before["unit"],
            "previous_billing_period": before["billing_period"],
        }  # fmt: skip


def published_reviews() -> Any:
    """The reviews the public pages show: published, of a published offering."""
    return Review.objects.published().filter(offering__status=PUBLISHED)


def review_rows(ctx: ExportContext) -> Iterator[tuple[str, Row]]:
    # Only these columns are read: the author, address, visitor id and domain never leave the database.
    rows = (
        published_reviews()
        .order_by("id")
        .values(
            "id", "offering_id", "offering__slug", "recommend", "ease_of_use", "features", "support", "value",
            "pros", "cons", "use_case", "reviewer_role", "company_size", "industry", "usage_duration",
            "verification", "helpful_count", "rated_at", "published_at", "reply__body", "reply__created_at",
        )
    )  # fmt: skip
    for r in rows.iterator(chunk_size=CHUNK):
        r = redact(r)
        yield "reviews", {
            "id": r["id"], "offering_id": r["offering_id"], "offering_slug": r["offering__slug"],
            "recommend": r["recommend"], "stars": r["recommend"] / 2, "ease_of_use": r["ease_of_use"],
            "features": r["features"], "support": r["support"], "value": r["value"], "pros": r["pros"],
            "cons": r["cons"], "use_case": r["use_case"], "reviewer_role": r["reviewer_role"],
            "company_size": r["company_size"], "industry": r["industry"],
            "usage_duration": r["usage_duration"], "verification": r["verification"],
            "helpful_count": r["helpful_count"], "rated_at": _time(r["rated_at"]),
            "published_at": _time(r["published_at"]), "vendor_reply": r["reply__body"],
            "vendor_reply_at": _time(r["reply__created_at"]),
        }  # fmt: skip


def ranking_rows(ctx: ExportContext) -> Iterator[tuple[str, Row]]:
    """Both ranking datasets from one computation per category: the ranking page's own function.

    ``compute_ranking`` is what the page's ``category_ranking`` caches; called directly, so a
    nightly export does not fill the cache with every category's ranking."""
    as_of = ctx.as_of.isoformat()
    half_life, least = ranking.half_life_days(), ranking.min_reviews()
    for category in Category.objects.order_by("position", "id").only("id", "slug"):
        result = ranking.compute_ranking(category, ctx.as_of)
        for entry in result.ranked + result.unranked:
            offering = entry.offering
            mean = entry.weighted_mean
            yield "rankings", {
                "as_of": as_of, "category_id": category.pk, "category_slug": category.slug,
                "offering_id": offering.pk, "offering_slug": offering.slug, "rank": entry.rank or None,
                "n": entry.count, **{f"reviews_{level}": entry.levels.get(level, 0) for level in Verification.values},
                "W": round(entry.weight, 6), "S": round(entry.weighted_sum, 6),
                "weighted_mean": round(mean, 6) if mean is not None else None,
                "prior_mean_m": round(result.prior_mean, 6), "prior_weight_C": entry.prior_weight,
                "half_life_days": half_life, "min_reviews": least,
                "score": entry.score if entry.rank else None, "mean_age_days": round(entry.mean_age_days, 1),
            }  # fmt: skip
            for i in entry.inputs:
                yield "ranking_inputs", {
                    "as_of": as_of, "category_id": category.pk, "category_slug": category.slug,
                    "offering_id": offering.pk, "review_id": i.review_id, "recommend": i.recommend,
                    "stars": i.stars, "rated_on": i.rated_on.isoformat(), "age_days": i.age_days,
                    "verification": i.verification, "verification_weight": i.verification_weight,
                    "decay": round(i.decay, 6), "weight": round(i.weight, 6),
                }  # fmt: skip


PRODUCERS: tuple[Producer, ...] = (
    Producer(("categories",), category_rows),
    Producer(("vendors",), vendor_rows),
    Producer(("offerings",), offering_rows),
    Producer(("plans",), plan_rows),
    Producer(("price_observations",), price_rows),
    Producer(("reviews",), review_rows),
    Producer(("rankings", "ranking_inputs"), ranking_rows),
)
