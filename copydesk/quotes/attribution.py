"""What attributes one quotation: the frame it belongs to, or a colon, dash, label or next sentence.

A mixin of the quote builder (``builder._Builder``). A frame whose content overlaps the
quotation, or a cue with no content of its own in the quotation's sentence, before or after
it; failing that a colon before it, a dash after it, a sentence right after it that is only
an attribution, or the verb that governs a quoted phrase. Content with words of its own
around the quotation makes a mixed quote.
"""

from __future__ import annotations

import re

from ..document import Document
from .frames import Attr, Frame, _subject, _subtree_idx
from .marks import RawQuote
from .text import _WORD, _alnum, _is_title, _Text
from .vocab import (
    _HEARER,
    _INDEFINITE,
    _LIGHT_VERBS,
    _NAME_LABELS,
    _NOT_SPEAKERS,
    _SPEECH_NOUNS,
    QUOTE_ONLY,
    REPORTING,
)


class _AttributionMixin:
    """``attribution(ri)`` and its windows. ``_Builder`` provides the attributes below and
    ``top_quote_at``, ``inside_raw`` and ``content_spans``."""

    doc: Document
    t: _Text
    text: str
    raws: list[RawQuote]
    frames: list[list[Frame]]
    stoppers: set[int]
    quoted_chars: set[int]

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
        if a is None and within is None:
            a = self._speech_noun(r, first_block)
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

    def _one_block_tokens(self, r: RawQuote, bi: int) -> list:
        """The tokens of a quotation that stands in one block (else none)."""
        if len(set(self.t.block_of(s) for s, _ in r.parts)) > 1:
            return []
        return [tok for s, e in r.parts for tok in self.t.tokens_in(bi, s, e)]

    def _governor(self, r: RawQuote, bi: int) -> Attr | None:
        """The verb a quoted phrase hangs from, when it has a subject: "She called the plan
        “a disaster”", "He criticised the law as a “crazy system”"."""
        toks = self._one_block_tokens(r, bi)
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

    def _speech_noun(self, r: RawQuote, bi: int) -> Attr | None:
        """A quotation in the clause of a noun for something said, whose possessor said it:
        "Cllr Ames's warning that the block was “the wrong building in the wrong place”",
        "the minister's claim that the scheme was “fully funded”"."""
        toks = self._one_block_tokens(r, bi)
        if not toks:
            return None
        ids = {t.i for t in toks}
        t = next((x.head for x in toks if x.head.i not in ids), None)
        for _ in range(5):
            if t is None:
                return None
            if t.pos_ == "NOUN" and t.lemma_.lower() in _SPEECH_NOUNS:
                break
            if t.head.i == t.i:
                return None
            t = t.head
        else:
            return None
        poss = next((c for c in t.children if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ in _NOT_SPEAKERS or (
                poss.pos_ not in ("PROPN", "PRON") and poss.ent_type_ not in _NAME_LABELS):
            return None
        content: set[int] = set()
        for c in t.rights:
            if c.dep_ in ("acl", "ccomp", "relcl", "appos", "prep"):
                content |= _subtree_idx(c)
        if not {x.i for x in toks if not x.is_punct} <= content:
            return None
        f = Frame(bi, [t], poss, content, "governor", None)
        own = self._own_words(self.content_spans(f), r)
        return Attr(f, "mixed" if own >= 2 else "direct", "governor")
