"""The dashboard's tables, read from the rollups. Each is also a CSV export.

Every report is ``(since, until) -> Table``; the dashboard renders them and ``/ops/export/<name>.csv``
writes them, so what an operator sees and what they download are the same numbers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from xuanyong.catalog.models import Category, Offering
from xuanyong.content.models import Article

from .days import days_between
from .models import (
    ALL,
    NONE,
    Channel,
    DailyFunnel,
    DailyObjectStat,
    DailySearchTerm,
    DailyTraffic,
    Event,
    KpiTarget,
)

K = Event.Kind
STEPS = [s.value for s in DailyFunnel.Step]
STEP_LABELS = [s.label for s in DailyFunnel.Step]
TOP = 20


@dataclass(frozen=True)
class Link:
    """A cell shown as a link on the page and as its text in CSV."""

    text: str
    url: str

    def __str__(self) -> str:
        return self.text


@dataclass
class Table:
    name: str
    title: str
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    note: str = ""


def _pct(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "–"


def traffic(since: date, until: date) -> Table:
    """Per day: visitors, page views, reads, searches, CTA clicks, leads."""
    columns = [
        ("visitors", K.VIEW, "visitors"),
        ("views", K.VIEW, "events"),
        ("reads", K.READ, "events"),
        ("searches", K.SEARCH, "events"),
        ("misses", K.SEARCH_NO_RESULT, "events"),
        ("ctas", K.CTA_CLICK, "events"),
        ("leads", K.LEAD_SUBMIT, "events"),
    ]
    by_day: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in DailyTraffic.objects.filter(
        date__gte=since, date__lte=until, channel_id=ALL, device=""
    ).values_list("date", "kind", "events", "visitors"):
        day, kind, events, visitors = row
        for name, wanted, measure in columns:
            if kind == wanted:
                by_day[day][name] += visitors if measure == "visitors" else events
    table = Table(
        "traffic",
        _("流量与阅读（按天）"),
        [
            _("日期"),
            pgettext("metric", "访客"),
            _("浏览量"),
            _("阅读量"),
            _("搜索"),
            _("无结果搜索"),
            _("咨询点击"),
            pgettext("metric", "线索"),
        ],
    )
    for day in days_between(since, until):
        counts = by_day.get(day, {})
        table.rows.append([day.isoformat(), *(counts.get(name, 0) for name, _, _ in columns)])
    return table


def _funnel_rows(since: date, until: date, **where: Any) -> dict[int, dict[str, int]]:
    """{dimension id: {step: visitors}} summed over the range (visitor-days for the visit step)."""
    result: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    dimension = "channel_id" if "category_id" in where else "category_id"
    for dim, step, visitors, events in DailyFunnel.objects.filter(
        date__gte=since, date__lte=until, **where
    ).values_list(dimension, "step", "visitors", "events"):
        # Leads and wins count leads; the earlier steps count visitors.
        result[dim][step] += events if step in ("lead", "won") else visitors
    return result


def _funnel_table(
    name: str, title: str, label: str, names: dict[int, str], data: dict[int, dict[str, int]]
) -> Table:
    table = Table(name, title, [label, *map(str, STEP_LABELS), _("访问→线索"), _("线索→成交")])
    ordered = sorted(data.items(), key=lambda item: (-item[1].get("lead", 0), -item[1].get("visit", 0)))
    for dim, steps in ordered:
        counts = [steps.get(step, 0) for step in STEPS]
        table.rows.append(
            [names.get(dim, f"#{dim}"), *counts, _pct(steps.get("lead", 0), steps.get("visit", 0)),
             _pct(steps.get("won", 0), steps.get("lead", 0))]
        )  # fmt: skip
    return table


def funnel_by_channel(since: date, until: date) -> Table:
    data = _funnel_rows(since, until, category_id=ALL)
    data.pop(ALL, None)
    names = {NONE: _("直接访问/其他")} | {
        pk: _("%(name)s（%(code)s）") % {"name": name, "code": code}
        for pk, name, code in Channel.objects.filter(pk__in=list(data)).values_list("pk", "name", "code")
    }
    return _funnel_table("funnel-channel", _("转化漏斗（按渠道）"), _("渠道"), names, data)


def funnel_by_category(since: date, until: date) -> Table:
    data = _funnel_rows(since, until, channel_id=ALL)
    data.pop(ALL, None)
    data.pop(NONE, None)
    names = dict(Category.objects.filter(pk__in=list(data)).values_list("pk", "name"))
    return _funnel_table("funnel-category", _("转化漏斗（按分类）"), _("分类"), names, data)


def funnel_total(since: date, until: date) -> Table:
    totals: dict[str, int] = defaultdict(int)
    for step, visitors, events in DailyFunnel.objects.filter(
        date__gte=since, date__lte=until, channel_id=ALL, category_id=ALL
    ).values_list("step", "visitors", "events"):
        totals[step] += events if step in ("lead", "won") else visitors
    table = Table("funnel", _("整体转化漏斗"), [_("环节"), _("人数/线索数"), _("相对上一环节")])
    previous = 0
    for step, label in zip(STEPS, STEP_LABELS, strict=True):
        table.rows.append([label, totals[step], _pct(totals[step], previous) if previous else "–"])
        previous = totals[step]
    return table


def _top_articles(since: date, until: date, order: str, name: str, title: str) -> Table:
    stats = list(
        DailyObjectStat.objects.filter(object_type="article", date__gte=since, date__lte=until)
        .values("object_id")
        .annotate(reads=Sum("reads"), views=Sum("views"), leads=Sum("leads"))
        .filter(**{f"{order}__gt": 0})
        .order_by(f"-{order}", "object_id")[:TOP]
    )
    articles = {
        a.pk: a
        for a in Article.objects.filter(pk__in=[s["object_id"] for s in stats]).only("id", "title", "slug")
    }
    table = Table(name, title, [_("文章"), _("阅读"), _("浏览"), _("带来线索"), _("阅读→线索")])
    for s in stats:
        article = articles.get(s["object_id"])
        cell: Link | str = (
            Link(article.title, article.get_absolute_url())
            if article
            else _("已删除文章 #%(id)s") % {"id": s["object_id"]}
        )
        table.rows.append([cell, s["reads"], s["views"], s["leads"], _pct(s["leads"], s["reads"])])
    return table


def articles_by_reads(since: date, until: date) -> Table:
    return _top_articles(since, until, "reads", "articles-reads", _("热门文章（按阅读）"))


def articles_by_leads(since: date, until: date) -> Table:
    return _top_articles(since, until, "leads", "articles-leads", _("带来线索最多的文章"))


def offerings_top(since: date, until: date) -> Table:
    stats = list(
        DailyObjectStat.objects.filter(object_type="offering", date__gte=since, date__lte=until)
        .values("object_id")
        .annotate(views=Sum("views"), visitors=Sum("visitors"), ctas=Sum("ctas"), leads=Sum("leads"))
        .order_by("-leads", "-views", "object_id")[:TOP]
    )
    offerings = {
        o.pk: o
        for o in Offering.objects.filter(pk__in=[s["object_id"] for s in stats])
        .select_related("vendor")
        .only("id", "name", "slug", "vendor__name")
    }
    table = Table(
        "offerings",
        _("产品表现"),
        [
            _("产品"),
            _("服务商"),
            _("浏览"),
            pgettext("metric", "访客"),
            _("咨询点击"),
            pgettext("metric", "线索"),
            _("浏览→线索"),
        ],
    )
    for s in stats:
        o = offerings.get(s["object_id"])
        table.rows.append(
            [Link(o.name, o.get_absolute_url()) if o else f"#{s['object_id']}", o.vendor.name if o else "", s["views"], s["visitors"],
             s["ctas"], s["leads"], _pct(s["leads"], s["views"])]
        )  # fmt: skip
    return table


def _search_terms(since: date, until: date, found: bool, name: str, title: str) -> Table:
    rows = (
        DailySearchTerm.objects.filter(date__gte=since, date__lte=until, found=found)
        .values("term")
        .annotate(searches=Sum("searches"), visitors=Sum("visitors"))
        .order_by("-searches", "term")[:50]
    )
    table = Table(name, title, [_("搜索词"), _("次数"), pgettext("metric", "访客")])
    table.rows = [[r["term"], r["searches"], r["visitors"]] for r in rows]
    return table


def search_found(since: date, until: date) -> Table:
    return _search_terms(since, until, True, "search-found", _("热门搜索词（有结果）"))


def search_missing(since: date, until: date) -> Table:
    return _search_terms(since, until, False, "search-missing", _("无结果搜索词（待补充内容）"))


def vendor_response(since: date, until: date) -> Table:
    """Hours from a lead's arrival to the vendor's first move, per vendor (leads app data)."""
    from . import leads_bridge

    table = Table(
        "vendor-response",
        _("服务商响应时间"),
        [_("服务商"), _("线索数"), _("已响应"), _("响应率"), _("平均响应（小时）"), _("中位响应（小时）")],
    )
    table.rows, table.note = leads_bridge.response_times(since, until)
    return table


def kpi_actual(metric: str, since: date, until: date) -> int:
    in_range = Q(date__gte=since, date__lte=until)
    if metric == KpiTarget.Metric.WON:
        return (
            DailyFunnel.objects.filter(in_range, step="won", channel_id=ALL, category_id=ALL).aggregate(
                n=Sum("events")
            )["n"]
            or 0
        )
    kinds, measure = {
        KpiTarget.Metric.VISITORS: ([K.VIEW], "visitors"),
        KpiTarget.Metric.VIEWS: ([K.VIEW], "events"),
        KpiTarget.Metric.READS: ([K.READ], "events"),
        KpiTarget.Metric.SEARCHES: ([K.SEARCH, K.SEARCH_NO_RESULT], "events"),
        KpiTarget.Metric.CTA_CLICKS: ([K.CTA_CLICK], "events"),
        KpiTarget.Metric.LEADS: ([K.LEAD_SUBMIT], "events"),
    }[KpiTarget.Metric(metric)]
    total = DailyTraffic.objects.filter(in_range, kind__in=kinds, channel_id=ALL, device="").aggregate(
        n=Sum(measure)
    )["n"]
    return int(total or 0)


def kpi(since: date, until: date) -> Table:
    """Targets whose period overlaps the range, each measured over its own period."""
    today = timezone.localdate()
    table = Table(
        "kpi",
        _("KPI 目标与完成"),
        [_("指标"), _("周期"), _("目标"), _("实际"), _("完成率"), _("时间进度"), _("状态")],
    )
    for target in KpiTarget.objects.filter(start__lte=until, end__gte=since).order_by("start", "metric"):
        actual = kpi_actual(target.metric, target.start, target.end)
        total_days = (target.end - target.start).days + 1
        elapsed = min(max((today - target.start).days + 1, 0), total_days)
        done, expected = actual / target.target if target.target else 1.0, elapsed / total_days
        status = _("已达成") if done >= 1 else (_("进度正常") if done >= expected else _("落后"))
        period = _("%(start)s～%(end)s") % {"start": target.start, "end": target.end}
        if target.note:
            period += _("（%(note)s）") % {"note": target.note}
        table.rows.append(
            [target.get_metric_display(), period,
             target.target, actual, f"{done:.0%}", f"{expected:.0%}", status]
        )  # fmt: skip
    if not table.rows:
        table.note = _("该时间段没有设定 KPI 目标；可在 管理后台 → 运营数据 → KPI 目标 中添加。")
    return table


def channels(since: date, until: date) -> Table:
    """Every share link with its URL, so operators can copy it from the dashboard or the CSV."""
    table = Table(
        "channels", _("渠道链接"), [_("名称"), _("类型"), _("短码"), _("链接"), _("落地页"), _("启用")]
    )
    for c in Channel.objects.order_by("-created_at"):
        table.rows.append(
            [
                c.name,
                c.get_kind_display(),
                c.code,
                c.get_absolute_url(),
                c.target_path,
                _("是") if c.is_active else _("否"),
            ]
        )
    return table


REPORTS: dict[str, Callable[[date, date], Table]] = {
    "kpi": kpi,
    "funnel": funnel_total,
    "funnel-channel": funnel_by_channel,
    "funnel-category": funnel_by_category,
    "offerings": offerings_top,
    "articles-reads": articles_by_reads,
    "articles-leads": articles_by_leads,
    "search-missing": search_missing,
    "search-found": search_found,
    "vendor-response": vendor_response,
    "channels": channels,
    "traffic": traffic,
}
