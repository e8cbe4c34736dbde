"""The dataset as pandas DataFrames, for notebooks: ``dhr_extract.read(paths)``.

Built on the API (``extract_paths``) and the Arrow tables the Parquet writer uses
(``dataset_to_arrow``), so each DataFrame holds the rows and types of its Parquet file:
dates as dates (``date32[pyarrow]``, with ``.dt``), counts as nullable integers (``Int32``),
text as strings, flags as nullable booleans, and list columns as Python lists.
"""
from __future__ import annotations

from typing import Iterator, Mapping

import pandas as pd
import pyarrow as pa

from .api import Paths, extract_paths
from .model import Dataset
from .normalise.status import Codebook
from .normalise.theme_codebook import ThemeCodebook
from .outputs.tables import dataset_to_arrow

# Arrow type -> pandas dtype; a type not listed (list columns) takes pandas' default, then becomes lists.
_PANDAS_TYPES: dict[pa.DataType, object] = {
    pa.string(): pd.StringDtype(),
    pa.int32(): pd.Int32Dtype(),
    pa.float64(): pd.Float64Dtype(),
    pa.bool_(): pd.BooleanDtype(),
    pa.date32(): pd.ArrowDtype(pa.date32()),
}


class Tables(Mapping[str, pd.DataFrame]):
    """One DataFrame per table of the dataset: ``tables.actions`` or ``tables["actions"]``."""

    def __init__(self, frames: dict[str, pd.DataFrame]) -> None:
        self._frames = frames

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self._frames[name]

    def __getattr__(self, name: str) -> pd.DataFrame:
        frames = self.__dict__.get("_frames", {})
        if name in frames:
            return frames[name]
        raise AttributeError(f"no table {name!r}: the tables are {', '.join(frames)}")

    def __iter__(self) -> Iterator[str]:
        return iter(self._frames)

    def __len__(self) -> int:
        return len(self._frames)

    def __dir__(self) -> list[str]:
        return [*super().__dir__(), *self._frames]

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}: {len(frame)}" for name, frame in self._frames.items())
        return f"Tables({sizes})"


def read(paths: Paths, *, codebook: Codebook | None = None,
         theme_codebook: ThemeCodebook | None = None) -> Tables:
    """Read every plan document under ``paths`` (files and/or folders) into DataFrames.

    As ``extract_paths``, it never raises for a bad document: that document is a ``reviews`` row
    with status ``failed`` and an ``errors`` row saying why."""
    dataset = extract_paths(paths, codebook=codebook, theme_codebook=theme_codebook)
    return dataset_to_tables(dataset)


def dataset_to_tables(dataset: Dataset) -> Tables:
    return Tables({name: arrow_to_frame(table) for name, table in dataset_to_arrow(dataset).items()})


def arrow_to_frame(table: pa.Table) -> pd.DataFrame:
    """A typed DataFrame of one Arrow table; list cells as Python lists (pandas would give numpy arrays)."""
    frame = table.to_pandas(types_mapper=_PANDAS_TYPES.get)
    for field in table.schema:
        if pa.types.is_list(field.type):
            frame[field.name] = pd.Series(table.column(field.name).to_pylist(), index=frame.index, dtype=object)
    return frame
