"""Problems met while reading a document, as rows of the warnings table.

A parser notes what a person should check (``RawDocument.warnings``), and a cell whose value cannot
be interpreted raises ``CellParseError``: both become warnings with a code and a location, never
silence.  Any other exception is a bug and is left to fail the document, where it is reported.
"""
from __future__ import annotations

from typing import Callable, TypeVar

from ..model import CellParseError, ParseNote, WarningCode, WarningRecord

T = TypeVar("T")


def note_to_warning(review_id: str, note: str | ParseNote) -> WarningRecord:
    """A parser's note as a warning; a note in words only is a ``parser_note``."""
    if isinstance(note, str):
        return WarningRecord(review_id, WarningCode.PARSER_NOTE, note, "")
    return WarningRecord(review_id, note.code, note.message, note.location)


def cell_value(read: Callable[[], T], fallback: T, location: str, review_id: str,
               warnings: list[WarningRecord]) -> T:
    """``read()``, or ``fallback`` and a ``cell_parse_failed`` warning at ``location`` when the cell
    cannot be interpreted."""
    try:
        return read()
    except CellParseError as exc:
        warnings.append(WarningRecord(review_id, WarningCode.CELL_PARSE_FAILED, str(exc), location))
        return fallback

