"""The status codebook: the phrases, patterns and colours that decide ``status``, as data.

The built-in codebook is ``codebook.csv`` beside this module; a researcher's own file in
the same format (``--status-rules FILE``) adds rules or overrides them by ``rule_id``.
Columns: ``rule_id, kind, status, strength, pattern, why``.

Kinds (the order of rows within a kind is their precedence):
- ``step``: a step of the fixed decision order; no pattern, documented for the README.
- ``term``: a named piece of vocabulary, used in other patterns as ``{NAME}``.
- ``label``: a whole cell that is only this (``Open``, ``Done``, ``N/A``).
- ``closing`` / ``opening``: a last line that is only a completion label / a cell opening on one.
- ``phrase``: a status phrase inside the text; ``strength`` explicit (a status word) or
  descriptive (counts only when no explicit word does).
- ``recovery``: an open phrase that undoes an earlier past-due one (``back on track``).
- ``guard_before`` / ``guard_after``: the text just before / after a completion word that makes
  it a plan or a count of people, not the action's state.
- ``scope``: a marker that limits a completion to part of the action (``except``, ``for X only``).
- ``remainder``: a marker of work left (``remaining``, ``still to``); it counts only when its own
  clause reports nothing done (``all remaining staff were trained`` is not a remainder).
- ``done_part``: a part reported done; it counts only beside a scope marker.
- ``rag``: a colour's default status.

A user's row with an existing ``rule_id`` replaces it in place (an empty pattern switches a
phrase off); a new ``rule_id`` goes first among the rows of its kind, so the user's own rules
are tried before the built-in ones.  The codebook's SHA-256 names the rules a run used.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from importlib import resources
from pathlib import Path

from ...model import Status

__all__ = ["Codebook", "CodebookError", "Rule", "STATUSES", "KINDS", "default_codebook", "load_codebook",
           "parse_codebook", "parse_rules"]

STATUSES = tuple(Status)
KINDS = ("step", "term", "label", "closing", "opening", "phrase", "recovery", "guard_before", "guard_after",
         "scope", "remainder", "done_part", "rag")
COLUMNS = ("rule_id", "kind", "status", "strength", "pattern", "why")
STRENGTHS = ("explicit", "descriptive", "")
_NEEDS_STATUS = {"label", "closing", "opening", "phrase", "recovery", "scope", "remainder", "rag"}
_F = re.IGNORECASE | re.ASCII
_TERM_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


class CodebookError(ValueError):
    """A codebook file that cannot be used; the message is one line naming the row."""


@dataclass(frozen=True)
class Rule:
    rule_id: str
    kind: str
    status: str
    strength: str
    pattern: str  # as written, with {TERM} references
    why: str


@dataclass(frozen=True)
class Codebook:
    rules: tuple[Rule, ...]
    source: str = "built-in"  # what it was read from, for the datapackage
    compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        terms = {r.rule_id: r.pattern for r in self.rules if r.kind == "term"}
        for rule in self.rules:
            if rule.pattern and rule.kind not in ("term", "step", "rag"):
                self.compiled[rule.rule_id] = compile_rule(rule, terms)

    def __getstate__(self) -> dict[str, object]:  # compiled patterns are rebuilt, not pickled
        return {"rules": self.rules, "source": self.source}

    def __setstate__(self, state: dict[str, object]) -> None:
        object.__setattr__(self, "rules", state["rules"])
        object.__setattr__(self, "source", state["source"])
        object.__setattr__(self, "compiled", {})
        self.__post_init__()

    def of_kind(self, kind: str) -> list[tuple[Rule, re.Pattern[str]]]:
        """The rules of one kind that have a pattern, in precedence order."""
        return [(r, self.compiled[r.rule_id]) for r in self.rules if r.kind == kind and r.rule_id in self.compiled]

    def claimers(self) -> list[tuple[Rule, re.Pattern[str]]]:
        """The phrase and recovery rules in file order: the order in which they claim words."""
        return [(r, self.compiled[r.rule_id]) for r in self.rules
                if r.kind in ("phrase", "recovery") and r.rule_id in self.compiled]

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.rule_id == rule_id), None)

    def rag_defaults(self) -> dict[str, tuple[str, str]]:
        """Colour -> (status, rule_id) for a colour seen alone."""
        return {r.pattern.strip().title(): (r.status, r.rule_id) for r in self.rules
                if r.kind == "rag" and r.pattern.strip() and r.status}

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        for r in self.rules:
            writer.writerow([r.rule_id, r.kind, r.status, r.strength, r.pattern, r.why])
        return out.getvalue()

    @cached_property
    def sha256(self) -> str:
        """SHA-256 of the codebook as CSV: the same rules give the same hash on any machine."""
        return hashlib.sha256(self.to_csv().encode("utf-8")).hexdigest()

    def with_rules(self, extra: tuple[Rule, ...], source: str) -> "Codebook":
        """This codebook with ``extra`` rules added (first in their kind) or replacing by id."""
        rules = list(self.rules)
        index = {r.rule_id: i for i, r in enumerate(rules)}
        new: list[Rule] = []
        for rule in extra:
            if rule.rule_id in index:
                rules[index[rule.rule_id]] = rule
            else:
                new.append(rule)
        for rule in reversed(new):
            first = next((i for i, r in enumerate(rules) if r.kind == rule.kind), len(rules))
            rules.insert(first, rule)
        try:
            return Codebook(tuple(rules), f"{self.source} + {source}")
        except CodebookError as exc:
            raise CodebookError(f"{source}: {exc}") from None


def compile_rule(rule: Rule, terms: dict[str, str]) -> re.Pattern[str]:
    """The rule's pattern with its ``{TERM}`` references expanded, compiled case-insensitively."""
    def expand(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in terms:
            raise CodebookError(f"rule {rule.rule_id}: unknown term {{{name}}}")
        return terms[name]

    text = _TERM_REF.sub(expand, rule.pattern)
    if rule.kind == "label":
        text = rf"(?:{text})"
    try:
        return re.compile(text, _F)
    except re.error as exc:
        raise CodebookError(f"rule {rule.rule_id}: bad pattern: {exc}") from None


def parse_rules(text: str, source: str) -> tuple[Rule, ...]:
    """Rules from CSV text; raises :class:`CodebookError` naming the first bad row."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise CodebookError(f"{source}: missing column(s) {', '.join(missing)} (need {', '.join(COLUMNS)})")
    rules, seen = [], set()
    for line, row in enumerate(reader, start=2):
        rule = Rule(*((row.get(c) or "").strip() for c in COLUMNS))
        problem = _row_problem(rule, seen)
        if problem:
            raise CodebookError(f"{source}, line {line}: {problem}")
        seen.add(rule.rule_id)
        rules.append(replace(rule, status=Status(rule.status)) if rule.status else rule)
    if not rules:
        raise CodebookError(f"{source}: no rules")
    return tuple(rules)


def parse_codebook(text: str, source: str) -> Codebook:
    """A whole codebook from CSV text (its patterns compiled, so a bad one is reported here)."""
    try:
        return Codebook(parse_rules(text, source), source)
    except CodebookError as exc:
        raise CodebookError(exc.args[0] if exc.args[0].startswith(source) else f"{source}: {exc}") from None


def _row_problem(rule: Rule, seen: set[str]) -> str:
    if not rule.rule_id:
        return "empty rule_id"
    if rule.rule_id in seen:
        return f"rule {rule.rule_id} is given twice"
    if rule.kind not in KINDS:
        return f"rule {rule.rule_id}: kind {rule.kind!r} is not one of {', '.join(KINDS)}"
    if rule.status and rule.status not in STATUSES:
        return f"rule {rule.rule_id}: status {rule.status!r} is not one of {', '.join(STATUSES)}"
    if rule.kind in _NEEDS_STATUS and rule.pattern and not rule.status:
        return f"rule {rule.rule_id}: a {rule.kind} rule needs a status"
    if rule.strength not in STRENGTHS:
        return f"rule {rule.rule_id}: strength {rule.strength!r} is not explicit or descriptive"
    if rule.kind == "term" and not re.fullmatch(r"[A-Z][A-Z0-9_]*", rule.rule_id):
        return f"term {rule.rule_id}: a term's id is in capitals (used as {{NAME}})"
    return ""


def default_codebook() -> Codebook:
    """The codebook shipped with the package."""
    global _DEFAULT
    if _DEFAULT is None:
        text = resources.files(__package__).joinpath("codebook.csv").read_text(encoding="utf-8")
        _DEFAULT = parse_codebook(text, "built-in")
    return _DEFAULT


_DEFAULT: Codebook | None = None


def load_codebook(rules_file: Path | str | None = None) -> Codebook:
    """The built-in codebook, with a user's rules file (same columns) added when given."""
    base = default_codebook()
    if rules_file is None:
        return base
    path = Path(rules_file)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CodebookError(f"{path}: cannot read the status rules ({getattr(exc, 'strerror', None) or exc})") from None
    return base.with_rules(parse_rules(text, path.name), path.name)
