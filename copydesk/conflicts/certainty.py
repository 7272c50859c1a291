"""CD406 over claim facts: something asserted in one place and negated or called unknown in
another, for the same subject, predicate and object."""

from __future__ import annotations

from typing import Iterator

from ..document import Document
from ..facts import Fact, Facts, _content, source_label
from .base import Conflict, _ev, _line, _overlap, _same_sentence, _says, _severity

REPORT_VERBS = frozenset({"say", "tell", "add", "report", "state", "claim", "announce", "write",
                          "note", "explain", "insist", "argue", "suggest", "think", "believe",
                          "ask", "know", "see", "want"})


def _certainty_conflicts(doc: Document, F: Facts) -> Iterator[Conflict]:
    cands = [f for f in F.facts if f.slot in ("participated", "event") and f.entity]
    by: dict[tuple, list[Fact]] = {}
    for f in cands:
        if f.slot == "event" and f.value in REPORT_VERBS:
            continue
        by.setdefault((f.entity, f.slot, f.value), []).append(f)
    for (entity, slot, pred), facts in by.items():
        firm = [f for f in facts if f.polarity == "positive" and f.certainty == "asserted"]
        other = [f for f in facts if f.polarity == "negative" or f.certainty == "unknown"]
        if not firm or not other:
            continue
        for o in other:
            match = [f for f in firm if _same_object(f, o, slot) and _same_time(f, o)
                     and abs(f.evidence.start - o.evidence.start) > 0 and not _same_sentence(F, f, o)
                     and (o.certainty == "unknown" or _same_words(F, f, o))]
            if not match:
                continue
            f = match[0]
            who = F.entity_name(entity)
            how = "it is not known whether" if o.certainty == "unknown" else "the article says not"
            if o.source.kind == "attributed":
                how = f"{source_label(o.source)} says it is not known whether" if o.certainty == "unknown" \
                    else f"{source_label(o.source)} says not"
            thing = "took part in" if slot == "participated" else pred
            said_f = _says(F, [f], "so")
            obj = _obj(f) if (o.text or "").lower().strip() in PRONOUN_OBJECTS or not o.text else _obj(o)
            msg = (f"whether {who} {_past(thing)} {obj}: {said_f}; "
                   f"{how} (line {_line(F, o.evidence.start)})")
            ev = [_ev(f, "asserted"), _ev(o, "negated" if o.polarity == "negative" else "unknown")]
            sev = _severity(F, [f], [o], ev)
            if (f.source.kind == "attributed") != (o.source.kind == "attributed") and o.polarity == "negative":
                sev = "info"  # one side is a source's word against the article's: a reported dispute
            elif f.source.entity and o.source.entity and f.source.entity != o.source.entity:
                sev = "info"  # two named sources, each with an account: the article reports both
            yield Conflict("CD406", msg, ev, sev, [f], [o])
            break


def _past(pred: str) -> str:
    irregular = {"take part": "took part", "took part": "took part", "took part in": "took part in", "sign": "signed", "be": "was",
                 "have": "had", "lead": "led", "run": "ran", "go": "went", "make": "made",
                 "take": "took", "give": "gave", "write": "wrote", "see": "saw", "meet": "met"}
    if pred in irregular:
        return irregular[pred]
    head, _, rest = pred.partition(" ")
    if head in irregular:
        return irregular[head] + (" " + rest if rest else "")
    if head.endswith("e"):
        return head + "d" + (" " + rest if rest else "")
    return head + "ed" + (" " + rest if rest else "")


def _obj(f: Fact) -> str:
    t = " ".join((f.text or "").split())
    return t if len(t) <= 60 else t[:57].rsplit(" ", 1)[0] + "…"


PRONOUN_OBJECTS = frozenset({"it", "them", "this", "that", "so", "one"})


def _same_object(f: Fact, o: Fact, slot: str) -> bool:
    tf, to = (f.text or "").lower().strip(), (o.text or "").lower().strip()
    if tf in PRONOUN_OBJECTS or to in PRONOUN_OBJECTS:
        return o.evidence.start > f.evidence.start or f.evidence.start > o.evidence.start
    wf, wo = f.words, o.words
    if not wf and not wo:
        return slot == "participated"
    if not wf or not wo:
        return False
    shared = wf & wo
    if slot == "participated":
        return bool(shared)
    return len(shared) / max(1, min(len(wf), len(wo))) >= 0.6 and len(shared) / len(wf | wo) >= 0.4


def _same_words(F: Facts, f: Fact, o: Fact) -> bool:
    """A negation restates the same clause: "was not taken into custody based on X" is not
    the negation of "was taken into custody"."""
    wf, wo = _subtree_words(F, f.offset), _subtree_words(F, o.offset)
    if not wf or not wo:
        return False
    small = min(len(wf), len(wo))
    return len(wf & wo) >= (small if small < 10 else 0.9 * small)


def _subtree_words(F: Facts, offset: int) -> frozenset:
    tok = F.token_at(offset)
    if tok is None:
        return frozenset()
    return frozenset(t.lemma_.lower() for t in tok.subtree if _content(t) and t.i != tok.i)


def _same_time(f: Fact, o: Fact) -> bool:
    if not f.time or not o.time:
        return True
    rf, ro = f.range(), o.range()
    return rf is None or ro is None or _overlap(rf, ro)
