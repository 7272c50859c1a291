"""A wire dateline's state or province against the one the article's own voice says the story
is in: "DELBY, Okla. (AP) --" and "the worst storm to hit this part of Kansas" (CD404). The
dateline forms are data (``copydesk/data/regions_en.txt``)."""

from __future__ import annotations

import re
from typing import Iterator

from ..document import Document
from ..facts import Facts
from ..model import Span
from ..vocab import mapping
from .base import Conflict, _line

REGIONS = mapping("regions_en.txt", "dateline_regions")
_NAMES = sorted(set(REGIONS.values()), key=len, reverse=True)
_FORMS = sorted(REGIONS, key=len, reverse=True)
# the town in capitals, the region, then an agency in brackets and/or a dash
_DATELINE = re.compile(r"\s*[A-Z][A-Z .'\u2019-]+,\s+(" + "|".join(re.escape(f) for f in _FORMS) +
                       r")(?=\s*(?:\(|--|[-\u2013\u2014]))")
# where the story is, in its own words: "this part of Kansas", "here in Kansas"
_HERE = re.compile(r"\b(?:this (?:part|corner|area|region|stretch|end) of|here in|across this part of)\s+"
                   r"(?:(?:northern|southern|eastern|western|central|rural)\s+)?(" +
                   "|".join(re.escape(n.title()) for n in _NAMES) + r")\b")


def dateline_conflicts(doc: Document, F: Facts) -> Iterator[Conflict]:
    body = [b for b in doc.blocks if b.kind not in ("headline", "byline")][:3]
    first = next((b for b in body if _DATELINE.match(doc.text, b.start, b.end)), None)
    if first is None:
        return
    m = _DATELINE.match(doc.text, first.start, first.end)
    region = REGIONS[m.group(1)]
    quoted = doc.quoted_spans()
    for h in _HERE.finditer(doc.text):
        if h.group(1).lower() in (region, *_town_regions(m)) or any(a <= h.start() < b for a, b in quoted):
            continue
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        ev = [Span(start, m.end(), doc.text[start:m.end()], "dateline"),
              Span(h.start(), h.end(), h.group(0), "place")]
        msg = (f"where the story is: the dateline says {region.title()} (“{ev[0].text}”, line "
               f"{_line(F, ev[0].start)}); “{h.group(0)}” (line {_line(F, h.start())}) says {h.group(1)}")
        yield Conflict("CD404", msg, ev, "warning")
        return


def _town_regions(m) -> tuple[str, ...]:
    """A town named for a neighbouring state ("KANSAS CITY, Mo."): the metro spans both."""
    town = m.group(0).split(",")[0].strip().lower()
    return tuple(n for n in _NAMES if n in town)
