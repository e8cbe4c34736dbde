"""A recommendation answered by a response column and no action column ("Recommendation | Response").

Some plans write no column headed as the action: each recommendation is answered in a column headed as the
response ("Response", "Agency response", "Organisation's response"), which holds what the agency will do.
With no action column beside it, that response is the action column.  (Beside an action column a response
is the agency's answer, and, alone with no progress column, the plan's progress: see ``headers``.)  So is a
column headed "Title" alone, a list's item name, where a tracker exported from a list (SharePoint) keeps an
item per action beside the recommendation it answers.
"""
from __future__ import annotations

import re

RESPONSE_WORD = re.compile(r"\bresponses?\b", re.I)
ITEM_TITLE = re.compile(r"^\s*title\s*$", re.I)  # a list's item name: the action, in a tracker of actions


def response_as_action(roles: list[str | None], texts: list[str]) -> list[str | None]:
    """``roles`` with the one response column (else the one "Title" column) that has no role read as the
    action, in a table with a recommendation column and no column headed as the action."""
    if "rec" not in roles or "action" in roles or "action_ref" in roles:
        return roles
    responses = [i for i, role in enumerate(roles) if role is None and RESPONSE_WORD.search(texts[i])]
    if not responses:
        responses = [i for i, role in enumerate(roles) if role is None and ITEM_TITLE.match(texts[i])]
    if len(responses) != 1:
        return roles
    return ["action" if i == responses[0] else role for i, role in enumerate(roles)]
