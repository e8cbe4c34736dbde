"""Read an action's status from its progress / status / RAG cells.

Progress cells are narrative: ``Referrals policies ... built into MASH procedures.
COMPLETED``, dated histories (``Oct 2021: ... Jan 2022: ... Ongoing``), sub-answers
(``a) COMPLETED b) ongoing``), or just a RAG colour.  The reader looks for status
*words* and is careful with the ones that only look like a status: ``not yet
complete``, ``incomplete``, ``to be completed by March`` (a plan, not a fact).

Decision order (first that says something wins):
1. a dedicated Status column (``status_text``), when it holds a status word;
2. the progress text:
   a. a final line that is only a completion label ("COMPLETED", "ACTIONS COMPLETED")
      closes the action, whatever the narrative above it says (plans' usage);
   b. sub-items (a) / b) / bullets) some complete and some not -> partially_complete;
   c. otherwise the LAST *explicit* status word (Completed, Ongoing, Not started,
      Overdue, Partially complete ...) in the latest entry; descriptive phrases
      ("being developed", "awaiting sign-off") count only when no explicit word does.
      A dated history written newest-first is read newest entry last;
3. the RAG colour, mapped by the plan's own legend when given, else by default
   (see ``_DEFAULT_RAG``);
4. ``unknown``.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .dates import parse_date_text

__all__ = ["STATUSES", "StatusReading", "parse_rag", "read_status"]

STATUSES = ("complete", "in_progress", "not_started", "overdue", "partially_complete", "unknown")

_F = re.IGNORECASE | re.ASCII

# ------------------------------------------------------------------ RAG

_COLOUR_WORD = re.compile(r"\b(red|amber|green|blue)\b", _F)
_RAG_PREFIX = re.compile(r"^\s*(?:rag|r\s*/\s*a\s*/\s*g)(?:\s+(?:status|rating))?\s*[:=-]?\s*", _F)
_RAG_LETTERS = re.compile(r"^\s*([RAGB])(?:\s*[/\\&,+-]\s*([RAGB]))*\s*(?:$|[-:(\u2013\u2014]|\s+[-(\u2013\u2014])", _F)
_LETTER_COLOUR = {"r": "Red", "a": "Amber", "g": "Green", "b": "Blue"}


def parse_rag(text: str) -> str:
    """"Red" | "Amber" | "Green" | "Blue" | "" from a RAG cell.

    Colour words win over letters; with several ("Amber/Green") the LAST named is the
    current one (plans append the newer rating).  Single letters count only at the
    start of the cell ("G", "A/G", "G - complete") so that list labels ("a)") in a
    longer text are not read as Amber.
    """
    try:
        if not isinstance(text, str) or not text.strip():
            return ""
        words = _COLOUR_WORD.findall(text)
        if words:
            return words[-1].capitalize()
        rest = _RAG_PREFIX.sub("", text, count=1)
        m = _RAG_LETTERS.match(rest)
        if m:
            letters = re.findall(r"[RAGB]", m.group(0), _F)
            return _LETTER_COLOUR[letters[-1].lower()]
        return ""
    except Exception:  # pragma: no cover
        return ""


# Default meaning of a colour seen alone (no status words, no legend).
# Blue is "complete and assured" in every key we have seen.  Green is "complete" in
# most DHR keys (some use it for "on track", which a legend can say).  Amber is
# "in progress".  Red means "off track", and plans' keys split it between "not
# started" and "overdue"; alone it only tells us the action is still open, so it
# reads as in_progress unless the plan's legend maps it to overdue / not_started.
_DEFAULT_RAG = {"Blue": "complete", "Green": "complete", "Amber": "in_progress", "Red": "in_progress"}


# ------------------------------------------------------------------ status words

@dataclass(frozen=True)
class StatusReading:
    status: str  # one of STATUSES
    evidence: str  # the words that decided it ('' when unknown)
    completed_on: datetime.date | None  # where the text dates the completion


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    status: str
    strong: bool  # an explicit status word, not a descriptive phrase
    text: str


_NEG = r"(?:\bnot|n['\u2019]t|\bnever)\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:fully\s+|entirely\s+)?"
_OTHER_DONE = r"(?:implemented|closed|met|signed[\s-]off|in\s+place|embedded|ratified)"

# (pattern, status, strong).  Tried in this order; a span claimed by an earlier
# pattern is not re-read by a later one ("partially complete" is not also "complete").
_PATTERNS: list[tuple[re.Pattern[str], str, bool]] = [
    (re.compile(r"\b(?:partially|partly|part|largely|mostly|substantially)[\s-]+"
                r"(?:complete[d]?|achieved|implemented|met|in\s+place|done)\b", _F), "partially_complete", True),
    # A "Completed?" column's answer written beside its question.
    (re.compile(r"\bcomplete[d]?\s*\?\s*(?:no|n)\b", _F), "in_progress", True),
    (re.compile(r"\bcomplete[d]?\s*\?\s*(?:yes|y)\b", _F), "complete", True),
    (re.compile(r"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:started|commenced|begun|initiated|progressed)\b"
                r"|\byet\s+to\s+(?:start|commence|begin)\b|\bnot\s+yet\s+due\b", _F), "not_started", True),
    (re.compile(r"\boverdue\b|\bpast\s+(?:the\s+)?(?:target|deadline|due)\b|\bbehind\s+schedule\b"
                r"|\bmissed\s+(?:the\s+)?(?:target|deadline)\b|\btarget\s+(?:date\s+)?(?:not\s+met|missed|passed)\b"
                r"|\boff[\s-]track\b"
                r"|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:completed|achieved|met|delivered)\s+by\s+the\s+(?:target|due)\s+date\b",
                _F), "overdue", True),
    (re.compile(r"\bdelayed\b|\bslipped\b", _F), "overdue", False),
    # Completion denied or not yet reached: open, i.e. in progress.
    (re.compile(_NEG + r"(?:complete[d]?|achieved|finished)\b|\bincomplete\b|\buncompleted\b|\bunfinished\b"
                r"|\byet\s+to\s+be\s+(?:complete[d]?|achieved|finished)\b"
                r"|\b(?:near(?:ly|ing)|almost)\s+(?:complete[d]?|completion)\b", _F), "in_progress", True),
    # "not in place" / "not met" also describe the case history, so they only count
    # when no explicit status word does.
    (re.compile(_NEG + _OTHER_DONE + r"\b|\byet\s+to\s+be\s+" + _OTHER_DONE + r"\b", _F), "in_progress", False),
    # "Complete - ongoing monitoring": continued assurance, not an open action.
    (re.compile(r"\bon[\s-]?going\s+(?:monitoring|review|reviews|audit|audits|assurance|oversight|basis|support"
                r"|training|development|evaluation)\b", _F), "in_progress", False),
    (re.compile(r"\bon[\s-]?going\b|\bin[\s-]progress\b|\bunder[\s-]?way\b|\bon\s+(?:track|target|schedule)\b"
                r"|\bwork\s+in\s+progress\b|\bWIP\b", _F), "in_progress", True),
    (re.compile(r"\bbeing\s+(?:\w+ed|undertaken|written|drawn\s+up|built|rolled\s+out|set\s+up|taken\s+forward)\b"
                r"|\bawaiting\b|\bpending\b|\bprogressing\b|\bin\s+(?:development|draft|hand)\b"
                r"|\bunder\s+(?:development|review|consideration|discussion)\b"
                r"|\b(?:has|have)\s+(?:now\s+)?(?:started|commenced|begun)\b"
                r"|\bwork\s+(?:is\s+|are\s+)?(?:continuing|continues)\b"
                r"|\b(?:delivery|training|roll[\s-]?out|implementation|work)\s+(?:continues|is\s+continuing)\b"
                # A date set for what is left: "now scheduled for Q3", "further event planned for autumn".
                r"|\bpostponed\b|\b(?:re)?scheduled\s+for\b|\bplanned\s+for\b|\bbooked\s+for\b"
                r"|\bremaining\s+(?:sessions?|work|actions?|items?|staff|practices|teams?)\b", _F), "in_progress", False),
    # Part of a count done: "31 of 40 clinicians trained".
    (re.compile(r"\b(\d{1,5})\s+(?:of|out\s+of)\s+(?!\1\b)\d{1,5}\b(?!\s*%)", _F), "in_progress", False),
    (re.compile(r"\b(?:complete[d]?|achieved)\b", _F), "complete", True),
    (re.compile(r"\b(?:actions?|recommendations?|recs?)\s+(?:(?:is|are|has\s+been|have\s+been|now)\s+)*"
                r"(?:closed|signed[\s-]off|discharged)\b", _F), "complete", True),
    # Past-tense delivery without a status label ("a new model was implemented").
    (re.compile(r"\b(?:has|have|was|were|had)\s+(?:now\s+)?(?:been\s+)?(?:fully\s+|successfully\s+)?"
                r"(?:implemented|embedded|ratified|signed[\s-]off|put\s+in\s+place)\b"
                r"|\b(?:is|are)\s+now\s+in\s+place\b|\b(?:now|already)\s+in\s+place\b", _F), "complete", False),
    # A sub-item reported done in the past tense ("a) Mosaic form amended 10/01/2022."), weakly.
    (re.compile(r"^\s*(?:\(?[a-h]\)|[a-h]\.|\u2022)\s+(?:(?!\b(?:will|to\s+be|shall|should|must)\b)[^\n]){0,80}?"
                r"\b(?:amended|issued|published|circulated|launched"
                r"|delivered|agreed|updated|introduced|produced|approved|completed)\b(?![^\n]*\b(?:will|to\s+be|planned"
                r"|scheduled|expected|due)\b)", _F | re.MULTILINE), "complete", False),
]

# A completion word that is a plan, not a fact: "to be completed", "will be achieved",
# "once complete", "complete by March", "staff to complete training".
_PLAN_BEFORE = re.compile(
    r"(?:\bto|\bwill|\bshall|\bshould|\bmust|\bwould|\bcould|\bcan|\bmay|\bmight|\bneeds?|\bexpected"
    r"|\bdue|\baim(?:s|ing)?|\bplanned|\bintended|\buntil|\btill|\bonce|\bwhen|\bif|\bbefore|\bafter|\bupon"
    r"|\bon|\bfor|\bprior|\bbeing|\bbe|\bhelp|\bto\s+help|\ba|\ban|\bthe|\bmore|\bmost|\bbeen\s+asked\s+to"
    r"|\bin\s+order\s+to)\s+(?:be\s+|have\s+been\s+|been\s+)?(?:fully\s+|successfully\s+)?$", _F)
_PLAN_AFTER_BASE = re.compile(
    r"^\s+(?:by|within|before|no\s+later|in\s+time|the|a|an|all|this|these|those|their|its|our|his|her|any|each"
    r"|every|training|work|it|them)\b", _F)

_ITEM_LABEL = re.compile(
    r"(?:^|(?<=\s)|(?<=[;,.]))\(?(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})\)"  # a) (b) ii) 3)
    r"|^\s*(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})\.\s"  # "a. " at line start
    r"|^\s*\u2022", _F | re.MULTILINE)

# A final line that is nothing but a completion label.
_FINAL_COMPLETE = re.compile(
    r"^\s*(?:(?:all|the)\s+)?(?:actions?\s+|recommendations?\s+)?(?:now\s+)?(?:fully\s+)?"
    r"(?:complete[d]?|achieved|closed|signed[\s-]off)\s*[.!]?\s*$", _F)
_LABEL_ONLY = {  # whole-cell labels that are too ambiguous inside narrative
    "open": "in_progress", "live": "in_progress", "active": "in_progress", "started": "in_progress",
    "closed": "complete", "done": "complete", "yes": "complete", "y": "complete",
    "no": "in_progress", "n": "in_progress",  # a "Completed?" column
    "not due": "not_started", "not yet due": "not_started",
}

# "Jan 2022: ...", "Update 12/09/2018 - ...": the start of a dated entry in a history.
_DATE_ATOM = (r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*,?\s*"
              r"(?:\d{4}|\d{2})|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")
_ENTRY_START = re.compile(
    r"(?:^|(?<=\n)|(?<=[.;]\s))\s*(?:[A-Za-z&]+\s+)?(?:update[sd]?\s*(?:as\s+at|at|on)?\s*)?\(?(" + _DATE_ATOM
    + r")\)?\s*[:\u2013\u2014-]", _F)


def _normalise(text: str) -> str:
    text = re.sub(r"</?[A-Za-z][^<>]{0,40}>", " ", text)  # stray inline markup (<b>, <sup>)
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\f\v ]+", " ", text)
    text = re.sub(r" ?\n\s*", "\n", text)  # no blank lines, no runs of whitespace
    return text.strip()


_PEOPLE_COMPLETED = re.compile(
    r"\b(?:staff|practitioners|officers|delegates|attendees|professionals|participants|people|workers|nurses"
    r"|midwives|gps|clinicians|managers|members|trainees|employees)\s+(?:who\s+)?(?:have|has|had)\s+(?:now\s+)?$"
    r"|\bhad\s+$",  # past perfect tells the story ("how many staff had completed"), not the action's state
    _F)


def _is_plan(text: str, m: re.Match[str]) -> bool:
    """A completion word used as intention or attribute rather than as a status."""
    word = m.group(0).lower()
    if not word.startswith(("complete", "achieved")):
        return False
    before = text[max(0, m.start() - 30):m.start()]
    if _PLAN_BEFORE.search(before):
        return True
    if _PEOPLE_COMPLETED.search(text[max(0, m.start() - 60):m.start()]):
        return True  # "169 practitioners have completed the module": a count of people, not the action
    after = text[m.end():m.end() + 30]
    if word == "complete" and _PLAN_AFTER_BASE.match(after):
        return True  # "complete by March", "complete the audit"
    # "completed by the end of April" after no auxiliary is still a deadline ...
    # unless the text reads as a report ("COMPLETED by 31/03"), which we cannot tell;
    # only the explicit "by the end" form is treated as a plan.
    return bool(word == "completed" and re.match(r"^\s+by\s+the\s+end\b", after, _F)
                and not re.search(r"\b(?:was|were|has|have|had)\s+(?:been\s+)?$", before, _F))


def _mentions(text: str) -> list[_Mention]:
    taken = bytearray(len(text) + 1)  # 1 where an earlier pattern claimed the char
    found: list[_Mention] = []
    for pattern, status, strong in _PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(taken[s:e]):
                continue
            taken[s:e] = b"\x01" * (e - s)  # claimed even when it is a plan, so no weaker pattern re-reads it
            if status == "complete" and _is_plan(text, m):
                continue
            found.append(_Mention(s, e, status, strong, m.group(0)))
    found.sort(key=lambda x: x.start)
    return found


def _decide(mentions: list[_Mention]) -> _Mention | None:
    """The last explicit status word; descriptive phrases only when there is none."""
    strong = [m for m in mentions if m.strong]
    pool = strong or mentions
    return pool[-1] if pool else None


def _entries_in_time_order(text: str) -> str:
    """A dated history written newest-first, reordered oldest-first so that "last"
    means "latest".  Anything else is returned unchanged."""
    starts = [m for m in _ENTRY_START.finditer(text)]
    if len(starts) < 2:
        return text
    dates = [parse_date_text(m.group(1)).date for m in starts]
    if any(d is None for d in dates):
        return text
    if not all(a > b for a, b in zip(dates, dates[1:])):
        return text  # already oldest-first (or mixed): text order is time order
    cuts = [m.start() for m in starts] + [len(text)]
    head = text[:cuts[0]]
    entries = [text[a:b].strip() for a, b in zip(cuts, cuts[1:])]
    return "\n".join(([head.strip()] if head.strip() else []) + entries[::-1])


def _items(text: str) -> list[str]:
    """Sub-answers a) / b) / bullets, each with its text; [] when there are fewer than two."""
    labels = list(_ITEM_LABEL.finditer(text))
    if len(labels) < 2:
        return []
    cuts = [m.start() for m in labels] + [len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:])]


def _completion_date(text: str, m: _Mention | None) -> datetime.date | None:
    """The date written next to a completion word: "COMPLETED - April 2015",
    "Complete - see minutes 12/09/2018", "April 2015: completed"."""
    if m is None:
        return None
    # After the word, within the same sentence and a short distance.
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
        if other is not deciding and other.status == "complete" and line_start < other.start < line_end:
            found = _completion_date(text, other)
            if found is not None:
                return found
    return None


def _read_text(raw: str) -> StatusReading | None:
    """Status from one free-text cell, or None when it holds no status word."""
    text = _normalise(raw)
    if not text:
        return None
    label = text.lower().strip(" .!:-")
    if label in _LABEL_ONLY:
        return StatusReading(_LABEL_ONLY[label], text, None)

    # (a) a closing "COMPLETED" line after the narrative.
    last_line = text.rsplit("\n", 1)[-1]
    if "\n" in text and _FINAL_COMPLETE.match(last_line):
        ms = _mentions(text)
        final = next((m for m in reversed(ms) if m.status == "complete"), None)
        return StatusReading("complete", last_line.strip(), _completed_on(text, final, ms))

    # (b) sub-answers, some complete and some not.
    item_status = []
    for item in _items(text):
        decided = _decide(_mentions(item))
        if decided is not None:
            item_status.append(decided)
    done = [m for m in item_status if m.status == "complete"]
    open_ = [m for m in item_status if m.status in ("in_progress", "not_started", "overdue", "partially_complete")]
    if done and open_:
        evidence = "; ".join(m.text for m in item_status)
        return StatusReading("partially_complete", evidence, None)

    # (c) the latest explicit status word.
    ordered = _entries_in_time_order(text)
    ms = _mentions(ordered)
    decided = _decide(ms)
    if decided is None:
        return None
    completed = _completed_on(ordered, decided, ms) if decided.status == "complete" else None
    return StatusReading(decided.status, decided.text, completed)


_LEGEND_ENTRY = re.compile(
    r"\b(red|amber|green|blue)\s*(?:=|:|[-\u2013\u2014]|means|is)\s*"
    r"(.+?)(?=\s*(?:[;,.]|\b(?:red|amber|green|blue)\s*(?:=|:|[-\u2013\u2014]|means|is))|$)", _F)


def rag_from_fill(fill: str) -> str:
    """The RAG colour a cell's shading shows ("#92d050" -> Green); '' for greys, pale tints and others."""
    import colorsys

    if not re.fullmatch(r"#[0-9a-f]{6}", fill or ""):
        return ""
    r, g, b = (int(fill[i:i + 2], 16) / 255 for i in (1, 3, 5))
    hue, saturation, value = colorsys.rgb_to_hsv(r, g, b)
    if saturation < 0.4 or value < 0.55:
        return ""  # header greys, navy-ish dark fills and pale tints are decoration
    degrees = hue * 360
    if degrees < 15 or degrees >= 340:
        return "Red"
    if degrees < 65:
        return "Amber"
    if degrees < 170:
        return "Green"
    if 190 <= degrees < 250:
        return "Blue"
    return ""


def legend_from_text(lines: list[str]) -> dict[str, str]:
    """A plan's own RAG key ("Green – action complete; Amber – in progress; Red – not started"),
    as colour -> wording; empty unless at least two colours are defined."""
    legend: dict[str, str] = {}
    for line in lines:
        for match in _LEGEND_ENTRY.finditer(line):
            legend.setdefault(match.group(1).title(), match.group(2).strip())
    return legend if len(legend) >= 2 else {}


def _legend_status(value: str) -> str:
    value = (value or "").strip()
    key = value.lower().replace(" ", "_").replace("-", "_")
    if key in STATUSES:
        return key
    reading = _read_text(value)
    return reading.status if reading else "unknown"


def _from_rag(rag: str, legend: dict[str, str] | None) -> StatusReading | None:
    colour = parse_rag(rag)
    if not colour:
        return None
    mapping = dict(_DEFAULT_RAG)
    for key, value in (legend or {}).items():
        if not isinstance(key, str) or not isinstance(value, str):
            continue
        key_colour = parse_rag(key)
        status = _legend_status(value)
        if key_colour and status != "unknown":
            mapping[key_colour] = status
    return StatusReading(mapping[colour], f"RAG: {colour}", None)


# "Completed – procedure amended ...": a status label opening the cell.
_OPENING_COMPLETE = re.compile(r"^\s*(?:complete[d]?|achieved)\b(?!\s+(?:by|within|in|before)\b)", _F)


def _weigh_colour(reading: StatusReading, text: str, colour: StatusReading | None) -> StatusReading:
    """The author's colour against the words of the narrative.

    An open colour (Amber/Red) beats a "completed" in the narrative, which is then a
    milestone ("first audit completed") -- unless the text opens or closes on a plain
    "COMPLETED" label; and a colour the plan's key calls overdue refines "in progress".
    """
    if colour is None:
        return reading
    lines = text.strip().split("\n")
    labelled = _FINAL_COMPLETE.match(lines[-1]) or _OPENING_COMPLETE.match(lines[0])
    open_colour = colour.evidence in ("RAG: Amber", "RAG: Red")
    if reading.status == "complete" and open_colour and colour.status not in ("complete", "unknown") and not labelled:
        return StatusReading("overdue" if colour.status == "overdue" else "in_progress", colour.evidence, None)
    if reading.status == "in_progress" and colour.status == "overdue":
        return colour
    return reading


def read_status(progress_text: str, rag: str = "", status_text: str = "",
                legend: dict[str, str] | None = None) -> StatusReading:
    """The status of one action from its cells (see the module doc for the order)."""
    try:
        progress_text = progress_text if isinstance(progress_text, str) else ""
        status_text = status_text if isinstance(status_text, str) else ""
        rag = rag if isinstance(rag, str) else ""

        if status_text.strip():
            reading = _read_text(status_text)
            if reading is not None:
                if reading.status == "complete" and reading.completed_on is None:
                    # The date may sit in the progress narrative instead.
                    other = _read_text(progress_text)
                    if other is not None and other.status == "complete" and other.completed_on:
                        return StatusReading("complete", reading.evidence, other.completed_on)
                return reading
            if not rag.strip() and parse_rag(status_text):
                rag = status_text  # a Status column that holds only a colour

        reading = _read_text(progress_text)
        if reading is not None:
            return _weigh_colour(reading, progress_text, _from_rag(rag, legend))

        reading = _from_rag(rag, legend)
        if reading is not None:
            return reading
    except Exception:  # pragma: no cover - a bad cell must not stop a plan
        pass
    return StatusReading("unknown", "", None)
