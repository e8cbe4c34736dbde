"""A column whose header names the agency and its action ("Agency and action", "Lead agency / action").

Such a plan has no lead-agency column: each action cell names its agency first, on a line of its own (set in
bold, which no reader keeps), then the action under it.  The column is read as two, an agency column and an
action column, so that each action has its agency.  A cell whose first line is no agency's name keeps all
its text as the action.  Where a PDF ran the two lines together ("Ravensford Council Tell licensing
staff …"), the agency is the run of capitalised words before the action's first word, when it ends in a
word agencies end in ("Council", "Service", "ICB") or is an agency named on its own line elsewhere in the
column; only in a column whose cells mostly mark where the agency ends.  Where the cell marks the agency's
end with a dash or a colon on its first line ("<b>Ravensford Police</b> – Change the rule", the name set in
bold), the name before it is the agency when it ends as agencies' names do, in any cell of the column.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Cell, RawTable
from .agency_names import agency_type_from_keywords
from .agency_table import is_acronym, is_known_agency
from .combined_column import body_start, column_made_two, split_tables_and_pages, two_role_header
from .headers import Header
from .labels import looks_like_agency, split_agency_prefix

AGENCY_LINE_CHARACTERS = 80  # an agency's name, with its place and department, is never longer
MAX_AGENCY_WORDS = 6  # nor more words (``looks_like_agency``)
# The last word of an agency's name that its type's keywords do not give ("IDVA Service", "Youth Team").
AGENCY_ENDINGS = re.compile(r"^(?:services?|teams?|units?|authority|department|agency|care|aid|support|practices?"
                            r"|partnership|board|group|hub|office)$", re.I)
# The mark after an agency's name at a cell's start: an en or em dash, a hyphen between spaces, or a colon,
# then the action (on the same line or the next).  The name is on the cell's first line.
AGENCY_MARK = re.compile(r"^(?P<name>[^\n]+?)(?:[ \t]*[\u2013\u2014]|[ \t]+-|:)(?:[ \t]+|[ \t]*\n)\s*(?=\S)")
# An agency's name in brackets closing an action ("… control room. (Kestlebury Police)").
BRACKETED_END = re.compile(r"\s*\((?P<name>[^()\n]+)\)[\s.]*$")
JOINERS = frozenset({"and", "&", "of", "for", "the", "in", "on", "upon"})  # inside a name: "Tees, Esk and Wear"


def agency_action_header(text: str) -> tuple[str, str] | None:
    """The agency's and the action's names of a header naming both, in that order; else None."""
    return two_role_header(text, "agency", "action")


def agency_action_column(header: Header) -> int | None:
    """The header's agency-and-action column, unless the table has a lead-agency column of its own (a
    header opening "Lead agency …" may read as one itself: not another column)."""
    column = next((i for i, text in enumerate(header.texts) if agency_action_header(text)), None)
    if column is None or any(i != column for i in header.columns("agency")):
        return None
    return column


def is_agency_line(line: str) -> bool:
    """A line that is an agency's name: short, a known agency or a proper name, not a sentence."""
    text = line.strip()
    return (0 < len(text) <= AGENCY_LINE_CHARACTERS and not text.endswith((".", ":", ";", ","))
            and looks_like_agency(text))


def agency_line_split(text: str) -> tuple[str, str] | None:
    """(agency, action) from a cell whose first line names the agency and whose later lines are the action."""
    first, _, rest = text.strip().partition("\n")
    return (first.strip(), rest.strip()) if rest.strip() and is_agency_line(first) else None


def ends_like_agency(name: str, known: frozenset[str]) -> bool:
    """A name as agencies' names end: one named on its own line elsewhere in the column, a known agency, or
    a last word that is an acronym ("ICB"), says the agency's type ("Council") or an agency's noun
    ("Service")."""
    last = name.split()[-1]
    return (name in known or is_known_agency(name) or is_acronym(last) or AGENCY_ENDINGS.match(last) is not None
            or agency_type_from_keywords(last) != "other")


def marked_split(text: str, known: frozenset[str]) -> tuple[str, str] | None:
    """(agency, action) from a cell opening with an agency's name and a dash or colon ("Ravensford Police –
    Change the rule"): the name must end as agencies' names do, and a lone acronym be a known agency (a
    form's acronym, "DASH – …", is no agency); None when the cell opens otherwise ("Review – …")."""
    found = AGENCY_MARK.match(text.strip())
    if found is None:
        return None
    name = found["name"].strip()
    if not is_agency_line(name) or not ends_like_agency(name, known):
        return None
    if " " not in name and is_acronym(name) and not (name in known or is_known_agency(name)):
        return None
    return name, text.strip()[found.end():].strip()


def run_on_split(text: str, known: frozenset[str]) -> tuple[str, str] | None:
    """(agency, action) from one line that runs the agency's name into the action ("Ravensford Council Tell
    licensing staff …"): the longest run of capitalised words before a capitalised word that ends as an
    agency's name does; None when there is none."""
    words = text.strip().split(" ")
    run = 0
    while run < len(words) and (words[run][:1].isupper() or (run and words[run].lower() in JOINERS)):
        run += 1
    for k in range(min(run - 1, MAX_AGENCY_WORDS), 0, -1):
        name = " ".join(words[:k])
        if words[k][:1].isupper() and looks_like_agency(name) and ends_like_agency(name, known):
            return name, " ".join(words[k:])
    return None


def column_agencies(texts: list[str]) -> tuple[frozenset[str], bool]:
    """The agencies the column's cells name on a line of their own or before a dash, and whether most
    filled cells do."""
    filled = [t for t in texts if t.strip()]
    split = [s for s in (marked_split(t, frozenset()) or agency_line_split(t) for t in filled) if s is not None]
    return frozenset(agency for agency, _ in split), len(split) * 2 > len(filled)


def agency_and_action(text: str, known: frozenset[str], run_on: bool) -> tuple[str, str]:
    """A cell's agency and action: the agency's name split off at its dash or colon or as its own line, or
    (``run_on``) the agency's name run into the action's first line; ('', the cell) when none."""
    found = marked_split(text, known) or agency_line_split(text)
    if found is None and run_on:
        first, _, rest = text.strip().partition("\n")
        opening = run_on_split(first, known)
        found = (opening[0], "\n".join(p for p in (opening[1], rest.strip()) if p)) if opening else None
    return found if found is not None else ("", text)


def split_cell(cell: Cell, known: frozenset[str], run_on: bool) -> tuple[Cell, Cell]:
    """A body cell as its agency's cell and its action's (a merged position stays merged in both)."""
    if cell.span or not cell.text.strip():
        return cell, cell
    agency, action = agency_and_action(cell.text, known, run_on)
    return replace(cell, text=agency, span=""), replace(cell, text=action, span="")


def split_header_cell(cell: Cell) -> tuple[Cell, Cell]:
    """A header row's cell: the combined name as its two names, any other cell spanning the new column."""
    names = agency_action_header(cell.text)
    if names is None:
        return cell, Cell("", "above" if cell.span == "above" else "left")
    return Cell(names[0]), Cell(names[1])


def split_table(table: RawTable, column: int, start: int, agencies: tuple[frozenset[str], bool]) -> RawTable:
    """The table with ``column`` made an agency column and an action column; ``start``: its first body row."""
    known, run_on = agencies

    def pair_of(cell: Cell, header: bool) -> tuple[Cell, Cell]:
        return split_header_cell(cell) if header else split_cell(cell, known, run_on)
    return column_made_two(table, column, start, pair_of)


def body_texts(table: RawTable, column: int, start: int) -> list[str]:
    return [row.cells[column].text for row in table.rows[start:] if column < len(row.cells)
            and not row.cells[column].span]


def agency_action_split(tables: list[RawTable]) -> list[RawTable]:
    """The tables, each agency-and-action column read as an agency column and an action column; a table with
    no header right after one so read (the same table on its next page) is read alike."""
    def read(table: RawTable, header: Header) -> tuple[int, tuple[frozenset[str], bool]] | None:
        column = agency_action_column(header)
        if column is None:
            return None
        return column, column_agencies(body_texts(table, column, body_start(header)))

    def split(table: RawTable, header: Header | None, found: tuple[int, tuple[frozenset[str], bool]]) -> RawTable:
        return split_table(table, found[0], body_start(header), found[1])
    return split_tables_and_pages(tables, read, split)


def bracketed_agency(text: str) -> tuple[str, str] | None:
    """(agency, action) from an action closing with its agency's name in brackets: a name as agencies'
    names end, of two words or more ("(Kestlebury CSP)"); a lone acronym only after the action's full stop
    ("… system. (ICB)"), as "… the conference (MARAC)" names what it spells out.  None otherwise."""
    found = BRACKETED_END.search(text)
    if found is None or not found.start():
        return None
    name, before = found["name"].strip(), text[:found.start()].rstrip()
    if not is_agency_line(name) or not ends_like_agency(name, frozenset()):
        return None
    if " " not in name and not (before.endswith(".") and is_known_agency(name)):
        return None
    return name, before


def action_agency(text: str, agency_cell: str) -> tuple[str, str]:
    """(agency, action) from an action's text naming its agency: before it ("POLICE: Review …"), or, when
    no cell gives the agency, in brackets at its end; ("", text) when it names none."""
    prefix, rest = split_agency_prefix(text)
    if prefix or agency_cell:
        return prefix, rest
    return bracketed_agency(text) or ("", text)
