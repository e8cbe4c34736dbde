"""Who must act on a recommendation: its sector, in the agency-type vocabulary of ``agencies.py``.

The lead agencies of its actions decide (the lead-agency cell, an ``AGENCY:`` prefix or the owner
heading, already typed by ``enrich``); failing those, the owner heading; failing that, the body
the recommendation is addressed to ("Westmarch Police should ...").  Several kinds of agency, or
a partnership body, make it ``partnership``.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from .agencies import AgencyRef, canonical_agencies

__all__ = ["addressee_end", "addressee_refs", "recommendation_sector", "sector_of_types"]

_MODAL = re.compile(r"\b(?:should|must|shall|will|to|needs? to|(?:is|are) (?:asked|requested|encouraged|invited) to)\b",
                    re.IGNORECASE)
_LEAD_IN = re.compile(r"^\W*(?:that\s+)?", re.IGNORECASE)
_MAX_ADDRESSEE_WORDS = 14


def addressee_refs(sentence: str) -> tuple[int, list[AgencyRef]]:
    """Where the body a sentence is addressed to ends ("Westmarch CCG should ...") and its agencies;
    (0, []) when the words before the modal name no agency ("A professionals' meeting should ...")."""
    match = _MODAL.search(sentence)
    if not match or len(sentence[:match.start()].split()) > _MAX_ADDRESSEE_WORDS:
        return 0, []
    who = _LEAD_IN.sub("", sentence[:match.start()]).strip()
    refs = [r for r in canonical_agencies(who) if r.agency_type != "other"] if who else []
    return (match.start(), refs) if refs else (0, [])


def addressee_end(sentence: str) -> int:
    return addressee_refs(sentence)[0]


def sector_of_types(types: Iterable[str]) -> str:
    """One sector for the agency types named: '' for none, ``partnership`` for several kinds."""
    kinds = [t for t in dict.fromkeys(types) if t]
    known = [t for t in kinds if t != "other"]
    if not known:
        return "other" if kinds else ""
    return known[0] if len(known) == 1 else "partnership"


def recommendation_sector(action_types: Sequence[str], owner: str, rec_text: str) -> str:
    """The sector from the first source that names a known kind of agency: the actions' lead
    agencies, the owner heading, the addressee of the recommendation's text."""
    candidates = [list(action_types), [r.agency_type for r in canonical_agencies(owner)],
                  [r.agency_type for r in addressee_refs(rec_text.strip())[1]]]
    for types in candidates:
        if any(t and t != "other" for t in types):
            return sector_of_types(types)
    return sector_of_types(t for types in candidates for t in types)
