"""Service fee estimator: add up an offering's fee items for the buyer's answers.

The questions come from the fee items themselves: every key an item's conditions use becomes
a question (its choices from the category schema, or urgency), ``count`` is asked when an item
is charged per work / class, and ``region`` when the items differ by region.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.http import QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Attribute, FeeItem, Offering

MAX_COUNT = 100
URGENCY_CHOICES = [("normal", gettext_lazy("普通")), ("urgent", gettext_lazy("加急"))]
COUNT_LABELS = {"版权登记": gettext_lazy("作品数量（件）"), "商标注册": gettext_lazy("申请类别数（类）")}


@dataclass
class Question:
    key: str
    label: str
    choices: list[tuple[str, str]] = field(default_factory=list)  # empty: a whole number

    @property
    def is_count(self) -> bool:
        return not self.choices


@dataclass
class Line:
    item: FeeItem
    amount_min: Decimal
    amount_max: Decimal
    multiplier: int


@dataclass
class Estimate:
    answers: dict[str, str | int]
    lines: list[Line]
    errors: list[str]

    def subtotal(self, kind: str) -> tuple[Decimal, Decimal]:
        lines = [line for line in self.lines if line.item.kind == kind]
        return sum((x.amount_min for x in lines), Decimal(0)), sum((x.amount_max for x in lines), Decimal(0))

    @property
    def total(self) -> tuple[Decimal, Decimal]:
        return sum((x.amount_min for x in self.lines), Decimal(0)), sum(
            (x.amount_max for x in self.lines), Decimal(0)
        )

    @property
    def breakdown(self) -> list[tuple[str, Decimal, Decimal]]:
        return [
            (str(label), *self.subtotal(kind))
            for kind, label in FeeItem.Kind.choices
            if any(x.item.kind == kind for x in self.lines)
        ]

    @property
    def oldest_verification(self) -> dt.date | None:
        dates = [x.item.last_verified_on for x in self.lines if x.item.last_verified_on]
        return min(dates) if dates else None


def questions_for(offering: Offering, items: list[FeeItem], attributes: list[Attribute]) -> list[Question]:
    schema = {attr.key: attr for attr in attributes}
    keys = list(dict.fromkeys(key for item in items for key in item.conditions))
    questions = []
    for key in keys:
        if key == "urgency":
            questions.append(
                Question(key, _("办理时效"), [(code, str(label)) for code, label in URGENCY_CHOICES])
            )
        elif (attr := schema.get(key)) and attr.choices:
            questions.append(Question(key, attr.label, [(code, label) for code, label in attr.choices]))
    regions = sorted({item.region for item in items} - {"全国"})
    if regions:
        questions.append(
            Question("region", _("办理地区"), [("全国", _("全国/不限")), *[(r, r) for r in regions]])
        )
    if any(item.per == FeeItem.Per.ITEM for item in items):
        questions.append(Question("count", str(COUNT_LABELS.get(offering.primary_category.name, _("数量")))))
    return questions


def estimate(items: list[FeeItem], questions: list[Question], params: QueryDict | dict[str, str]) -> Estimate:
    answers: dict[str, str | int] = {}
    errors: list[str] = []
    for question in questions:
        raw = (params.get(question.key) or "").strip()
        if question.is_count:
            count = int(raw) if raw.isdigit() else (1 if raw == "" else -1)
            if not 1 <= count <= MAX_COUNT:
                errors.append(
                    _("%(label)s应为 1–%(max_count)s 的整数。")
                    % {"label": question.label, "max_count": MAX_COUNT}
                )
                count = 1
            answers[question.key] = count
        else:
            codes = [code for code, _ in question.choices]
            if raw and raw not in codes:
                errors.append(_("“%(label)s”的选项无效，已按默认值估算。") % {"label": question.label})
            answers[question.key] = raw if raw in codes else codes[0]
    count = int(answers.get("count", 1))
    region = str(answers.get("region", "全国"))
    lines = []
    for item in items:
        if not item.applies(answers) or item.region not in ("全国", region):
            continue
        multiplier = count if item.per == FeeItem.Per.ITEM else 1
        lines.append(Line(item, item.amount_min * multiplier, item.amount_max * multiplier, multiplier))
    return Estimate(answers=answers, lines=lines, errors=errors)
