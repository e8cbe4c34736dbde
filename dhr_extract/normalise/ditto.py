"""A cell that repeats the one above it in words ("As above", "Ditto", a ditto mark ``"``).

Plans that write each action's lead or date in full often write "As above" where it repeats the row above's,
even across a recommendation's first row: the value is the row above's, not the words.
"""
from __future__ import annotations

import re

# Only a cell that says nothing else: "As above", "Same as above", "As per above", "See above", "As before",
# "Ditto", a ditto mark (straight, curly, or the Japanese 〃), with a full stop at most.
DITTO = re.compile(r"^(?:(?:same\s+)?as\s+(?:per\s+)?above|see\s+above|as\s+before|ditto|[\"\u201c\u201d\u3003]+)\.?$",
                   re.IGNORECASE)
DITTO_ROLES = frozenset({"agency", "target", "scope"})  # the fields a plan repeats row after row


def is_ditto(text: str) -> bool:
    """Whether the cell's text only points at the cell above."""
    return DITTO.match(text.strip()) is not None
