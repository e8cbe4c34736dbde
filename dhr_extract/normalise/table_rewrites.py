"""The tables as read -> the plan tables the row walk knows: the layouts rewritten, one step each, in order.

Each step is a pure function of the tables that recognises one layout by its header or its cells and
rewrites it as the usual plan table (a header row naming one role per column, one row per action, a
recommendation's cells merged down over its actions); a table it does not recognise passes unchanged.
The order matters where one layout hides another:
- a form's unfilled prompts are emptied first: they are no text of the plan's;
- record tables are unrolled next: every later step reads a plan table's header row;
- rows marked as carried on are joined next: every later step reads a row's cells whole;
- labelled blocks before the number column: a block column may hold the recommendation the number needs;
- the status, period and agency marks read side-by-side columns by their headings as drawn, before any split
  adds a column;
- the two-role columns before the bullets: a bullet list is read inside the action column they give;
- parallel lines before the bullets: a row whose dates pair off with its action lines is read by those pairs;
- bullet fields before bullet actions: labelled bullets are an action's fields, not actions of their own;
- an action's progress by agency last: it reads the agency and progress columns every split before gives.
"""
from __future__ import annotations

from typing import Callable

from ..model import RawTable
from .action_numbered_rows import action_numbered_tables
from .agency_action_column import agency_action_split
from .agency_progress import agency_progress_split
from .agency_marks import agency_marks_split
from .bullet_actions import bullet_actions_split
from .bullet_fields import bullet_fields_split
from .combined_column import combined_columns_split
from .continued_rows import continued_rows_joined
from .form_prompts import form_prompts_cleared
from .labelled_blocks import blocks_split
from .lead_target_column import lead_target_split
from .parallel_lines import parallel_lines_split
from .period_marks import period_marks_split
from .progress_bands import progress_bands_joined
from .record_tables import unrolled_tables
from .status_marks import status_marks_split
from .target_progress_column import target_progress_split

TableRewrite = Callable[[list[RawTable]], list[RawTable]]

TABLE_REWRITES: tuple[TableRewrite, ...] = (
    form_prompts_cleared,    # "Click or tap here to enter text." in an unfilled field -> an empty cell
    unrolled_tables,         # tables of labelled rows (one record down the page) -> plan tables
    continued_rows_joined,   # a row marked "cont." -> run on in the row above it
    blocks_split,            # a column of labelled blocks -> a column per label
    action_numbered_tables,  # "1.1", "1.2" beside a repeated recommendation -> its number and the action's
    status_marks_split,      # a mark in one of several status-word columns -> a Status column
    period_marks_split,      # a mark in one of several period columns -> a Target column
    agency_marks_split,      # a mark in one of several agency-named columns -> an agency column
    combined_columns_split,  # "Recommendation and actions" -> a recommendation column and an action column
    target_progress_split,   # "Due and latest update" -> a target column and a progress column
    progress_bands_joined,   # a "Progress: …" band row under each action -> a Progress column
    agency_action_split,     # "Agency and action" -> an agency column and an action column
    lead_target_split,       # "Lead and timescale" -> an agency column and a target column
    parallel_lines_split,    # actions a line each, their dates a line each beside them -> a row per action
    bullet_fields_split,     # nested bullets with labelled fields -> the action and its fields' columns
    bullet_actions_split,    # a bullet list of actions in one cell -> a row per bullet
    agency_progress_split,   # an action shared by agencies, each one's progress in turn -> a row per agency
)


def tables_to_plan_tables(tables: list[RawTable]) -> list[RawTable]:
    """The tables with every layout rewrite applied, in ``TABLE_REWRITES`` order."""
    for rewrite in TABLE_REWRITES:
        tables = rewrite(tables)
    return tables
