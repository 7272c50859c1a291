"""One person's given name written two ways: "Council leader Mara Quell" and, later, "Maria
Quell said"; "Coach Bram Teale" and "Coach Bryn Teale". Two people who share a surname
are common (a couple, siblings, a father and son), so two full names count as one person
only when the article gives them the same post, or the given names are one letter apart and
the second is used once, and neither is brought in as the other's relative."""

from __future__ import annotations

import re
from typing import Iterator

from rapidfuzz.distance import Levenshtein

from ...document import Document
from ...entities.vocab import KIN_NOUNS, PERSON_NOUNS, TITLE_MODS, TITLES
from ...model import Finding

_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def given_name_slips(doc: Document) -> Iterator[Finding]:
    people = [e for e in doc.entities if e.label == "PERSON"]
    full = []
    for e in people:
        names = [m for m in e.mentions if m.kind == "name" and len(_WORD.findall(m.text)) >= 2]
        if names:
            words = _WORD.findall(names[0].text)
            full.append((e, names, words[0], words[-1]))
    for i, (a, ma, ga, sa) in enumerate(full):
        for b, mb, gb, sb in full[i + 1:]:
            if sa.lower() != sb.lower() or ga.lower() == gb.lower() or ga[:1].lower() != gb[:1].lower():
                continue
            if _kin_near(doc, ma + mb):
                continue
            first, second = (a, b) if ma[0].start < mb[0].start else (b, a)
            m1, m2 = (ma, mb) if first is a else (mb, ma)
            g1, g2 = (ga, gb) if first is a else (gb, ga)
            post = _post(doc, m1[0].start)
            same_post = post is not None and post == _post(doc, m2[0].start)
            slip = Levenshtein.distance(g1.lower(), g2.lower()) == 1 and len(second.mentions) == 1
            if not (same_post or slip):
                continue
            line1, line2 = doc.article.line_col(m1[0].start)[0], doc.article.line_col(m2[0].start)[0]
            why = f"the same post, {post}" if same_post else "used once"
            yield Finding(code="CD301",
                          message=f"“{m2[0].text}” (line {line2}, {why}) looks like a slip for “{m1[0].text}” "
                                  f"(line {line1}): one person's given name written two ways",
                          evidence=[doc.span(m1[0].start, m1[0].end, "name"), doc.span(m2[0].start, m2[0].end, "variant")],
                          suggestion=m1[0].text)


def _post(doc: Document, start: int) -> str | None:
    """The title written right before a name ("Coach", "Council leader", "Deputy head")."""
    before = re.split(r"[.!?;:,\n\"“”(]", doc.text[max(0, start - 40):start])[-1]
    words = _WORD.findall(before)
    if not words or not before.rstrip().endswith(words[-1]):
        return None
    post = []
    for w in reversed(words):
        low = w.lower()
        if w[:1].isupper() and low not in TITLES and low not in TITLE_MODS and low not in PERSON_NOUNS:
            if not post:
                return None  # a name before the name
            break
        if w.lower() in ("the", "a", "an", "said", "and", "by", "of", "to"):
            break
        post.insert(0, w.lower())
        if len(post) >= 3:
            break
    return " ".join(post) or None


def _kin_near(doc: Document, mentions) -> bool:
    """A relative brought in ("his brother, Bryn Teale", "Mara and Maria Quell")."""
    for m in mentions:
        s = doc.sentence_at(m.start)
        text = (s.text if s is not None else doc.text[max(0, m.start - 60):m.end + 60]).lower()
        if any(re.search(rf"\b{k}s?\b", text) for k in KIN_NOUNS) or re.search(r"\band\s+\w+\s+" + re.escape(
                _WORD.findall(m.text)[-1].lower()) + r"\b", text):
            return True
    return False
