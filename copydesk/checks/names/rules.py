"""CD301 name-misspelling, CD302 name-variant and CD303 proper-noun-misspelling, from the
names analysis."""

from __future__ import annotations

from typing import Iterator

from ... import names as nm
from ...document import Document
from ...model import Finding, Span
from ..registry import rule
from .records import MAX_EVIDENCE, Offsets
from .analyse import analysis
from .given import given_name_slips


def _display(pn: nm.ProperNoun, like: str) -> str:
    if like.isupper():
        return pn.display.upper()
    return pn.display if pn.display[:1].isupper() else pn.display.capitalize()


def _span_text(doc: Document, span) -> str:
    return " ".join(doc.text[span[0]:span[1]].split()) if span else ""


def _times(n: int) -> str:
    return f" ({n}×)" if n > 1 else ""


def _spans(doc: Document, spans: list[Offsets], role: str) -> list[Span]:
    return [doc.span(s, e, role) for s, e in spans]


@rule("CD301", "name-misspelling", "spelling", "warning")
def name_misspelling(doc: Document) -> Iterator[Finding]:
    """What it finds: a name spelt two ways in one article where one spelling is a slip
    (two letters swapped, one dropped, added or wrong): "Petreaus" twice and "Petraeus"
    once. The right spelling is the one the house list names, else the one English text in
    general uses (wordfreq's word list knows "Petraeus", not "Petreaus"), and only when
    neither knows the name, the one the article uses far more often (3+ times, and at
    least twice as often). A given name written two ways for one person ("Council leader
    Mara Quell" and "Maria Quell said") counts when the two full names have the same post
    before them, or differ by one letter with the second used once; a relative brought in
    ("his brother, Bryn Teale") is another person.

    Why it matters: a misspelt name is the error readers and the people named notice
    first, and the wrong form can be the more frequent one in the copy (typed once, then
    pasted), so a count alone would "correct" the right spelling.

    Example: "US General David Petreaus ... 'General Petreaus, you should know ...,'
    Petraeus said." gives `"Petreaus" (2×) looks like a misspelling of "Petraeus"`,
    suggestion "Petraeus".
    """
    yield from given_name_slips(doc)
    for m in analysis(doc).misspellings:
        why = {"house": " (the house list's spelling)", "known": "",
               "counts": f" (used {m.right_form.count if m.right_form else 0}×)",
               "first": " (two letters swapped; the name is first given as"
                        f' "{m.right}", line {doc.article.line_col(m.right_form.mentions[0][0])[0]})'
               if m.right_form else "",
               "local": f' (a town or a firm has one spelling; it is first given as "{m.right}",'
                        f' line {doc.article.line_col(m.right_form.mentions[0][0])[0]})' if m.right_form else "",
               "orphan": f' (the person is introduced as "{_span_text(doc, m.right_form.first_name)}",'
                         f' line {doc.article.line_col(m.right_form.mentions[0][0])[0]}, and never'
                         f' as "{m.wrong.text}")' if m.right_form else ""}[m.reason]
        evidence = _spans(doc, m.wrong.mentions[:MAX_EVIDENCE], "variant")
        if m.right_form is not None:
            evidence += _spans(doc, m.right_form.mentions[:1], "preferred")
        yield Finding(
            code="CD301",
            message=f'"{m.wrong.text}"{_times(m.wrong.count)} looks like a misspelling of "{m.right}"{why}',
            evidence=evidence,
            suggestion=m.right,
        )


@rule("CD302", "name-variant", "spelling", "info")
def name_variant(doc: Document) -> Iterator[Finding]:
    """What it finds: one name written in two or more ways that are each a valid spelling:
    transliterations ("Qassem"/"Qasem", "Mohammed"/"Muhammad"), with and without
    diacritics ("José"/"Jose"), hyphens or spaces ("Abdel-Rahman"/"Abdel Rahman"/
    "Abdelrahman"). Different names that look alike ("Iran"/"Iraq") and different people
    who share a surname are not variants.

    Why it matters: house style picks one spelling per name and keeps to it; a story that
    switches reads as careless, and a reader may take the two spellings for two people.
    Neither spelling is wrong, so this is information, not a warning. A name on the house
    list is the suggested spelling.

    Example: "Qassem Soleimani" in the headline and "Qasem Soleimani" in a caption give
    `"Qassem Soleimani" and "Qasem Soleimani": one name spelt two ways; pick one`.
    """
    for group in analysis(doc).variants:
        if len(group.variants) == 1:  # the house list's spelling, not used in the article
            v = group.variants[0]
            yield Finding(
                code="CD302",
                message=f'"{v.name}"{_times(v.count)}: the house list spells it "{group.preferred.text}"',
                evidence=[doc.span(*v.span, "variant")],
                suggestion=group.preferred.text,
            )
            continue
        names = list(dict.fromkeys(v.name for v in group.variants))
        if len(names) < 2:
            names = [v.text for v in group.variants]
        listed = (", ".join(f'"{n}"' for n in names[:-1])) + f' and "{names[-1]}"'
        ways = {2: "two", 3: "three", 4: "four"}.get(len(names), str(len(names)))
        pick = f'; the house list has "{group.suggestion}"' if group.house else "; pick one"
        yield Finding(
            code="CD302",
            message=f"{listed}: one name spelt {ways} ways{pick}",
            evidence=[doc.span(*v.span, "preferred" if group.house and v.name == group.preferred.name
                               else "variant") for v in group.variants],
            suggestion=group.suggestion,
        )


@rule("CD303", "proper-noun-misspelling", "spelling", "warning")
def proper_noun_misspelling(doc: Document) -> Iterator[Finding]:
    """What it finds: a name that English text never spells that way, one typing slip from
    a well-known proper noun that the article does not spell right anywhere: two
    neighbouring letters swapped ("Jersualem", "Washingotn"), or, for a major place tagged
    as a place, a letter dropped, added or changed ("Afganistan"). Real places and names
    that look alike ("Pittsburg", "Austria") are known words and never flagged.

    Why it matters: with no correct spelling elsewhere in the story, nothing in the copy
    itself shows the slip; a reader who knows the name sees it at once.

    Example: "talks in Washingotn on Monday" gives `"Washingotn" looks like a misspelling
    of "Washington"`, suggestion "Washington".
    """
    for form, pn in analysis(doc).lone:
        right = _display(pn, form.text)
        yield Finding(
            code="CD303",
            message=f'"{form.text}"{_times(form.count)} looks like a misspelling of "{right}"',
            evidence=_spans(doc, form.mentions[:MAX_EVIDENCE], "variant"),
            suggestion=right,
        )
