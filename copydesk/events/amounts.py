"""Amounts of money in results copy, each with what it measures: a metric ("net income",
"profit", "revenue"), its qualifiers ("operating", "underlying") and its period ("for the
three months", "quarterly", "full-year"), read from ``copydesk/data/metrics_en.tsv``.

An amount belongs to a metric through the parse: it is the metric's own modifier ("the $421
million quarterly profit"), the object of "of" after it ("a net profit of Rs 743 crore"), or
the figure a metric rose, fell or stood to ("Net income ... rose to $412 million"). The
amount a figure rose *from*, an amount per share, a prior period's ("year-ago", "a year
earlier") and an outlook ("expects", "guidance") are not the period's figure and are skipped.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from .measures import Measure, _revision
from .vocab import DATA

if TYPE_CHECKING:
    from ..document import Document
    from .mentions import Sources

# An amount of money as written: currency, number, scale ("$412 million", "Rs 743 crore").
MONEY = re.compile(r"(?<![\w$])(US\$|A\$|NZ\$|C\$|HK\$|\$|£|€|¥|₹|Rs\.?\s?|INR\s?|Rp\s?)\s?"
                   r"(\d[\d,]*(?:\.\d+)?)(?:\s*(million|billion|bn|mn|m|crore|lakh|thousand|k)\b)?",
                   re.I)
SCALE = {"million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "crore": 1e7,
         "lakh": 1e5, "thousand": 1e3, "k": 1e3}


# Nouns of change whose "in" names the metric: "a rise in net profit to $2m".
CHANGE_NOUNS = frozenset({"rise", "increase", "jump", "gain", "growth", "fall", "drop", "decline",
                          "decrease", "slump", "surge", "climb", "dip"})
# What a change is measured against: "against Rs 180 crore a year earlier", "from $2m".
PRIOR_MARKS = frozenset({"against", "from", "compared", "versus", "vs", "earlier", "ago"})


def money(m: re.Match) -> tuple[str, float]:
    """(currency, value) of a MONEY match: ("£", 84e6) for "£84m"."""
    return (m.group(1).strip().lower().rstrip("."),
            float(m.group(2).replace(",", "")) * SCALE.get((m.group(3) or "").lower(), 1))


PER_SHARE = re.compile(r"^\W{0,3}(?:a|per) share\b", re.I)
TOLERANCE = 0.006  # "$412 million" and "$412.3 million" are one figure


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[str, str]]:
    out = {}
    for line in (DATA / "metrics_en.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, role, value = line.split("\t")[:3]
            out[word] = (role, value)
    return out


def _phrases(text: str, role: str) -> set[str]:
    low = " " + re.sub(r"[,.;:!?)(]", " ", text.lower()) + " "  # "... a year earlier." ends a phrase too
    return {v for w, (r, v) in table().items()
            if r == role and (" " in w or "-" in w) and f" {w} " in low}


def _words(toks, role: str) -> set[str]:
    t = table()
    return {t[k][1] for tok in toks for k in (tok.lemma_.lower(), tok.lower_) if t.get(k, ("",))[0] == role}


def _change_metric(change):
    """The metric a change noun's "in" names: "a rise in net profit" -> profit."""
    t = table()
    for p in change.children:
        if p.dep_ == "prep" and p.lower_ == "in":
            for o in p.children:
                if o.dep_ == "pobj" and t.get(o.lemma_.lower(), ("",))[0] == "metric":
                    return o
    return None


def _metric_of(tok):
    """The metric noun an amount's token belongs to, or None."""
    t = table()
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return None
        prev, cur = cur, cur.head
        if prev.dep_ == "pobj" and cur.lower_ == "from":
            return None  # the figure it rose from
        if t.get(cur.lemma_.lower(), ("",))[0] == "metric":
            return cur
        changed = _change_metric(cur) if cur.pos_ == "NOUN" and cur.lemma_.lower() in CHANGE_NOUNS else None
        if changed is not None:  # "an 18% rise in net profit to Rs 212 crore"
            return changed
        if cur.pos_ in ("VERB", "AUX"):
            for c in cur.children:  # "posted a 5% fall in net profit to $31 million" (the "to" on the verb)
                if c.dep_ == "dobj" and c.lemma_.lower() in CHANGE_NOUNS and prev.dep_ == "prep" \
                        and prev.lower_ == "to" and (changed := _change_metric(c)) is not None:
                    return changed
            for c in cur.children:
                if c.dep_ in ("nsubj", "nsubjpass") and t.get(c.lemma_.lower(), ("",))[0] == "metric":
                    return c
            return None
    return None


def money_in(sent) -> Iterator[tuple[re.Match, int, int, object]]:
    """Every amount of money in a parsed sentence: (match, start, end, the token its number
    starts at), offsets in the article."""
    if sent.tokens is None or not MONEY.search(sent.text):
        return
    base = sent.start - sent.tokens.start_char
    starts = [base + t.idx for t in sent.tokens]
    for m in MONEY.finditer(sent.text):
        s = sent.start + m.start()
        k = bisect.bisect_right(starts, s + (m.start(2) - m.start())) - 1
        if k >= 0:
            yield m, s, sent.start + m.end(), sent.tokens[k]


def amounts(doc: "Document", sources: "Sources") -> Iterator[Measure]:
    text = doc.text
    for sent in doc.sentences:
        base = sent.start - sent.tokens.start_char if sent.tokens is not None else 0
        for m, s, e, tok in money_in(sent):
            if PER_SHARE.match(text[e:e + 14]):
                continue
            metric = _metric_of(tok)
            if metric is None:
                continue
            clause = list(metric.subtree) + [metric.head] + list(metric.head.children)
            lo, hi = metric.left_edge, metric.right_edge
            clause_text = sent.tokens.doc.text[lo.idx:hi.idx + len(hi.text)]
            if _words(clause, "prior") or _phrases(clause_text, "prior") or \
                    _phrases(text[e:e + 20], "prior") or \
                    _words([metric, metric.head] + list(metric.children), "outlook"):
                continue
            change = metric.head.head if metric.head.lower_ == "in" and metric.head.head.lemma_.lower() in CHANGE_NOUNS \
                else None
            if change is not None:  # "a rise in net profit to X for the quarter, against Y a year earlier"
                prior = {x.i for c in change.children if c.dep_ in ("prep", "advmod", "npadvmod")
                         and c.lower_ in PRIOR_MARKS for x in c.subtree}
                root = change.head if change.dep_ == "dobj" else change  # "posted a fall ... for the quarter"
                prior |= {x.i for c in root.children if c.dep_ in ("prep", "advmod", "npadvmod")
                          and c.lower_ in PRIOR_MARKS for x in c.subtree}
                kept = [x for x in root.subtree if x.i not in prior]
                clause = clause + kept
                periods = _words(kept, "period")
            else:
                periods = _words(clause, "period") | _phrases(sent.text, "period")
            if len(periods) != 1:
                continue  # no period, or two: which figure is which is not said
            quals = sorted(_words(list(metric.children) + [metric], "qualifier") |
                           _phrases(clause_text, "qualifier"))
            value = money(m)[1]
            key = f"amount:{table()[metric.lemma_.lower()][1]}:{periods.pop()}:{'+'.join(quals)}"
            nums = [t for t in sent.tokens if s <= base + t.idx < e] or [tok]
            yield Measure(attribute=key, value=(value * (1 - TOLERANCE), value * (1 + TOLERANCE)),
                          text=text[s:e], span=doc.span(s, e, "amount"), clause=sent.span("amount"),
                          noun=None, source=sources.at(s), sent=(sent.start, sent.end),
                          revision=_revision(nums, metric) and not _changed(metric))


def _changed(metric) -> bool:
    """'Net income rose to $412 million': a period's figure compared with another's, not a
    correction of the figure itself."""
    head = metric.head
    if head.dep_ == "prep" and head.lower_ == "in" and head.head.lemma_.lower() in CHANGE_NOUNS:
        return True  # "an 18% rise in net profit to Rs 212 crore"
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in {
        "rise", "climb", "increase", "grow", "jump", "fall", "drop", "decline", "slip", "surge",
        "soar", "plunge", "slump", "edge", "dip", "stand", "reach", "come", "total"}
