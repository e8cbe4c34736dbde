"""Read an action's status from its progress / status / RAG cells, by the codebook's rules.

Progress cells are narrative: ``Referrals policies ... built into MASH procedures.
COMPLETED``, dated histories (``Oct 2021: ... Jan 2022: ... Ongoing``), sub-answers
(``a) COMPLETED b) ongoing``), or just a RAG colour.  The vocabulary (which words mean
which status, negation, scope, past-due wording, the plan guards) is data in
``codebook.csv``; this module is the fixed decision order those rules plug into, each
step documented there as a ``step`` row:

1. a dedicated Status column (``status_text``), when it holds a status word (a bare "No" there only says
   "not complete": an open state the progress text states refines it);
2. the progress text: a whole-cell label; a closing completion line; sub-items some done
   and some open (partial); else the last explicit status word of the latest entry
   (descriptive phrases only when no explicit word), then scope (a completion with an
   exception or a remainder is partial) and past-due wording (outranks an open word);
3. the RAG colour (the plan's own key, else the codebook's ``rag`` rows);
4. a text that only says an update is awaited (unknown, with its rule);
5. ``unknown``.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from ..date_phrases import words_before_date
from ..dates import parse_date_text
from ..marks import ticked_options
from ...lexicon import MONTH_HEAD
from ...model import Status
from .codebook import STATUSES, Codebook, Rule, default_codebook
from .key import coded_wording
from .rag import opening_rag_tag, parse_rag

__all__ = ["UNREAD", "StatusReading", "names_status", "read_status"]

_F = re.IGNORECASE | re.ASCII
_OPEN = (Status.IN_PROGRESS, Status.NOT_STARTED, Status.OVERDUE, Status.PARTIALLY_COMPLETE)
BARE_NO_RULE = "label.no"  # the codebook's rule for a bare "No" answering a Completed? column
_GUARDED_WORD = re.compile(r"(?:complete|achieved|finished)", _F)  # completion words a guard can demote


@dataclass(frozen=True)
class StatusReading:
    status: Status
    evidence: str  # the words that decided it ('' when nothing did)
    completed_on: datetime.date | None  # where the text dates the completion
    rule: str = ""  # the codebook rule_id that decided it ('' when nothing did)


UNREAD = StatusReading(Status.UNKNOWN, "", None, "")  # nothing in the cells says a status


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    status: Status
    strong: bool  # an explicit status word, not a descriptive phrase
    text: str
    rule: str
    kind: str  # phrase | recovery


# "Jan 2022: ...", "Update 12/09/2018 - ...": the start of a dated entry in a history.
_DATE_ATOM = (r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + MONTH_HEAD + r"\.?\s*,?\s*"
              r"(?:\d{4}|\d{2})|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")
_ENTRY_START = re.compile(
    r"(?:^|(?<=\n)|(?<=[.;]\s))\s*(?:[A-Za-z&]+\s+)?(?:update[sd]?\s*(?:as\s+at|at|on)?\s*)?\(?(" + _DATE_ATOM
    + r")\)?\s*[:\u2013\u2014-]", _F)
_ITEM_LABEL = re.compile(
    r"(?:^|(?<=\s)|(?<=[;,.]))\(?(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})\)"  # a) (b) ii) 3)
    r"|^\s*(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})\.\s"  # "a. " at line start
    r"|^\s*\u2022", _F | re.MULTILINE)


def _normalise(text: str) -> str:
    text = re.sub(r"</?[A-Za-z][^<>]{0,40}>", " ", text)  # stray inline markup (<b>, <sup>)
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\f\v ]+", " ", text)
    text = re.sub(r" ?\n\s*", "\n", text)  # no blank lines, no runs of whitespace
    return text.strip()


# ------------------------------------------------------------------ mentions

def _is_plan(text: str, m: re.Match[str], cb: Codebook) -> bool:
    """A completion word used as intention, attribute or a count of people, not as a status."""
    word = m.group(0).lower()
    if not _GUARDED_WORD.match(word):
        return False
    before = text[max(0, m.start() - 60):m.start()]
    if any(p.search(before) for _, p in cb.of_kind("guard_before")):
        return True
    after = text[m.end():m.end() + 30]
    if word == "complete" and any(p.match(after) for _, p in cb.of_kind("guard_after")):
        return True  # "complete by March", "complete the audit"
    # "completed by the end of April" after no auxiliary is still a deadline; "COMPLETED by
    # 31/03" may be a report, which we cannot tell, so only the explicit "by the end" form counts.
    return bool(word == "completed" and re.match(r"^\s+by\s+the\s+end\b", after, _F)
                and not re.search(r"\b(?:was|were|has|have|had)\s+(?:been\s+)?$", before, _F))


def _mentions(text: str, cb: Codebook) -> list[_Mention]:
    """Every status phrase in the text; a span claimed by an earlier rule is not re-read by a later one."""
    taken = bytearray(len(text) + 1)
    found: list[_Mention] = []
    for rule, pattern in cb.claimers():
        for m in pattern.finditer(text):
            s, e = m.span()
            if e == s or any(taken[s:e]):
                continue
            taken[s:e] = b"\x01" * (e - s)  # claimed even when it is a plan, so no weaker rule re-reads it
            if rule.status == Status.COMPLETE and _is_plan(text, m, cb):
                continue
            found.append(_Mention(s, e, rule.status, rule.strength == "explicit", m.group(0), rule.rule_id, rule.kind))
    found.sort(key=lambda x: x.start)
    return found


def _decide(mentions: list[_Mention]) -> _Mention | None:
    """The last explicit status word; descriptive phrases only when there is none."""
    known = [m for m in mentions if m.status != Status.UNKNOWN]
    pool = [m for m in known if m.strong] or known
    return pool[-1] if pool else None


def _entries_in_time_order(text: str) -> tuple[str, int]:
    """A dated history oldest-first (so that "last" means "latest") and where its latest entry
    starts; anything else unchanged, with 0."""
    starts = list(_ENTRY_START.finditer(text))
    if len(starts) < 2:
        return text, 0
    dates = [parse_date_text(m.group(1)).date for m in starts]
    if any(d is None for d in dates):
        return text, 0
    if not all(a > b for a, b in zip(dates, dates[1:])):
        return text, starts[-1].start()  # already oldest-first (or mixed): text order is time order
    cuts = [m.start() for m in starts] + [len(text)]
    head = text[:cuts[0]].strip()
    entries = [text[a:b].strip() for a, b in zip(cuts, cuts[1:])][::-1]
    ordered = "\n".join(([head] if head else []) + entries)
    return ordered, len(ordered) - len(entries[-1])


def _items(text: str) -> list[str]:
    """Sub-answers a) / b) / bullets, each with its text; [] when there are fewer than two."""
    labels = list(_ITEM_LABEL.finditer(text))
    if len(labels) < 2:
        return []
    cuts = [m.start() for m in labels] + [len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:])]


# ------------------------------------------------------------------ completion dates

def _completion_date(text: str, m: _Mention | None) -> datetime.date | None:
    """The date written next to a completion word: "COMPLETED - April 2015",
    "Complete - see minutes 12/09/2018", "April 2015: completed"."""
    if m is None:
        return None
    after = re.split(r"\n|\.\s|\.$", text[m.end:m.end + 60], maxsplit=1)[0]
    parsed = parse_date_text(after)
    if parsed.dates:
        return parsed.dates[0]
    # Before the word, when the word closes a short dated lead-in.
    newline, stop = text.rfind("\n", 0, m.start), text.rfind(". ", 0, m.start)
    begin = max(newline + 1, stop + 2 if stop >= 0 else 0)
    before = text[begin:m.start]
    if len(before) <= 30:
        parsed = parse_date_text(before)
        if parsed.dates:
            return parsed.dates[-1]
    return None


def _completed_on(text: str, deciding: _Mention | None, mentions: list[_Mention]) -> datetime.date | None:
    found = _completion_date(text, deciding)
    if found is not None or deciding is None:
        return found
    # Another completion word on the same line may carry the date:
    # "COMPLETE AS OF APRIL 2014 ON THE ... SITE. COMPLETED".
    line_start = text.rfind("\n", 0, deciding.start)
    line_end = text.find("\n", deciding.end)
    line_end = len(text) if line_end < 0 else line_end
    for other in reversed(mentions):
        if other is not deciding and other.status == Status.COMPLETE and line_start < other.start < line_end:
            found = _completion_date(text, other)
            if found is not None:
                return found
    return None


# ------------------------------------------------------------------ the steps

def _label(text: str, cb: Codebook) -> StatusReading | None:
    """A whole-cell label ("Yes"), also with the date it was done after it ("Yes - 12/02/2025" in a Closed column)."""
    label = text.lower().strip(" .!:-")
    words, date = words_before_date(label) or (label, None)
    for rule, pattern in cb.of_kind("label"):
        if pattern.fullmatch(label) or pattern.fullmatch(words):
            completed = date if rule.status == Status.COMPLETE and not pattern.fullmatch(label) else None
            return StatusReading(rule.status, text, completed, rule.rule_id)
    return None


def _closing(text: str, cb: Codebook) -> StatusReading | None:
    """A last line that is only a completion label closes the action."""
    if "\n" not in text:
        return None
    last_line = text.rsplit("\n", 1)[-1]
    for rule, pattern in cb.of_kind("closing"):
        if pattern.search(last_line):
            ms = _mentions(text, cb)
            final = next((m for m in reversed(ms) if m.status == Status.COMPLETE), None)
            completed = _completed_on(text, final, ms) if rule.status == Status.COMPLETE else None
            return StatusReading(rule.status, last_line.strip(), completed, rule.rule_id)
    return None


def _mixed_items(text: str, cb: Codebook) -> StatusReading | None:
    """Sub-answers some complete and some not: partially complete."""
    decided = [d for d in (_decide(_mentions(item, cb)) for item in _items(text)) if d is not None]
    if any(m.status == Status.COMPLETE for m in decided) and any(m.status in _OPEN for m in decided):
        return StatusReading(Status.PARTIALLY_COMPLETE, "; ".join(m.text for m in decided), None, "step.sub_items")
    return None


_CLAUSE_END = re.compile(r"[.;:\n]|\s-\s|\bbut\b", _F)
_PLANNED = re.compile(r"\b(?:to|be)\s+$", _F)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause around text[start:end] (cut at . ; : line breaks, dashes and "but")."""
    cuts = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
    after = _CLAUSE_END.search(text, end)
    return (cuts[-1] if cuts else 0), (after.start() if after else len(text))


def _parts_done(text: str, span: tuple[int, int], cb: Codebook) -> list[re.Match[str]]:
    """Parts reported done in text[span] ("policy updated"), not planned ones ("to be delivered")."""
    a, b = span
    return [m for _, p in cb.of_kind("done_part") for m in p.finditer(text, a, b)
            if not _PLANNED.search(text[a:m.start()])]


def _reports_done(text: str, span: tuple[int, int], mentions: list[_Mention], cb: Codebook) -> bool:
    """The clause itself reports something done ("all remaining staff were trained")."""
    a, b = span
    return any(m.status == Status.COMPLETE and a <= m.start < b for m in mentions) or bool(_parts_done(text, span, cb))


def _marker(entry: str, latest_in_entry: list[_Mention], cb: Codebook) -> tuple[Rule, re.Match[str]] | None:
    """The first scope marker, else the first remainder whose clause reports nothing done."""
    for rule, pattern in cb.of_kind("scope"):
        found = pattern.search(entry)
        if found:
            return rule, found
    for rule, pattern in cb.of_kind("remainder"):
        for found in pattern.finditer(entry):
            if not _reports_done(entry, _clause(entry, *found.span()), latest_in_entry, cb):
                return rule, found
    return None


def _scoped(text: str, latest: list[_Mention], entry_start: int, cb: Codebook) -> StatusReading | None:
    """A completion with an exception or a remainder in the same entry: partially complete."""
    entry = text[entry_start:]
    shifted = [replace(m, start=m.start - entry_start, end=m.end - entry_start) for m in latest]
    marker = _marker(entry, shifted, cb)
    if marker is None:
        return None
    rule, found = marker
    done = next((m.text for m in latest if m.status == Status.COMPLETE), "")
    # A remainder's own clause is what is left: the part done must be elsewhere, and the
    # remainder's own words ("still to be delivered") are not another voice.
    a, b = _clause(entry, *found.span()) if rule.kind == "remainder" else (0, 0)
    if not done and not any(not a <= m.start < b for m in shifted):
        # a part reported done is the weakest evidence: only when nothing else speaks
        done = next((m.group(0) for m in _parts_done(entry, (0, len(entry)), cb) if not a <= m.start() < b), "")
    if not done:
        return None
    return StatusReading(rule.status, f"{done}; {found.group(0)}", None, rule.rule_id)


def _refined(decided: _Mention, latest: list[_Mention]) -> _Mention:
    """A partial phrase outranks an open word beside it; past-due wording outranks an open or
    not-started reading unless a recovery phrase follows it."""
    if decided.status in (Status.IN_PROGRESS, Status.NOT_STARTED, Status.OVERDUE):
        partial = [m for m in latest if m.status == Status.PARTIALLY_COMPLETE]
        if partial:
            return partial[-1]
    if decided.status in (Status.IN_PROGRESS, Status.NOT_STARTED):
        late = [m for m in latest if m.status == Status.OVERDUE]
        if late and not any(m.kind == "recovery" and m.start > late[-1].start for m in latest):
            return late[-1]
    return decided


def _read_text(raw: str, cb: Codebook) -> StatusReading | None:
    """Status from one free-text cell, or None when it holds no status word.  A reading with
    status ``unknown`` says the text only asks for, or lacks, an update."""
    text = _normalise(raw)
    if not text:
        return None
    reading = _label(text, cb) or _closing(text, cb) or _mixed_items(text, cb) or _narrative(text, cb)
    if reading is not None and reading.status == Status.COMPLETE and reading.rule.startswith("complete."):
        return _opening_open_label(text, cb) or reading
    return reading


_FIRST_CLAUSE = re.compile(r"[.;:\n]|\s[-–—]\s")


def _opening_open_label(text: str, cb: Codebook) -> StatusReading | None:
    """A cell that opens on an open-state label ("In progress. Two dip samples completed; ...")
    keeps it: the completions after it are milestones.  Not in a dated history, where the
    latest entry decides."""
    pieces = _FIRST_CLAUSE.split(text)
    clause, rest = pieces[0].strip(), pieces[1:]
    ms = _mentions(clause, cb)
    if len(ms) != 1 or not ms[0].strong or ms[0].status not in _OPEN or len(ms[0].text) < len(clause) - 3:
        return None
    if _ENTRY_START.search(text, len(clause)) or any(  # a later dated update, or a later "Completed." label
            p.search(piece) for piece in rest for _, p in cb.of_kind("opening")):
        return None
    return StatusReading(ms[0].status, clause, None, "step.open_label_over_milestone")


def _narrative(text: str, cb: Codebook) -> StatusReading | None:
    """The status words of a narrative (dated entries put oldest first): the latest entry's, refined."""
    ordered, entry_start = _entries_in_time_order(text)
    ms = _mentions(ordered, cb)
    latest = [m for m in ms if m.start >= entry_start]
    decided = _decide(latest) or _decide(ms)  # the latest entry decides when it says anything
    if decided is None or decided.start >= entry_start and decided.status != Status.PARTIALLY_COMPLETE:
        scoped = _scoped(ordered, latest, entry_start, cb)
        if scoped is not None:
            return scoped
    if decided is None:
        info = next((m for m in reversed(ms) if m.status == Status.UNKNOWN), None)
        return StatusReading(Status.UNKNOWN, info.text, None, info.rule) if info else None
    if decided.start >= entry_start:
        decided = _refined(decided, latest)
    completed = _completed_on(ordered, decided, ms) if decided.status == Status.COMPLETE else None
    return StatusReading(decided.status, decided.text, completed, decided.rule)


# ------------------------------------------------------------------ colours

def _legend_status(value: str, cb: Codebook) -> Status:
    value = (value or "").strip()
    key = value.lower().replace(" ", "_").replace("-", "_")
    if key in STATUSES:
        return Status(key)
    reading = _read_text(value, cb)
    return reading.status if reading else Status.UNKNOWN


def _from_rag(rag: str, legend: dict[str, str] | None, cb: Codebook) -> StatusReading | None:
    colour = parse_rag(rag)
    if not colour:
        return None
    mapping = dict(cb.rag_defaults())
    for key, value in (legend or {}).items():
        if not isinstance(key, str) or not isinstance(value, str):
            continue
        key_colour = parse_rag(key)
        status = _legend_status(value, cb)
        if key_colour and status != Status.UNKNOWN:
            mapping[key_colour] = (status, "rag.legend")
    if colour not in mapping:
        return None
    status, rule = mapping[colour]
    return StatusReading(status, f"RAG: {colour}", None, rule)


def _labelled_complete(text: str, cb: Codebook) -> bool:
    lines = _normalise(text).split("\n")
    return (any(p.search(lines[-1]) for _, p in cb.of_kind("closing"))
            or any(p.search(lines[0]) for _, p in cb.of_kind("opening")))


def _weigh_colour(reading: StatusReading, text: str, colour: StatusReading | None, cb: Codebook) -> StatusReading:
    """The author's colour against the words of the narrative.

    An open colour (Amber/Red) beats a "completed" in the narrative, which is then a
    milestone ("first audit completed") -- unless the text opens or closes on a plain
    "COMPLETED" label; and a colour the plan's key calls overdue refines "in progress".
    """
    if colour is None:
        return reading
    open_colour = colour.evidence in ("RAG: Amber", "RAG: Red")
    if (reading.status == Status.COMPLETE and open_colour and colour.status not in (Status.COMPLETE, Status.UNKNOWN)
            and not _labelled_complete(text, cb)):
        status = Status.OVERDUE if colour.status == Status.OVERDUE else Status.IN_PROGRESS
        return StatusReading(status, colour.evidence, None, "step.open_colour_over_milestone")
    if reading.status == Status.IN_PROGRESS and colour.status == Status.OVERDUE:
        return colour
    return reading


def read_status(progress_text: str, rag: str = "", status_text: str = "",
                legend: dict[str, str] | None = None, codebook: Codebook | None = None) -> StatusReading:
    """The status of one action from its cells (see the module doc for the order)."""
    cb = codebook or default_codebook()
    progress_text, status_text, rag = (v if isinstance(v, str) else "" for v in (progress_text, status_text, rag))
    status_text = coded_wording(status_text, legend) or status_text  # a code the plan's key explains: its words
    status_text = ticked_options(status_text)  # the options ticked of a list of check boxes
    from_status = _status_cell(status_text, progress_text, cb)
    if from_status is not None and from_status.status != Status.UNKNOWN:
        return _open_state_stated(from_status, progress_text, cb) or from_status
    rag = _rag_in_force(rag, status_text, progress_text)
    reading = _read_text(progress_text, cb)
    if reading is not None and reading.status != Status.UNKNOWN:
        return _weigh_colour(reading, progress_text, _from_rag(rag, legend, cb), cb)
    # No status word: the colour, else what says no update was given, else nothing.
    return next((r for r in (_from_rag(rag, legend, cb), from_status, reading) if r is not None), UNREAD)


def _rag_in_force(rag: str, status_text: str, progress_text: str) -> str:
    """The rating of an action: its RAG cell's; else a Status column's that holds only a colour; else the tag
    opening its update ("[GREEN] Guidance rewritten.")."""
    if rag.strip():
        return rag
    if status_text.strip() and parse_rag(status_text):
        return status_text
    return opening_rag_tag(progress_text)


def names_status(text: str, codebook: Codebook | None = None) -> bool:
    """Whether a key's wording ("in progress", "Action complete") names a status."""
    return _legend_status(text, codebook or default_codebook()) != Status.UNKNOWN


def _open_state_stated(answer: StatusReading, progress_text: str, cb: Codebook) -> StatusReading | None:
    """A bare "No" in a Completed? column says only that the action is not complete: the open state the
    update states in an explicit word ("Not started.", "Overdue") says which (``step.bare_no``); None when it
    states none (a descriptive phrase, "delivery delayed", does not outrank the author's answer)."""
    if answer.rule != BARE_NO_RULE:
        return None
    stated = _read_text(progress_text, cb)
    if stated is None or stated.status not in _OPEN:
        return None
    rule = cb.rule(stated.rule)
    return stated if rule is not None and rule.strength == "explicit" else None


def _status_cell(status_text: str, progress_text: str, cb: Codebook) -> StatusReading | None:
    """The reading of a dedicated Status column; a completion it does not date takes the narrative's date."""
    if not status_text.strip():
        return None
    reading = _read_text(status_text, cb)
    if reading is None or reading.status != Status.COMPLETE or reading.completed_on is not None:
        return reading
    other = _read_text(progress_text, cb)
    if other is not None and other.status == Status.COMPLETE and other.completed_on:
        return StatusReading(Status.COMPLETE, reading.evidence, other.completed_on, reading.rule)
    return reading
