"""The facts layer's data: :class:`Fact` (one thing said about one subject), :class:`Value`
and :class:`Statement` (a clause and the values in it), and the small normalisers they share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from ..model import Source, Span
from ..time import calendar as cal
from .vocab import NUM_WORDS, POST_CLASSES, SCALE, TITLE_MODS, TITLE_WORDS, TOP_TITLES


@dataclass


class Fact:
    id: str
    entity: str | None
    slot: str
    value: str | None
    text: str | None
    evidence: Span
    source: Source
    kind: str | None = None  # born/died: place | date
    time: str | None = None
    time_evidence: Span | None = None
    prep: str | None = None
    aspect: str | None = None
    title: str | None = None
    post: str | None = None  # the post as written, by class: "ceo", "chair", "head chef"
    org: str | None = None
    org_text: str | None = None
    generic_org: bool = False  # "a division": not one organisation
    described_org: bool = False  # "the bakery", "the district": one organisation, never named
    years: float | None = None
    mod: str | None = None
    polarity: str = "positive"
    certainty: str = "asserted"
    claim: str | None = None
    value_evidence: Span | None = None
    words: frozenset = frozenset()
    tense: str | None = None
    repeat: bool = False  # "again", "re-elected", "returned as"
    quoted: bool = False
    offset: int = -1  # the verb's offset, for the clause statement it belongs to
    # facts about an event (``entity`` "V3"; ``slot`` the attribute: "count:dead", "score",
    # "tally", "date"): the typed value compared, and what tells two readings apart
    measure: object = None  # an interval (lo, hi), a score (high, low) or a day (date)
    noun: str | None = None  # what a count counts ("workers", "participants")
    parties: frozenset = frozenset()  # the sides of a score or a vote
    when: frozenset = frozenset()  # the dates a reading is given for
    year_given: bool = True  # a day written with its year
    sent: tuple[int, int] = (0, 0)  # the sentence (or clause) it is stated in
    place: str | None = None  # where a count is limited to ("813 in China")

    @property
    def line_offset(self) -> int:
        return self.evidence.start

    @property
    def revised(self) -> bool:
        """A figure the text says replaces an earlier one ("was revised to", "rose to")."""
        return self.aspect == "revised"

    def range(self) -> tuple[date, date] | None:
        return cal.value_range(self.time) if self.time else None


@dataclass


class Value:
    kind: str  # num | age | date | place
    value: object  # float for numbers, a TIMEX3 value for dates, a key for places
    text: str
    start: int
    end: int
    anchor: str  # what it counts or how it attaches ("lane", "in", "@")
    verb: str  # the clause's verb lemma
    mod: str | None = None  # MORE | LESS | APPROX for numbers
    unit: str = ""
    np: frozenset = frozenset()  # the counted noun's other words ("rounds of 7.62mm NATO")
    indef: bool = False  # "a 36-year-old man": a new referent, not one to compare


@dataclass


class Statement:
    """One clause: its verb, subject key, content words and values."""
    id: int
    verb: str
    verb_offset: int
    subject: str | None
    start: int
    end: int
    sent_start: int
    sent_end: int
    words: frozenset
    values: list[Value]
    negated: bool
    certainty: str
    source: Source
    marks: frozenset  # change and repetition words in the sentence
    block: int = 0
    negs: frozenset = frozenset()  # (verb lemma, negated) for each finite verb it covers
    sentence: bool = False  # the whole sentence, not one clause
    finite: bool = True  # a clause with its own subject or tense, not "for not visiting"
    compare: bool = False  # a comparative ("tougher than", "as tough as"): negation is not a flip
    root: str = ""  # the sentence's root verb lemma
    key: tuple = ()  # a sentence's lemmas without negation and "do": equal keys, same words
    indefinite: bool = False  # its subject is "a/an ..." (a new referent each time)
    elliptic: bool = False  # its subject is a bare common noun ("the estimated cost": of what?)
    sent_words: frozenset = frozenset()  # a clause's whole sentence's content words
    names: frozenset = frozenset()  # words of the people and organisations it names
    sent_names: frozenset = frozenset()  # and those its whole sentence names
    editions: frozenset = frozenset()  # which model or version it is about ("2019 model", "OS 15")


def normalize_title(words: Iterable[str]) -> str | None:
    """'deputy head', 'head', 'treasurer' from the words of a role phrase (lower case)."""
    words = [w.lower().strip(".") for w in words]
    head = None
    for w in reversed(words):
        if w in TITLE_WORDS:
            head = w
            break
    if head is None:
        return None
    title = "head" if head in TOP_TITLES else head
    # "secretary general", "attorney general": the second word is part of the title
    mods = []
    for w in words[:words.index(head)]:
        w = w.replace("-", "")
        if w.startswith("vice"):
            mods.append("vice")
        elif w.startswith("co") and w not in ("commander", "coach", "council", "commission", "committee"):
            if w in ("co", "cochair", "cochairman", "colead", "coleader"):
                mods.append("co")
        elif w in TITLE_MODS and TITLE_MODS[w]:
            mods.append(TITLE_MODS[w])
        elif w == "chief" and head != "chief":
            mods.append("chief")
    if mods:
        return " ".join(dict.fromkeys(mods)) + " " + title
    return title


_POST_STOP = frozenset({"of", "at", "for", "in", "to", "with", "on", "from", "since", "until"})
_POST_SKIP = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "'s", "’s", "s"})


def post_of(text: str | None) -> str | None:
    """The post a role phrase names, by class: 'chief executive' and 'CEO' -> 'ceo', 'the
    party's chairwoman' -> 'chair'; an unlisted post keeps its last two words ('head chef')."""
    if not text:
        return None
    ws = []
    for w in re.findall(r"[a-z][a-z'’-]*", text.lower()):
        if w in _POST_STOP:
            break
        if w in _POST_SKIP or w.endswith(("'s", "’s")) or (w in TITLE_MODS and TITLE_MODS[w] is None):
            ws = []  # "the company's chief executive": the post starts after the owner
            continue
        ws.append(w)
    for n in (3, 2, 1):
        key = " ".join(ws[-n:])
        if len(ws) >= n and key in POST_CLASSES:
            return POST_CLASSES[key]
    return " ".join(ws[-2:]) or None


def value_years(value: str | None) -> tuple[date, date] | None:
    return cal.value_range(value) if value else None


# Sources named by a plural common noun, who "say" rather than "says".
PLURAL_SOURCES = frozenset({"police", "officials", "authorities", "investigators", "firefighters",
                            "paramedics", "witnesses", "residents", "rescuers", "doctors", "organisers",
                            "organizers", "prosecutors", "researchers", "scientists", "analysts"})


def says_verb(label: str) -> str:
    """"says" or "say" for a side's label: "fire officials say", "the council says"."""
    last = label.rstrip(",").split(",")[0].split()[-1].lower() if label.strip() else ""
    return "say" if " and " in label or last in PLURAL_SOURCES else "says"


def source_label(src: Source) -> str:
    """'the article' or the speaker's name as the claims layer gives it."""
    if src is None or src.kind != "attributed":
        return "the article"
    name = (src.name or "").strip()
    if not name:
        return "an unnamed source"
    if name.lower().startswith(("the ", "a ", "an ")):
        return name[0].lower() + name[1:]
    if " " not in name and name.lower() in PLURAL_SOURCES:
        return name.lower()  # "Police said": a common noun at the head of its sentence
    if name.split()[0].lower() in ("state", "department", "ministry", "government", "police",
                                   "officials", "office") or name.split()[-1] in (
            "Department", "Ministry", "Office", "Agency", "Commission", "Council", "Police"):
        return "the " + name
    return name


def _norm_place(text: str) -> str:
    t = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)
    t = re.sub(r"['’]s$", "", t)
    return " ".join(t.lower().split())


def _num_value(text: str) -> float | None:
    t = text.lower().replace(",", "").replace("$", "").replace("£", "").replace("€", "").strip()
    t = re.sub(r"^(?:more than|over|at least|about|around|approximately|roughly|some|nearly|almost|"
               r"less than|fewer than|up to|under|an estimated|just|only)\s+", "", t)
    t = t.replace("per cent", "").replace("percent", "").replace("%", "").strip()
    parts = re.split(r"[\s-]+", t)
    total = 0.0
    cur = None
    for p in parts:
        if not p:
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?", p):
            cur = (cur or 0) + float(p) if cur is not None and cur < 100 and float(p) < 10 else float(p)
        elif re.fullmatch(r"\d+(?:\.\d+)?(k|m|bn|mn)", p):
            m = re.fullmatch(r"(\d+(?:\.\d+)?)(k|m|bn|mn)", p)
            cur = float(m.group(1)) * SCALE[m.group(2)]
        elif p in SCALE and p != "dozen":
            cur = (cur if cur is not None else 1) * SCALE[p]
            if p in ("thousand", "million", "billion", "trillion"):
                total += cur
                cur = None
        elif p == "dozen":
            cur = (cur if cur is not None else 1) * 12
        elif p in NUM_WORDS and p != "a":
            v = NUM_WORDS[p]
            cur = (cur or 0) + v if cur is not None and cur >= 20 and v < 10 else v
        elif p in ("and", "a"):
            continue
        else:
            break
    if cur is not None:
        total += cur
    return total if (total or cur == 0) else None


def restated(a: Statement, b: Statement) -> bool:
    """The same sentence (or clause) written twice: five or more content words shared and at
    most one word differing ("As reported, ..."). Its values aside, it says the same thing,
    whatever the parse makes of its subject ("He" resolved to two people, a bare surname that
    two relatives share) and whatever marks it carries ("also", "again") in both places."""
    return len(a.words & b.words) >= 5 and len(a.words ^ b.words) <= 1
