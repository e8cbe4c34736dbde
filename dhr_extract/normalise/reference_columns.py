"""A column headed as the action that holds only short reference codes ("A1", "A2", "AP3.1").

Some plans head a column of the actions' own references "Action" and give the action's text under another
heading ("What we will do", "Planned activity"). The references name the actions; they are not what the
actions say: beside another column headed as the action, such a column is the actions' reference column.
"""
from __future__ import annotations

import re
from typing import Iterable

from ..model import Row

# A reference code: a few letters, then a number with its parts ("A1", "AP 3.1", "1.2a", "12").
REFERENCE_CODE = re.compile(r"^[A-Za-z]{0,3}\s?\d{1,3}(?:\.\d{1,3})*[a-z]?\.?$")


def is_reference_code(text: str) -> bool:
    return REFERENCE_CODE.match(text.strip()) is not None


def column_texts(body: Iterable[Row], columns: list[int]) -> dict[int, list[str]]:
    """The filled body cells' texts of each of ``columns`` (a merged position holds none)."""
    texts: dict[int, list[str]] = {i: [] for i in columns}
    for row in body:
        for i in columns:
            cell = row.cells[i] if i < len(row.cells) else None
            if cell is not None and not cell.span and cell.text.strip():
                texts[i].append(cell.text)
    return texts


def reference_action_columns(roles: list[str | None], body: Iterable[Row]) -> list[str | None]:
    """``roles`` with each action column whose filled body cells are all reference codes read as the
    action's reference (``action_ref``), when another action column is left to hold the action's text."""
    actions = [i for i, role in enumerate(roles) if role == "action"]
    if len(actions) < 2:
        return roles
    texts = column_texts(body, actions)
    codes = {i for i in actions if texts[i] and all(is_reference_code(t) for t in texts[i])}
    if not codes or len(codes) == len(actions):
        return roles
    return ["action_ref" if i in codes else role for i, role in enumerate(roles)]
