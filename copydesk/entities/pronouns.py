"""Pronouns: he, she, they and their forms, resolved by salience, agreement and syntax.

A mixin of the resolver (``resolver._Resolver``). Candidates must agree in number and gender;
an object pronoun cannot be its own clause's subject; a pronoun inside a direct quote cannot
be the quote's speaker (``_speaker``); an unnamed person or a plural noun that most likely
is meant leaves the pronoun unresolved rather than wrong.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ..document import Document
from ..model import Entity, Mention
from .records import _Anon, _Event
from .salience import _DEBUG, MIN_SCORE, SPEAKER_MIN, TOPIC_W, TOPIC_W_PARA, W_BASE, W_ROLE
from .syntax import _local_subject, _tok_role
from .vocab import PRONOUNS, SPEECH_VERBS

if TYPE_CHECKING:
    from .builder import _Builder


class _PronounsMixin:
    """Pronoun resolution; ``_Resolver`` provides the attributes below and the salience methods."""

    b: "_Builder"
    doc: Document
    entities: dict[str, Entity]
    info: dict[str, dict]
    anon: dict[str, _Anon]
    resolved: dict[int, str | None]
    speakers: dict[int, str | None]
    name_tok: dict[tuple[int, int], str]
    tok_at: dict[int, tuple[int, int]]
    new_mentions: list[tuple[str, Mention]]

    def _speaker(self, region: int) -> str | None:
        """The entity (or unnamed referent) that speaks a direct quote, from a speech verb
        outside the quote in the sentences where it starts and ends."""
        if region in self.speakers:
            return self.speakers[region]
        self.speakers[region] = None  # no recursion through the speaker's own pronoun
        rs, re_, bi = self.b.regions[region]
        block = self.doc.blocks[bi]
        sdoc = self.doc.docs[bi]
        found: str | None = None
        sents = []
        for sent in sdoc.sents:
            s0, s1 = block.start + sent.start_char, block.start + sent.end_char
            if s1 > rs - 2 and s0 <= re_ + 2:
                sents.append(sent)
        for sent in sents[::-1] if sents else []:
            for tok in sent:
                p = block.start + tok.idx
                if self.b._find_quote(p) is not None:
                    continue
                if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_VERBS:
                    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is None:
                        continue
                    found = self._referent_of(subj, bi, block.start)
                    if found is not None:
                        break
            if found is not None:
                break
        if found is None and region > 0:
            # “A,” Mariano wrote. “B.”: the second quote goes on in the same voice
            ps, pe, pb = self.b.regions[region - 1]
            if pb == bi and rs - pe < 60:
                found = self._speaker(region - 1)
        self.speakers[region] = found
        return found

    def _quote_in(self, bi: int, start: int, end: int) -> bool:
        """Does a direct quote of block ``bi`` overlap [start, end)?"""
        regions = self.b.regions
        i = bisect.bisect_left(self.b.region_starts, end) - 1
        while i >= 0:
            rs, re_, rb = regions[i]
            if rb != bi:
                break
            if re_ > start - 2:  # (quotes nest: look past an inner one that ended earlier)
                return True
            i -= 1
        return False

    def _referent_of(self, tok, bi: int, base: int) -> str | None:
        eid = self.name_tok.get((bi, tok.i))
        if eid:
            return eid
        pos = base + tok.idx
        if tok.lower_ in PRONOUNS:
            if pos in self.resolved:
                return self.resolved[pos]
            return self._resolve_pos(pos)
        for key, m in self.new_mentions:
            if m.start <= pos < m.end:
                return key
        key = f"~{pos}"
        return key if key in self.anon else None

    def _pronoun(self, tok, pos: int, bi: int, sent: int, caption: bool, sent_span) -> None:
        if pos in self.resolved:
            key = self.resolved[pos]
        else:
            key = self._resolve_tok(tok, pos, bi, sent, sent_span)
            self.resolved[pos] = key
        if key is None:
            return
        gender, _kind = PRONOUNS[tok.lower_]
        if not key.startswith("~"):
            self.new_mentions.append((key, Mention(pos, pos + len(tok.text), tok.text, "pronoun")))
            if gender:
                self.info[key]["gender"] += 0.5 * gender
        role = _tok_role(tok)
        self._push(_Event(pos, sent, bi, key, W_BASE + W_ROLE[role], self.b._find_quote(pos), caption,
                          pronoun=True))

    def _resolve_pos(self, pos: int) -> str | None:
        """Resolve a pronoun ahead of the main pass (a quote's speaker "he")."""
        loc = self._locate(pos)
        if loc is None:
            return None
        bi, i = loc
        tok = self.doc.docs[bi][i]
        if tok.lower_ not in PRONOUNS:
            return None
        first, _n = self.b.sent_of_block[bi]
        sent_span = tok.sent
        sent = first + list(self.doc.docs[bi].sents).index(sent_span)
        key = self._resolve_tok(tok, pos, bi, sent, sent_span)
        self.resolved[pos] = key
        return key

    def _locate(self, pos: int) -> tuple[int, int] | None:
        if pos in self.tok_at:
            return self.tok_at[pos]
        for bi, block in enumerate(self.doc.blocks):
            if block.start <= pos < block.end:
                sdoc = self.doc.docs[bi]
                for tok in sdoc:
                    if block.start + tok.idx == pos:
                        return bi, tok.i
        return None

    def _resolve_tok(self, tok, pos: int, bi: int, sent: int, sent_span) -> str | None:
        low = tok.lower_
        gender, kind = PRONOUNS[low]
        if tok.dep_ == "poss" or tok.tag_ == "PRP$":
            kind = "poss"  # "her book"
        quote = self.b._find_quote(pos)
        upto = bisect.bisect_left(self.event_pos, pos)
        # reflexive: the subject of its own clause
        if kind == "refl":
            verb = tok.head
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.i != tok.i:
                key = self._referent_of(subj, bi, self.doc.blocks[bi].start)
                if key and self._compatible(key, gender) > 0:
                    return key
            if tok.dep_ in ("appos", "npadvmod") and tok.head.i < tok.i:  # "Soleimani himself"
                key = self._referent_of(tok.head, bi, self.doc.blocks[bi].start)
                if key and self._compatible(key, gender) > 0:
                    return key
        para_start = sent == self.sent_base[bi] and self.block_first_event.get(bi, 1 << 60) >= pos \
            and not (bi in self.b.captions)
        base = self.doc.blocks[bi].start
        speaker = (quote is None and kind == "subj" and tok.dep_ == "nsubj"
                   and tok.head.lemma_.lower() in SPEECH_VERBS
                   and self._quote_in(bi, base + sent_span.start_char, base + sent_span.end_char))
        if gender == 0:
            # "they": a group or organisation named in this sentence or the last, against
            # any plural noun there; no topic bonus (the main subject is a person)
            scores = self._scores(pos, sent, bi, quote, window=1, upto=upto)
        elif speaker:
            # "“...,” he said": the speaker is most often the person last *named* outside
            # quotes; fall back to the ordinary scores when no one is
            scores = self._scores(pos, sent, bi, quote, upto=upto, names_only=True)
            if max((v * self._compatible(k, gender) for k, v in scores.items()), default=0.0) < SPEAKER_MIN:
                speaker = False
                scores = self._scores(pos, sent, bi, quote, upto=upto)
        else:
            scores = self._scores(pos, sent, bi, quote, upto=upto)
        excluded: set[str] = set()
        # an object pronoun is not its own clause's subject ("Smith praised him")
        if tok.dep_ in ("dobj", "dative", "pobj") and kind != "refl":
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            for c in verb.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i:
                    ref = self._referent_of(c, bi, self.doc.blocks[bi].start)
                    if ref:
                        excluded.add(ref)
        # a subject pronoun is not its own clause's object, nor the noun its relative clause
        # hangs on when the relative pronoun is that object ("Saltwater, which she runs")
        if tok.dep_ in ("nsubj", "nsubjpass") and kind != "refl":
            verb = tok.head
            objs = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i != tok.i]
            if verb.dep_ == "relcl" and any(c.lower_ in ("which", "that", "whom", "who") for c in objs):
                objs.append(verb.head)
            for c in objs:
                if c.pos_ == "PRON" or c.lower_ in PRONOUNS:
                    continue  # a pronoun object resolves through this one: no loop
                ref = self._referent_of(c, bi, self.doc.blocks[bi].start)
                if ref:
                    excluded.add(ref)
        # a pronoun inside a direct quote is not the quote's speaker
        if quote is not None:
            spk = self._speaker(quote)
            if spk:
                excluded.add(spk)
        # a possessive prefers its own clause's subject ("Assad slaughtered his people")
        if kind == "poss":
            local = _local_subject(tok)
            if local is not None:
                ref = self._referent_of(local, bi, self.doc.blocks[bi].start)
                if ref and ref not in excluded and self._compatible(ref, gender) > 0:
                    return None if ref.startswith("~") else ref
        # topic: the article's main subject so far
        # (only for referents in the window, but any of them at the start of a paragraph)
        max_topic = max(self.topic.values(), default=0)
        if max_topic and gender != 0 and not speaker:
            tw = TOPIC_W_PARA if para_start else TOPIC_W
            for eid, n in self.topic.items():
                if n and (para_start or eid in scores):
                    scores[eid] = scores.get(eid, 0.0) + tw * n / max_topic
        best, best_score = None, 0.0
        for key, s in scores.items():
            if key in excluded or s <= 0:
                continue
            f = self._compatible(key, gender)
            if f <= 0:
                continue
            s *= f
            if s > best_score:
                best, best_score = key, s
        if _DEBUG:
            shown = sorted(((round(v * self._compatible(k, gender), 1), k) for k, v in scores.items()
                            if k not in excluded and self._compatible(k, gender) > 0), reverse=True)[:4]
            print("PRON", pos, repr(self.text[max(0, pos - 50):pos + 20]), shown, "excl", excluded, "spk", speaker)
            if _DEBUG == "2":
                for ev in self.events[max(0, upto - 8):upto]:
                    print("   ", ev.pos, ev.sent, ev.key, ev.weight, ev.quote, repr(self.text[ev.pos:ev.pos + 15]))
        if best is not None and best_score < (SPEAKER_MIN if speaker else MIN_SCORE):
            best = None
            if not scores or gender == 0:
                return None
        if best is None:
            # cataphora: "his hands: Qassem Soleimani ..." — the next compatible name in the sentence
            end = self.doc.blocks[bi].start + sent_span.end_char
            for c in self.b.cands[bisect.bisect_left(self.cand_starts, pos):]:
                if c.start >= end:
                    break
                if c.eid and c.eid not in excluded and self._compatible(c.eid, gender) > 0:
                    return c.eid
            return None
        # a plural pronoun: an entity only when it clearly beats any plural noun
        return best

    def resolve_at(self, pos: int) -> str | None:
        if pos in self.resolved:
            return self.resolved[pos]
        return self._resolve_pos(pos)
