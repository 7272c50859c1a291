"""Pronouns and nominals in one pass over the tokens in order, after the names are clustered.

``_Resolver`` walks every token once: a name pushes a salience event (``salience``), "the" +
noun may be a nominal and a noun an unnamed referent (``nominals``), a pronoun is resolved
(``pronouns``). What it links becomes new mentions of the entities.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from spacy.strings import get_string_id

from ..model import Entity, Mention
from .nominals import _NominalsMixin
from .pronouns import _PronounsMixin
from .records import _Anon, _Event
from .salience import _SalienceMixin
from .vocab import PRONOUNS
from .words import _sym

if TYPE_CHECKING:
    from .builder import _Builder


class _Resolver(_SalienceMixin, _NominalsMixin, _PronounsMixin):
    """Pronouns and nominals, in one pass over the tokens in order."""

    def __init__(self, builder: _Builder, entities: list[Entity], info: dict[str, dict]):
        self.b = builder
        self.doc = builder.doc
        self.text = builder.text
        self.entities = {e.id: e for e in entities}
        self.info = info
        self.events: list[_Event] = []
        self.event_pos: list[int] = []
        self.anon: dict[str, _Anon] = {}
        self.topic: Counter = Counter()
        self.resolved: dict[int, str | None] = {}  # pronoun offset -> entity id
        self.speakers: dict[int, str | None] = {}  # quote region -> speaker key
        self.name_tok: dict[tuple[int, int], str] = {}  # (block, token i) -> entity id
        self.tok_at: dict[int, tuple[int, int]] = {}
        self.block_first_event: dict[int, int] = {}
        for c in builder.cands:
            bi, i, j = c.tokens
            for k in range(i, j):
                self.name_tok[(bi, k)] = c.eid  # type: ignore[assignment]
        self.role_index: dict[str, list[str]] = defaultdict(list)
        for eid, inf in info.items():
            for r in inf["roles"]:
                self.role_index[r].append(eid)
        self.new_mentions: list[tuple[str, Mention]] = []
        self.sent_base = [first for first, _ in builder.sent_of_block]
        self.nominal_heads: set[tuple[int, int]] = set()
        self.cand_starts = [c.start for c in builder.cands]
        self.form_lookup: dict[tuple[str, ...], str] = {}
        for c in builder.cands:
            if c.eid:
                self.form_lookup.setdefault(c.key, c.eid)

    def run(self) -> None:
        cands = self.b.cands
        ci = 0
        ncands = len(cands)
        sent_idx = 0
        noun, det_dep = _sym("NOUN"), get_string_id("det")
        anon_deps = {get_string_id(d) for d in ("nsubj", "nsubjpass", "dobj", "pobj")}
        pron_ids = {get_string_id(w) for w in PRONOUNS}
        the_id = get_string_id("the")
        for bi, block in enumerate(self.doc.blocks):
            toks, sent_starts = self.b.block_toks[bi]
            base = block.start
            caption = bi in self.b.captions
            sdoc = toks[0].doc if toks else None
            for si, s0 in enumerate(sent_starts):
                s1 = sent_starts[si + 1] if si + 1 < len(sent_starts) else len(toks)
                sent = None
                for k in range(s0, s1):
                    tok = toks[k]
                    pos = base + tok.idx
                    while ci < ncands and cands[ci].start <= pos:
                        self._push(self._name_event(cands[ci]))
                        ci += 1
                    low = tok.lower
                    if low in pron_ids:
                        self.tok_at[pos] = (bi, tok.i)
                        if tok.tag_ in ("PRP", "PRP$") or tok.pos_ == "PRON":
                            sent = sent or sdoc[s0:s1]
                            self._pronoun(tok, pos, bi, sent_idx, caption, sent)
                    elif low == the_id and tok.dep == det_dep:
                        self._nominal(tok, pos, bi, sent_idx, caption, sdoc, base)
                    elif tok.pos == noun and tok.dep in anon_deps and (bi, tok.i) not in self.name_tok:
                        self._anon_noun(tok, pos, bi, sent_idx, caption)
                sent_idx += 1
        while ci < ncands:
            self._push(self._name_event(cands[ci]))
            ci += 1
