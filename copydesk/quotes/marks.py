"""What each quote mark is: an apostrophe, an opening or closing mark, or an ambiguous one.

``classify_mark`` reads one straight or curly, single or double mark from its neighbours;
``_block_marks`` classifies every mark of a paragraph (feet and inches, markup, doubled
marks typed for one). ``RawQuote`` is a stretch between paired marks and ``MarkProblem`` a
mark that does not balance; pairing them is ``pairing.py``'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..entities.vocab import SPEECH_VERBS

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
# An embed tag broken over paragraphs: its start left open at a paragraph's end (<tweet
# author="..." date="), and a quote mark that ends an attribute value (">) where it closes.
_OPEN_TAG = re.compile(r"<[A-Za-z][\w-]*(?:\s+[\w-]+=(?:\"[^\"<>]*\"|'[^'<>]*'))*\s+[\w-]+=[\"'][^\"'<>]*\Z")
_TAG_TAIL = re.compile(r"[\"'](?=/?>)")


_INCH = re.compile(r"(?<![-–/:]\d)(?<![-–/:]\d\d)(?<=\d)[\"″]"
                   r"(?=[+x×\-–,;)/]|$|\s+(?!(?:and|or|but|he|she|they|it|we|i|said|says|the|was|is)\b))", re.I)


def _inch_marks(text: str, lo: int, hi: int, known: set[int]) -> set[int]:
    """Inch marks: a straight double mark (or ″) right after a number where no straight
    quotation is open ('34" monitor', '70"+ TV', '22" long and 22" wide'). A closer cannot
    come with nothing open, so there the mark is a measure; inside an open quotation ('"the
    score was 3-1" he said') it still closes."""
    out: set[int] = set()
    open_ = False
    last = lo
    for m in _INCH.finditer(text, lo, hi):
        p = m.start()
        open_ ^= (sum(1 for i in range(last, p) if text[i] == '"' and i not in known) % 2 == 1)
        last = p + 1
        if text[p] == "″" or not open_:
            out.add(p)
        elif text[p] == '"':
            open_ = False
    return out


def _block_marks(text: str, lo: int, hi: int) -> list[Mark]:
    out: list[Mark] = []
    measures = {m.start() + k for m in _FEET_INCHES.finditer(text, lo, hi) for k in (1, 3, 4)}
    if '"' in text[lo:hi] or "″" in text[lo:hi]:
        measures |= _inch_marks(text, lo, hi, measures)
    # embed code pasted into copy (<tweet author="...">): its quote marks are not prose
    markup = [(m.start(), m.end()) for m in _MARKUP.finditer(text, lo, hi)] if "<" in text[lo:hi] else []
    if ">" in text[lo:hi]:
        markup += [(m.start(), m.end()) for m in _TAG_TAIL.finditer(text, lo, hi)]
    if "<" in text[lo:hi]:
        m = _OPEN_TAG.search(text, lo, hi)
        if m:
            markup.append((m.start(), hi))
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
    if p < hi and (text[p] in ALL_MARKS or text.startswith("``", p)):  # ``TeX-style'' opens too
        m = _block_marks(text, p, hi)[0]
        if m.pos == p and m.role in ("open", "either"):
            return m
    return None


_SENTENCE_END = re.compile(r"[.!?…][)\]]?\s+$")


def _after_sentence_end(text: str, lo: int, pos: int) -> bool:
    """The mark follows a full stop (or ! ? …) and a space: where a paragraph would begin."""
    return bool(_SENTENCE_END.search(text, max(lo, pos - 4), pos))


# ", she said." closing what went before: the attribution of a quotation whose closing mark was
# lost (a mark reopening after it is a new quotation, not the same one carried on)
_TAG = re.compile(r",\s+(he|she|they|we|I|(?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+)\s+([a-z]+)\.\s*$")
_TAG_INVERTED = re.compile(r",\s+([a-z]+)\s+(?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+\.\s*$")
_IRREGULAR = frozenset({"said", "told", "wrote"})


def _speech_form(word: str) -> bool:
    """A reporting verb's past or present form: "said", "added", "replied", "notes"."""

    if word in _IRREGULAR or word.endswith("ied") and word[:-3] + "y" in SPEECH_VERBS:
        return True  # said, told; replied
    return any(word.endswith(x) and word[:-len(x)] in SPEECH_VERBS for x in ("ed", "d", "s"))


def _tagged_before(text: str, lo: int, pos: int) -> bool:
    """The text before a mark ends with its own attribution (", she said."): the quotation
    it would continue was closed there, only without its mark."""
    m = _TAG.search(text, max(lo, pos - 60), pos)
    if m is not None and _speech_form(m.group(2)):
        return True
    m = _TAG_INVERTED.search(text, max(lo, pos - 60), pos)  # ", said Ada Corrin."
    return m is not None and _speech_form(m.group(1))


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
