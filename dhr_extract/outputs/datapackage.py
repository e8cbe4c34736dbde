"""``datapackage.json``: a Frictionless Data Package describing the tables written.

Fields and types come from the Arrow schemas (``tables.py``), descriptions and keys
from the data dictionary (``dictionary.py``); each resource carries its file's size
and SHA-256 so a consumer can check what it downloaded.  Nothing here depends on the
time of the run: the same tables give the same ``datapackage.json`` byte for byte.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Iterable, Mapping

import pyarrow as pa

from .. import __version__
from ..normalise.status import Codebook, default_codebook
from . import dictionary
from .tables import TABLES, schema_for
from .writers import atomic_path

PACKAGE_NAME = "dhr-action-plans"
FILENAME = "datapackage.json"
_MEDIATYPES = {"csv": "text/csv", "parquet": "application/vnd.apache.parquet"}


def frictionless_type(arrow: pa.DataType, fmt: str) -> dict[str, Any]:
    """The Table Schema type of an Arrow column as written in ``fmt`` (CSV writes lists as ``;``-joined text)."""
    if pa.types.is_list(arrow):
        if fmt == "csv":
            return {"type": "string"}
        if fmt == "parquet":
            # Readers of the package (frictionless) load Parquet through pandas, which gives a list
            # column's values as numpy arrays, and an "array" field accepts only JSON lists.
            return {"type": "any"}
        return {"type": "array", "arrayItem": frictionless_type(arrow.value_type, fmt)}
    if pa.types.is_integer(arrow):
        return {"type": "integer"}
    if pa.types.is_floating(arrow):
        return {"type": "number"}
    if pa.types.is_boolean(arrow):
        return {"type": "boolean"}
    if pa.types.is_date(arrow):
        return {"type": "date"}
    return {"type": "string"}


def readable_type(arrow: pa.DataType) -> str:
    """The type as the README shows it: ``string``, ``integer``, ``date``, ``list of date``..."""
    if pa.types.is_list(arrow):
        return "list of " + readable_type(arrow.value_type)
    return frictionless_type(arrow, "csv")["type"]


def table_schema(table: str, fmt: str, resource_names: dict[str, str]) -> dict[str, Any]:
    """The Table Schema of one table; foreign keys point at ``resource_names[table]``."""
    schema = schema_for(TABLES[table])
    fields = []
    for field in schema:
        described = {"name": field.name, **frictionless_type(field.type, fmt),
                     "description": dictionary.column_description(table, field.name)}
        if fmt == "parquet" and pa.types.is_integer(field.type):
            # A null integer comes out of pandas as NaN: for the reader, that is the missing value.
            described["missingValues"] = ["", "nan"]
        fields.append(described)
    out: dict[str, Any] = {"fields": fields, "missingValues": [""]}
    if table in dictionary.PRIMARY_KEYS:
        out["primaryKey"] = list(dictionary.PRIMARY_KEYS[table])
    foreign = [
        {"fields": list(cols), "reference": {"resource": resource_names[other], "fields": list(other_cols)}}
        for cols, other, other_cols in dictionary.FOREIGN_KEYS.get(table, [])
        if other in resource_names
    ]
    if foreign:
        out["foreignKeys"] = foreign
    return out


def build_datapackage(out_dir: Path, written: Iterable[Path], codebook: Codebook | None = None,
                      themes_codebook: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The descriptor of the table files ``written`` in ``out_dir`` (paths relative to it).

    One resource per table and format.  The first format written (CSV when there is
    CSV) names its resources after the tables (``actions``); the other format's
    resources get the format as a suffix (``actions-parquet``).  Foreign keys link
    resources of the same format.  ``themes_codebook`` (its hash, source and size) is
    recorded as ``x-themes-codebook``.
    """
    by_format: dict[str, dict[str, Path]] = {}
    for path in written:
        table, fmt = path.stem, path.suffix.lstrip(".")
        if table in TABLES:
            by_format.setdefault(fmt, {})[table] = path
    formats = sorted(by_format, key=lambda f: (f != "csv", f))
    resources = []
    for rank, fmt in enumerate(formats):
        names = {table: table if rank == 0 else f"{table}-{fmt}" for table in by_format[fmt]}
        for table in TABLES:  # tables in dataset order
            if table not in by_format[fmt]:
                continue
            path = by_format[fmt][table]
            data = path.read_bytes()
            resource: dict[str, Any] = {
                "name": names[table],
                "path": path.relative_to(out_dir).as_posix(),
                "profile": "tabular-data-resource",
                "title": table,
                "description": dictionary.table_description(table),
                "format": fmt,
                "mediatype": _MEDIATYPES.get(fmt, "application/octet-stream"),
                "bytes": len(data),
                "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
            }
            if fmt == "parquet":
                # frictionless reads Parquet through pyarrow, not its own byte stream: it cannot count
                # the bytes and would report every Parquet resource as the wrong size.  The hash stays.
                del resource["bytes"]
            if fmt == "csv":
                resource["encoding"] = "utf-8"
                resource["dialect"] = {"delimiter": ",", "quoteChar": '"', "doubleQuote": True, "header": True}
            resource["schema"] = table_schema(table, fmt, names)
            resources.append(resource)
    descriptor = {
        "profile": "tabular-data-package",
        "name": PACKAGE_NAME,
        "title": "Domestic Homicide Review action plans",
        "description": "Recommendations, actions and progress updates read from Domestic Homicide Review "
                       "action plans by dhr-extract: reviews -> recommendations -> actions -> progress.",
        "x-generator": f"dhr-extract {__version__}",
        "x-status-codebook": status_codebook(codebook),
        "resources": resources,
    }
    if themes_codebook:
        descriptor["x-themes-codebook"] = dict(themes_codebook)
    return descriptor


def status_codebook(codebook: Codebook | None) -> dict[str, str]:
    """Which status rules the run used: the codebook's SHA-256 and what it was read from."""
    used = codebook or default_codebook()
    return {"sha256": used.sha256, "source": used.source}


def write_datapackage(out_dir: Path, written: Iterable[Path], codebook: Codebook | None = None,
                      themes_codebook: Mapping[str, Any] | None = None) -> Path | None:
    """Write ``out_dir/datapackage.json`` (atomically) for the table files ``written``; None when
    there is no CSV or Parquet table to describe (an Excel workbook is not a tabular resource)."""
    descriptor = build_datapackage(out_dir, written, codebook, themes_codebook)
    if not descriptor["resources"]:
        return None
    path = out_dir / FILENAME
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
