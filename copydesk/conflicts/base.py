"""What every conflict finder shares: :class:`Conflict` (two sides of facts, the evidence,
a message and a severity) and how a side is named ("the article says 2006 (line 1)",
"the club, quoted on line 4, says Braga"), grouped and placed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from ..facts import Fact, Facts, source_label
from ..facts.model import says_verb
from ..model import Span


@dataclass


class Conflict:
    code: str
    message: str
    evidence: list[Span]
    severity: str
    a: list[Fact] = field(default_factory=list)
    b: list[Fact] = field(default_factory=list)
    absorbs: list[tuple[str, list[tuple[int, int]]]] = field(default_factory=list)
    suggestion: str | None = None


# --------------------------------------------------------------------------- shared

def _line(F: Facts, offset: int) -> int:
    return F.line(offset)


def _lines(F: Facts, facts: Iterable) -> str:
    ns = sorted({_line(F, f.evidence.start if hasattr(f, "evidence") else f.start) for f in facts})
    if len(ns) == 1:
        return f"line {ns[0]}"
    return "lines " + ", ".join(str(n) for n in ns[:-1]) + f" and {ns[-1]}"


def _side_label(F: Facts, facts: list) -> str:
    """'the article says X (line 26)' / 'the State Department, quoted on line 126, says'."""
    srcs = [f.source for f in facts]
    attributed = [s for s in srcs if s.kind == "attributed"]
    if not attributed:
        return f"the article ({_lines(F, facts)})"
    names = list(dict.fromkeys(source_label(s) for s in attributed))
    who = names[0] if len(names) == 1 else " and ".join(names[:2])
    return f"{who}, quoted on {_lines(F, facts)},"


def _says(F: Facts, facts: list, value: str) -> str:
    label = _side_label(F, facts)
    if label.startswith("the article ("):
        return f"the article says {value} ({label[len('the article ('):-1]})"
    return f"{label} {says_verb(label)} {value}"


def _severity(F: Facts, side_a: list, side_b: list, spans: list[Span]) -> str:
    def own(f) -> bool:
        return f.source.kind != "attributed" and getattr(f, "certainty", "asserted") in ("asserted", "unknown")

    if all(own(f) for f in side_a) and all(own(f) for f in side_b):
        return "error"
    if F.disputed(*spans):
        return "info"
    return "warning"


def _ev(f, role: str) -> Span:
    e = f.evidence
    return Span(e.start, e.end, e.text, role)


def _overlap(r1, r2) -> bool:
    return r1[0] <= r2[1] and r2[0] <= r1[1]


def _clusters(facts: list[Fact]) -> list[list[Fact]]:
    """Facts grouped by overlapping date ranges, in date order."""
    items = sorted(((f.range(), f) for f in facts if f.range()), key=lambda t: (t[0][0], t[0][1]))
    groups: list[tuple[tuple[date, date], list[Fact]]] = []
    for rng, f in items:
        for i, (grng, members) in enumerate(groups):
            if _overlap(rng, grng):
                groups[i] = ((max(grng[0], rng[0]), min(grng[1], rng[1])) if _overlap(rng, grng) else grng, members + [f])
                break
        else:
            groups.append((rng, [f]))
    return [m for _, m in groups]


def _shown(value: str) -> str:
    return value


def _sent_of(F: Facts, offset: int) -> int:
    sents = F.doc.sentences
    lo, hi = 0, len(sents) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if sents[mid].end <= offset:
            lo = mid + 1
        elif sents[mid].start > offset:
            hi = mid - 1
        else:
            return sents[mid].start
    return offset


def _dedupe(spans: list[Span]) -> list[Span]:
    seen, out = set(), []
    for s in spans:
        k = (s.start, s.end)
        if k in seen:
            continue
        seen.add(k)
        out.append(s)
    return out


def _same_sentence(F: Facts, f: Fact, o: Fact) -> bool:
    return _sent_of(F, f.evidence.start) == _sent_of(F, o.evidence.start)
