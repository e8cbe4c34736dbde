"""Recognise an action plan's header row and give each column its role."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable

from ..model import RawTable, Row
from .acceptance import ACCEPTANCE_HEADER
from .group_headings import SUBHEADING_LENGTH, is_group_subheading_row
from .header_words import expand_header_words
from .labels import MAX_ROMAN, label_from_cell, roman_numeral, split_label
from .reference_columns import reference_action_columns
from .response_column import response_as_action
from .row_serials import row_serial_columns
from .start_end_columns import names_start, start_end_roles

# The outcome an action should achieve, its impact, or the measure of its success ("Outcome / impact",
# "Expected outcome", "Outcome measure", "Measure of success"): what would show it worked.
OUTCOME_SOUGHT = re.compile(
    r"\boutcomes?\s*(?:/|and|&|or)\s*impacts?\b|\bimpacts?\s*(?:/|and|&|or)\s*outcomes?\b|^impacts?$"
    r"|\b(?:expected|intended|desired|anticipated|planned)\s+(?:outcomes?|impacts?)\b"
    r"|\boutcomes?\s+(?:sought|expected|intended|measures?)\b|\bmeasures?\s+of\s+success\b|\bsuccess\s+measures?\b"
)
EVIDENCE_WORD = re.compile(r"\bevidence\b")
# "Partner(s)", "Partner agencies", "Key partners": the agencies that act, or those working with the lead agency
# beside its own column (not "Partnership")
PARTNER_HEADING = re.compile(r"(?:key\s+|delivery\s+)?partners?\b")

# Roles a column can play.  Order matters when a header could match two roles:
# the first pattern that matches wins (e.g. "Target completion date" is a target,
# "Date of completion and Outcome" is progress).
ROLE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # whether the recommendation was accepted ("Accepted? Y/N", "Agreed by agency"): before "agency"
    ("acceptance", ACCEPTANCE_HEADER),
    # "Rec ID" / "Rec ref" head the recommendation's number, not its text (a bare "Rec": see
    # prefer_recommendation_column)
    ("number", re.compile(r"^(rec\s*(no|number|ref|id|#)|recommendation\s*(no|number|ref|id)|no|ref|#|number|item)$")),
    # a reference qualified by the document it points into ("Overview ref", "DHR ref", "Ref no."): the
    # recommendation's number as the report gives it (an action's, a paragraph's or a page's is not); a
    # narrow PDF column may lose the space ("Overviewref"), never the one in "Preference"
    ("number", re.compile(
        r"^(?!act|para|page|section)(?:(?:[a-z]+\s+){0,3}\bref(?:erence)?|[a-z]+\s*ref)(?:\s*(?:no|number|#))?$")),
    ("rag", re.compile(r"\brag\b|progress indicator|^r\s*a\s*g\b|^r a g|red amber green")),
    # the outcome an action should achieve, or its impact, is what shows it worked: evidence, not progress
    # (a bare "Outcome", or "Date of completion and Outcome", reports what happened: progress, below)
    ("evidence", OUTCOME_SOUGHT),
    ("progress", re.compile(
        r"date of completion|completion and outcome|progress|update|outcome$|^outcomes?\b(?!.*evidence)"
        r"|agency response|response to recommendation|comments?$|commentary|current position|position statement"
    )),
    # a bare "By" ("By:") heads the date an action is due by, as "Complete(d) by", "To be completed by",
    # "Date due", "Expected completion" and "Timeframe" do (not "Completed by whom": a person)
    ("target", re.compile(
        r"target|timescale|time scale|deadline|by when|^by$|when\b|due date|^due\b|completion date|^date$|date for completion"
        r"|\b(?:complete[d]?|achieved)\s+by\b(?!\s+(?:whom|who)\b)|\bcompletion\s+by\b"
        r"|^date\s+due\b|^(?:expected|estimated|planned)\s+(?:completion|end)\b|\btime\s*frames?\b"
        r"|^date\s+(?:to\s+be|by\s+which)\b"
    )),
    # a yes/no question about the action ("Completed?", "Achieved?", "Met?", "Closed"): its answer is the status
    # "Status at 30/09/2025", "Status as of March 2024": the status on a date (the column's as-of date)
    ("status", re.compile(r"^status$|^current status|^status of action|^action status|^status\s+(?:as\s+)?(?:at|of)\b"
                          r"|^(?:complete[d]?|achieved|met|done|implemented|delivered|closed)\s*\??$"
                          r"|^(?:complete[d]?|achieved|met|done|implemented|delivered|closed)\b.{0,12}\b(y\s*/\s*n|yes\s*/\s*no)\b")),
    ("evidence", re.compile(r"milestone|evidence|measure of success|success measure|outcome\s*/\s*evidence|how will .*know|monitoring")),
    # the organisation owning a recommendation, beside its actions' own leads: the owner, as a Theme column
    # names it (before "agency", which an owner column otherwise is)
    ("section", re.compile(r"^(?:recommendation|rec)\s+(?:owners?|lead)$|^owner of (?:the )?recommendations?$")),
    ("agency", re.compile(
        r"lead agency|^lead\b|^action\s+leads?$|^agency$|^agencies$|addressed to|responsib|\bowners?\b|lead officer|^who\b|lead partner|^organisation|^departments?$"
        r"|^" + PARTNER_HEADING.pattern
    )),
    ("scope", re.compile(r"^scope|local,? regional|local or regional|regional or national")),
    # how urgent the plan rates a recommendation or action ("Priority", "Priority (H/M/L)", "Priority level")
    ("priority", re.compile(r"^priority(?:\s+(?:level|rating))?(?:\s*\([^)]*\))?$")),
    # "Action ref" / "Action no." numbers the actions (1a, 1b): not their text, but a key progress logs use
    ("action_ref", re.compile(r"^actions?\s*(ref(erence)?|no|number|id|#)$")),
    # "What we will do", "Planned activity": what the action is, written as the agency's undertaking
    ("action", re.compile(r"\bactions?\b(?!\s*(?:ref(?:erence)?|no|number|id)\b|\s*#)|how will|what (?:we )?will"
                          r"|^planned activit")),
    ("rec", re.compile(r"recommendation|^rec\b|learning point|^finding")),
    # a Theme column whose cell, merged over several recommendations, names their section (the owner)
    ("section", re.compile(r"^(key |learning )?themes?$|^theme of (the )?recommendations?$")),
]

# The same patterns for header text whose spaces are gone (see header_role).
UNSPACED_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (role, re.compile(re.sub(r"\\s[*+?]?| ", "", pattern.pattern))) for role, pattern in ROLE_PATTERNS]
PLAN_ROLES = {"rec", "action", "action_ref"}  # a progress log keyed by action number names only the last
RECOMMENDATION_WORD = re.compile(r"recommendation")  # matched without spaces ("Recommendatio n")
BARE_REC = re.compile(r"^recs?$")  # "Rec": the recommendation's text alone, its number beside a Recommendation column
# A cell opening with a numbered word ("Action 1:", "Step 2 –", "Part 3.") is a row's data.
NUMBERED_OPENING = re.compile(r"^\s*[^\W\d_]+\.?\s*(?:no\.?\s*)?\d+(?:\.\d+)*[a-z]?\s*[:.)\-–]", re.I)
# A compound header ("Achievable – lead", "Time-bound: by when"): a group's criterion, then the column's name;
# or a bilingual one ("Statws / Status", a Welsh plan's): the column's name in each language.
COMPOUND_SEPARATOR = re.compile(r"\s+[\-–—:]\s+|\s*:\s*|\s+[–—]\s*|\s*[–—]\s+|\s+/\s+")
# Words of a lead-agency column's header, wherever they stand in it ("Achievable – lead", "Who leads?").
AGENCY_WORDS = re.compile(r"\b(?:lead|leads|agency|agencies|owner|responsible|responsibility|organisation|who|partners?)\b")
# A template's prompt under a column's name: a phrase in brackets, after at most the name's last two words
# wrapped onto the prompt's line ("agency (the agency, not a named officer)"); not a qualifier ("Police (lead)"),
# nor a sentence in brackets ending a cell cut by a page ("(always assume the victim will not support it.)").
BRACKETED_PROMPT = re.compile(r"^(?:\S+\s+){0,2}\((?:[^()\s]+\s+){2,}[^()]*[^().!\s]\)$")
# A header cell names a column in a few words; a sentence (a data cell in a header's place) names none.
SENTENCE_WORDS = 15  # no header seen runs to this many words
FULL_STOP_SENTENCE_WORDS = 8  # nor this many ending with a full stop
# "Number of actions", "No. of recommendations": a count of records (a summary table's), not their text.
COUNT_HEADER = re.compile(r"^(?:number|no|count|total|percentage|proportion)\s+of\b")
# A column heading that says its cells hold dates ("Date closed", "Date agreed", "When"); a narrow PDF
# column may lose its spaces ("Dateclosed").
DATE_HEADING = re.compile(r"\bdate[sd]?\b|\bwhen\b|^date[sd]?(?=[a-z])")
DATE_ROLES = {"target"}
BARE_DATE = re.compile(r"^dates?$")
# A column of each update's date ("Last updated", "Update date"; "Last update" alone is the update's text)
UPDATE_DATE = re.compile(r"^(?:last\s+|date\s+(?:last\s+)?)updated(?:\s+on)?$|^(?:last\s+)?update\s+date$"
                         r"|^date\s+of\s+(?:last\s+|latest\s+)?update$")
PROGRESS_SIDE_ROLES = {"progress", "status", "rag"}  # the columns that report on an action, beside its own
# An agency's response to a recommendation (accepted, partly accepted, with its note): what the agency
# undertook, not a report of progress, unless the header also names the progress ("Response and update").
RESPONSE_HEADING = re.compile(r"\bresponses?\b")
PROGRESS_HEADING = re.compile(r"progress|update|outcome|position|complet")
# A target column's heading that names it the first date set, or the date that replaced it (a word's
# start only: a narrow PDF column may lose the space after it, "Revisedtarget").
ORIGINAL_TARGET = re.compile(r"\b(?:original|initial|first|previous|old)")
# A person's column beside the agency's ("Lead officer" | "Agency"), and a column naming the organisation.
PERSON_HEADING = re.compile(r"\b(?:officer|person|manager|named lead|contact|individual)s?\b")
ORGANISATION_HEADING = re.compile(r"\b(?:agency|agencies|organisations?|partner|service|department)\b")
REVISED_TARGET = re.compile(r"\b(?:revised|amended|new|current|updated|extended)")


def fold_header(text: str) -> str:
    """Case, punctuation, "i.e." and line breaks do not matter in header text."""
    text = text.lower().replace("i.e.", " ").replace("e.g.", " ")
    text = re.sub(r"[\n\r\t]+", " ", text)
    text = re.sub(r"[^\w#/&,?() ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip(" ?")


@functools.lru_cache(maxsize=4096)  # a plan repeats its short cells ("Police", "Complete") row after row
def header_role(text: str) -> str | None:
    """The role a column's header names: the whole text's, else the one role its parts name.  A sentence
    names none (its "when" or "update" is the sentence's, not a column's name), nor a count of records."""
    if reads_as_sentence(text) or COUNT_HEADER.match(fold_header(text)):
        return None
    return whole_header_role(text) or compound_header_role(text)


def reads_as_sentence(text: str) -> bool:
    """A cell too long to be a column's name: many words, or a full stop after several."""
    words = len(text.split())
    return words >= SENTENCE_WORDS or (words >= FULL_STOP_SENTENCE_WORDS and text.rstrip().endswith("."))


def compound_header_role(text: str) -> str | None:
    """A header in parts ("Achievable – lead" under a "SMART" group): the role its parts name, when
    only one part names one (parts naming different roles leave the column unnamed)."""
    parts = [part for part in COMPOUND_SEPARATOR.split(text.replace("\n", " ")) if part.strip()]
    if len(parts) < 2:
        return None
    roles = {role for role in (whole_header_role(part) for part in parts) if role}
    return roles.pop() if len(roles) == 1 else None


def whole_header_role(text: str) -> str | None:
    folded = fold_header(text)
    if not folded or len(folded) > 120:
        return None
    # Narrow PDF columns break long words ("Recommendatio n", "Compl etion date"): try the text
    # without spaces too, against the patterns without theirs; then with its abbreviations written out
    # ("RESP. AGENCY" is the responsible agency), once the words as written name nothing.
    unspaced = folded.replace(" ", "")
    expanded = expand_header_words(folded)
    for candidate, patterns in ((folded, ROLE_PATTERNS), (unspaced, ROLE_PATTERNS), (unspaced, UNSPACED_PATTERNS),
                                (expanded, ROLE_PATTERNS)):
        for role, pattern in patterns:
            if pattern.search(candidate):
                return role
    return None


@dataclass(frozen=True)
class Header:
    roles: tuple[str | None, ...]  # one per grid column
    texts: tuple[str, ...]  # the header text of each column (rows joined)
    n_rows: int  # how many rows of the table the header takes
    first_row: int = 0  # where the header starts: rows above it (a title row inside the table) are not data
    joint: tuple[tuple[int, ...], ...] = ()  # columns read from one cell each (``RawTable.joint_columns``)

    def columns(self, role: str) -> list[int]:
        return [i for i, r in enumerate(self.roles) if r == role]

    def first(self, role: str) -> int | None:
        found = self.columns(role)
        return found[0] if found else None

    def read_with(self, column: int) -> tuple[int, ...]:
        """The columns read from the same cell as ``column`` (itself alone for most columns)."""
        return next((group for group in self.joint if column in group), (column,))


def row_roles(row: Row) -> list[str | None]:
    return [header_role(c.text) if not c.span and not opens_with_label(c.text) else None for c in row.cells]


def opens_with_label(text: str) -> bool:
    """Data, never a column name: a sentence after a label ("1. Train all staff", "Action 1: Deliver the
    training", "Step 2 – audit the files"); a numbered column name ("1. Recommendation", "Update 2 – June
    2020") is short."""
    label, rest = split_label(text)
    if label is None:
        match = NUMBERED_OPENING.match(text)
        rest = text[match.end():] if match else ""
    return len(rest.split()) > 2


def names_most_cells(row: Row, roles: list[str | None]) -> bool:
    """A header names what most of its filled cells hold; a data row that happens to say "action"
    or "update" in a cell or two does not."""
    filled = [i for i, c in enumerate(row.cells) if not c.span and c.text.strip()]
    return sum(1 for i in filled if roles[i]) * 2 >= len(filled)


def is_header_row(row: Row) -> bool:
    roles = response_as_action(row_roles(row), [c.text for c in row.cells])
    named = {r for r in roles if r}
    return len(named) >= 2 and bool(PLAN_ROLES & named) and names_most_cells(row, roles)


def is_guidance_row(row: Row) -> bool:
    """The template's explanatory row under the header: questions ("What is the over-arching
    recommendation?"), or prompts in brackets ("(what will be done: specific and measurable)"), in half
    its cells at least."""
    texts = [c.text for c in row.cells if c.text and not c.span]
    prompts = [t for t in texts if t.rstrip().endswith("?") or BRACKETED_PROMPT.match(t.strip())]
    return len(texts) >= 2 and len(prompts) * 2 >= len(texts)


def find_header(table: RawTable, search_rows: int = 6) -> Header | None:
    """The header of an action-plan table, or None for any other table.

    A header row names at least two roles, one of them the recommendation or the
    action.  A group row above it ("Delivery" over three columns, "Recommendation"
    merged down two rows) and a second header row below it ("RAG" and
    "Commentary" under "Progress", or any short sub-headings under a group cell spanning
    them) are folded in.
    """
    rows = table.rows[:search_rows]
    for i, row in enumerate(rows):
        if not is_header_row(row):
            continue
        roles, texts = spanned_roles(row), spanned_texts(row)
        first = i
        if i > 0 and any(cell.span == "above" for cell in row.cells):  # cells merged down from a group row
            first = i - 1
            above_roles, above_texts = spanned_roles(rows[i - 1]), spanned_texts(rows[i - 1])
            for c, cell in enumerate(row.cells):
                if cell.span == "above" and c < len(above_roles):
                    roles[c], texts[c] = above_roles[c], above_texts[c]
        n_rows = i + 1
        # "RAG | Commentary" under "Progress"; "Police | Council" under a "Lead" group cell spanning them
        below_header = i + 1 < len(rows) and (is_second_header_row(rows[i + 1], roles)
                                              or is_group_subheading_row(rows[i + 1], row))
        if below_header:
            below = rows[i + 1]
            roles = [sub_column_role(a, b, c.text) for a, b, c in zip(roles, spanned_roles(below, inherit=False),
                                                                      below.cells)]
            texts = [f"{a}\n{c.text}".strip() for a, c in zip(texts, below.cells)]
            n_rows = i + 2
        roles = dated_progress_columns(start_end_roles(prefer_recommendation_column(roles, texts), texts), texts)
        roles = responses_beside_progress(roles, texts)
        roles = outcomes_beside_evidence(roles, texts)
        roles = officers_beside_agency(roles, texts)
        roles = row_serial_columns(superseded_targets(roles, texts), table.rows[n_rows:])
        roles = unheaded_number_column(roles, texts, table.rows[n_rows:])
        roles = reference_action_columns(response_as_action(roles, texts), table.rows[n_rows:])
        return Header(tuple(roles), tuple(texts), n_rows, first, table.joint_columns)
    return None


def unheaded_number_column(roles: list[str | None], texts: list[str], body: Iterable[Row]) -> list[str | None]:
    """A first column with an empty header cell beside the recommendation column, whose cells count 1, 2, 3
    (or i, ii, iii) down the rows that open a recommendation (and are empty where the recommendation cell is
    merged down or empty): the recommendations' numbers, written in the margin."""
    rec = roles.index("rec") if "rec" in roles else None
    if rec != 1 or roles[0] is not None or texts[0].strip() or "number" in roles:
        return roles
    numbers: list[str] = []
    for row in body:
        if len(row.cells) <= rec:
            continue
        mark, opening = row.cells[0], row.cells[rec]
        opens = not opening.span and bool(opening.text.strip())
        if bool(mark.text.strip()) != opens:
            return roles
        if opens:
            label = label_from_cell(mark.text)
            numbers.append(label.number if label else "")
    return ["number", *roles[1:]] if len(numbers) >= 2 and counts_from_one(numbers) else roles


def counts_from_one(numbers: list[str]) -> bool:
    """Whether ``numbers`` run 1, 2, 3 … or i, ii, iii … with no gap."""
    counts = range(1, len(numbers) + 1)
    return numbers in ([str(k) for k in counts], [roman_numeral(k) for k in counts if k <= MAX_ROMAN])


def dated_progress_columns(roles: list[str | None], texts: list[str]) -> list[str | None]:
    """A bare ``Date`` column among the progress columns of a table that has its target column already
    ("Target date | Date | Progress update"): it dates each progress update (``progress_date``), it is no
    second target.  Alone, or away from the progress columns, a ``Date`` column stays the target.  A column
    named for the date of the update (``UPDATE_DATE``: "Last updated") dates it wherever it stands, beside a
    column that reports progress."""
    targets = [i for i, role in enumerate(roles) if role == "target"]
    update_dates = {i for i, text in enumerate(texts) if UPDATE_DATE.match(fold_header(text))}
    reported = any(role in PROGRESS_SIDE_ROLES for i, role in enumerate(roles) if i not in update_dates)
    dated: list[str | None] = ["progress_date" if reported and i in update_dates else r for i, r in enumerate(roles)]
    for i in targets:
        beside = {roles[j] for j in (i - 1, i + 1) if 0 <= j < len(roles)}
        other_target = any(j != i and not is_bare_date_heading(texts[j]) for j in targets)
        if is_bare_date_heading(texts[i]) and other_target and beside & PROGRESS_SIDE_ROLES:
            dated[i] = "progress_date"
    return dated


def responses_beside_progress(roles: list[str | None], texts: list[str]) -> list[str | None]:
    """An agency's response column ("Agency response", "Response to recommendation") beside a column that
    reports progress: the response is not progress and keeps no role (its text goes to the residue, noted
    as a column the model has no field for).  With no other progress column it is the plan's progress."""
    progress = [i for i, role in enumerate(roles) if role == "progress"]
    responses = [i for i in progress if names_response(texts[i])]
    if not responses or len(responses) == len(progress):
        return roles
    return [None if i in responses else role for i, role in enumerate(roles)]


def outcomes_beside_evidence(roles: list[str | None], texts: list[str]) -> list[str | None]:
    """An outcome sought ("Outcome measure", "Expected outcome") beside a column headed as the evidence: the
    evidence column holds what shows the action done, the outcome is its aim and keeps no role (its text goes
    to the residue, noted as a column the model has no field for).  With no evidence column it is the evidence."""
    evidence = [i for i, role in enumerate(roles) if role == "evidence"]
    named = [i for i in evidence if EVIDENCE_WORD.search(fold_header(texts[i]))]
    outcomes = [i for i in evidence if i not in named and OUTCOME_SOUGHT.search(fold_header(texts[i]))]
    if not named or not outcomes:
        return roles
    return [None if i in outcomes else role for i, role in enumerate(roles)]


def officers_beside_agency(roles: list[str | None], texts: list[str]) -> list[str | None]:
    """A person's column ("Lead officer", "Person responsible"), or the partners' ("Partner agencies"), beside
    one headed as the lead agency: the agency column names who must act; the other keeps no role (the model
    has no field for a named officer or a supporting partner: its text goes to the residue, noted as a column
    not modelled).  With no such agency column the person's, or the partners', is it."""
    agency = [i for i, role in enumerate(roles) if role == "agency"]
    people = [i for i in agency if PARTNER_HEADING.match(fold_header(texts[i])) or (
        PERSON_HEADING.search(fold_header(texts[i])) and not ORGANISATION_HEADING.search(fold_header(texts[i])))]
    if not people or len(people) == len(agency):
        return roles
    return [None if i in people else role for i, role in enumerate(roles)]


def superseded_targets(roles: list[str | None], texts: list[str]) -> list[str | None]:
    """An original target column beside a revised one ("Original target | Revised target"): the revised
    date is the target; the original (``original_target``) is no second target, only the fallback where
    no revised date is given (the builder's), and otherwise goes to the residue."""
    targets = [i for i, role in enumerate(roles) if role == "target"]
    revised = [i for i in targets if REVISED_TARGET.search(fold_header(texts[i]))]
    original = [i for i in targets if i not in revised and ORIGINAL_TARGET.search(fold_header(texts[i]))]
    if not revised or not original:
        return roles
    return ["original_target" if i in original else role for i, role in enumerate(roles)]


def names_response(text: str) -> bool:
    """A heading naming an agency's response, and no progress beside it."""
    folded = fold_header(text)
    return RESPONSE_HEADING.search(folded) is not None and PROGRESS_HEADING.search(folded) is None


def is_bare_date_heading(text: str) -> bool:
    """A column headed "Date" alone, or "Date" under a progress group heading ("Progress" over "Date")."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines or not BARE_DATE.match(fold_header(lines[-1])):
        return False
    group = " ".join(lines[:-1])
    return not group or header_role(group) in PROGRESS_SIDE_ROLES


def prefer_recommendation_column(roles: list[str | None], texts: list[str]) -> list[str | None]:
    """Of several columns that could hold the recommendation's text ("Rec", "Finding", "Learning point",
    "Recommendation"), the one headed as a recommendation does.  A bare "Rec" beside it is the number
    column (when there is none yet); any other is context beside it and keeps no role (its text goes
    to the residue as an unmapped column)."""
    candidates = [i for i, role in enumerate(roles) if role == "rec"]
    headed = [i for i in candidates if RECOMMENDATION_WORD.search(fold_header(texts[i]).replace(" ", ""))]
    if len(candidates) < 2 or not headed:
        return roles
    chosen: list[str | None] = list(roles)
    for i in candidates:
        if i in headed:
            continue
        abbreviated = BARE_REC.match(fold_header(texts[i]).replace(" ", "")) is not None
        chosen[i] = "number" if abbreviated and "number" not in chosen else None
    return chosen


def is_second_header_row(row: Row, above: list[str | None]) -> bool:
    """Sub-headings under the header (whose roles are ``above``): two roles the header does not
    already give those columns, or cells merged down from the header.  A first data row that names
    the column's own role ("GEH: covered in Action 23" under "Action to be taken") is data."""
    if is_guidance_row(row):
        return False
    roles = row_roles(row)
    short = all(len(c.text) <= SUBHEADING_LENGTH for c in row.cells)  # sub-headings are short, data is not
    new_roles = {r for i, r in enumerate(roles) if r and (i >= len(above) or above[i] != r)}
    return (short and len(new_roles) >= 2 and names_most_cells(row, roles)) or (
        any(c.span == "above" for c in row.cells)
        and all(len(c.text) <= SUBHEADING_LENGTH for c in row.cells) and any(header_role(c.text) for c in row.cells))


def sub_column_role(group: str | None, own: str | None, heading: str) -> str | None:
    """A column's role under a group heading ("Monitoring" over "Update | Date closed"): its own heading's,
    else the group's, unless its heading names a date and the group's role holds none (the date an
    action was closed is no evidence of it), or names the start of a timescale ("Timescales" over "Start | End")."""
    if own or group is None:
        return own
    names_date = DATE_HEADING.search(fold_header(heading)) is not None
    return None if (names_date and group not in DATE_ROLES) or (group == "target" and names_start(heading)) else group


def spanned_roles(row: Row, inherit: bool = True) -> list[str | None]:
    """Roles per grid column; a position covered from the left shares its cell's role."""
    roles: list[str | None] = []
    for cell in row.cells:
        if cell.span == "left" and inherit and roles:
            roles.append(roles[-1])
        else:
            roles.append(header_role(cell.text) if not cell.span else None)
    return roles


def spanned_texts(row: Row) -> list[str]:
    texts: list[str] = []
    for cell in row.cells:
        texts.append(texts[-1] if cell.span == "left" and texts else cell.text)
    return texts


def agency_like_header(texts: Iterable[str]) -> str:
    """The first header text that reads like a lead-agency column's, whatever role it was given; ''."""
    return next((text.replace("\n", " ") for text in texts if AGENCY_WORDS.search(fold_header(text))), "")
