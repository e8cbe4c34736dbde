"""Cell-text clean-up shared by every parser (extract/text.py)."""
from __future__ import annotations

import pytest

from dhr_extract.extract.text import c1_to_windows_1252, normalise_line


@pytest.mark.parametrize("line, expected", [
    # Windows-1252 punctuation decoded as Latin-1 arrives as C1 controls: read them as meant
    ("Wirral Council \x96 Children\x92s Services", "Wirral Council – Children’s Services"),
    ("\x93Know the signs\x94 campaign\x85", "“Know the signs” campaign…"),
    ("\x95 Train all staff", "• Train all staff"),  # a cp1252 bullet opens a bullet line
    ("Police\x81 Scotland\x9d", "Police Scotland"),  # bytes with no cp1252 character carry no text
    ("tab\tand\x07bell", "tab andbell"),
    ("identi\ufb01ed \ufb02ags, e\ufb00ective sta\ufb00, \ufb03cer", "identified flags, effective staff, fficer"),
    # UTF-8 once read as Windows-1252 (copied between systems): repaired, no-break spaces as spaces
    ("Ashwick\u00c2\u00a0Police by 31\u00c2\u00a0March 2026", "Ashwick Police by 31 March 2026"),
    ("the child\u00e2\u20ac\u2122s GP \u00e2\u20ac\u201c referral", "the child\u2019s GP \u2013 referral"),
    ("child\u00e2\x80\x99s", "child\u2019s"),  # the same read as Latin-1: its C1 controls first
    ("Caf\u00e9 \u00c9tude, 3\u00d72 \u00a350 \u00c0 la carte", "Caf\u00e9 \u00c9tude, 3\u00d72 \u00a350 \u00c0 la carte"),  # accents are text
])
def test_normalise_line(line: str, expected: str) -> None:
    assert normalise_line(line) == expected


def test_every_c1_control_becomes_text_or_nothing() -> None:
    for code in range(0x80, 0xA0):
        out = c1_to_windows_1252(chr(code))
        assert out == "" or (len(out) == 1 and ord(out) > 0x9F)
