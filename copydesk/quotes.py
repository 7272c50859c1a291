"""quotes stage: who said what.

Fills ``doc.quotes`` with every quotation in the article, direct, indirect or mixed, with
its speaker, its cue and, where the text says so, the medium. Runs after the entities stage
(its index resolves "he" and "the general") and before claims.

How it works
------------

1. **Quote marks** (``scan_marks``). Every straight or curly, single or double mark in each
   block is classified from its neighbours: an apostrophe (a mark between two letters:
   don't, Iran's, even a misdirected ``Iran‘s``; a dropped figure or letter: ’80s, 'em,
   rock ’n’ roll), an opening mark (after a space, a bracket or a dash, before a word), a
   closing mark (after punctuation), or an ambiguous one (after a letter, before a space:
   ``James’ book`` or ``‘hijab’ rules``). Marks are paired with a stack, so a quote inside
   a quote gets its own span and a parent; an ambiguous mark closes an open single quote
   only when no later mark in the paragraph would. An opening mark still open at the end
   of a paragraph continues in the next paragraph when that paragraph opens with a mark of
   the same kind (the news convention for a quotation over several paragraphs); otherwise
   it is left unclosed. What does not balance is kept in ``doc.extras["quote_marks"]``
   for CD701.

2. **Attribution frames** (``_frames``), from the dependency parse: a reporting verb (say,
   tell, add, warn, deny, write, tweet, ...; spaCy lemmas) with its subject as the speaker
   and its clausal complement (``ccomp``, with "that") as the content; a reporting verb
   standing inside the clause it reports (``parataxis``: "The plan, officials said, was
   dropped"), whose content is the rest of that clause; and "according to X". "believe"
   and "think" report a belief, not speech; they are kept (``cognition=True``) because on
   the PolNeAR dev and train samples they add recall on attributed beliefs without costing
   precision on quotations or reported speech.

3. **Direct quotes** are attached to a frame: one whose content overlaps the quotation, or
   a cue with no content of its own in the quotation's sentence, before it ("He said:") or
   after it (", he said."). Failing that: a colon before the quotation ("X made this
   point: ..."; a "He said:" paragraph), a dash after it ("― Name"), a transcript label
   ("SMITH: ..."), a sentence right after it that is only an attribution ("said X."), the
   verb that governs a quoted phrase ("She called the plan “a disaster”"), or, for a
   paragraph that is all quotation right after another quoted paragraph, that paragraph's
   speaker. When the frame's content has words of its own around the quotation ("He said
   the firm had “failed”") the two become one *mixed* quote. A quotation broken by its
   attribution ("'A,' he said. 'B.'") is one Quote with two ``parts``. A short quotation
   nobody is said to have said (a scare quote, a title) is not a quote.

4. **Indirect quotes**: every frame left over whose content is a clause of its own.

5. **Speakers**: the subject noun phrase as written (``speaker.start/end``: "he", "a senior
   Iraqi official", "Kenneth Pollack"), resolved through the entity index when the entities
   stage left one in ``doc.extras["entity_index"]``; indefinite or plural descriptions ("a
   senior official", "US officials", "sources") stay unnamed. "I, Y" inside a nested
   quotation names its speaker. First-person pronouns inside a quotation are added to the
   index as mentions of its speaker.

6. **Medium**: a prepositional phrase or dative on the cue verb naming an organisation
   (NER) or a medium noun: "told the BBC", "in a profile for Time", "in an interview aired
   on Iranian state television", "in a statement", "on Twitter".
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable

from .document import Document
from .model import Mention, Quote, Span, Speaker
from .nlp import ents_of, tokens_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# --------------------------------------------------------------------------------------
# Quote marks

DOUBLE_MARKS = frozenset('"“”„‟«»')
SINGLE_MARKS = frozenset("'‘’‚‛")
ALL_MARKS = DOUBLE_MARKS | SINGLE_MARKS
_OPEN_GLYPH = frozenset("“„‟«‘‚‛")
_CLOSE_GLYPH = frozenset("”»’")
_OPENING_CONTEXT = frozenset("([{<—–-/\u2015")
_CLOSING_PUNCT = frozenset(".,;:!?…)]}—–-\u2015")
# What may follow a closing mark but never starts a quotation.
_AFTER_CLOSE = frozenset(".,;:!?)]}")
# Words that begin with a dropped letter: 'em, 'til, 'cause, 'n' ...
_ELISION = re.compile(r"(?:em|til|cause|cos|tis|twas|bout|round|n|nother|kay|cuz|specially|cept)\b", re.I)
_DECADE = re.compile(r"\d\d(?:s\b|\b)")
# A transcript speaker label opening a paragraph: "SMITH: ..."
_LABEL = re.compile(r"\s*([A-Z][A-Z.'’\- ]{1,30}[A-Z])\s*:\s")
# Labels that open a paragraph but name no speaker.
_NOT_SPEAKER_TAGS = frozenset({"image", "images", "photo", "photos", "picture", "video", "note", "notes",
                               "update", "updated", "source", "sources", "correction", "clarification",
                               "credit", "credits", "caption", "editor's note", "editor’s note", "see also",
                               "read more", "related", "watch", "listen", "warning", "disclaimer"})
# Words of the first and second person: talk, not report.
_SPOKEN = re.compile(r"\bI\b|\b(?i:me|my|we|us|our|you|your)\b")
# A speaker's tag opening a paragraph of an interview transcript: "((Ada Price)) ...",
# "ADA PRICE: ...", "Ada Price: ...", "Q: ...".
_TURN_TAG = re.compile(r"\(\((?P<a>[^()\n]{1,60})\)\)\s*(?::\s*)?|(?P<b>(?:[A-Z][\w.'’\-]*\s){0,3}[A-Z][\w.'’\-]*)\s*:\s+")


@dataclass
class Mark:
    pos: int
    char: str
    family: str  # "d" double, "s" single
    role: str  # open | close | ambig | either | apos | stray
    width: int = 1  # 2 for a double mark typed as two single ones ('' or ``)


@dataclass
class RawQuote:
    """A stretch of text between paired quote marks (possibly over several paragraphs)."""

    family: str
    open: int  # position of the opening mark
    depth: int
    parent: int | None  # index of the enclosing RawQuote
    blocks: list[int]
    parts: list[tuple[int, int]] = field(default_factory=list)  # content without the marks
    close: int | None = None  # position of the closing mark; -1 when discarded
    close_w: int = 1  # width of the closing mark
    unclosed: bool = False
    cur: int = 0  # start of the part being read
    label: tuple[int, int] | None = None  # a transcript label ("SMITH") cut off the content

    @property
    def start(self) -> int:
        return self.parts[0][0] if self.parts else self.open + 1

    @property
    def end(self) -> int:
        return self.parts[-1][1] if self.parts else self.open + 1

    @property
    def outer_end(self) -> int:
        """Just after the closing mark (the content's end when unclosed)."""
        return self.close + self.close_w if self.close is not None and self.close >= 0 else self.end


@dataclass
class MarkProblem:
    kind: str  # unclosed | stray-close | mismatched | missing-continuation
    positions: list[int]
    message: str
    block: int


def classify_mark(text: str, p: int, lo: int, hi: int, width: int = 1) -> Mark:
    """What the quote-like character at ``p`` is, from its neighbours within [lo, hi)."""
    ch = text[p]
    prev = text[p - 1] if p > lo else None
    nxt = text[p + width] if p + width < hi else None
    if width == 2:
        ch = text[p:p + 2]
    elif ch in SINGLE_MARKS:
        if prev is not None and nxt is not None and prev.isalnum() and nxt.isalnum():
            return Mark(p, ch, "s", "apos")  # don't, Iran's, Iran‘s
        if nxt is not None and nxt.isdigit() and _DECADE.match(text, p + 1, hi) and not (
                prev is not None and prev.isalnum()):
            return Mark(p, ch, "s", "apos")  # ’80s, '16
        if (prev is None or not prev.isalnum()) and ch != "‘":
            m = _ELISION.match(text, p + 1, hi)
            if m and (m.end() >= hi or not text[m.end()].isalnum()):
                return Mark(p, ch, "s", "apos")  # 'em, 'til, 'n'
        if (prev is not None and prev.isalnum() and p - 2 >= lo and text[p - 2] in SINGLE_MARKS
                and (p - 3 < lo or text[p - 3].isspace())):
            return Mark(p, ch, "s", "apos")  # the second mark of ’n’
        opening = prev is None or prev.isspace() or prev in _OPENING_CONTEXT or prev in DOUBLE_MARKS
        if opening and nxt is not None and not nxt.isspace():
            if prev in DOUBLE_MARKS and prev in _CLOSE_GLYPH and not nxt.isalnum():
                return Mark(p, ch, "s", "close")  # ”’ closes both
            return Mark(p, ch, "s", "open")
        if prev is not None and not prev.isspace():
            if prev.isalnum():
                return Mark(p, ch, "s", "ambig")
            if nxt is None or nxt.isspace() or nxt in _CLOSING_PUNCT or nxt in ALL_MARKS:
                return Mark(p, ch, "s", "close")
            return Mark(p, ch, "s", "ambig")
        return Mark(p, ch, "s", "stray")
    opening = prev is None or prev.isspace() or prev in _OPENING_CONTEXT or (prev in _OPEN_GLYPH and prev in
                                                                              SINGLE_MARKS)
    if ch == '"' and (prev is None or prev.isspace()) and _ELLIPSIS_AFTER.match(text, p + width, hi):
        return Mark(p, ch, "d", "open", width)  # '". . . You're going to want', a quotation cut in
    if ch == '"' and prev is not None and prev.isspace() and nxt is not None and nxt in _AFTER_CLOSE \
            and text[p + 1:p + 3] != "..":  # '"...not recognise"' opens with an ellipsis
        return Mark(p, ch, "d", "close", width)  # 'a quoted 'word' ",': nothing follows it to quote
    if (opening and nxt is not None and not nxt.isspace()) or (prev is None and nxt is not None):
        return Mark(p, ch, "d", "open", width)
    if prev is not None and not prev.isspace() and (nxt is None or not nxt.isalnum()):
        return Mark(p, ch, "d", "close", width)
    if ch in _OPEN_GLYPH or ch == "``":
        return Mark(p, ch, "d", "open", width)
    if ch in _CLOSE_GLYPH:
        return Mark(p, ch, "d", "close", width)
    return Mark(p, ch, "d", "either", width)


_ELLIPSIS_AFTER = re.compile(r"\s?(?:\.\s?\.\s?\.|…)\s?\w")
_FEET_INCHES = re.compile(r"\d['’′]\d{1,2}[\"”″]")
TRIPLE = "'" * 3
_DOUBLED = frozenset(("''", "``", "‘‘", "’’", "‘’"))  # wiki italics typed as '' come out as ‘’


_MARKUP = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[\w-]+=(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]*))*\s*/?>")


def _block_marks(text: str, lo: int, hi: int) -> list[Mark]:
    out: list[Mark] = []
    measures = {m.start() + k for m in _FEET_INCHES.finditer(text, lo, hi) for k in (1, 3, 4)}
    # embed code pasted into copy (<tweet author="...">): its quote marks are not prose
    markup = [(m.start(), m.end()) for m in _MARKUP.finditer(text, lo, hi)] if "<" in text[lo:hi] else []
    p = lo
    while p < hi:
        if markup and any(a <= p < b for a, b in markup):
            p += 1
            continue
        ch = text[p]
        if ch in ALL_MARKS or ch == "`":
            if p in measures:
                out.append(Mark(p, ch, "s" if ch in SINGLE_MARKS else "d", "stray"))
            elif text[p:p + 3] == TRIPLE and p + 2 < hi and p > lo and not text[p - 1].isspace():
                # "one of us,''' Mr. English said": a single mark closes inside the double ('' typed for ")
                out.append(classify_mark(text, p, lo, hi))
                out.append(classify_mark(text, p + 1, lo, hi, 2))
                p += 3
                continue
            elif text[p:p + 2] in _DOUBLED and p + 1 < hi:
                out.append(classify_mark(text, p, lo, hi, 2))  # '' typed for a double mark
                p += 2
                continue
            elif ch != "`":
                out.append(classify_mark(text, p, lo, hi))
        p += 1
    return out


def _first_mark(text: str, lo: int, hi: int) -> Mark | None:
    """The opening mark a paragraph starts with, if any."""
    p = lo
    while p < hi and text[p].isspace():
        p += 1
    if p < hi and text[p] in ALL_MARKS:
        m = _block_marks(text, p, hi)[0]
        if m.pos == p and m.role in ("open", "either"):
            return m
    return None


_SENTENCE_END = re.compile(r"[.!?…][)\]]?\s+$")


def _after_sentence_end(text: str, lo: int, pos: int) -> bool:
    """The mark follows a full stop (or ! ? …) and a space: where a paragraph would begin."""
    return bool(_SENTENCE_END.search(text, max(lo, pos - 4), pos))


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


class _Scanner:
    """Pairs the marks of all blocks, in order, with one stack carried over paragraphs."""

    def __init__(self, text: str, blocks: list):
        self.text = text
        self.blocks = blocks
        self.raws: list[RawQuote] = []
        self.problems: list[MarkProblem] = []
        self.stack: list[int] = []

    def run(self) -> tuple[list[RawQuote], list[MarkProblem]]:
        carried: int | None = None  # the opening mark of a continued quotation, already consumed
        for bi, block in enumerate(self.blocks):
            carried = self._block(bi, block.start, block.end, carried)
        return self._finish(), self.problems

    def _problem(self, kind: str, positions: list[int], message: str, bi: int) -> None:
        self.problems.append(MarkProblem(kind, positions, message, bi))

    def _open(self, m: Mark, bi: int) -> None:
        parent = self.stack[-1] if self.stack else None
        self.raws.append(RawQuote(m.family, m.pos, len(self.stack), parent, [bi], cur=m.pos + m.width))
        self.stack.append(len(self.raws) - 1)

    def _drop_above(self, idx: int, pos: int, bi: int) -> None:
        """Quotations opened inside ``idx`` and never closed: singles were apostrophes."""
        while self.stack and self.stack[-1] != idx:
            inner = self.raws[self.stack.pop()]
            if inner.family == "d":
                inner.parts.append(_trim(self.text, inner.cur, pos))
                inner.unclosed = True
                self._problem("unclosed", [inner.open], "opening quote mark is never closed", bi)
            else:
                inner.parts, inner.close = [], -1

    def _close(self, idx: int, pos: int, bi: int, width: int = 1) -> None:
        self._drop_above(idx, pos, bi)
        rq = self.raws[self.stack.pop()]
        rq.parts.append(_trim(self.text, rq.cur, pos))
        rq.close, rq.close_w = pos, width

    def _block(self, bi: int, lo: int, hi: int, carried: int | None) -> int | None:
        text, raws = self.text, self.raws
        marks = _block_marks(text, lo, hi)
        strays: list[Mark] = []
        for k, m in enumerate(marks):
            if m.pos == carried or m.role in ("apos", "stray"):
                continue
            role = m.role
            open_same = [i for i in self.stack if raws[i].family == m.family]
            if role == "either":
                role = "close" if open_same else "open"
            if role == "ambig":
                if not self.stack or raws[self.stack[-1]].family != "s" or _later_single_close(marks, k):
                    continue  # an apostrophe: James’ book, or a later mark closes the quotation
                role = "close"
            if role == "open" and m.family == "d" and open_same:
                # a double inside an open double: nested (two closers follow), or misdirected
                rest = [x for x in marks[k + 1:] if x.family == "d" and x.role not in ("apos", "stray")]
                closers = sum(1 for x in rest if x.role in ("close", "either"))
                openers = sum(1 for x in rest if x.role == "open")
                outer = raws[open_same[-1]]
                carried_in = outer.blocks[0] != bi  # a quotation running over paragraphs
                other_style = (text[outer.open] == '"') != (m.char == '"')
                if closers - openers >= 2 or (closers - openers >= 1 and (carried_in or other_style)):
                    self._open(m, bi)
                    continue
                if m.char in _CLOSE_GLYPH or (m.pos > lo and text[m.pos - 1] in ".,!?…"):
                    role = "close"
                elif _after_sentence_end(text, lo, m.pos):
                    # a quotation over several paragraphs whose breaks were lost: the mark that
                    # reopened the next paragraph now sits mid-paragraph after a full stop
                    j = open_same[-1]
                    self._drop_above(j, m.pos, bi)
                    rq = raws[j]
                    rq.parts.append(_trim(text, rq.cur, m.pos))
                    rq.cur = m.pos + m.width
                    continue
                else:
                    j = open_same[-1]
                    self._drop_above(j, m.pos, bi)
                    rq = raws[self.stack.pop()]
                    rq.parts.append(_trim(text, rq.cur, m.pos))
                    rq.unclosed = True
                    self._problem("unclosed", [rq.open], "opening quote mark is never closed", bi)
            if role == "open":
                self._open(m, bi)
                continue
            if not open_same:
                if not (m.family == "s" and m.role == "ambig"):
                    strays.append(m)
                continue
            self._close(open_same[-1], m.pos, bi, m.width)
        # a stray closer of the other kind closes a quotation left open: “A,’ he said.
        for m in strays[:]:
            opener = next((raws[i] for i in reversed(self.stack) if raws[i].open < m.pos), None)
            if opener is not None and opener.family != m.family and _definite_close(text, m.pos) \
                    and not _closes_later(text, opener, m.pos, hi):
                self._problem("mismatched", [opener.open, m.pos],
                              f"quotation opened with {text[opener.open]} is closed with {m.char}", bi)
                self._close(raws.index(opener), m.pos, bi)
                strays.remove(m)
        carried = None
        if self.stack:
            carried = self._end_of_paragraph(bi, lo, hi)
        for m in strays:
            if m.family == "s" and not _definite_close(text, m.pos):
                continue
            self._problem("stray-close", [m.pos], "closing quote mark with no opening mark", bi)
        return carried

    def _end_of_paragraph(self, bi: int, lo: int, hi: int) -> int | None:
        text, raws = self.text, self.raws
        nxt = self.blocks[bi + 1] if bi + 1 < len(self.blocks) else None
        bottom = raws[self.stack[0]]
        usable = nxt is not None and nxt.kind != "headline"
        cont = _first_mark(text, nxt.start, nxt.end) if usable else None
        if cont is not None and cont.family == bottom.family:
            # the quotation runs on into the next paragraph, which opens with a mark
            bottom.parts.append(_trim(text, bottom.cur, hi))
            bottom.cur = cont.pos + cont.width
            bottom.blocks.append(bi + 1)
            for i in self.stack[1:]:
                inner = raws[i]
                if inner.family == "s":
                    inner.parts, inner.close = [], -1
                else:
                    inner.parts.append(_trim(text, inner.cur, hi))
                    inner.unclosed = True
            self.stack = self.stack[:1]
            return cont.pos
        if usable and bottom.family == "d" and _stray_close_in(text, nxt.start, nxt.end, "d"):
            # the next paragraph closes it but was not opened with a mark
            self._problem("missing-continuation", [bottom.open, nxt.start],
                          "quotation runs into the next paragraph, which does not open with a quote mark", bi)
            bottom.parts.append(_trim(text, bottom.cur, hi))
            bottom.cur = nxt.start
            bottom.blocks.append(bi + 1)
            for i in self.stack[1:]:
                raws[i].parts, raws[i].close = [], -1
            self.stack = self.stack[:1]
            return None
        for i in self.stack:
            rq = raws[i]
            if rq.family == "s" and not _real_single_open(text, rq, lo):
                rq.parts, rq.close = [], -1
                continue
            rq.parts.append(_trim(text, rq.cur, hi))
            rq.unclosed = True
            self._problem("unclosed", [rq.open], "opening quote mark is never closed", bi)
        self.stack = []
        return None

    def _finish(self) -> list[RawQuote]:
        text, blocks = self.text, self.blocks
        for rq in self.raws:
            if rq.close is None and not rq.unclosed and rq.parts is not None and rq.close != -1:
                if rq.cur and rq.blocks and len(rq.parts) < len(rq.blocks):
                    # carried into a paragraph without an opening mark: close at its first closer
                    b = blocks[rq.blocks[-1]]
                    closer = next((m for m in _block_marks(text, b.start, b.end) if m.family == rq.family and
                                   m.role in ("close", "either") and m.pos >= rq.cur), None)
                    if closer is None:
                        rq.parts.append(_trim(text, rq.cur, b.end))
                        rq.unclosed = True
                    else:
                        rq.parts.append(_trim(text, rq.cur, closer.pos))
                        rq.close, rq.close_w = closer.pos, closer.width
        keep = []
        for rq in self.raws:
            rq.parts = [p for p in rq.parts if p[1] > p[0]]
            keep.append(rq.close != -1 and bool(rq.parts))
        new_index: dict[int, int] = {}
        out: list[RawQuote] = []
        for i, rq in enumerate(self.raws):
            if keep[i]:
                new_index[i] = len(out)
                out.append(rq)
        for rq in out:
            p = rq.parent
            while p is not None and p not in new_index:
                p = self.raws[p].parent
            rq.parent = new_index.get(p) if p is not None else None
            depth, q = 0, rq.parent
            while q is not None:
                depth += 1
                q = out[q].parent
            rq.depth = depth
        return out


def scan_marks(text: str, blocks: list) -> tuple[list[RawQuote], list[MarkProblem]]:
    """Pair the quote marks of all blocks; return the quotations and the marks that do not balance."""
    return _Scanner(text, blocks).run()


def _later_single_close(marks: list[Mark], k: int) -> bool:
    """Whether a later single mark in the block (before the next single opening) would close."""
    for m in marks[k + 1:]:
        if m.family != "s" or m.role in ("apos", "stray"):
            continue
        return m.role in ("close", "ambig")
    return False


def _definite_close(text: str, p: int) -> bool:
    prev = text[p - 1] if p > 0 else None
    return prev is not None and (prev in ".,!?…;:" or prev in ALL_MARKS)


def _closes_later(text: str, rq: RawQuote, p: int, hi: int) -> bool:
    for q in range(p + 1, hi):
        if text[q] in ALL_MARKS:
            m = classify_mark(text, q, 0, hi)
            if m.family == rq.family and m.role in ("close", "either", "ambig"):
                return True
    return False


def _stray_close_in(text: str, lo: int, hi: int, family: str) -> bool:
    """Whether the paragraph has a closing mark of ``family`` before any opening one."""
    for m in _block_marks(text, lo, hi):
        if m.family != family or m.role in ("apos", "stray", "ambig"):
            continue
        return m.role == "close"
    return False


def _real_single_open(text: str, rq: RawQuote, lo: int) -> bool:
    """An unclosed single mark is a quotation only at a paragraph start or after a colon or comma."""
    if rq.depth > 0:
        return False
    before = text[lo:rq.open].rstrip()
    return not before or before[-1] in ":,—–-\u2015"


# --------------------------------------------------------------------------------------
# The parse: reporting verbs and their frames

REPORTING = frozenset("""
say tell add claim deny warn insist accuse recount report write announce argue state note explain
confirm suggest predict acknowledge allege admit assert declare stress emphasize emphasise maintain
contend reveal recall respond reply testify concede caution complain charge tweet observe remark
comment point indicate promise pledge vow conclude disclose assure boast brag mention reiterate
inform notify counter retort proclaim confess speculate hint imply posit ask estimate find show cite
blog post describe call dub label brand term characterize characterise question urge
""".split())
# Speech verbs that go with a quotation but never carry a reported clause of their own.
QUOTE_ONLY = frozenset("""
continue sing chant read demand wonder plead beg muse sigh laugh snap fume gush interject interrupt
scream shout yell cry whisper exclaim concur joke quip quote rant thunder
""".split())
# Verbs whose object says what was said about someone: "called it “a disaster”".
_NAMING = frozenset("call describe dub label brand term characterize characterise".split())
# Verbs whose noun object can be what was said: "denied the report", "confirmed the deal".
_OBJECT_CONTENT = frozenset("deny confirm announce acknowledge admit allege claim predict reveal "
                            "report disclose promise pledge vow cite mention question urge".split())
_COGNITION = frozenset("believe think".split())
# Verbs whose object is the one spoken to: "told the host", "asked reporters".
_HEARER = frozenset("tell ask remind assure inform warn urge promise reassure advise notify".split())
PRONOUNS = frozenset("he she they it we i you who that which this these those him her them".split())
_INDEFINITE = frozenset("a an one another some several many two three four five few various other "
                        "multiple numerous".split())
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT"})
_MEDIA_NOUNS = frozenset("""
interview statement profile tweet post op-ed oped column article letter speech email e-mail video
podcast broadcast appearance briefing conference memo essay editorial blog television tv radio
newspaper magazine show program programme documentary network channel station website site
message release announcement book commentary newsletter livestream
""".split())
_OUTLET_NOUNS = frozenset("television tv radio newspaper magazine network channel station website "
                          "broadcaster outlet agency".split())
_PLATFORM = {"tweet": "Twitter", "tweets": "Twitter", "retweet": "Twitter"}
# Platforms a statement is posted on: "said on Twitter", "wrote on Facebook".
_PLATFORMS = {p.lower(): p for p in "Twitter Facebook Instagram YouTube TikTok LinkedIn Reddit Telegram "
              "WhatsApp Snapchat Threads Bluesky Mastodon Weibo WeChat".split()}
_NOT_SPEAKERS = frozenset("it this that there which what something nothing everything".split())
_LIGHT_VERBS = frozenset("be have become seem remain appear get do".split())


@dataclass
class Frame:
    """A reporting clause: the cue, its speaker and its content (token indexes in one block)."""

    block: int
    cue: list["Token"]
    speaker: "Token | None"
    content: set[int]
    kind: str = "verb"  # verb | according | colon | dash | label | governor
    verb: "Token | None" = None
    speaker_span: tuple[int, int] | None = None
    used: bool = False

    def cue_span(self, base: int) -> tuple[int, int]:
        return base + min(t.idx for t in self.cue), base + max(t.idx + len(t) for t in self.cue)

    @property
    def lemma(self) -> str:
        return self.verb.lemma_.lower() if self.verb is not None else ""


@dataclass
class Attr:
    frame: Frame
    how: str  # direct | mixed
    source: str  # overlap | window | colon | dash | label | next | governor


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


def _is_passive(tok: "Token") -> bool:
    deps = {c.dep_ for c in tok.children}
    return bool(deps & {"auxpass", "nsubjpass"}) and "agent" not in deps


def _is_cue_verb(tok: "Token", cognition: bool) -> bool:
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    if lemma in _COGNITION:
        ok = cognition
    else:
        ok = lemma in REPORTING or lemma in QUOTE_ONLY
    return ok and not _is_passive(tok)


def _subject(verb: "Token", depth: int = 0) -> "Token | None":
    """The subject of a verb, inherited by a coordinated, adverbial or participle clause."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            return None if c.lower_ in ("it", "there") and depth == 0 and _is_passive(verb) else c
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    if depth >= 3 or verb.head.i == verb.i:
        return None
    head = verb.head
    if verb.dep_ in ("conj", "xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
        return _subject(head, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return _subject(head.head, depth + 1)  # "responded by saying", "began by saying"
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON",):
            return head  # "footage of Senator Moreau asking, ..."
        for c in head.children:  # "a message from the general acknowledging ..."
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                for g in c.children:
                    if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in _NAME_LABELS):
                        return g
        if head.dep_ == "dobj" and head.head.pos_ == "VERB":  # "issued a statement calling ..."
            return _subject(head.head, depth + 1)
    return None


def _subtree_idx(tok: "Token") -> set[int]:
    return {t.i for t in tok.subtree}


def _verb_frame(v: "Token", bi: int, cue_ids: set[int]) -> Frame:
    lemma = v.lemma_.lower()
    content: set[int] = set()
    cue = [v] + [c for c in v.children if c.dep_ == "prt"]
    if lemma in QUOTE_ONLY:
        return Frame(bi, cue, _subject(v), content, "verb", v)
    for c in v.children:
        if c.dep_ == "ccomp":
            content |= _subtree_idx(c)
    if not content and lemma not in _NAMING:
        # "says things such as, “...”": an object that holds a quotation
        for c in v.children:
            if c.dep_ == "dobj" and any(x.text in ALL_MARKS for x in c.subtree):
                content |= _subtree_idx(c)
    if not content and lemma in _OBJECT_CONTENT and v.dep_ != "relcl":
        for c in v.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives"):
                continue  # "the storm claimed 3,000 lives": a toll, not a statement
            if c.dep_ in ("xcomp", "dobj") and sum(1 for x in c.subtree if x.is_alpha) >= 3:
                content |= _subtree_idx(c)
    if not content and lemma in _NAMING:
        # called the plan “a disaster”; described it as “a mess”
        objs = [c for c in v.children if c.dep_ in ("dobj", "oprd", "xcomp")]
        preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "as"]
        if objs and (preps or any(c.dep_ in ("oprd", "xcomp") for c in objs)):
            for c in objs + preps:
                content |= _subtree_idx(c)
    if not content and lemma in ("accuse", "warn", "charge", "complain", "caution", "call"):
        for c in v.children:
            if c.dep_ == "prep" and (c.lower_ in ("of", "about", "against") or (lemma == "call" and c.lower_ == "for")):
                content |= {i for g in c.children if g.dep_ in ("pobj", "pcomp") for i in _subtree_idx(g)}
    if not content and v.dep_ in ("parataxis", "ccomp") and v.head.i != v.i and v.i > v.head.left_edge.i \
            and v.head.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
        # standing inside the clause it reports: "The plan, officials said, was dropped."
        deps = {c.dep_ for c in v.children}
        if "nsubj" in deps and not deps & {"dobj", "mark", "xcomp", "dative"} and lemma not in _NAMING:
            head = v.head
            content = _subtree_idx(head) - _subtree_idx(v)
            for c in head.children:
                if (c.i > v.i and c.dep_ in ("advcl", "conj", "cc")) or (c.i in cue_ids and c.i != v.i):
                    content -= _subtree_idx(c)
    # another report inside the content with its own clause ("..., while pledging that ...") is its own
    for i in list(content):
        tok = v.doc[i]
        adverbial = any(c.dep_ == "mark" and c.lower_ in ("while", "as", "after", "before", "when", "because")
                        for c in tok.children)
        if i in cue_ids and i != v.i and (tok.dep_ in ("advcl", "conj") or adverbial) and i in content:
            content -= _subtree_idx(tok)
    speaker = _subject(v)
    if speaker is not None and speaker.i in content:
        content -= _subtree_idx(speaker)
    content.discard(v.i)
    return Frame(bi, cue, speaker, content, "verb", v)


def _according_frame(tok: "Token", bi: int) -> Frame | None:
    d = tok.doc
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None and tok.i + 1 < len(d) and d[tok.i + 1].lower_ == "to":
        to = d[tok.i + 1]
    if to is None:
        return None
    src = next((c for c in to.children if c.dep_ == "pobj"), None)
    head = tok.head
    steps = 0
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and steps < 6:
        head = head.head
        steps += 1
    if head.i == tok.i or head.pos_ not in ("VERB", "AUX"):
        idxs = {x.i for x in tok.sent}
    else:
        idxs = _subtree_idx(head)
    idxs -= _subtree_idx(tok)
    idxs.discard(to.i)
    return Frame(bi, [tok, to], src, idxs, "according")


def _frames(t: _Text, bi: int, cognition: bool) -> list[Frame]:
    d = t.docs[bi]
    cue_verbs = [tok for tok in tokens_of(d) if _is_cue_verb(tok, cognition)]
    cue_ids = {tok.i for tok in cue_verbs}
    frames = [_verb_frame(v, bi, cue_ids) for v in cue_verbs]
    for tok in d:
        if tok.lower_ == "according":
            f = _according_frame(tok, bi)
            if f is not None:
                frames.append(f)
    return frames


def _np_span(t: _Text, bi: int, head: "Token") -> tuple[int, int]:
    """The speaker as written: a pronoun, the name (entity) or the noun phrase."""
    d = t.docs[bi]
    if head.pos_ == "PRON" or head.lower_ in PRONOUNS:
        return t.tok_start(bi, head), t.tok_end(bi, head)
    if head.ent_type_ in _NAME_LABELS:
        for ent in ents_of(d):
            if ent.start <= head.i < ent.end:
                first = ent.start
                while first < ent.end - 1 and d[first].lower_ == "the":
                    first += 1
                last = ent.end - 1
                while last > first and d[last].tag_ == "POS":
                    last -= 1
                return t.tok_start(bi, d[first]), t.tok_end(bi, d[last])
    left = head.i
    for c in head.lefts:
        if c.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod", "advmod", "quantmod", "npadvmod",
                      "predet", "case", "punct", "cc", "conj"):
            left = min(left, c.left_edge.i)
    while left < head.i and (d[left].is_punct or d[left].lower_ in ("and", "but")):
        left += 1
    right = head.i
    for c in head.rights:
        if c.dep_ in ("prep", "compound", "nummod", "cc", "conj") and not any(
                d[j].text == "," for j in range(right + 1, c.i)):
            if c.dep_ == "prep" and c.lower_ not in ("of", "for", "in", "at", "with", "from", "on"):
                continue
            right = max(right, c.right_edge.i)
    while right > head.i and (d[right].is_punct or d[right].tag_ == "POS"):
        right -= 1
    return t.tok_start(bi, d[left]), t.tok_end(bi, d[right])


# --------------------------------------------------------------------------------------
# Building quotes


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


class _Builder:
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
                r.parts, r.label = groups[0], labels[0]
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

    def _fix_inverted_subject(self, f: Frame) -> None:
        """“..., the cost is clear,” said the minister: a subject inside the quotation is a
        misparse; "Said Ellis: ..." has its subject after the verb."""
        v = f.verb
        if v is None or f.kind != "verb":
            return
        bi = f.block
        cq = self.top_quote_at(self.t.tok_start(bi, v))
        if f.speaker is not None:
            q = self.top_quote_at(self.t.tok_start(bi, f.speaker))
            if q is None or q == cq:
                return
        elif any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) or v.dep_ not in ("ROOT", "parataxis",
                                                                                          "ccomp"):
            return
        f.speaker = None
        for c in v.children:
            if c.dep_ == "nsubj" and self.top_quote_at(self.t.tok_start(bi, c)) is None:
                f.speaker = c
                return
        for c in v.children:
            if c.i > v.i and c.dep_ in ("nsubj", "dobj", "npadvmod", "attr", "appos", "oprd", "dative",
                                        "conj") and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG")):
                if self.top_quote_at(self.t.tok_start(bi, c)) is None:
                    f.speaker = c
                    return
        # “A,” said the coach, Anna Lind, “B.”: the parser hung the speaker on the second quotation
        d = v.doc
        for j in range(v.i + 1, min(len(d), v.i + 12)):
            tok = d[j]
            if self.top_quote_at(self.t.tok_start(bi, tok)) is not None or tok.text in (".", ";", ":"):
                break
            if tok.pos_ in ("NOUN", "PROPN") and self.top_quote_at(self.t.tok_start(bi, tok.head)) is not None:
                f.speaker = tok
                f.content -= {x.i for x in tok.subtree if self.top_quote_at(self.t.tok_start(bi, x)) is None}
                return

    # -- speakers
    def speaker_for(self, f: Frame) -> Speaker | None:
        if f.speaker_span is not None:
            s, e = f.speaker_span
            return self._resolve(s, e, None, f.block)
        if f.speaker is None:
            return None
        tok, bi = f.speaker, f.block
        if tok.lower_ in ("who", "that", "which") and tok.head.dep_ == "relcl":
            s, e = self.t.tok_start(bi, tok), self.t.tok_end(bi, tok)
            ante = tok.head.head
            sp = self._resolve(*_np_span(self.t, bi, ante), ante, bi)
            return Speaker(sp.entity, sp.name, s, e, self.text[s:e])
        if tok.lower_ in _NOT_SPEAKERS and not (tok.lower_ == "it" and f.kind == "verb"):
            return None
        s, e = _np_span(self.t, bi, tok)
        if tok.pos_ == "NOUN":
            # "the treasurer, Paulo Mendes, said": the name in apposition is who it is
            for c in tok.rights:
                if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG")):
                    ns, ne = _np_span(self.t, bi, c)
                    named = self._resolve(ns, ne, c, bi)
                    return Speaker(named.entity, named.name, s, ne, self.text[s:ne])
        return self._resolve(s, e, tok, bi)

    def _resolve(self, s: int, e: int, head: "Token | None", bi: int) -> Speaker:
        text = self.text[s:e]
        hs, he = (self.t.tok_start(bi, head), self.t.tok_end(bi, head)) if head is not None else (s, e)
        words = text.split()
        first = words[0].lower() if words else ""
        unnamed = head is not None and head.pos_ == "NOUN" and (
            first in _INDEFINITE or (head.tag_ == "NNS" and first not in ("the", "his", "her", "their", "its"))
            or any(c.dep_ == "nummod" for c in head.children))
        ent = None
        if self.index is not None and not unnamed:
            try:
                ent = self.index.entity_at(hs, he)
            except Exception:  # another stage's index must never break this one
                ent = None
        if ent is not None:
            return Speaker(getattr(ent, "id", None), getattr(ent, "name", None), s, e, text)
        if unnamed:
            return Speaker(None, None, s, e, text)
        if head is not None and head.ent_type_ in _NAME_LABELS:
            for x in ents_of(self.t.docs[bi]):
                if x.start <= head.i < x.end:
                    return Speaker(None, re.sub(r"^[Tt]he\s+|[’']s$", "", x.text), s, e, text)
        if head is not None and head.pos_ == "PROPN":
            return Speaker(None, re.sub(r"^[Tt]he\s+", "", text), s, e, text)
        if head is None and text[:1].isupper() and text.lower() not in PRONOUNS:
            return Speaker(None, text.title() if text.isupper() else text, s, e, text)
        return Speaker(None, None, s, e, text)

    def cue_for(self, f: Frame) -> Span:
        s, e = f.cue_span(self.t.base(f.block))
        return Span(s, e, self.text[s:e])

    # -- medium
    def medium_for(self, f: Frame) -> str | None:
        v = f.verb
        if v is None:
            return None
        bi = f.block
        best: tuple[str, int] | None = None

        def consider(m):
            nonlocal best
            if m and (best is None or m[1] > best[1]):
                best = m

        for c in v.children:
            if c.dep_ in ("dative", "dobj", "iobj") and v.lemma_.lower() == "tell":
                m = self._outlet(bi, c, deep=True)
                if m:
                    return m
            if c.dep_ == "prep" and c.lower_ in ("in", "on", "to", "for", "during", "at", "with", "via", "through"):
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        consider(self._medium_np(bi, obj, c.lower_))
        if best is None and v.dep_ in ("advcl", "xcomp", "conj", "pcomp") and v.head.pos_ in ("VERB", "ADP"):
            head = v.head if v.head.pos_ == "VERB" else v.head.head
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "on") and c.i < v.i:
                    for obj in c.children:
                        if obj.dep_ == "pobj":
                            consider(self._medium_np(bi, obj, c.lower_))
        return best[0] if best else None

    def _ent_text(self, bi: int, tok: "Token") -> str | None:
        for x in ents_of(self.t.docs[bi]):
            if x.start <= tok.i < x.end and x.label_ in ("ORG", "WORK_OF_ART", "PRODUCT", "FAC"):
                return re.sub(r"^[Tt]he\s+|[’']s$", "", x.text)
        return None

    def _outlet(self, bi: int, tok: "Token", deep: bool = False) -> str | None:
        name = self._ent_text(bi, tok)
        if name:
            return name
        for c in tok.children:
            if c.dep_ == "poss":
                name = self._ent_text(bi, c)
                if name:
                    return name
        if tok.lemma_.lower() in _OUTLET_NOUNS:
            return self._np_text(bi, tok)
        if deep:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "at", "from", "on", "with"):
                    for g in c.children:
                        if g.dep_ == "pobj":
                            name = self._outlet(bi, g)
                            if name:
                                return name
        return None

    def _np_text(self, bi: int, tok: "Token") -> str:
        d = self.t.docs[bi]
        left = tok.i
        for c in tok.lefts:
            if c.dep_ in ("amod", "compound", "nmod", "poss"):
                left = min(left, c.left_edge.i)
        return d[left:tok.i + 1].text

    def _medium_np(self, bi: int, obj: "Token", prep: str) -> tuple[str, int] | None:
        """(medium, strength): an outlet (2) beats a genre noun like "interview" (1)."""
        if prep in ("on", "to", "for", "via", "through", "with") and obj.ent_type_ not in (
                "PERSON", "GPE", "DATE", "NORP", "TIME", "LOC"):
            outlet = self._outlet(bi, obj)
            if outlet:
                return outlet, 2
        if obj.lower_ in _PLATFORMS and prep in ("on", "via", "through"):
            return _PLATFORMS[obj.lower_], 2
        lemma = obj.lemma_.lower()
        if lemma not in _MEDIA_NOUNS and lemma not in _PLATFORM:
            return None
        # look inside: "a profile for Time", "an interview aired on Iranian state television"
        for sub in obj.subtree:
            if sub.i == obj.i or sub.dep_ not in ("pobj", "poss"):
                continue
            if sub.dep_ == "pobj" and sub.head.lower_ not in ("for", "on", "with", "to", "by", "in"):
                continue
            if sub.ent_type_ in ("PERSON", "GPE", "DATE", "NORP", "TIME", "LOC"):
                continue
            name = self._outlet(bi, sub)
            if name:
                return name, 2
        if lemma in _PLATFORM:
            return _PLATFORM[lemma], 1
        if lemma in _OUTLET_NOUNS:
            return self._np_text(bi, obj), 2
        return obj.lemma_.lower(), 1

    # ----------------------------------------------------------------------------------
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
            return []
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
        self.transcript = sorted(span for t in turns for span in t.spans)
        for q in quotes:  # a quotation inside an answer is quoted by the one answering
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

    def _self_named_speaker(self, sp: Speaker | None, named: tuple[int, int]) -> Speaker:
        s, e = named
        ent = None
        if self.index is not None:
            try:
                ent = self.index.entity_at(s, e)
            except Exception:
                ent = None
        name = getattr(ent, "name", None) if ent is not None else self.text[s:e]
        eid = getattr(ent, "id", None) if ent is not None else None
        if sp is None:
            return Speaker(eid, name, s, e, self.text[s:e])
        return Speaker(eid, name, sp.start, sp.end, sp.text)

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

    # -- the attribution of one quotation
    def attribution(self, ri: int, within: int | None = None) -> Attr | None:
        """What attributes raw quotation ``ri`` (nested inside ``within``, if given)."""
        r = self.raws[ri]
        text = self.text
        first_block = self.t.block_of(r.open if r.open >= 0 else r.start)
        last_block = self.t.block_of(max(r.end - 1, r.start))
        if first_block is None or last_block is None:
            return None
        qchars = _alnum(text, r.parts)
        if not qchars:
            return None
        if r.label is not None and within is None:
            bi = self.t.block_of(r.label[0])
            d = self.t.docs[bi]
            f = Frame(bi, [d[self.t.token_at(bi, r.label[1])]], None, set(), "label")
            f.speaker_span = r.label
            return Attr(f, "direct", "label")
        before_lo = self._before_window(ri, first_block, within)
        after_hi = self._after_window(r, last_block, within)
        cands: list[tuple[float, Frame, str, str]] = []
        for bi in sorted({first_block, last_block}):
            for f in self.frames[bi]:
                cs, ce = f.cue_span(self.t.base(f.block))
                if not self._usable(f, cs, r, within):
                    continue
                in_before = before_lo is not None and before_lo <= cs < r.open
                in_after = after_hi is not None and r.outer_end <= cs < after_hi
                spans = self.content_spans(f) if f.content else []
                cchars = _alnum(text, spans)
                overlap = len(cchars & qchars)
                own_words = self._own_words(spans, r)
                if overlap and (in_before or in_after or overlap / len(qchars) > 0.5):
                    if own_words >= 2:
                        if overlap >= 0.5 * len(qchars) and (cs < r.open or in_after):
                            cands.append((3 + overlap / len(qchars), f, "mixed", "overlap"))
                        continue  # its content is elsewhere; the quotation only touches it
                    cands.append((2 + overlap / len(qchars), f, "direct", "overlap"))
                elif (in_before or in_after) and own_words == 0 and self._attribution_like(f):
                    dist = (cs - r.outer_end) if in_after else (r.open - ce)
                    cands.append((1 + 1 / (1 + max(0, dist)), f, "direct", "window"))
        if cands:
            cands.sort(key=lambda c: -c[0])
            _, f, how, source = cands[0]
            return Attr(f, how, source)
        a = self._colon(ri, first_block, within)
        if a is None and within is None:
            a = self._dash(r, last_block)
        if a is None and within is None:
            a = self._next_sentence(r, last_block)
        if a is None and within is None:
            a = self._governor(r, first_block)
        return a

    def _usable(self, f: Frame, cs: int, r: RawQuote, within: int | None) -> bool:
        if r.open <= cs < r.outer_end:
            return False  # the cue is inside this quotation
        if within is None:
            return self.top_quote_at(cs) is None
        if not self.inside_raw(within, cs):
            return False
        return not any(o.parent == within and o.open <= cs < o.outer_end for o in self.raws)

    def _attribution_like(self, f: Frame) -> bool:
        """A cue next to a quotation that can be its attribution: not "while 73 percent said
        the same", nor a verb with an object of its own."""
        v = f.verb
        if v is None:
            return f.kind != "according"
        hearer = v.lemma_.lower() in _HEARER
        for c in v.children:
            if c.dep_ == "mark":
                return False
            if c.dep_ == "dobj" and c.pos_ not in ("PRON",) and not hearer and c.ent_type_ not in (
                    "PERSON", "ORG") and self.top_quote_at(self.t.tok_start(f.block, c)) is None:
                return False
        return v.dep_ not in ("relcl", "acl", "amod") or v.tag_ == "VBG"

    def _own_words(self, spans, r: RawQuote) -> int:
        """Words of a frame's content outside this and any other quotation, "that" aside."""
        text = self.text
        n = 0
        for s, e in spans:
            for m in _WORD.finditer(text, s, e):
                a = m.start()
                if a in self.quoted_chars or any(ps <= a < pe for ps, pe in r.parts):
                    continue
                if m.group().lower() in ("that", "whether", "if"):
                    continue
                n += 1
        return n

    def _before_window(self, ri: int, bi: int, within: int | None) -> int | None:
        """Start of the stretch before the opening mark that belongs to the quotation's sentence."""
        r = self.raws[ri]
        d = self.t.docs[bi]
        base = self.t.base(bi)
        lo = self.doc.blocks[bi].start
        if within is not None:
            lo = max(lo, self.raws[within].start)
        k = self.t.token_at(bi, r.open)
        j = k - 1
        while j >= 0:
            tok = d[j]
            p = base + tok.idx
            if p < lo or tok.text in (".", "!", "?", "…"):
                break
            if within is None:
                q = self.top_quote_at(p)
                if q is not None and q != ri and q in self.stoppers:
                    break
            j -= 1
        if j + 1 >= k:
            return None
        return base + d[j + 1].idx

    def _after_window(self, r: RawQuote, bi: int, within: int | None) -> int | None:
        """End of the stretch after the closing mark that belongs to the quotation's sentence."""
        if r.close is None or r.close < 0:
            return None
        text = self.text
        inner = text[r.start:r.end].rstrip()
        follow = text[r.outer_end:r.outer_end + 40].lstrip(" \u00a0")
        if inner[-1:] == "." and not follow[:1].islower():
            return None  # the quotation ended its sentence
        d = self.t.docs[bi]
        base = self.t.base(bi)
        hi = self.doc.blocks[bi].end
        if within is not None:
            hi = min(hi, self.raws[within].end)
        j = self.t.token_at(bi, r.close) + 1
        end = r.outer_end
        while j < len(d):
            tok = d[j]
            p = base + tok.idx
            if p >= hi:
                break
            if within is None:
                q = self.top_quote_at(p)
                if q is not None and q in self.stoppers and self.raws[q].open == p:
                    break
            end = p + len(tok)
            if tok.text in (".", "!", "?", ";"):
                break
            j += 1
        return end

    def _colon(self, ri: int, bi: int, within: int | None) -> Attr | None:
        """A colon before the quotation: "Name: ...", "He said:", "X made this point: ..."."""
        r = self.raws[ri]
        text = self.text
        lo = self.doc.blocks[bi].start if within is None else self.raws[within].start
        stripped = text[lo:r.open].rstrip()
        if stripped.endswith(":"):
            colon = lo + len(stripped) - 1
            d = self.t.docs[bi]
            k = self.t.token_at(bi, colon)
            sent = d[k].sent
            # a reporting verb of that sentence with its clause before the colon: mixed
            for f in self.frames[bi]:
                cs, _ = f.cue_span(self.t.base(bi))
                if f.kind != "verb" or not (self.t.tok_start(bi, d[sent.start]) <= cs < colon):
                    continue
                if not self._usable(f, cs, r, within):
                    continue
                spans = self.content_spans(f)
                if spans and min(s for s, _ in spans) > cs and max(e for _, e in spans) <= colon + 1:
                    return Attr(f, "mixed", "colon")
                return Attr(f, "direct", "colon")
            toks = [x for x in d[sent.start:k] if not x.is_punct]
            if not toks:
                return None
            root = d[k].sent.root
            verbs = [x for x in toks if x.pos_ in ("VERB", "AUX")]
            if verbs:
                v = root if root.i < k and root.pos_ in ("VERB", "AUX") else verbs[0]
                subj = _subject(v)
                if subj is not None and subj.lower_ not in _NOT_SPEAKERS and \
                        self.top_quote_at(self.t.tok_start(bi, subj)) is None:
                    return Attr(Frame(bi, [v], subj, set(), "colon", v), "direct", "colon")
                return None
            if len(toks) <= 6 and any(x.pos_ in ("PROPN", "NOUN", "PRON") for x in toks) and within is None:
                head = max((x for x in toks if x.pos_ in ("PROPN", "NOUN", "PRON")), key=lambda x: x.i)
                f = Frame(bi, [d[k]], head, set(), "colon")
                f.speaker_span = (self.t.tok_start(bi, toks[0]), self.t.tok_end(bi, toks[-1]))
                return Attr(f, "direct", "colon")
            return None
        if not stripped and within is None and bi > 0:
            # the paragraph before ends "He said:" or "Name said in a statement:"
            pb = self.doc.blocks[bi - 1]
            prev = text[pb.start:pb.end].rstrip()
            if prev.endswith(":"):
                best = None
                for f in self.frames[bi - 1]:
                    cs, _ = f.cue_span(pb.start)
                    if f.kind == "verb" and self.top_quote_at(cs) is None and not self._own_words(
                            self.content_spans(f), r):
                        best = f
                if best is not None:
                    return Attr(best, "direct", "colon")
        return None

    def _dash(self, r: RawQuote, bi: int) -> Attr | None:
        """A quotation signed with a dash: “...” ― Jane Doe."""
        if r.close is None or r.close < 0:
            return None
        text = self.text
        b = self.doc.blocks[bi]
        m = re.match(r"[ \u00a0]*([—―–])[ \u00a0]*([A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){0,3})",
                     text[r.outer_end:b.end])
        if not m:
            return None
        ds = r.outer_end + m.start(1)
        d = self.t.docs[bi]
        f = Frame(bi, [d[self.t.token_at(bi, ds)]], None, set(), "dash")
        f.speaker_span = (r.outer_end + m.start(2), r.outer_end + m.end(2))
        return Attr(f, "direct", "dash")

    def _next_sentence(self, r: RawQuote, bi: int) -> Attr | None:
        """A quotation ending a sentence, then a sentence that is only its attribution:
        “...” / One militia commander said so. / "said X."."""
        if r.close is None or r.close < 0:
            return None
        text = self.text
        b = self.doc.blocks[bi]
        target, lo = bi, r.outer_end
        if not text[lo:b.end].strip() and bi + 1 < len(self.doc.blocks):
            target, lo = bi + 1, self.doc.blocks[bi + 1].start
        d = self.t.docs[target]
        base = self.t.base(target)
        k = self.t.token_at(target, lo)
        while k < len(d) and base + d[k].idx < lo:
            k += 1
        if k >= len(d):
            return None
        sent = d[k].sent
        if sent.end - sent.start > 14:
            return None
        for f in self.frames[target]:
            v = f.verb
            if f.kind == "verb" and v is not None and sent.start <= v.i < sent.end and not f.content and \
                    f.speaker is not None and self.top_quote_at(base + v.idx) is None and \
                    not any(c.dep_ in ("dobj", "ccomp", "xcomp", "mark") for c in v.children):
                return Attr(f, "direct", "next")
        return None

    def _governor(self, r: RawQuote, bi: int) -> Attr | None:
        """The verb a quoted phrase hangs from, when it has a subject: "She called the plan
        “a disaster”", "He criticised the law as a “crazy system”"."""
        if len(set(self.t.block_of(s) for s, _ in r.parts)) > 1:
            return None
        toks = [tok for s, e in r.parts for tok in self.t.tokens_in(bi, s, e)]
        if not toks:
            return None
        ids = {t.i for t in toks}
        heads = [t.head for t in toks if t.head.i not in ids and not t.head.is_punct]
        if not heads:
            return None
        v = heads[0]
        steps = 0
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and steps < 6:
            v = v.head
            steps += 1
        if v.pos_ not in ("VERB", "AUX") or v.lemma_.lower() in _LIGHT_VERBS or steps > 2:
            return None
        if any(t.dep_ in ("compound", "amod", "nmod", "poss") and t.head.i not in ids for t in toks):
            return None  # a quoted word used as a modifier: a scare quote ("its ‘hijab’ rules")
        base = self.t.base(bi)
        vpos = base + v.idx
        if self.top_quote_at(vpos) is not None:
            return None
        if _is_title(self.text, r.parts) and v.lemma_.lower() not in REPORTING | QUOTE_ONLY:
            return None
        subj = _subject(v)
        if subj is None or subj.lower_ in _NOT_SPEAKERS or subj.i in ids:
            return None
        spos = base + subj.idx
        if self.top_quote_at(spos) is not None or spos > base + toks[0].idx:
            return None
        if subj.pos_ not in ("PROPN", "PRON") and subj.ent_type_ not in _NAME_LABELS and subj.tag_ != "NNS" and \
                not any(c.lower_ in _INDEFINITE for c in subj.lefts):
            return None  # "The plan was “a disaster”": a thing, not a source
        content: set[int] = set()
        for c in v.rights:
            if c.dep_ not in ("punct", "cc", "conj", "mark", "advcl", "parataxis", "npadvmod", "advmod"):
                content |= _subtree_idx(c)
        if not {t.i for t in toks if not t.is_punct} <= content:
            return None
        f = Frame(bi, [v], subj, content, "governor", v)
        own = self._own_words(self.content_spans(f), r)
        return Attr(f, "mixed" if own >= 2 else "direct", "governor")


def _fallback_pronouns(quotes: list[_Q]) -> None:
    """Without an entity index, "he"/"she" take the last named person quoted before."""
    last: Speaker | None = None
    for q in sorted(quotes, key=lambda q: q.start):
        sp = q.speaker
        if sp is None:
            continue
        if sp.name is None and sp.text.lower() in ("he", "she") and last is not None:
            q.speaker = Speaker(last.entity, last.name, sp.start, sp.end, sp.text)
        elif sp.name is not None and sp.text.lower() not in PRONOUNS:
            last = sp


def annotate(doc: Document, *, cognition: bool = True) -> None:
    """Fill doc.quotes (and doc.extras["quote_marks"] for CD701)."""
    builder = _Builder(doc, cognition=cognition)
    built = builder.build()
    text = doc.text
    if builder.index is None:
        _fallback_pronouns(built)
    built.sort(key=lambda q: (q.start, -q.end))
    ids = {id(q): f"Q{n}" for n, q in enumerate(built, 1)}
    out: list[Quote] = []
    for q in built:
        merged: list[tuple[int, int]] = []
        for s, e in sorted(set(q.spans)):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        start, end = merged[0][0], merged[-1][1]
        parts = [Span(s, e, text[s:e]) for s, e in merged] if len(merged) > 1 else []
        parent = ids.get(id(q.parent)) if q.parent is not None else None
        out.append(Quote(ids[id(q)], q.kind, start, end, text[start:end], parts, parent, q.speaker, q.cue,
                         q.medium))
    doc.quotes = out
    doc.extras["quote_marks"] = {"raws": builder.raws, "problems": builder.problems}
    doc.extras["quoted_parts"] = {ids[id(q)]: sorted(set(q.quoted)) for q in built}
    doc.extras["transcript"] = builder.transcript
    _add_first_person(builder, built)


def _add_first_person(builder: _Builder, built: list[_Q]) -> None:
    """ "I", "me", "my" inside a quotation are its speaker: tell the entity index."""
    index = builder.index
    if index is None or not hasattr(index, "add_mention"):
        return
    text = builder.text
    inner: dict[int, list[tuple[int, int]]] = {}
    for q in built:
        if q.parent is not None:
            inner.setdefault(id(q.parent), []).extend(q.quoted)
    for q in built:
        if q.speaker is None or not q.speaker.entity or q.kind == "indirect":
            continue
        skip = inner.get(id(q), [])
        for s, e in q.quoted:
            for m in re.finditer(r"\b(?:I|me|my|mine|myself)\b", text[s:e]):
                a, b = s + m.start(), s + m.end()
                if any(x <= a < y for x, y in skip):
                    continue
                try:
                    index.add_mention(q.speaker.entity, Mention(a, b, text[a:b], "pronoun"))
                except Exception:
                    return


def in_transcript(doc: Document, pos: int) -> bool:
    """Is ``pos`` inside a turn of an interview transcript? Such talk is the record of a
    conversation: it is neither the article's claim nor a quotation of another source."""
    spans = doc.extras.get("transcript") or []
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def quoted_parts(doc: Document) -> dict[str, list[tuple[int, int]]]:
    """For each quote id, the stretches inside quote marks (for CD702)."""
    return doc.extras.get("quoted_parts", {})


def mark_problems(doc: Document) -> list[MarkProblem]:
    data: Any = doc.extras.get("quote_marks")
    if data is None:
        return scan_marks(doc.text, doc.blocks)[1]
    return data["problems"]
