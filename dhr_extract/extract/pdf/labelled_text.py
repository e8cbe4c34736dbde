"""A printed page's running text as paragraphs for ``extract.labelled_text``: the lines outside every
table, each line set wholly in bold (and not in columns: a table's header row) a paragraph of its
own, emphasised (a label or a heading), the lines between joined into paragraphs as a cell's are
(``lines.lines_to_paragraphs``).  Two more ways of setting a label apart are read as labels too:
- a line opening with a bold run that ends in a colon, or stands a column apart from the plain
  text after it ("**Lead agency:** Police", "**Action**      Add a prompt …"): the run is the
  label, the rest of the line opens its text;
- a plain line naming a plan column alone, the line under it starting further right (a definition
  list's term over its indented definition, as a browser's print without its style sheet sets it).
A paragraph cut by a page break (no stop at the foot of one page, plain text at the top of the next)
runs on."""
from __future__ import annotations

from ...normalise.headers import header_role
from ..labelled_text import Para, label_key
from .lines import Line, is_wide_gap, lines_to_paragraphs, wide_gaps
from .runs import is_bold
from .settings import DEFAULT, PdfSettings

SENTENCE_STOPS = (".", "!", "?", ":", ";")


def lines_to_paras(lines: list[Line], page: int, page_width: float, settings: PdfSettings = DEFAULT) -> list[Para]:
    """One page's lines outside its tables (top to bottom) as paragraphs.  The text may reach as far
    as its furthest line, or as far from the page's right edge as it starts from the left (margins
    alike): a few lines alone on a page tell less of its width."""
    paras: list[Para] = []
    plain: list[Line] = []
    reach = max((line.x1 for line in lines), default=0.0)
    if lines:
        reach = max(reach, page_width - min(line.x0 for line in lines))

    def flush() -> None:
        texts = lines_to_paragraphs(plain, None, settings, reach=reach)
        paras.extend(Para(text, False, page, plain[0].x0 if k == 0 else None) for k, text in enumerate(texts))
        plain.clear()

    for i, line in enumerate(lines):
        lead = leading_label(line, settings)
        if is_bold(line) and not wide_gaps(line, settings):  # a bold line in columns is a table's header
            flush()
            paras.append(Para(line.text, True, page, line.x0))
        elif lead is not None:
            flush()
            paras.append(Para(lead[0], True, page, line.x0))
            plain.append(lead[1])
        elif is_column_name(line.text) and not wide_gaps(line, settings) \
                and is_term(line, lines[i + 1] if i + 1 < len(lines) else lines[i - 1] if i else line, settings):
            # a term over its definition; at the foot of the page, after a definition (the line above
            # indented past it), perhaps one whose definition is overleaf (``add_page_paras``)
            flush()
            paras.append(Para(line.text, i + 1 < len(lines), page, line.x0))
        else:
            plain.append(line)
    flush()
    return paras


def leading_label(line: Line, settings: PdfSettings = DEFAULT) -> tuple[str, Line] | None:
    """A line opening with a bold run that is a label, its text after it on the same line in plain type:
    the run ends in a colon or a column's gap parts it from the text; the run and the rest of the line."""
    bold = 0
    while bold < len(line.words) and "bold" in str(line.words[bold].get("fontname", "")).lower():
        bold += 1
    if not bold or bold == len(line.words):
        return None
    run = " ".join(w["text"] for w in line.words[:bold])
    if not label_key(run) or not (run.endswith(":") or is_wide_gap(line.words[bold - 1], line.words[bold], settings)):
        return None
    return run, Line(line.words[bold:])


def is_column_name(text: str) -> bool:
    """A line that only names a plan column ("Lead agency", "Target date")."""
    key = label_key(text)
    return bool(key) and header_role(key) is not None


def is_terms_list(lines: list[Line], settings: PdfSettings = DEFAULT) -> bool:
    """Whether a borderless region's lines are terms beside their definitions (a web page's ``<dl>``
    printed side by side): two or more lines open with a label naming a plan column other than the
    recommendation ("Action", "Lead agency"), and every other line carries a definition on, right of
    the terms.  Running text for the labelled blocks, not a table: with no recommendation column it
    could never be a plan of its own."""
    labels = [leading_label(line, settings) for line in lines]
    runs = [found[0] for found in labels if found]
    if len(runs) < 2 or any(not is_column_name(run.rstrip(":")) or header_role(label_key(run)) == "rec" for run in runs):
        return False
    terms_right = max(line.x0 for line, found in zip(lines, labels) if found) + settings.term_indent
    return all(found or line.x0 >= terms_right for line, found in zip(lines, labels))


def is_term(line: Line, below: Line, settings: PdfSettings = DEFAULT) -> bool:
    """Whether ``below`` starts far enough right of ``line`` to be a definition indented under its term."""
    return below.x0 - line.x0 >= settings.term_indent


def starts_right_of(para: Para, term: Para, settings: PdfSettings = DEFAULT) -> bool:
    """Whether ``para`` starts far enough right of ``term`` to be a definition indented under it."""
    return para.x0 is not None and term.x0 is not None and para.x0 - term.x0 >= settings.term_indent


def add_page_paras(paras: list[Para], page: list[Para], settings: PdfSettings = DEFAULT) -> None:
    """A page's paragraphs after those so far, the last of those running on into the page's first
    where a page break cut it.  A plan column's name alone at the foot of a page, the page after opening
    further right, is a term over its definition: a label, no cut sentence."""
    if paras and page and is_column_name(paras[-1].text) and not paras[-1].emphasised \
            and starts_right_of(page[0], paras[-1], settings):
        last = paras[-1]
        paras[-1] = Para(last.text, True, last.page, last.x0)
    if paras and page and not paras[-1].emphasised and not page[0].emphasised \
            and not paras[-1].text.rstrip().endswith(SENTENCE_STOPS):
        paras[-1] = Para(f"{paras[-1].text} {page[0].text}", False, paras[-1].page, paras[-1].x0)
        page = page[1:]
    paras.extend(page)
