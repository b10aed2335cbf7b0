"""Bulk catalog import and export: vendors, offerings (with their attributes), plans and fee items
in one CSV or XLSX file, keyed by slug so that importing a file again updates instead of
duplicating. docs/import.md describes the file.

Every file is validated whole before anything is written: a file with any bad row writes nothing.
"""

from __future__ import annotations

from django.db import transaction

from xuanyong.lib.spreadsheet import SpreadsheetError, read_workbook

from .export import ExportStats, catalog_export
from .planner import EVERYTHING, Scope, plan_catalog
from .report import CREATE, UNCHANGED, UPDATE, ImportReport, Progress, RowError, RowPlan
from .writer import apply_plan

MAX_UPLOAD_BYTES = 20 * 1024 * 1024

__all__ = [
    "CREATE", "EVERYTHING", "MAX_UPLOAD_BYTES", "UNCHANGED", "UPDATE", "ExportStats", "ImportReport",
    "RowError", "RowPlan", "Scope", "catalog_export", "catalog_import", "catalog_plan",
]  # fmt: skip


def catalog_plan(
    *, data: bytes, filename: str, scope: Scope = EVERYTHING, progress: Progress | None = None
) -> ImportReport:
    """Read and validate a file; the report lists its errors and what each row would do."""
    report = ImportReport(filename=filename, dry_run=True)
    try:
        book = read_workbook(data, filename)
    except SpreadsheetError as exc:
        report.errors.append(RowError(sheet="", row=1, column=None, letter="", message=str(exc)))
        return report
    report.encoding = book.encoding
    report.rows, report.errors = plan_catalog(book, scope=scope, progress=progress)
    return report


def catalog_import(
    *, data: bytes, filename: str, dry_run: bool = False, progress: Progress | None = None
) -> ImportReport:
    """Import a catalog file into the whole catalog (operators, the CLI, the sample data).

    ``filename`` says the format (``.csv`` or ``.xlsx``). Nothing is written when the file has any
    error or with ``dry_run``; otherwise every change is written in one transaction.
    """
    with transaction.atomic():
        report = catalog_plan(data=data, filename=filename, progress=progress)
        report.dry_run = dry_run
        if report.ok and not dry_run:
            apply_plan(report.rows, progress=progress)
            report.applied = True
    return report
