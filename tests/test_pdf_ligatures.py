"""Ligatures a re-distiller wrote as byte-swapped UTF-16 are read back as their letters."""
from __future__ import annotations

from pathlib import Path

import pdfplumber

from dhr_extract.extract.pdf.ligatures import is_swapped_ligature, unswap_ligatures
from dhr_extract.extract.pdf.page import page_content

HELDOUT = Path(__file__).resolve().parent / "fixtures" / "heldout"


def test_a_swapped_run_beside_latin_letters_is_read_back() -> None:
    assert unswap_ligatures("Mere\u6600\u6900eld") == "Merefield"
    assert unswap_ligatures("sta\u6600\u6600.") == "staff."
    assert unswap_ligatures("\u6600\u6900eld") == "field"


def test_cjk_text_is_kept_unless_a_glyph_shows_the_fault() -> None:
    assert unswap_ligatures("\u6600\u6900") == "\u6600\u6900"  # two CJK characters, no Latin beside them
    assert unswap_ligatures("\u4e2d\u6600") == "\u4e2d\u6600"
    assert unswap_ligatures("\u6600\u6900", ligature_glyph=True) == "fi"


def test_one_glyph_giving_several_swapped_characters_is_a_ligature() -> None:
    assert is_swapped_ligature("\u6600\u6900")
    assert not is_swapped_ligature("\u6600")  # one glyph, one character: may be CJK
    assert not is_swapped_ligature("fi")


def test_the_redistilled_fixture_reads_its_ligatures() -> None:
    with pdfplumber.open(HELDOUT / "legend_box_totals.gs.pdf") as pdf:
        words = [w for page in pdf.pages for w in page_content(page).words]
    texts = {w["text"] for w in words}
    assert {"Merefield", "staff"} & texts and not any("\u6600" in t or "\u6900" in t for t in texts)
    assert all(w["text"] == "".join(c[2] for c in w["chars"]) for w in words if "ff" in w["text"])


def test_a_three_letter_ligature_with_its_last_letters_summed_is_read_back() -> None:
    # "ffi" written <6600 cf00>: the swapped f, then f + i added into one byte (a Hangul syllable)
    assert unswap_ligatures("O\u6600\ucf00ce") == "Office"
    assert unswap_ligatures("ba\u6600\ud200e") == "baffle"
    assert is_swapped_ligature("\u6600\ucf00")
    assert unswap_ligatures("\u6600\ucf00", ligature_glyph=True) == "ffi"


def test_a_hangul_syllable_not_after_a_swapped_f_is_kept() -> None:
    assert unswap_ligatures("\ucf00ce") == "\ucf00ce"
    assert unswap_ligatures("\ucf00\u6600") == "\ucf00\u6600"
    assert not is_swapped_ligature("\ucf00\ud200")


def test_the_redistilled_narrow_plan_reads_its_ffi_ligature() -> None:
    with pdfplumber.open(HELDOUT / "local_national_narrow.gs.pdf") as pdf:
        texts = {w["text"] for page in pdf.pages for w in page_content(page).words}
    assert "Office" in texts and not any("\ucf00" in t or "\u6600" in t for t in texts)
