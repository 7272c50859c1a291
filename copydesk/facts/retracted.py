"""What a correction retracts: the paper's own earlier report that a corrections column or
a correction note quotes in order to put it right ("We said in a profile ... that she was
born in Dundee. She was born in Perth."; "An article on Tuesday said the mill opened in
1878. It opened in 1887."). The article no longer asserts that sentence, so its facts and
clauses are not the article's: they are never compared with the correction's own.

A sentence is such a report when a reporting verb in the past tense has for its subject
"we" (outside a quotation) or a piece the paper prints ("an article", "a caption", "an
earlier version of this story": ``[publication_pieces]`` in ``claims_en.txt``), and the
passage is a correction: a word of correction (``[correction_marks]``) in the sentence, its
paragraph or the headline. Without that, "as we reported on Monday, ..." confirms, and a
report by someone else ("a report by the inspectors said ...") is attributed as before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from ..claims.vocab import REPORT_VERBS
from ..vocab import words

if TYPE_CHECKING:
    from ..document import Document

_CLAIMS = "claims_en.txt"


@lru_cache(maxsize=1)
def _marks() -> re.Pattern:
    alts = sorted(words(_CLAIMS, "correction_marks"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in alts) + r")\b", re.I)


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return REPORT_VERBS | words(_CLAIMS, "retracting_verbs")


def _own_piece(subj, quoted) -> bool:
    if subj.lower_ == "we":
        return not quoted(subj)
    return subj.lemma_.lower() in words(_CLAIMS, "publication_pieces") and subj.pos_ == "NOUN"


def retracted(doc: "Document") -> list[tuple[int, int]]:
    """(start, end) of each sentence that is a correction's retracted report, in order."""
    cached = doc.extras.get("retracted")
    if cached is not None:
        return cached
    out: list[tuple[int, int]] = []
    doc.extras["retracted"] = out
    rx = _marks()
    if not rx.search(doc.text):
        return out  # no word of correction anywhere: nothing retracted (most articles)
    head = doc.article.blocks[0] if doc.article.blocks else None
    headline = bool(head is not None and head.kind == "headline" and rx.search(doc.text[head.start:head.end]))
    spans = doc.quoted_spans()
    for s in doc.sentences:
        if s.tokens is None:
            continue
        base = s.start - s.tokens.start_char

        def quoted(tok, base=base) -> bool:
            pos = base + tok.idx
            return any(a <= pos < b for a, b in spans)

        hit = False
        for v in s.tokens:
            if v.tag_ != "VBD" or v.lemma_.lower() not in _verbs():
                continue
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is not None and _own_piece(subj, quoted):
                hit = True
                break
        if not hit:
            continue
        block = doc.article.blocks[s.block]
        if headline or rx.search(s.text) or rx.search(doc.text[block.start:block.end]):
            out.append((s.start, s.end))
    return out


def is_retracted(doc: "Document", offset: int) -> bool:
    spans = retracted(doc)
    if not spans:
        return False
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]
