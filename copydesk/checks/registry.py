"""The rule registry: each rule is a small function registered with a code, as in ruff."""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from ..model import CATEGORIES, SEVERITIES, Finding

if TYPE_CHECKING:
    from ..document import Document

RuleFunc = Callable[["Document"], Iterable[Finding]]
CODE_RE = re.compile(r"^CD\d{3}$")
DOC_HEADINGS = ("What it finds", "Why it matters", "Example")


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: str
    severity: str
    func: RuleFunc
    needs_date: bool = False

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.func.__doc__ or "")

    @property
    def summary(self) -> str:
        return summarise(self.doc)


def summarise(doc: str) -> str:
    """The gist of 'What it finds': its first clause, for the `copydesk rules` table."""
    text = doc.split("What it finds", 1)[-1].lstrip(":\n ")
    text = " ".join(text.split("\n\n", 1)[0].split())
    gist = re.split(r"(?<=[a-z)])[.:;] ", text, maxsplit=1)[0].rstrip(".:;")
    return gist if len(gist) <= 70 else gist[:69].rsplit(" ", 1)[0] + "…"


RULES: dict[str, Rule] = {}


def rule(code: str, name: str, category: str, severity: str, *, needs_date: bool = False):
    """Register a rule. Its docstring must have What it finds / Why it matters / Example."""

    def register(func: RuleFunc) -> RuleFunc:
        if not CODE_RE.match(code):
            raise ValueError(f"bad rule code {code!r}")
        if code in RULES:
            raise ValueError(f"rule {code} registered twice")
        if category not in CATEGORIES or severity not in SEVERITIES:
            raise ValueError(f"rule {code}: bad category or severity")
        missing = [h for h in DOC_HEADINGS if h not in (func.__doc__ or "")]
        if missing:
            raise ValueError(f"rule {code}: docstring lacks {', '.join(missing)}")
        RULES[code] = Rule(code, name, category, severity, func, needs_date)
        return func

    return register


def all_rules() -> list[Rule]:
    from . import load_all

    load_all()

    return [RULES[c] for c in sorted(RULES)]


def get_rule(code: str) -> Rule | None:
    all_rules()
    return RULES.get(code.upper()) or next((r for r in RULES.values() if r.name == code), None)


def _matches(code: str, patterns: Iterable[str]) -> bool:
    return any(code.startswith(p.upper()) for p in patterns)


def select_rules(select: Iterable[str] | None = None, ignore: Iterable[str] | None = None) -> list[Rule]:
    """Rules chosen by code or prefix, as ruff does: `select` narrows, `ignore` removes."""
    select = [s for s in (select or []) if s]
    ignore = [s for s in (ignore or []) if s]
    known = all_rules()
    for pattern in [*select, *ignore]:
        if pattern.upper() != "ALL" and not any(r.code.startswith(pattern.upper()) for r in known):
            raise ValueError(f"no rule matches {pattern!r} (see `copydesk rules`)")
    chosen = known if not select or "ALL" in (s.upper() for s in select) else [
        r for r in known if _matches(r.code, select)]
    return [r for r in chosen if not _matches(r.code, ignore)]


def run_rules(doc: "Document", rules: list[Rule]) -> Iterator[Finding]:
    """Run each rule, filling in what the registry knows about it."""
    for r in rules:
        for finding in r.func(doc):
            finding.code = finding.code or r.code
            finding.rule = finding.rule or r.name
            finding.category = finding.category or r.category
            finding.severity = finding.severity or r.severity
            yield finding
