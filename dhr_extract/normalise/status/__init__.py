"""Status from progress / status / RAG cells, decided by a codebook that is data.

``codebook.csv`` holds the phrases, patterns and colours and their precedence;
``reader`` applies them in a fixed decision order; ``as_of`` marks open actions
overdue when the plan's dates say so.  See the README's "How status is decided".
"""
from __future__ import annotations

from .as_of import AS_OF_RULE, mark_overdue_by_date, overdue_by_date, overdue_evidence, overdue_rule_on
from .codebook import STATUSES, Codebook, CodebookError, Rule, default_codebook, load_codebook
from .key import key_lines, status_codes_from_text
from .rag import legend_from_text, parse_rag, rag_from_bar, rag_from_fill
from .reader import UNREAD, StatusReading, names_status, read_status

__all__ = ["AS_OF_RULE", "STATUSES", "UNREAD", "Codebook", "CodebookError", "Rule", "StatusReading", "default_codebook",
           "key_lines", "legend_from_text", "names_status", "status_codes_from_text", "load_codebook",
           "mark_overdue_by_date", "overdue_by_date", "overdue_evidence",
           "overdue_rule_on", "parse_rag", "rag_from_bar", "rag_from_fill", "read_status"]
