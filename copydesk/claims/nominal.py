"""Claims from noun phrases and misparses: a noun conjoined to a verb, an age in
apposition ("Smith, 47,"). A mixin of the block."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Source
from .tokens import _age_number, _np_text, _small_number, _verb_form
from .vocab import COMPLICITY, HARM_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token


class NominalReader:
    """Claims from noun phrases and misparses."""

    def _nominal_conj(self, tok: "Token") -> None:
        """'..., and oversaw killing of protesters' with 'oversaw' tagged as an adjective."""
        verb = next((c for c in self._k(tok) if c.dep_ in ("amod", "compound") and c.i < tok.i
                     and _verb_form(c) in COMPLICITY | HARM_VERBS), None)
        if verb is None:
            return
        head = tok.head
        subj_tok, _ = self._controller(head)
        if subj_tok is None:
            return
        subj = self._describe(subj_tok)
        if subj is None or not subj.entityish:
            return
        vl = _verb_form(verb)
        strong = subj.agent and (vl in HARM_VERBS or self._harm_arg(tok))
        ctx = self._context(head)
        source = self._source(head, ctx)
        start = self.base + verb.idx
        end = self._right_end(tok)
        obj = _np_text(tok) or ""
        obj = obj[len(verb.text):].strip() if obj.startswith(verb.text) else obj
        self._emit(verb, dict(subject=subj.eid, predicate=vl, object=obj or None, time=self._time(tok),
                              source=source, polarity="negative" if ctx.negative else "positive",
                              certainty=ctx.certainty, strong=bool(strong)), (start, end))

    def _np_age(self, tok: "Token") -> None:
        """'the 61-year-old X', 'X, aged 44,', 'X, 44,', 'dies aged 81', 'at the age of 44'."""
        number = None
        holder = None
        low = tok.lower_
        if low == "aged":
            nxt = self.toks[tok.i + 1] if tok.i + 1 < len(self.sdoc) else None
            if nxt is not None and nxt.like_num and _small_number(nxt):
                number = nxt
                holder = tok.head
        elif low == "old" and tok.dep_ == "amod":
            n = _age_number(tok)
            if n:
                number = next((t for t in tok.head.subtree if t.text == n), None) or tok
                holder = tok.head
        elif low == "age" and tok.dep_ == "pobj" and tok.head.lower_ == "at":
            of = next((c for c in self._k(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
            num = next((g for g in self._k(of) if g.dep_ == "pobj" and g.like_num), None) if of is not None else None
            if num is not None and _small_number(num):
                number = num
                holder = tok.head.head
        elif tok.dep_ == "appos" and tok.like_num and _small_number(tok):
            ent = self.ent_of.get(tok.head.i)
            if tok.head.pos_ == "PROPN" and (ent is None or ent.label_ == "PERSON"):
                number = tok
                holder = tok.head
        if number is None or holder is None:
            return
        if holder.pos_ in ("VERB", "AUX"):
            subj, _ = self._subject(holder)
        else:
            subj = self._describe(holder)
        if subj is None or not subj.entityish or subj.label not in (None, "PERSON") and subj.eid is None:
            return
        text = number.text if number.like_num else _age_number(tok)
        start = min(subj.start, self.base + tok.idx, self.base + number.idx)
        end = max(subj.end, self.base + number.idx + len(number.text), self.base + tok.idx + len(tok.text))
        q = self.quotes.at(start) if self.quotes.spans else None
        source = self._sent_source() or (self.quotes.source(q) if q is not None else None) or Source("article")
        self._emit(number, dict(subject=subj.eid, predicate="age", object=text, time=None,
                                source=source, polarity="positive", certainty="asserted",
                                strong=False), (start, end))
