"""CD105 stale-present and CD107 stale-recent-years: present tense about a person the article
says is dead, from one analysis cached on the Document."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from ...document import Document
from ...model import Finding, Span
from ...nlp import tokens_of
from ...time import calendar as cal
from ...time.life import DEATH_VERBS, PersonLife, life_of, pronoun_ambiguous
from ...time.tense import verb_tense
from ..registry import rule
from .common import (AFTERLIFE_LEMMAS, DEATH_WORDS, KIN_NOUNS, LEGACY_LEMMAS, RECENT_WORDS,
                     STATIVE_LEMMAS, SURVIVOR_VERBS,
                     _line, _pronoun, _quote)


@dataclass
class StaleClause:
    span: Span
    verb: object
    level: str  # warning | info
    why: str  # present | present perfect | still


@dataclass
class StaleSentence:
    entity: str
    block: int
    start: int
    end: int
    clauses: list[StaleClause] = field(default_factory=list)
    death: Span | None = None

    @property
    def level(self) -> str:
        return "warning" if any(c.level == "warning" for c in self.clauses) else "info"


def _in_quotes(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(s <= offset < e for s, e in spans)


PEG_BLOCKS = 4  # a death reported this early is the story's news


def _dead(doc: Document, life: PersonLife):
    """The death mention to cite, when the article reports the person dead in its own
    voice or a source's (not only through a pronoun that may be resolved wrongly), and the
    death is the story's news: dated within about a year of publication, or reported in
    the headline, bullets or first paragraphs. Present tense about someone who died long
    ago is historical present or commentary, not copy written while they were alive."""
    named = [d for d in life.deaths if not d.by_pronoun]
    if not named and len(life.deaths) < 2:
        return None
    pub = doc.article.published
    recent = False
    for d in life.deaths:
        rng = cal.value_range(d.value) if d.value else None
        if rng is not None:
            # a dated death is recent or not by its date ("who died in 2015" is not news)
            if pub is None or (pub - rng[1]).days <= 400:
                recent = True
            continue
        bi = next((i for i, b in enumerate(doc.blocks) if b.start <= d.offset < b.end), None)
        if bi is not None and (bi < PEG_BLOCKS or doc.blocks[bi].kind in ("headline", "standfirst", "bullet")):
            recent = True
    if not recent:
        return None
    cands = named or life.deaths
    dated = [d for d in cands if d.value]
    # the shortest dated mention reads best in a message ("was killed Friday")
    return min(dated or cands, key=lambda d: (len(d.evidence.text) > 40, d.offset))


# A present home, job or post: what a person has only while alive.
HOME_LEMMAS = frozenset({"live", "reside", "work", "own", "run", "chair", "head", "manage"})


def _dead_long_ago(doc: Document, life: PersonLife):
    """A death the article dates, named (not through a pronoun), more than about a year before
    publication."""
    pub = doc.article.published
    if pub is None:
        return None
    for d in life.deaths:
        rng = cal.value_range(d.value) if d.value and not d.by_pronoun else None
        if rng is not None and (pub - rng[1]).days > 400:
            return d
    return None


def _dated_before(doc: Document, start: int, end: int) -> bool:
    """The clause gives a date years before publication: narration of the past."""
    pub = doc.article.published
    for tx in doc.timexes:
        if start <= tx.start < end and tx.type == "DATE":
            rng = cal.value_range(tx.value) if tx.value else None
            if rng is not None and pub is not None and (pub - rng[1]).days > 400:
                return True
    return False


def _stale_analysis(doc: Document) -> list[StaleSentence]:
    cached = doc.extras.get("stale")
    if cached is not None:
        return cached
    out: list[StaleSentence] = []
    lives = life_of(doc)
    dead = {eid: _dead(doc, life) for eid, life in lives.items()}
    dead = {eid: d for eid, d in dead.items() if d is not None}
    # long dead: only a present home, job or post is copy from their lifetime ("the founder,
    # who died in 2018 ... Mr Vale, who lives in a farmhouse"); narration and legacy are not
    old = {eid: d for eid, life in lives.items() if eid not in dead and (d := _dead_long_ago(doc, life))}
    index = doc.extras.get("entity_index")
    if not (dead or old) or index is None:
        doc.extras["stale"] = out
        return out
    quotes = doc.quoted_spans()
    for bi, (block, sdoc) in enumerate(zip(doc.blocks, doc.docs)):
        scene = False
        if block.kind == "caption":
            # a picture caption uses the historical present ("Soleimani speaks at a rally");
            # a short present-tense paragraph the structure stage took for one may not
            if _picture_caption(doc, bi):
                continue
            scene = True
        elif block.kind != "paragraph":
            continue  # headlines and bullets use the historical present too
        base = block.start
        toks = tokens_of(sdoc)
        for sent in sdoc.sents:
            found: StaleSentence | None = None
            for tok in toks[sent.start:sent.end]:
                if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("aux", "auxpass"):
                    continue
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
                    subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None or subj.lower_ in ("who", "that", "which"):
                    if subj is not None and tok.dep_ == "relcl":
                        subj = tok.head
                    else:
                        continue
                eid = _subject_entity(doc, index, subj, base)
                if eid not in dead and eid not in old:
                    continue
                level = _stale_level(tok)
                if level is None:
                    continue
                if eid in old and (level[1] not in ("present", "still") or tok.lemma_.lower() not in HOME_LEMMAS
                                   or _dated_before(doc, base + tok.left_edge.idx,
                                                    base + tok.right_edge.idx + len(tok.right_edge.text))):
                    continue
                if scene and level[1] == "present" and tok.lemma_.lower() not in STATIVE_LEMMAS:
                    continue
                off = base + tok.idx
                if _in_quotes(quotes, off) or _in_quotes(quotes, base + subj.idx):
                    continue
                if _afterlife(tok) or _hypothetical(tok) or _suspect_parse(tok, subj):
                    continue
                s = base + min(subj.left_edge.idx if subj.pos_ != "PRON" else subj.idx, tok.idx)
                if subj.pos_ != "PRON" and subj.left_edge.i < subj.i - 4:
                    s = base + subj.idx
                e = _clause_end(tok, base, doc.text)
                span = doc.span(s, e, "stale")
                if found is None:
                    found = StaleSentence(eid, bi, base + sent.start_char, base + sent.end_char,
                                          death=(dead.get(eid) or old[eid]).evidence)
                if eid != found.entity:
                    continue
                found.clauses.append(StaleClause(span, tok, level[0], level[1]))
            if found is not None and found.clauses:
                # present perfect next to the report of the death was written knowing of it
                # ("He is survived by ... He has authored three books"): a tense slip, not
                # older copy
                offsets = [d.offset for d in lives[found.entity].deaths]
                if any(block.start <= o < block.end for o in offsets):
                    for c in found.clauses:
                        if c.why == "present perfect":
                            c.level = "info"
                out.append(found)
    doc.extras["stale"] = out
    return out


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).casefold().strip()


def _picture_caption(doc: Document, bi: int) -> bool:
    """A caption block that says it is one ("pictured", "Photo:", a credit) or that is
    repeated next to itself (picture text pasted with its alt text)."""
    from rapidfuzz import fuzz

    from ...structure import CAPTION_CUE_RE

    text = doc.block_text(bi)
    if CAPTION_CUE_RE.search(text):
        return True
    mine = _norm(text)
    for nb in (bi - 1, bi + 1):
        if 0 <= nb < len(doc.blocks) and mine and fuzz.ratio(mine, _norm(doc.block_text(nb))) >= 90:
            return True
    return False


def _subject_entity(doc: Document, index, subj, base: int) -> str | None:
    tok = subj
    start, end = tok.idx, tok.idx + len(tok.text)
    if tok.pos_ == "PROPN":
        for c in tok.lefts:
            if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN":
                start = min(start, c.idx)
    elif tok.pos_ == "NOUN":
        det = next((c for c in tok.lefts if c.dep_ == "det"), None)
        if det is not None and det.lower_ == "the":
            start = det.idx
        elif det is not None or not tok.text[:1].isupper():
            return None  # else a name the tagger called a common noun: the index decides
    elif tok.pos_ != "PRON" or tok.lower_ not in ("he", "she", "him", "her"):
        return None
    try:
        ent = index.entity_at(base + start, base + end)
    except Exception:
        return None
    if ent is None or ent.label != "PERSON":
        return None
    if tok.pos_ == "PRON" and pronoun_ambiguous(doc, base + start, ent.id, tok.lower_):
        return None
    return ent.id


def _stale_level(tok) -> tuple[str, str] | None:
    """("warning" | "info", why) for a present or present-perfect verb, else None."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    words = [a.lower_ for a in auxes]
    if any(w in ("will", "would", "could", "may", "might", "should", "must", "shall", "can",
                 "'ll", "’ll", "'d", "’d", "to", "wo", "ca") for w in words):
        return None
    if any(a.tag_ == "MD" for a in auxes):
        return None
    try:
        tense = verb_tense(tok)
    except Exception:
        return None
    if tense != "present":
        return None
    if tok.tag_ in ("VBG",) and not any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return None
    if tok.tag_ == "VB" and not auxes:
        return None  # an imperative or a bare infinitive
    perfect = tok.tag_ in ("VBN", "VB", "VBD", "VBP") and any(
        a.lower_ in ("has", "have", "'ve", "’ve") or a.lower_ in ("'s", "’s") and tok.tag_ == "VBN"
        for a in auxes if a.dep_ == "aux")
    if perfect:
        recent = False
        for g in tok.subtree:
            if g.dep_ in ("relcl", "ccomp", "advcl") and g.i != tok.i:
                continue
            if g.lower_ in RECENT_WORDS or g.lower_ == "since":
                recent = True
        return ("info", "present perfect") if recent else ("warning", "present perfect")
    if any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("neg", "advmod", "det")
           for c in tok.children):
        return None  # "he is not on the list": a negative state stays true after death
    if any(c.lower_ in ("still",) for c in tok.children):
        return "warning", "still"
    return "warning", "present"


def _afterlife(tok) -> bool:
    """Present tense that is true of the dead: "is thought to have been", "is survived by",
    "is one of 12 people killed", "remains in custody"; or inside reported speech after a
    past verb ("said he is")."""
    lem = tok.lemma_.lower()
    if lem in DEATH_VERBS or lem in AFTERLIFE_LEMMAS and (
            any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or lem in ("survive", "lay", "remember")):
        return True
    if lem in SURVIVOR_VERBS and _names_kin(tok):
        return True  # "He leaves a wife, Edna, and two sons": who survives him
    for g in tok.subtree:
        if g.lemma_.lower() in DEATH_WORDS or g.lower_ in DEATH_WORDS or \
                g.lower_ == "remains" and g.pos_ == "NOUN" or \
                g.lower_ == "late" and g.dep_ == "amod" and g.head.pos_ == "PROPN":
            return True
    t = tok
    for _ in range(6):
        if t.head is t:
            break
        if t.dep_ == "ccomp" and (t.head.tag_ == "VBD" or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in t.head.children)):
            return True  # "he said he is ready": the tense follows the past report
        if t.dep_ != "conj":
            break
        t = t.head
    if lem in LEGACY_LEMMAS:
        return True
    # "is 61": an age; "is (perhaps) best known for", "is widely regarded as": a legacy
    if lem in ("be", "remain"):
        for c in tok.children:
            if c.dep_ in ("attr", "acomp", "oprd") and (c.like_num or c.lemma_.lower() in LEGACY_LEMMAS or
                                                        "known" in c.lower_):
                return True
    return False


def _names_kin(tok) -> bool:
    """The verb's object, or what is coordinated or set beside it, names a relative: "leaves
    a wife, Edna, and two sons", "leaves behind her husband of 50 years"."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    objs += [g for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ == "behind"
             for g in c.children if g.dep_ == "pobj"]  # "leaves behind his wife" parsed as a place
    for obj in objs:
        listed = [obj] + [g for g in obj.subtree if g.dep_ in ("conj", "appos")]
        if any(k.lemma_.lower() in KIN_NOUNS or k.lower_ in KIN_NOUNS for k in listed):
            return True
    return False


def _hypothetical(tok) -> bool:
    """"If Oswald is in the rear ...": a condition, not a statement about now."""
    t = tok
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "lest") for c in t.children):
            return True
        if t.dep_ not in ("conj",) or t.head is t:
            return False
        t = t.head
    return False


def _suspect_parse(tok, subj) -> bool:
    """A finite verb between the subject and the verb that is not the verb's own auxiliary
    means the parser hung the subject on the wrong verb ("Jabari ... was allegedly
    responsible for ... multiples terrorist attacks", with "multiples" tagged a verb)."""
    if subj.i > tok.i:
        return False
    own = {c.i for c in tok.children} | {a.i for a in tok.ancestors}  # "X was ... and has been"
    for t in tok.doc[subj.i + 1:tok.i]:
        if t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i not in own and t.head.i != tok.i:
            if any(a.i == subj.i for a in t.ancestors) or t.dep_ in ("relcl", "acl", "ccomp", "advcl"):
                continue  # inside a relative clause on the subject: "Lopez, who lives ..., is"
            return True
    return False


def _clause_end(tok, base: int, text: str) -> int:
    """End of a short readable stretch after the verb: its particle and object, cut at a
    comma or 6 words."""
    end = tok.idx + len(tok.text)
    for c in tok.rights:
        if c.dep_ in ("prt", "dobj", "attr", "acomp", "xcomp", "oprd", "neg") or c.dep_ == "prep" and c.i == tok.i + 1:
            inner = {g.i for a in c.subtree if a.dep_ in ("relcl", "acl", "ccomp", "advcl") and a.i != c.i
                     for g in a.subtree}
            words = [g for g in c.subtree if not g.is_punct and g.i not in inner]
            words = [g for g in words if g.i - tok.i <= 6]
            if words:
                end = max(end, words[-1].idx + len(words[-1].text))
            break
    return base + end


@rule("CD105", "stale-present", "stale", "warning")
def stale_present(doc: Document) -> Iterator[Finding]:
    """What it finds: present tense about a person the article reports dead. Present or
    present-perfect tense in the article's own voice ("he has dismissed rumors", "she still
    hopes to", "X is the head of ..." after "X was killed"): the verb's subject resolves to
    that person
    (name, pronoun or "the general"), and the death comes from the life stage (not a
    rumoured, denied or hypothetical one). Not reported: direct quotations (speakers use
    the present), picture captions and headlines (historical present), present tense that
    is true of the dead ("is thought to have been", "is survived by", "is buried", "is one
    of 12 people killed"), reported speech after a past verb ("said he is"), and clauses
    about the death itself. Present perfect that only says what the person did "in recent
    years" or "recently" is CD107 (info). One finding per sentence.

    Why it matters: it is text written while the person was alive, pasted into the story
    of their death; it tells readers something false about now, and the passage around
    it (relative dates especially, CD106) may be just as old.

    Example: "Ana Ruiz was killed on Sunday ... While she has dismissed talk of a comeback,
    she remains the party's best-known figure" gives "“she has dismissed talk of a
    comeback” is present perfect about Ana Ruiz, whom the article reports dead (“was killed
    on Sunday”, line 1): text written while she was alive?".
    """
    for st in _stale_analysis(doc):
        if st.level != "warning":
            continue
        yield _stale_finding(doc, st, "CD105")


@rule("CD107", "stale-recent-years", "stale", "info")
def stale_recent_years(doc: Document) -> Iterator[Finding]:
    """What it finds: present perfect about the dead that only covers recent years. The
    sentence only says what the person did "in recent years", "recently" or "since ..."
    ("has been in and out of Baghdad in recent years"). It is CD105's low-severity variant: the sentence
    is still true of the recent past and reads naturally in a profile, but it shows the
    passage was written while the person was alive.

    Why it matters: it points to older copy; worth a look when the story is updated, and
    usually fine.

    Example: "Ruiz, who died on Saturday, ... Ruiz has in recent years become a fixture on
    talk shows" gives "“Ruiz has in recent years become” is present perfect about Ana Ruiz,
    whom the article reports dead (...): written while she was alive; usually fine".
    """
    for st in _stale_analysis(doc):
        if st.level != "info":
            continue
        yield _stale_finding(doc, st, "CD107")


def _stale_finding(doc: Document, st: StaleSentence, code: str) -> Finding:
    index = doc.extras.get("entity_index")
    name = index.by_id(st.entity).name if index is not None else st.entity
    pron = _pronoun(doc, st.entity)
    c = st.clauses[0] if code == "CD107" else next(c for c in st.clauses if c.level == "warning")
    tense = "present perfect" if c.why == "present perfect" else "present tense"
    death = st.death
    msg = (f"“{_quote(c.span.text, 60)}” is {tense} about {name}, whom the article reports dead "
           f"(“{_quote(death.text, 50)}”, line {_line(doc, death.start)})")
    if code == "CD105":
        msg += f": text written while {pron} {'was' if pron != 'they' else 'were'} alive?"
    else:
        msg += f": written while {pron} {'was' if pron != 'they' else 'were'} alive; usually fine"
    evidence = []
    seen = set()
    for cl in st.clauses:
        if code == "CD105" and cl.level != "warning":
            continue
        key = (cl.span.start, cl.span.end)
        if key in seen:
            continue
        seen.add(key)
        evidence.append(Span(cl.span.start, cl.span.end, cl.span.text, "stale"))
        if len(evidence) == 3:
            break
    evidence.append(Span(death.start, death.end, death.text, "death"))
    life = life_of(doc).get(st.entity)
    for other in (life.deaths if life is not None else []):
        ev = other.evidence
        if ev is not None and (ev.start, ev.end) != (death.start, death.end) and not other.quoted:
            evidence.append(Span(ev.start, ev.end, ev.text, "death"))  # "the late Ilse Brand" too
            break
    return Finding(code=code, message=msg, evidence=evidence)
