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


# -- a metric's change in percent: "profit jumps 18%", "a 14 percent rise in net profit" --------

PERCENT_WORDS = frozenset({"%", "percent", "pct", "cent"})
# Words that may stand beside a metric without making it a part of the whole (a segment's
# "defence revenue", "sales in Europe" are parts): the company's name, a period, "net".
_PLAIN_MODS = frozenset({"det", "poss", "case", "punct"})
_FORECAST = frozenset({"to", "will", "would", "could", "may", "might", "should"})
_PERFECT = frozenset({"has", "have", "had", "'s", "'ve"})
# What a change is counted from: "rose 14% from a year earlier" (the prior period is the base,
# not the figure's own period, as in "rose 11% in the same quarter last year").
_BASE_BEFORE = re.compile(r"\b(?:from|than|on|over|versus|vs\.?|against|compared (?:with|to))\s+(?:the\s+|a\s+)?$", re.I)


def _prior_figure(text: str) -> bool:
    """A sentence that gives an earlier period's figure ("in the same quarter last year"),
    not only counts from one."""
    low = text.lower()
    for w, (r, _v) in table().items():
        if r != "prior":
            continue
        for m in re.finditer(r"\b" + re.escape(w) + r"\b", low):
            if not _BASE_BEFORE.search(low[max(0, m.start() - 20):m.start()]):
                return True
    return False


def _role(tok) -> str:
    t = table()
    return t.get(tok.lower_, t.get(tok.lemma_.lower(), ("",)))[0]


def _metric_value(tok) -> str:
    t = table()
    return t.get(tok.lower_, t.get(tok.lemma_.lower(), ("", "")))[1]


@lru_cache(maxsize=1)
def _period_words() -> frozenset[str]:
    """Every word of a period's name ("full", "year" of "full-year")."""
    return frozenset(w for k, (r, _v) in table().items() if r == "period" for w in re.split(r"[ -]", k))


def _plain_metric(metric, skip=frozenset()) -> bool:
    """Whether a metric is said plainly: its words are the company's name, a period ("for the
    second quarter", "second-quarter"), a qualifier, "net"; not a segment's ("defence revenue",
    "sales in Europe"). ``skip``: token indices of the change itself (a misparsed "profit up 18%")."""
    periods = _period_words()
    for c in metric.subtree:
        if c.i in skip or c.i == metric.i or c.dep_ in _PLAIN_MODS or c.pos_ == "PROPN" or \
                c.lower_ in ("net", "its", "their"):
            continue
        if c.is_title and c.i < metric.i and c.ent_type_ not in ("NORP", "GPE", "LOC"):
            continue  # a company's name the tagger did not know ("Ossory profit"), not "European sales"
        if any(a.lower_ in periods for a in c.ancestors if a.i != metric.i and metric.i in {x.i for x in a.ancestors}):
            continue  # inside a period's phrase: "the three months to September"
        if c.dep_ == "prep" and any(g.lower_ in periods for g in c.children):
            continue  # "for the second quarter"
        if _role(c) in ("period", "qualifier") or c.lower_ in _period_words():
            continue
        if c.head.lower_ in _period_words() and c.dep_ in ("amod", "nummod"):
            continue  # "second-quarter", "first-half"
        return False
    return True


def _change_of(pct):
    """(the metric token, "up" | "down") of a percentage that is a metric's change, or None."""
    t = table()
    head = pct.head
    if pct.dep_ == "pobj" and head.lower_ == "by":
        pct, head = head, head.head
    if head.lower_ in ("up", "down") and head.dep_ == "advmod":  # "profit up 18%", "rose to $96m, up 18%"
        owner = head.head
        metric = owner if _role(owner) == "metric" else next(
            (c for c in owner.children if c.dep_ in ("nsubj", "nsubjpass") and _role(c) == "metric"), None)
        return (metric, head.lower_) if metric is not None else None
    if pct.dep_ in ("npadvmod", "dobj", "prep") and head.pos_ == "VERB":
        way = t.get(head.lemma_.lower(), ("", ""))
        if way[0] != "change" or any(c.dep_ == "aux" and c.lower_ in _FORECAST | _PERFECT for c in head.children) \
                or any(c.dep_ == "prep" and c.lower_ in ("over", "since", "across") for c in head.children):
            return None  # a forecast, or a change over years ("have risen 30% over three years")
        metric = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and _role(c) == "metric"), None)
        return (metric, way[1]) if metric is not None else None
    if pct.dep_ in ("compound", "nmod", "amod") and head.pos_ == "NOUN":
        way = t.get(head.lemma_.lower(), ("", ""))
        metric = _change_metric(head) if way[0] == "change" else None
        return (metric, way[1]) if metric is not None else None
    return None


def changes(doc: "Document", sources: "Sources") -> Iterator[Measure]:
    """A metric's change in percent, in the headline or the body, as a figure of the period:
    "Halvard profit jumps 18%" and "a 14 percent rise in net profit" are the period's one
    change, given twice. Only a metric said plainly (no segment: "defence revenue", "sales in
    Europe"), with one period and its qualifiers (words anywhere in its sentence: "on an
    organic basis") is read; a forecast ("expects profit to rise 5%") and percentage points
    are not."""
    text = doc.text
    for sent in doc.sentences:
        if sent.tokens is None or not re.search(r"%|\bper ?cent\b|\bpct\b", sent.text, re.I):
            continue
        base = sent.start - sent.tokens.start_char
        doc_ = sent.tokens.doc
        for tok in sent.tokens:
            if tok.lower_ not in PERCENT_WORDS or tok.i == 0 or not doc_[tok.i - 1].like_num and \
                    not (tok.lower_ == "cent" and tok.i > 1 and doc_[tok.i - 2].like_num):
                continue
            num = doc_[tok.i - 1] if doc_[tok.i - 1].like_num else doc_[tok.i - 2]
            nxt = doc_[tok.i + 1] if tok.i + 1 < len(doc_) else None
            if nxt is not None and nxt.lower_.startswith("point"):
                continue  # percentage points
            # the word the change hangs on: "18%" on its "%", "9 per cent" often on its number
            anchor = tok if num.head.i == tok.i else num
            try:
                value = float(num.text.replace(",", ""))
            except ValueError:
                continue
            found = _change_of(anchor)
            if found is None:
                continue
            metric, way = found
            if _prior_figure(sent.text):
                continue
            skip = frozenset(x.i for x in (anchor.head if anchor.head.lower_ in ("up", "down") else anchor).subtree)
            if not _plain_metric(metric, skip) or _words([metric, metric.head] + list(metric.children), "outlook"):
                continue
            # the metric's own period ("second-quarter profit"), else the sentence's
            periods = _words(list(metric.subtree), "period") | _phrases(
                doc.text[base + metric.left_edge.idx:base + metric.right_edge.idx + len(metric.right_edge)], "period") \
                or _phrases(sent.text, "period")
            if len(periods) != 1:
                continue
            quals = sorted(_words(list(sent.tokens), "qualifier") | _phrases(sent.text, "qualifier"))
            decimals = len(num.text.split(".")[1]) if "." in num.text else 0
            half = 0.5 * 10 ** -decimals
            signed = value if way == "up" else -value
            s, e = base + num.idx, base + tok.idx + len(tok.text)
            key = f"amount:{_metric_value(metric)} change:{periods.pop()}:{'+'.join(quals)}"
            yield Measure(attribute=key, value=(signed - half, signed + half), text=text[s:e],
                          span=doc.span(s, e, "change"), clause=sent.span("change"), noun=None,
                          source=sources.at(s), sent=(sent.start, sent.end))
