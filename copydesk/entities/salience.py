"""Salience in the style of Lappin & Leass: weights, the events that carry them, agreement.

A mixin of the resolver (``resolver._Resolver``). Each mention pushes an event with a weight
for its role; ``_scores`` sums, per referent, its strongest mention of each recent sentence,
halved per sentence back and damped inside quotes and captions; ``_compatible`` says whether
a referent can be a pronoun's by number and gender.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Iterable

from ..model import Entity
from .records import _Anon, _Cand, _Event

if TYPE_CHECKING:
    from .builder import _Builder


# Salience weights (Lappin & Leass style).
W_BASE = 100.0
W_ROLE = {"subj": 80.0, "obj": 50.0, "poss": 20.0, "other": 0.0, "embedded": -50.0}
DECAY = 0.5
WINDOW = 4  # sentences looked back for pronoun antecedents
TOPIC_W = 40.0
TOPIC_W_PARA = 160.0
QUOTE_DAMP = 0.3  # a mention inside a quote counts this much for a pronoun outside it
CAPTION_DAMP = 0.5
UNKNOWN_GENDER = 0.85
_DEBUG = __import__('os').environ.get('COPYDESK_DEBUG_ENTITIES')
MIN_SCORE = 30.0  # weaker than a mention two sentences back: leave unresolved
SPEAKER_DECAY = 0.6  # a quote's speaker: sentences inside the quote push the name back
SPEAKER_MIN = 15.0


class _SalienceMixin:
    """Events and scores; ``_Resolver`` provides the attributes below."""

    b: "_Builder"
    entities: dict[str, Entity]
    info: dict[str, dict]
    events: list[_Event]
    event_pos: list[int]
    anon: dict[str, _Anon]
    topic: Counter
    block_first_event: dict[int, int]

    def _push(self, ev: _Event) -> None:
        self.events.append(ev)
        self.event_pos.append(ev.pos)
        if not ev.key.startswith("~"):
            self.topic[ev.key] += 1
        self.block_first_event.setdefault(ev.block, ev.pos)

    def _name_event(self, c: _Cand) -> _Event:
        return _Event(c.start, c.sent, c.block, c.eid or "", W_BASE + W_ROLE[c.role], c.quote,
                      c.block in self.b.captions)

    def _scores(self, pos: int, sent: int, bi: int, quote: int | None, window: int = WINDOW,
                upto: int | None = None, names_only: bool = False) -> dict[str, float]:
        """Salience of each referent mentioned in the last ``window`` sentences before
        ``pos``: per sentence its strongest mention counts (Lappin & Leass count a factor
        once per sentence), halved for every sentence back."""
        best: dict[tuple[str, int], float] = {}
        events = self.events
        i = (len(events) if upto is None else upto) - 1
        in_caption = bi in self.b.captions
        while i >= 0:
            ev = events[i]
            i -= 1
            if ev.pos >= pos:
                continue
            d = sent - ev.sent
            if d > window:
                break
            if names_only and (ev.pronoun or ev.quote is not None):
                continue
            w = ev.weight * ((SPEAKER_DECAY if names_only else DECAY) ** d)
            if ev.quote is not None and ev.quote != quote:
                w *= QUOTE_DAMP
            if ev.caption and not in_caption:
                w *= CAPTION_DAMP
            k = (ev.key, ev.sent)
            if w > best.get(k, 0.0):
                best[k] = w
        scores: dict[str, float] = defaultdict(float)
        for (key, _s), w in best.items():
            scores[key] += w
        return scores

    def _last_mention(self, pos: int, keys: Iterable[str], window: int) -> str | None:
        """The referent among ``keys`` mentioned last before ``pos`` (within ``window``
        events' sentences)."""
        keys = set(keys)
        i = bisect.bisect_left(self.event_pos, pos) - 1
        first_sent = None
        while i >= 0:
            ev = self.events[i]
            if first_sent is None:
                first_sent = ev.sent
            if first_sent - ev.sent > window:
                break
            if ev.key in keys:
                return ev.key
            i -= 1
        return None

    def _compatible(self, key: str, gender: int) -> float:
        """0 when the referent cannot be the pronoun's, else a factor for how well it fits."""
        if key.startswith("~"):
            a = self.anon[key]
            if gender == 0:
                return 1.0 if a.plural else 0.0
            if a.plural or a.gender == -gender:
                return 0.0
            return 1.0 if a.gender == gender else UNKNOWN_GENDER
        ent = self.entities[key]
        inf = self.info[key]
        if gender == 0:
            return 1.0 if inf["plural"] else 0.0
        if ent.label != "PERSON":
            return 0.0
        g = inf["gender"]
        if g * gender < 0 and abs(g) >= 1:
            return 0.0
        return 1.0 if g * gender > 0 else UNKNOWN_GENDER
