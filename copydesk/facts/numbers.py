"""Numbers in a sentence with what they count (the noun, its unit and modifiers), for the
values a :class:`~copydesk.facts.model.Statement` carries."""

from __future__ import annotations

import re
from typing import Iterator

from .model import _num_value
from ..nlp import span_ents
from ..token_table import table_of
from .parse import _content, next_is_rel, prev_is_det
from .vocab import APPROX_RE, LESS_RE, MORE_RE, NUM_WORDS, SCALE


# the low end of an age group's range: "8 to 11-year-olds", "18-24-year-olds"
_COHORT_LOW = re.compile(r"\s*(?:to|and|or|-|–)\s*\d+[-‐\s]years?[-‐\s]olds\b")

def _numbers(span, base: int, skip: set[int], text: str, stoks=None) -> Iterator[dict]:
    """Numbers in a sentence, with what they count: dicts for :class:`Value`."""
    ents = {}
    tb = table_of(span.doc)
    like, low = tb.like_num, tb.lower
    if not any(like[i] or low[i] in NUM_WORDS for i in range(span.start, span.end)):
        return
    for ent in span_ents(span):
        if ent.label_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
            for t in ent:
                ents[t.i] = ent
    done: set[int] = set()
    sdoc = span.doc
    for t in (stoks if stoks is not None else span):
        if not (like[t.i] or low[t.i] in NUM_WORDS):
            continue
        if t.i in done or t.i in skip or not (t.like_num or t.lower_ in NUM_WORDS and t.lower_ not in ("a", "one") and t.pos_ == "NUM"
                                              or t.lower_ == "one" and t.pos_ == "NUM"):
            continue
        if t.ent_type_ in ("TIME", "ORDINAL") or re.fullmatch(r"\d+(st|nd|rd|th)", t.lower_):
            continue
        if t.ent_type_ == "DATE" and not re.match(r"[-‐\s]years?[-‐\s]olds?", text[base + t.idx + len(t.text):base + t.idx + len(t.text) + 12]):
            continue
        ent = ents.get(t.i)
        toks = list(ent) if ent is not None else [t]
        # a multi-word number: "1.7 billion", "two million", "twenty-one"
        j = t.i + 1
        while ent is None and j < len(sdoc) and (sdoc[j].lower_ in SCALE or sdoc[j].like_num and sdoc[j].head.i == t.i):
            toks.append(sdoc[j])
            j += 1
        for x in toks:
            done.add(x.i)
        numtoks = [x for x in toks if x.like_num or x.lower_ in NUM_WORDS or x.lower_ in SCALE
                   or x.text in ("$", "£", "€", "%")]
        if not numtoks:
            continue
        s = base + numtoks[0].idx
        e = base + numtoks[-1].idx + len(numtoks[-1].text)
        if any(x.text in ("$", "£", "€") for x in toks):
            # the currency sign before the number belongs to it
            pass
        ntext = text[s:e]
        if ntext.lower() == "one" and (prev_is_det(sdoc, numtoks[0]) or next_is_rel(sdoc, numtoks[-1])):
            continue  # "the one that revealed": a pronoun, not a count
        val = _num_value(ntext)
        if val is None:
            continue
        last = max(numtoks, key=lambda x: x.i)
        # what it counts: the noun it modifies, else its own head
        head = last.head if last.dep_ in ("nummod", "quantmod", "compound", "npadvmod", "amod") else last
        while head.dep_ in ("nummod", "quantmod") and head.head.i != head.i:
            head = head.head
        if head.pos_ == "PROPN" and not (last.dep_ == "nummod" and head.tag_ == "NNPS" or head.ent_type_ == "NORP") \
                or any(x.pos_ == "PROPN" and x.dep_ in ("compound",) for x in numtoks):
            continue  # "Flight 90", "Windows 11": part of a name; "47 Indonesians" is a count
        prev = sdoc[numtoks[0].i - 1] if numtoks[0].i > 0 else None
        if prev is not None and prev.pos_ == "PROPN" and prev.i not in ents and last.dep_ in ("appos", "nummod", "npadvmod") \
                and last.head.i == prev.i:
            continue
        after = text[e:e + 12].lower()
        unit = ""
        kind = "num"
        if re.match(r"[-‐\s]years?[-‐\s]olds\b", after) or _COHORT_LOW.match(text, e):
            continue  # "Among 12 to 15-year-olds": a group of people by age, no one's age
        if re.match(r"[-‐\s]years?[-‐\s]olds?", after) or head.lemma_.lower() == "year" and head.head.lower_ == "old":
            kind = "age"
        if any(x.text in ("$", "£", "€") for x in toks) or re.match(r"\s*(dollars|pounds|euros)", after):
            unit = "money"
        if "%" in text[s:e + 2] or re.match(r"\s*(per ?cent)", after):
            unit = "percent"
        before = text[max(0, s - 24):s]
        mod = None
        if MORE_RE.search(before) or re.match(r"\s*(or more|plus|\+)", after):
            mod = "MORE"
        elif APPROX_RE.search(before) or re.match(r"\s*or so", after):
            mod = "APPROX"
        elif LESS_RE.search(before):
            mod = "LESS"
        anchor = head.lemma_.lower() if head.i != last.i else "#" + (last.dep_ or "")
        if unit == "percent" and (head.pos_ in ("VERB", "AUX") or head.lower_ in ("%", "percent", "cent", "pct")):
            # "rises 12%" and "rose 9 percent": one kind of figure, however written; "rose to
            # 9 percent" is a level, not the size of the rise
            anchor = "percent" if head.dep_ != "pobj" or head.head.lower_ == "by" else "percent@" + head.head.lower_
        if kind == "age":
            anchor = "age"
        np_words = frozenset()
        if head.i != last.i:
            np_words = frozenset((x.lower_ if x.like_num else x.lemma_.lower()) for x in head.subtree
                                 if x.i not in done and x.i != head.i and (_content(x) or x.like_num)
                                 and x.dep_ not in ("relcl", "acl") and x.head.dep_ not in ("relcl", "acl"))
        person = head
        while person.dep_ in ("npadvmod", "amod", "compound") and person.head.i != person.i and kind == "age":
            person = person.head
        indef = kind == "age" and any(k.dep_ == "det" and k.lower_ in ("a", "an", "another") for k in person.children) and not any(
            k.dep_ == "appos" and k.pos_ == "PROPN" for k in person.children) and not (
            person.dep_ == "appos" and person.head.pos_ == "PROPN")
        yield dict(tok=last, kind=kind, value=val, text=ntext, start=s, end=e, anchor=anchor,
                   mod=mod, unit=unit, np=np_words, indef=indef)
