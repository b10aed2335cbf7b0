"""Side-by-side comparison of 2–4 offerings, aligned by their categories' schemas."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils import timezone

from .models import Attribute, Credential, Offering
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


# The compare table's 资质与合规 rows: (label, the kinds each shows).
CREDENTIAL_ROWS = [
    ("信创适配", ("xinchuang",)), ("等保测评", ("dengbao",)), ("ICP / EDI 许可证", ("icp", "edi")),
    ("软件著作权", ("ruanzhu",)), ("ISO / CMMI", ("iso27001", "iso9001", "cmmi")), ("增值税专用发票", ("vat_invoice",)),
]  # fmt: skip


def credential_cell(credentials: list[Credential]) -> str:
    """``鲲鹏、麒麟（已核验 2026-10-01）``: what each credential says and whether we checked it."""
    parts = []
    for c in credentials:
        what = "、".join(c.platform_labels) if c.platforms else c.get_kind_display()
        if c.level:
            what += f" {c.level} 级"
        if c.kind == Credential.Kind.RUANZHU:
            what = f"{c.number}《{c.name}》"
        verified = c.verified_at if c.status == Credential.Status.VERIFIED else None
        state = f"已核验 {timezone.localtime(verified):%Y-%m-%d}" if verified else "服务商自填"
        parts.append(f"{what}（{state}）")
    return "；".join(parts) or "—"


def build_table(
    offerings: list[Offering],
    attributes_by_category: dict[int, list[Attribute]],
    credentials: dict[int, list[Credential]] | None = None,
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
    if credentials is not None:
        for label, kinds in CREDENTIAL_ROWS:
            cells = [
                credential_cell([c for c in credentials.get(o.pk, []) if c.kind in kinds]) for o in offerings
            ]
            table.rows.append(CompareRow(label, cells, group="资质与合规"))
    return table
