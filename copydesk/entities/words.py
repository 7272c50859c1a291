"""Name words: when two spellings are one name, given names' gender, a written name cleaned.

``given_names`` reads the shipped list of given names borne at 95 % or more by one sex;
``_same_word`` says when two folded name words are one name (equal, a transliteration or a
slip apart); the rest compare name forms (initials, plurals, a short form inside a long one)
and strip a written name of its article, titles and possessive.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from rapidfuzz.distance import Levenshtein

from .. import names as nm
from .vocab import DETERMINERS, FUNCTION_WORDS, ORG_HEADS, ORG_SUFFIXES, TITLE_MODS, TITLES, F, M

DATA = Path(__file__).resolve().parent.parent / "data"
GIVEN_NAMES_FILE = DATA / "given_names_gender.txt"
# names of British, Irish, Indian and West African news that the US list lacks
MORE_GIVEN_NAMES_FILE = DATA / "given_names_more_en.txt"
_LEAD_JUNK = re.compile(r"^[\s\u2022\u00b7\-\u2013\u2014*\"'\u2018\u2019\u201c\u201d(\[]+")
_TRAIL_JUNK = re.compile(r"[\s,.;:!?\"'\u2018\u2019\u201c\u201d)\]\u2013\u2014-]+$")
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


@lru_cache(maxsize=1)
def given_names() -> dict[str, int]:
    """Given name (lower case) -> M or F, for names borne at 95 % or more by one sex (the US
    list), then the names of other news the US list lacks."""
    out: dict[str, int] = {}
    for path in (GIVEN_NAMES_FILE, MORE_GIVEN_NAMES_FILE):
        try:
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("#") or "\t" not in line:
                        continue
                    sex, words = line.rstrip("\n").split("\t", 1)
                    for w in words.split(" "):
                        out.setdefault(w, M if sex == "M" else F)  # the first list's reading stands
        except OSError:  # pragma: no cover - data file missing: no given-name evidence
            pass
    return out


@lru_cache(maxsize=8192)
def _fold_key(surface: str) -> tuple[str, ...]:
    return tuple(nm.fold_words(surface))


def _sym(name: str) -> int:
    import spacy.symbols

    return getattr(spacy.symbols, name)


@lru_cache(maxsize=4096)
def _same_word(a: str, b: str) -> bool:
    """Two folded name words are one name: equal, transliterations or a slip apart."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 2:
        return False
    if a[0] != b[0] and not (a[0] in "qkgc" and b[0] in "qkgc"):  # but Qaddafi / Gaddafi
        return False
    if Levenshtein.distance(nm.translit_key(a), nm.translit_key(b), score_cutoff=3) > 3:
        return False
    return nm.variant_kind(a, b) is not None


def _is_place_word(word: str) -> bool:
    p = nm.proper_nouns().get(word)
    return p is not None and p.is_place


def _deplural(core: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in core)


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[k:k + n] == shorter for k in range(len(longer) - n + 1))


def _given_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    if _same_word(x, y):
        return True
    # "Mohammad Javad Zarif" / "Javad Zarif"
    return set(a) <= set(b) or set(b) <= set(a)


def _initials(words: Iterable[str], skip_function: bool) -> str:
    out = []
    for w in words:
        if skip_function and w.lower() in FUNCTION_WORDS:
            continue
        for part in re.split(r"[-\u2010\u2011]", w):
            if part[:1].isalpha():
                out.append(part[0].upper())
    return "".join(out)


def _strip_name_text(text: str) -> str:
    """A written name without a leading article, titles or a possessive ending."""
    t = _LEAD_JUNK.sub("", text)
    t = _TRAIL_JUNK.sub("", t)
    t = _POSSESSIVE_END.sub("", t) if re.search(r"\w['\u2019]s?$", t) else t
    words = t.split()
    while words and (words[0].lower() in DETERMINERS):
        words = words[1:]
    while len(words) > 1 and (words[0].lower().rstrip(".") in TITLES
                              or words[0].lower().rstrip(".") in TITLE_MODS):
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1 << 14)
def _name_key(text: str) -> tuple[str, ...]:
    """The folded words of a written name: asked again for every clause's subject."""
    words = _strip_name_text(text)
    return tuple(nm.fold_words(words)) if words else ()


RARE_NAME_ZIPF = 4.0  # given names and surnames are rare words; "Rovers", "Port", "United" are not


def _name_words_only(words: Iterable[str]) -> bool:
    """No organisation's or place's word among them and none a common English word: a given
    name the list does not know with its surname ("Tunde Okafor"), not "Castlebury Rovers"."""
    return not any(w in ORG_SUFFIXES or w in ORG_HEADS or nm.zipf(w) >= RARE_NAME_ZIPF for w in words)

