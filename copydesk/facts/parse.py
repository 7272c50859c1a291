"""Reading a clause from the parse: its lemma and content words, whether it is negated,
hypothetical or a forecast, its tense and its subject. Plain functions over spaCy tokens;
``K`` is a block's cached children accessor where the caller has one. The tests read the
block's token table (a list index) rather than the tokens' string attributes: the statement
reader asks them of every clause."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp import tokens_of
from ..token_table import table_of
from .vocab import CLAUSE_DEPS, NUM_WORDS, STOP

if TYPE_CHECKING:
    from .store import Facts


def F_text(F: "Facts", s: int, e: int) -> str:
    return F.text[s:e]


def _children(t):
    return t.children


def _lemma(t) -> str:
    low = t.lower_
    if low == "born":
        return "bear"
    return t.lemma_.lower()


_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM", "PRON", "X"})
_ALNUM = re.compile(r"[^\W_]")  # what str.isalnum accepts


def _content(t) -> bool:
    # the part of speech first: it turns away most tokens at the least cost
    if t.pos_ not in _CONTENT_POS or t.dep_ == "neg" or t.is_punct or t.is_space:
        return False
    if not _ALNUM.search(t.text):
        return False
    return not (t.lower_ in STOP or t.lemma_.lower() in STOP)


def _content_flags(tb) -> list[bool]:
    """``_content`` of every token, read from the Doc's token table."""
    return [pos in _CONTENT_POS and dep != "neg" and not punct and not space and _ALNUM.search(text) is not None
            and not (low in STOP or lemma in STOP)
            for pos, dep, punct, space, text, low, lemma in zip(tb.pos, tb.dep, tb.is_punct, tb.is_space,
                                                                tb.text, tb.lower, tb.lemma_low)]


def _content_words(text: str | None) -> frozenset:
    if not text:
        return frozenset()
    out = set()
    for w in re.findall(r"[A-Za-z][\w'’-]*", text):
        lw = w.lower()
        if lw in STOP or len(lw) < 3:
            continue
        for suf in ("ing", "s"):
            if lw.endswith(suf) and len(lw) > len(suf) + 3:
                lw = lw[: -len(suf)]
                break
        out.add(lw)
    return frozenset(out)


def _is_clause_head(t, K=None) -> bool:
    K = K or _children
    if t.pos_ == "VERB" and t.dep_ not in ("amod", "compound", "aux", "auxpass"):
        return t.dep_ in CLAUSE_DEPS or t.head.i == t.i
    if t.pos_ == "AUX" and (t.dep_ == "ROOT" or t.dep_ in ("conj", "ccomp", "advcl", "relcl")):
        return any(k.dep_ in ("attr", "acomp", "prep", "nsubj", "expl") for k in K(t))
    return False


def _clause_heads(tb, kids: list[list]) -> list[bool]:
    """``_is_clause_head`` of every token, read from the Doc's token table and children lists."""
    out = []
    deps, head = tb.dep, tb.head
    for i, (pos, dep) in enumerate(zip(tb.pos, deps)):
        if pos == "VERB" and dep not in ("amod", "compound", "aux", "auxpass"):
            out.append(dep in CLAUSE_DEPS or head[i] == i)
        elif pos == "AUX" and (dep == "ROOT" or dep in ("conj", "ccomp", "advcl", "relcl")):
            out.append(any(deps[k.i] in ("attr", "acomp", "prep", "nsubj", "expl") for k in kids[i]))
        else:
            out.append(False)
    return out


NEG_QUANT = frozenset({"nothing", "nobody", "none", "noone", "neither", "nowhere"})
NOT_A_NEGATION = frozenset({"only", "just", "merely", "simply", "until", "till", "least", "even",
                            "necessarily", "always", "exactly", "quite", "entirely", "all"})


def _negated(v, K=None) -> bool:
    """Whether a clause head is negated: "not", "n't", "never", "no longer", a negative
    subject or object ("nothing", "nobody", "no one"); "not only", "not until" are not."""
    K = K or _children
    tb = table_of(v.doc)
    dep, low = tb.dep, tb.lower
    neg = False
    for k in K(v):
        i = k.i
        d, w = dep[i], low[i]
        if d == "neg" or w in ("not", "n't", "never"):
            if i + 1 < tb.n and low[i + 1] in NOT_A_NEGATION:
                continue
        if d in ("nsubj", "nsubjpass", "dobj", "attr") and (
                w in NEG_QUANT or any(dep[g.i] == "det" and low[g.i] == "no" for g in K(k))):
            neg = not neg
            continue
        if d == "neg" or w in ("not", "n't", "never") and d in ("advmod", "neg"):
            neg = not neg
        elif d in ("aux", "auxpass") and any(dep[g.i] == "neg" for g in K(k)):
            neg = not neg
        elif d == "advmod" and w in ("longer",) and any(low[g.i] == "no" for g in K(k)):
            neg = not neg
        elif d in ("aux", "auxpass") and re.search(r"n[´’'`]t$", w):
            neg = not neg
    return neg


HEDGE_AUX = frozenset({"would", "could", "should", "might", "may", "must", "can", "ca", "'d", "’d"})


def _not_only(v) -> bool:
    for k in v.children:
        if k.dep_ == "neg" or k.lower_ in ("not", "n't"):
            nxt = k.doc[k.i + 1] if k.i + 1 < len(k.doc) else None
            if nxt is not None and nxt.lower_ in NOT_A_NEGATION:
                return True
    return False


def _hypothetical(h, K=None) -> bool:
    """A condition, a question word clause, or a modal: not a statement of fact."""
    K = K or _children
    tb = table_of(h.doc)
    dep, low, head = tb.dep, tb.lower, tb.head
    if any(dep[k.i] == "aux" and low[k.i] in HEDGE_AUX for k in K(h)):
        return True
    node = h
    for _ in range(6):
        if any(dep[k.i] in ("mark", "advmod") and low[k.i] in ("if", "unless", "whether", "lest") for k in K(node)):
            return True
        up = head[node.i]
        if up == node.i:
            break
        node = tokens_of(h.doc)[up]
    return False


def _indefinite_subject(h, K=None) -> bool:
    K = K or _children
    tb = table_of(h.doc)
    dep = tb.dep
    subj = next((k for k in K(h) if dep[k.i] in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if any(dep[k.i] == "appos" and tb.pos[k.i] == "PROPN" for k in K(subj)):
        return False
    return any(dep[k.i] == "det" and tb.lower[k.i] in ("a", "an", "another") for k in K(subj))


def _elliptic_subject(h, K=None) -> bool:
    """The subject is a common noun with nothing saying whose or of what ("The estimated cost
    is ...", "The total was ..."): what it belongs to comes from the paragraph around it."""
    K = K or _children
    tb = table_of(h.doc)
    dep = tb.dep
    subj = next((k for k in K(h) if dep[k.i] in ("nsubj", "nsubjpass")), None)
    if subj is None or tb.pos[subj.i] != "NOUN":
        return False
    return not any(dep[k.i] in ("poss", "prep", "compound", "appos", "nmod", "relcl", "acl") for k in K(subj))


FORECAST = frozenset({"predict", "forecast", "expect", "project", "anticipate", "hope", "guess", "bet",
                      "speculate", "envision", "foresee", "wish", "want", "propose", "suggest"})


def _forecast(h) -> bool:
    """The content of a prediction or a wish: "X predicts Biden defeats Trump 319 to 219"."""
    tb = table_of(h.doc)
    node = h.i
    for _ in range(3):
        up = tb.head[node]
        if tb.dep[node] in ("ccomp", "xcomp") and tb.lemma_low[up] in FORECAST:
            return True
        if up == node:
            break
        node = up
    return False


def _finite(h, K=None) -> bool:
    K = K or _children
    tb = table_of(h.doc)
    if tb.tag[h.i] in ("VBD", "VBZ", "VBP", "MD"):
        return True
    dep, low = tb.dep, tb.lower
    return any(dep[k.i] in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") and low[k.i] != "to" for k in K(h))


def _as_as(toks) -> bool:
    words = table_of(toks[0].doc).lower if toks else []
    low = [words[i] for i in sorted(t.i for t in toks)]
    for i, w in enumerate(low):
        if w == "as" and "as" in low[i + 2:i + 5]:
            return True
    return False


def _still(v) -> bool:
    return any(k.dep_ == "advmod" and k.lower_ in ("still", "currently", "now") for k in v.children) or \
        v.lemma_ == "remain"


def _tense(v) -> str | None:
    tags = [v.tag_] + [k.tag_ for k in v.children if k.dep_ in ("aux", "auxpass")]
    lows = [k.lower_ for k in v.children if k.dep_ in ("aux", "auxpass")]
    if any(x in ("will", "'ll", "’ll", "shall") for x in lows):
        return "future"
    if any(x in ("has", "have", "'s", "’s", "'ve") for x in lows) and v.tag_ == "VBN":
        return "present"  # present perfect: true now
    if "VBD" in tags or any(x in ("was", "were", "had", "did") for x in lows):
        return "past"
    if any(t in ("VBZ", "VBP") for t in tags):
        return "present"
    return None


def _subject_key(b, h, base: int, K=None) -> str | None:
    K = K or _children
    tb = table_of(h.doc)
    dep, head = tb.dep, tb.head
    subj = next((k for k in K(h) if dep[k.i] in ("nsubj", "nsubjpass")), None)
    node = h
    hops = 0
    while subj is None and dep[node.i] in ("conj", "xcomp", "advcl") and head[node.i] != node.i and hops < 4:
        node = tokens_of(h.doc)[head[node.i]]
        hops += 1
        subj = next((k for k in K(node) if dep[k.i] in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    i = subj.i
    if tb.lower[i] in ("who", "which", "that") and dep[h.i] == "relcl":
        i = head[h.i]
    low, pos = tb.lower[i], tb.pos[i]
    if pos in ("PRON",) and low not in ("he", "she", "they", "him", "her", "them", "i", "we"):
        return None
    s = base + tb.idx[i]
    ent = b.F.entity_of(s, s + len(tb.text[i]))
    if ent is not None:
        return ent.id
    if pos == "PRON":
        return None  # an unresolved pronoun: no subject to compare
    if tb.like_num[i] or low in NUM_WORDS:
        return None  # "any one of these", "the six of them": the number is a value
    return tb.lemma_low[i]


def prev_is_det(sdoc, tok) -> bool:
    return tok.i > 0 and sdoc[tok.i - 1].lower_ in ("the", "this", "that", "no", "every", "each", "which")


def next_is_rel(sdoc, tok) -> bool:
    return tok.i + 1 < len(sdoc) and sdoc[tok.i + 1].lower_ in ("that", "who", "which", "whom")
