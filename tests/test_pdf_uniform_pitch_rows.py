"""Rows of a borderless table whose every line is the same distance below the last (no padding in
its cells), so no gap tells a new row from a wrapped line: a date in words alone on its line in a
column is one whole value (``text_edges.is_worded_date``: "Jun 2025" over "Dec 2025" are two rows'
dates, as "14/05/2025" over "14/05/2025"), and a cell opening with a day and a month opens a date,
not an item numbered "31" (``text_edges.opens_date``), so both count among the columns starting a
row beside a merged recommendation (``row_walk.reopened_columns``)."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.lines import Line, Word
from dhr_extract.extract.pdf.row_walk import opens_item
from dhr_extract.extract.pdf.text_edges import column_ends, column_starts, is_worded_date, opens_date
from tests.helpers import read_pdf_file

FIXTURES = Path(__file__).parent / "fixtures"


def words(text: str, x0: float = 40.0) -> list[Word]:
    out, at = [], x0
    for piece in text.split():
        out.append({"text": piece, "x0": at, "x1": at + 4.0 * len(piece), "top": 90.0, "bottom": 97.0})
        at += 4.0 * len(piece) + 2.0
    return out


def test_a_date_in_words_alone_in_its_column_is_a_whole_value() -> None:
    assert is_worded_date(words("Jun 2025")) and is_worded_date(words("31 March 2026"))
    assert is_worded_date(words("1st Sept. 2025")) and is_worded_date(words("December 2025"))
    assert not is_worded_date(words("31 March"))  # its year goes on under it
    assert not is_worded_date(words("Marching 2025")) and not is_worded_date(words("Review in May 2025"))
    line = Line(words("Dec 2025"))
    assert column_ends(line, [0.0, 40.0])[1].value and column_starts(line, [0.0, 40.0])[1].value


def test_a_day_and_a_month_open_a_date_not_a_numbered_item() -> None:
    assert opens_date("31 May 2026") and opens_date("30 Septem") and opens_date("1st March")
    assert not opens_date("31 officers trained") and not opens_date("3 Marketing leads")
    assert not opens_item("31 May 2026") and not opens_item("30 Septem")
    assert opens_item("1 Review the policy") and opens_item("a) Review the policy")


def test_rows_at_a_uniform_pitch_beside_merged_recommendations_are_cut_at_each_action() -> None:
    """Drawn with no padding in the cells, 7 pt type at an 8 pt leading: recommendation 1's second
    action (its agency's name and its date the same as the first's width) and recommendation 2's,
    starting beside the recommendation's text still running on, are rows of their own."""
    table = read_pdf_file(FIXTURES / "uniform_pitch_rows.pdf").tables[0]
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["#", "Recommendation", "Action", "Lead", "By", "Progress"],
        ["1", "Police to flag victims.", "Add a repeat victim flag.", "Brackenford Police", "Jun 2025",
         "Complete. Flag live."],
        ["", "", "Audit the flag.", "Brackenford Police", "Dec 2025", "In progress. Audit begun."],
        ["2", "Council to check the domestic abuse history of an applicant before a joint tenancy.",
         "Add a history check to the joint tenancy application form.", "Brackenford District Council",
         "31 March 2026", "Not started."],
        ["", "", "Train lettings officers.", "Brackenford District Council", "31 May 2026", "Not started."],
        ["3", "Schools to hear of it.", "Join the scheme.", "Brackenford Schools", "Oct 2025", "Complete. Joined."],
    ]
