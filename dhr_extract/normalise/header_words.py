"""Header words written short: a plan's column names with their abbreviations written out.

Plans shorten their column names to fit narrow columns, often in capitals ("RESP. AGENCY", "Tgt
date", "Rec No.", "Org.", "Est. completion", "Upd."); the header roles (``headers.py``) are stated
for the words in full.  ``expand_header_words`` writes each abbreviation out before the roles are
matched, so that every role's pattern knows every short form of its words at once.  Only words that
abbreviate one header word and nothing else a header says are listed ("No." stays: the number
patterns read it, and "yes / no" says no number).
"""
from __future__ import annotations

import re

# Short form (as ``fold_header`` leaves it: lower case, no full stop) -> the word in full.
HEADER_ABBREVIATIONS: dict[str, str] = {
    "resp": "responsible", "respons": "responsible", "respon": "responsible", "responsib": "responsible",
    "org": "organisation", "orgs": "organisations", "organization": "organisation",
    "organizations": "organisations",
    "dept": "department", "depts": "departments",
    "rec": "recommendation", "recs": "recommendations", "recomm": "recommendation", "recom": "recommendation",
    "ref": "reference", "refs": "references",
    "num": "number", "nbr": "number", "nos": "numbers",
    "tgt": "target", "targ": "target",
    "comp": "completion", "compl": "completion",
    "est": "estimated", "estd": "estimated",
    "upd": "update", "upds": "updates",
    "prog": "progress",
    "agcy": "agency", "agy": "agency",
    "actn": "action",
    "evid": "evidence",
    "desc": "description", "descr": "description",
}
WORD = re.compile(r"\b[a-z]+\b")  # a whole word: "rec" in "rec_text" or "rec1" is none


def expand_header_words(folded: str) -> str:
    """Header text (folded by ``fold_header``) with each abbreviated word written in full."""
    return WORD.sub(lambda match: HEADER_ABBREVIATIONS.get(match.group(0), match.group(0)), folded)
