"""Spreadsheet cells and files: CSV exports a spreadsheet never runs as a formula (CSV injection),
and tables read from CSV (UTF-8, UTF-8 with BOM or GBK) or XLSX with formula cells marked."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import IO, Any

from django.utils.translation import gettext as _

# A spreadsheet treats a cell starting with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"  # Excel's "this cell is text" prefix: typed before a formula character
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")

CellValue = str | int | float | bool | dt.date | dt.datetime | Decimal | None


def formula_safe(value: Any) -> Any:
    """Text that would start a formula gets a leading apostrophe; everything else is unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class Formula(str):
    """A cell that is, or that a spreadsheet would run as, a formula: reported, never imported."""


class SpreadsheetError(ValueError):
    """The file as a whole cannot be read (encoding, format); the message is for people."""


@dataclass
class Table:
    """One sheet (or the CSV file): its header and its rows, numbered as a spreadsheet shows them."""

    name: str  # the sheet's name; "" for a CSV file
    header: list[str]
    header_row: int = 1
    rows: list[tuple[int, list[CellValue]]] = field(default_factory=list)


@dataclass
class Workbook:
    tables: list[Table]
    encoding: str  # what the file was read as, for the report ("UTF-8", "GBK", "XLSX")


# --- reading ------------------------------------------------------------------------------


def decode_csv_bytes(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in: UTF-8 (with or without BOM) or GBK
    (what Excel on a Chinese Windows saves; read as GB 18030, its superset)."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), _("UTF-8 带 BOM")
        except UnicodeDecodeError as exc:
            raise SpreadsheetError(_("文件以 UTF-8 标记开头，但内容不是有效的 UTF-8 编码。")) from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise SpreadsheetError(_("不支持 UTF-16 编码的文件，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”。"))
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "GBK"
    except UnicodeDecodeError as exc:
        raise SpreadsheetError(_("无法识别文件编码：请另存为 UTF-8 或 GBK 编码的 CSV 文件。")) from exc


def csv_text_cell(raw: str) -> str | Formula:
    """A CSV cell as typed: trimmed; a leading apostrophe marks text (and is removed); a cell a
    spreadsheet would run as a formula is a ``Formula`` (a plain signed number is not one)."""
    text = raw.strip()
    if text.startswith(TEXT_MARK):
        return text[1:]
    if text.startswith(("=", "@")):
        return Formula(text)
    if text.startswith(("+", "-")) and not _PLAIN_NUMBER.fullmatch(text):
        return Formula(text)
    return text


def read_csv(data: bytes) -> Workbook:
    text, encoding = decode_csv_bytes(data)
    if "\x00" in text:
        raise SpreadsheetError(_("文件含有空字符，不是文本格式的 CSV 文件。"))
    records = csv.reader(io.StringIO(text, newline=""))
    table: Table | None = None
    try:
        for number, record in enumerate(records, start=1):
            cells: list[CellValue] = [csv_text_cell(value) for value in record]
            if table is None:
                if any(cells):
                    table = Table(name="", header=[str(c) for c in cells], header_row=number)
                continue
            table.rows.append((number, cells))
    except csv.Error as exc:
        raise SpreadsheetError(
            _("CSV 格式有误（第 %(line_num)s 行附近）：%(exc)s") % {"line_num": records.line_num, "exc": exc}
        ) from exc
    return Workbook(tables=[table] if table else [], encoding=encoding)


def read_xlsx(data: bytes) -> Workbook:
    import openpyxl

    if not data.startswith(b"PK\x03\x04"):
        raise SpreadsheetError(_("不是有效的 XLSX 文件（请用 Excel 或 WPS 另存为 .xlsx）。"))
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise SpreadsheetError(_("不是有效的 XLSX 文件（请用 Excel 或 WPS 另存为 .xlsx）。")) from exc
    try:
        return Workbook(tables=[_xlsx_table(sheet) for sheet in book.worksheets], encoding="XLSX")
    finally:
        book.close()


def _xlsx_table(sheet: Any) -> Table:
    table: Table | None = None
    for number, row in enumerate(sheet.iter_rows(min_row=1, min_col=1), start=1):
        cells = [_xlsx_cell(cell) for cell in row]
        if table is None:
            if any(c not in (None, "") for c in cells):
                table = Table(name=sheet.title, header=[_header(c) for c in cells], header_row=number)
            continue
        table.rows.append((number, cells))
    return table or Table(name=sheet.title, header=[])


def _header(value: CellValue) -> str:
    return "" if value is None else str(value).strip()


def _xlsx_cell(cell: Any) -> CellValue:
    value = cell.value
    if cell.data_type == "f":
        text = getattr(value, "text", value)  # an array formula keeps its text in .text
        return Formula(text if isinstance(text, str) else "=")
    if isinstance(value, str):
        return value.strip()  # an XLSX string cell is text, whatever it starts with
    return value


def read_workbook(data: bytes, filename: str) -> Workbook:
    """Read a ``.csv`` or ``.xlsx`` file by its name's extension."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension == "csv":
        return read_csv(data)
    if extension == "xlsx":
        return read_xlsx(data)
    raise SpreadsheetError(_("只支持 .csv 或 .xlsx 文件。"))


# --- writing ------------------------------------------------------------------------------


def csv_cell(value: Any) -> Any:
    """``formula_safe``, and a text's own leading apostrophe doubled, since readers of our files
    take one leading apostrophe as Excel's text mark (``csv_text_cell``)."""
    if isinstance(value, str) and value.startswith((*FORMULA_PREFIXES, TEXT_MARK)):
        return TEXT_MARK + value
    return value


def write_csv(out: IO[bytes], header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """UTF-8 with BOM (Excel then opens it as UTF-8), no cell a spreadsheet would run."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    try:
        writer = csv.writer(text)
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None else csv_cell(v) for v in row])
        text.flush()
    finally:
        text.detach()  # leave ``out`` open for the caller


def write_xlsx(out: IO[bytes], sheets: Iterable[tuple[str, Sequence[str], Iterable[Sequence[Any]]]]) -> None:
    """One sheet per (name, header, rows); text is stored as text (never as a formula), with
    Excel's text mark on what would otherwise read as one."""
    from openpyxl import Workbook as XlsxBook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = XlsxBook(write_only=True)
    bold = Font(bold=True)
    for name, header, rows in sheets:
        sheet = book.create_sheet(title=name)
        sheet.freeze_panes = "A2"
        head = []
        for title in header:
            cell = WriteOnlyCell(sheet, value=title)
            cell.font = bold
            head.append(cell)
        sheet.append(head)
        for row in rows:
            sheet.append([_xlsx_out(sheet, value, WriteOnlyCell) for value in row])
    book.save(out)


def _xlsx_out(sheet: Any, value: Any, make_cell: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        cell = make_cell(sheet, value=value)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell
    return value
