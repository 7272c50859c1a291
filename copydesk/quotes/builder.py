"""Building the quotes of an article: direct, mixed, indirect, nested and transcript turns.

``_Builder`` pairs the marks (``pairing``), reads the frames of every block (``frames``),
attributes each quotation (``attribution``) and names its speaker (``speakers``); ``build``
joins a quotation broken by its attribution, gives a paragraph that is all quotation its
predecessor's speaker, drops scare quotes and titles nobody said, and adds the frames left
over as indirect speech.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from ..document import Document
from ..model import Span, Speaker
from .attribution import _AttributionMixin
from .frames import Attr, Frame, _frames
from .interviews import qa_turns
from .marks import RawQuote, _trim
from .pairing import scan_marks
from .speakers import _SpeakerMixin
from .text import _alnum, _is_title, _self_named, _Text, _words
from .vocab import _NOT_SPEAKER_TAGS, QUOTE_ONLY

# A transcript speaker label opening a paragraph: "SMITH: ..."
_LABEL = re.compile(r"\s*([A-Z][A-Z.'’\- ]{1,30}[A-Z])\s*:\s")
# Words of the first and second person: talk, not report.
_SPOKEN = re.compile(r"\bI\b|\b(?i:me|my|we|us|our|you|your)\b")
# A speaker's tag opening a paragraph of an interview transcript: "((Ada Price)) ...",
# "ADA PRICE: ...", "Ada Price: ...", "Q: ...".
_TURN_TAG = re.compile(r"\(\((?P<a>[^()\n]{1,60})\)\)\s*(?::\s*)?|(?P<b>(?:[A-Z][\w.'’\-]*\s){0,3}[A-Z][\w.'’\-]*)\s*:\s+")


@dataclass
class _Q:
    """A quote being built."""

    kind: str
    spans: list[tuple[int, int]]
    quoted: list[tuple[int, int]]  # the parts inside quote marks
    frame: Frame | None = None
    speaker: Speaker | None = None
    cue: Span | None = None
    medium: str | None = None
    raw: int | None = None
    parent: "_Q | None" = None
    source: str = ""

    @property
    def start(self) -> int:
        return min(s for s, _ in self.spans)

    @property
    def end(self) -> int:
        return max(e for _, e in self.spans)


class _Builder(_SpeakerMixin, _AttributionMixin):
    """The quotes of one article, from its paired marks and the frames of its parse."""

    def __init__(self, doc: Document, cognition: bool = False):
        self.doc = doc
        self.t = _Text(doc)
        self.text = doc.text
        self.index = doc.extras.get("entity_index")
        self.raws, self.problems = scan_marks(self.text, doc.blocks)
        self.transcript: list[tuple[int, int]] = []  # the turns of an interview transcript
        self._split_labels()
        self.frames: list[list[Frame]] = [_frames(self.t, bi, cognition) for bi in range(len(doc.blocks))]
        self.top_iv: list[tuple[int, int, int]] = sorted(
            (r.open, r.outer_end, i) for i, r in enumerate(self.raws) if r.depth == 0)
        self._iv_starts = [a for a, _, _ in self.top_iv]
        self.quoted_chars = _alnum(self.text, [p for r in self.raws for p in r.parts])
        self.stoppers = {i for i, r in enumerate(self.raws) if r.depth == 0 and self._substantial(r)}
        for frames in self.frames:
            for f in frames:
                self._fix_inverted_subject(f)

    # -- quotations
    def _substantial(self, r: RawQuote) -> bool:
        """A quotation that ends a sentence's attribution window (not a nickname or a title)."""
        return _words(self.text, r.parts) >= 4 and not _is_title(self.text, r.parts)

    def _split_labels(self) -> None:
        """A quoted transcript over several paragraphs ("SMITH: ...", "JONES: ...") is one
        quotation per turn, each with its label as speaker."""
        text = self.text
        out: list[RawQuote] = []
        for r in self.raws:
            if r.depth > 0 or not r.parts:
                out.append(r)
                continue
            groups: list[list[tuple[int, int]]] = [[]]
            labels: list[tuple[int, int] | None] = [None]
            for s, e in r.parts:
                m = _LABEL.match(text, s, e)
                if m:
                    label = (m.start(1), m.end(1))
                    s = _trim(text, m.end(), e)[0]
                    if groups[-1]:
                        groups.append([])
                        labels.append(label)
                    else:
                        labels[-1] = label
                groups[-1].append((s, e))
            if len(groups) == 1:
                r.parts, r.label = groups[0], labels[0] or r.label  # a pull quote's credit line
                out.append(r)
                continue
            for g, lab in zip(groups, labels):
                nr = RawQuote(r.family, g[0][0] - 1, 0, None, [self.t.block_of(g[0][0]) or 0], list(g),
                              close=r.close if g is groups[-1] else None, label=lab)
                out.append(nr)
        if len(out) != len(self.raws):
            # parents of nested quotes: re-link by position
            tops = [i for i, r in enumerate(out) if r.depth == 0]
            for r in out:
                if r.depth > 0:
                    r.parent = next((i for i in tops if out[i].open < r.open < out[i].outer_end), None)
                    if r.parent is None:
                        r.depth = 0
        self.raws = out

    def top_quote_at(self, pos: int) -> int | None:
        k = bisect.bisect_right(self._iv_starts, pos) - 1
        if k >= 0:
            a, b, i = self.top_iv[k]
            if a <= pos < b:
                return i
        return None

    def inside_raw(self, ri: int, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.raws[ri].parts)

    def content_spans(self, f: Frame) -> list[tuple[int, int]]:
        return self.t.runs(f.block, f.content)

    def _attach(self, q: _Q, a: Attr) -> None:
        q.frame = a.frame
        q.source = a.source
        a.frame.used = True
        q.speaker = self.speaker_for(a.frame)
        q.cue = self.cue_for(a.frame)
        q.medium = self.medium_for(a.frame)

    def build(self) -> list[_Q]:
        text = self.text
        quotes: list[_Q] = []
        by_raw: dict[int, _Q] = {}
        by_frame: dict[int, _Q] = {}
        for i, r in enumerate(self.raws):
            if r.depth != 0:
                continue
            a = self.attribution(i)
            prev = quotes[-1] if quotes else None
            if a is not None and id(a.frame) in by_frame:
                other = by_frame[id(a.frame)]
                if a.how == "mixed" and other.kind == "mixed":
                    other.quoted.extend(r.parts)  # a second quoted phrase in the same clause
                    other.spans = self._mixed_spans(a.frame, r, other.spans)
                    by_raw[i] = other
                    continue
                if other.kind == "direct" and a.how == "direct" and self._same_paragraph(other, r):
                    # "'A,' he said, 'B.'": one quotation broken by its attribution
                    other.spans.extend(r.parts)
                    other.quoted.extend(r.parts)
                    by_raw[i] = other
                    continue
            if (a is None or a.source in ("next", "governor")) and prev is not None and \
                    self._continues_after_attribution(prev, r):
                prev.spans.extend(r.parts)
                prev.quoted.extend(r.parts)
                by_raw[i] = prev
                continue
            q = _Q("direct", list(r.parts), list(r.parts), raw=i)
            if a is not None:
                if a.how == "mixed":
                    q.kind = "mixed"
                    q.spans = self._mixed_spans(a.frame, r)
                self._attach(q, a)
                by_frame[id(a.frame)] = q
            quotes.append(q)
            by_raw[i] = q
        self._inherit(quotes)
        # a short quotation nobody is said to have said is a scare quote or a title
        kept = []
        for q in quotes:
            if q.kind == "direct" and q.speaker is None and q.frame is None:
                if _words(text, q.spans) < 4 or _is_title(text, q.spans) or self._is_markup(q):
                    continue
            kept.append(q)
        quotes = kept
        kept_ids = {id(q) for q in quotes}
        # nested quotations
        for i, r in enumerate(self.raws):
            if r.depth == 0 or r.parent is None:
                continue
            parent = by_raw.get(r.parent)
            if parent is None or id(parent) not in kept_ids:
                continue
            a = self.attribution(i, within=r.parent)
            if a is None and (_words(text, r.parts) < 6 or _is_title(text, r.parts)):
                continue
            q = _Q("direct", list(r.parts), list(r.parts), raw=i, parent=parent)
            if a is not None:
                self._attach(q, a)
            named = _self_named(text, r.parts)
            if named is not None:
                q.speaker = self._self_named_speaker(q.speaker, named)
            quotes.append(q)
            by_raw[i] = q
            kept_ids.add(id(q))
        quotes.extend(self._transcript_turns(quotes))
        # indirect speech: the frames left over
        for frames in self.frames:
            for f in frames:
                q = self._indirect(f)
                if q is not None:
                    quotes.append(q)
        return quotes

    def _transcript_turns(self, quotes: list[_Q]) -> list[_Q]:
        """An interview printed as a transcript: paragraphs opened by a speaker's tag, each
        turn running on over the untagged paragraphs after it. Each turn is a quotation of
        its speaker, so that the answers are the speaker's words, not the article's. Taken
        only for a conversation: three tagged paragraphs or more, two speakers or more, one of
        them speaking twice; "Note:", "Update:" or "Image:" name nobody."""
        text, blocks = self.text, self.doc.blocks
        tags: list[tuple[int, int, int, int] | None] = []  # per block: tag start, end, body start
        for b in blocks:
            m = _TURN_TAG.match(text, b.start, b.end) if b.kind in ("paragraph", "standfirst") else None
            g = ("a" if m.group("a") else "b") if m else None
            if m is None or m.end() >= b.end:
                tags.append(None)
            else:
                tags.append((m.start(g), m.end(g), m.end()))
        def key(t: tuple[int, int, int]) -> str:
            return re.sub(r"\s+", " ", text[t[0]:t[1]].strip()).casefold()

        tags = [t if t and key(t) not in _NOT_SPEAKER_TAGS else None for t in tags]
        seen = Counter(key(t) for t in tags if t)
        # "Empty Promises Exposed: ..." once is a heading; a speaker's tag recurs, or is set
        # off as a tag ("((Ada Price))", "ADA PRICE:")
        tags = [t if t and (seen[key(t)] >= 2 or text[t[0] - 2:t[0]] == "((" or text[t[0]:t[1]].isupper())
                else None for t in tags]
        counts = Counter(key(t) for t in tags if t)
        if sum(counts.values()) < 3 or len(counts) < 2 or max(counts.values()) < 2:
            return self._qa_turns(quotes)
        turns: list[_Q] = []
        current: _Q | None = None
        for bi, (b, t) in enumerate(zip(blocks, tags)):
            if t is None and not _SPOKEN.search(text, b.start, b.end):
                current = None  # third-person prose between or after the turns is the article's
            if t is not None:
                s0, e0, body = t
                current = _Q("direct", [(body, b.end)], [(body, b.end)], source="transcript")
                current.speaker = self._resolve(s0, e0, None, bi)
                if current.speaker.name is None:
                    current.speaker = Speaker(None, text[s0:e0].strip(), s0, e0, text[s0:e0])
                turns.append(current)
            elif current is not None and b.kind == "paragraph":
                current.spans.append((b.start, b.end))
                current.quoted.append((b.start, b.end))
            elif b.kind != "caption":
                current = None
        return self._adopt(turns, quotes)

    def _qa_turns(self, quotes: list[_Q]) -> list[_Q]:
        """Bare questions and answers: each answer a quotation of the interviewee."""
        found = qa_turns(self.doc, self.index)
        if found is None:
            return []
        who, answers = found
        m = who.mentions[0]
        turns = []
        for spans in answers:
            q = _Q("direct", list(spans), list(spans), source="transcript")
            q.speaker = Speaker(who.id, who.name, m.start, m.end, m.text)
            turns.append(q)
        return self._adopt(turns, quotes)

    def _adopt(self, turns: list[_Q], quotes: list[_Q]) -> list[_Q]:
        """Record an interview's turns as the transcript; a quotation inside an answer is
        quoted by the one answering."""
        self.transcript = sorted(span for t in turns for span in t.spans)
        for q in quotes:
            if q.parent is None:
                q.parent = next((t for t in turns if any(a <= q.start and q.end <= z for a, z in t.spans)), None)
        return turns

    def _indirect(self, f: Frame) -> _Q | None:
        if f.used or not f.content or f.kind not in ("verb", "according"):
            return None
        if f.kind == "verb" and f.lemma in QUOTE_ONLY:
            return None
        cs, _ = f.cue_span(self.t.base(f.block))
        if self.top_quote_at(cs) is not None:
            return None  # reported speech inside a quotation belongs to the quotation
        spans = self.content_spans(f)
        if not spans or _words(self.text, spans) < 3:
            return None
        chars = _alnum(self.text, spans)
        if not chars:
            return None
        inq = len(chars & self.quoted_chars) / len(chars)
        if inq > 0.9:
            return None  # all inside a quotation that has its own attribution
        q = _Q("mixed" if inq > 0 else "indirect", spans, [], source="indirect")
        self._attach(q, Attr(f, "indirect", "indirect"))
        return q

    def _is_markup(self, q: _Q) -> bool:
        s = q.start
        return "<" in self.text[max(0, s - 40):s] and "=" in self.text[max(0, s - 3):s]

    def _mixed_spans(self, f: Frame, r: RawQuote, base: list[tuple[int, int]] | None = None
                     ) -> list[tuple[int, int]]:
        spans = list(base) if base else self.content_spans(f)
        spans = spans + list(r.parts)
        lo = min(s for s, _ in spans)
        hi = max(e for _, e in spans)
        return [(lo, hi)]

    def _same_paragraph(self, q: _Q, r: RawQuote) -> bool:
        return self.t.block_of(q.end - 1) == self.t.block_of(r.open)

    def _continues_after_attribution(self, prev: _Q, r: RawQuote) -> bool:
        """'A,' he said. 'B.' - B continues A when only A's attribution sits between them."""
        if prev.frame is None or prev.raw is None or prev.source not in ("overlap", "window"):
            return False
        pr = self.raws[prev.raw]
        if pr.close is None or pr.close < 0 or pr.close > r.open:
            return False
        bi = self.t.block_of(pr.close)
        if bi is None or bi != self.t.block_of(r.open):
            return False
        cs, _ = prev.frame.cue_span(self.t.base(prev.frame.block))
        if not pr.close < cs < r.open:
            return False
        if any(pr.close < a < r.open for a in self._iv_starts):
            return False
        gap = self.text[pr.outer_end:r.open].strip()
        if not gap or gap[-1] not in ".,:;":
            return False
        # one sentence: no sentence end inside the gap but the last
        toks = self.t.tokens_in(bi, pr.outer_end, r.open)
        for j, tok in enumerate(toks[:-1]):
            if tok.text in (".", "!", "?") and j + 1 < len(toks) - 1 and toks[j + 1].is_sent_start:
                return False
        return True

    def _inherit(self, quotes: list[_Q]) -> None:
        """A paragraph that is all quotation, right after a quoted paragraph, has its speaker."""
        text = self.text
        last_in_block: dict[int, _Q] = {}
        for q in quotes:
            bi = self.t.block_of(q.start)
            if bi is None:
                continue
            if q.speaker is None and q.frame is None and q.kind == "direct" and q.raw is not None:
                r = self.raws[q.raw]
                b = self.doc.blocks[bi]
                after = text[r.outer_end:b.end] if r.close is not None and r.close >= 0 else ""
                whole = not text[b.start:r.open].strip() and not after.strip(" .,;\u00a0")
                prev = last_in_block.get(bi - 1)
                if whole and prev is not None and prev.speaker is not None and prev.kind in ("direct", "mixed"):
                    q.speaker, q.medium, q.source = prev.speaker, prev.medium, "inherited"
            end_block = self.t.block_of(q.end - 1)
            last_in_block[end_block if end_block is not None else bi] = q
