"""The hand-written word list (``copydesk/data/loaded_en.txt``) and the Term it yields.

Each line of the list is a kind and a term, with an optional neutral wording after "|":
labels ("label thug"), emotive verbs, adjectives, adverbs and nouns, and idioms of several
words ("idiom blood on POSS hands", where POSS is any possessive and BE any form of "to
be"). One word may have several kinds; the part of speech in context picks one
(``phrases.pick_kind``).

A ``Term`` is one hit in an article: its span, kind, entry, the neutral wording, and the
reason it is not the article's own wording (``skip``), if any.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ...lazy_re import LazyPattern

LEXICON_FILE = Path(__file__).resolve().parents[2] / "data" / "loaded_en.txt"
KINDS = ("label", "verb", "adj", "adv", "noun", "idiom")
POSS = r"(?:his|her|their|its|your|our|my|the)"
BE = r"(?:is|are|was|were|be|been|being)"
WORD_RE = re.compile(r"[\w']+")


@dataclass(frozen=True)
class Entry:
    kind: str
    neutral: str | None


@dataclass
class Lexicon:
    words: dict[str, dict[str, Entry]]  # word -> kind -> entry
    idioms: list[tuple[re.Pattern, str, str | None]]  # pattern, phrase, neutral
    by_first: dict[str, list[tuple[re.Pattern, str, str | None]]] = field(default_factory=dict)
    hyphenated: re.Pattern | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        for item in self.idioms:
            key = WORD_RE.findall(item[1].split()[0].lower())[0]
            self.by_first.setdefault(key, []).append(item)
        # the list's hyphenated words ("anti-semite", "cold-blooded"): spaCy splits them at the
        # hyphen, so no single token carries them; they are matched on the text instead
        joined = sorted((w for w in self.words if "-" in w), key=len, reverse=True)
        self.hyphenated = LazyPattern(
            r"(?<![\w\-])(" + "|".join(re.escape(w).replace("\\-", "[\\-‐]") for w in joined) + r")(?:e?s)?(?![\w\-])",
            re.I) if joined else None

    def hyphenated_entry(self, matched: str) -> dict[str, Entry]:
        """The entry of a hyphenated word as the text writes it ("Anti-Semites", "cold‐blooded")."""
        low = matched.lower().replace("‐", "-")
        for form in (low, low[:-1], low[:-2]):
            if form in self.words:
                return self.words[form]
        return {}

    def idioms_for(self, words: set[str]) -> list[tuple[re.Pattern, str, str | None]]:
        """The idioms whose first word occurs in a block: one regex each, not all of them."""
        out = []
        for w in words & self.by_first.keys():
            out.extend(self.by_first[w])
        return out

    def lookup(self, *forms: str) -> dict[str, Entry]:
        out: dict[str, Entry] = {}
        for f in forms:
            for kind, e in self.words.get(f, {}).items():
                out.setdefault(kind, e)
        return out


def _idiom_pattern(phrase: str) -> re.Pattern:
    parts = []
    for w in phrase.split():
        if w == "*":
            parts.append(r"[\w’'\-]+")
        elif w.upper() == "POSS":
            parts.append(POSS)
        elif w.upper() == "BE":
            parts.append(BE)
        else:
            parts.append(re.escape(w).replace("\\-", "[\\-‐ ]?"))
    # compiled on its first search: a cold check meets a handful of the lexicon's idioms
    return LazyPattern(r"(?<![\w\-])" + r"\s+".join(parts) + r"(?![\w\-])", re.I)  # type: ignore[return-value]


def parse_lexicon(text: str) -> Lexicon:
    words: dict[str, dict[str, Entry]] = {}
    idioms: list[tuple[re.Pattern, str, str | None]] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        body, _, neutral = line.partition("|")
        kind, _, term = body.strip().partition(" ")
        term = " ".join(w if w in ("POSS", "BE") else w.lower() for w in term.split())
        if kind not in KINDS or not term:
            raise ValueError(f"bad lexicon line: {raw!r}")
        entry = Entry(kind, neutral.strip() or None)
        if kind == "idiom" or " " in term:
            idioms.append((_idiom_pattern(term), term, entry.neutral))
        else:
            words.setdefault(term, {})[kind] = entry
    return Lexicon(words, idioms)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    text = LEXICON_FILE.read_text("utf-8")
    return parse_lexicon(text)


@dataclass
class Term:
    """One lexicon hit: where, which entry, and why it is not the article's own (or None)."""

    start: int
    end: int
    text: str
    kind: str  # label | verb | adj | adv | noun | idiom
    word: str  # the lexicon entry
    neutral: str | None
    skip: str | None = None  # quoted | attributed | legal | name | literal | context
    score: float | None = None  # the learned scorer's probability that the wording is loaded here
    source: str = "lexicon"  # lexicon | model (a candidate only the scorer found)
    opinion: bool = False  # the article is comment, not report: its own voice may judge
    generic: bool = False  # a label for a class ("terrorist groups"), not for someone

    @property
    def label(self) -> bool:
        return self.kind == "label"
