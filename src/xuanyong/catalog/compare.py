"""Side-by-side comparison of 2–4 offerings, aligned by their categories' schemas."""

from __future__ import annotations

from dataclasses import dataclass, field

from .models import Attribute, Offering
from .selectors import format_attribute

MAX_COMPARE = 4
MIN_COMPARE = 2


@dataclass
class CompareRow:
    label: str
    cells: list[str]
    group: str = "基本信息"

    @property
    def differs(self) -> bool:
        return len(set(self.cells)) > 1


@dataclass
class CompareTable:
    offerings: list[Offering]
    rows: list[CompareRow] = field(default_factory=list)
    mixed_categories: bool = False

    @property
    def groups(self) -> list[tuple[str, list[CompareRow]]]:
        grouped: dict[str, list[CompareRow]] = {}
        for row in self.rows:
            grouped.setdefault(row.group, []).append(row)
        return list(grouped.items())


def parse_slugs(raw: str) -> list[str]:
    """`a,b,c` → unique slugs in order; tolerant of spaces, empty parts and full-width commas."""
    parts = raw.replace("，", ",").split(",")
    return list(dict.fromkeys(p.strip().lower() for p in parts if p.strip()))[:20]


def build_table(
    offerings: list[Offering], attributes_by_category: dict[int, list[Attribute]]
) -> CompareTable:
    table = CompareTable(offerings=offerings)
    table.mixed_categories = len({o.primary_category_id for o in offerings}) > 1
    table.rows = [
        CompareRow("服务商", [o.vendor.name + ("（认证）" if o.vendor.verified else "") for o in offerings]),
        CompareRow("分类", [o.primary_category.name for o in offerings]),
        CompareRow("价格", [o.price_display for o in offerings]),
        CompareRow("计费模式", [o.get_pricing_model_display() for o in offerings]),
        CompareRow("部署方式", [o.get_deployment_display() for o in offerings]),
        CompareRow("免费试用", ["支持" if o.free_trial else "不支持" for o in offerings]),
        CompareRow("支持平台", ["、".join(o.platform_labels) or "未知" for o in offerings]),
        CompareRow(
            "评分",
            [
                f"{o.rating_avg:.1f}（{o.review_count} 条）" if o.rating_avg is not None else "暂无评分"
                for o in offerings
            ],
        ),
    ]
    # Attributes align by key across categories: same key means the same question.
    seen: dict[str, Attribute] = {}
    for offering in offerings:
        for attr in attributes_by_category.get(offering.primary_category_id, []):
            seen.setdefault(attr.key, attr)
    for key, attr in seen.items():
        cells = []
        for offering in offerings:
            schema = {a.key: a for a in attributes_by_category.get(offering.primary_category_id, [])}
            own = schema.get(key)
            cells.append(format_attribute(own, offering.attributes.get(key)) if own else "不适用")
        table.rows.append(CompareRow(attr.label, cells, group=attr.group))
    return table
