"""The console face of import-catalog and export-catalog: progress bars on stderr, the plan table
on stdout, row errors on stderr."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from .columns import TYPES
from .export import catalog_export
from .report import ACTION_LABELS, UNCHANGED, ImportReport

MAX_LISTED_CHANGES = 50


class ProgressBars:
    """A ``Progress`` callable drawing one tqdm bar per stage (校验, 写入, 导出) on stderr."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream or sys.stderr
        self.bar: Any = None
        self.stage = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        from tqdm import tqdm

        if stage != self.stage:
            self.close()
            self.stage = stage
            self.bar = tqdm(total=total, desc=stage, unit="行" if stage != "写入" else "步", file=self.stream,
                            leave=False, dynamic_ncols=True, disable=None)  # fmt: skip
        self.bar.total = total
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def __enter__(self) -> ProgressBars:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


def plan_lines(report: ImportReport) -> list[str]:
    header = ["类型", "新建", "更新", "不变"]
    rows = [header, *report.summary_table()]
    widths = [max(_width(row[i]) for row in rows) for i in range(len(header))]
    return ["  ".join(_pad(cell, widths[i]) for i, cell in enumerate(row)) for row in rows]


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)  # CJK characters take two columns


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def print_report(report: ImportReport, out: IO[str] | None = None, err: IO[str] | None = None) -> None:
    out = out or sys.stdout
    err = err or sys.stderr
    encoding = f"（{report.encoding}）" if report.encoding else ""
    if report.errors:
        print(f"{report.filename}{encoding}有 {len(report.errors)} 处错误，未写入任何数据：", file=err)
        for error in report.errors:
            print(f"  {error}", file=err)
        return
    verb = "校验通过（试运行，未写入）" if report.dry_run else "已导入"
    print(f"{report.filename}{encoding}{verb}：", file=out)
    for line in plan_lines(report):
        print(f"  {line}", file=out)
    changed = [row for row in report.rows if row.action != UNCHANGED]
    for row in changed[:MAX_LISTED_CHANGES]:
        columns = "、".join(row.changed) if row.action != "create" else ""
        detail = f"：{columns}" if columns else ""
        print(f"  {ACTION_LABELS[row.action]} {row.type_label} {row.key}{detail}", file=out)
    if len(changed) > MAX_LISTED_CHANGES:
        print(f"  ……另有 {len(changed) - MAX_LISTED_CHANGES} 行变更。", file=out)


def export_to_path(path: str, out: IO[str] | None = None, err: IO[str] | None = None) -> int:
    """Export the whole catalog to ``path`` (.csv or .xlsx); the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):
        print("只支持导出为 .csv 或 .xlsx 文件。", file=err)
        return 1
    partial = target.with_name(target.name + ".part")
    try:
        with partial.open("wb") as handle, ProgressBars(err) as progress:
            stats = catalog_export(handle, fmt=fmt, progress=progress)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        print(f"无法写入文件 {path}：{exc.strerror or exc}", file=err)
        return 1
    counts = "、".join(f"{record.label} {stats.rows[kind]}" for kind, record in TYPES.items())
    print(f"已导出到 {target}：{counts}，共 {stats.total} 行。", file=out)
    return 0
