"""The dataset's tables and their explicit Arrow schemas, derived from the record types."""
from __future__ import annotations

import dataclasses
import datetime
import typing

import pyarrow as pa

from ..model import Dataset


def written_tables() -> dict[str, type]:
    """Table name -> record type: the lists of ``Dataset`` (in its order) but those it keeps unwritten."""
    hints = typing.get_type_hints(Dataset)
    return {f.name: typing.get_args(hints[f.name])[0] for f in dataclasses.fields(Dataset)
            if f.metadata.get("written", True)}


TABLES: dict[str, type] = written_tables()  # the one list of the output tables
_ARROW_TYPES = {str: pa.string(), int: pa.int32(), float: pa.float64(), bool: pa.bool_(),
                datetime.date: pa.date32()}


def arrow_type(hint: object) -> pa.DataType:
    """The Arrow type of a record field: ``X | None`` is a nullable X, ``tuple[X, ...]`` a list of X."""
    if typing.get_origin(hint) is tuple:
        return pa.list_(_ARROW_TYPES[typing.get_args(hint)[0]])
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    return _ARROW_TYPES[args[0] if args else hint]


def schema_for(record_type: type) -> pa.Schema:
    hints = typing.get_type_hints(record_type)
    return pa.schema([pa.field(f.name, arrow_type(hints[f.name])) for f in dataclasses.fields(record_type)])


def dataset_to_arrow(dataset: Dataset) -> dict[str, pa.Table]:
    """Every table of the dataset, typed by its schema, rows in dataset order."""
    tables = {}
    for name, record_type in TABLES.items():
        schema = schema_for(record_type)
        rows = [vars(record) for record in getattr(dataset, name)]
        tables[name] = pa.Table.from_pylist(rows, schema=schema)
    return tables
