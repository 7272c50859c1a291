"""An interview printed as bare questions and answers ("How did it start?" / "I walked up to
Mill Lane with my boots in a paper bag ..."), with no speaker tags: the answers are the
interviewee's words, the person the introduction is about."""

from __future__ import annotations

import re

from ..document import Document

# a question on a line of its own: one short sentence ending in "?", no quotation marks
_QUESTION = re.compile(r"[^\"\u201c\u201d\n]{3,200}\?")
_SPOKEN = re.compile(r"\bI\b|\b(?i:me|my|we|us|our)\b")
# "He talked to Ada Quill.", "Interview by Ada Quill": the interviewer, not the one answering
_INTERVIEWER = re.compile(r"\b(?:talked|spoke|speaks|talks) to\s+$|\b(?:interviewed|asked) by\s+$|\b[Ii]nterview by\s+$")
MIN_QUESTIONS = 3


def qa_turns(doc: Document, index) -> tuple[object, list[list[tuple[int, int]]]] | None:
    """(the interviewee's entity, the answers' block spans), or None when the article is no
    bare question-and-answer interview: three questions or more, each answered by the
    paragraphs after it, most answers in the first person."""
    text, blocks = doc.text, doc.blocks
    is_q = [b.kind == "paragraph" and _QUESTION.fullmatch(text[b.start:b.end].strip()) is not None
            for b in blocks]
    qs = [i for i, x in enumerate(is_q) if x]
    if len(qs) < MIN_QUESTIONS or index is None:
        return None  # no entity index: the intro's people are unknown
    answers: list[list[tuple[int, int]]] = []
    for i in qs:
        span = []
        j = i + 1
        while j < len(blocks) and not is_q[j] and blocks[j].kind == "paragraph":
            span.append((blocks[j].start, blocks[j].end))
            j += 1
        if not span:
            return None  # a question left unanswered: a list of questions, not an interview
        answers.append(span)
    spoken = sum(1 for a in answers if any(_SPOKEN.search(text, s, e) for s, e in a))
    if spoken * 2 <= len(answers):
        return None
    who = _interviewee(doc, blocks[qs[0]].start)
    return (who, answers) if who is not None else None


def _interviewee(doc: Document, before: int):
    """The person the introduction names most often (not the one it says asked)."""
    counts: dict[str, int] = {}
    for e in doc.entities:
        if e.label != "PERSON":
            continue
        ms = [m for m in e.mentions if m.end <= before]
        if not ms or any(_INTERVIEWER.search(doc.text, max(0, m.start - 30), m.start) for m in ms):
            continue
        counts[e.id] = len(ms)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda x: -x[1])
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None  # two people as present: whose answers they are is not clear
    return next(e for e in doc.entities if e.id == ranked[0][0])
