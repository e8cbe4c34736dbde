"""The rest of a row cut at a page's foot comes apart at its paragraph gaps in a borderless table, and
each block that carries on is joined back; a block below the first that fills its own lead-agency
cell opens a row however its action starts, while one with a date under a finished date carries on."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.api import extract_document
from dhr_extract.normalise.headers import Header
from tests.helpers import rows_over_pages

HEADER = Header(("rec", "scope", "action", "agency", "target", "progress"),
                ("Recommendation", "Scope", "Action", "Lead agency", "Target date", "Progress"), 1)
PRODUCERS = Path(__file__).parent / "fixtures" / "producers"


def read(*pages: list[list[str]]) -> list[list[str]]:
    return rows_over_pages(HEADER, *pages)


def test_a_later_block_with_its_own_agency_opens_a_row_though_its_action_starts_in_lower_case() -> None:
    cells = read([["26. Train staff", "Local", "The trust to review its", "CWPT", "March 2014", "DASH"]],
                 [["", "", "training.", "", "April 2014", "training is in place."],
                  ["", "Local", "covered in Action 21", "GEH", "", ""]])
    assert cells == [["26. Train staff", "Local", "The trust to review its training.", "CWPT",
                      "March 2014 April 2014", "DASH training is in place."],
                     ["", "Local", "covered in Action 21", "GEH", "", ""]]


def test_a_later_block_carrying_on_the_cut_cells_is_still_joined() -> None:
    cells = read([["26. Train staff", "Local", "The trust to review its", "CWPT", "March 2014", "DASH"]],
                 [["", "", "training.", "", "", "training is in place."],
                  ["", "", "and to audit it", "", "", ""]])
    assert cells[1:] == [] and cells[0][2] == "The trust to review its training.\nand to audit it"


def test_a_later_block_with_a_date_of_its_own_still_carries_on_the_cut_row() -> None:
    cells = read([["17. Improve checks", "Local", "Summary to go to", "LCJB", "June 2014", "a) Done."]],
                 [["", "", "", "", "", "b) Done."],
                  ["", "", "the Clerk to the Justices.", "", "October 2014", ""]])
    assert cells == [["17. Improve checks", "Local", "Summary to go to the Clerk to the Justices.", "LCJB",
                      "June 2014 October 2014", "a) Done.\nb) Done."]]


def test_every_agency_of_a_recommendation_cut_across_pages_keeps_its_action() -> None:
    ds = extract_document(PRODUCERS / "variant_lead_agency_column.lo_portrait.pdf")
    rec = next(r for r in ds.recommendations if r.rec_number == "26")
    assert [a.agency for a in ds.actions if a.rec_id == rec.rec_id] == [
        "POLICE", "CWPT", "GEH", "NBBC", "WMAS", "PROBATIO N", "HARMONI", "SWFT", "Children's Services"]
