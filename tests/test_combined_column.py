"""A column headed as both the recommendation and its actions, read as the plan it stands for."""
from __future__ import annotations

import pytest

from dhr_extract.model import Cell, RawTable, Row
from dhr_extract.normalise.combined_column import (carries_list_on, combined_columns_split, combined_header,
                                                   numbered_items, without_lead_in)

HEADER = ("Recommendation and actions", "Lead agency", "Target date", "Progress")


def table(*rows: tuple[str, ...]) -> RawTable:
    return RawTable(tuple(Row(tuple(Cell(text) for text in row), i) for i, row in enumerate((HEADER, *rows))), 0)


def texts(t: RawTable) -> list[list[tuple[str, str]]]:
    return [[(c.text, c.span) for c in row.cells] for row in t.rows]


@pytest.mark.parametrize(("text", "names"), [
    ("Recommendation and actions", ("Recommendation", "actions")),
    ("Recommendations & actions", ("Recommendations", "actions")),
    ("Recommendation / action to be taken", ("Recommendation", "action to be taken")),
    ("Recommendation", None), ("Actions", None), ("Action and lead agency", None),
    ("Actions and recommendation", None)])
def test_a_header_naming_both_roles_gives_their_names(text: str, names: tuple[str, str] | None) -> None:
    assert combined_header(text) == names


def test_numbered_items_split_the_text_before_the_list_and_join_wrapped_lines() -> None:
    rec, items = numbered_items("Rec 1: Train staff.\n1. Write the\ncourse.\n2. Run it.\n4. not next")
    assert rec == "Rec 1: Train staff."
    assert items == {1: "Write the course.", 2: "Run it.\n4. not next"}


def test_each_action_gets_its_row_and_its_numbered_lines() -> None:
    read = combined_columns_split([table(
        ("Rec 1: Train staff.\n1. Write the course.\n2. Run it.", "Police", "1. 31/03/2025\n2. 30/09/2025",
         "1. Complete."))])[0]
    assert texts(read) == [
        [("Recommendation", ""), ("actions", ""), ("Lead agency", ""), ("Target date", ""), ("Progress", "")],
        [("Rec 1: Train staff.", ""), ("Write the course.", ""), ("Police", ""), ("31/03/2025", ""),
         ("Complete.", "")],
        # the agency is the whole row's: merged down; progress has no line 2: left empty
        [("", "above"), ("Run it.", ""), ("", "above"), ("30/09/2025", ""), ("", "")]]
    assert [row.index for row in read.rows] == [0, 1, 1]  # both actions come from the plan's row 1


def test_an_unnumbered_cell_stays_on_the_first_action() -> None:
    read = combined_columns_split([table(("Rec 2: Audit.\n1. Plan it.\n2. Do it.", "ICB", "31/12/2025",
                                          "1. Started.\n2. Not started.\n3. Extra point."))])[0]
    # one target for the list: shared by both actions (merged down over the second)
    assert [(row.cells[3].text, row.cells[3].span) for row in read.rows[1:]] == [("31/12/2025", ""), ("", "above")]
    # three numbered lines beside two actions do not line up with them: the cell is kept whole, on the first
    assert [(row.cells[4].text, row.cells[4].span) for row in read.rows[1:]] == [
        ("1. Started.\n2. Not started.\n3. Extra point.", ""), ("", "")]


@pytest.mark.parametrize(("lead", "rec"), [
    ("Share the addresses.\nActions:", "Share the addresses."),
    ("Share the addresses.\nActions agreed:", "Share the addresses."),
    ("Share the addresses.", "Share the addresses."),
    ("Share these:", "Share these:"),  # the recommendation's own words, not a lead-in
])
def test_a_closing_lead_in_is_no_part_of_the_recommendation(lead: str, rec: str) -> None:
    assert without_lead_in(lead) == rec


def test_a_list_after_a_lead_in_shares_the_rows_target_and_progress() -> None:
    read = combined_columns_split([table(
        ("Share the addresses.\nActions:\n1. Send a list. (Kestlebury Police)\n2. Flag them.", "", "31/07/2025",
         "Complete."))])[0]
    assert texts(read)[1:] == [
        [("Share the addresses.", ""), ("Send a list. (Kestlebury Police)", ""), ("", ""), ("31/07/2025", ""),
         ("Complete.", "")],
        [("", "above"), ("Flag them.", ""), ("", "above"), ("", "above"), ("", "above")]]


def test_a_row_cut_at_a_list_item_is_joined_back() -> None:
    above = Row((Cell("Rec 3: Review."), Cell("Council"), Cell("1. 31/07/2025"), Cell("")), 1)
    cut = Row((Cell("1. Revise the form.\n2. Train the staff."), Cell("", "above"), Cell("2. 31/10/2025"),
               Cell("")), 2)
    assert carries_list_on(above, cut, 0)
    read = combined_columns_split([RawTable((Row(tuple(Cell(h) for h in HEADER), 0), above, cut), 0)])[0]
    assert [row.cells[1].text for row in read.rows[1:]] == ["Revise the form.", "Train the staff."]
    assert [row.cells[3].text for row in read.rows[1:]] == ["31/07/2025", "31/10/2025"]
    assert read.rows[1].joined == (2,)


def test_numbered_recommendations_are_not_joined() -> None:
    first = Row((Cell("1. Train staff."), Cell("Police"), Cell(""), Cell("")), 1)
    second = Row((Cell("2. Audit files."), Cell("ICB"), Cell(""), Cell("")), 2)
    assert not carries_list_on(first, second, 0)  # no recommendation before the list above


def test_a_table_without_a_combined_header_is_left_as_read() -> None:
    plain = RawTable((Row((Cell("Recommendation"), Cell("Action")), 0), Row((Cell("Train."), Cell("1. Do.")), 1)), 0)
    assert combined_columns_split([plain]) == [plain]


def test_the_next_page_without_a_header_is_split_alike() -> None:
    first = table(("Rec 1: Train staff.\n1. Write the course.", "Police", "1. 31/03/2025", ""))
    rest = RawTable((Row((Cell("Rec 2: Audit.\n1. Plan it.\n2. Do it."), Cell("ICB"), Cell(""), Cell("")), 0),), 1)
    read = combined_columns_split([first, rest])
    assert texts(read[1]) == [[("Rec 2: Audit.", ""), ("Plan it.", ""), ("ICB", ""), ("", ""), ("", "")],
                              [("", "above"), ("Do it.", ""), ("", "above"), ("", ""), ("", "")]]
    apart = RawTable(rest.rows, 3)  # not the next table: a table of its own, left as read
    assert combined_columns_split([first, apart])[1] == apart


def test_unnumbered_recommendation_rows_own_the_action_rows_under_them() -> None:
    read = combined_columns_split([table(
        ("Police to refer repeat victims.", "", "", ""),
        ("Add an alert.", "Police", "30/04/2025", "Complete."),
        ("Report the referrals.", "Police", "31/10/2025", ""),
        ("Ambulance to pass on concerns.", "", "", ""),
        ("Set a same-day standard.", "Ambulance", "30/06/2025", "In progress."))])[0]
    assert texts(read)[1:] == [
        [("Police to refer repeat victims.", ""), ("", ""), ("", ""), ("", ""), ("", "")],
        [("", "above"), ("Add an alert.", ""), ("Police", ""), ("30/04/2025", ""), ("Complete.", "")],
        [("", "above"), ("Report the referrals.", ""), ("Police", ""), ("31/10/2025", ""), ("", "")],
        [("Ambulance to pass on concerns.", ""), ("", ""), ("", ""), ("", ""), ("", "")],
        [("", "above"), ("Set a same-day standard.", ""), ("Ambulance", ""), ("30/06/2025", ""),
         ("In progress.", "")]]


def test_one_lone_row_over_the_rows_is_not_a_recommendation_row() -> None:
    read = combined_columns_split([table(
        ("Police", "", "", ""),  # a single such row: a section over the plan, not this layout
        ("Rec 1: Train staff.", "Police", "31/03/2025", ""),
        ("Rec 2: Audit files.", "Police", "30/09/2025", ""))])[0]
    assert [(row.cells[0].text, row.cells[1].text) for row in read.rows[1:]] == [
        ("Police", ""), ("Rec 1: Train staff.", ""), ("Rec 2: Audit files.", "")]


def test_a_list_item_cut_onto_the_next_page_is_joined_back() -> None:
    first = table(("Rec 5: Tell the public.\n1. Run a campaign.", "CSP", "31/12/2025", "In progress."))
    nxt = RawTable((Row(tuple(Cell(h) for h in HEADER), 0), Row((Cell("2. Put up leaflets."), Cell(""), Cell(""),
                                                                 Cell("")), 1)), 1)
    read = combined_columns_split([first, nxt])
    assert [row.cells[1].text for row in read[0].rows[1:]] == ["Run a campaign.", "Put up leaflets."]
    assert [row.cells[3].text for row in read[0].rows[1:]] == ["31/12/2025", ""]  # merged down from the first
    assert len(read[1].rows) == 1  # the page's repeated header only


def test_the_rest_of_a_list_item_cut_onto_the_next_page_stays_in_its_item() -> None:
    first = table(("Rec 5: Tell the public.\n1. Run a campaign. (CSP)\n2. Put up leaflets in every office.",
                   "", "31/12/2025", "In progress."))

    def next_page(text: str, agency: str = "") -> RawTable:
        return RawTable((Row(tuple(Cell(h) for h in HEADER), 0), Row((Cell(text), Cell(agency), Cell(""),
                                                                     Cell("")), 1)), 1)
    read = combined_columns_split([first, next_page("(Probation Service)")])
    assert [(row.cells[0].text, row.cells[1].text) for row in read[0].rows[1:]] == [
        ("Rec 5: Tell the public.", "Run a campaign. (CSP)"),
        ("", "Put up leaflets in every office.\n(Probation Service)")]
    assert len(read[1].rows) == 1  # the page's repeated header only
    for text, agency in (("Rec 6: Audit.", "ICB"), ("Theme 2: Housing", "")):  # a row of its own: left alone
        assert [row.cells[0].text for row in combined_columns_split([first, next_page(text, agency)])[1].rows[1:]] \
            == [text]


def test_numbered_recommendation_rows_spanning_the_table_own_the_action_rows_under_them() -> None:
    """A recommendation row gives its number in a number column and its text in a cell merged across the
    other columns; its actions' rows fill the combined column and the cells beside it."""
    header = ("Ref", "Recommendation and actions", "Lead agency", "Timescale")
    rows = [header, ("1", "Police to refer repeat victims.", "", ""), ("", "Add an alert.", "Police", "30/04/2025"),
            ("2", "Ambulance to pass on concerns.", "", ""), ("", "Set a standard.", "Ambulance", "30/06/2025")]
    spans = [("", "", "", ""), ("", "", "left", "left"), ("", "", "", ""), ("", "", "left", "left"),
             ("", "", "", "")]
    read = combined_columns_split([RawTable(tuple(
        Row(tuple(Cell(t, s) for t, s in zip(row, span)), i) for i, (row, span) in enumerate(zip(rows, spans))),
        0)])[0]
    assert [[c.text for c in row.cells] for row in read.rows[1:]] == [
        ["1", "Police to refer repeat victims.", "", "", ""],
        ["", "", "Add an alert.", "Police", "30/04/2025"],
        ["2", "Ambulance to pass on concerns.", "", "", ""],
        ["", "", "Set a standard.", "Ambulance", "30/06/2025"]]
    assert [row.cells[1].span for row in read.rows[1:]] == ["", "above", "", "above"]


def test_a_filled_cell_beside_a_lone_row_is_no_recommendation_row() -> None:
    read = combined_columns_split([table(
        ("Police to refer repeat victims.", "", "", "Open"),  # a progress beside it: an action of its own
        ("Add an alert.", "Police", "30/04/2025", ""),
        ("Ambulance to pass on concerns.", "", "", "Open"),
        ("Set a standard.", "Ambulance", "30/06/2025", ""))])[0]
    assert [row.cells[1].text for row in read.rows[1:]] == ["", "", "", ""]
