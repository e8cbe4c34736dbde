"""A word processor's prompt in a form's unfilled field ("Click or tap here to enter text.").

A plan kept as a form template shows, in every field nobody filled in, the prompt of the field's content
control.  A DOCX marks such a field as showing its placeholder and the DOCX reader leaves it out; a PDF, or
a web page exported from the form, prints the prompt as plain text.  Read as it stands it becomes the
action's progress.  Every cell whose whole text is such a prompt is emptied: it was never the plan's text.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import RawTable

# Word's own prompts for a text, date or list field.
FORM_PROMPT = re.compile(
    r"^(?:(?:click|tap)(?:\s+or\s+(?:click|tap))?(?:\s+here)?\s+to\s+enter\s+(?:a\s+)?(?:text|date)"
    r"|choose\s+an\s+item)\s*\.?$", re.IGNORECASE)


def is_form_prompt(text: str) -> bool:
    return bool(FORM_PROMPT.match(" ".join(text.split())))


def without_prompts(table: RawTable) -> RawTable:
    if not any(is_form_prompt(cell.text) for row in table.rows for cell in row.cells):
        return table
    rows = tuple(replace(row, cells=tuple(replace(cell, text="") if is_form_prompt(cell.text) else cell
                                          for cell in row.cells)) for row in table.rows)
    return replace(table, rows=rows)


def form_prompts_cleared(tables: list[RawTable]) -> list[RawTable]:
    """The tables, every cell holding only a form field's prompt emptied."""
    return [without_prompts(table) for table in tables]
