"""A printed page's running text as paragraphs for ``extract.labelled_text``: the lines outside every
table, each line set wholly in bold (and not in columns: a table's header row) a paragraph of its
own, emphasised (a label or a heading), the lines between joined into paragraphs as a cell's are
(``lines.lines_to_paragraphs``).  A paragraph cut by a page break (no stop at the foot of one page,
plain text at the top of the next) runs on."""
from __future__ import annotations

from ..labelled_text import Para
from .lines import Line, lines_to_paragraphs, wide_gaps
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
    for line in lines:
        if is_bold(line) and not wide_gaps(line, settings):  # a bold line in columns is a table's header
            paras.extend(Para(text, False, page) for text in lines_to_paragraphs(plain, None, settings, reach=reach))
            plain = []
            paras.append(Para(line.text, True, page))
        else:
            plain.append(line)
    paras.extend(Para(text, False, page) for text in lines_to_paragraphs(plain, None, settings, reach=reach))
    return paras


def add_page_paras(paras: list[Para], page: list[Para]) -> None:
    """A page's paragraphs after those so far, the last of those running on into the page's first
    where a page break cut it."""
    if paras and page and not paras[-1].emphasised and not page[0].emphasised \
            and not paras[-1].text.rstrip().endswith(SENTENCE_STOPS):
        paras[-1] = Para(f"{paras[-1].text} {page[0].text}", False, paras[-1].page)
        page = page[1:]
    paras.extend(page)
