"""The parsed article that rules read: the Article, one spaCy Doc per block, and sentences
with offsets into ``article.text``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Iterator

from .model import Article, Block, Claim, Entity, Event, Quote, Span, Timex, TimelineEvent
from .nlp import ents_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .config import Settings


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    block: int  # index into article.blocks
    tokens: object = None  # the spaCy Span, when parsed

    def span(self, role: str | None = None) -> Span:
        return Span(self.start, self.end, self.text, role)


@dataclass
class Document:
    article: Article
    docs: list["Doc"]  # aligned with article.blocks
    settings: "Settings"
    extras: dict = field(default_factory=dict)  # what earlier stages leave for later ones
    # Filled by the stages in order (entities -> quotes -> claims -> time -> facts); rules read them.
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def blocks(self) -> list[Block]:
        return self.article.blocks

    def block_text(self, i: int) -> str:
        b = self.article.blocks[i]
        return self.article.text[b.start:b.end]

    @cached_property
    def sentences(self) -> list[Sentence]:
        out: list[Sentence] = []
        for i, (block, doc) in enumerate(zip(self.article.blocks, self.docs)):
            for sent in doc.sents:
                start = block.start + sent.start_char
                end = block.start + sent.end_char
                text = self.article.text[start:end]
                if text.strip():
                    out.append(Sentence(start, end, text, i, sent))
        return out

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence an offset falls in, if any."""
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def quoted_spans(self) -> list[tuple[int, int]]:
        """Stretches of speakers' own words: direct and mixed quotes (by part) and the quoted
        stretches inside mixed quotes. Words there are the speaker's, not the article's."""
        spans: list[tuple[int, int]] = []
        for q in self.quotes:
            if q.kind in ("direct", "mixed"):
                spans.extend([(p.start, p.end) for p in q.parts] or [(q.start, q.end)])
        for stretches in (self.extras.get("quoted_parts") or {}).values():
            spans.extend((int(s), int(e)) for s, e in stretches)
        return spans

    def tokens(self) -> Iterator[tuple[int, "Token"]]:
        """Every token with its offset into article.text."""
        for block, doc in zip(self.article.blocks, self.docs):
            for tok in doc:
                yield block.start + tok.idx, tok

    def ents(self) -> Iterator[tuple[int, int, str, str]]:
        """Every named entity as (start, end, text, label) in article offsets."""
        for block, doc in zip(self.article.blocks, self.docs):
            for ent in ents_of(doc):
                start, end = block.start + ent.start_char, block.start + ent.end_char
                yield start, end, self.article.text[start:end], ent.label_

    def span(self, start: int, end: int, role: str | None = None) -> Span:
        return self.article.span(start, end, role)
