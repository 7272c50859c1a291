"""What the names analysis works with: a written form of a name and its mentions, variant
groups, misspellings, the house's own spellings, and a union of known words."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ... import names as nm


NAME_LABELS = {"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
NOT_NAME_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
LABEL_CLASS = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "org",
               "NORP": "group"}
PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "de", "del", "della", "der", "van", "von", "da",
             "di", "du", "la", "le", "dos", "das", "ben"}
DASHES = {"-", "\u2010", "\u2011"}
MIN_LETTERS = 4
MAX_EVIDENCE = 5
MIN_COUNT_MAJORITY = 3  # with no outside knowledge the right form must appear this often ...
MAJORITY_RATIO = 2  # ... and this many times as often as the other
CD303_MIN_LETTERS = 5
CD303_GAP = 2.3  # the proper noun must be this much more common (Zipf) than the word
CD303_SWAP_MIN_ZIPF = 2.5
CD303_PLACE_MIN_ZIPF = 3.3
CD303_PLACE_MIN_LETTERS = 6
REASON_RANK = {"house": 0, "known": 1, "counts": 2, "first": 3, "local": 3}
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_PUNCT = "\"'\u2018\u2019\u201c\u201d()[]{}.,;:!?\u2013\u2014 "

Offsets = tuple[int, int]


@dataclass
class Form:
    """One name word, case-folded, with all its mentions in the article."""

    key: str  # NFC casefold of the word
    surfaces: Counter = field(default_factory=Counter)
    mentions: list[Offsets] = field(default_factory=list)
    labels: Counter = field(default_factory=Counter)
    neighbours: set[str] = field(default_factory=set)
    runs: set[int] = field(default_factory=set)
    alone: int = 0
    first_name: Offsets | None = None  # the entity (or run) around the first mention

    @property
    def text(self) -> str:
        return self.surfaces.most_common(1)[0][0]

    @property
    def count(self) -> int:
        return len(self.mentions)

    @property
    def label_class(self) -> str | None:
        """The kind of thing the word names, when spaCy mostly agrees with itself."""
        classes: Counter = Counter()
        for label, n in self.labels.items():
            if label in LABEL_CLASS:
                classes[LABEL_CLASS[label]] += n
        if not classes:
            return None
        top, n = classes.most_common(1)[0]
        return top if n * 2 > sum(classes.values()) else None


@dataclass
class Mention:
    start: int
    end: int
    run: int
    name: Offsets  # the entity (or run) around it


@dataclass
class Variant:
    text: str  # the spelling
    span: Offsets  # its first mention
    name: str  # the fuller name around it, for the message
    count: int = 1
    runs: set[int] = field(default_factory=set)


@dataclass
class VariantGroup:
    variants: list[Variant]
    preferred: Variant  # the spelling to suggest
    house: bool  # preferred because the house list has it
    merged: bool = False  # several words of one name vary ("Jaroslaw Kaczynski")

    @property
    def suggestion(self) -> str:
        return self.preferred.name if self.merged else self.preferred.text


@dataclass
class Misspelling:
    wrong: Form
    right: str  # the spelling to use
    reason: str  # house | known | counts | first | orphan
    right_form: Form | None = None  # where the article spells it right, if it does


@dataclass
class NameAnalysis:
    forms: dict[str, Form]
    misspellings: list[Misspelling]
    variants: list[VariantGroup]
    lone: list[tuple[Form, nm.ProperNoun]]  # CD303


class House:
    """The house list: names and words that are right as written (case aside). A word is
    on it when it is one of its entries or a whole word or words inside one ("Qasem" in
    "Qasem Soleimani")."""

    def __init__(self, known_names, allow_words) -> None:
        self.entries = [unicodedata.normalize("NFC", e.casefold()) for e in (*known_names, *allow_words)]
        self.words: dict[str, str] = {}  # casefolded word of a known name -> as written there
        for entry in known_names:
            for w in re.split(r"[\s\-\u2010\u2011]+", unicodedata.normalize("NFC", entry)):
                if len(nm.fold(w)) >= CD303_MIN_LETTERS:
                    self.words.setdefault(w.casefold(), w)

        self._seen: dict[str, bool] = {}

    def has(self, text: str) -> bool:
        if not self.entries:
            return False
        t = unicodedata.normalize("NFC", " ".join(text.casefold().split()))
        if t not in self._seen:
            pattern = re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)")
            self._seen[t] = any(pattern.search(e) for e in self.entries)
        return self._seen[t]


# --------------------------------------------------------------------------- analysing

class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x: str, y: str) -> None:
        self.parent[self.find(x)] = self.find(y)

    def groups(self) -> list[list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for x in list(self.parent):
            out[self.find(x)].append(x)
        return list(out.values())
