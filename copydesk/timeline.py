"""timeline stage: the dated events of each main entity (a person, or an organisation with at
least two dated facts), in date order, with the conflicts the conflict reasoning found marked
on both sides. Runs after the facts; reads :mod:`copydesk.facts` and :mod:`copydesk.conflicts`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .conflicts import conflicts_of
from .facts import Fact, claim_time, facts_of
from .model import TimelineEvent
from .time import calendar as cal

if TYPE_CHECKING:
    from .document import Document

TIMELINE_PREPS = (None, "in", "on", "at", "during", "around", "circa", "of")


def build_timeline(doc: "Document") -> list[TimelineEvent]:
    """Dated events per main entity (a person, or an organisation, with at least two dated
    facts), in date order, with the conflicts the contradiction rules found marked on both
    sides (``conflicts_with``: the other side's claim ids, or fact ids where no claim)."""
    F = facts_of(doc)
    try:
        conflicts = conflicts_of(doc)
    except Exception:  # noqa: BLE001 - a timeline without marks beats none
        conflicts = []
    def _refs(f: Fact) -> str:
        if f.claim:
            return f.claim
        c = F.claim_at(f.evidence.start)
        return c.id if c is not None else f.id

    against: dict[str, set[str]] = {}
    for cf in conflicts:
        for side, other in ((cf.a, cf.b), (cf.b, cf.a)):
            for f in side:
                against.setdefault(f.id, set()).update(_refs(o) for o in other)
    index = F.index
    label = {e.id: e.label for e in doc.entities}
    items: list[tuple[str, str, int, str, list[str], list[str]]] = []  # entity, date, offset, text, claims, against
    # slot facts: births, deaths, roles and memberships
    for f in F.facts:
        if not f.entity:
            continue
        d, what = _dated(f)
        if d is None:
            continue
        items.append((f.entity, d, f.evidence.start, what, [_refs(f)], sorted(against.get(f.id, ()))))
    # other dated claims, for their subject and for a person they name ("put X on a list in 2007")
    covered = {f.claim for f in F.facts if f.slot not in ("event",) and f.claim}
    for c in doc.claims:
        if c.id in covered or not c.time or c.polarity != "positive" or c.certainty != "asserted":
            continue
        if c.predicate in ("born", "died", "age"):
            continue
        fact = next((f for f in F.facts if f.claim == c.id), None)
        if fact is not None:
            when, prep, fid = fact.time, fact.prep, fact.id
        else:
            when, _, prep = claim_time(F, c)
            fid = ""
        if not when or prep not in TIMELINE_PREPS:
            continue
        who = set()
        if c.subject:
            who.add(c.subject)
        if index is not None:
            try:
                for m, ent in index.mentions_in(c.start, c.end):
                    if label.get(ent.id) == "PERSON":
                        who.add(ent.id)
            except Exception:  # noqa: BLE001
                pass
        text = _clause_text(F.text[c.start:c.end])
        for eid in who:
            items.append((eid, when, c.start, text, [c.id], sorted(against.get(fid, ()))))
    # life events tied to an age ("by the time he was 13, he began working"): dated from the birth
    lives = doc.extras.get("life") or {}
    for eid, life in lives.items():
        b = life.birth
        rng = cal.value_range(b.value) if b is not None and b.value else None
        if rng is None:
            continue
        for ev in life.events:
            if ev.value is None and ev.age is not None:
                items.append((eid, str(rng[0].year + ev.age), ev.offset,
                              f"{_clause_text(ev.evidence.text)} (at {ev.age}, so about {rng[0].year + ev.age})",
                              [], []))
    counts: dict[str, int] = {}
    for eid, d, *_ in items:
        counts[eid] = counts.get(eid, 0) + 1
    main = {e for e, n in counts.items() if label.get(e) in ("PERSON", "ORG") and n >= 2}
    # events: every day the article gives an event, each once
    # (a death is already on its person's line)
    shown_events = {e.id for e in doc.events if e.type != "death"}
    for f in F.facts:
        if f.entity in shown_events and f.slot == "date" and f.measure is not None:
            items.append((f.entity, f.measure.isoformat(), f.evidence.start,
                          _clause_text(f.evidence.text, 90), [_refs(f)], sorted(against.get(f.id, ()))))
            main.add(f.entity)
    out, seen = [], set()
    for eid, d, off, text, claims, conf in sorted(items, key=lambda t: (t[0], _sort_key(t[1]), t[2])):
        if eid not in main or (eid, d, text) in seen:
            continue
        seen.add((eid, d, text))
        out.append(TimelineEvent(date=d, entity=eid, event=text, claims=claims, conflicts_with=conf))
    # entities in order of first appearance
    order = {e.id: i for i, e in enumerate(doc.entities)}
    order.update({e.id: len(order) + i for i, e in enumerate(doc.events)})
    out.sort(key=lambda e: (order.get(e.entity, 1 << 30), _sort_key(e.date)))
    return out


def _clause_text(text: str, limit: int = 90) -> str:
    t = " ".join(text.split()).strip(" ,;:–—-")
    return t if len(t) <= limit else t[:limit - 1].rsplit(" ", 1)[0] + "…"


def _sort_key(value: str) -> str:
    rng = cal.value_range(value)
    return rng[0].isoformat() if rng else value


def _dated(f: Fact) -> tuple[str | None, str]:
    if f.slot in ("born", "died") and f.kind == "date":
        return f.value, ("born" if f.slot == "born" else "died") + f" ({_clause_text(f.evidence.text, 60)})"
    if f.slot in ("role", "member_of") and f.time and f.aspect in ("start", "since", "held", "held_by", "end") \
            and f.polarity == "positive" and f.certainty == "asserted":
        org = f.org_text or ""
        post = (f.title if f.slot == "role" else "member") + (f" of {org}" if org else "")
        what = {"start": f"became {post}", "since": f"{post} since then", "held": post,
                "held_by": f"already {post} (began by then)", "end": f"left post as {post}"}[f.aspect]
        if f.slot == "member_of" and f.aspect == "start":
            what = f"joined {org}".strip()
        return f.time, f"{what}: {_clause_text(f.evidence.text, 70)}"
    return None, ""


def annotate(doc: "Document") -> None:
    """The timeline stage (after facts): fill doc.timeline."""
    doc.timeline = build_timeline(doc)
