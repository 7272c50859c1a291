"""Pairing the quote marks of an article into quotations, over paragraph breaks.

``scan_marks`` walks the blocks in order with one stack: a quote inside a quote gets its own
span and a parent, an ambiguous mark closes an open single quote only when no later mark
would, and a quotation still open at a paragraph's end runs on when the next paragraph opens
with a mark of its kind. What does not balance becomes a ``MarkProblem`` (CD701).
"""

from __future__ import annotations

import re

from ..vocab import mapping, words
from .marks import (
    _CLOSE_GLYPH,
    ALL_MARKS,
    Mark,
    MarkProblem,
    RawQuote,
    _after_sentence_end,
    _tagged_before,
    _block_marks,
    _first_mark,
    _trim,
    classify_mark,
)


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
                elif _after_sentence_end(text, lo, m.pos) and not _tagged_before(text, raws[open_same[-1]].open, m.pos):
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
        last = None
        for m in strays:
            if m.family == "s" and not _definite_close(text, m.pos):
                continue
            if last is not None and _one_run(text, last.positions[-1], m.pos):
                last.positions.append(m.pos)  # one garbled run of marks ("?’.’\""): one slip
                continue
            self._problem("stray-close", [m.pos], "closing quote mark with no opening mark", bi)
            last = self.problems[-1]
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
        credit = _credit_line(text, nxt.start, nxt.end, bottom.family) if usable and len(self.stack) == 1 else None
        if credit is not None and _SENTENCE_DONE.search(text, lo, hi):
            # a pull quote: its last line credits the speaker inside the marks ("... the bomb. /
            # Ada Price."); the quotation ends with its own paragraph and the credit names who said it
            name, closer = credit
            bottom.parts.append(_trim(text, bottom.cur, hi))
            bottom.close, bottom.close_w = closer.pos, closer.width
            bottom.label = name
            self.stack = []
            return closer.pos
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


# A paragraph that has ended its sentence: "... the bomb." (before trailing space).
_SENTENCE_DONE = re.compile(r"[.!?…][)\]]?\s*\Z")
# A pull quote's credit line: a name with its title before or after it, then the closing
# mark ("Ada Price.\"", "Former mayor Ada Price.\"", "Ada Price, deputy housing adviser.\"").
_CREDIT = re.compile(r"[—–-]?\s*(?P<head>[A-Z][^,.!?;:\"“”‘’()\[\]]{1,80}?)"
                     r"(?:,\s*(?P<role>[^.!?;:\"“”‘’()\[\]]{1,90}))?\.?\s*(?P<close>[\"”'’])\s*\Z")
_NAME_AT_END = re.compile(r"(?:[A-Z][\w'’-]*\.?\s+)+[A-Z][\w'’-]+\Z")
_NAME_AT_START = re.compile(r"\A(?:[A-Z][\w'’-]*\.?\s+)+[A-Z][\w'’-]+\Z")
# A role after the name is a title, not a clause: "Ada Price, she said." is no credit.
_NOT_ROLE = re.compile(r"\b(?:he|she|they|it|we|i|you|said|says|told|added|asked|wrote)\b", re.I)
_LINKS = frozenset({"of", "the", "and", "for", "at", "to", "on"})


def _title_words() -> frozenset[str]:
    return (words("roles_en.txt", "top_titles") | words("roles_en.txt", "other_titles")
            | frozenset(mapping("roles_en.txt", "title_mods")))


def _credit_line(text: str, lo: int, hi: int, family: str) -> tuple[tuple[int, int], Mark] | None:
    """The name a pull quote's credit line gives, and the line's closing mark: the whole
    paragraph is a person's name (two capitalised words or more) with at most a title before
    it (lower-case words only from the role vocabulary) or a title after a comma, and it ends
    with the mark that closes the quotation above."""
    lo, hi = _trim(text, lo, hi)
    m = _CREDIT.match(text, lo, hi)
    if m is None or len(text[lo:hi].split()) > 16:
        return None
    marks = [x for x in _block_marks(text, lo, hi) if x.role not in ("apos", "stray")]
    if len(marks) != 1 or marks[0].pos != m.start("close") or marks[0].family != family:
        return None
    head = m.group("head").rstrip()
    role = m.group("role")
    if role is not None and (_NOT_ROLE.search(role) or len(role.split()) > 12):
        return None
    if role is not None:
        name = _NAME_AT_START.match(head)
    else:
        name = _NAME_AT_END.search(head)
        titles = _title_words()
        if name is None or any(w.islower() and w not in titles and w not in _LINKS
                               for w in head[:name.start()].split()):
            return None
    if name is None:
        return None
    s = m.start("head") + name.start()
    return (s, s + len(name.group(0).rstrip())), marks[0]


def _one_run(text: str, a: int, b: int) -> bool:
    """Two marks with only punctuation between them: one run of marks."""
    return 0 < b - a <= 4 and all(not c.isalnum() and not c.isspace() for c in text[a + 1:b])


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
