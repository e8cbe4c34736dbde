"""Nothing read is lost: the words of every action-plan table reach the output tables."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from dhr_extract.extract import read_document
from dhr_extract.normalise.records import document_to_dataset
from dhr_extract.normalise.plan_tables import find_plan_tables
from dhr_extract.normalise.rows import table_body

pytestmark = pytest.mark.usefixtures("cached_corpus_reads")  # corpus documents read once a process (conftest)

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
DOCUMENTS = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".docx", ".html"))
TOKEN = re.compile(r"\w+")


def plan_tokens(doc) -> list[str]:
    """Word tokens of the body cells of the action-plan tables (headers are not data)."""
    tokens = []
    for table, header in find_plan_tables(doc.tables):
        for row in table_body(table, header):
            for cell in row.cells:
                tokens.extend(TOKEN.findall(cell.text.lower()))
    return tokens


def output_tokens(dataset) -> set[str]:
    words: set[str] = set()
    for table in dataclasses.fields(dataset):
        for record in getattr(dataset, table.name):
            for value in vars(record).values():
                if isinstance(value, str):
                    words.update(TOKEN.findall(value.lower()))
    return words


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_text_conservation(path: Path) -> None:
    doc = read_document(path)
    dataset = document_to_dataset(doc)
    tokens = plan_tokens(doc)
    found = output_tokens(dataset)
    missing = [t for t in tokens if t not in found]
    assert tokens, "no action-plan table found"
    assert 1 - len(missing) / len(tokens) >= 0.995, sorted(set(missing))[:40]


def test_unplaced_cells_go_to_residue() -> None:
    from tests.test_normalise import document, table

    plan = table([
        ["Recommendation", "Action", "Lead", "Notes for panel"],
        ["What is the recommendation?", "How?", "Who?", ""],
        ["1. Train staff", "Deliver training", "Police", "Panel chair to chase"],
    ])
    data = document_to_dataset(document(plan))
    assert [(r.column_header, r.text, r.reason) for r in data.residue] == [
        ("Recommendation", "What is the recommendation?", "guidance_row"),
        ("Action", "How?", "guidance_row"),
        ("Lead", "Who?", "guidance_row"),
        ("Notes for panel", "Panel chair to chase", "unmapped_column"),
    ]
