"""Token lookup with article offsets, and the word counts the quotes stage decides by.

``_Text`` maps each block's spaCy tokens to character offsets in the article; the helpers
count a span's words and tell a Title Case title or an "I, Name," self-introduction.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Iterable

from ..document import Document
from ..nlp import tokens_of

if TYPE_CHECKING:
    from spacy.tokens import Token

class _Text:
    """Per-block token lookup with article offsets."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.blocks = doc.blocks
        self.docs = doc.docs
        self.block_starts = [b.start for b in doc.blocks]
        self.starts = [[doc.blocks[i].start + t.idx for t in tokens_of(d)] for i, d in enumerate(doc.docs)]

    def base(self, bi: int) -> int:
        return self.blocks[bi].start

    def tok_start(self, bi: int, tok: "Token") -> int:
        return self.blocks[bi].start + tok.idx

    def tok_end(self, bi: int, tok: "Token") -> int:
        return self.blocks[bi].start + tok.idx + len(tok)

    def token_at(self, bi: int, pos: int) -> int:
        """Index of the token containing (or the last one starting before) ``pos``."""
        return max(0, bisect.bisect_right(self.starts[bi], pos) - 1)

    def block_of(self, pos: int) -> int | None:
        k = bisect.bisect_right(self.block_starts, pos) - 1
        if k >= 0 and pos < self.blocks[k].end:
            return k
        return None

    def tokens_in(self, bi: int, s: int, e: int) -> list["Token"]:
        d = self.docs[bi]
        starts = self.starts[bi]
        a = bisect.bisect_left(starts, s)
        b = bisect.bisect_left(starts, e)
        return [d[i] for i in range(a, b)]

    def runs(self, bi: int, idxs: Iterable[int]) -> list[tuple[int, int]]:
        """Token indexes -> contiguous character spans, without punctuation at the edges."""
        d = self.docs[bi]
        out: list[list[int]] = []
        for i in sorted(set(idxs)):
            if out and out[-1][1] == i - 1:
                out[-1][1] = i
            else:
                out.append([i, i])
        spans = []
        for a, b in out:
            while a <= b and (d[a].is_punct or d[a].is_space):
                a += 1
            while b >= a and (d[b].is_punct or d[b].is_space):
                b -= 1
            if a <= b:
                spans.append((self.tok_start(bi, d[a]), self.tok_end(bi, d[b])))
        return spans


def _alnum(text: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    return {i for s, e in spans for i in range(s, e) if text[i].isalnum()}


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _words(text: str, spans: Iterable[tuple[int, int]]) -> int:
    return sum(len(_WORD.findall(text[s:e])) for s, e in spans)


def _is_title(text: str, spans) -> bool:
    """Title Case Words (a programme, a book, a law), not speech."""
    words = [w for s, e in spans for w in re.findall(r"[^\W\d_][\w'’-]*", text[s:e])]
    if not words:
        return True
    small = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is"}
    content = [w for w in words if w.lower() not in small]
    return bool(content) and all(w[0].isupper() for w in content) and len(words) <= 8


def _self_named(text: str, parts) -> tuple[int, int] | None:
    """ "I, Joseph Kamara, ..." inside a quotation names its speaker."""
    for s, e in parts:
        m = re.search(r"\bI,\s+((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+),", text[s:e])
        if m:
            return s + m.start(1), s + m.end(1)
    return None
