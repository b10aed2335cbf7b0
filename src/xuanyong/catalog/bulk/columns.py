"""The catalog file's layout: its record types, their columns, and how a cell becomes a value and
a value becomes a cell again.

CSV is one table with a ``type`` column and the union of every type's columns; XLSX has one sheet
per type. docs/import.md describes every column: keep the two in step.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_slug
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from xuanyong.lib.text import has_markup
from xuanyong.lib.validators import validate_uscc

from ..models import Attribute, FeeItem, Offering, Plan

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

VENDOR, OFFERING, PLAN, FEE = "vendor", "offering", "plan", "fee"
LIST_SEPARATOR = "|"
ATTR_PREFIX = "attr."
TYPE_COLUMN = "type"

TRUE_WORDS = frozenset({"是", "有", "支持", "true", "yes", "y", "1", "√", "✓"})
FALSE_WORDS = frozenset({"否", "无", "不支持", "false", "no", "n", "0", "×", "✗"})
_NUMBER = re.compile(r"\d+(\.\d+)?")
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_url = URLValidator()


class CellError(ValueError):
    """A cell's value is not acceptable; the message says why, in Chinese."""


@dataclass(frozen=True)
class Column:
    key: str  # the header, and the model field it fills unless ``field`` says otherwise
    label: StrOrPromise
    kind: str  # text, markdown, slug, uscc, bool, int, decimal, date, url, choice, list, choices,
    # conditions, ref, refs
    choices: tuple[tuple[str, str], ...] = ()
    required: bool = False  # a new row must fill it, and it cannot be emptied
    default: Any = None  # what an empty ``choice`` cell means
    keep_if_empty: bool = False  # an empty cell keeps the stored value (a new row: the default)
    field: str = ""

    @property
    def attname(self) -> str:
        return self.field or self.key

    def title(self) -> str:
        return _("%(code)s（%(label)s）") % {"code": self.key, "label": self.label}


@dataclass(frozen=True)
class RecordType:
    name: str
    label: StrOrPromise
    sheet: str
    aliases: tuple[str, ...]  # other names accepted in the type column and as sheet names
    columns: tuple[Column, ...]
    key: tuple[str, ...]  # the columns that identify a row

    def column(self, key: str) -> Column | None:
        return self._by_key.get(key)

    @cached_property
    def _by_key(self) -> dict[str, Column]:
        return {c.key: c for c in self.columns}


def _choices(choices: Any) -> tuple[tuple[str, str], ...]:
    # A label here is a word of the file, which is Chinese whatever language the page is in.
    with translation.override(settings.LANGUAGE_CODE):
        return tuple((str(code), str(label)) for code, label in choices)


PLATFORMS = _choices(Offering.PLATFORM_LABELS.items())

VENDOR_TYPE = RecordType(
    name=VENDOR, label=gettext_lazy("服务商"), sheet="服务商", aliases=("vendor", "vendors", "服务商"),
    key=("slug",),
    columns=(
        Column("slug", gettext_lazy("标识"), "slug", required=True),
        Column("name", gettext_lazy("品牌名"), "text", required=True),
        Column("legal_name", gettext_lazy("企业全称"), "text"),
        Column("uscc", gettext_lazy("统一社会信用代码"), "uscc"),
        Column("verified", gettext_lazy("已认证"), "bool"),
        Column("hotline", gettext_lazy("服务热线"), "text"),
        Column("website", gettext_lazy("官网"), "url"),
        Column("city", gettext_lazy("所在城市"), "text"),
        Column("founded_year", gettext_lazy("成立年份"), "int"),
        Column("description", gettext_lazy("简介"), "markdown"),
    ),
)  # fmt: skip

OFFERING_TYPE = RecordType(
    name=OFFERING, label=gettext_lazy("产品"), sheet="产品", aliases=("offering", "offerings", "产品", "产品/服务"),
    key=("slug",),
    columns=(
        Column("slug", gettext_lazy("标识"), "slug", required=True),
        Column("vendor", gettext_lazy("服务商标识"), "ref", required=True),
        Column("name", gettext_lazy("名称"), "text", required=True),
        Column("kind", gettext_lazy("类型"), "choice", _choices(Offering.Kind.choices), default=Offering.Kind.SOFTWARE),
        Column("category", gettext_lazy("主分类"), "ref", required=True, field="primary_category"),
        Column("extra_categories", gettext_lazy("其他分类"), "refs"),
        Column("aliases", gettext_lazy("别名"), "list"),
        Column("tagline", gettext_lazy("一句话介绍"), "text"),
        Column("description", gettext_lazy("介绍（Markdown）"), "markdown"),
        Column("deployment", gettext_lazy("部署方式"), "choice", _choices(Offering.Deployment.choices),
               default=Offering.Deployment.SAAS),
        Column("platforms", gettext_lazy("支持平台"), "choices", PLATFORMS),
        Column("pricing_model", gettext_lazy("计费模式"), "choice", _choices(Offering.PricingModel.choices),
               default=Offering.PricingModel.SUBSCRIPTION),
        Column("price_min", gettext_lazy("最低价"), "decimal"),
        Column("price_max", gettext_lazy("最高价"), "decimal"),
        Column("price_unit", gettext_lazy("价格单位"), "text"),
        Column("free_trial", gettext_lazy("免费试用"), "bool"),
        Column("status", gettext_lazy("状态"), "choice", _choices(Offering.Status.choices), default=Offering.Status.PUBLISHED),
    ),
)  # fmt: skip

PLAN_TYPE = RecordType(
    name=PLAN, label=gettext_lazy("套餐"), sheet="套餐", aliases=("plan", "plans", "套餐"),
    key=("offering", "name"),
    columns=(
        Column("offering", gettext_lazy("产品标识"), "ref", required=True),
        Column("name", gettext_lazy("套餐名称"), "text", required=True),
        Column("price", gettext_lazy("价格"), "decimal"),
        Column("unit", gettext_lazy("单位"), "text"),
        Column("billing_period", gettext_lazy("计费周期"), "choice", _choices(Plan.BillingPeriod.choices), default=""),
        Column("features", gettext_lazy("包含功能"), "list"),
        Column("position", gettext_lazy("排序"), "int", keep_if_empty=True),
        Column("last_verified_on", gettext_lazy("价格核实日期"), "date", keep_if_empty=True),
    ),
)  # fmt: skip

FEE_TYPE = RecordType(
    name=FEE, label=gettext_lazy("费用"), sheet="费用", aliases=("fee", "fees", "费用", "费用项"),
    key=("offering", "name"),
    columns=(
        Column("offering", gettext_lazy("产品标识"), "ref", required=True),
        Column("name", gettext_lazy("费用名称"), "text", required=True),
        Column("kind", gettext_lazy("费用类型"), "choice", _choices(FeeItem.Kind.choices), required=True),
        Column("amount_min", gettext_lazy("金额下限"), "decimal", required=True),
        Column("amount_max", gettext_lazy("金额上限"), "decimal", required=True),
        Column("per", gettext_lazy("计费方式"), "choice", _choices(FeeItem.Per.choices), default=FeeItem.Per.ORDER),
        Column("conditions", gettext_lazy("适用条件"), "conditions"),
        Column("region", gettext_lazy("地区"), "text", default="全国"),
        Column("source_url", gettext_lazy("来源"), "url"),
        Column("position", gettext_lazy("排序"), "int", keep_if_empty=True),
        Column("last_verified_on", gettext_lazy("核实日期"), "date", keep_if_empty=True),
    ),
)  # fmt: skip

TYPES: dict[str, RecordType] = {t.name: t for t in (VENDOR_TYPE, OFFERING_TYPE, PLAN_TYPE, FEE_TYPE)}
TYPE_NAMES: dict[str, str] = {
    alias.lower(): t.name for t in TYPES.values() for alias in (t.name, t.sheet, *t.aliases)
}


def union_columns() -> list[str]:
    """The CSV header before the attribute columns: every type's columns once, keys first."""
    order = [TYPE_COLUMN, "slug", "offering", "vendor", "name", "kind", "category"]
    for record in TYPES.values():
        order += [c.key for c in record.columns]
    return list(dict.fromkeys(order))


def types_with_column(key: str) -> list[RecordType]:
    if key.startswith(ATTR_PREFIX):
        return [OFFERING_TYPE]
    return [t for t in TYPES.values() if t.column(key)]


# --- cells → values -------------------------------------------------------------------------


def is_empty(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _text(raw: Any) -> str:
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return "是" if raw else "否"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))  # a number Excel stored for a text column (a hotline, a year)
    if isinstance(raw, dt.datetime | dt.date):
        return raw.isoformat()[:10]
    return str(raw).strip()


def _no_markup(text: str) -> str:
    if has_markup(text):
        raise CellError(_("不能包含 HTML 标签或代码，请只填写文字。"))
    return text


def _choice(column: Column, raw: Any, choices: tuple[tuple[str, str], ...] | None = None) -> str:
    text = _text(raw)
    options = choices if choices is not None else column.choices
    folded = text.lower()
    for code, label in options:
        if folded == code.lower() or text == label:
            return code
    shown = _("、").join(
        _("%(code)s（%(label)s）") % {"code": code, "label": label} if code != label else code
        for code, label in options
        if code
    )
    raise CellError(_("“%(text)s”不是可选值，可选：%(shown)s。") % {"text": text, "shown": shown})


def parse_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if is_empty(raw):
        return False
    text = _text(raw).lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise CellError(_("“%(value)s”不是“是”或“否”。") % {"value": _text(raw)})


def parse_number(raw: Any, *, what: str = "", negative: bool = False) -> Decimal:
    what = what or _("数字")
    if isinstance(raw, bool):
        raise CellError(_("应为%(what)s。") % {"what": what})
    if isinstance(raw, int | float | Decimal):
        value = Decimal(str(raw))
    else:
        text = unicodedata.normalize("NFKC", _text(raw)).replace(",", "").replace(" ", "")
        if not _NUMBER.fullmatch(text.removeprefix("-")):
            raise CellError(
                _("“%(value)s”不是%(what)s：请只填数字，如 980 或 0.5，不带单位或货币符号。")
                % {"value": _text(raw), "what": what}
            )
        value = Decimal(text)
    if not value.is_finite():
        raise CellError(_("应为%(what)s。") % {"what": what})
    if value < 0 and not negative:
        raise CellError(_("不能为负数。"))
    return value


def parse_int(raw: Any) -> int:
    value = parse_number(raw, what=_("整数"))
    if value != value.to_integral_value():
        raise CellError(_("“%(value)s”不是整数。") % {"value": _text(raw)})
    return int(value)


def parse_date(raw: Any) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    match = _DATE.fullmatch(_text(raw))
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    raise CellError(_("“%(value)s”不是日期：请写成 2026-12-05。") % {"value": _text(raw)})


def split_list(raw: Any) -> list[str]:
    return [item.strip() for item in _text(raw).split(LIST_SEPARATOR) if item.strip()]


def parse_cell(column: Column, raw: Any) -> Any:
    """The value of a cell of ``column`` (refs: the slugs or names as written), or CellError."""
    kind = column.kind
    if column.required and is_empty(raw):
        raise CellError(_("不能为空。"))
    if kind in ("text", "markdown"):
        text = _no_markup(_text(raw))
        return text or (column.default or "")
    if kind == "slug":
        text = _text(raw)
        try:
            validate_slug(text)
        except ValidationError as exc:
            raise CellError(_("只能包含英文字母、数字、连字符和下划线（如 keruyun）。")) from exc
        return text
    if kind == "uscc":
        code = _text(raw).upper()
        if code:
            try:
                validate_uscc(code)
            except ValidationError as exc:
                raise CellError(exc.messages[0]) from exc
        return code
    if kind == "bool":
        return parse_bool(raw)
    if kind in ("int", "decimal", "date"):
        if is_empty(raw):
            return None
        if kind == "int":
            return parse_int(raw)
        return parse_number(raw) if kind == "decimal" else parse_date(raw)
    if kind == "url":
        text = _text(raw)
        if text:
            try:
                _url(text)
            except ValidationError as exc:
                raise CellError(
                    _("“%(text)s”不是有效的网址（以 http:// 或 https:// 开头）。") % {"text": text}
                ) from exc
        return text
    if kind == "choice":
        return column.default if is_empty(raw) else _choice(column, raw)
    if kind == "list":
        return [_no_markup(item) for item in split_list(raw)]
    if kind == "choices":
        return [_choice(column, item) for item in split_list(raw)]
    if kind == "conditions":
        return parse_conditions(raw)
    if kind == "ref":
        return _text(raw)
    if kind == "refs":
        return split_list(raw)
    raise AssertionError(kind)


def parse_conditions(raw: Any) -> dict[str, str]:
    conditions: dict[str, str] = {}
    for item in split_list(raw):
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise CellError(
                _("“%(item)s”应写成 条件=取值，多个条件用 %(list_separator)s 分隔，如 urgency=urgent。")
                % {"item": item, "list_separator": LIST_SEPARATOR}
            )
        conditions[key.strip()] = _no_markup(value.strip())
    return conditions


def parse_attribute(attribute: Attribute, raw: Any) -> Any:
    """An attribute value as the category schema stores it (``validate_attributes`` accepts it)."""
    kind = attribute.kind
    if kind == Attribute.Kind.BOOL:
        return parse_bool(raw)
    if kind == Attribute.Kind.CHOICE:
        return _attribute_choice(attribute, _text(raw))
    if kind == Attribute.Kind.MULTI:
        return [_attribute_choice(attribute, item) for item in split_list(raw)]
    if kind == Attribute.Kind.NUMBER:
        return _plain(parse_number(raw, negative=True))
    return _no_markup(_text(raw))


def _plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _attribute_choice(attribute: Attribute, text: str) -> str:
    for code, label in attribute.choices:
        if text.lower() == str(code).lower() or text == label:
            return str(code)
    shown = _("、").join(
        _("%(code)s（%(label)s）") % {"code": code, "label": label} for code, label in attribute.choices
    )
    raise CellError(
        _("“%(label)s”没有取值“%(text)s”，可选：%(shown)s。")
        % {"label": attribute.label, "text": text, "shown": shown}
    )


# --- values → cells -------------------------------------------------------------------------


def decimal_text(value: Decimal | float | int) -> str:
    number = Decimal(str(value)).normalize()
    return f"{number:f}"


def format_cell(column: Column, value: Any) -> str:
    """The cell's text as the export writes it, and the form values are compared in."""
    kind = column.kind
    if value is None:
        return ""
    if kind == "bool":
        return "是" if value else "否"
    if kind == "decimal":
        return decimal_text(value)
    if kind == "int":
        return str(int(value))
    if kind == "date":
        return value.isoformat()[:10] if isinstance(value, dt.date) else str(value)
    if kind in ("list", "choices", "refs"):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if kind == "conditions":
        return LIST_SEPARATOR.join(f"{k}={v}" for k, v in value.items())
    return str(value)


def format_attribute(attribute: Attribute | None, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, int | float):
        return decimal_text(value)
    return str(value)


def xlsx_value(column: Column | None, text: str, value: Any) -> Any:
    """What an XLSX cell holds: numbers as numbers (Excel sums them), everything else as text."""
    if text and column is not None and column.kind in ("int", "decimal") and value is not None:
        return int(value) if column.kind == "int" else Decimal(str(value))
    return text
