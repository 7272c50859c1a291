"""CD115 rounds-out-of-order: a later stage of a knockout competition dated before an earlier
one ("beaten in the major semi-final on September 15" and "won the preliminary final on
September 8"). The stages and their order are data (``copydesk/data/rounds_en.txt``)."""

from __future__ import annotations

import re
from typing import Iterator

from ...document import Document
from ...model import Finding, Span
from ...time import calendar as cal
from ...vocab import mapping
from ..registry import rule
from .common import _line, _quote
from ...lazy_re import gated

RANKS = {k.replace("-", " "): int(v) for k, v in mapping("rounds_en.txt", "round_ranks").items()}
_ROUND = gated(r"\b(" + "|".join(sorted((re.escape(k).replace(r"\ ", r"[-\s]") for k in RANKS),
                                             key=len, reverse=True)) + r")s?\b", re.I)
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
NEAR = 40  # characters between a stage and the day it is played on ("the semi-final on May 2")
SEASON = 120  # days: stages further apart are of two editions ("the 2019 final", "this year's semi")


@rule("CD115", "rounds-out-of-order", "contradiction", "warning")
def rounds_out_of_order(doc: Document) -> Iterator[Finding]:
    """What it finds: a later stage of a knockout competition dated before an earlier one:
    "beaten in the major semi-final on September 15" and "thrashing Saltings in the
    preliminary final on September 8"; "the quarter-final on 4 May" and "the last 16 on 11
    May". A stage is dated by the day written right after it in the same sentence ("the
    semi-final on Saturday, May 2"); stages of one rank (a major and a minor semi-final) and
    stages more than four months apart (two editions of a competition) are not compared.

    Why it matters: the order of a cup run is the story; a date copied from last year's run,
    or two dates swapped, tells readers the team played its semi-final after the final.

    Example: "beaten by Ferrow in the major semi-final on September 15" and "won the
    preliminary final on September 8" give "the preliminary final (8 September 2007) is dated
    before the semi-final it follows (15 September 2007)".
    """
    dated: list[tuple[int, str, object, Span]] = []
    for s in doc.sentences:
        for m in _ROUND.finditer(s.text):
            start = s.start + m.start()
            tx = next((t for t in doc.timexes if t.type == "DATE" and _DAY.match(t.value or "")
                       and start < t.start <= start + len(m.group(0)) + NEAR and t.end <= s.end), None)
            if tx is None or re.search(r"[;.]|\band\b", doc.text[start + len(m.group(0)):tx.start]):
                continue
            rank = RANKS[re.sub(r"[-\s]+", " ", m.group(1).lower())]
            day = cal.value_range(tx.value)
            if day is None:
                continue
            dated.append((rank, m.group(0), day[0], Span(start, tx.end, doc.text[start:tx.end], "round")))
    seen = set()
    for ra, na, da, sa in dated:
        for rb, nb, db, sb in dated:
            if ra < rb and db < da and (da - db).days <= SEASON and (sa.start, sb.start) not in seen:
                seen.add((sa.start, sb.start))
                yield Finding(code="CD115",
                              message=f"the {nb.lower()} ({_day(db)}, line {_line(doc, sb.start)}) is dated before "
                                      f"the {na.lower()} it follows ({_day(da)}, line {_line(doc, sa.start)}): "
                                      f"“{_quote(sb.text, 50)}”",
                              evidence=[sb, sa])


def _day(d) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"
