"""Scanned pages read with OCR through the same page model as text pages.

The OCR tests run wherever the test extra is installed (CI installs the tesseract program):
they are not skipped.  The scanned sample is read once for the module.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import cv2
import numpy as np
import pytesseract
import pytest
from rapidfuzz import fuzz

from dhr_extract.api import extract_document, extract_paths
from dhr_extract.extract.pdf.ocr import (DEFAULT_OCR, estimate_skew, find_rules, ink_mask, is_undecodable, mean_confidence,
                                         ocr_ready, ocr_word, read_cell, read_word, rotate, rule_glyph, tsv_to_words, unread_cells)
from dhr_extract.extract.pdf.ocr.glyph_map import GlyphMap
from dhr_extract.extract.pdf.page import PageContent
from dhr_extract.extract.pdf.rules import make_edge
from dhr_extract.extract.pdf.triage import is_decodable
from dhr_extract.model import Dataset
from dhr_extract.outputs.writers import write_dataset
from tests.helpers import load_tool

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ROOT / "tests" / "fixtures" / "home_office_7col_scanned.pdf"
FIXTURES = Path(__file__).parent / "fixtures"
TEXT_PDF = FIXTURES / "page_split_then_agency_rows.pdf"
PASTED = FIXTURES / "page_split_then_agency_rows_page4_image.pdf"  # the same PDF, its page 4 an image
DPI = 300
SCALE = DPI / 72


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Dataset, dict[str, float]]:
    """The scanned sample read once, and its scores against its annotation."""
    score = load_tool("score").score
    out = tmp_path_factory.mktemp("scanned")
    dataset = extract_paths([SCANNED])
    write_dataset(dataset, out, ["parquet"])
    truth = json.loads(SCANNED.with_name("home_office_7col_scanned.truth.json").read_text())
    return dataset, score(truth, str(out), SCANNED.name)


# ------------------------------------------------------------------ whole documents

def test_scanned_sample_is_read_as_well_as_its_text_original(scanned: tuple[Dataset, dict[str, float]]) -> None:
    dataset, metrics = scanned
    assert metrics["recs_found"] == 1.0, metrics
    assert metrics["recs_extra"] == 0.0, metrics
    assert metrics["overall"] >= 0.90, metrics


def test_scanned_sample_is_marked_as_read_with_ocr(scanned: tuple[Dataset, dict[str, float]]) -> None:
    dataset, _ = scanned
    (review,) = dataset.reviews
    assert review.via_ocr and review.n_pages == 4
    assert dataset.tables and all(t.via_ocr for t in dataset.tables)
    assert all(t.strategy == "ruled" for t in dataset.tables if t.is_plan)  # found by the grid stage of text PDFs
    assert all(0.5 < t.confidence < 1.0 for t in dataset.tables)  # the words' mean OCR confidence


def test_page_pasted_in_as_an_image_is_read_like_its_text_original() -> None:
    original, pasted = extract_document(TEXT_PDF), extract_document(PASTED)
    assert not original.reviews[0].via_ocr and pasted.reviews[0].via_ocr
    assert [r.rec_number for r in pasted.recommendations] == [r.rec_number for r in original.recommendations]
    assert len(pasted.actions) == len(original.actions)
    for read, truth in zip(pasted.recommendations + pasted.actions, original.recommendations + original.actions):
        text = getattr(read, "rec_text", None) or read.action_text
        expected = getattr(truth, "rec_text", None) or truth.action_text
        assert fuzz.ratio(" ".join(text.split()), " ".join(expected.split())) >= 95, (text, expected)
    assert {t.page for t in pasted.tables if t.via_ocr} == {4}


def without_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the ocr extra were not installed: importing its modules fails."""
    monkeypatch.setitem(sys.modules, "cv2", None)
    monkeypatch.setitem(sys.modules, "pytesseract", None)


def test_without_the_extra_a_scan_fails_naming_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(TEXT_PDF))
    try:
        image = pdf[0].render(scale=1).to_pil().convert("L")
    finally:
        pdf.close()
    path = tmp_path / "scan.pdf"
    image.save(path, format="PDF", resolution=72)
    without_ocr(monkeypatch)
    dataset = extract_document(path)
    (error,) = dataset.errors
    assert error.error_type == "no_text_layer"
    assert "pip install -e '.[ocr]'" in error.message and "tesseract" in error.message


def test_without_the_extra_a_pasted_page_is_reported_and_the_rest_read(monkeypatch: pytest.MonkeyPatch) -> None:
    before_page_4 = [r.rec_number for r in extract_document(TEXT_PDF).recommendations if r.page_start < 4]
    without_ocr(monkeypatch)
    dataset = extract_document(PASTED)
    assert dataset.errors == [] and not dataset.reviews[0].via_ocr
    assert before_page_4 and [r.rec_number for r in dataset.recommendations] == before_page_4
    (note,) = [w for w in dataset.warnings if w.code == "images_not_read"]
    assert note.location == "pages 4" and "'.[ocr]'" in note.message


UNDECODABLE = FIXTURES / "text_fonts_map_no_characters.pdf"  # tools/make_undecodable.py of a sample
# The process group of this file's module fixture (tests/conftest.py): a test elsewhere that OCRs the same
# pages joins it, so Tesseract's reading of each page, remembered for the process, is done once.
OCR_GROUP = __name__


def test_without_the_extra_text_whose_fonts_map_no_characters_fails_saying_so(monkeypatch: pytest.MonkeyPatch) -> None:
    """Glyph numbers are not text: the document is not read as a plan-less report, it fails naming why."""
    without_ocr(monkeypatch)
    dataset = extract_document(UNDECODABLE)
    (error,) = dataset.errors
    assert error.error_type == "no_text_layer"
    assert "cannot be decoded" in error.message and "'.[ocr]'" in error.message
    assert dataset.recommendations == []


@pytest.mark.xdist_group(OCR_GROUP)  # on one process with the other reads of UNDECODABLE (tests/test_triage.py)
def test_text_whose_fonts_map_no_characters_reads_as_its_original() -> None:
    """Glyph numbers decoded by OCR votes, then read as text with the PDF's own geometry: the same plan
    as the sample it was printed from, to the letter (OCR still takes an en dash for an em dash)."""
    original = extract_document(ROOT / "samples" / "agency_first_columns.pdf")
    decoded = extract_document(UNDECODABLE)
    assert decoded.reviews[0].via_ocr and not original.reviews[0].via_ocr
    assert [(r.rec_number, r.rec_text) for r in decoded.recommendations] == \
        [(r.rec_number, r.rec_text) for r in original.recommendations]
    assert [(a.action_text, a.target_date_text, a.status, a.agency.replace("—", "–")) for a in decoded.actions] == \
        [(a.action_text, a.target_date_text, a.status, a.agency) for a in original.actions]


# ------------------------------------------------------------------ the unit functions

def blank(width_pt: float = 400, height_pt: float = 300) -> np.ndarray:
    return np.full((round(height_pt * SCALE), round(width_pt * SCALE)), 255, dtype=np.uint8)


def px(points: float) -> int:
    return round(points * SCALE)


def test_ruling_lines_of_a_grid_become_edges_in_points() -> None:
    image = blank()
    for y in (50, 100, 200):  # three horizontal rules from x=40 to x=340 pt, 2 px thick
        cv2.line(image, (px(40), px(y)), (px(340), px(y)), 0, 2)
    for x in (40, 140, 340):
        cv2.line(image, (px(x), px(50)), (px(x), px(200)), 0, 2)
    cv2.putText(image, "Hill", (px(60), px(260)), cv2.FONT_HERSHEY_SIMPLEX, 4, 0, 8)  # tall stems, no table
    rules = find_rules(image, SCALE)
    horizontal = sorted((e["top"], e["x0"], e["x1"]) for e in rules.edges if e["orientation"] == "h")
    vertical = sorted((e["x0"], e["top"], e["bottom"]) for e in rules.edges if e["orientation"] == "v")
    # within a point: a drawn line's pixels reach half its thickness past its ends
    assert np.allclose(horizontal, [(50, 40, 340), (100, 40, 340), (200, 40, 340)], atol=1.0), horizontal
    assert np.allclose(vertical, [(40, 50, 200), (140, 50, 200), (340, 50, 200)], atol=1.0), vertical
    assert all(e["source"] == "rule" for e in rules.edges) and rules.blocks == []
    assert rules.thin[px(100), px(200)] == 255 and rules.thin[px(250), px(70)] == 0  # a rule's pixel, a letter's


def test_dark_header_block_gives_its_sides_and_the_column_rules_under_it() -> None:
    image = blank()
    cv2.rectangle(image, (px(40), px(50)), (px(340), px(80)), 0, -1)  # a dark header row
    cv2.putText(image, "Action", (px(50), px(72)), cv2.FONT_HERSHEY_SIMPLEX, 1.5, 255, 3)  # white text on it
    for y in (110, 150):  # under it a row spanning the table, then a row of two cells
        cv2.line(image, (px(40), px(y)), (px(340), px(y)), 0, 2)
    for x in (40, 340):
        cv2.line(image, (px(x), px(80)), (px(x), px(150)), 0, 2)
    cv2.line(image, (px(190), px(110)), (px(190), px(150)), 0, 2)
    rules = find_rules(image, SCALE)
    (block,) = rules.blocks
    assert np.allclose(block, (px(40), px(50), px(340) - px(40) + 1, px(80) - px(50) + 1), atol=1), block
    middle = sorted((e["top"], e["bottom"]) for e in rules.edges if e["orientation"] == "v" and abs(e["x0"] - 190) < 1)
    # the column rule is drawn across the header too, not across the spanning row between
    assert np.allclose(middle, [(50, 80), (110, 150)], atol=1.0), middle
    tops = sorted(e["top"] for e in rules.edges if e["orientation"] == "h")
    assert np.allclose(tops, [50, 80, 110, 150], atol=1.0), tops


def test_a_lone_label_in_a_cell_is_read_on_its_own() -> None:
    image = blank()
    for y in (50, 100, 150):
        cv2.line(image, (px(40), px(y)), (px(340), px(y)), 0, 2)
    for x in (40, 90, 340):
        cv2.line(image, (px(x), px(50)), (px(x), px(150)), 0, 2)
    cv2.putText(image, "7", (px(55), px(80)), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 0, 3)  # one cell holds a "7"
    rules = find_rules(image, SCALE)
    clean = ocr_ready(image, rules)
    page = PageContent(1, 400, 300, [], rules.edges, via_ocr=True)
    (cell,) = unread_cells(page, ink_mask(clean), SCALE)  # the empty cells have no ink: not read
    assert np.allclose(cell, (40, 50, 90, 100), atol=1.5), cell
    (word,) = read_cell(clean, cell, SCALE, DEFAULT_OCR, pytesseract)
    assert word["text"] == "7" and 40 < word["x0"] < word["x1"] < 90 and 50 < word["top"] < word["bottom"] < 100


def test_skew_is_measured_from_the_rows_of_ink() -> None:
    image = blank()
    for y in range(40, 280, 12):  # lines of "text": short dark runs along a row
        for x in range(30, 370, 30):
            cv2.rectangle(image, (px(x), px(y)), (px(x + 22), px(y + 5)), 0, -1)
    turned = rotate(image, 0.6)
    assert estimate_skew(ink_mask(turned)) == pytest.approx(-0.6, abs=0.05)
    assert estimate_skew(ink_mask(image)) == pytest.approx(0.0, abs=0.05)


TSV = "\n".join([
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
    "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t",
    "4\t1\t1\t1\t1\t0\t300\t400\t600\t50\t-1\t",
    "5\t1\t1\t1\t1\t1\t300\t410\t200\t40\t96.5\tThe",
    "5\t1\t1\t1\t1\t2\t530\t420\t150\t30\t88\ton",
    "5\t1\t1\t1\t1\t3\t700\t410\t20\t40\t-1\t",
    "5\t1\t1\t1\t1\t4\t760\t410\t40\t40\t12\t \t",
])


def test_tesseract_tsv_becomes_words_in_points_on_their_line() -> None:
    words = tsv_to_words(TSV, 300 / 72)
    assert [(w["text"], *(round(w[k], 3) for k in ("x0", "x1", "top", "bottom")), w["conf"]) for w in words] == [
        ("The", 72.0, 120.0, 96.0, 108.0, 0.965),
        ("on", 127.2, 163.2, 96.0, 108.0, 0.88),  # a short word takes its line's top and bottom
    ]
    assert all(w["upright"] and w["fontname"] == "" for w in words)
    assert mean_confidence(words) == pytest.approx(0.922, abs=0.001)


def test_a_tesseract_line_over_two_rows_of_text_leaves_its_words_their_own_boxes() -> None:
    tsv = "\n".join(TSV.splitlines()[:2] + [
        "4\t1\t2\t1\t1\t0\t300\t400\t600\t100\t-1\t",  # as tall as two rows of 40 px words
        "5\t1\t2\t1\t1\t1\t300\t400\t200\t40\t90\tDate",
        "5\t1\t2\t1\t1\t2\t310\t460\t250\t40\t90\tOutcome",
    ])
    assert [(w["text"], w["top"], w["bottom"]) for w in tsv_to_words(tsv, 1.0)] == [
        ("Date", 400, 440), ("Outcome", 460, 500)]


def test_a_bar_read_on_a_rule_is_the_rule_not_a_word() -> None:
    edges = [make_edge(100, 50, 100, 200), make_edge(40, 300, 340, 300)]
    assert rule_glyph(ocr_word("|", 99, 60, 101, 70, 0.8), edges)
    assert rule_glyph(ocr_word("__", 150, 297, 160, 302, 0.5), edges)
    assert not rule_glyph(ocr_word("|", 150, 60, 152, 70, 0.8), edges)  # away from any rule
    assert not rule_glyph(ocr_word("l", 99, 60, 101, 70, 0.8), edges)  # a letter, whatever its place


def test_mean_confidence_of_no_words_is_one() -> None:
    assert mean_confidence([]) == 1.0


def test_words_mostly_of_glyph_numbers_are_undecodable() -> None:
    glyphs = {"text": "(cid:1)(cid:2)(cid:3)(cid:2)"}
    assert is_undecodable([glyphs, {"text": "(cid:4)(cid:5)"}])
    assert not is_undecodable([{"text": "Police"}, {"text": "(cid:127)"}, {"text": "to review"}])  # a bullet glyph
    assert not is_undecodable([])
    assert is_undecodable([{"text": "\x01\x02\x03\x02"}, {"text": "\x04!\x05"}])  # mapped to control characters


def test_triage_sees_control_characters_as_no_text() -> None:
    assert not is_decodable("\x01\x04\x05\x06\x07\x08 \x0b\x08\x0c!\r\n\x0e")
    assert not is_decodable("\ufffd\ufffd \ufffd")
    assert not is_decodable("  \n ")
    assert is_decodable("Recommendation 1\x02 Police to review")


def chars_of(font: str, codes: str, x0: float, top: float = 100.0, width: float = 5.0) -> list[dict]:
    return [{"fontname": font, "text": code, "x0": x0 + i * width, "x1": x0 + (i + 1) * width,
             "top": top, "bottom": top + 10} for i, code in enumerate(codes)]


def ocr_box(text: str, x0: float, x1: float, top: float = 102.0) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 6}


def test_ocr_words_over_glyph_numbers_vote_for_their_characters() -> None:
    # "Cat sat" in a font whose glyphs extract as control characters; \x04 is the space between the words
    chars = chars_of("F", "\x01\x02\x03\x04\x05\x02\x03", 10.0)
    glyphs = GlyphMap()
    glyphs.learn(chars, [ocr_box("Cat", 10.5, 24.5), ocr_box("sat", 30.5, 44.5)])
    assert "".join(glyphs.decoded(c)["text"] for c in chars) == "Cat\ufffdsat"  # a space seen once is not known yet
    more = chars_of("F", "\x05\x02\x03\x04\x01\x02\x03", 10.0, top=130.0)
    glyphs.learn(more, [ocr_box("sat", 10.5, 24.5, 132.0), ocr_box("Cat", 30.5, 44.5, 132.0)])
    assert "".join(glyphs.decoded(c)["text"] for c in chars) == "Cat sat"
    assert glyphs.covers(more) and not glyphs.covers(chars_of("F", "\x09", 10.0))


def test_an_ocr_word_of_another_length_than_its_glyphs_gives_no_vote() -> None:
    glyphs = GlyphMap()
    glyphs.learn(chars_of("F", "\x01\x02\x03", 10.0), [ocr_box("Cart", 10.5, 24.5)])
    assert glyphs.votes == {}


def test_a_font_that_maps_its_glyphs_keeps_its_text_beside_one_that_does_not() -> None:
    chars = chars_of("Coded", "\x01!\x02", 10.0) + chars_of("Plain", "Dog", 60.0)
    glyphs = GlyphMap()
    glyphs.learn(chars, [ocr_box("Cow", 10.5, 24.5), ocr_box("Dog", 60.5, 74.5)])
    assert [glyphs.decoded(c)["text"] for c in chars] == ["C", "o", "w", "D", "o", "g"]  # "!" is a glyph number too


def test_a_word_of_the_text_layer_is_read_again_on_its_own_at_its_box() -> None:
    image = blank(200, 100)
    cv2.putText(image, "42", (px(50), px(60)), cv2.FONT_HERSHEY_SIMPLEX, 3.0, 0, 8)
    word = {"text": "\ufffd\ufffd", "x0": 48.0, "x1": 75.0, "top": 40.0, "bottom": 62.0}
    assert read_word(image, word, SCALE, DEFAULT_OCR, pytesseract)["text"] == "42"
