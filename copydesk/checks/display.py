"""Display text that lays blame: a headline, standfirst or bullet asserting wrongdoing
("Owner's negligence caused blast", "Auditor uncovered fraud", "Care home owner stole
£1.2m", "Drink-driver ...") is read against the body, whatever the claims layer made of its
headline grammar (no articles, no verb, a noun for an act).

What counts as wrongdoing is a data file (``copydesk/data/wrongdoing_en.tsv``: a word and
its group, so that "stole" in a headline and "fraud" in the body are one charge). The body
supports the display text when a sentence of the same group says it in the article's own
voice, unhedged and not negated, or puts it on the record (convicted, pleaded guilty,
jailed). When only attributed sentences carry it ("the union accused ...", "a report
alleging ...", "is accused of ...") the display text needs its source (CD501); when nothing
does, it asserts what the body never says (CD502). Display text that names its source
("Union: ...", quotation marks, "accused of", "denies", "court hears") asserts nothing.

Used by the CD501 and CD502 rules in :mod:`.attribution`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..document import Document, Sentence

DATA = Path(__file__).resolve().parents[1] / "data" / "wrongdoing_en.tsv"
DISPLAY = frozenset({"headline", "standfirst", "bullet"})
# Display text that carries its own source or doubt.
DISPLAY_HEDGE = re.compile(
    r"^[^:]{2,40}:\s|(?:^|[\s:(])[‘'\"“]\w|\?\s*$|\b(?:accus\w*|alleg\w*|den(?:y|ies|ied|ying)|charged?|trial|tribunal|"
    r"court|jury|hears?|heard|told|claim\w*|say\w*|said|suspect\w*|probe|investigat\w*|"
    r"inquiry|reportedly|may|might|could|would|if|whether|over claims|lawsuit|sues?|sued)\b", re.I)
BODY_HEDGE = re.compile(
    r"\b(?:accus\w*|alleg\w*|said|says|say|told|tells|claim\w*|according to|suspect\w*|"
    r"reportedly|believed|thought to|charge[sd]?|counts? of|indict\w*|denie?s?|denied|prosecution|prosecutor|case|"
    r"jury|court heard|heard)\b", re.I)
RECORD = re.compile(r"\b(?:convicted|pleaded guilty|pled guilty|pleads guilty|admitted|admits|"
                    r"found guilty|confessed|sentenced|jailed|imprisoned)\b", re.I)
NEGATION = re.compile(r"\b(?:not|no|never|n't|denies|denied|rejected|without)\b", re.I)


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, ...], ...]:
    """The data file's rows: word, group and, on some, a mark ("agent", "person", "soft")."""
    return tuple(tuple(line.split("\t")) for line in DATA.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#"))


def _marked(mark: str) -> list[tuple[str, ...]]:
    return [r for r in _rows() if r[-1] == mark and len(r) > 2]


@lru_cache(maxsize=1)
def groups() -> dict[str, str]:
    return {r[0]: r[1] for r in _rows()}


@lru_cache(maxsize=1)
def agent_nouns() -> frozenset[str]:
    return frozenset(r[0] for r in _marked("agent"))


@lru_cache(maxsize=1)
def _phrases() -> list[tuple[str, str, re.Pattern]]:
    return [(phrase, g, re.compile(rf"\b{re.escape(phrase)}\b")) for phrase, g in groups().items()
            if " " in phrase or "-" in phrase]


@lru_cache(maxsize=1)
def soft_groups() -> frozenset[str]:
    """Groups the body must speak of, hedged, for display text to be reported (CAUSE)."""
    return frozenset(r[1] for r in _marked("soft"))


@lru_cache(maxsize=1)
def person_verbs() -> frozenset[str]:
    return frozenset(r[0] for r in _marked("person"))


def _by_person(tok) -> bool:
    """Is the verb's doer a person: a name, a person noun ("Farmer killed neighbour")?"""
    from ..entities import PERSON_NOUNS

    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "agent")), None)
    if subj is not None and subj.dep_ == "agent":
        subj = next((c for c in subj.children if c.dep_ == "pobj"), None)
    if subj is None:
        return False
    from ..claims.tokens import _owned

    lem = subj.lemma_.lower()
    if _owned(subj):
        return False  # "whose Roomba nearly killed her cat": a thing owned, not a person
    return subj.ent_type_ == "PERSON" or lem in PERSON_NOUNS or lem in PERSON_WORDS or lem in agent_nouns()


# People a headline names by what they are that the entities layer's person nouns (which
# already hold man, wife, gunman, nurse ...) leave out.
PERSON_WORDS = frozenset({"teen", "pensioner", "carer", "ex"})


def harms(sent: "Sentence", display: bool = False) -> dict[str, str]:
    """group -> the word that carries it, in one sentence. In ``display`` text a verb that
    blames only when a person does it counts only then."""
    table = groups()
    found: dict[str, str] = {}
    low = sent.text.lower()
    base = sent.tokens.start_char if sent.tokens is not None else 0
    inside: list[tuple[int, int]] = []  # where a listed phrase stands: its words name its act
    for phrase, g, rx in _phrases():
        if phrase in low:
            for m in rx.finditer(low):
                inside.append(m.span())
                first = next((t for t in sent.tokens or () if t.idx - base == m.start()), None)
                if not (display and first is not None and _arrest_ground(first)):
                    found.setdefault(g, phrase)

    def in_phrase(t) -> bool:
        rel = t.idx - base
        return any(a <= rel < b for a, b in inside) and low[rel:rel + len(t.text)] == t.lower_

    for tok in sent.tokens or ():
        if in_phrase(tok):
            continue  # "arson attack" is one act, arson: its "attack" is no second charge
        if display and _arrest_ground(tok):
            continue  # "held for stabbing friend": the police's ground, as a charge's is
        if any(c.dep_ in ("compound", "amod") and (in_phrase(c) or c.lemma_.lower() in table or c.lower_ in table)
               for c in tok.children):
            continue  # "fire-bomb attack", "burglary spree": the modifier names the act
        for key in (tok.lemma_.lower(), tok.lower_):
            g = table.get(key)
            if g is not None:
                if display and key in person_verbs() and not _by_person(tok):
                    continue
                if _in_medium(tok):
                    continue  # "attack ad", "ad attack": an attack made with words
                if _adverb_compound(tok):
                    continue  # "low-lying streets": an adjective of place, not a lie
                if _not_an_act(tok):
                    continue  # "migraine attacks", "heart attack": an illness
                found.setdefault(g, tok.text)
    return found


# Verbs of arrest: display text that reports one ("Man held for stabbing", "Teenager detained
# over assault") reports the police's act and the ground they gave, not its own verdict.
ARREST_VERBS = frozenset({"arrest", "hold", "held", "detain", "nab", "book", "quiz"})


def _arrest_ground(tok) -> bool:
    """Is the word inside the ground of an arrest ("arrested for assaulting", "held over the
    stabbing")? A relative clause on the arrested ("Man who killed wife arrested") is not."""
    cur = tok
    for _ in range(4):
        head = cur.head
        if head.i == cur.i:
            return False
        if cur.dep_ == "prep" and cur.lower_ in ("for", "over", "after") and head.lemma_.lower() in ARREST_VERBS:
            return True
        if cur.dep_ in ("relcl", "ccomp", "advcl", "conj"):
            return False
        cur = head
    return False


def _not_an_act(tok) -> bool:
    from ..events.vocab import not_events

    lemma = tok.lemma_.lower()
    return any((c.lemma_.lower(), lemma) in not_events() for c in tok.children if c.dep_ in ("compound", "amod"))


def _adverb_compound(tok) -> bool:
    """The second half of an adverb-participle compound ("low-lying", "far-reaching",
    "well-founded"): the compound is one adjective with its own sense. A noun before the
    hyphen ("vote-rigging", "price-fixing") keeps the act."""
    i = tok.i
    if i < 2 or tok.doc[i - 1].text not in ("-", "\u2010", "\u2011") or tok.doc[i - 1].whitespace_:
        return False
    first = tok.doc[i - 2]
    return not first.whitespace_ and first.pos_ in ("ADV", "ADJ") and first.head.i == i


def _in_medium(tok) -> bool:
    """A word of violence next to a medium of advertising or speech ("attack ad", "Super PAC
    ad attack", "radio assault"): its verbal sense (copydesk/data/speech_senses_en.txt)."""
    from ..claims.vocab import FIGURATIVE
    from ..vocab import words

    if tok.lemma_.lower() not in FIGURATIVE:
        return False
    media = words("speech_senses_en.txt", "speech_media")
    doc = tok.doc
    near = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    return any(t.lower_ in media for t in near)


@dataclass
class DisplayClaim:
    sentence: "Sentence"
    group: str
    word: str
    attributed_in: list["Sentence"]
    sources: list[str]


def display_claims(doc: "Document") -> list[DisplayClaim]:
    """Each display sentence that asserts wrongdoing the body does not carry in its own voice,
    with the body sentences that attribute it."""
    cached = doc.extras.get("display_claims")
    if cached is not None:
        return cached
    out: list[DisplayClaim] = []
    doc.extras["display_claims"] = out
    kinds = [b.kind for b in doc.blocks]
    body = None  # the body's harms, read only when a display sentence has one
    quoted = doc.quoted_spans()
    for s in doc.sentences:
        if kinds[s.block] not in DISPLAY or DISPLAY_HEDGE.search(s.text):
            continue
        if len(re.findall(r"[A-Za-z]+", s.text)) < 3 and not _agent_noun(s):
            continue  # a label ("Attack", "Fraud probe"), not an assertion
        for group, word in harms(s, display=True).items():
            if body is None:
                body = [(b, harms(b)) for b in doc.sentences if kinds[b.block] not in DISPLAY]
            about = _cause_subject(s, word) if group in soft_groups() else None
            supported, attributed, sources, spoken = False, [], [], False
            for b, bh in body:
                if group not in bh:
                    continue
                if about is not None and not any(t.lemma_.lower() in about for t in b.tokens or ()):
                    continue  # "one of the leading causes of disability": another cause
                spoken = True
                if RECORD.search(b.text):
                    supported = True
                    break
                at = b.text.lower().find(bh[group].lower())
                pos = b.start + max(at, 0)
                in_quote = any(qs <= pos < qe for qs, qe in quoted)
                if BODY_HEDGE.search(b.text) or in_quote:
                    attributed.append(b)
                    sources.append(_source(doc, b))
                elif not NEGATION.search(b.text):
                    supported = True
                    break
            if not supported and (spoken or group not in soft_groups()):
                out.append(DisplayClaim(s, group, word, attributed, sources))
    return out


def _cause_subject(s: "Sentence", word: str) -> frozenset[str]:
    """The nouns of what display text says caused something ("Faulty brake caused deaths":
    brake): the body speaks of that cause only in a sentence that names one of them."""
    for tok in s.tokens or ():
        if tok.text != word:
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return frozenset(t.lemma_.lower() for t in subj.subtree if t.pos_ in ("NOUN", "PROPN"))
        # headline grammar the parser misreads ("Gut bacteria trigger ..." as one compound):
        # the nouns just before the verb
        left = []
        for t in reversed(list(tok.doc[max(0, tok.i - 4):tok.i])):
            if t.pos_ not in ("NOUN", "PROPN", "ADJ"):
                break
            left.append(t)
        return frozenset(t.lemma_.lower() for t in left if t.pos_ in ("NOUN", "PROPN"))
    return frozenset()


def _agent_noun(s: "Sentence") -> bool:
    """'Drink-driver who ...', 'Fraudster boss': a noun that names a wrongdoer asserts too."""
    low = s.text.lower()
    return any(re.search(rf"\b{re.escape(w)}s?\b", low) for w in agent_nouns())


def _source(doc: "Document", s: "Sentence") -> str:
    for c in doc.claims:
        if s.start <= c.start < s.end and c.source.kind == "attributed" and c.source.name:
            return c.source.name
    m = re.search(r"\b(?:the |a )?([A-Z][\w-]*(?: [A-Z][\w-]*)*|[a-z]+)\s+(?:accused|alleged|said|says|claimed)\b",
                  s.text)
    return m.group(1) if m else ""


def display_findings(doc: "Document", attributed: bool, covered: set[int]):
    """CD501 (``attributed``) or CD502 findings for display sentences that lay blame, one per
    sentence, skipping the display blocks (by start offset) already reported."""
    from ..model import Finding

    by_sent: dict[int, list[DisplayClaim]] = {}
    for d in display_claims(doc):
        by_sent.setdefault(d.sentence.start, []).append(d)
    for start, items in sorted(by_sent.items()):
        s = items[0].sentence
        block = doc.blocks[s.block]
        if block.start in covered:
            continue
        with_source = [d for d in items if d.attributed_in]
        if attributed != bool(with_source) or (not attributed and len(with_source) < len(items) and with_source):
            continue
        where = {"headline": "the headline", "standfirst": "the standfirst", "bullet": "a bullet point"}[block.kind]
        there = {"headline": "the headline", "standfirst": "the standfirst", "bullet": "the bullet"}[block.kind]
        words = ", ".join(dict.fromkeys(f"“{d.word}”" for d in items))
        evidence = [s.span("claim")]
        if attributed:
            shown = []
            for d in with_source:
                for b in d.attributed_in:
                    if all(b.start != e.start for e in evidence):
                        evidence.append(b.span("attributed"))
                        shown.append(b)
            first = shown[0]
            line = doc.article.line_col(first.start)[0]
            who = next((x for d in with_source for x in d.sources if x), "")
            who = f" to {who}" if who else ""
            msg = (f"{where} asserts wrongdoing in its own voice ({words}); the body only attributes "
                   f"it{who}, line {line}: attribute it in {there} too, or soften it")
        else:
            msg = (f"{where} asserts wrongdoing in its own voice ({words}); nothing in the body says "
                   f"so: source it in the body, or cut it")
        yield Finding(code="CD501" if attributed else "CD502", message=msg, evidence=evidence)
