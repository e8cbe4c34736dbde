"""A row cut by the page break keeps all its text: the rule closing it reaches every cell it cuts."""
from __future__ import annotations

import json
from pathlib import Path

from dhr_extract.api import extract_document
from dhr_extract.extract.pdf.rules import close_open_ends, make_edge

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"


def test_the_rule_closing_a_cut_row_reaches_the_filled_cell_boxed_beside_it() -> None:
    # three columns cut at 300; the last cell is a filled box drawn round (its own bottom at 300), so
    # the open ends stop at 200 and the cell between 200 and 300 would have no rule under it
    edges = [make_edge(10, 100, 400, 100), make_edge(10, 100, 10, 300), make_edge(100, 100, 100, 300),
             make_edge(200, 100, 200, 300), make_edge(300, 100, 300, 300), make_edge(400, 100, 400, 300),
             make_edge(300, 300, 400, 300)]
    added = close_open_ends(edges)[len(edges):]
    assert [(e["x0"], e["top"], e["x1"], e["orientation"]) for e in added] == [(10, 300, 300, "h")]


def test_a_page_split_cell_beside_a_filled_cell_keeps_its_text() -> None:
    doc = HELDOUT / "large_print_summary_key.chromium.pdf"
    truth = json.loads((HELDOUT / "large_print_summary_key.truth.json").read_text())
    got = extract_document(doc)
    updates = {p.action_id: p.progress_text for p in got.progress}
    assert [updates.get(a.action_id) for a in got.actions] == [a["progress"] for a in truth["actions"]]
