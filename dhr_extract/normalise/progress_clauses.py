"""A progress cell merged over a recommendation's numbered actions that reports on each by number.

Some plans number their actions in a column of their own and write one progress cell for them all,
naming them as it goes: "Actions 1 and 2 complete: … Action 3 under way; …".  The cell is every
action's progress, kept whole; but each action's status is the one its own clause gives, from the
words naming its number to the next words naming others.  A cell that opens with a status of its own
("In progress. Action 1 done …") speaks for all of them, and is read whole as any other.
"""
from __future__ import annotations

import re

from .action_refs import action_ref
from .rows import LogicalRow

NUMBER = r"\d+[a-z]?"
# Words naming actions by number: "Action 6", "Actions 1 and 2", "Actions 4-5", "actions 2, 3 & 4".
ACTIONS_NAMED = re.compile(rf"\bactions?\s+(?:no\.?\s*)?(?P<refs>{NUMBER}(?:\s*(?:,|&|and|to|-|–)\s*{NUMBER})*)",
                           re.I)
RANGE = re.compile(r"(\d+)\s*(?:-|–|to)\s*(\d+)$", re.I)
# A plain action number ("3", "Action 3"), which ``action_refs.action_ref`` leaves to the recommendation
# column; in a column headed as the actions' numbers it is the action's.
PLAIN_NUMBER = re.compile(r"^\s*(?:action\s*)?(?P<number>\d+)\s*\.?\s*$", re.I)
MAX_RANGE = 50  # an "Actions 2-9" range longer than this is no list of one plan's actions


def numbers_named(refs: str) -> set[str]:
    """The action numbers a list names: "1 and 2" -> {1, 2}; "4-5" -> {4, 5}; "2, 3 & 6" -> {2, 3, 6}."""
    named: set[str] = set()
    for part in re.split(r"\s*(?:,|&|\band\b)\s*", refs.lower()):
        span = RANGE.match(part)
        if span and 0 <= int(span.group(2)) - int(span.group(1)) <= MAX_RANGE:
            named.update(str(n) for n in range(int(span.group(1)), int(span.group(2)) + 1))
        elif part.strip():
            named.add(part.strip())
    return named


def clause_for_action(text: str, number: str) -> str:
    """The part of a progress cell that reports on action ``number`` where the cell opens by naming
    actions by number; the whole cell where it does not, or names no such action."""
    found = list(ACTIONS_NAMED.finditer(text))
    if not number or not found or text[:found[0].start()].strip(" \t\n•-–:"):
        return text
    ends = [m.start() for m in found[1:]] + [len(text)]
    for match, end in zip(found, ends):
        if number.lower() in numbers_named(match.group("refs")):
            return text[match.start():end].strip()
    return text


def action_number(row: LogicalRow) -> str:
    """The number an action row's action-number column gives it ("3", "3a"), '' where it has none."""
    column = next(iter(row.header.columns("action_ref")), None)
    if column is None or row.covered(column):
        return ""
    text = row.text(column)
    match = PLAIN_NUMBER.match(text)
    return match.group("number") if match else action_ref(text)
