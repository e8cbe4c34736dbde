"""The dataset as one Excel workbook: a sheet per table, the header row frozen and filtered,
dates as Excel dates, columns wide enough to read."""
from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

WORKBOOK_NAME = "dhr-action-plans.xlsx"
CELL_LIMIT = 32_767  # characters Excel holds in a cell; a longer text is cut (CSV and Parquet keep all of it)
MIN_WIDTH, MAX_WIDTH = 8, 60  # column widths, in characters
DATE_FORMAT = "yyyy-mm-dd"
_BOLD = Font(bold=True)


def write_workbook(tables: dict[str, pa.Table], path: Path) -> None:
    """One sheet per table, in the order given, saved to ``path``."""
    workbook = Workbook(write_only=True)
    for name, table in tables.items():
        add_sheet(workbook.create_sheet(title=name[:31]), table)  # Excel's limit on sheet names
    workbook.save(path)


def add_sheet(sheet: WriteOnlyWorksheet, table: pa.Table) -> None:
    rows = [[excel_value(value) for value in row.values()] for row in table.to_pylist()]
    names = table.schema.names
    for i, width in enumerate(column_widths(names, rows), start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(len(names), 1))}{len(rows) + 1}"
    sheet.append([text_cell(sheet, name, bold=True) for name in names])
    for row in rows:
        sheet.append([cell_for(sheet, value) for value in row])


def excel_value(value: Any) -> Any:
    """A value as Excel holds it: lists as ``;``-joined text (as in the CSV), text cleaned and cut to fit."""
    if isinstance(value, (list, tuple)):
        value = ";".join(item.isoformat() if isinstance(item, datetime.date) else str(item) for item in value)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters a workbook cannot hold
        if len(value) > CELL_LIMIT:
            value = value[: CELL_LIMIT - 1] + "…"
    return value


def cell_for(sheet: WriteOnlyWorksheet, value: Any) -> Any:
    if isinstance(value, str):
        return text_cell(sheet, value)
    if isinstance(value, datetime.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    return value


def text_cell(sheet: WriteOnlyWorksheet, text: str, bold: bool = False) -> WriteOnlyCell:
    """Text that stays text: a cell starting with ``=`` is not turned into a formula."""
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    if bold:
        cell.font = _BOLD
    return cell


def column_widths(names: list[str], rows: list[list[Any]]) -> list[float]:
    """A width per column: its longest first line (header included), within MIN_WIDTH..MAX_WIDTH."""
    widths = [len(name) for name in names]
    for row in rows:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], display_length(value))
    return [float(min(MAX_WIDTH, max(MIN_WIDTH, width + 2))) for width in widths]


def display_length(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime.date):
        return len(DATE_FORMAT)
    text = str(value)
    return min(len(text.partition("\n")[0]), MAX_WIDTH)
