"""The document model: every derived object points back to offsets in ``Article.text``."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

SCHEMA = "copydesk.report/1"
SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
CATEGORIES = (
    "contradiction",
    "arithmetic",
    "stale",
    "duplicate",
    "spelling",
    "attribution",
    "language",
    "style",
)
# How much a copy editor cares, at equal severity: a contradiction outranks a style slip.
CATEGORY_WEIGHT = {name: i for i, name in enumerate(
    ["contradiction", "arithmetic", "attribution", "stale", "spelling", "duplicate", "language", "style"]
)}
BLOCK_KINDS = ("headline", "standfirst", "bullet", "paragraph", "caption")


@dataclass
class Span:
    start: int
    end: int
    text: str
    role: str | None = None
    # (start, end) of the sentence around a short piece of evidence, for renderers to show it in
    context: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.role is not None:
            d["role"] = self.role
        if self.context is not None:
            d["context"] = {"start": self.context[0], "end": self.context[1]}
        return d


@dataclass
class Block:
    kind: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end}


@dataclass
class Article:
    text: str
    source: str = "-"
    title: str | None = None
    published: date | None = None
    published_from: str | None = None  # option | html-meta | dateline | None
    language: str = "en"
    blocks: list[Block] = field(default_factory=list)
    description: str | None = None  # HTML standfirst/description, when the page had one

    @property
    def words(self) -> int:
        return len(self.text.split())

    def span(self, start: int, end: int, role: str | None = None) -> Span:
        return Span(start, end, self.text[start:end], role)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = self.text.count("\n", 0, offset) + 1
        col = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return line, col

    def block_at(self, offset: int) -> Block | None:
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "published_from": self.published_from,
            "language": self.language,
            "words": self.words,
            "text": self.text,
            "blocks": [b.to_dict() for b in self.blocks],
        }


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str = "name"  # name | pronoun | nominal

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}


@dataclass
class Entity:
    id: str
    label: str
    name: str
    variants: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "name": self.name,
            "variants": list(self.variants),
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass
class Timex:
    id: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None
    readings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "start": self.start, "end": self.end, "text": self.text,
            "type": self.type, "value": self.value, "mod": self.mod,
            "anchor": self.anchor, "readings": list(self.readings),
        }


@dataclass
class Speaker:
    entity: str | None
    name: str | None
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "name": self.name, "start": self.start,
                "end": self.end, "text": self.text}


@dataclass
class Quote:
    id: str
    kind: str  # direct | indirect | mixed
    start: int
    end: int
    text: str
    parts: list[Span] = field(default_factory=list)
    parent: str | None = None
    speaker: Speaker | None = None
    cue: Span | None = None
    medium: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "start": self.start, "end": self.end,
            "text": self.text, "parts": [p.to_dict() for p in self.parts],
            "parent": self.parent,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "medium": self.medium,
        }


@dataclass
class Source:
    kind: str  # article | attributed
    name: str | None = None
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "name": self.name, "entity": self.entity}


@dataclass
class Claim:
    id: str
    subject: str | None
    predicate: str
    object: str | None
    start: int
    end: int
    time: str | None = None
    source: Source = field(default_factory=lambda: Source("article"))
    polarity: str = "positive"
    certainty: str = "asserted"
    strong: bool = False  # asserts wrongdoing, guilt, blame or motive (counted in summary.attribution)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "subject": self.subject, "predicate": self.predicate,
            "object": self.object, "time": self.time, "source": self.source.to_dict(),
            "polarity": self.polarity, "certainty": self.certainty,
            "start": self.start, "end": self.end,
        }


@dataclass
class TimelineEvent:
    date: str
    entity: str | None
    event: str
    claims: list[str] = field(default_factory=list)
    conflicts_with: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "entity": self.entity, "event": self.event,
                "claims": list(self.claims), "conflicts_with": list(self.conflicts_with)}


@dataclass
class EventMention:
    start: int
    end: int
    text: str
    kind: str = "verbal"  # verbal | nominal | date-possessive

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}


@dataclass
class Event:
    """One thing that happened, named once or several times; its facts are claims and facts
    whose subject is this event's id."""
    id: str
    type: str
    name: str
    mentions: list[EventMention] = field(default_factory=list)
    participants: list[dict[str, Any]] = field(default_factory=list)  # {"entity", "role"}
    slots: dict[str, list] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "name": self.name,
                "mentions": [m.to_dict() for m in self.mentions],
                "participants": list(self.participants), "slots": dict(self.slots)}


@dataclass
class Finding:
    code: str
    message: str
    evidence: list[Span]
    suggestion: str | None = None
    rule: str = ""
    category: str = ""
    severity: str = ""
    id: str = ""

    @property
    def position(self) -> int:
        return min(e.start for e in self.evidence) if self.evidence else 0

    def fingerprint(self) -> str:
        """Stable across runs and versions: the code and the evidence texts, not their offsets,
        so that an edit elsewhere in the story keeps a reviewed finding's id."""
        parts = [self.code] + [f"{e.role or ''}:{' '.join(e.text.split())}" for e in self.evidence]
        return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:8]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id, "code": self.code, "rule": self.rule, "category": self.category,
            "severity": self.severity, "message": self.message,
        }
        if self.suggestion is not None:
            d["suggestion"] = self.suggestion
        d["evidence"] = [e.to_dict() for e in self.evidence]
        return d


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (SEVERITY_RANK[f.severity], f.position, f.code))


def assign_ids(findings: list[Finding]) -> None:
    """Give each finding its fingerprint; a repeat of the same fingerprint gets a suffix."""
    seen: dict[str, int] = {}
    for f in findings:
        base = f.fingerprint()
        n = seen.get(base, 0)
        seen[base] = n + 1
        f.id = base if n == 0 else f"{base}-{n + 1}"


@dataclass
class Report:
    article: Article
    findings: list[Finding] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    version: str = "0.1.0"
    # Not part of the JSON: findings a baseline hid, and the settings the article was checked with.
    suppressed: list[Finding] = field(default_factory=list, repr=False)
    settings: Any = field(default=None, repr=False)
    below_min_severity: int = field(default=0, repr=False)  # findings --min-severity hid

    def counts(self) -> dict[str, int]:
        counts = {s: 0 for s in SEVERITIES}
        for f in self.findings:
            counts[f.severity] += 1
        return counts

    def top(self, n: int = 3) -> list[int]:
        ranked = sorted(
            range(len(self.findings)),
            key=lambda i: (
                SEVERITY_RANK[self.findings[i].severity],
                CATEGORY_WEIGHT.get(self.findings[i].category, 99),
                self.findings[i].position,
            ),
        )
        return ranked[:n]

    def attribution(self) -> dict[str, Any]:
        strong = [c for c in self.claims if c.strong]
        attributed = sum(1 for c in strong if c.source.kind == "attributed")
        return {
            "strong_claims": len(strong),
            "attributed": attributed,
            "share": round(attributed / len(strong), 2) if strong else None,
        }

    @property
    def summary(self) -> dict[str, Any]:
        return {"counts": self.counts(), "top": self.top(), "attribution": self.attribution(),
                "hidden": {"baseline": len(self.suppressed), "min_severity": self.below_min_severity}}

    def at_or_above(self, severity: str) -> list[Finding]:
        limit = SEVERITY_RANK[severity]
        return [f for f in self.findings if SEVERITY_RANK[f.severity] <= limit]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "copydesk": self.version,
            "article": self.article.to_dict(),
            "summary": self.summary,
            "findings": [f.to_dict() for f in self.findings],
            "entities": [e.to_dict() for e in self.entities],
            "timexes": [t.to_dict() for t in self.timexes],
            "quotes": [q.to_dict() for q in self.quotes],
            "claims": [c.to_dict() for c in self.claims],
            "timeline": [t.to_dict() for t in self.timeline],
            "events": [e.to_dict() for e in self.events],
        }
