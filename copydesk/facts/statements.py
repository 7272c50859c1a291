"""Every clause of the article as a :class:`Statement`: its verb, subject, content words,
negation and certainty, and the values in it (numbers with what they count, dates and places
with the verb they attach to), so that the contradiction rules can find one statement made
twice with one value changed. A mixin of the builder."""

from __future__ import annotations

import re

from ..nlp import children_of, ents_of, span_ents, tokens_of
from ..token_table import table_of
from ..quotes import in_transcript
from ..time import calendar as cal
from .retracted import is_retracted
from .model import Statement, Value, _norm_place
from .numbers import _numbers
from .parse import (
    _as_as,
    _clause_heads,
    _content_flags,
    _elliptic_subject,
    _finite,
    _forecast,
    _hypothetical,
    _indefinite_subject,
    _negated,
    _subject_key,
)
from .store import Facts
from .vocab import (
    ALSO_RE,
    CHANGE_ADJS,
    CHANGE_ADVS,
    CHANGE_VERBS,
    NUM_WORDS,
    REPEAT_WORDS,
    SPLIT_DEPS,
)

_NAMED = frozenset({"PERSON", "ORG"})
# Prepositions that make a date the bound of a period ("since 2016", "until 1990"), not a
# date of the act itself.
BOUND_PREPS = frozenset({"since", "until", "till", "before", "after", "by", "from", "between"})


class StatementFacts:
    """The clauses of the article, kept for the statement rules (CD404-CD406)."""

    F: Facts

    def _dateline(self, t) -> bool:
        """'AUSTRIA, February 16, 2018 (Agency) –', 'Feb 9 (Reuters) -': the story's date, not an event's."""
        text = self.F.text
        bstart = self.F.block_starts[self.F.block_of(t.start)]
        if t.start - bstart > 60:
            return False
        return bool(re.match(r"\s*(?:\([^)\n]{1,40}\))?\s*[-–—:]", text[t.end:t.end + 50]))

    def statements(self) -> None:
        F = self.F
        doc = self.doc
        tx_by_block: dict[int, list] = {}
        for t in F.tx:
            tx_by_block.setdefault(F.block_of(t.start), []).append(t)
        sid = 0
        trees: dict[int, tuple[list, list[list]]] = {}
        for sent in doc.sentences:
            span = sent.tokens
            if span is None or len(span) < 4 or in_transcript(doc, sent.start):
                continue  # an interview's talk is a conversation, not statements to compare
            base = F.block_starts[sent.block]
            sdoc = span.doc
            tree = trees.get(sent.block)
            if tree is None:
                all_toks = tokens_of(sdoc)
                kids = children_of(sdoc)
                # the attributes the clauses below read, from the block's token table: spaCy
                # looks each up in its string store on every access
                tb = table_of(sdoc)
                low, dep = tb.lower, tb.dep
                lems = ["bear" if w == "born" else lem for w, lem in zip(low, tb.lemma_low)]  # _lemma
                cont = [c and not n for c, n in zip(_content_flags(tb), tb.like_num)]
                named = {i: low[i] for e in ents_of(sdoc) if e.label_ in _NAMED
                         for i in range(e.start, e.end)}  # token index -> word, for people and organisations
                K = lambda t, _k=kids: _k[t.i]  # noqa: E731 - the cached children
                split = [d in SPLIT_DEPS for d in dep]
                is_head = _clause_heads(tb, kids)
                tree = trees[sent.block] = (all_toks, kids, K, lems, cont, named, split, is_head, low, dep, tb)
            all_toks, kids, K, lems, cont, named, split, is_head, low, dep, tb = tree
            stoks = all_toks[span.start:span.end]
            again = (frozenset({"again"}) if REPEAT_WORDS.search(sent.text) else frozenset()) | (
                frozenset({"also"}) if ALSO_RE.search(sent.text) else frozenset())
            question = sent.text.rstrip().rstrip("\"'”’)").endswith("?")
            heads = [t for t in stoks if is_head[t.i]]
            if not heads:
                continue
            sroot = span.root
            head_of: dict[int, object] = {}
            clause_toks: dict[int, list] = {}
            for h in heads:
                toks = []
                stack = [h]
                while stack:
                    t = stack.pop()
                    toks.append(t)
                    for k in kids[t.i]:
                        if split[k.i] and is_head[k.i] and k.i != h.i:
                            continue
                        stack.append(k)
                clause_toks[h.i] = toks
                for t in toks:
                    head_of[t.i] = h
            values: dict[int, list[Value]] = {h.i: [] for h in heads}
            skip: set[int] = set()
            sent_dates: list[Value] = []
            editions: dict[int, str] = {}  # token index -> the year that says which model or edition
            # dates
            for t in tx_by_block.get(sent.block, ()):
                if t.start < sent.start or t.end > sent.end or t.type not in ("DATE", "TIME"):
                    continue
                if not (cal.value_range(t.value) or re.match(r"^XXXX-", t.value)):
                    continue
                if self._dateline(t):
                    continue
                if t.anchor is not None and F.quote_at(t.start) is not None and F.quote_at(t.start).kind != "indirect":
                    continue  # "Today, I signed ..." in a quote: the speaker's today, not the story's
                ts = sdoc.char_span(t.start - base, t.end - base, alignment_mode="expand")
                if ts is None:
                    continue
                for x in ts:
                    skip.add(x.i)
                if _names_an_edition(ts.root):
                    editions[ts.root.i] = ts.root.text  # which one it is, like a name
                    continue  # "the 2019 model", "the 2016 Strada": which one, not when
                h = head_of.get(ts.root.i)
                # "since 2016", "until 1990", "before May": a bound of a period, not the act's
                # own date; a restatement compares it only with the same kind of bound
                bound = ts.root.head.lower_ if ts.root.dep_ == "pobj" and ts.root.head.lower_ in BOUND_PREPS else ""
                sent_dates.append(Value("date", t.value, t.text, t.start, t.end, "*" + bound,
                                        lems[h.i] if h is not None else lems[sroot.i]))
                if h is None:
                    continue
                prep = ts.root.head.lower_ if ts.root.dep_ == "pobj" else "@"
                if prep in ("in", "on", "at", "during", "@", "around", "circa", "of"):
                    prep = "@"  # "in 1983" and "on March 13, 1985" both date the event
                if ts.root.head.dep_ == "prep" and ts.root.head.head.pos_ in ("NOUN", "PROPN") and ts.root.head.head.i != h.i:
                    continue  # "a document dated ...", "the war of 1998": dates a noun
                if ts.root.dep_ in ("compound", "amod", "nmod", "poss") and ts.root.head.pos_ == "NOUN":
                    continue  # "the 1978 revolution": dates the noun
                values[h.i].append(Value("date", t.value, t.text, t.start, t.end, prep, lems[h.i]))
            # places
            for ent in span_ents(span):
                if ent.label_ not in ("GPE", "LOC"):
                    continue
                root = ent.root
                h = head_of.get(root.i)
                if h is None:
                    continue
                if root.dep_ != "pobj" or root.head.dep_ != "prep" or root.head.head.i != h.i:
                    continue  # only a place the verb itself is in/at/to
                prep = root.head.lower_
                if prep not in ("in", "at", "to", "from", "into", "near", "inside", "outside"):
                    continue
                s = base + ent.start_char
                values[h.i].append(Value("place", _norm_place(ent.text), ent.text, s,
                                         base + ent.end_char, prep, lems[h.i]))
            # a number that is part of a name ("Velox OS 15", "Flight 370", "Route 66") says
            # which one, like a model year: an identity, not a value
            for t in stoks:
                if tb.like_num[t.i] and t.i > span.start and _name_word(all_toks[t.i - 1]) \
                        and t.i not in skip and re.fullmatch(r"\d{1,4}", t.text):
                    editions[t.i] = all_toks[t.i - 1].lower_ + " " + t.text
                    skip.add(t.i)
            # numbers
            for v in _numbers(span, base, skip, F.text, stoks):
                tok = v.pop("tok")
                h = head_of.get(tok.i)
                if h is None:
                    continue
                values[h.i].append(Value(verb=lems[h.i], **v))
            for h in heads:
                toks = clause_toks[h.i]
                if len(toks) < 3:
                    continue
                tis = [t.i for t in toks]
                words = frozenset(lems[i] for i in tis if i != h.i and cont[i] and i not in skip)
                subj = _subject_key(self, h, base, K)
                indef = _indefinite_subject(h, K)
                elliptic = _elliptic_subject(h, K)
                marks = again | frozenset(low[i] for i in tis if low[i] in CHANGE_ADVS and dep[i] in (
                    "advmod", "npadvmod", "pobj", "prep")) | frozenset(
                    low[i] for i in tis if low[i] in CHANGE_ADJS and dep[i] == "amod" and tb.lemma_low[tb.head[i]]
                    in ("figure", "toll", "count", "estimate", "tally", "total", "number", "report", "data"))
                if lems[h.i] in CHANGE_VERBS or any(lems[i] in CHANGE_VERBS for i in tis if dep[i] == "xcomp"):
                    marks |= {"change"}
                start = base + min(t.idx for t in toks)
                if is_retracted(self.doc, start):
                    continue  # a correction's retracted report: not the article's statement
                end_t = all_toks[max(tis)]
                end = base + end_t.idx + len(end_t.text)
                offset = base + h.idx
                c = F.claim_at(offset)
                src = c.source if c is not None else F.source_at(offset)
                cert = c.certainty if c is not None else "asserted"
                if cert == "asserted" and (question or _hypothetical(h, K) or _forecast(h)):
                    cert = "hedged"
                sid += 1
                neg = _negated(h, K)
                fin = _finite(h, K)
                F.statements.append(Statement(
                    id=sid, verb=lems[h.i], verb_offset=offset, subject=subj, start=start, end=end,
                    sent_start=sent.start, sent_end=sent.end, words=words, values=values[h.i],
                    negated=neg, certainty=cert, source=src, marks=marks, block=sent.block,
                    negs=frozenset({(lems[h.i], neg)}) if fin else frozenset(), finite=fin,
                    compare=any(low[i] == "than" or tb.tag[i] in ("JJR", "RBR") for i in tis) or _as_as(toks),
                    root=lems[sroot.i], indefinite=indef, elliptic=elliptic,
                    names=frozenset(named[i] for i in tis if i in named and i not in skip)
                    | frozenset(editions[i] for i in tis if i in editions),
                    editions=frozenset(editions[i] for i in tis if i in editions)))
            # the whole sentence, for restatements whose clauses are too short to compare
            clause_sts = F.statements[-len(heads):] if heads else []
            clause_sts = [x for x in clause_sts if x.sent_start == sent.start]
            words = frozenset(lems[i] for i in range(span.start, span.end) if cont[i] and i not in skip
                              and not (low[i] in NUM_WORDS or tb.pos[i] == "NUM"))
            sent_names = frozenset(named[i] for i in range(span.start, span.end) if i in named and i not in skip) \
                | frozenset(editions.values())
            for x in clause_sts:
                x.sent_words = words
                x.sent_names = sent_names
            allv = [v for h in heads for v in values[h.i] if v.kind != "date"] + sent_dates
            root = sroot
            c = F.claim_at(base + root.idx)
            src = c.source if c is not None else F.source_at(base + root.idx)
            cert = "asserted" if all(x.certainty == "asserted" for x in clause_sts) and not question else "hedged"
            sid += 1
            F.statements.append(Statement(
                id=sid, verb="§", verb_offset=base + root.idx, subject=_subject_key(self, root, base, K), start=sent.start,
                end=sent.end, sent_start=sent.start, sent_end=sent.end, words=words, values=allv,
                negated=False, certainty=cert, source=src,
                marks=frozenset().union(*(x.marks for x in clause_sts)) if clause_sts else frozenset(),
                block=sent.block, negs=frozenset().union(*(x.negs for x in clause_sts)) if clause_sts else frozenset(),
                sentence=True, compare=any(x.compare for x in clause_sts), root=lems[root.i],
                indefinite=_indefinite_subject(root, K),
                names=sent_names, sent_names=sent_names, editions=frozenset(editions.values()),
                key=tuple(tb.lemma_low[i] for i in range(span.start, span.end)
                          if low[i] not in ("not", "n't", "never", "nt") and dep[i] != "neg"
                          and not tb.is_punct[i] and not tb.is_space[i]
                          and not (dep[i] == "aux" and tb.lemma_low[i] == "do"))))


def _names_an_edition(root) -> bool:
    """A bare year in front of a noun that names no event ("the 2019 model", "a 2016
    Strada", "the 2021 laptop", "the 2015 vintage") says which of a series of things is
    meant, not when the clause happened: two such years are two things, not one date told
    twice. Before an event noun ("the 2016 election", "the 1978 revolution") it still dates
    that event."""
    from ..events.vocab import event_words  # facts run after events; imported late to keep the import graph one-way

    if root.dep_ not in ("compound", "amod", "nmod", "nummod") or root.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not re.fullmatch(r"(?:1[89]|20)\d\d", root.text) or root.head.i < root.i:
        return False
    noun = root.head
    # a period ("the 2019 season", "the 2020 quarter") dates what happens in it
    return (noun.lemma_.lower(), "NOUN") not in event_words() and noun.lemma_.lower() not in cal.GRANS


def _name_word(t) -> bool:
    """A word of a name: a proper noun, or a capitalised word inside the sentence ("OS")."""
    return t.pos_ == "PROPN" or (t.text[:1].isupper() and t.is_alpha and not t.is_sent_start)
