"""The records the entities stage builds with: name mentions, name forms, salience events.

``_Cand`` is one name mention before clustering, ``_Form`` the mentions of one folded name,
``_UF`` the union-find that clusters forms, ``_Event`` a mention that adds salience to its
referent, ``_Anon`` an unnamed referent ("a senior official", "US officials").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .vocab import PARTICLES, PLACE_LABELS
from .. import names as nm
from .words import _is_place_word, given_names

RARE_WORD_ZIPF = 3.0  # a surname is rarely a common English word ("Road", "Line", "Heights" are)


@dataclass
class _Cand:
    """One name mention before clustering."""

    start: int
    end: int
    text: str  # article.text[start:end], possessive and title cut off
    label: str | None
    key: tuple[str, ...]  # folded words, particles kept
    block: int
    sent: int
    role: str  # subj | obj | poss | other
    quote: int | None
    roots: tuple[int, int]  # (block, token index of the span's root)
    tokens: tuple[int, int, int]  # (block, first token, end token)
    roles: set[str] = field(default_factory=set)
    gender: int = 0
    person: int = 0  # evidence that this names a person
    acronym_of: tuple[int, int] | None = None  # (start, end) of an expansion before "(ABC)"
    propn: frozenset = frozenset()  # the words of the name that spaCy tags PROPN here
    after_cap: bool = False  # right after a capitalised word: "Amelize Joseph" with "Joseph" alone tagged
    form: int = -1
    eid: str | None = None
    definite: bool = False  # "the" just before the name: "The Kestrel", a place or a work, not a person
    placed: bool = False  # the object of "in": "grew up in Derry"
    home: bool = False  # where a named person lives: "Dale Orrin, 45, of Pike Falls,"
    dateline: bool = False  # the place of a wire dateline: "CASPER FALLS, Mont. (AP) --"


@dataclass
class _Form:
    key: tuple[str, ...]
    cands: list[_Cand] = field(default_factory=list)
    labels: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        words = tuple(w for w in self.key if w not in PARTICLES)
        self.core: tuple[str, ...] = words or self.key

    @property
    def surname(self) -> str:
        return self.core[-1]

    @property
    def given(self) -> tuple[str, ...]:
        return self.core[:-1]

    @property
    def person(self) -> int:
        return sum(c.person for c in self.cands)

    @property
    def top_label(self) -> str | None:
        return max(self.labels, key=self.labels.__getitem__) if self.labels else None

    def is_personish(self) -> bool:
        n = sum(self.labels.values())
        per = self.labels.get("PERSON", 0)
        if self.person > 0:
            return True
        if per and per * 2 >= n:
            return True
        if len(self.core) >= 2 and self.core[0] in given_names() and per:
            return True
        if len(self.core) == 2 and self.core[0] in given_names() and _rare_surname(self.core[1]):
            return True  # "Marguerite Dulac", whatever the tagger's label: not "Victoria Road"
        return False

    def is_placeish(self) -> bool:
        n = sum(self.labels.values())
        places = sum(self.labels.get(lb, 0) for lb in PLACE_LABELS)
        return bool(n) and places * 2 > n and len(self.core) == 1 and _is_place_word(self.core[0])


class _UF:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        p = self.parent
        while p[i] != i:
            p[i] = p[p[i]]
            i = p[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # keep the lower index as root: the earlier form
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


@dataclass
class _Event:
    """A mention that adds salience to its entity (or to an unnamed referent)."""

    pos: int
    sent: int
    block: int
    key: str  # entity id, or "~N" for an unnamed person / plural noun
    weight: float
    quote: int | None
    caption: bool
    pronoun: bool = False


@dataclass
class _Anon:
    """An unnamed referent: "a senior official" (person, maybe gendered) or "US officials"."""

    plural: bool
    gender: int


def _rare_surname(word: str) -> bool:
    return word.isalpha() and nm.zipf(word) < RARE_WORD_ZIPF and not _is_place_word(word)
