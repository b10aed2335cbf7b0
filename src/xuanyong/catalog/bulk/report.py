"""What an import found and did: row errors, and per row what it creates, updates or leaves."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .columns import TYPES

CREATE, UPDATE, UNCHANGED = "create", "update", "unchanged"
ACTION_LABELS = {CREATE: gettext_lazy("新建"), UPDATE: gettext_lazy("更新"), UNCHANGED: gettext_lazy("不变")}
Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(frozen=True)
class RowError:
    sheet: str  # "" for a CSV file
    row: int  # as a spreadsheet numbers it: the header is row 1
    column: str | None  # the header of the cell, when one cell is at fault
    letter: str  # the column's letter in a spreadsheet (A, B, … AA)
    message: str

    def place(self) -> str:
        where = _("工作表“%(sheet)s”") % {"sheet": self.sheet} if self.sheet else ""
        where += _("第 %(row)s 行") % {"row": self.row}
        if self.column:
            where += (
                _(" %(letter)s 列（%(column)s）") % {"letter": self.letter, "column": self.column}
                if self.letter
                else _("（%(column)s）") % {"column": self.column}
            )
        return where

    def __str__(self) -> str:
        return _("%(place)s：%(message)s") % {"place": self.place(), "message": self.message}


@dataclass
class RowPlan:
    """One row of the file, validated: what it will do, and the object it will save."""

    type: str
    sheet: str
    row: int
    key: str  # how people recognise the row: a slug, or "product-slug · 套餐名"
    action: str = UNCHANGED
    values: dict[str, Any] = field(default_factory=dict)  # the row's parsed cells, by column
    changed: dict[str, tuple[str, str]] = field(default_factory=dict)  # column → (old, new) as text
    existing: Any = None  # the stored object, untouched (None for a new row)
    target: Any = None  # what is saved: a new object, or a copy of ``existing`` with the changes
    extra_categories: list[Any] | None = None  # offerings: the other categories, when the file gives them
    parent: RowPlan | None = None  # plans and fees: their offering's row, when it is in the file

    @property
    def type_label(self) -> str:
        return str(TYPES[self.type].label)


@dataclass
class ImportReport:
    filename: str = ""
    encoding: str = ""
    dry_run: bool = False
    applied: bool = False
    errors: list[RowError] = field(default_factory=list)
    rows: list[RowPlan] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def counts(self) -> dict[str, dict[str, int]]:
        """{type: {"create": n, "update": n, "unchanged": n}} for every record type."""
        counts = {name: dict.fromkeys((CREATE, UPDATE, UNCHANGED), 0) for name in TYPES}
        for row in self.rows:
            counts[row.type][row.action] += 1
        return counts

    def changed_rows(self) -> list[RowPlan]:
        return [row for row in self.rows if row.action != UNCHANGED]

    @property
    def total_changes(self) -> int:
        return len(self.changed_rows())

    def summary_table(self) -> list[list[str]]:
        """Rows of the plan table: type, created, updated, unchanged."""
        counts = self.counts()
        return [
            [str(TYPES[name].label), *(str(counts[name][action]) for action in (CREATE, UPDATE, UNCHANGED))]
            for name in TYPES
        ]
