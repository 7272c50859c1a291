"""Figures and the words that describe them (CD110, CD111): a vote called unanimous, narrow
or overwhelming against the tally the article gives for it, and a match's final score
against the goals (tries, runs) the report tells one by one.

Both read what the events stage found (the vote's tallies, the match's score) and the
vocabulary in ``copydesk/data/figures_en.txt``; neither parses a score itself.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..document import Document
from ..events import event_facts
from ..model import Finding
from ..vocab import sections
from .registry import rule


@lru_cache(maxsize=None)
def _phrases(section: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(sections("figures_en.txt")[section]) + r")\b", re.I)


def _tallies(doc: Document) -> list:
    """Every tally of a vote the events stage found, as measures."""
    event_facts(doc)
    return [m for c in doc.extras.get("events", []) for m in c.measures if m.attribute == "tally"]


def _contradicts(kind: str, high: int, low: int) -> bool:
    total, margin = high + low, high - low
    if total <= 0:
        return False
    if kind == "unanimous":
        return low > 0
    if kind == "narrow":
        return margin >= 3 and margin * 3 > total
    return margin <= 1 or margin * 10 < total  # wide


_KIND_WORDS = {"unanimous": "unanimous", "narrow": "narrow", "wide": "one-sided"}


@rule("CD110", "tally-description", "arithmetic", "warning")
def tally_description(doc: Document) -> Iterator[Finding]:
    """What it finds: a vote the article describes in words that its own tally does not
    allow: "carried unanimously" against "seven voted in favour and two against"; "narrowly
    approved" against "by 31 votes to 14"; "an overwhelming majority" against 8-7.

    Why it matters: the description and the tally were usually written at different times
    (the description before the count was in, or the tally edited later); one of them is wrong.

    Only where it is clear: unanimous means nobody voted against (abstentions allowed); a
    narrow vote is contradicted by a margin over a third of the votes cast (and of three votes
    or more); a one-sided vote by a margin of one vote or under a tenth of the votes cast. The
    description must sit in a sentence about a vote ("voted", "carried", "majority"), and it
    is compared with the article's one tally, or with the tally in its own sentence when the
    article gives several. A sentence about another vote ("an amendment", "a second vote",
    "last year") is left alone. Vocabulary: ``copydesk/data/figures_en.txt``.

    Example: "The motion was carried unanimously." and later "Seven councillors voted in
    favour and two against." gives "the vote is called unanimous, but the tally is 7 to 2".
    """
    tallies = _tallies(doc)
    if not tallies:
        return
    values = {m.value for m in tallies}
    vote, other = _phrases("vote_words"), _phrases("other_vote")
    for s in doc.sentences:
        for kind in ("unanimous", "narrow", "wide"):
            d = _phrases(f"tally_{kind}").search(s.text)
            if d is None or not vote.search(s.text) or other.search(s.text):
                continue
            if kind != "unanimous" and re.match(r"(?:\s+majority)?\s+of\b", s.text[d.end():], re.I):
                continue  # "the overwhelming majority of residents": a share of people, not a vote
            own = [m for m in tallies if s.start <= m.span.start < s.end]
            if own:
                chosen = own
            elif len(values) == 1:
                chosen = tallies
            else:
                continue  # several votes, and nothing says which one the words describe
            bad = [m for m in chosen if _contradicts(kind, *m.value)]
            if not bad:
                continue
            m = bad[0]
            high, low = m.value
            yield Finding(
                code="CD110",
                message=f"the vote is called {_KIND_WORDS[kind]} (\u201c{d.group(0)}\u201d, line "
                        f"{doc.article.line_col(s.start)[0]}), but the tally is {high} to {low} "
                        f"(\u201c{m.text}\u201d, line {doc.article.line_col(m.span.start)[0]})",
                evidence=[doc.span(s.start + d.start(), s.start + d.end(), "description"),
                          doc.span(m.span.start, m.span.end, "tally")],
                suggestion="check the tally and the words that describe the vote",
            )
            break
