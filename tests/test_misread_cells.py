"""Signs of a misread table in a reading's own records (``normalise/misread_cells.py``): each check
fires on the sign and stays quiet on the same record read right."""
from __future__ import annotations

from dataclasses import replace

from dhr_extract.model import Action, Dataset, Progress, Recommendation, Review, RowSource
from dhr_extract.normalise import misread_cells as mc
from dhr_extract.normalise.provenance import record_places
from dhr_extract.normalise.review_flags import review_reasons
from dhr_extract.report.views import location_anchor


def action(agency: str = "Police", text: str = "Train all call handlers.", target: str = "31/03/2025",
           evidence: str = "", rec_id: str = "rec1") -> Action:
    return Action("r1", rec_id, f"{rec_id}-a", 1, "1", agency, "", text, evidence, target, "plan.pdf", 1)


def rec(number: str = "1", label: str = "1.", text: str = "Police to train call handlers.") -> Recommendation:
    return Recommendation("r1", f"rec{number}", int(number), number, label, text, "", "", "plan.pdf", 1)


def progress(status_text: str, text: str = "Complete. Briefings delivered.") -> Progress:
    return Progress("r1", "rec1-a", 1, "Progress", "", text, "", "complete", status_text=status_text)


def part(**tables: list) -> Dataset:
    return Dataset(reviews=[Review("r1", "plan.pdf", "ab" * 32, "pdf", "", 2, "", "ok", 1, 1)], **tables)


def codes(dataset: Dataset) -> set[str]:
    """The misread-cell warnings' codes for a document's records."""
    return {w.code for w in mc.misread_warnings(dataset, "r1")}


def two_statuses_in_cell(dataset: Dataset) -> bool:
    return "two_statuses_in_cell" in codes(dataset)


def page_furniture_in_cell(dataset: Dataset) -> bool:
    return "page_furniture_in_cell" in codes(dataset)


def two_labels_in_cell(dataset: Dataset) -> bool:
    return "two_labels_in_cell" in codes(dataset)


def test_a_date_in_the_agency_cell_is_a_glued_column() -> None:
    assert mc.date_in_agency(action(agency="Police 31/03/2025", target=""))
    assert mc.date_in_agency(action(agency="Adult Social Care March 2025", target=""))
    assert not mc.date_in_agency(action(agency="Police"))
    assert not mc.date_in_agency(action(agency="Children Act 2004 Team"))  # a year alone can be a name's
    assert not mc.date_in_agency(action(agency=""))


def test_an_agency_before_the_target_date_is_a_glued_column() -> None:
    assert mc.agency_in_target_date(action(agency="", target="Adult Social Care 30/06/2025"))
    assert mc.agency_in_target_date(action(agency="", target="Police – June 2025"))
    assert not mc.agency_in_target_date(action(target="30/06/2025"))
    assert not mc.agency_in_target_date(action(target="By the end of June 2025"))
    assert not mc.agency_in_target_date(action(target="Quarterly from April 2024"))
    assert not mc.agency_in_target_date(action(target="Ongoing"))
    # A multi-agency action dating each agency's part.
    assert not mc.agency_in_target_date(action(agency="Police, Probation", target="Police – June 2025"))


def test_a_column_name_read_as_an_agency_is_a_heading() -> None:
    assert mc.header_text_as_agency(action(agency="Progress"))
    assert mc.header_text_as_agency(action(agency="Domestic Homicide Review – Action Plan and Progress"))
    assert not mc.header_text_as_agency(action(agency="Police"))
    assert not mc.header_text_as_agency(action(agency="Progress Housing Group"))  # a housing association
    assert not mc.header_text_as_agency(action(agency="Action Fraud"))


def test_an_action_that_is_only_a_number_is_named() -> None:
    assert mc.label_as_action(action(text="5.1"))
    assert mc.label_as_action(action(text=" 3. "))
    assert not mc.label_as_action(action(text="Audit 5 files a quarter."))
    assert not mc.label_as_action(action(text=""))


def test_two_different_statuses_in_one_status_cell_are_two_rows() -> None:
    assert mc.statuses_named("Not started In progress") == {"not_started", "in_progress"}
    assert mc.statuses_named("Complete") == {"complete"}
    assert two_statuses_in_cell(part(progress=[progress("Not started\nIn progress")]))
    assert mc.stacked_statuses("Complete.\nOngoing")
    assert not mc.stacked_statuses("Complete / Ongoing")  # one row's cell relating two states
    assert not mc.stacked_statuses("Completed – ongoing monitoring")
    assert not mc.stacked_statuses("Complete. Completed")
    assert not two_statuses_in_cell(part(progress=[progress("Completed")]))
    assert not two_statuses_in_cell(part(progress=[progress("")]))


def test_page_furniture_in_a_cell_is_named() -> None:
    assert mc.page_furniture("Distribute the leaflet. Page 3 of 4")
    assert mc.page_furniture("Distribute the leaflet.\nOFFICIAL - SENSITIVE")
    assert mc.page_furniture("Distribute the leaflet.\nVersion 2.1 – June 2024")
    assert not mc.page_furniture("See page 3 of the guidance.")
    assert not mc.page_furniture("Documentation amended (version 3.2, January 2020).")
    assert not mc.page_furniture("Official guidance was issued.")
    assert not mc.page_furniture("Version 2 of the protocol was agreed in May 2024.")
    assert mc.page_furniture("Protocol agreed.\nVersion 3")
    evidence = action(evidence="Leaflet printed.\nPage 2 of 2")
    assert page_furniture_in_cell(part(actions=[evidence]))
    assert not page_furniture_in_cell(part(actions=[replace(evidence, evidence_text="Leaflet printed.")]))


def test_the_next_label_inside_a_recommendation_is_two_recommendations() -> None:
    merged = rec("3", "3.", "Police to train call handlers.\n4. Probation to share risk assessments.")
    assert two_labels_in_cell(part(recommendations=[rec("2", "2."), merged]))
    # The fourth was read on its own: the "4." inside is a sub-item of the third.
    assert not two_labels_in_cell(part(recommendations=[merged, rec("4", "4.")]))
    as_r = rec("3", "R3", "Police to train call handlers. R4 Probation to share risk assessments.")
    assert two_labels_in_cell(part(recommendations=[as_r]))
    assert not two_labels_in_cell(part(recommendations=[replace(as_r, rec_text="Police to train 4 staff.")]))
    # Sub-items numbered the plan's way in its last recommendation start lower.
    items = rec("3", "3.", "All agencies to:\n1. train staff;\n2. audit files;\n3. report;\n4. review.")
    assert not two_labels_in_cell(part(recommendations=[rec("2", "2."), items]))
    in_action = part(recommendations=[rec("6", "Recommendation 6")],
                     actions=[action(text="Train staff.\nRecommendation 7 Audit files.", rec_id="rec6")])
    assert two_labels_in_cell(in_action)


def with_misread_warnings(dataset: Dataset) -> Dataset:
    return replace(dataset, warnings=mc.misread_warnings(dataset, "r1"))


def test_the_signs_are_warnings_at_their_rows_and_review_reasons() -> None:
    glued = action(agency="", target="Adult Social Care 30/06/2025")
    read = with_misread_warnings(part(recommendations=[rec()], actions=[glued]))
    assert [(w.code, w.location, w.message) for w in read.warnings] == [
        ("agency_in_target_date", "recommendation 1, action 1 (page 1)",
         "the target date opens with an agency: 'Adult Social Care 30/06/2025'")]
    assert review_reasons(read) == ["agency_in_target_date"]
    assert review_reasons(with_misread_warnings(part(recommendations=[rec()], actions=[action()]))) == []
    stacked = with_misread_warnings(part(actions=[action()], progress=[progress("Not started\nIn progress")]))
    assert [(w.code, w.location) for w in stacked.warnings] == [("two_statuses_in_cell", "recommendation 1, action 1 (page 1)")]


def test_two_rows_read_as_one_run_their_cells_together() -> None:
    assert mc.dates_run_together(action(target="31/03/202530/04/2025"))
    assert mc.dates_run_together(action(target="30/04/2025 31/05/2025"))
    assert not mc.dates_run_together(action(target="30/04/2025\n31/05/2025"))  # one per line: phases
    assert not mc.dates_run_together(action(target="30/04/2025 and 31/05/2025"))
    assert not mc.dates_run_together(action(target="March 2025"))
    assert mc.cell_text_repeated(action(agency="Corwen Bay ICB Corwen Bay ICB"))
    assert mc.cell_text_repeated(action(agency="Head of Housing\nVale Council Head of Housing\nVale Council"))
    assert not mc.cell_text_repeated(action(agency="Police"))
    assert not mc.cell_text_repeated(action(agency="Police and Probation"))
    merged = action(agency="Police Police", target="31/03/202530/04/2025")
    assert codes(part(actions=[merged])) == {"dates_run_together", "cell_text_repeated"}


def test_a_warning_names_the_row_the_report_draws() -> None:
    """Located at the record's first raw row, in the words the review report links to its rows."""
    sources = [RowSource("r1", 2, 4, 3, None, "data", "rec1", ""),
               RowSource("r1", 2, 5, 3, None, "data", "rec1", "rec1-a"),
               RowSource("r1", 2, 6, 4, None, "joined", "rec1", "rec1-a")]
    places = record_places(sources)
    assert places == {"rec1": "page 3, table 2, row 4", "rec1-a": "page 3, table 2, row 5"}
    glued = action(agency="Police 31/03/2025", target="")
    [warning] = mc.misread_warnings(part(actions=[glued]), "r1", places)
    assert warning.location == "recommendation 1, action 1 (page 3, table 2, row 5)"
    assert location_anchor(warning.location, {"t2-r5"}) == "t2-r5"
