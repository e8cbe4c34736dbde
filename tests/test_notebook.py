"""``dhr_extract.read``: the dataset as typed pandas DataFrames, one per table."""
from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

import dhr_extract
from dhr_extract.api import extract_paths
from dhr_extract.outputs.tables import TABLES, schema_for

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "samples" / "recommendation_colon.docx", ROOT / "samples" / "r_labels_status.html"]


@pytest.fixture(scope="module")
def tables() -> dhr_extract.Tables:
    return dhr_extract.read(DOCUMENTS)


@pytest.fixture(scope="module")
def dataset():
    return extract_paths(DOCUMENTS)


def test_one_frame_per_table_with_the_rows_of_the_dataset(tables, dataset) -> None:
    assert list(tables) == list(TABLES)
    for name, record_type in TABLES.items():
        frame = tables[name]
        assert list(frame.columns) == [f.name for f in dataclasses.fields(record_type)]
        assert len(frame) == len(getattr(dataset, name))
    assert tables.actions is tables["actions"]
    assert len(tables.actions) > 10 and len(tables.recommendations) > 5


def test_columns_are_typed(tables) -> None:
    for name, record_type in TABLES.items():
        frame = tables[name]
        for field in schema_for(record_type):
            dtype = frame[field.name].dtype
            if pa.types.is_date(field.type):
                assert dtype == pd.ArrowDtype(pa.date32()), (name, field.name)
            elif pa.types.is_integer(field.type):
                assert dtype == pd.Int32Dtype(), (name, field.name)
            elif pa.types.is_boolean(field.type):
                assert dtype == pd.BooleanDtype(), (name, field.name)
            elif pa.types.is_string(field.type):
                assert isinstance(dtype, pd.StringDtype), (name, field.name)
            elif pa.types.is_list(field.type):
                assert all(isinstance(cell, list) for cell in frame[field.name]), (name, field.name)


def test_values_are_the_records_values(tables, dataset) -> None:
    actions = tables.actions
    assert actions["action_text"].tolist() == [a.action_text for a in dataset.actions]
    assert actions["target_dates"].tolist() == [list(a.target_dates) for a in dataset.actions]
    dates = [d for a in dataset.actions for d in a.target_dates]
    assert dates and all(type(d) is datetime.date for cell in actions["target_dates"] for d in cell)
    expected = [a.target_date for a in dataset.actions]
    assert [None if pd.isna(d) else d for d in actions["target_date"]] == expected
    assert tables.reviews["n_actions"].tolist() == [r.n_actions for r in dataset.reviews]
    assert actions["target_date"].dt.year.max() >= 2018  # a date column, usable as one


def test_paths_as_str_or_path_and_a_bad_document_is_a_row(tmp_path: Path) -> None:
    one = dhr_extract.read(str(DOCUMENTS[0]))
    assert len(one.reviews) == 1 and one.reviews["status"].iloc[0] == "ok"
    assert one.actions.equals(dhr_extract.read(DOCUMENTS[0]).actions)
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a word document")
    mixed = dhr_extract.read([bad, str(DOCUMENTS[0])])
    assert mixed.reviews["status"].tolist() == ["failed", "ok"]
    assert mixed.errors["error_type"].tolist() == ["unsupported_format"]


def test_an_unknown_table_name_says_which_exist(tables) -> None:
    with pytest.raises(AttributeError, match="recommendations"):
        tables.recomendations  # noqa: B018 - the typo is the point
