"""The drafts a plan's walk builds (``builder.py``) before ``records.py`` finishes them: a
recommendation's gathered text pieces, an action's values and its progress cells, as read."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from ..model import Residue, WarningRecord
from .provenance import Claims
from .rows import LogicalRow, join_pieces
from .status import StatusReading


def joined(texts: Iterable[str]) -> str:
    """Non-empty texts, one to a line."""
    return "\n".join(text for text in texts if text)


@dataclass(frozen=True)
class ProgressDraft:
    """One progress cell of an action, its status already read."""

    column_header: str
    as_of: str
    progress_text: str
    rag: str
    status_text: str
    rag_text: str
    reading: StatusReading


@dataclass(frozen=True)
class ProgressRow:
    """One row's progress cells of an action: its own row, or a further row of updates under it."""

    row: LogicalRow
    values: dict[str, str]  # by role ("rag", "status") and by column (``"p:<column>"``), as ``carried_values``

    @property
    def date(self) -> str:
        """The update's own date, in a ``Date`` column among the progress columns ('' when none)."""
        return joined(self.row.text(i).strip() for i in self.row.header.columns("progress_date")
                      if not self.row.covered(i))


@dataclass(frozen=True)
class ActionDraft:
    rec_id: str
    action_id: str
    action_seq: int
    rec_number: str
    agency: str
    scope: str
    action_text: str
    evidence_text: str
    target_date_text: str
    page_start: int | None
    progress: tuple[ProgressDraft, ...]
    location: str  # where its row is, for warnings about its values
    ref: str = ""  # the action's own number ("1.1") where the plan numbers its actions: progress tables key by it
    priority: str = ""  # as written: the action's own, else its recommendation's


@dataclass
class RecDraft:
    """A recommendation being read: unlabelled text after it is gathered as pieces, joined once."""

    rec_id: str
    rec_seq: int
    rec_number: str
    rec_label: str
    pieces: list[str]
    scope: str
    owner: str
    page_start: int | None
    n_actions: int = 0
    acceptance_text: str = ""  # the plan's acceptance cell for it ("Y", "Not accepted"), as written
    priority: str = ""  # the Priority cell beside the recommendation, as written

    def text(self) -> str:
        return join_pieces(self.pieces)


@dataclass
class Drafts:
    """One document's walk: everything read from its rows, in document order."""

    recommendations: list[RecDraft] = field(default_factory=list)
    actions: list[ActionDraft] = field(default_factory=list)
    warnings: list[WarningRecord] = field(default_factory=list)
    residue: list[Residue] = field(default_factory=list)
    claims: Claims = field(default_factory=dict)  # which record each logical row became (for the report)
