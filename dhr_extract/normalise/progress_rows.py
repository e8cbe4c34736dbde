"""An action's rows of progress (a row per update under one action): the cells each row owns, which rows
say anything, and their order in time."""
from __future__ import annotations

from .dates import parse_date_text
from .drafts import ProgressDraft, ProgressRow, joined
from .rows import LogicalRow


def own_progress_values(row: LogicalRow) -> dict[str, str]:
    """A further row of progress's own cells, keyed as ``PlanBuilder.carried_values`` keys them; a cell merged down over
    it is the action's, read with the row above."""
    h = row.header
    own = [i for role in ("progress", "status", "rag") for i in h.columns(role) if not row.covered(i)]
    values = {f"p:{i}": row.text(i).strip() for i in own}
    values.update((role, joined(values[f"p:{i}"] for i in h.columns(role) if i in own)) for role in ("rag", "status"))
    return values


def time_ordered(updates: list[ProgressRow]) -> list[ProgressRow]:
    """An action's rows of progress oldest first, so that the last is the latest: by their own dates when
    every row with an update dates it (plans write the newest first as often as the oldest); else as
    written, which is time order in a plan that adds a row at each update."""
    dated = [(parse_date_text(u.date).date, u) for u in updates if says_something(u)]
    if len(dated) < 2 or any(date is None for date, _ in dated):
        return updates
    return [u for _, u in sorted(dated, key=lambda pair: pair[0])]


def says_something(update: ProgressRow) -> bool:
    """Whether a row of progress has an update, a status or a colour."""
    h = update.row.header
    keys = [f"p:{i}" for role in ("progress", "status") for i in h.columns(role)] + ["rag", "status"]
    return any(update.values.get(key, "").strip() for key in keys)


def says_anything(draft: ProgressDraft) -> bool:
    return any(part.strip() for part in (draft.progress_text, draft.rag, draft.status_text, draft.rag_text))


def without_empty_later_updates(drafts: list[ProgressDraft]) -> tuple[ProgressDraft, ...]:
    """An action's progress cells less the empty ones after an update: an action completed at an
    earlier meeting leaves the later dated columns empty, and an empty cell must not become its
    latest progress record (whose status is the action's)."""
    kept: list[ProgressDraft] = []
    for draft in drafts:
        if says_anything(draft) or not any(says_anything(earlier) for earlier in kept):
            kept.append(draft)
    return tuple(kept)

