"""A timescale set out as two dates, "Start" and "End", under a "Timescales" heading: the end is the
action's target; the start is no field of the model (its text goes to the residue, noted as a column not
modelled).  An unruled print may set the group heading on the start's cell ("Timescales Start" | "End")."""
from __future__ import annotations

import re

START_WORDS = re.compile(r"^(?:start|starts|started|begin|from|commence[sd]?)(?:\s+date)?$")
END_WORDS = re.compile(r"^(?:end|ends|finish|to|completion|complete by)(?:\s+date)?$")


def folded(text: str) -> str:
    return " ".join(text.lower().split())


def names_start(heading: str) -> bool:
    """Whether a sub-column's heading names the start of a timescale ("Start", "From")."""
    return bool(START_WORDS.match(folded(heading)))


def start_end_roles(roles: list[str | None], texts: list[str]) -> list[str | None]:
    """The roles with a target column whose heading ends in a start word, beside a column headed as the
    end with no role of its own, read as they are: the start no role, the end the target."""
    out = list(roles)
    for i in range(len(roles) - 1):
        words = folded(texts[i]).split()
        if roles[i] == "target" and out[i + 1] is None and words and START_WORDS.match(words[-1]) \
                and END_WORDS.match(folded(texts[i + 1])):
            out[i], out[i + 1] = None, "target"
    return out
