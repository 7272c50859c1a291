"""What makes a finding readable where it is shown, decided once for every renderer: the
sentence around a short piece of evidence ("inflamed" alone says nothing), and dates in
messages written as people write them, never as TIMEX3 codes."""

from __future__ import annotations

import bisect
from typing import Iterable

from .model import Article, Finding
from .time.words import humanise

# Evidence of fewer words than this is shown inside its sentence.
SHORT_WORDS = 6


def sentence_bounds(article: Article, docs: Iterable) -> list[tuple[int, int]]:
    """(start, end) of every sentence in article offsets, from the parsed blocks."""
    bounds: list[tuple[int, int]] = []
    for block, sdoc in zip(article.blocks, docs):
        try:
            sents = list(sdoc.sents)
        except ValueError:  # a Doc without sentence boundaries
            sents = [sdoc[:]] if len(sdoc) else []
        for sent in sents:
            bounds.append((block.start + sent.start_char, block.start + sent.end_char))
    return bounds


def finish(findings: list[Finding], sentences: list[tuple[int, int]]) -> None:
    starts = [s for s, _ in sentences]
    for f in findings:
        f.message = humanise(f.message)
        if f.suggestion:
            f.suggestion = humanise(f.suggestion)
        for e in f.evidence:
            if len(e.text.split()) >= SHORT_WORDS or not sentences:
                continue
            i = bisect.bisect_right(starts, e.start) - 1
            if i < 0:
                continue
            j = i
            while j + 1 < len(sentences) and sentences[j][1] < e.end:
                j += 1
            start, end = sentences[i][0], sentences[j][1]
            if start <= e.start and e.end <= end and (start, end) != (e.start, e.end):
                e.context = (start, end)
