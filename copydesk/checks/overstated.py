"""CD504 display-overstated: display text that states as done or decided what the body's own
account of it only weighs or calls possible ("Kestle Foods to shut bakery" over "Kestle Foods
is considering closing its bakery"; "Dam wiped out trout, study finds" over "the dam may have
contributed to the decline"). The body's account is the first sentences that make the display
text's subject the subject of a clause about the same things; the hedge words are data
(``copydesk/data/claims_en.txt``: deliberation verbs, possibility modals)."""

from __future__ import annotations

import re
from typing import Iterator

from ..document import Document, Sentence
from ..model import Finding
from ..vocab import mapping, words
from .display import DISPLAY
from .registry import rule
from ..lazy_re import gated

DELIBERATION = words("claims_en.txt", "deliberation_verbs")
POSSIBLE = words("claims_en.txt", "possibility_modals")
CONFIRMING = words("claims_en.txt", "confirming_verbs")
ACTS = mapping("claims_en.txt", "display_acts")


def _same_act(a: str, b: str) -> bool:
    """Whether two verb lemmas name one act ("shut" and "close"; data: ``display_acts``)."""
    return a == b or (a in ACTS and ACTS.get(a) == ACTS.get(b))


UNCERTAIN = gated(r"\b(?:" + "|".join(sorted((re.escape(w) for w in words("claims_en.txt", "uncertainty_frames")),
                                                    key=len, reverse=True)) + r")\b", re.I)
# display text that names its own doubt or source already says less than a fact
_DISPLAY_DOUBT = frozenset({"may", "might", "could", "would", "if", "whether", "say", "claim", "allege",
                            "consider", "plan", "propose", "weigh", "mull", "eye", "expect"})
_LIGHT = frozenset({"be", "have", "do", "say", "find", "show", "reveal", "report", "study", "research"})
_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "NUM", "ADJ"})
_FINDS = frozenset({"find", "show", "reveal", "conclude"})
# the body saying in so many words that nothing is decided
_UNDECIDED = re.compile(r"\bno (?:final )?decisions? (?:has|have|had) (?:yet )?been (?:taken|made|reached)|"
                        r"\bno (?:final )?decisions? (?:has|have|had) been\b|\bnot (?:yet )?been decided\b|"
                        r"\b(?:cannot|can't|can\u2019t|could not|couldn't) (?:yet )?(?:say|prove|be sure)\b|"
                        r"\btoo early to say\b|\bno (?:firm |direct )?evidence\b", re.I)
_UNSURE = re.compile(r"\b(?:cannot|can't|can\u2019t|could not|couldn't|too early|no (?:firm |direct )?evidence)", re.I)
LEDE_SENTENCES = 3  # the body's account of the display text is at its top
_SAY = {"deliberation": "only proposed", "possible": "possible", "uncertain": "not known"}


def _content(toks) -> set[str]:
    return {t.lemma_.lower() for t in toks if t.pos_ in _CONTENT and not t.is_stop} - _LIGHT


def _subject(s: Sentence):
    """The display sentence's subject tokens and its verb."""
    root = s.tokens.root
    if root.lemma_.lower() in _FINDS:  # "Dam wiped out trout, study finds": what it found
        root = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis")), root)
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None, root
    return [t for t in subj.subtree if t.pos_ in ("NOUN", "PROPN")], root


# Display text that has a source confirm a claim: "Harlow lido to close, council confirms".
CONFIRMED = re.compile(r"^(?P<subj>[^,]{2,60}?)\s+(?:to|will)\s+(?:be\s+)?(?P<verb>[a-z]+)\b[^,]*,\s+"
                       r"[\w'\u2019 -]{1,40}?\s+(?P<conf>[a-z]+)\s*$", re.I)


# ... or names its source first: "Health board confirms Harlow maternity unit will close".
CONFIRMED_AFTER = re.compile(r"^[\w'\u2019 -]{1,40}?\s+(?P<conf>(?:" + "|".join(sorted(CONFIRMING)) + r")(?:s|es|ed|d)?)"
                             r"\s+(?:that\s+)?(?P<subj>[^,]{2,60}?)\s+(?:to|will)\s+(?:be\s+)?(?P<verb>[a-z]+)\b[^,]*$", re.I)


def _confirmed(s: Sentence):
    """The claim display text says a source confirmed ("Harlow lido to close, council
    confirms", "Council confirms Harlow lido will close"; the verbs are data, ``confirming_verbs``), as (the lemmas of its subject, its
    verb's lemma); None for other display text. Read from the words, since a headline's
    parse rarely holds the claim together."""
    m = None
    for found in (CONFIRMED.match(s.text), CONFIRMED_AFTER.match(s.text)):
        w = found.group("conf").lower() if found else ""
        if found and {w, w[:-1], w[:-2]} & CONFIRMING:
            m = found
            break
    if m is None:
        return None
    span = (s.start + m.start("subj"), s.start + m.end("subj"))
    base = s.start - s.tokens.start_char
    names = {t.lemma_.lower() for t in s.tokens if span[0] <= base + t.idx < span[1] and t.is_alpha and not t.is_stop}
    verb = next((t for t in s.tokens if base + t.idx == s.start + m.start("verb")), None)
    return names, (verb.lemma_.lower() if verb is not None else m.group("verb").lower())


def _hedge(verb) -> str | None:
    """How a body clause holds back: "considering", "may", or None."""
    if verb.lemma_.lower() in DELIBERATION and verb.tag_ == "VBG":
        return "deliberation"
    for c in verb.children:
        if c.dep_ == "aux" and c.lower_ in POSSIBLE:
            return "possible"
    return None


def _hedge_words(verb) -> str:
    """The words that hold back, from the first auxiliary to the word after the verb ("is
    considering closing", "may have contributed to")."""
    auxes = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    end = verb.i + 1
    if end < len(verb.doc) and verb.doc[end].pos_ in ("VERB", "ADP", "PART") and verb.doc[end].head.i == verb.i:
        end += 1  # "is considering closing", "may have contributed to"
    return verb.doc[min(auxes, default=verb.i):end].text


def _future(root) -> bool:
    """Headline future: "Firm to shut plant", "Council will close pool"."""
    return any(c.dep_ == "aux" and c.lower_ in ("to", "will", "'ll") for c in root.children)


@rule("CD504", "display-overstated", "attribution", "warning")
def display_overstated(doc: Document) -> Iterator[Finding]:
    """What it finds: a headline, standfirst or bullet point that states as done or decided
    what the body's own account only weighs or calls possible: "Kestle Foods to shut Drayford
    bakery" over a first paragraph saying "Kestle Foods is considering closing its bakery in
    Drayford"; "Dam wiped out trout, study finds" over "the dam may have contributed to the
    decline". The body's account is a clause near its top whose subject is the display
    text's subject and which shares its other words; a later sentence that states the same
    act plainly supports the display text. A headline about the future ("to shut") against a
    body's "could" is a forecast, not an overstatement; against "is considering" it is.

    Why it matters: readers take the headline as the story; a decision that has not been
    taken, or a cause a study only suspects, is news the story does not have.

    Example: headline "Harbour Foods to shut Drayford bakery, cutting 900 jobs", body "Harbour
    Foods is considering closing its bakery in Drayford, a move that could put up to 900 jobs
    at risk" gives "the headline states it as decided; the body says only “is considering
    closing” (line 3)".
    """
    sents = doc.sentences
    kinds = [b.kind for b in doc.blocks]
    body = [s for s in sents if kinds[s.block] not in DISPLAY and s.tokens is not None]
    if not body:
        return
    for s in sents:
        if kinds[s.block] not in DISPLAY or s.tokens is None:
            continue
        claim = _confirmed(s)
        if claim is not None:
            (names, lemma), future = claim, True
        else:
            subj, root = _subject(s)
            if not subj or root.pos_ not in ("VERB", "AUX") or any(
                    t.lemma_.lower() in _DISPLAY_DOUBT for t in s.tokens) or any(c.dep_ == "neg" for c in root.children):
                continue
            names, lemma, future = {t.lemma_.lower() for t in subj}, root.lemma_.lower(), _future(root)
        said = _content(s.tokens) - names
        hit = _lede_hedge(body[:LEDE_SENTENCES], names, said, future, lemma)
        if hit is None or _stated_plainly(body, names, lemma):
            continue
        b, verb, how = hit
        where = {"headline": "the headline", "standfirst": "the standfirst", "bullet": "a bullet point"}[kinds[s.block]]
        there = {"headline": "the headline", "standfirst": "the standfirst", "bullet": "the bullet"}[kinds[s.block]]
        phrase = _hedge_words(verb) if how != "uncertain" else UNCERTAIN.search(b.text).group(0)
        line = doc.article.line_col(b.start)[0]
        word = "certain" if how == "uncertain" and future else "decided" if future else "fact"
        yield Finding(code="CD504",
                      message=f"{where} states it as {word}; the body's own account says only “{phrase}” "
                              f"(line {line}): say in {there} that it is {_SAY[how]}",
                      evidence=[s.span("display"), b.span("hedged")] + [
                          x.span("undecided") for x in body if x is not b and _UNDECIDED.search(x.text)
                          and (not _UNSURE.search(x.text) or names & _content(x.tokens))][:1])


def _lede_hedge(lede: list[Sentence], names: set[str], said: set[str], future: bool, lemma: str = ""):
    """The body's hedged account of the display text near its top: a clause whose subject is
    the display text's subject ("Kestle is considering closing the bakery" under "Kestle to
    shut bakery"), or one that weighs doing the display text's own act to it ("bosses are
    considering closing the unit" under "Unit to close")."""
    for b in lede:
        for t in b.tokens:
            if t.lemma_.lower() not in names:
                continue
            own_act = t.dep_ == "dobj" and _same_act(t.head.lemma_.lower(), lemma) and t.head.dep_ in ("xcomp", "pcomp")
            if t.dep_ in ("nsubj", "nsubjpass"):
                verb = t.head
            elif own_act:
                verb = t.head.head  # "considering closing the unit": the act weighed is the display's
            else:
                continue
            how = _hedge(verb)
            if how is None and UNCERTAIN.search(b.text):
                how = "uncertain"  # "can break down plastic, ... far too early to say whether"
            if how is None or future and how == "possible":
                continue
            if own_act or len(said & _content(b.tokens)) >= 2:
                return b, verb, how
    return None


def _stated_plainly(body: list[Sentence], names: set[str], lemma: str) -> bool:
    """A body clause with the display text's subject and verb and no hedge: the display text
    has its support."""
    for b in body:
        for t in b.tokens:
            if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in names and _same_act(t.head.lemma_.lower(), lemma) \
                    and _hedge(t.head) is None and not any(
                        c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in t.head.children):
                return True
    return False
