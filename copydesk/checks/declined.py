"""CD704 quoted-after-declining: a person the article says declined to comment, or could not be
reached, quoted as speaking to the reporter all the same ("Hollister ... declined to comment
when reached Tuesday" and '"We owe these families a real plan," Hollister said in an interview
Tuesday'). Which words refuse a comment is data (``copydesk/data/speech_en.txt``,
``[no_comment]``)."""

from __future__ import annotations

import re
from typing import Iterator

from ..document import Document
from ..facts import facts_of
from ..model import Finding, Span
from ..time.life.syntax import _subject
from ..vocab import sections
from .registry import rule
from .time.afterlife import _person

_NO_COMMENT = re.compile(r"\b(?:" + "|".join(sections("speech_en.txt")["no_comment"]) + r")\b", re.I)
# what narrows a refusal to one matter, or says the person spoke before: "declined to comment
# further", "declined to comment on the lawsuit"
_NARROWED = re.compile(r"\s*(?:further|beyond|about|specifically|directly|in detail|on (?!(?:Mon|Tues|Wednes|Thurs|"
                       r"Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|the phone|\d))\b", re.I)
# an occasion of its own for the quotation: not the reporter's call the person refused
_OCCASION = re.compile(r"\b(?:at|during) (?:a|an|the|his|her|their|its|\w+'s)\b|"
                       r"\b(?:meeting|hearing|session|statement|speech|debate|rally|conference|briefing|convention|"
                       r"court|trial|testimony|earlier|previously|last (?:week|month|year)|in \d{4}|"
                       r"told (?:the|a) (?:board|council|committee|jury|court|crowd|meeting|audience)|"
                       r"wrote|posted|tweeted|said in (?:a|an) (?:post|letter|email|memo|report|book))\b", re.I)


@rule("CD704", "quoted-after-declining", "contradiction", "warning")
def quoted_after_declining(doc: Document) -> Iterator[Finding]:
    """What it finds: a person the article says declined to comment, refused to comment or
    could not be reached for comment, quoted after that in the same article as speaking with
    no occasion of his or her own: no meeting, hearing, statement, post or earlier date in the attribution
    ("said in an interview Tuesday", "told the Gazette", plain "said"). A refusal narrowed to
    one matter ("declined to comment on the lawsuit", "declined to comment further") is not a
    refusal to speak at all, a quotation with an occasion of its own ("said at Monday's
    meeting", "said in a statement") was given elsewhere, and one told before the refusal
    is, by news convention, from another occasion (a speech, an earlier interview).

    Why it matters: one of the two is wrong: the quotation belongs to someone else, or it came
    from an earlier story and the refusal from this one; either way the article tells readers
    the person both spoke and would not.

    Example: "Diane Hollister ... declined to comment when reached Tuesday." and '"We owe these
    families a real plan," Hollister said in an interview Tuesday.' give "Diane Hollister
    “declined to comment” (line 13), yet is quoted (line 21) with no other occasion given".
    """
    if not doc.quotes:
        return
    for s in doc.sentences:
        m = _NO_COMMENT.search(s.text)
        if m is None or _NARROWED.match(s.text, m.end()):
            continue
        who = _refuser(s, s.start + m.start(), facts_of(doc))
        if who is None:
            continue
        for q in doc.quotes:
            if q.kind not in ("direct", "mixed") or q.speaker is None or q.speaker.entity != who.id:
                continue
            if q.start < s.end:
                continue  # said before the refusal (a speech, an earlier occasion), or in it
            qs = doc.sentence_at(q.speaker.start) if q.speaker.start is not None else None
            tag = qs.text if qs is not None else ""
            outside = _without_quotes(tag)
            if _OCCASION.search(outside):
                continue
            line_a, line_b = doc.article.line_col(s.start)[0], doc.article.line_col(q.start)[0]
            ev = [Span(s.start + m.start(), s.start + m.end(), m.group(0), "declined")]
            if qs is not None:
                ev.append(qs.span("quoted"))
            yield Finding(code="CD704",
                          message=f"{who.name} “{m.group(0)}” (line {line_a}), yet is quoted "
                                  f"(line {line_b}) with no other occasion given",
                          evidence=ev)
            break


def _refuser(s, at: int, F):
    """The person whose refusal it is: the subject of the refusing verb ("Diane Hollister,
    who ..., declined to comment"), through a relative clause or a coordination."""
    if s.tokens is None:
        return None
    base = s.start - s.tokens.start_char
    tok = next((t for t in s.tokens if base + t.idx >= at), None)
    if tok is None:
        return None
    if tok.dep_ in ("aux", "auxpass", "neg") and tok.head.i != tok.i:
        tok = tok.head  # "did not respond", "could not be reached"
    return _person(F, base, _subject(tok))


def _without_quotes(text: str) -> str:
    return re.sub(r"[\"“][^\"”]*[\"”]", " ", text)
