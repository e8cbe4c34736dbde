"""A cell that cannot be interpreted is a warning with its location, never silence; a bug is never hidden."""
from __future__ import annotations

import pytest

from dhr_extract.model import CellParseError, ParseNote, WarningCode
from dhr_extract.normalise import builder, dates, records
from dhr_extract.normalise.dates import parse_date_text
from dhr_extract.normalise.notes import note_to_warning
from dhr_extract.normalise.records import document_to_dataset
from tests.test_normalise import document, table

HEADER = ["Recommendation", "Action", "Lead agency", "Target date", "Progress"]
PLAN = table([
    HEADER,
    ["1. Train staff", "Deliver training", "Police", "March 2021", "Completed"],
    ["2. Review policy", "Rewrite the policy", "Council", "BREAKS", "BREAKS"],
])


def breaks_on(marker: str, real):  # noqa: ANN001, ANN201 - wraps a reader of any signature
    """``real``, except that a cell holding ``marker`` cannot be interpreted."""
    def read(text: str, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if text == marker:
            raise CellParseError(f"cannot read {text!r}")
        return real(text, *args, **kwargs)
    return read


def test_a_date_cell_that_breaks_the_parser_is_a_warning_at_its_row(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(records, "parse_date_text", breaks_on("BREAKS", parse_date_text))
    out = document_to_dataset(document(PLAN))
    failed = [w for w in out.warnings if w.code == WarningCode.CELL_PARSE_FAILED]
    assert [(w.location, w.message) for w in failed] == [("table 1, row 3", "cannot read 'BREAKS'")]
    broken = out.actions[1]
    assert (broken.target_date_text, broken.target_kind, broken.target_date) == ("BREAKS", "other", None)
    assert out.actions[0].target_kind == "date"  # the other rows are read as always
    assert "cell_parse_failed" in out.reviews[0].review_reasons.split(";")


def test_a_status_cell_that_breaks_the_reader_is_a_warning_at_its_row(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(builder, "read_status", breaks_on("BREAKS", builder.read_status))
    out = document_to_dataset(document(PLAN))
    failed = [w for w in out.warnings if w.code == WarningCode.CELL_PARSE_FAILED]
    assert [w.location for w in failed] == ["table 1, row 3"]
    assert [p.status for p in out.progress] == ["complete", "unknown"]
    assert out.progress[1].progress_text == "BREAKS"  # the text read is kept


def test_a_bug_in_a_reader_is_not_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    def bug(*args: object, **kwargs: object) -> None:
        raise TypeError("a bug")

    monkeypatch.setattr(builder, "read_status", bug)
    with pytest.raises(TypeError):
        document_to_dataset(document(PLAN))


def test_the_calendar_refusing_a_date_is_a_cell_parse_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuses(year: int, month: int) -> None:
        raise ValueError("month must be in 1..12")

    monkeypatch.setattr(dates, "_month_end", refuses)
    with pytest.raises(CellParseError, match="March 2021"):
        parse_date_text("March 2021")


def test_parser_notes_keep_their_code_and_location() -> None:
    coded = note_to_warning("r1", ParseNote(WarningCode.OCR_FAILED, "OCR failed", "page 3"))
    assert (coded.code, coded.message, coded.location) == ("ocr_failed", "OCR failed", "page 3")
    words = note_to_warning("r1", "something in words")
    assert (words.code, words.message, words.location) == ("parser_note", "something in words", "")
