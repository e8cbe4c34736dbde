"""The closed vocabularies of the model are the values the documentation lists, and equal their strings."""
from __future__ import annotations

import re
from enum import Enum
from pathlib import Path

import pytest

from dhr_extract.model import (AgencyType, ErrorType, Rag, ResidueReason, ReviewStatus, Status, TargetKind,
                               WarningCode)
from dhr_extract.normalise.agencies import AGENCY_TYPES
from dhr_extract.normalise.dates import KINDS
from dhr_extract.normalise.status import STATUSES
from dhr_extract.outputs.dictionary import column_description

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def listed(description: str) -> set[str]:
    """The values of a ``what: a | b (a note) | c`` column description."""
    return {part.split(":")[-1].split()[0].strip("`'") for part in description.split("|") if part.split(":")[-1].split()}


@pytest.mark.parametrize(("vocabulary", "table", "column"), [
    (ReviewStatus, "reviews", "status"), (Status, "progress", "status"), (Rag, "progress", "rag"),
    (TargetKind, "actions", "target_kind"), (ResidueReason, "residue", "reason"),
])
def test_a_vocabulary_is_what_its_column_lists(vocabulary: type[Enum], table: str, column: str) -> None:
    assert {v.value for v in vocabulary} <= listed(column_description(table, column))


@pytest.mark.parametrize("vocabulary", [ErrorType, WarningCode])
def test_every_code_is_explained_in_the_readme(vocabulary: type[Enum]) -> None:
    section = README.split("## Errors and warnings", 1)[1].split("\n## ", 1)[0]
    rows = set(re.findall(r"^\| `([a-z_]+)`", section, re.MULTILINE)) | set(re.findall(r"`([a-z_]+)`", section))
    assert [v.value for v in vocabulary if v.value not in rows] == []


def test_the_modules_vocabularies_are_the_models() -> None:
    assert STATUSES == tuple(Status) and KINDS == tuple(TargetKind) and AGENCY_TYPES == tuple(AgencyType)


def test_a_member_is_its_string() -> None:
    assert Status.IN_PROGRESS == "in_progress" and f"{Rag.AMBER}" == "Amber" and str(WarningCode.CELL_PARSE_FAILED) \
        == "cell_parse_failed"
    assert {"Red": 1}[Rag.RED] == 1  # hashes as its string: usable as a key in either form
