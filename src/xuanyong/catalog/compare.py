"""Side-by-side comparison of 2–4 offerings, aligned by their categories' schemas."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Attribute, Credential, Offering
from .selectors import format_attribute

MAX_COMPARE = 4
MIN_COMPARE = 2


@dataclass
class CompareRow:
    label: str
    cells: list[str]
    group: str = field(default_factory=lambda: _("基本信息"))

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
    (gettext_lazy("信创适配"), ("xinchuang",)), (gettext_lazy("等保测评"), ("dengbao",)), (gettext_lazy("ICP / EDI 许可证"), ("icp", "edi")),
    (gettext_lazy("软件著作权"), ("ruanzhu",)), ("ISO / CMMI", ("iso27001", "iso9001", "cmmi")), (gettext_lazy("增值税专用发票"), ("vat_invoice",)),
]  # fmt: skip


def credential_cell(credentials: list[Credential]) -> str:
    """``鲲鹏、麒麟（已核验 2026-10-01）``: what each credential says and whether we checked it."""
    parts = []
    for c in credentials:
        what = _("、").join(c.platform_labels) if c.platforms else c.get_kind_display()
        if c.level:
            what += _(" %(level)s 级") % {"level": c.level}
        if c.kind == Credential.Kind.RUANZHU:
            what = _("%(number)s《%(name)s》") % {"number": c.number, "name": c.name}
        verified = c.verified_at if c.status == Credential.Status.VERIFIED else None
        state = (
            _("已核验 %(date)s") % {"date": f"{timezone.localtime(verified):%Y-%m-%d}"}
            if verified
            else _("服务商自填")
        )
        parts.append(_("%(what)s（%(state)s）") % {"what": what, "state": state})
    return _("；").join(parts) or "—"


def build_table(
    offerings: list[Offering],
    attributes_by_category: dict[int, list[Attribute]],
    credentials: dict[int, list[Credential]] | None = None,
) -> CompareTable:
    table = CompareTable(offerings=offerings)
    table.mixed_categories = len({o.primary_category_id for o in offerings}) > 1
    table.rows = [
        CompareRow(
            _("服务商"), [o.vendor.name + (_("（认证）") if o.vendor.verified else "") for o in offerings]
        ),
        CompareRow(_("分类"), [o.primary_category.name for o in offerings]),
        CompareRow(_("价格"), [o.price_display for o in offerings]),
        CompareRow(_("计费模式"), [o.get_pricing_model_display() for o in offerings]),
        CompareRow(_("部署方式"), [o.get_deployment_display() for o in offerings]),
        CompareRow(_("免费试用"), [_("支持") if o.free_trial else _("不支持") for o in offerings]),
        CompareRow(_("支持平台"), [_("、").join(o.platform_labels) or _("未知") for o in offerings]),
        CompareRow(
            _("评分"),
            [
                _("%(rating)s（%(count)s 条）") % {"rating": f"{o.rating_avg:.1f}", "count": o.review_count}
                if o.rating_avg is not None
                else _("暂无评分")
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
            cells.append(format_attribute(own, offering.attributes.get(key)) if own else _("不适用"))
        table.rows.append(CompareRow(attr.label, cells, group=attr.group))
    if credentials is not None:
        for label, kinds in CREDENTIAL_ROWS:
            cells = [
                credential_cell([c for c in credentials.get(o.pk, []) if c.kind in kinds]) for o in offerings
            ]
            table.rows.append(CompareRow(str(label), cells, group=_("资质与合规")))
    return table
