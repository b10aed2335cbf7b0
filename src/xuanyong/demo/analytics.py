"""Sample operations data: share links, KPI targets and 30 days of fictional visitor events.

The events are generated (seeded, so every demo shows the same numbers) and rolled up, so the
/ops/ dashboard has traffic, funnels per channel and category, top articles and search terms.
Visitor ids start with ``demo-``; no event refers to a real person.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from django.utils import timezone

from xuanyong.analytics.models import Event, KpiTarget
from xuanyong.analytics.rollups import rollup_range
from xuanyong.analytics.services import channel_create
from xuanyong.catalog.models import Offering
from xuanyong.content.models import Article

SEED = 20261124
DAYS = 30
CHANNELS = [
    ("杭州餐饮老板交流群", "wechat_group", "hz-canyin", {"utm_source": "wechat", "utm_medium": "group"}),
    ("零售数字化 KOL 周刊", "kol", "kol-lingshou", {"utm_source": "kol", "utm_campaign": "weekly"}),
    ("示例合作伙伴·云端财税", "partner", "partner-caishui", {"utm_source": "partner"}),
    ("双十一选型红包活动", "campaign", "double11", {"utm_source": "wechat", "utm_campaign": "double11"}),
]
FOUND_TERMS = [
    "收银系统",
    "客如云",
    "HR软件",
    "人事管理",
    "资产管理",
    "门禁",
    "直播软件",
    "商标注册",
    "版权登记",
    "syxt",
]
MISSING_TERMS = ["量子收银机", "元宇宙门店", "区块链考勤", "AI 记账机器人", "无人仓储租赁"]
_LEAD_IDS = itertools.count(10**9)
DEVICES = ["mobile"] * 6 + ["desktop"] * 3 + ["tablet"]
REFERRERS = ["", "", "", "mp.weixin.qq.com", "www.baidu.com", "www.zhihu.com", "weibo.com"]


def load_analytics() -> int:
    """Create the sample channels, targets and events; returns how many events were written."""
    rng = random.Random(SEED)
    channels = [
        channel_create(name=name, kind=kind, code=code, target_path="/", **utm)
        for name, kind, code, utm in CHANNELS
    ]
    offerings = list(Offering.objects.published().values_list("id", "primary_category_id")[:60])
    articles = list(Article.objects.values_list("id", "category_id")[:40])
    if not offerings:
        return 0
    today = timezone.localdate()
    events: list[Event] = []
    for days_ago in range(DAYS, -1, -1):
        day = today - timedelta(days=days_ago)
        for n in range(rng.randint(90, 160)):
            channel = rng.choice([None, None, None, *channels])
            visit: dict[str, Any] = {
                "visitor_id": f"demo-{day:%m%d}-{n}",
                "session_id": f"demo-s-{day:%m%d}-{n}",
                "channel_id": channel.pk if channel else None,
                "first_channel_id": channel.pk if channel else None,
                "device": rng.choice(DEVICES),
                "referrer_host": rng.choice(REFERRERS),
            }
            start = timezone.make_aware(datetime.combine(day, datetime.min.time())) + timedelta(
                minutes=rng.randint(7 * 60, 23 * 60)
            )
            events += _visit(rng, visit, start, offerings, articles)
    Event.objects.bulk_create(events, batch_size=1000)
    month_start = today.replace(day=1)
    month_end = (month_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    for metric, target in (("visitors", 4000), ("reads", 2500), ("leads", 90), ("won", 20)):
        KpiTarget.objects.create(
            metric=metric, start=month_start, end=month_end, target=target, note="本月目标（示例）"
        )
    rollup_range(today - timedelta(days=DAYS), today)
    return len(events)


def _visit(
    rng: random.Random,
    visit: dict[str, Any],
    at: datetime,
    offerings: list[tuple[int, int]],
    articles: Sequence[tuple[int, int | None]],
) -> list[Event]:
    """One visitor's pages: maybe an article, maybe a search, offerings, sometimes a CTA and a lead."""
    out: list[Event] = []

    def add(kind: str, **columns: Any) -> None:
        nonlocal at
        at += timedelta(seconds=rng.randint(20, 240))
        out.append(Event(kind=kind, created_at=at, **visit, **columns))

    add(Event.Kind.VIEW, object_type="home")
    article_id = None
    if articles and rng.random() < 0.55:
        article_id, article_category = rng.choice(articles)
        add(Event.Kind.VIEW, object_type="article", object_id=article_id, article_id=article_id,
            category_id=article_category)  # fmt: skip
        add(Event.Kind.READ, object_type="article", object_id=article_id, article_id=article_id)
    if rng.random() < 0.3:
        found = rng.random() < 0.8
        add(Event.Kind.SEARCH if found else Event.Kind.SEARCH_NO_RESULT, object_type="search",
            term=rng.choice(FOUND_TERMS if found else MISSING_TERMS))  # fmt: skip
    offering_id, category_id = rng.choice(offerings)
    if rng.random() < 0.7:
        add(Event.Kind.VIEW, object_type="category", object_id=category_id, category_id=category_id)
        add(Event.Kind.VIEW, object_type="offering", object_id=offering_id, offering_id=offering_id,
            category_id=category_id)  # fmt: skip
        if rng.random() < 0.12:
            add(Event.Kind.CTA_CLICK, object_type="offering", object_id=offering_id, offering_id=offering_id,
                category_id=category_id, detail=f"{rng.choice(['consult', 'quote', 'demo'])}:offering")  # fmt: skip
            if rng.random() < 0.45:
                # Sample lead ids well above real ones: these events stand for leads not in the table.
                lead = {"object_type": "lead", "object_id": next(_LEAD_IDS), "offering_id": offering_id,
                        "category_id": category_id, "article_id": article_id}  # fmt: skip
                add(Event.Kind.LEAD_SUBMIT, detail="quote", **lead)
                if rng.random() < 0.3:
                    add(Event.Kind.LEAD_STATUS_CHANGE, detail="won", **lead)
    return out
