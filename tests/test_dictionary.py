"""The data dictionary covers every table and column, and the README shows what it says.

When a test here fails on a column you added: describe it in
``dhr_extract/outputs/dictionary.py`` and run ``python tools/render_dictionary.py``.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from dhr_extract.outputs import dictionary
from dhr_extract.outputs.tables import TABLES
from tests.helpers import load_tool

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = {table: [f.name for f in dataclasses.fields(record)] for table, record in TABLES.items()}


def test_every_table_and_column_has_a_description() -> None:
    missing = dictionary.missing_descriptions(COLUMNS)
    assert not missing, f"describe these in dhr_extract/outputs/dictionary.py: {missing}"
    for table, columns in COLUMNS.items():
        assert dictionary.table_description(table).strip()
        assert all(dictionary.column_description(table, c).strip() for c in columns)


def test_no_description_of_a_column_that_does_not_exist() -> None:
    stale = dictionary.stale_descriptions(COLUMNS)
    assert not stale, f"remove or rename these in dhr_extract/outputs/dictionary.py: {stale}"


def test_readme_dataset_section_is_generated_from_the_dictionary() -> None:
    render = load_tool("render_dictionary")
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text.count(render.START) == 1 and text.count(render.END) == 1
    assert render.updated(text) == text, "README.md is out of date: run python tools/render_dictionary.py"
