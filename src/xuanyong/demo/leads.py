"""Sample leads (示例数据): requests to the demo vendor at every pipeline stage, plus a few others.

The buyers are fictional, their numbers in the unassigned 139 0000 xxxx range. Leads go through
``lead_submit`` and ``route_status_change`` like real ones, then are dated back over two weeks.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from xuanyong.catalog.models import Category, Offering, Vendor
from xuanyong.leads import routing, services
from xuanyong.leads.models import Lead, LeadRoute

# (kind, name, company, size, budget, need, final status, lost reason, hours ago, answered after hours)
DEMO_VENDOR_LEADS = [
    (
        "quote",
        "王女士",
        "杭州小满餐饮",
        "21-100",
        "10k-50k",
        "8 家门店，需要会员储值和外卖平台对接。",
        "won",
        "",
        300,
        0.5,
    ),
    (
        "demo",
        "李先生",
        "宁波甬上烘焙",
        "1-20",
        "lt10k",
        "想看一下收银和库存联动的演示。",
        "qualified",
        "",
        200,
        1.5,
    ),
    (
        "consult",
        "陈经理",
        "苏州禾木零售",
        "101-500",
        "50k-200k",
        "连锁便利店 40 家，考虑替换旧收银系统。",
        "contacted",
        "",
        120,
        3,
    ),
    (
        "quote",
        "赵女士",
        "合肥一米咖啡",
        "1-20",
        "lt10k",
        "单店，预算有限，想了解基础版价格。",
        "lost",
        "预算不足，选择免费版",
        96,
        0.3,
    ),
    ("callback", "孙先生", "", "", "", "请工作日下午回电。", "new", "", 30, None),
    ("quote", "周女士", "南京鲜果坊", "21-100", "10k-50k", "需要支持称重秤和会员积分。", "new", "", 5, None),
]
OTHER_LEADS = 6


def load_leads() -> int:
    """Create the sample leads; return how many."""
    vendor = Vendor.objects.filter(verified=True).order_by("pk").first()
    offering = (
        Offering.objects.published().filter(vendor=vendor).order_by("pk").first()
        if vendor is not None
        else None
    )
    if offering is None:
        return 0
    now = timezone.now()
    created = 0
    for i, (kind, name, company, size, budget, need, status, reason, hours, answered) in enumerate(
        DEMO_VENDOR_LEADS
    ):
        lead = _submit(routing.offer_for_offering(offering), i, kind, name, company, size, budget, need)
        route = lead.routes.get()
        for step in _steps(status):
            services.route_status_change(route=route, status=step, actor=None, lost_reason=reason)
        _date_back(lead, now - dt.timedelta(hours=hours), answered)
        created += 1
    category = Category.objects.filter(pk=offering.primary_category_id).first()
    if category is not None:
        offer = routing.offer_for_category(category)
        for i in range(OTHER_LEADS):
            lead = _submit(offer, 100 + i, "consult", f"示例采购者{i + 1}", "", "", "", "想比较几家的方案。")
            _date_back(lead, now - dt.timedelta(hours=20 + 37 * i), 2.0 if i % 2 else None)
            created += 1
    return created


def _submit(
    offer: routing.Offer, n: int, kind: str, name: str, company: str, size: str, budget: str, need: str
) -> Lead:
    result = services.lead_submit(
        offer=offer,
        data=services.LeadInput(
            kind=kind,
            name=name,
            phone=f"1390000{n:04d}",
            company=company,
            company_size=size,
            budget=budget,
            need=need,
        ),
        consent_given=True,
        idempotency_key=f"demo-lead-{n}",
        visitor_id=f"demo-lead-{n}",
    )
    return result.lead


def _steps(status: str) -> list[str]:
    path = {
        "contacted": ["contacted"],
        "qualified": ["contacted", "qualified"],
        "won": ["contacted", "qualified", "won"],
    }
    return path.get(status, [status] if status != "new" else [])


def _date_back(lead: Lead, at: dt.datetime, answered_after_hours: float | None) -> None:
    Lead.objects.filter(pk=lead.pk).update(created_at=at)
    answered = at + dt.timedelta(hours=answered_after_hours) if answered_after_hours is not None else None
    LeadRoute.objects.filter(lead=lead).update(created_at=at, first_response_at=answered)
