"""PDF parser (pdfplumber): every table on every page as a cell grid.

Ruled tables are found from their ruling lines.  A page with no ruled table but
text laid out in columns falls back to a borderless reader that finds the column
gutters and the row gaps from the words' positions.  Cell text is rebuilt from
the words so that a line break Word made only to wrap a paragraph is joined back,
while a real paragraph break is kept (see ``lines_to_paragraphs``).
"""
from __future__ import annotations

import io
import re
import statistics
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable
from unicodedata import normalize as normalize_unicode

import pdfplumber
from pdfminer.layout import LTChar
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.page import Page
from pdfplumber.utils.exceptions import PdfminerException

from ..model import Cell, ExtractError, RawDocument, RawTable, Row, Span
from .text import colour_to_hex, join_lines, normalise_line

Word = dict[str, Any]
BBox = tuple[float, float, float, float]

TABLE_SETTINGS = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
}
WORD_SETTINGS = {"x_tolerance": 1.5, "y_tolerance": 3, "keep_blank_chars": False, "use_text_flow": False,
                 "extra_attrs": ["fontname"]}  # bold header lines tell a borderless header from the first row
CELL_BAND = 24.0  # points: height of the bands that index a table's cells (``words_to_cells``)
CELL_PADDING = 5.5  # points between a ruled cell's border and its text in Word / LibreOffice output
MIN_GUTTER_WIDTH = 6.0
MAX_ROW_HEIGHT = 400.0  # points: a rule further below a table than this starts something else  # points of white space between two borderless columns
# Running footers: a bare page number, or a line ending "Page 3" / "Page 3 of 12".
PAGE_FURNITURE = re.compile(r"(^\d+(\s*(of|/)\s*\d+)?$)|(\bpage\s*\d+(\s*(of|/)\s*\d+)?$)", re.I)
WIDE_GAP = 7.0  # points: wider than any word space at body-text sizes
# A line that opens a new paragraph whatever the geometry says: a bullet or a sub-item label.
PARAGRAPH_OPENER = re.compile(r"^(•|[a-zA-Z]\)|[a-z]\.\s|\(?[ivx]+\)|\(?[a-z]\)|\d+(\.\d+)*[.)]?\s)")


@dataclass
class Line:
    words: list[Word]

    @property
    def top(self) -> float:
        return min(w["top"] for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w["bottom"] for w in self.words)

    @property
    def x0(self) -> float:
        return min(w["x0"] for w in self.words)

    @property
    def x1(self) -> float:
        return max(w["x1"] for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)


class LeanPage(Page):
    """A pdfplumber page whose characters carry only what word extraction reads.

    pdfplumber turns every pdfminer object into a dict of all its attributes,
    resolving colours and colour spaces on the way: for the characters, that is most
    of the cost of reading a page after pdfminer's own parsing.  Here a character gets
    only its text, geometry and orientation, computed exactly as pdfplumber computes
    them, so ``extract_words`` returns the same words; ruling lines, rects and curves
    (what ``find_tables`` reads) still take pdfplumber's own path.
    """

    @classmethod
    def of(cls, page: Page) -> "LeanPage":
        return cls(page.pdf, page.page_obj, page.page_number, page.initial_doctop)

    def process_object(self, obj: Any) -> dict[str, Any]:
        if not isinstance(obj, LTChar):
            return super().process_object(obj)
        text = obj.get_text()
        if self.pdf.unicode_norm is not None:
            text = normalize_unicode(self.pdf.unicode_norm, text)
        height = self.height
        mb_x0, mb_top = self.mediabox[:2]
        x0, x1 = (obj.x0 + mb_x0, obj.x1 + mb_x0) if mb_x0 != 0 else (obj.x0, obj.x1)
        top = (height - obj.y1) + mb_top
        return {
            "object_type": "char", "page_number": self.page_number, "text": text,
            "x0": x0, "y0": obj.y0, "x1": x1, "y1": obj.y1, "width": obj.width, "height": obj.height,
            "top": top, "bottom": (height - obj.y0) + mb_top, "doctop": self.initial_doctop + top,
            "upright": obj.upright, "size": obj.size, "adv": obj.adv, "matrix": obj.matrix,
            "fontname": obj.fontname,
        }


def read_pdf(path: Path, data: bytes, sha256: str) -> RawDocument:
    """All tables of a PDF, page by page; each page is closed after use to keep memory flat."""
    tables: list[RawTable] = []
    text_lines: list[str] = []
    pages_with_text = pages_with_marks = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            n_pages = len(pdf.pages)
            for plain_page in pdf.pages:
                page = LeanPage.of(plain_page)
                words = page.extract_words(**WORD_SETTINGS)
                if words:
                    pages_with_text += 1
                elif page.images or page.curves:  # a scanned page, or text drawn as outlines
                    pages_with_marks += 1
                page_tables, outside = page_to_tables(page, words, len(tables))
                tables.extend(page_tables)
                if len(text_lines) < 15:
                    text_lines.extend(outside[: 15 - len(text_lines)])
                page.close()
    except (ExtractError, MemoryError):
        raise
    except Exception as exc:  # the PDF's fault (pdfminer / pdfplumber choked on it) or a bug here
        if not pdf_library_error(exc):
            raise  # a bug in this module: reported as extract_failed, not blamed on the document
        raise pdfminer_error(exc) from None
    if n_pages and not pages_with_text and not pages_with_marks:
        raise ExtractError("no_text_layer", "the PDF has no text: its pages are blank")
    if n_pages and not pages_with_text:
        raise ExtractError(
            "no_text_layer",
            "the PDF has no text layer (a scan?): OCR it first, e.g. `ocrmypdf in.pdf out.pdf`",
        )
    return RawDocument(str(path), sha256, "pdf", n_pages, text_lines, tables)


def pdfminer_error(exc: BaseException) -> ExtractError:
    """The stable error for an exception pdfminer / pdfplumber raised on a PDF: encrypted or corrupt_pdf."""
    from pdfminer.pdfdocument import PDFEncryptionError

    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect) or "password" in repr(cause).lower():
        return ExtractError("encrypted", "the PDF is password-protected: save a copy without the password and run again")
    if isinstance(cause, PDFEncryptionError):
        return ExtractError("encrypted", f"the PDF is encrypted in a way that cannot be read ({cause}): "
                                         "save an unencrypted copy and run again"[:300])
    return ExtractError("corrupt_pdf", f"the PDF is damaged and cannot be read ({type(cause).__name__}: {cause})"[:300])


def pdf_library_error(exc: BaseException) -> bool:
    """Whether pdfminer / pdfplumber raised ``exc`` (a PDF they cannot read), not this module (a bug)."""
    import os

    import pdfminer
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException

    if isinstance(exc, (PdfminerException, MalformedPDFException, PSException)):
        return True
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return False
    where = os.path.abspath(tb.tb_frame.f_code.co_filename)
    libraries = (os.path.dirname(os.path.abspath(pdfminer.__file__)), os.path.dirname(os.path.abspath(pdfplumber.__file__)))
    return any(where.startswith(folder + os.sep) for folder in libraries)


def page_to_tables(page: Any, words: list[Word], first_index: int) -> tuple[list[RawTable], list[str]]:
    """The page's tables (ruled, else borderless) and the text lines outside them."""
    found = page.find_tables(TABLE_SETTINGS) if (page.lines or page.rects) else []
    found = drop_nested([close_open_sides(page, t) for t in found if len(t.rows) >= 1 and len(t.rows[0].cells) >= 2])
    if found:
        found.sort(key=lambda t: (t.bbox[1], t.bbox[0]))
        boxes = [t.bbox for t in found]
        outside = words_to_lines(w for w in words if not any(inside(w, b) for b in boxes))
        shading = [(r, colour_to_hex(r.get("non_stroking_color"))) for r in page.rects if r.get("fill")]
        shading = [(r, colour) for r, colour in shading if colour]
        tables = []
        for i, t in enumerate(found):
            above = boxes[i - 1][3] if i else 0.0
            raw = ruled_table_to_raw(t, words, page.page_number, first_index + i, shading)
            tables.append(replace(raw, heading=heading_above(outside, t.bbox, above)))
        return tables, [line.text for line in outside]
    table, outside_lines = borderless_table(words, page.page_number, first_index)
    return ([table] if table else []), [line.text for line in outside_lines]


def close_open_sides(page: Any, table: Any) -> Any:
    """A table ruled only between rows (Word's "horizontal borders only" style) as a full grid.

    Without vertical rules pdfplumber sees columns only where something else draws them
    (a shaded header row, coloured RAG cells), so body cells come out merged and the
    rows below the shading are lost.  The row with the most cells then gives the
    columns, drawn as explicit vertical lines, over every horizontal rule that runs
    the table's width below it.
    """
    body = [r.cells for r in table.rows[1:]]
    cells = sum(len(c) for c in body)
    missing = sum(cell is None for c in body for cell in c) / cells if cells else 1.0
    if missing <= 0.5:
        return table
    x0, top, x1, bottom = table.bbox
    rules = sorted(e["top"] for e in page.horizontal_edges
                   if abs(e["x0"] - x0) <= 3 and abs(e["x1"] - x1) <= 3 and e["top"] > bottom + 1)
    for y in rules:  # rules of the same width running on below the table are more of its rows
        if y - bottom > MAX_ROW_HEIGHT:
            break
        bottom = y
    widest = max(table.rows, key=lambda r: sum(cell is not None for cell in r.cells))
    xs = sorted({round(x, 1) for cell in widest.cells if cell is not None for x in (cell[0], cell[2])})
    if len(xs) < 3:
        return table
    # A row cut by the page break has no rule under it: close it under its last line of text.
    text_bottom = bottom
    for line in words_to_lines(w for w in page.extract_words(**WORD_SETTINGS)
                               if w["top"] > bottom and x0 <= w["x0"] and w["x1"] <= x1):
        if line.top - text_bottom > 2 * (line.bottom - line.top):
            break
        text_bottom = line.bottom
    settings = dict(TABLE_SETTINGS, vertical_strategy="explicit", explicit_vertical_lines=xs,
                    explicit_horizontal_lines=[text_bottom + 1] if text_bottom > bottom else [])
    redrawn = page.crop((x0, top, x1, min(page.bbox[3], text_bottom + 2))).find_tables(settings)
    best = max(redrawn, key=lambda t: len(t.rows), default=None)
    return best if best is not None and len(best.rows) >= len(table.rows) else table


def drop_nested(tables: list[Any]) -> list[Any]:
    """Tables found inside another table's box (coloured cells read as tables of their own)."""
    def within(a: BBox, b: BBox) -> bool:
        return a != b and a[0] >= b[0] - 1 and a[1] >= b[1] - 1 and a[2] <= b[2] + 1 and a[3] <= b[3] + 1
    return [t for t in tables if not any(within(t.bbox, o.bbox) for o in tables)]


def heading_above(lines: list[Line], bbox: BBox, floor: float) -> str:
    """The line just above a table (a section heading), if it is close to it and below ``floor``."""
    candidates = [ln for ln in lines if floor <= ln.top and ln.bottom <= bbox[1] + 1]
    if not candidates:
        return ""
    nearest = max(candidates, key=lambda ln: ln.bottom)
    height = max(nearest.bottom - nearest.top, 1)
    return nearest.text if bbox[1] - nearest.bottom <= 3 * height else ""


# ------------------------------------------------------------------ ruled tables

def ruled_table_to_raw(table: Any, words: list[Word], page_number: int, index: int,
                       shading: list[tuple[dict[str, Any], str]] = ()) -> RawTable:  # type: ignore[assignment]
    """A pdfplumber table as a grid; merged positions (None cells) marked "left" or "above"."""
    grid_rows = [list(r.cells) for r in table.rows]
    words_in = words_to_cells(words, grid_rows)
    rows = []
    for r, cells in enumerate(grid_rows):
        row_cells = []
        for c, bbox in enumerate(cells):
            if bbox is None:
                row_cells.append(Cell("", covered_from(grid_rows, r, c)))
            else:
                row_cells.append(Cell(words_to_cell_text(words_in.get((r, c), []), bbox), "", cell_fill(bbox, shading)))
        rows.append(Row(tuple(row_cells), r, page_number))
    return RawTable(tuple(rows), index, page_number, tuple(table.bbox), "lines")


def cell_fill(bbox: BBox, shading: list[tuple[dict[str, Any], str]]) -> str:
    """The colour of a filled rectangle that covers most of the cell (the last one drawn wins)."""
    colour = ""
    area = (bbox[2] - bbox[0]) * (bbox[3] - bbox[1])
    for rect, fill in shading:
        w = min(bbox[2], rect["x1"]) - max(bbox[0], rect["x0"])
        h = min(bbox[3], rect["bottom"]) - max(bbox[1], rect["top"])
        if w > 0 and h > 0 and w * h >= 0.6 * area:
            colour = fill
    return colour


def covered_from(grid: list[list[BBox | None]], r: int, c: int) -> Span:
    """Whether an empty grid position is covered by a cell to its left or one above."""
    for left in range(c - 1, -1, -1):
        box = grid[r][left]
        if box is not None:
            column_x = next((row[c][0] for row in grid if row[c] is not None), None)
            if column_x is not None and box[2] > column_x + 1:
                return "left"
            break
    return "above" if r > 0 else "left"


def words_to_cells(words: list[Word], grid: list[list[BBox | None]]) -> dict[tuple[int, int], list[Word]]:
    """Each word goes to the cell that holds its centre (the first such cell, row by row).

    The cells are indexed by horizontal bands, so a word is tested only against the
    cells that reach into its band rather than against every cell of the table.
    """
    bands: dict[int, list[tuple[tuple[int, int], BBox]]] = {}
    for r, row in enumerate(grid):
        for c, box in enumerate(row):
            if box is not None:
                for band in range(int(box[1] // CELL_BAND), int(box[3] // CELL_BAND) + 1):
                    bands.setdefault(band, []).append(((r, c), box))
    out: dict[tuple[int, int], list[Word]] = {}
    for w in words:
        for key, box in bands.get(int((w["top"] + w["bottom"]) / 2 // CELL_BAND), ()):
            if inside(w, box):
                out.setdefault(key, []).append(w)
                break
    return out


def inside(word: Word, box: BBox) -> bool:
    cx = (word["x0"] + word["x1"]) / 2
    cy = (word["top"] + word["bottom"]) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


# ------------------------------------------------------------------ text of a cell

def words_to_lines(words: Iterable[Word]) -> list[Line]:
    """Words grouped into visual lines (a superscript joins the line it sits on)."""
    lines: list[Line] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        mid = (w["top"] + w["bottom"]) / 2
        first = lines[-1].words[0] if lines else None  # the line's band is its first word's, so a
        if first and first["top"] - 1 <= mid <= first["bottom"] + 1:  # tall header row never becomes one line
            lines[-1].words.append(w)
        else:
            lines.append(Line([w]))
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
    return lines


def words_to_cell_text(words: list[Word], bbox: BBox | None) -> str:
    """A cell's text; ``bbox`` is the ruled cell's box, None when the table has no ruling."""
    right_edge = bbox[2] if bbox else None
    return join_lines(lines_to_paragraphs(words_to_lines(words), right_edge))


def lines_to_paragraphs(lines: list[Line], right_edge: float | None) -> list[str]:
    """Join lines that Word only wrapped; keep real breaks.

    Word wraps a line only when the next word does not fit, so if the first word
    of the next line would have fitted after this line, the break was a hard one.
    """
    if not lines:
        return []
    usable_right = max(line.x1 for line in lines)
    if right_edge is not None:
        usable_right = max(usable_right, right_edge - CELL_PADDING)
    paragraphs = [line_text(lines[0])]
    for prev, line in zip(lines, lines[1:]):
        first_word = line.words[0]
        room = usable_right - prev.x1
        needed = (first_word["x1"] - first_word["x0"]) + 3
        gap = line.top - prev.bottom
        height = max(prev.bottom - prev.top, 1)
        opener = PARAGRAPH_OPENER.match(normalise_line(line_text(line)))
        if right_edge is not None and broken_word(prev, right_edge):
            paragraphs[-1] += line_text(line)
            continue
        if room > needed or opener or gap > 0.8 * height:
            paragraphs.append(line_text(line))
        else:
            paragraphs[-1] = join_wrapped(paragraphs[-1], line_text(line))
    return paragraphs


def broken_word(line: Line, right_edge: float) -> bool:
    """A single word wider than the column that the renderer had to break mid-word."""
    if len(line.words) != 1:
        return False
    word = line.words[0]
    inner_width = right_edge - CELL_PADDING - line.x0
    return right_edge - word["x1"] < CELL_PADDING + 3 and (word["x1"] - word["x0"]) > 0.85 * inner_width


def join_wrapped(head: str, tail: str) -> str:
    # A hyphen at a wrap joins to the next word only when Word itself broke a hyphenated compound.
    if head.endswith("-") and not head.endswith(" -"):
        return head + tail
    return head + " " + tail


def line_text(line: Line) -> str:
    """Words of one line; a word touching the previous one (a superscript "st") is not spaced."""
    parts = [line.words[0]["text"]]
    for prev, w in zip(line.words, line.words[1:]):
        parts.append(("" if w["x0"] - prev["x1"] < 0.5 else " ") + w["text"])
    return "".join(parts)


# ------------------------------------------------------------------ borderless tables

def borderless_table(words: list[Word], page_number: int, index: int) -> tuple[RawTable | None, list[Line]]:
    """A table with no ruling: columns from white-space gutters, rows from vertical gaps.

    The table starts at the first line laid out in columns (two or more wide gaps
    between its words); prose above it (title, introduction) stays outside.
    """
    lines = [ln for ln in words_to_lines(words) if not PAGE_FURNITURE.search(ln.text.strip())]
    start = next((i for i, ln in enumerate(lines) if wide_gaps(ln) >= 2), None)
    if start is None or len(lines) - start < 2:
        return None, lines
    body = lines[start:]
    threshold = row_gap_threshold(body)
    isolated = isolated_lines(body, threshold)
    gutters = find_gutters([ln for i, ln in enumerate(body) if i not in isolated])
    if not gutters:
        return None, lines
    columns = gutters_to_columns(gutters, body)
    rows = []
    for r, group in enumerate(lines_to_row_groups(body, columns, threshold)):
        rows.append(Row(group_to_cells(group, columns), r, page_number))
    bbox = (columns[0], body[0].top, max(ln.x1 for ln in body), body[-1].bottom)
    return RawTable(tuple(rows), index, page_number, bbox, "text"), lines[:start]


def wide_gaps(line: Line) -> int:
    """How many gaps between neighbouring words are wider than a word space: column changes."""
    return sum(1 for a, b in zip(line.words, line.words[1:])
               if b["x0"] - a["x1"] > max(WIDE_GAP, 0.8 * (a["bottom"] - a["top"])))  # titles space words widely


def row_gap_threshold(lines: list[Line]) -> float:
    """A vertical gap clearly taller than the space between two lines of one paragraph."""
    if len(lines) < 2:
        return 0.0
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:])]
    height = statistics.median(ln.bottom - ln.top for ln in lines)
    return max(min(gaps) * 1.8, min(gaps) + height * 0.4)


def isolated_lines(lines: list[Line], threshold: float) -> set[int]:
    """Single-phrase lines with space above and below: theme rows that may cross the gutters."""
    out = set()
    for i, ln in enumerate(lines):
        before = ln.top - lines[i - 1].bottom if i else threshold + 1
        after = lines[i + 1].top - ln.bottom if i + 1 < len(lines) else threshold + 1
        if before > threshold and after > threshold and wide_gaps(ln) == 0:
            out.add(i)
    return out


def find_gutters(lines: list[Line]) -> list[tuple[float, float]]:
    """X ranges crossed by (almost) no line: the white space between columns."""
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    width = int(right - left) + 1
    coverage = [0] * width
    for ln in lines:
        for w in ln.words:
            for x in range(max(0, int(w["x0"] - left)), min(width, int(w["x1"] - left) + 1)):
                coverage[x] += 1
    allowed = max(1, len(lines) // 25)  # titles and theme rows may cross a gutter
    gutters, run_start = [], None
    for x, count in enumerate(coverage):
        if count <= allowed and run_start is None:
            run_start = x
        elif count > allowed and run_start is not None:
            if x - run_start >= MIN_GUTTER_WIDTH and run_start > 0:
                gutters.append((left + run_start, left + x))
            run_start = None
    return gutters  # a run still open at the right edge is margin, not a gutter


def gutters_to_columns(gutters: list[tuple[float, float]], lines: list[Line]) -> list[float]:
    """The x where each column's text starts: the left edge, then the end of each gutter."""
    return [min(ln.x0 for ln in lines)] + [end for _, end in gutters]


def column_of(x: float, columns: list[float]) -> int:
    """The column whose start is the last one at or before x."""
    index = 0
    for i, start in enumerate(columns):
        if x >= start - 1:
            index = i
    return index


def line_columns(line: Line, columns: list[float]) -> set[int]:
    return {column_of(w["x0"], columns) for w in line.words}


def lines_to_row_groups(lines: list[Line], columns: list[float], threshold: float) -> list[list[Line]]:
    """Lines grouped into table rows.

    A row starts after a tall gap at a line that fills two or more columns or the
    first column (a tall gap before a line in one other column is only a paragraph
    break inside a cell).  Where rows are set tight, with no gap, a row starts where
    the first column, or two other columns, start again after a line without them;
    and a bold header ends at its first line that is not bold.
    """
    groups = [[lines[0]]]
    seen = line_columns(lines[0], columns)  # columns with text in the current row
    for prev, line in zip(lines, lines[1:]):
        cols = line_columns(line, columns)
        prev_cols = line_columns(prev, columns)
        restarted = {c for c in cols if c in seen and c not in prev_cols}
        tall_gap = line.top - prev.bottom > threshold
        header_ends = len(groups) == 1 and is_bold(groups[0][0]) and is_bold(prev) and not is_bold(line)
        if (tall_gap and (len(cols) >= 2 or 0 in cols or len(groups) == 1)) or 0 in restarted \
                or len(restarted) >= 2 or header_ends:
            groups.append([line])
            seen = set(cols)
        else:
            groups[-1].append(line)
            seen |= cols
    return groups


def is_bold(line: Line) -> bool:
    return all("bold" in str(w.get("fontname", "")).lower() for w in line.words)


def group_to_cells(group: list[Line], columns: list[float]) -> tuple[Cell, ...]:
    """Words of one row split into its columns; a line that crosses gutters is a spanning cell."""
    n = len(columns)
    if len(group) == 1 and (spans_gutter(group[0], columns) or
                            (wide_gaps(group[0]) == 0 and len(line_columns(group[0], columns)) >= 2)):
        return (Cell(normalise_line(line_text(group[0]))),) + tuple(Cell("", "left") for _ in range(n - 1))
    per_column: list[list[Word]] = [[] for _ in range(n)]
    for line in group:
        for w in line.words:
            per_column[column_of(w["x0"], columns)].append(w)
    return tuple(Cell(words_to_cell_text(ws, None)) for ws in per_column)


def spans_gutter(line: Line, columns: list[float]) -> bool:
    """A line whose words run across the start of another column (a theme row spanning the table)."""
    return any(w["x0"] < start - 1 < w["x1"] - 1 for w in line.words for start in columns[1:])
