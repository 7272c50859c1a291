"""Repairs of one misparse every stage would otherwise inherit: the speaker after a closing
quotation mark glued onto the quotation's last noun.

'"... by the third quarter of this fiscal," chief operating officer Ada Rao said' is parsed
with "chief operating officer Ada Rao" as the object of the quotation's "of", and "said"
left with no subject: the quotes stage then reads a quotation with no speaker, the claims
stage a claim with none, and the roles stage a title that begins inside the quotation. A
closing mark after the quotation's own comma is a boundary the parse may not cross: the noun
phrase between it and a speech verb with no subject is that verb's subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

# (imported when the first block is parsed, by which time the stages' modules are loaded)
from .entities.vocab import SPEECH_VERBS
from .quotes.marks import ALL_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Doc

_MAX_SPEAKER = 10  # tokens between the closing mark and the verb


def repair(doc: "Doc") -> "Doc":
    text = doc.text
    if not any(c in text for c in '"”»') or len(doc) < 4:
        return doc
    for v in doc:
        if v.pos_ != "VERB" or v.lemma_.lower() not in SPEECH_VERBS or v.i < 3:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
            continue
        k = _closing_mark(doc, v)
        if k is None:
            continue
        stretch = doc[k + 1:v.i]
        if not any(t.pos_ in ("PROPN", "PRON") for t in stretch) or any(t.is_punct for t in stretch):
            continue
        roots = [t for t in stretch if not (k < t.head.i < v.i)]
        if len(roots) != 1 or roots[0].head.i > k or roots[0].head.i == roots[0].i:
            continue  # the stretch hangs on the verb already, or is not one phrase
        root = roots[0]
        if root.is_ancestor(v):
            continue  # the verb hangs below the phrase (a relative clause): no subject to give
        old_head, old_dep = root.head, root.dep_
        # the quotation's own words the parse hung on the speaker ("this fiscal ,") go back:
        # the last of them takes the speaker's place in the quotation
        left = [c for c in root.children if c.i <= k]
        words_left = [c for c in left if not c.is_punct]
        saved = [(t, t.head, t.dep_) for t in [root] + left]
        try:
            root.head = v
            root.dep_ = "nsubj"
            if words_left:
                new_obj = words_left[-1]
                new_obj.head = old_head
                new_obj.dep_ = old_dep
                for c in left:
                    if c.i != new_obj.i:
                        c.head = new_obj
        except Exception:  # spaCy refused a head: keep the parse as it was
            _restore(saved)
            continue
        if not _acyclic(doc):
            _restore(saved)  # spaCy lets a head make a cycle; every subtree walk would never end
    return doc


def _restore(saved) -> None:
    for t, head, dep in saved:
        t.head = head
        t.dep_ = dep


def _acyclic(doc: "Doc") -> bool:
    """Every token reaches a root within the sentence's length."""
    n = len(doc)
    for t in doc:
        x, steps = t, 0
        while x.head.i != x.i:
            x = x.head
            steps += 1
            if steps > n:
                return False
    return True


def _closing_mark(doc: "Doc", v) -> int | None:
    """The closing quotation mark a few tokens before the verb, after the quotation's own
    comma, question mark or exclamation mark."""
    for k in range(v.i - 2, max(0, v.i - _MAX_SPEAKER - 2), -1):
        t = doc[k]
        if t.text in ALL_MARKS:
            return k if k > 0 and doc[k - 1].text in (",", "?", "!") else None
        if t.is_punct:
            return None
    return None
