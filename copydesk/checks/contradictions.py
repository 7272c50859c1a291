"""Contradictions between facts (CD4xx): two parts of one article that cannot both be true.

Every rule reads the facts layer (:mod:`copydesk.facts`: slot facts per entity with their
sources, and the article's clauses as statements with their values); none parses a date or
computes an age itself. All conflicts are found once per article by
:mod:`copydesk.conflicts` (:func:`conflicts_of`, cached on the Document) so that the
timeline can mark them and a pair of passages is reported by one rule only; this module
only turns them into findings.

========  =====================  ==============  ==========================================
CD401     role-date-conflict     contradiction   start (or end) of one role or membership
CD402     life-fact-conflict     contradiction   place or date of birth or death
CD403     age-conflict           contradiction   two stated ages that cannot both hold
CD404     event-date-conflict    contradiction   the same event on two dates or in two places
CD405     quantity-conflict      contradiction   the same count given two values
CD406     certainty-conflict     contradiction   asserted here, negated or unknown there
CD407     ended-state-conflict   contradiction   a current state the article says has ended
CD408     post-conflict          contradiction   one person given two posts held one at a time
========  =====================  ==============  ==========================================

Severity, for every rule: ``error`` when both sides are the article's own voice, asserted;
``warning`` when one or both sides are attributed (to one source or to two) or hedged and
the article does not note the disagreement; ``info`` when the article itself reports the
dispute ("X says A, but Y disputes it"). CD402 on a death placed on two adjacent days is a
warning (time zones), as CD104 has it.

One fact, one finding: a role-date conflict carries the stated tenure that supports one of
its sides ("for more than two decades") and absorbs CD103's duration finding on the same
passages; a death-date conflict absorbs CD104's. A finding that absorbs others lists them
in ``finding.absorbs`` (``[(code, [(start, end), ...]), ...]``: drop a finding of that code
whose every evidence span overlaps one of the spans); :func:`drop_absorbed` applies it.
"""

from __future__ import annotations

from typing import Iterator

from ..conflicts import Conflict, conflicts_of, place_level  # noqa: F401 - the public names
from ..document import Document
from ..model import Finding
from .registry import rule


def _findings(doc: Document, code: str) -> Iterator[Finding]:
    for c in conflicts_of(doc):
        if c.code != code:
            continue
        f = Finding(code=code, message=c.message, evidence=list(c.evidence), severity=c.severity,
                    suggestion=c.suggestion)
        if c.absorbs:
            f.absorbs = c.absorbs  # type: ignore[attr-defined]
        yield f


def drop_absorbed(findings: list[Finding]) -> list[Finding]:
    """Drop the findings that a contradiction finding has absorbed (CD103's tenure finding
    inside a role-date conflict, CD104's day conflict inside a death-date conflict)."""
    rules = [(code, spans) for f in findings for code, spans in getattr(f, "absorbs", ())]
    if not rules:
        return findings

    def absorbed(f: Finding) -> bool:
        for code, spans in rules:
            if f.code != code:
                continue
            if all(any(e.start < s1 and e.end > s0 for s0, s1 in spans) for e in f.evidence):
                return True
        return False

    return [f for f in findings if not absorbed(f)]


@rule("CD401", "role-date-conflict", "contradiction", "error")
def role_date_conflict(doc: Document) -> Iterator[Finding]:
    """What it finds: one role or membership given two start dates. The role is the title
    normalized (head, chief, commander, leader, chair, director and president are one top
    post; a deputy, vice, acting or interim post is another) of one organisation (its name
    variants joined by the entity clusters), however the article words the start ("was
    named commander of X in 1998", "promoted to head of X in 2002", "became X's chair in
    2006", "has run X since 2008", "joined X in 1979"). What else the article says about the
    start is shown as support for one side: a tenure ("for more than two decades", counted
    back from the death or the publication date) or a date the role was already held
    ("already leading X when ... in 2001"). Re-elections, returns and a term ended in between
    are not conflicts. The finding absorbs CD103's tenure mismatch on the same passages.

    Why it matters: the date a person took a post is the first fact a profile is checked
    on; two dates mean one of them is wrong.

    Example: "Okafor became chair of the Harbour Trust in 2006" and, later, "Okafor has run
    the Harbour Trust since 2009" give "when Okafor became head of the Harbour Trust: the
    article says 2006 (line 1); the article says 2009 (line 5)".
    """
    yield from _findings(doc, "CD401")


@rule("CD402", "life-fact-conflict", "contradiction", "error")
def life_fact_conflict(doc: Document) -> Iterator[Finding]:
    """What it finds: two places or two dates of one person's birth or death, or two people
    named as one person's father (or mother). Births and deaths come from the life stage,
    with each side's source (the article, or an attributed
    speaker: "The ministry has said she was born in ..."). Places that contain each other
    (a town and its province, "Lyon, France") are not a conflict. A death placed on two
    adjacent days is a warning, as time zones may explain it; this finding then stands for
    CD104's day conflict on the same passages. Two homes of one person ("Tessa Marling, of
    Ashby Vale," and "The Kelby resident said") are a warning too: people move.

    Why it matters: where and when someone was born or died are the facts readers and other
    outlets copy; two versions in one story need resolving or attributing.

    Example: "Born in Porto in 1961, Silva ..." and "The club said Silva was born in Braga"
    give "place of Silva's birth: the article says Porto (line 1); the club, quoted on line
    4, says Braga" (a warning: one side is attributed).
    """
    yield from _findings(doc, "CD402")


@rule("CD403", "age-conflict", "contradiction", "error")
def age_conflict(doc: Document) -> Iterator[Finding]:
    """What it finds: two stated ages of one person that cannot both hold at the times they
    refer to ("the 44-year-old" and, later, "Adeyemi, 47,"), when the article gives no birth
    date (CD101 checks ages against one), and the same statement restated with another age.

    Why it matters: an age copied from an earlier story is one of the commonest errors in
    news copy.

    Example: "the 44-year-old driver, Femi Adeyemi" and "Adeyemi, 47, was arrested" in the
    same story give "Femi Adeyemi's age: the article says 44 (line 1); the article says 47
    (line 3)".
    """
    yield from _findings(doc, "CD403")


@rule("CD404", "event-date-conflict", "contradiction", "error")
def event_date_conflict(doc: Document) -> Iterator[Finding]:
    """What it finds: the same event given two dates or two places. The same event is the
    same statement made twice (the same verb and subject, nearly the same words) with only
    its date or its place changed; a date that says the event happened again ("again",
    "re-elected") is not a conflict, and days of deaths, arrests, crashes and blasts are
    CD104's. The same date words in both ("Seven decades on", "The next day") are one date,
    even when each copy reads them from another anchor.

    Why it matters: a restated fact with a new year or a new town is usually a typo or a
    detail copied from another story.

    Example: "In 2004 the council approved the harbour plan" and "The council approved the
    harbour plan in 2006" give "the same statement gives two dates: line 1 says 2004; line 3
    says 2006".
    """
    yield from _findings(doc, "CD404")


@rule("CD405", "quantity-conflict", "contradiction", "error")
def quantity_conflict(doc: Document) -> Iterator[Finding]:
    """What it finds: the same count given two values: the same statement made twice with
    only a number changed (what the number counts must be the same word, and bounds must
    not overlap: "more than 30" and "41" agree). A figure the article says changed ("rose
    to", "now", "the toll", a later date) is not a conflict, nor is a number about another
    group.

    Why it matters: a death toll, a vote count or a sum that differs between two paragraphs
    is the kind of error readers notice first.

    The age of one thing (an age no person reaches, 120 years or more) is read by its noun:
    "140-year-old steamship" in the headline against "the ship about 95 years old".

    Example: "The storm damaged 120 homes in the valley" and "the storm damaged 210 homes
    in the valley" give "the same statement gives two figures: line 1 says 120; line 4
    says 210".
    """
    yield from _findings(doc, "CD405")
    from .thing_ages import thing_age_findings  # the age of one thing, by its noun

    yield from thing_age_findings(doc)


@rule("CD406", "certainty-conflict", "contradiction", "error")
def certainty_conflict(doc: Document) -> Iterator[Finding]:
    """What it finds: something the article asserts in one place and negates or calls
    unknown in another: the same claim about the same entity (the claims layer's predicate
    and object, a pronoun object matching the earlier one) with opposite polarity or with
    certainty "unknown" ("it is not known if he took part", "it is unclear whether she
    signed it"), and the same statement restated with "not" added or removed. A clause that
    is the content of something negated ("it was not to say that they would not ...", "there
    is no sign that they ...") is neither asserted nor denied, and two updates of a live blog
    are reports at two times.

    Why it matters: a story that says a thing happened and, later, that nobody knows whether
    it did has not decided what it knows.

    Example: "Mensah signed the open letter" and "It is unclear whether Mensah signed it"
    give "whether Mensah signed the open letter: the article says so (line 1); it is not
    known whether (line 3)".
    """
    yield from _findings(doc, "CD406")


@rule("CD407", "ended-state-conflict", "contradiction", "error")
def ended_state_conflict(doc: Document) -> Iterator[Finding]:
    """What it finds: a current role or membership ("is still the party's treasurer")
    that the article elsewhere says has ended ("quit as treasurer in June", "left the
    party last year"), for the same person and the same post.

    Why it matters: one of the two passages is out of date, usually text kept from an
    earlier version of the story.

    Example: "Duarte is still the union's treasurer" and "Duarte quit as treasurer of the
    union in March" give "Duarte as treasurer of the union: the article says still in the
    post (line 1); the article says the post was left in March (line 4)".
    """
    yield from _findings(doc, "CD407")


@rule("CD408", "post-conflict", "contradiction", "warning")
def post_conflict(doc: Document) -> Iterator[Finding]:
    """What it finds: one person given, at the same time, two posts of one organisation that
    one person holds one at a time: a rank below a post and the post itself ("Deputy Mayor
    Karen Ames fires the starting gun" and "Mayor Karen Ames presents the trophies"), or two
    posts of a company's executive team ("chief executive Ola Lind told a news conference"
    and "the group's finance director, Ola Lind, said"). The posts are data
    (``[executive_posts]`` and ``[lesser_ranks]`` in ``copydesk/data/roles_en.txt``).
    "Chairman and chief executive", a post with a date of its own ("in 2010, as deputy
    mayor"), a former post and a quotation's words are not compared.

    Why it matters: a title copied from another story, or two people's names swapped, is a
    correction readers and the person notice at once.

    Example: "Deputy Mayor Karen Ames fires the starting gun" and "Mayor Karen Ames presents
    the trophies" give "Karen Ames's post: the article says Deputy Mayor (line 3); the
    article says Mayor (line 9)".
    """
    yield from _findings(doc, "CD408")
