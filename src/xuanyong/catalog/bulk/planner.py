"""Validate a catalog file against the database and plan its writes. Nothing is written here: the
writers (``writer.py``, and the vendor portal's) apply a plan only when it has no error at all."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl.utils import get_column_letter

from xuanyong.lib.spreadsheet import Formula, Table, Workbook

from ..models import Attribute, Category, FeeItem, Offering, Plan, Vendor
from ..services import validate_attributes
from .columns import (
    ATTR_PREFIX,
    FEE,
    OFFERING,
    PLAN,
    TYPE_COLUMN,
    TYPE_NAMES,
    TYPES,
    VENDOR,
    CellError,
    Column,
    RecordType,
    format_attribute,
    format_cell,
    is_empty,
    parse_attribute,
    parse_cell,
    types_with_column,
    union_columns,
)
from .report import CREATE, UNCHANGED, UPDATE, Progress, RowError, RowPlan

CHUNK = 500  # ids per IN (…) query
M = TypeVar("M", bound=models.Model)
RowCheck = Callable[[RowPlan], Mapping[str, str]]


@dataclass(frozen=True)
class Scope:
    """Whose rows a file may touch. The default is the whole catalog (operators, the CLI); the
    vendor portal passes its vendor, the columns it may change and the types it may add."""

    vendor: Vendor | None = None
    editable: Mapping[str, frozenset[str]] = field(default_factory=dict)  # type → columns
    creatable: frozenset[str] = frozenset()
    ignored: Mapping[str, frozenset[str]] = field(default_factory=dict)  # type → columns the system sets
    check: RowCheck | None = None  # the writer's own rules, as {column: message}


EVERYTHING = Scope()
MSG_NOT_EDITABLE = gettext_lazy("服务商后台不能修改此项，如需修改请联系运营。")
MSG_FORMULA_CSV = gettext_lazy(
    "单元格以 = + - @ 开头，Excel 会把它当作公式执行，已拒绝。如确为文字，请在开头加英文单引号 '。"
)
MSG_FORMULA_XLSX = gettext_lazy("单元格是公式（{formula}），已拒绝：请复制后“选择性粘贴 → 数值”再导入。")


@dataclass
class SourceRow:
    type: str
    sheet: str
    row: int
    cells: dict[str, Any]  # header → raw value, for the columns of this type the file has
    letters: dict[str, str]


def _header_name(text: str) -> str:
    """Column names ignore case; attribute keys keep theirs (they are the schema's keys)."""
    name = text.strip()
    if name.lower().startswith(ATTR_PREFIX):
        return ATTR_PREFIX + name[len(ATTR_PREFIX) :]
    return name.lower()


@dataclass
class _Layout:
    """Where each record type's columns are in a table's header (worked out once per table)."""

    header: list[str]
    letters: dict[str, str]
    type_index: int
    unnamed: list[int]  # columns without a header
    applies: dict[str, list[tuple[int, str]]]  # type → its columns: (index, header)
    foreign: dict[str, list[tuple[int, str]]]  # type → other types' columns, to be left empty

    @classmethod
    def of(cls, header: list[str], letters: dict[str, str]) -> _Layout:
        named = [(i, name) for i, name in enumerate(header) if name and name != TYPE_COLUMN]
        applies: dict[str, list[tuple[int, str]]] = {}
        foreign: dict[str, list[tuple[int, str]]] = {}
        for record in TYPES.values():

            def mine(name: str, record: RecordType = record) -> bool:
                return (
                    record.name == OFFERING
                    if name.startswith(ATTR_PREFIX)
                    else record.column(name) is not None
                )

            applies[record.name] = [(i, n) for i, n in named if mine(n)]
            foreign[record.name] = [(i, n) for i, n in named if not mine(n)]
        type_index = header.index(TYPE_COLUMN) if TYPE_COLUMN in header else -1
        unnamed = [i for i, name in enumerate(header) if not name]
        return cls(header, letters, type_index, unnamed, applies, foreign)


def _chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Planner:
    def __init__(self, scope: Scope = EVERYTHING, progress: Progress | None = None) -> None:
        self.scope = scope
        self.progress = progress
        self.errors: list[RowError] = []
        self.plans: dict[str, list[RowPlan]] = {name: [] for name in TYPES}
        self.planned: dict[str, dict[str, RowPlan]] = {name: {} for name in TYPES}  # by key
        self.failed: dict[str, set[str]] = {name: set() for name in TYPES}  # keys of rows with errors
        self.sources: dict[tuple[str, int], SourceRow] = {}

    # --- reading the tables ----------------------------------------------------------------

    def error(self, sheet: str, row: int, column: str | None, letter: str, message: str) -> None:
        self.errors.append(RowError(sheet=sheet, row=row, column=column, letter=letter, message=message))

    def cell_error(self, src: SourceRow, column: str | None, message: str) -> None:
        self.error(src.sheet, src.row, column, src.letters.get(column or "", ""), message)

    def collect(self, book: Workbook) -> dict[str, list[SourceRow]]:
        rows: dict[str, list[SourceRow]] = {name: [] for name in TYPES}
        for table in book.tables:
            for src in self._table_rows(table, xlsx=book.encoding == "XLSX"):
                rows[src.type].append(src)
        if not any(rows.values()) and not self.errors:
            self.error("", 1, None, "", _("文件中没有数据行。"))
        return rows

    def _table_rows(self, table: Table, *, xlsx: bool) -> Iterator[SourceRow]:
        header = [_header_name(name) for name in table.header]
        letters = {name: get_column_letter(i + 1) for i, name in enumerate(header) if name}
        sheet_type = None if TYPE_COLUMN in header else TYPE_NAMES.get(table.name.strip().lower())
        if sheet_type is None and TYPE_COLUMN not in header:
            if table.rows and any(any(not is_empty(c) for c in cells) for _, cells in table.rows):
                where = _("工作表“%(name)s”") % {"name": table.name} if table.name else _("文件")
                self.error(table.name, table.header_row, None, "",
                           _("%(where)s缺少 type 列：CSV 文件每行用 type 列写明 vendor、offering、plan 或 fee；XLSX 文件的工作表应命名为 服务商、产品、套餐、费用。") % {"where": where})  # fmt: skip
            return
        if not self._header_ok(table, header, letters, sheet_type):
            return
        layout = _Layout.of(header, letters)
        for number, cells in table.rows:
            if all(is_empty(c) for c in cells):
                continue
            src = self._source_row(table, layout, sheet_type, number, cells, xlsx=xlsx)
            if src is not None:
                yield src

    def _header_ok(
        self, table: Table, header: list[str], letters: dict[str, str], sheet_type: str | None
    ) -> bool:
        known = set(union_columns())
        ok = True
        seen: set[str] = set()
        for index, name in enumerate(header):
            letter = get_column_letter(index + 1)
            if not name:
                continue
            if name in seen:
                self.error(table.name, table.header_row, name, letter, _("表头重复：每列只能出现一次。"))
                ok = False
            seen.add(name)
            if name.startswith(ATTR_PREFIX):
                if len(name) == len(ATTR_PREFIX):
                    self.error(table.name, table.header_row, name, letter, _("属性列应写成 attr.属性标识。"))
                    ok = False
                continue
            if name not in known:
                self.error(
                    table.name,
                    table.header_row,
                    name,
                    letter,
                    _("未知的列“%(column)s”。") % {"column": table.header[index]},
                )
                ok = False
            elif sheet_type and name != TYPE_COLUMN and TYPES[sheet_type] not in types_with_column(name):
                self.error(table.name, table.header_row, name, letter,
                           _("工作表“%(name)s”（%(label)s）没有这一列。") % {"name": table.name, "label": TYPES[sheet_type].label})  # fmt: skip
                ok = False
        return ok

    def _source_row(
        self,
        table: Table,
        layout: _Layout,
        sheet_type: str | None,
        number: int,
        cells: list[Any],
        *,
        xlsx: bool,
    ) -> SourceRow | None:
        def cell(i: int) -> Any:
            return cells[i] if i < len(cells) else None

        for i in [*layout.unnamed, *range(len(layout.header), len(cells))]:
            if not is_empty(cell(i)):
                self.error(
                    table.name,
                    number,
                    None,
                    get_column_letter(i + 1),
                    _("这一列没有表头，请删去或补上表头。"),
                )
        type_name = sheet_type
        if type_name is None:
            raw = cell(layout.type_index)
            type_name = TYPE_NAMES.get(str(raw or "").strip().lower())
            if type_name is None:
                message = _("type 不能为空") if is_empty(raw) else _("未知的 type“%(raw)s”") % {"raw": raw}
                self.error(table.name, number, TYPE_COLUMN, layout.letters.get(TYPE_COLUMN, ""),
                           _("%(message)s：应为 vendor（服务商）、offering（产品）、plan（套餐）或 fee（费用）。") % {"message": message})  # fmt: skip
                return None
        record = TYPES[type_name]
        src = SourceRow(type=type_name, sheet=table.name, row=number, cells={}, letters=layout.letters)
        self.sources[(src.sheet, src.row)] = src
        for i, name in layout.applies[type_name]:
            raw = cell(i)
            if isinstance(raw, Formula):
                self.cell_error(
                    src,
                    name,
                    MSG_FORMULA_XLSX.format(formula=str(raw)[:40]) if xlsx else str(MSG_FORMULA_CSV),
                )
            else:
                src.cells[name] = raw
        for i, name in layout.foreign[type_name]:
            if not is_empty(cell(i)):
                self.cell_error(
                    src,
                    name,
                    _("这一列不适用于%(label)s（%(name)s）行，请留空。")
                    % {"label": record.label, "name": record.name},
                )
        return src

    # --- the database as it is ---------------------------------------------------------------

    def load(self, rows: dict[str, list[SourceRow]]) -> None:
        def texts(kind: str, column: str) -> list[str]:
            return sorted(
                {str(r.cells[column]).strip() for r in rows[kind] if not is_empty(r.cells.get(column))}
            )

        vendor_slugs = sorted({*texts(VENDOR, "slug"), *texts(OFFERING, "vendor")})
        offering_slugs = sorted({*texts(OFFERING, "slug"), *texts(PLAN, "offering"), *texts(FEE, "offering")})
        self.vendors = self._by_slug(Vendor.objects.all(), vendor_slugs)
        self.offerings = self._by_slug(
            Offering.objects.select_related("vendor", "primary_category"), offering_slugs
        )
        self.categories = list(Category.objects.prefetch_related("attributes"))
        self.category_by_slug = {c.slug: c for c in self.categories}
        self.category_by_name = {c.name: c for c in self.categories}
        offering_ids = [o.pk for o in self.offerings.values()]
        through = Offering.extra_categories.through
        self.extras: dict[int, list[Category]] = {}
        self.plans_by_key: dict[tuple[int, str], Plan] = {}
        self.fees_by_key: dict[tuple[int, str], FeeItem] = {}
        self.positions: dict[tuple[str, int], int] = {}  # (type, offering id) → next free position
        by_id = {c.pk: c for c in self.categories}
        offering_by_id = {o.pk: o for o in self.offerings.values()}
        for chunk in _chunks(offering_ids):
            for offering_id, category_id in (
                through.objects.filter(offering_id__in=chunk)
                .values_list("offering_id", "category_id")
                .order_by("pk")
            ):
                self.extras.setdefault(offering_id, []).append(by_id[category_id])
            for plan in Plan.objects.filter(offering_id__in=chunk).order_by("position", "pk"):
                plan.offering = offering_by_id[plan.offering_id]
                self.plans_by_key.setdefault((plan.offering_id, plan.name), plan)
                self._taken(PLAN, plan.offering_id, plan.position)
            for fee in FeeItem.objects.filter(offering_id__in=chunk).order_by("position", "pk"):
                fee.offering = offering_by_id[fee.offering_id]
                self.fees_by_key.setdefault((fee.offering_id, fee.name), fee)
                self._taken(FEE, fee.offering_id, fee.position)
        for offering in self.offerings.values():
            offering.vendor = self.vendors.get(offering.vendor.slug, offering.vendor)
            offering.primary_category = by_id.get(offering.primary_category_id, offering.primary_category)

    def _taken(self, kind: str, offering_id: int, position: int) -> None:
        key = (kind, offering_id)
        self.positions[key] = max(self.positions.get(key, 0), position + 1)

    @staticmethod
    def _by_slug(queryset: models.QuerySet[M], slugs: list[str]) -> dict[str, M]:
        found: dict[str, M] = {}
        for chunk in _chunks(slugs):
            found.update({obj.slug: obj for obj in queryset.filter(slug__in=chunk)})  # type: ignore[attr-defined]
        return found

    # --- planning ------------------------------------------------------------------------------

    def plan(self, rows: dict[str, list[SourceRow]]) -> None:
        total = sum(len(r) for r in rows.values())
        done = 0
        steps: list[tuple[str, Callable[[SourceRow], None]]] = [
            (VENDOR, self._plan_vendor), (OFFERING, self._plan_offering), (PLAN, self._plan_plan),
            (FEE, self._plan_fee),
        ]  # fmt: skip
        for kind, step in steps:
            seen: dict[Any, int] = {}
            for src in rows[kind]:
                before = len(self.errors)
                key = self._key(src, seen)
                if key is not None:
                    step(src)
                    if len(self.errors) > before:
                        self.failed[kind].add(key)
                        self._drop_plan(kind, src, key)
                done += 1
                if self.progress and (done % 200 == 0 or done == total):
                    self.progress("校验", done, total)
        self._check_vendor_uniques()

    def _drop_plan(self, kind: str, src: SourceRow, key: str) -> None:
        plans = self.plans[kind]
        if plans and plans[-1].row == src.row and plans[-1].sheet == src.sheet:
            plans.pop()
            self.planned[kind].pop(key, None)

    def _key(self, src: SourceRow, seen: dict[str, int]) -> str | None:
        """The row's key as written, or None (reported) when it is missing, malformed or repeated."""
        record = TYPES[src.type]
        parts = []
        for name in record.key:
            column = record.column(name)
            assert column is not None
            if name not in src.cells:
                self.cell_error(
                    src,
                    None,
                    _("缺少 %(name)s 列：%(label)s行以 %(keys)s 识别。")
                    % {"name": name, "label": record.label, "keys": " + ".join(record.key)},
                )
                return None
            try:
                parts.append(parse_cell(column, src.cells[name]))
            except CellError as exc:
                self.cell_error(src, name, str(exc))
                return None
        key = " · ".join(map(str, parts))
        if key in seen:
            self.cell_error(src, record.key[-1],
                            _("与第 %(row)s 行重复：同一%(label)s（%(key)s）在文件中只能出现一次。") % {"row": seen[key], "label": record.label, "key": key})  # fmt: skip
            return None
        seen[key] = src.row
        return key

    def _values(self, record: RecordType, src: SourceRow, skip: Iterable[str] = ()) -> dict[str, Any]:
        skipped = set(skip) | self.scope.ignored.get(record.name, frozenset())
        values: dict[str, Any] = {}
        for name, raw in src.cells.items():
            column = record.column(name)
            if column is None or name in skipped:
                continue
            if column.keep_if_empty and is_empty(raw):
                continue
            try:
                values[name] = parse_cell(column, raw)
            except CellError as exc:
                self.cell_error(src, name, str(exc))
        return values

    def _require_for_create(self, record: RecordType, src: SourceRow) -> None:
        for column in record.columns:
            if column.required and column.key not in src.cells:
                self.cell_error(
                    src,
                    None,
                    _("新建%(label)s需要填写 %(title)s，文件中没有这一列。")
                    % {"label": record.label, "title": column.title()},
                )

    def _new_row(self, record: RecordType, src: SourceRow, key: str, existing: Any, target: Any) -> RowPlan:
        row = RowPlan(
            type=record.name, sheet=src.sheet, row=src.row, key=key, existing=existing, target=target
        )
        row.action = CREATE if existing is None else UNCHANGED
        self.plans[record.name].append(row)
        self.planned[record.name][key] = row
        return row

    def _assign(
        self, record: RecordType, row: RowPlan, src: SourceRow, values: dict[str, Any],
        current: Callable[[Column], Any],
    ) -> None:  # fmt: skip
        """Set the plain columns' values on the target and note what they change."""
        for name, value in values.items():
            column = record.column(name)
            assert column is not None
            row.values[name] = value
            new = format_cell(column, value)
            old = "" if row.existing is None else format_cell(column, current(column))
            if new != old:
                row.changed[name] = (old, new)
            if column.kind not in ("ref", "refs"):
                setattr(row.target, column.attname, value)
        if row.existing is None:
            for column in record.columns:
                if column.key not in values and column.default is not None and column.kind != "text":
                    setattr(row.target, column.attname, column.default)

    def _finish(self, record: RecordType, row: RowPlan, src: SourceRow, exclude: list[str]) -> None:
        """Decide the action, check the scope and validate the target as the services will."""
        if row.existing is not None and row.changed:
            row.action = UPDATE
        self._check_scope(record, row, src)
        if row.action == UNCHANGED:
            return
        try:
            row.target.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
        except ValidationError as exc:
            self._validation_errors(record, src, exc)
        if self.scope.check is not None:
            for name, message in self.scope.check(row).items():
                self.cell_error(src, name if name in src.cells else None, message)

    def _validation_errors(self, record: RecordType, src: SourceRow, exc: ValidationError) -> None:
        by_field = {c.attname: c.key for c in record.columns}
        for name, messages in exc.message_dict.items():
            column = by_field.get(name, name if name.startswith(ATTR_PREFIX) else None)
            if name == NON_FIELD_ERRORS:
                column = None
            for message in messages:
                self.cell_error(src, column if column in src.cells else None, message)

    def _check_scope(self, record: RecordType, row: RowPlan, src: SourceRow) -> None:
        if self.scope.vendor is None:
            return
        if row.existing is None and record.name not in self.scope.creatable:
            self.cell_error(
                src,
                record.key[-1],
                _("服务商后台不能新建%(label)s，如需新建请联系运营。") % {"label": record.label},
            )
            return
        allowed = self.scope.editable.get(record.name, frozenset())
        for name in row.changed:
            if name not in record.key and name not in allowed:
                self.cell_error(src, name, str(MSG_NOT_EDITABLE))

    # vendors ---------------------------------------------------------------------------------

    def _plan_vendor(self, src: SourceRow) -> None:
        record = TYPES[VENDOR]
        slug = parse_cell(record.columns[0], src.cells["slug"])
        existing = self.vendors.get(slug)
        if self.scope.vendor is not None and slug != self.scope.vendor.slug:
            self.cell_error(
                src, "slug", _("只能导入本服务商（%(name)s）的数据。") % {"name": self.scope.vendor.name}
            )
            return
        if existing is None:
            self._require_for_create(record, src)
        target = copy.copy(existing) if existing else Vendor(slug=slug)
        row = self._new_row(record, src, slug, existing, target)
        values = self._values(record, src, skip=["slug"])
        self._assign(record, row, src, values, lambda c: getattr(existing, c.attname))
        self._finish(record, row, src, exclude=[])

    def _check_vendor_uniques(self) -> None:
        """Names and credit codes are unique among vendors: in the file, and against the database."""
        for attname, label in (("name", _("品牌名")), ("uscc", _("统一社会信用代码"))):
            seen: dict[str, RowPlan] = {}
            for row in self.plans[VENDOR]:
                value = getattr(row.target, attname)
                if not value:
                    continue
                src = self.sources[(row.sheet, row.row)]
                if value in seen:
                    self.cell_error(
                        src,
                        attname,
                        _("%(label)s“%(value)s”与第 %(row)s 行重复。")
                        % {"label": label, "value": value, "row": seen[value].row},
                    )
                seen.setdefault(value, row)
            changed = [v for v, r in seen.items() if r.action != UNCHANGED]
            for chunk in _chunks(changed):
                for value, slug in Vendor.objects.filter(**{f"{attname}__in": chunk}).values_list(
                    attname, "slug"
                ):
                    row = seen[value]
                    if slug != row.key:
                        self.cell_error(self.sources[(row.sheet, row.row)], attname,
                                        _("%(label)s“%(value)s”已被另一家服务商（标识 %(slug)s）使用。") % {"label": label, "value": value, "slug": slug})  # fmt: skip

    # offerings -------------------------------------------------------------------------------

    def _vendor_ref(self, src: SourceRow, slug: str) -> Vendor | None:
        planned = self.planned[VENDOR].get(slug)
        if planned is not None:
            return planned.target
        if slug in self.failed[VENDOR]:
            return None  # its own row is reported already
        vendor = self.vendors.get(slug)
        if vendor is None:
            self.cell_error(
                src,
                "vendor",
                _("未知的服务商“%(slug)s”：请在文件中加入该服务商的行，或核对标识。") % {"slug": slug},
            )
        return vendor

    def _category_ref(self, src: SourceRow, column: str, text: str) -> Category | None:
        category = self.category_by_slug.get(text) or self.category_by_name.get(text)
        if category is None:
            self.cell_error(
                src,
                column,
                _("未知的分类“%(text)s”：分类须先由运营在后台建好（填分类标识或名称）。") % {"text": text},
            )
        return category

    def _plan_offering(self, src: SourceRow) -> None:
        record = TYPES[OFFERING]
        slug = parse_cell(record.columns[0], src.cells["slug"])
        existing = self.offerings.get(slug)
        if self.scope.vendor is not None and (existing is None or existing.vendor_id != self.scope.vendor.pk):
            self.cell_error(
                src,
                "slug",
                _("本服务商没有标识为“%(slug)s”的产品：服务商后台只能修改本服务商已有的产品。")
                % {"slug": slug},
            )
            return
        if existing is None:
            self._require_for_create(record, src)
        target = copy.copy(existing) if existing else Offering(slug=slug)
        row = self._new_row(record, src, slug, existing, target)
        values = self._values(record, src, skip=["slug"])
        if "vendor" in values:
            vendor = self._vendor_ref(src, values["vendor"]) if values["vendor"] else None
            if vendor is not None:
                target.vendor = vendor
                values["vendor"] = vendor.slug
        if "category" in values:
            category = self._category_ref(src, "category", values["category"])
            if category is not None:
                target.primary_category = category
                values["category"] = category.slug
        if "extra_categories" in values:
            extras = [
                self._category_ref(src, "extra_categories", text) for text in values["extra_categories"]
            ]
            row.extra_categories = [c for c in extras if c is not None]
            values["extra_categories"] = [c.slug for c in row.extra_categories]

        def current(column: Column) -> Any:
            assert existing is not None
            if column.key == "vendor":
                return existing.vendor.slug
            if column.key == "category":
                return existing.primary_category.slug
            if column.key == "extra_categories":
                return [c.slug for c in self.extras.get(existing.pk, [])]
            return getattr(existing, column.attname)

        self._assign(record, row, src, values, current)
        if existing is not None or "category" in values:
            self._plan_attributes(row, src)
        self._check_range(src, target, "price_min", "price_max", _("最高价不能低于最低价。"))
        self._finish(record, row, src, exclude=["vendor", "primary_category"])

    def _plan_attributes(self, row: RowPlan, src: SourceRow) -> None:
        target = row.target
        try:
            category = target.primary_category
        except Category.DoesNotExist:
            return
        schema: dict[str, Attribute] = {a.key: a for a in category.attributes.all()}
        stored = dict(row.existing.attributes) if row.existing is not None else {}
        attributes = dict(stored)
        for name, raw in src.cells.items():
            if not name.startswith(ATTR_PREFIX):
                continue
            key = name[len(ATTR_PREFIX) :]
            attribute = schema.get(key)
            if is_empty(raw):
                attributes.pop(key, None)
                continue
            if attribute is None:
                self.cell_error(
                    src,
                    name,
                    _("分类“%(name)s”没有属性“%(key)s”，请留空。") % {"name": category.name, "key": key},
                )
                continue
            try:
                attributes[key] = parse_attribute(attribute, raw)
            except CellError as exc:
                self.cell_error(src, name, str(exc))
        for key in set(stored) | set(attributes):
            old = format_attribute(schema.get(key), stored.get(key))
            new = format_attribute(schema.get(key), attributes.get(key))
            if old != new:
                row.changed[ATTR_PREFIX + key] = (old, new)
        target.attributes = attributes
        if row.existing is None or row.changed:
            try:
                target.attributes = validate_attributes(category, attributes)
            except ValidationError as exc:
                for message in exc.message_dict.get("attributes", exc.messages):
                    self.cell_error(src, "category" if "category" in src.cells else None, message)

    def _check_range(self, src: SourceRow, target: Any, low_name: str, high_name: str, message: str) -> None:
        low, high = getattr(target, low_name), getattr(target, high_name)
        if low is not None and high is not None and low > high:
            self.cell_error(src, high_name if high_name in src.cells else None, message)

    # plans and fees ----------------------------------------------------------------------------

    def _offering_ref(self, src: SourceRow, slug: str) -> tuple[Offering | None, RowPlan | None]:
        planned = self.planned[OFFERING].get(slug)
        if planned is not None:
            return planned.target, planned
        if slug in self.failed[OFFERING]:
            return None, None
        offering = self.offerings.get(slug)
        if offering is None or (self.scope.vendor is not None and offering.vendor_id != self.scope.vendor.pk):
            if self.scope.vendor is not None:
                self.cell_error(src, "offering", _("本服务商没有标识为“%(slug)s”的产品。") % {"slug": slug})
            else:
                self.cell_error(
                    src,
                    "offering",
                    _("未知的产品“%(slug)s”：请在文件中加入该产品的行，或核对标识。") % {"slug": slug},
                )
            return None, None
        return offering, None

    def _plan_plan(self, src: SourceRow) -> None:
        self._plan_item(src, PLAN, Plan, self.plans_by_key)

    def _plan_fee(self, src: SourceRow) -> None:
        self._plan_item(src, FEE, FeeItem, self.fees_by_key)

    def _plan_item(
        self, src: SourceRow, kind: str, model: type[Plan | FeeItem], stored: Mapping[Any, Any]
    ) -> None:
        record = TYPES[kind]
        offering_slug = str(parse_cell(record.column("offering"), src.cells["offering"]))  # type: ignore[arg-type]
        name = parse_cell(record.column("name"), src.cells["name"])  # type: ignore[arg-type]
        offering, parent = self._offering_ref(src, offering_slug)
        if offering is None:
            self._values(record, src, skip=["offering", "name"])  # still report the row's own cells
            return
        existing = stored.get((offering.pk, name)) if offering.pk else None
        if existing is None:
            self._require_for_create(record, src)
        target = copy.copy(existing) if existing is not None else model(offering=offering, name=name)
        row = self._new_row(record, src, f"{offering_slug} · {name}", existing, target)
        row.parent = parent
        values = self._values(record, src, skip=["offering", "name"])
        self._assign(record, row, src, values, lambda c: getattr(existing, c.attname))
        if existing is None and "position" not in values:
            key = (kind, offering.pk or id(offering))
            target.position = self.positions.get(key, 0)
            self.positions[key] = target.position + 1
        elif existing is None:
            key = (kind, offering.pk or id(offering))
            self.positions[key] = max(self.positions.get(key, 0), target.position + 1)
        if kind == FEE:
            self._check_range(src, target, "amount_min", "amount_max", _("金额上限不能低于下限。"))
        self._finish(record, row, src, exclude=["offering"])


def plan_catalog(
    book: Workbook, *, scope: Scope = EVERYTHING, progress: Progress | None = None
) -> tuple[list[RowPlan], list[RowError]]:
    """Every row of the file, validated and planned, in file order per type; and the errors."""
    planner = Planner(scope, progress)
    rows = planner.collect(book)
    if planner.errors and not any(rows.values()):
        return [], planner.errors
    planner.load(rows)
    planner.plan(rows)
    planned = [row for kind in TYPES for row in planner.plans[kind]]
    return planned, sorted(planner.errors, key=lambda e: (e.sheet, e.row, len(e.letter), e.letter))
