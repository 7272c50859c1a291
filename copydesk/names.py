"""Name variants: when are two spellings one name, and which spelling is right.

Plain functions, shared by the spelling checks (CD3xx) and by entity clustering:

- ``fold(s)``: the letters of a name, case-folded, without diacritics, hyphens, spaces or
  apostrophes ("Abdel-Rahman", "Abdel Rahman" and "abdelrahman" fold alike; so do "José"
  and "Jose").
- ``translit_key(s)``: ``fold`` with the differences that transliteration makes undone
  (doubled letters, ee/i, ph/f, y/i after the first letter).
- ``zipf(word)``: how common a word is in English (wordfreq's Zipf scale, 0 = unknown,
  3 = once per million words), read from a list shipped in copydesk/data.
- ``variant_kind(a, b)``: "same", "transliteration", "misspelling" or None.
- ``nearest_proper_noun(word)``: the well-known proper noun that an unknown word looks like
  a typing slip of, if any.

Whether a spelling is *known* comes from wordfreq's English word list (built from
Wikipedia, subtitles, news, books, the web...), which holds common names in lower case:
"petraeus" has Zipf 2.6, "petreaus" is absent; "qassem" 1.8 and "qasem" 1.6 are both in
use. A known spelling beats an unknown one however often the unknown one appears.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import OSA, Levenshtein

DATA = Path(__file__).resolve().parent / "data"
ZIPF_FILE = DATA / "names_zipf_en.txt.gz"
PROPER_FILE = DATA / "names_proper_en.tsv"

VOWELS = frozenset("aeiou")
# Letters that do not decompose under NFKD.
_SPECIAL = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe",
                          "ß": "ss", "ı": "i", "ħ": "h"})
# Consonants that romanisations of one letter disagree on (Qasim/Kasim, Qaddafi/Gaddafi).
_CONSONANT_SWAPS = frozenset({frozenset("qk"), frozenset("qg"), frozenset("kc")})
# Vowels that romanisations of one name disagree on: Mohammed/Muhammad (o/u, e/a), Abdel/Abdul
# (e/u), Qasem/Qasim (e/i). Not o/i or a/i: Magnitogorsk/Magnitigorsk is a slip.
_VOWEL_SWAPS = frozenset({frozenset("ae"), frozenset("ei"), frozenset("ou"), frozenset("eu")})

# A word is "known" from this Zipf frequency on; "unknown" below UNKNOWN_MAX when the other
# spelling is at least GAP more common (wordfreq also counts common misspellings a little:
# "afganistan" 1.8 against "afghanistan" 4.2).
KNOWN_MIN = 1.5
UNKNOWN_MAX = 2.0
GAP = 2.0
# A transliteration-like difference is still a slip when one spelling is common and the
# other unknown or this much rarer: Massachusets (0) / Massachusetts (4.3), Philipines (1.5)
# / Philippines (4.3); real romanisations stay closer (Kadhafi 1.1 / Gaddafi 3.2).
COMMON_MIN = 3.0
SLIP_GAP = 2.3


# --------------------------------------------------------------------------- normalising

@lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """Lower-case letters only, diacritics removed: the spelling with house style taken out."""
    s = unicodedata.normalize("NFKD", s.casefold().translate(_SPECIAL))
    return "".join(ch for ch in s if ch.isalpha() and not unicodedata.combining(ch))


def fold_words(s: str) -> list[str]:
    """``fold`` of each word of a name ("Abdel-Rahman Ali" -> ["abdel", "rahman", "ali"])."""
    return [f for f in (fold(w) for w in re.split(r"[\s\-\u2010\u2011]+", s)) if f]


def _collapse_doubles(s: str) -> str:
    out: list[str] = []
    for ch in s:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=1 << 16)
def translit_key(s: str) -> str:
    """``fold`` with transliteration differences undone: Qassem/Qasem, Hameed/Hamid,
    Soleymani/Soleimani, Mustapha/Mustafa all give one key each."""
    f = fold(s)
    if not f:
        return f
    f = f[0] + f[1:].replace("y", "i")
    f = f.replace("ph", "f").replace("ee", "i")
    return _collapse_doubles(f)


# --------------------------------------------------------------------------- word knowledge

@lru_cache(maxsize=1)
def _zipf_table() -> list[str]:
    """The list's lines, "word<TAB>zipf" in the words' order, searched by bisection: hashing
    its 290,000 words into a dict cost a cold check 0.15 s."""
    try:
        with gzip.open(ZIPF_FILE, "rt", encoding="utf-8") as fh:
            return fh.read().splitlines()
    except OSError:  # pragma: no cover - data file missing: fall back to wordfreq itself
        return []


@lru_cache(maxsize=1 << 16)
def zipf(word: str) -> float:
    """English Zipf frequency of a word (0.0 when wordfreq does not know it, and for words
    of one or two letters, which the list leaves out). For a name of several words, that of
    its rarest word ("David Petreaus" is as unknown as "Petreaus")."""
    parts = [p for p in re.split(r"[\s\-\u2010\u2011]+", word) if p]
    if len(parts) > 1:
        return min(zipf(p) for p in parts)
    w = unicodedata.normalize("NFC", word.casefold())
    lines = _zipf_table()
    if lines:
        key = w + "\t"
        i = bisect_left(lines, key)
        return float(lines[i][len(key):]) if i < len(lines) and lines[i].startswith(key) else 0.0
    from wordfreq import zipf_frequency  # pragma: no cover

    return zipf_frequency(w, "en")  # pragma: no cover


def is_known(word: str) -> bool:
    return zipf(word) >= KNOWN_MIN


@dataclass(frozen=True)
class ProperNoun:
    word: str  # lower-case, as wordfreq has it
    display: str  # as it is written: "Jerusalem"
    kind: str  # country | state | continent | city1m | city | name | other
    zipf: float

    @property
    def is_place(self) -> bool:
        return self.kind in ("country", "state", "continent", "city1m", "city")


@lru_cache(maxsize=1)
def proper_nouns() -> dict[str, ProperNoun]:
    out: dict[str, ProperNoun] = {}
    try:
        text = PROPER_FILE.read_text("utf-8")
    except OSError:  # pragma: no cover
        return out
    for line in text.splitlines():
        word, display, kind, z = line.split("\t")
        out[word] = ProperNoun(word, display, kind, float(z))
    return out


@lru_cache(maxsize=1)
def _proper_by_length() -> dict[int, list[str]]:
    by_len: dict[int, list[str]] = {}
    for word in proper_nouns():
        by_len.setdefault(len(word), []).append(word)
    return by_len


@lru_cache(maxsize=64)
def _proper_choices(length: int) -> list[str]:
    """Proper nouns one letter shorter, as long, or one letter longer."""
    by_len = _proper_by_length()
    return [c for n in (length - 1, length, length + 1) for c in by_len.get(n, ())]


def is_transposition(a: str, b: str) -> bool:
    """b is a with two neighbouring letters swapped (and nothing else)."""
    return len(a) == len(b) and OSA.distance(a, b) == 1 and Levenshtein.distance(a, b) == 2


def nearest_proper_noun(word: str) -> list[tuple[ProperNoun, int]]:
    """Well-known proper nouns one typing slip (an insertion, deletion, substitution or swap
    of neighbouring letters) away from ``word``, with the OSA distance, commonest first."""
    return list(_nearest_proper_noun(unicodedata.normalize("NFC", word.casefold())))


def _deletions(w: str) -> set[str]:
    return {w[:i] + w[i + 1:] for i in range(len(w))}


@lru_cache(maxsize=1)
def _proper_by_deletion() -> dict[str, list[tuple[int, int, str]]]:
    """Each proper noun under itself and under every form with one letter deleted, as
    (length, place among the nouns of that length, noun). Two words one typing slip apart
    (OSA distance 1: an insertion, deletion, substitution or swap of neighbours) always share
    such a key, so the few nouns under a word's keys are all that can be that close."""
    index: dict[str, list[tuple[int, int, str]]] = {}
    for n, words in _proper_by_length().items():
        for k, c in enumerate(words):
            for key in _deletions(c) | {c}:
                index.setdefault(key, []).append((n, k, c))
    return index


# Building the index costs about as much as 400 scans (0.07-0.1 s): a one-article check
# (the CLI's cold start) scans; a batch switches to the index after that many words.
SCANS_BEFORE_INDEX = 400
_scans = [0]


@lru_cache(maxsize=1 << 14)
def _nearest_proper_noun(w: str) -> tuple[tuple[ProperNoun, int], ...]:
    # the same unknown words come back article after article
    table = proper_nouns()
    if _scans[0] < SCANS_BEFORE_INDEX:
        _scans[0] += 1
        found = _scan(w)
    else:
        found = _indexed(w)
    hits = [(table[c], d) for c, d in found if c != w]
    return tuple(sorted(hits, key=lambda h: -h[0].zipf))


def _scan(w: str) -> list[tuple[str, int]]:
    """The nouns one slip from ``w`` by comparing it with every noun of near length, by
    distance, then in ``_proper_choices`` order."""
    from rapidfuzz import process

    found = process.extract(w, _proper_choices(len(w)), scorer=OSA.distance, score_cutoff=1, limit=None)
    return [(c, int(d)) for c, d, _ in found]


def _indexed(w: str) -> list[tuple[str, int]]:
    """What ``_scan`` finds, in its order, from the few nouns that share a deletion key with ``w``."""
    index = _proper_by_deletion()
    near = {hit for key in _deletions(w) | {w} for hit in index.get(key, ())}
    found = sorted((d, n, k, c) for n, k, c in near if (d := OSA.distance(w, c, score_cutoff=1)) <= 1)
    return [(c, int(d)) for d, _, _, c in found]


# --------------------------------------------------------------------------- classifying

def _translit_edit(op: str, a: str, b: str, i: int, j: int) -> bool:
    """Is one edit between transliteration keys a difference romanisations make?"""
    if op == "replace":
        x, y = a[i], b[j]
        if frozenset((x, y)) in _VOWEL_SWAPS:
            # not the last letter: Maria/Mario, Roberta/Roberto are two names
            return i < len(a) - 1 and j < len(b) - 1
        return frozenset((x, y)) in _CONSONANT_SWAPS
    if op == "insert":  # b has b[j] that a lacks before a[i]
        longer, k = b, j
    else:  # delete: a has a[i] that b lacks
        longer, k = a, i
    ch = longer[k]
    nxt = longer[k + 1] if k + 1 < len(longer) else ""
    prev = longer[k - 1] if k > 0 else ""
    if ch == "o" and nxt == "u":  # Youssef/Yussef, Mahmoud/Mahmud
        return True
    if ch == "h" and prev and prev in "dgkt" and nxt in VOWELS:  # Gadhafi/Gaddafi, Thomas/Tomas,
        return True  # Haghia/Hagia
    return False


def is_transliteration(a: str, b: str) -> bool:
    """Two spellings that romanisations of one name produce: doubled letters, vowels inside
    the name (Mohammed/Muhammad, Abdel/Abdul), ou/u, ee/i, y/i, ph/f, q/k/g, dh/d, gh/g,
    kh/k, th/t. A swap of letters, a dropped vowel (Solemani) or a different consonant
    (Iran/Iraq) is not."""
    fa, fb = fold(a), fold(b)
    if fa == fb or min(len(fa), len(fb)) < 4:
        return False
    if OSA.distance(fa, fb) < Levenshtein.distance(fa, fb):  # a swap: Petreaus
        return False
    ka, kb = translit_key(a), translit_key(b)
    if ka == kb:
        return True
    ops = Levenshtein.editops(ka, kb)
    if len(ops) > (2 if max(len(ka), len(kb)) < 7 else 3):
        return False
    return all(_translit_edit(op.tag, ka, kb, op.src_pos, op.dest_pos) for op in ops)


def is_plural(a: str, b: str) -> bool:
    """One folded word is the other with a plural ending: "the Turpins" and "Turpin" are one
    family, not two spellings."""
    short, long_ = sorted((a, b), key=len)
    return long_ in (short + "s", short + "es")


def misspelling_distance(a: str, b: str) -> int | None:
    """OSA distance when a and b are close enough that one may be a slip for the other:
    one edit, or two in long names (9+ letters). None otherwise, and for words of fewer
    than five letters, where one letter makes another name (Iraj/Iran, Omar/Omer)."""
    fa, fb = fold(a), fold(b)
    if min(len(fa), len(fb)) < 5:
        return None
    limit = 2 if min(len(fa), len(fb)) >= 9 else 1
    d = OSA.distance(fa, fb, score_cutoff=limit)
    return d if 0 < d <= limit else None


def known_vs_unknown(za: float, zb: float) -> int:
    """+1 when the first spelling is known and the second is not, -1 for the reverse, 0 when
    word frequency cannot tell (both known, or both unknown)."""
    hi, lo = max(za, zb), min(za, zb)
    if hi < KNOWN_MIN or lo >= UNKNOWN_MAX or (lo > 0 and hi - lo < GAP):
        return 0
    return 1 if za > zb else -1


def variant_kind(a: str, b: str, za: float | None = None, zb: float | None = None) -> str | None:
    """How two spellings of what may be one name relate:

    - "same": identical but for case, diacritics, hyphens or spaces (José/Jose,
      Abdel-Rahman/Abdel Rahman);
    - "transliteration": two romanisations of one name (Qassem/Qasem, Mohammed/Muhammad):
      both can be right, a house picks one;
    - "misspelling": one slip apart (a swap, a dropped, added or wrong letter) where
      one spelling is known and the other is not, or neither is known (then only the
      counts in the text can say which is right);
    - None: different names (Iran/Iraq, Austria/Australia) or too far apart.

    ``za``/``zb`` are the Zipf frequencies, looked up when not given. Works on whole names
    too: "Qasem Soleimani"/"Qassem Soleimani" is a transliteration, "Maria Lopez"/"Ana
    Lopez" None.
    """
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return None
    if fa == fb:
        return "same"
    if is_plural(fa, fb):
        return None
    za = zipf(a) if za is None else za
    zb = zipf(b) if zb is None else zb
    close = misspelling_distance(a, b) is not None
    if is_transliteration(a, b):
        hi, lo = max(za, zb), min(za, zb)
        if close and hi >= COMMON_MIN and (lo == 0 or hi - lo >= SLIP_GAP):
            return "misspelling"
        return "transliteration"
    if not close:
        return None
    if known_vs_unknown(za, zb) != 0:
        return "misspelling"
    if max(za, zb) < KNOWN_MIN:  # neither known: the text's own counts decide
        return "misspelling"
    return None


__all__ = ["ProperNoun", "fold", "fold_words", "is_known", "is_transliteration", "is_transposition",
           "is_plural", "known_vs_unknown", "misspelling_distance", "nearest_proper_noun", "proper_nouns",
           "translit_key", "variant_kind", "zipf"]
