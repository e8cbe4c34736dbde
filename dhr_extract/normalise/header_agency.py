"""An action column's header that names the agency the actions are for.

Some plans give each agency a table of its own and name the agency only in the header of the action column
("Kestlewick Police actions", "Actions for the City Council", "Hospital Trust response"): every action in
that table is the named agency's, unless its row names an agency of its own.
"""
from __future__ import annotations

import functools
import re

from .agency_names import agency_type_from_keywords
from .agency_table import is_known_agency
from .headers import AGENCY_WORDS, Header, fold_header
from .labels import looks_like_agency

# "<Agency> actions", "<Agency>'s response", "<Agency> action plan"; "Actions for / by / of <agency>".
NAME_FIRST = re.compile(r"^(?P<name>.+?)(?:'s|’s)?\s+(?:actions?(?:\s+plan)?|responses?)\s*:?$", re.I)
NAME_AFTER = re.compile(r"^(?:actions?|responses?)\s+(?:for|by|of|from)\s+(?:the\s+)?(?P<name>.+?)\s*:?$", re.I)


@functools.lru_cache(maxsize=256)  # asked again for every action under the same header
def agency_in_header(text: str) -> str:
    """The organisation an action header names ('' if none): a proper name that is a known agency or
    reads as one by its words ("Police", "Trust", "Council"), never a role word ("Lead agency actions",
    "Multi-agency actions") or a plain adjective ("Agreed actions")."""
    line = " ".join(text.split())
    match = NAME_FIRST.match(line) or NAME_AFTER.match(line)
    if match is None:
        return ""
    name = match.group("name").strip(" -–:")
    if not name or AGENCY_WORDS.search(fold_header(name)) or not looks_like_agency(name):
        return ""
    return name if is_known_agency(name) or agency_type_from_keywords(name) != "other" else ""


def header_agency(header: Header) -> str:
    """The agency the table's action column's header names ('' if none)."""
    column = header.first("action")
    return agency_in_header(header.texts[column]) if column is not None else ""
