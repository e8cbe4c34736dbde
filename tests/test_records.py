"""The records are values: made once, whole, and never changed after (a pass makes new ones)."""
from __future__ import annotations

import dataclasses
import typing
from enum import Enum
from pathlib import Path

import pytest

from dhr_extract.api import extract_paths
from dhr_extract.model import (AgencyType, Dataset, ErrorType, Rag, ResidueReason, ReviewStatus, Status, TargetKind,
                               WarningCode)
from dhr_extract.outputs.tables import TABLES

ROOT = Path(__file__).resolve().parent.parent
RECORD_TABLES = {f.name for f in dataclasses.fields(Dataset)}  # the written tables and the rows' provenance


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    """A plan whose reading fills every table, and a document that cannot be read (the errors table)."""
    missing = tmp_path_factory.mktemp("gone") / "missing.pdf"
    return extract_paths([ROOT / "samples" / "autonumbered.pdf", missing])


@pytest.mark.parametrize("table", sorted(RECORD_TABLES))
def test_every_record_is_frozen(dataset: Dataset, table: str) -> None:
    records = getattr(dataset, table)
    assert records, f"the sample gives no {table} rows to check"
    record = records[0]
    first = dataclasses.fields(record)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(record, first, getattr(record, first))


@pytest.mark.parametrize(("table", "column", "vocabulary"), [
    ("reviews", "status", ReviewStatus), ("actions", "status", Status), ("actions", "target_kind", TargetKind),
    ("actions", "agency_type", AgencyType), ("action_agencies", "agency_type", AgencyType),
    ("recommendations", "sector", AgencyType), ("progress", "status", Status), ("progress", "rag", Rag),
    ("warnings", "code", WarningCode), ("residue", "reason", ResidueReason), ("errors", "error_type", ErrorType),
])
def test_a_closed_vocabulary_is_typed_by_its_enum(dataset: Dataset, table: str, column: str,
                                                 vocabulary: type[Enum]) -> None:
    hint = typing.get_type_hints(TABLES[table])[column]
    assert vocabulary in (hint, *typing.get_args(hint))
    values = [getattr(r, column) for r in getattr(dataset, table)]
    assert values and all(isinstance(v, vocabulary) for v in values if v != ""), values
