"""Recommendation labels ("1.", "R1", "Recommendation 3:", "3.1", "10.2a") and agency prefixes ("POLICE:")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .agencies import is_known_agency

# A number like 1, 3.1, 6.1.1, 10.2a, 2b, 1000 (a letter suffix only straight after digits).  Only the
# first part may be long: a paragraph number's later parts are small, a date's year is not ("12.03.2021").
_NUMBER = r"\d+(?:\.\d{1,3}){0,3}[a-z]?"
# A roman numeral from 1 to 39 ("i", "iv", "xii"): plans that number their recommendations as the report's
# paragraphs do.  Read only where nothing else could be meant: alone in a number column ("(iv)", "iv.",
# "IV") or after the word ("Recommendation iv"); in running text "i." or "(ii)" opens a sub-item.
_ROMAN = r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})"
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
MAX_ROMAN = 39
# A letter alone ("Recommendation A") only set apart from the word: "recommendations" is no label "s".
_LABEL_IN_TEXT = re.compile(
    rf"^\s*(?P<label>(?:(?:recommendation|rec)\.?\s*(?:no\.?\s*)?(?P<n1>{_NUMBER}|(?<=[\s.]){_ROMAN}|(?<=[\s.])[a-z])"
    rf"|r\s?(?P<n2>{_NUMBER})"
    rf"|(?P<n3>{_NUMBER}))"
    rf"\s*(?P<mark>[.:)\-–]?))(?:(?=\s|$)|(?<=[.:)])(?=[A-Z]))",
    re.I,
)
# A year opening a sentence ("2021 saw ...", "2014 – the review") is not a label.
_YEAR = re.compile(r"(?:19|20)\d\d")
_LABEL_CELL = re.compile(rf"^\s*(?:(?:recommendation|rec)\.?\s*(?:no\.?\s*)?|r\s?)?(?P<n>{_NUMBER})\s*[.:)]?\s*$", re.I)
_ROMAN_CELL = re.compile(
    rf"^\s*(?:(?:recommendation|rec)\.?\s*(?:no\.?\s*)?)?(?P<open>\()?(?P<n>{_ROMAN})\s*(?(open)\)|[.:)]?)\s*$", re.I)
# A capital letter alone in a number column ("A", "B.", "(C)"): recommendations lettered as the overview
# report letters them (a roman numeral, "I", "V", "X", is read as one first).
_LETTER_CELL = re.compile(r"^\s*(?:(?i:recommendation|rec)\.?\s*)?(?P<open>\()?(?P<n>[A-Z])\s*(?(open)\)|[.:)]?)\s*$")
# A reference code standing alone ("DHR-01", "DHR 3", "LSCB2.1"): a capitalised prefix (the review's
# or the board's initials), then the recommendation's number.  Only a whole line or cell: "DHR 3 found
# that ..." opens a sentence about a review.
_CODED_LABEL = re.compile(rf"^\s*(?P<label>[A-Z]{{2,6}}\s?[-–]?\s?(?P<n>{_NUMBER}))\s*[.:)]?\s*$")
# A composite reference: the review's code with its year, then the recommendation's number as the last
# part ("DHR-2023-04/R2", "DHR 2021.R3", "SAR-2022-07/2").  The number follows an "R" ("/R2", "-R2") or,
# where the review code has a part after its year, a slash or dot ("/2"): "DHR 2021/22" is a year span.
_REVIEW_CODE = r"[A-Z]{2,6}\s?[-–]?\s?(?:\d{1,4}[-–/.\s])?(?:19|20)\d\d"
_COMPOSITE_LABEL = re.compile(
    rf"^\s*(?P<label>{_REVIEW_CODE}(?:[-–/.]\d{{1,4}})*(?:\s?[-–/.]\s?|\s)R(?:ec)?\.?\s?(?P<n>\d+[a-z]?)"
    rf"|{_REVIEW_CODE}(?:[-–/.]\d{{1,4}})+\s?[/.]\s?(?P<n2>\d+[a-z]?))\s*[.:)]?\s*$")
# A reference of code parts (capitalised initials, numbers) joined by "/", "-", "." or spaces, ending in
# the recommendation's own marked number ("DHR/MB/2022/03-R4", "CSP-DHR-07 Rec 3", "WSCP/DHR/12/R3", the
# review's number written on its initials: "DHR7/R3"), or
# in a bare number after a code of three parts or more, the last no year ("CSP-DHR-07-4", "DHR-2023-04-2"):
# a number straight after a year is the review's ("DHR/MB/2022/03"), and "DHR 12-03" may be a date.
_CODE_JOIN = r"(?:\s?[-–/.]\s?|\s)"
_CODE_PARTS = rf"[A-Z]{{2,6}}\d{{0,4}}(?:{_CODE_JOIN}(?:[A-Z]{{2,6}}|\d{{1,4}}))*"
_REFERENCE_LABEL = re.compile(
    rf"^\s*(?P<label>{_CODE_PARTS}{_CODE_JOIN}(?:R|Rec|Recommendation)\.?\s?(?P<n>\d{{1,3}}[a-z]?)"
    rf"|[A-Z]{{2,6}}{_CODE_JOIN}(?:[A-Z]{{2,6}}|\d{{1,4}})(?:{_CODE_JOIN}(?:[A-Z]{{2,6}}|\d{{1,4}}))*"
    rf"{_CODE_JOIN}(?!(?:19|20)\d\d\b)\d{{1,4}}"
    rf"\s?[-–/]\s?(?P<n2>\d{{1,3}}[a-z]?))\s*[.:)]?\s*$")

# A cell that only points to a recommendation written elsewhere ("See rec 3", "Recommendation 3 (see above)",
# "Rec 3 – see above", "See R3"): the number, with no text of its own (``rec_lists`` finds the text).
_BACK_REFERENCE = re.compile(
    rf"^\s*(?P<see>see\s+)?(?:(?:recommendation|rec)\.?\s*(?:no\.?\s*)?(?P<n1>{_NUMBER})|r\s?(?P<n2>{_NUMBER}))"
    rf"\s*[.:)\-–]?\s*(?P<where>\(?\s*(?:see\s+)?(?:above|below)\s*\)?)?\s*\.?\s*$", re.I)

_PREFIX = re.compile(r"^(?P<agency>[A-Z][\w'’&/().,\- ]{0,60}?)\s*:\s*(?=\S)")
# Words that open a sentence with a colon but are not agencies.
_NOT_AGENCIES = {
    "update", "note", "action", "actions", "progress", "outcome", "evidence", "response", "comment", "comments",
    "status", "date", "target", "aim", "purpose", "objective", "recommendation", "rationale", "summary", "complete",
    "completed", "ongoing", "position", "current position", "result", "results", "example", "e.g", "i.e", "nb",
    "please note", "review", "audit", "training", "monitoring", "deadline", "lead", "owner", "timescale",
}

# "Action 1", "Step 2.1", "Part 3b", "Phase II": a word numbered in a sequence, not a name.
_NUMBERED_WORD = re.compile(r"[^\W\d_]+\.?\s*(?:no\.?\s*)?\d+(?:\.\d+)*[a-z]?"
                            r"|[^\W\d_]+\.?\s+(?:no\.?\s*)?(?:[ivx]{1,4}|[a-z])", re.I)
_JOINERS = {"and", "of", "the", "for", "&", "nhs", "in", "-", "–"}
# An agency's name and a number ("Police 1", "ICB 3", "Children's Services 2"): a plan that numbers its
# recommendations within each agency.  Read only where the plan numbers so throughout (``numbered_within_names``).
_NAMED_LABEL = re.compile(r"^\s*(?P<label>(?P<name>[A-Z][\w'’&\-]*(?:\s+[\w'’&\-]+){0,5}?)\s+(?P<n>\d{1,3}))"
                          r"\s*[.:)\-–]?(?=\s|$)")


@dataclass(frozen=True)
class Label:
    label: str  # as written, e.g. "Recommendation 3:"
    number: str  # without decoration, e.g. "3"


def split_label(text: str, expected: str = "") -> tuple[Label | None, str]:
    """A recommendation cell's leading label and the text after it.  ``expected`` is the number the
    plan's numbering comes to next: a bare number that continues it is a label even where it could
    be a year or a count ("2021." after recommendation 2020)."""
    reference = back_reference(text)
    if reference is not None:
        return reference, ""
    first_line = text.split("\n", 1)[0]
    match = _LABEL_IN_TEXT.match(first_line)
    if not match:
        return coded_label(first_line, text)
    number = match.group("n1") or match.group("n2") or match.group("n3")
    if not re.search(r"\d", number) and not match.group("n1"):
        return None, text
    rest = text[match.end():].lstrip(" \t")
    if match.group("n3") and number != expected and not is_bare_label(number, match.group("mark"), rest):
        return None, text
    if rest.startswith("\n"):
        rest = rest[1:]
    return Label(match.group("label").strip(), normalise_number(number)), rest


def back_reference(text: str) -> Label | None:
    """The recommendation a cell only points to ("See rec 3", "Recommendation 3 (see above)"): a label with
    no text; None for a label with text, or one with neither "see" nor "above"/"below" ("Rec 3")."""
    match = _BACK_REFERENCE.match(" ".join(text.split()))
    if not match or not (match.group("see") or match.group("where")):
        return None
    return Label(" ".join(text.split()), normalise_number(match.group("n1") or match.group("n2")))


def coded_label(first_line: str, text: str) -> tuple[Label | None, str]:
    """A reference code alone on the text's first line ("DHR-01", "DHR-2023-04/R2"), and the text after
    that line."""
    label = code_label(first_line)
    if label is None:
        return None, text
    return label, text.partition("\n")[2].lstrip(" \t")


def code_label(text: str) -> Label | None:
    """The label a reference code standing alone names: "DHR-01" is 1, "DHR-2023-04/R2" is 2,
    "DHR/MB/2022/03-R4" is 4."""
    match = _CODED_LABEL.match(text)
    if match:
        return Label(match.group("label"), normalise_number(match.group("n")))
    match = _COMPOSITE_LABEL.match(text)
    if match:
        return Label(match.group("label").strip(), normalise_number(match.group("n") or match.group("n2")))
    match = _REFERENCE_LABEL.match(text)
    if match:  # a space at a "/" is where a narrow column wrapped the reference ("DHR/MB/ 2022/03-R1")
        written = re.sub(r"\s*/\s*", "/", match.group("label").strip())
        return Label(written, normalise_number(match.group("n") or match.group("n2")))
    return None


def is_bare_label(number: str, mark: str, rest: str) -> bool:
    """A number with no "R" / "Recommendation" before it is a label when it is not a year and either
    carries a label's mark ("12.", "1000)") or opens a sentence ("3.1 Police to ..."), not a count
    ("250 staff were trained")."""
    if _YEAR.fullmatch(number):
        return False
    return mark in (".", ")", ":") or not rest[:1].islower()


def label_from_cell(text: str) -> Label | None:
    """A label standing alone in a number column ("3.1", "R1", "1.", "(iv)"), also where a narrow column
    broke it over lines ("(i" / "v)"): its first line is no label, its lines run together are one."""
    written = text.strip()
    label = cell_label(written)
    if label is None and "\n" in written and cell_label(written.split("\n", 1)[0]) is None:
        label = cell_label("".join(line.strip() for line in written.split("\n")))
    return label


def cell_label(text: str) -> Label | None:
    """The label a line standing alone is ("R1" is 1, "(iv)" is iv, "DHR-01" is 1), written on one line; None."""
    match = _LABEL_CELL.match(text) or _ROMAN_CELL.match(text)
    if match:
        return Label(text, normalise_number(match.group("n")))
    letter = _LETTER_CELL.match(text)
    if letter:
        return Label(text, normalise_number(letter.group("n")))
    coded = code_label(text)
    return Label(joined_lines(text), coded.number) if coded else None


def joined_lines(text: str) -> str:
    """A reference a narrow column broke over lines, as one line: no space after a joining mark ("DHR/MB/" /
    "2022/03-R1"), a space after a word; a space at a "/" is such a break too ("DHR/MB/ 2022/03-R1")."""
    return re.sub(r"(?<=[-–/.])\s*\n\s*", "", re.sub(r"\s*/\s*", "/", text)).replace("\n", " ")


def roman_value(number: str) -> int | None:
    """The value of a roman numeral as ``normalise_number`` gives it ("iv" is 4); None for any other number."""
    if not re.fullmatch(_ROMAN, number):
        return None
    values = [_ROMAN_VALUES[ch] for ch in number]
    return sum(-v if v < after else v for v, after in zip(values, values[1:] + [0]))


def roman_numeral(value: int) -> str:
    """``value`` (1 to ``MAX_ROMAN``) as a lower-case roman numeral: 4 is "iv"."""
    tens, units = divmod(value, 10)
    return "x" * tens + ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")[units]


def normalise_number(number: str) -> str:
    """The number as the plan counts it: no end dot, lower case, no zero padding ("01" is 1); a letter
    alone, no roman numeral, in capitals ("Recommendation d" is D, as a lettered plan writes it)."""
    bare = number.strip().rstrip(".")
    if re.fullmatch(r"[A-Za-z]", bare) and bare.lower() not in _ROMAN_VALUES:
        return bare.upper()
    return re.sub(r"^0+(?=\d)", "", bare.lower())


def split_named_label(text: str) -> tuple[Label | None, str]:
    """("Police 2", text after it) from "Police 2 Marrowby Police to ..." or "Police 2" alone: the label of a
    plan numbered within each agency, its number the label as written (two agencies both have a 1)."""
    match = _NAMED_LABEL.match(text)
    if not match or not looks_like_agency(match.group("name")):
        return None, text
    written = " ".join(match.group("label").split())
    return Label(written, written), text[match.end():].lstrip(" \t\n")


def numbered_within_names(texts: list[str]) -> bool:
    """Whether the labels that open the plan's recommendations (``texts``, in order) are all an agency's
    name and a number that counts 1, 2, … afresh under each name, two names at least: "Police 1",
    "Police 2", "Council 1".  One name alone ("Step 1", "Step 2") is a sequence, not agencies."""
    runs: dict[str, list[int]] = {}
    for text in texts:
        label = split_named_label(" ".join(text.split()))[0]
        if label is None:
            return False
        name, _, number = label.label.rpartition(" ")
        runs.setdefault(name.lower(), []).append(int(number))
    return len(runs) >= 2 and all(numbers == list(range(1, len(numbers) + 1)) for numbers in runs.values())


def split_agency_prefix(text: str) -> tuple[str, str]:
    """("POLICE", "Review all ...") from "POLICE: Review all ..."; ("", text) when there is no prefix."""
    match = _PREFIX.match(text)
    if not match:
        return "", text
    agency = match.group("agency").strip()
    if not looks_like_agency(agency):
        return "", text
    return agency, text[match.end():]


def looks_like_agency(prefix: str) -> bool:
    """A known agency, or a short proper name (every word capitalised, allowing short joiners, or an
    acronym); never a numbered word ("Action 1", "Step 2", "Part 3b") or a sentence opener ("Update")."""
    words = prefix.split()
    if prefix.lower().strip(".") in _NOT_AGENCIES or len(words) > 6 or re.search(r"\d{4}", prefix):
        return False
    if is_known_agency(prefix):
        return True
    if _NUMBERED_WORD.fullmatch(prefix):
        return False
    return all(w[0].isupper() or w.lower() in _JOINERS or not w[0].isalpha() for w in words)
