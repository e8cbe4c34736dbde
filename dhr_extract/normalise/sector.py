"""Who must act on a recommendation: its sector, in the agency-type vocabulary of ``agencies.py``.

The lead agencies of its actions decide (the lead-agency cell, an ``AGENCY:`` prefix or the owner
heading, already typed by ``records``); failing those, the owner heading; failing that, the body
the recommendation is addressed to ("Westmarch Police should ...").  Several kinds of agency, or
a partnership body, make it ``partnership``.
"""
from __future__ import annotations

import functools
import re
from typing import Iterable, Sequence

from ..model import AgencyType
from .agencies import AgencyRef, canonical_agencies

__all__ = ["addressee_end", "addressee_refs", "recommendation_sector", "sector_of_types"]

_MODAL = re.compile(r"\b(?:should|must|shall|will|to|needs? to|(?:is|are) (?:asked|requested|encouraged|invited) to)\b",
                    re.IGNORECASE)
_LEAD_IN = re.compile(r"^\W*(?:that\s+)?", re.IGNORECASE)
_MAX_ADDRESSEE_WORDS = 14
# "That" + a name: capitalised words, acronyms and the joiners inside names.
_THAT_NAME = re.compile(r"^\W*(?i:that)\s+(?:(?i:the)\s+)?(?:(?:[A-Z][\w'\u2019&-]*|of|and|for|the|&)\s+)*?"
                        r"[A-Z][\w'\u2019&-]*(?=\s+(?!(?:of|and|for|the)\b)[a-z])")


def _agencies_named(words: str) -> tuple[AgencyRef, ...]:
    who = _LEAD_IN.sub("", words).strip()
    return tuple(r for r in canonical_agencies(who) if r.agency_type != "other") if who else ()


@functools.lru_cache(maxsize=1024)  # the coder and the sector ask about the same sentence
def addressee_refs(sentence: str) -> tuple[int, tuple[AgencyRef, ...]]:
    """Where the body a sentence is addressed to ends ("Westmarch CCG should ...", "That the CSP
    seeks ...") and its agencies; (0, ()) when those words name no agency ("A professionals'
    meeting should ...")."""
    match = _MODAL.search(sentence)
    if match and len(sentence[:match.start()].split()) <= _MAX_ADDRESSEE_WORDS:
        refs = _agencies_named(sentence[:match.start()])
        if refs:
            return match.start(), refs
    name = _THAT_NAME.match(sentence)  # "That the Safeguarding Adults Board considers ...": no modal
    if name:
        refs = _agencies_named(name.group())
        if refs:
            return name.end(), refs
    return 0, ()


def addressee_end(sentence: str) -> int:
    return addressee_refs(sentence)[0]


def sector_of_types(types: Iterable[str]) -> str:
    """One sector for the agency types named: '' for none, ``partnership`` for several kinds."""
    kinds = [t for t in dict.fromkeys(types) if t]
    known = [t for t in kinds if t != "other"]
    if not known:
        return AgencyType.OTHER if kinds else ""
    return known[0] if len(known) == 1 else AgencyType.PARTNERSHIP


def recommendation_sector(action_types: Sequence[str], owner: str, rec_text: str) -> str:
    """The sector from the first source that names a known kind of agency: the actions' lead
    agencies, the owner heading, the addressee of the recommendation's text."""
    candidates = [list(action_types), [r.agency_type for r in canonical_agencies(owner)],
                  [r.agency_type for r in addressee_refs(rec_text.strip())[1]]]
    for types in candidates:
        if any(t and t != "other" for t in types):
            return sector_of_types(types)
    return sector_of_types(t for types in candidates for t in types)
