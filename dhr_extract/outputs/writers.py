"""Write the dataset as CSV, Parquet and/or one Excel workbook, each file replaced atomically."""
from __future__ import annotations

import codecs
import os
import tempfile
from pathlib import Path
from typing import Iterable, Literal

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from ..model import Dataset
from .tables import dataset_to_arrow

OutputFormat = Literal["csv", "parquet", "xlsx"]


def write_dataset(dataset: Dataset, out_dir: Path, formats: Iterable[OutputFormat] = ("csv", "parquet")) -> list[Path]:
    """One file per table and format in ``out_dir`` (for ``xlsx``: one workbook, a sheet per
    table); returns the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    formats = list(formats)
    tables = dataset_to_arrow(dataset)
    written = []
    for name, table in tables.items():
        for fmt in formats:
            if fmt == "xlsx":
                continue
            path = out_dir / f"{name}.{fmt}"
            with atomic_path(path) as tmp:
                write_table(table, tmp, fmt)
            written.append(path)
    if "xlsx" in formats:
        from .excel import WORKBOOK_NAME, write_workbook  # openpyxl is imported only when asked for

        path = out_dir / WORKBOOK_NAME
        with atomic_path(path) as tmp:
            write_workbook(tables, tmp)
        written.append(path)
    return written


def write_table(table: pa.Table, path: Path, fmt: OutputFormat) -> None:
    if fmt == "parquet":
        pq.write_table(table, path, compression="zstd")
    else:
        # UTF-8, header row, every text quoted so line breaks inside cells survive any CSV reader.
        # The byte-order mark is how Excel knows the file is UTF-8 (without it, it reads "—" as
        # "â€”"); pandas, DuckDB, frictionless and Python's "utf-8-sig" codec skip it.
        options = pacsv.WriteOptions(include_header=True, quoting_style="all_valid")
        with path.open("wb") as f:
            f.write(codecs.BOM_UTF8)
            pacsv.write_csv(lists_to_text(table), f, write_options=options)


def lists_to_text(table: pa.Table) -> pa.Table:
    """CSV has no lists: a list column becomes its items (ISO dates for dates) joined by ";"."""
    for i, column_field in enumerate(table.schema):
        if pa.types.is_list(column_field.type):
            joined = [";".join(str(item) for item in (value or [])) for value in table.column(i).to_pylist()]
            table = table.set_column(i, column_field.name, pa.array(joined, pa.string()))
    return table


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class atomic_path:
    """A temporary path beside ``target`` that is renamed onto it only if the write succeeds."""

    def __init__(self, target: Path) -> None:
        self.target = target
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        self.tmp = Path(name)

    def __enter__(self) -> Path:
        return self.tmp

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            os.chmod(self.tmp, 0o666 & ~current_umask())  # mkstemp makes 0600; outputs are for sharing
            os.replace(self.tmp, self.target)
        else:
            self.tmp.unlink(missing_ok=True)
