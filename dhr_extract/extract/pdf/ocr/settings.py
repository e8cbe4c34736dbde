"""The tolerances of reading a page image, in one frozen object (points unless said otherwise)."""
from __future__ import annotations

from dataclasses import dataclass

INSTALL_HINT = "pip install -e '.[ocr]' (and the tesseract program, e.g. apt-get install tesseract-ocr)"


@dataclass(frozen=True)
class OcrSettings:
    dpi: int = 300  # for a page drawn without an image (text as outlines)
    min_dpi: int = 200  # a scan is rendered at its own resolution (resampling blurs it), within these
    max_dpi: int = 300
    max_skew: float = 2.0  # degrees searched either way when straightening a page
    skew_step: float = 0.1  # degrees between the angles tried (then refined tenfold)
    skew_scale: float = 0.25  # the skew search runs on the page shrunk by this
    h_rule_length: float = 20.0  # points: a horizontal run of ink this long is a rule, not a letter
    v_rule_length: float = 10.0  # points: a vertical one (rows are short, letters shorter)
    rule_thickness: float = 3.0  # points: a thicker run is a filled block, whose sides are the edges
    rule_gap: float = 0.5  # points: breaks in a rule (noise, JPEG) bridged before it is measured
    block_thickness: float = 4.0  # points: solid ink this thick both ways is a filled block, not a stroke
    block_letter_width: float = 3.0  # points: white letters on a dark block are filled in up to this wide
    block_darkness: float = 0.6  # share of a block's box that is dark (a line of black text has less)
    header_reach: float = 200.0  # points: column rules starting this far under a dark header row are its own
    undecodable_share: float = 0.5  # a page whose characters are this share glyphs mapped to none is read as a picture
    glyph_agreement: float = 0.6  # share of OCR votes that settles what a glyph number draws
    glyph_min_votes: int = 2  # votes a glyph needs before a page with it is decoded without OCR
    glyph_blank_share: float = 0.1  # a glyph under OCR words no more often than this is a space
    glyph_words_read_alone: int = 60  # words of a page with glyphs still unknown read again one by one, at most
    glyph_box_reach: float = 0.3  # an OCR word's box grown up and down by this share of its height
    min_image_share: float = 0.25  # a wordless page is read when an image covers this share of it
    low_confidence: float = 0.80  # a page read with a lower mean word confidence gets a note
    tesseract_config: str = "--psm 11"  # sparse text: a lone word in a table cell is still read
    threads: str = "1"  # Tesseract's OpenMP threads: batch runs already use one worker per core
    cell_inset: float = 2.0  # points inside a ruled cell's border looked at for ink left unread
    min_cell_ink: int = 20  # pixels of ink that make a cell worth reading on its own
    cell_margin: float = 4.0  # points of white round a cell read on its own
    cell_config: str = "--psm 7"  # a cell, or a word of undecoded glyphs, read on its own: one line of text
    min_cell_confidence: float = 0.5  # below this a word read in a cell on its own is a speck


DEFAULT_OCR = OcrSettings()
RULE_GLYPHS = set("|_=-~!¦—–[]")  # what Tesseract reads a piece of a ruling line as
