"""Names and spelling (CD3xx): one name spelt two ways, and well-known names misspelt.

All three rules share one analysis, cached on the Document:

1. Name words: capitalised tokens that spaCy tags PROPN or puts in a name entity
   (PERSON, GPE, ORG, NORP, LOC, FAC, ...), not all capitals (acronyms, shouted headlines),
   with their mentions, entity labels and *runs* (neighbouring name words: "Qassem" in
   "Qassem Soleimani" has the neighbour "soleimani"). Hyphenated names and two- or
   three-word runs are kept as surfaces too, so that "Abdel-Rahman", "Abdel Rahman" and
   "Abdelrahman" meet.
2. Pairs of name words a few letters apart are classified by ``copydesk.names.variant_kind``
   (transliteration, diacritics/hyphens/spaces, or misspelling). Which spelling is right
   comes first from the house list (``known-names``/``allow-words``), then from whether
   wordfreq's English list knows the spelling ("Petraeus" yes, "Petreaus" no), and only
   when neither says, from the counts in the article (a made-up name used six times
   against once).
3. Two different people are not one name: words whose neighbours differ ("Karin Smith" and
   "Karen Jones") or whose entity kinds differ (Sydney the city, Sidney the man) are
   left alone. Words of fewer than four letters are never compared.
4. A lone unknown name word one typing slip from a well-known proper noun
   (``copydesk/data/names_proper_en.tsv``) is CD303: any proper noun when the slip is two
   neighbouring letters swapped ("Jersualem"), a major place when it is a dropped, added
   or wrong letter and the word is tagged as a place ("Afganistan").
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterator

from .. import names as nm
from ..document import Document
from ..model import Finding, Span
from .registry import rule

NAME_LABELS = {"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
NOT_NAME_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
LABEL_CLASS = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "org",
               "NORP": "group"}
PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "de", "del", "della", "der", "van", "von", "da",
             "di", "du", "la", "le", "dos", "das", "ben"}
MIN_LETTERS = 4
MAX_EVIDENCE = 5
MIN_COUNT_MAJORITY = 3  # with no outside knowledge, the right form must appear this often ...
MAJORITY_RATIO = 2  # ... and this many times as often as the other
CD303_MIN_LETTERS = 5
CD303_GAP = 2.3  # the proper noun must be this much more common (Zipf) than the word
CD303_SWAP_MIN_ZIPF = 2.5
CD303_PLACE_MIN_ZIPF = 3.3
CD303_PLACE_MIN_LETTERS = 6
_DASHES = "-\u2010\u2011"


@dataclass
class Form:
    """One name word, case-folded: all its mentions in the article."""

    key: str  # casefold of the text
    surfaces: Counter = field(default_factory=Counter)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    labels: Counter = field(default_factory=Counter)
    neighbours: set[str] = field(default_factory=set)
    alone: int = 0
    first_name: tuple[int, int] | None = None  # the entity (or run) around the first mention

    @property
    def text(self) -> str:
        return self.surfaces.most_common(1)[0][0]

    @property
    def count(self) -> int:
        return len(self.mentions)

    @property
    def label_class(self) -> str | None:
        classes = Counter()
        for label, n in self.labels.items():
            if label in LABEL_CLASS:
                classes[LABEL_CLASS[label]] += n
        if not classes:
            return None
        (top, n), = classes.most_common(1)
        return top if n * 2 > sum(classes.values()) else None


@dataclass
class NameAnalysis:
    forms: dict[str, Form]
    # every surface (a word, a hyphenated name, a 2-3 word run) by fold key: surface -> spans
    surfaces: dict[str, dict[str, list[tuple[int, int]]]]
    misspellings: list[tuple[Form, Form, str]]  # wrong, right, reason (house | known | counts)
    variant_groups: list[list[str]]  # surfaces (exact text) that are one name
    lone: list[tuple[Form, nm.ProperNoun]]  # CD303


def _is_name_token(tok) -> bool:
    text = tok.text
    if not text[:1].isupper() or not text.isalpha() or (text.isupper() and len(text) > 1):
        return False
    if tok.ent_type_ in NOT_NAME_LABELS:
        return False
    return tok.pos_ == "PROPN" or tok.ent_type_ in NAME_LABELS


def _analyse(doc: Document) -> NameAnalysis:
    forms: dict[str, Form] = {}
    surfaces: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    text = doc.text

    def add_surface(start: int, end: int) -> None:
        s = text[start:end]
        key = nm.fold(s)
        if len(key) >= MIN_LETTERS:
            surfaces[key][s].append((start, end))

    for block, sdoc in zip(doc.blocks, doc.docs):
        base = block.start
        ent_of = {}
        for ent in sdoc.ents:
            for i in range(ent.start, ent.end):
                ent_of[i] = ent
        # runs of name words (with name particles and hyphens inside)
        runs: list[list[int]] = []
        current: list[int] = []
        for tok in sdoc:
            if _is_name_token(tok):
                if current and not _joined(sdoc, current[-1], tok.i):
                    runs.append(current)
                    current = []
                current.append(tok.i)
            elif current and tok.text.lower() in PARTICLES | set(_DASHES) and tok.i + 1 < len(sdoc) \
                    and _is_name_token(sdoc[tok.i + 1]) and _joined(sdoc, current[-1], tok.i):
                current.append(tok.i)
            else:
                if current:
                    runs.append(current)
                current = []
        if current:
            runs.append(current)
        for run in runs:
            words = [i for i in run if sdoc[i].text not in _DASHES]
            named = [i for i in words if _is_name_token(sdoc[i])]
            for i in named:
                tok = sdoc[i]
                key = unicodedata.normalize("NFC", tok.text.casefold())
                form = forms.get(key)
                if form is None:
                    form = forms[key] = Form(key)
                start = base + tok.idx
                form.surfaces[tok.text] += 1
                form.mentions.append((start, start + len(tok.text)))
                if tok.ent_type_:
                    form.labels[tok.ent_type_] += 1
                others = {sdoc[j].text.casefold() for j in named if j != i}
                form.neighbours |= others
                if not others:
                    form.alone += 1
                if form.first_name is None:
                    ent = ent_of.get(i)
                    if ent is not None and ent.end - ent.start <= 4:
                        form.first_name = (base + ent.start_char, base + ent.end_char)
                    else:
                        first, last = sdoc[run[0]], sdoc[run[-1]]
                        form.first_name = (base + first.idx, base + last.idx + len(last.text))
            # surfaces: single words, hyphenated names, and 2-3 word stretches of the run
            for a in range(len(run)):
                for b in range(a, min(len(run), a + 5)):
                    first, last = sdoc[run[a]], sdoc[run[b]]
                    if first.text in _DASHES or last.text in _DASHES:
                        continue
                    span_words = [i for i in run[a:b + 1] if sdoc[i].text not in _DASHES]
                    if len(span_words) > 3:
                        continue
                    add_surface(base + first.idx, base + last.idx + len(last.text))

    allowed = doc.settings.allowed
    allowed_words = {w for entry in allowed for w in nm.fold_words(entry)} | {nm.fold(a) for a in allowed}
    house_display = {}
    for entry in doc.settings.known_names:
        for w in entry.replace("-", " ").split():
            house_display.setdefault(nm.fold(w), w)

    # --- word pairs
    keys = [k for k, f in forms.items() if len(nm.fold(k)) >= MIN_LETTERS]
    pairs = _close_pairs(keys)
    zipfs = {k: nm.zipf(k) for k in keys}
    wrong_to_right: dict[str, tuple[Form, str]] = {}
    related: set[str] = set()  # forms that have a close spelling in the article
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: str, y: str) -> None:
        parent[find(x)] = find(y)

    rank = {"house": 0, "known": 1, "counts": 2}
    for ka, kb in pairs:
        fa, fb = forms[ka], forms[kb]
        kind = nm.variant_kind(fa.text, fb.text, zipfs[ka], zipfs[kb])
        if kind is None:
            continue
        related.update((ka, kb))
        if kind == "same":
            union(fa.text, fb.text)
            continue
        if not _plausibly_one(fa, fb):
            continue
        a_house, b_house = nm.fold(ka) in allowed_words, nm.fold(kb) in allowed_words
        if kind == "transliteration":
            if not _same_kind(fa, fb):
                continue
            union(fa.text, fb.text)
            continue
        # misspelling: which is right?
        if a_house and b_house:
            continue
        if a_house or b_house:
            wrong, right, reason = (fb, fa, "house") if a_house else (fa, fb, "house")
        else:
            side = nm.known_vs_unknown(zipfs[ka], zipfs[kb])
            if side:
                wrong, right, reason = (fb, fa, "known") if side > 0 else (fa, fb, "known")
            else:
                if not _same_kind(fa, fb):
                    continue
                hi, lo = (fa, fb) if fa.count >= fb.count else (fb, fa)
                if hi.count < MIN_COUNT_MAJORITY or hi.count < MAJORITY_RATIO * lo.count:
                    continue
                wrong, right, reason = lo, hi, "counts"
        if nm.fold(wrong.key) in allowed_words:
            continue
        prev = wrong_to_right.get(wrong.key)
        if prev is None or (rank[reason], -prev[0].count) < (rank[prev[1]], -right.count):
            wrong_to_right[wrong.key] = (right, reason)
    misspellings = [(forms[w], right, reason) for w, (right, reason) in wrong_to_right.items()]

    # --- surfaces that fold alike (diacritics, hyphens, spaces) join the variant groups
    for key, by_text in surfaces.items():
        texts = list(by_text)
        distinct = {t.casefold() for t in texts}
        if len(distinct) < 2:
            continue
        for t in texts[1:]:
            union(texts[0], t)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in list(parent):
        groups[find(x)].append(x)
    variant_groups = []
    for members in groups.values():
        distinct = {}
        for m in members:
            distinct.setdefault(m.casefold(), m)
        if len(distinct) < 2:
            continue
        if all(nm.fold(m) in allowed_words or m.casefold() in allowed for m in distinct.values()):
            continue
        variant_groups.append(list(distinct.values()))

    # --- lone misspellings of well-known proper nouns
    lone = []
    for key in keys:
        form = forms[key]
        if key in related or len(key) < CD303_MIN_LETTERS or nm.fold(key) in allowed_words:
            continue
        pn = _lone_misspelling(form, zipfs[key], forms)
        if pn is not None:
            lone.append((form, pn))
    analysis = NameAnalysis(forms, surfaces, misspellings, variant_groups, lone)
    analysis.house_display = house_display  # type: ignore[attr-defined]
    return analysis


def _joined(sdoc, i: int, j: int) -> bool:
    """Tokens i < j are next to each other: one space apart, or glued by a hyphen."""
    if j != i + 1:
        return False
    left = sdoc[i]
    if left.text in _DASHES or sdoc[j].text in _DASHES:
        return not left.whitespace_
    return left.whitespace_ == " "


def _close_pairs(keys: list[str]) -> list[tuple[str, str]]:
    """Pairs of name words within three edits of each other (after folding)."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    if len(keys) < 2:
        return []
    folded = [nm.fold(k) for k in keys]
    tkeys = [nm.translit_key(k) for k in keys]
    matrix = process.cdist(folded, folded, scorer=Levenshtein.distance, score_cutoff=3, dtype="int8")
    tmatrix = process.cdist(tkeys, tkeys, scorer=Levenshtein.distance, score_cutoff=3, dtype="int8")
    out = []
    n = len(keys)
    for i in range(n):
        row, trow = matrix[i], tmatrix[i]
        for j in range(i + 1, n):
            if row[j] <= 3 or trow[j] <= 3:
                out.append((keys[i], keys[j]))
    return out


def _plausibly_one(a: Form, b: Form) -> bool:
    """Could the two words name one person or thing? Not when each always comes with other
    name words and they share none ("Karin Smith" and "Karen Jones")."""
    na = a.neighbours - {b.key}
    nb = b.neighbours - {a.key}
    if not na or not nb or a.alone == a.count or b.alone == b.count:
        return True
    return bool(na & nb)


def _same_kind(a: Form, b: Form) -> bool:
    ca, cb = a.label_class, b.label_class
    return ca is None or cb is None or ca == cb


def _lone_misspelling(form: Form, z: float, forms: dict[str, Form]) -> nm.ProperNoun | None:
    if z >= nm.UNKNOWN_MAX:
        return None
    word = nm.fold(form.key)
    if word != form.key:  # diacritics: a foreign spelling, not a slip
        return None
    good = []
    for pn, _ in nm.nearest_proper_noun(form.key):
        if pn.word in forms or pn.zipf - z < CD303_GAP or nm.is_transliteration(form.key, pn.word):
            continue
        if nm.is_transposition(word, pn.word):
            if pn.zipf >= CD303_SWAP_MIN_ZIPF:
                good.append(pn)
        elif pn.is_place and pn.zipf >= CD303_PLACE_MIN_ZIPF and len(pn.word) >= CD303_PLACE_MIN_LETTERS \
                and form.label_class == "place":
            good.append(pn)
    if not good:
        return None
    good.sort(key=lambda p: -p.zipf)
    if len(good) > 1 and good[0].zipf - good[1].zipf < 1.0:
        return None  # two candidates: no telling which was meant
    return good[0]


def analysis(doc: Document) -> NameAnalysis:
    cached = doc.extras.get("names")
    if cached is None:
        cached = doc.extras["names"] = _analyse(doc)
    return cached


def _display(pn: nm.ProperNoun, like: str) -> str:
    if like.isupper():
        return pn.display.upper()
    if pn.display[:1].isupper():
        return pn.display
    return pn.display.capitalize()


def _times(n: int) -> str:
    return f" ({n}×)" if n > 1 else ""


def _spans(doc: Document, spans: list[tuple[int, int]], role: str) -> list[Span]:
    return [doc.span(s, e, role) for s, e in spans]


@rule("CD301", "name-misspelling", "spelling", "warning")
def name_misspelling(doc: Document) -> Iterator[Finding]:
    """What it finds: a name spelt two ways in one article where one spelling is a slip
    (two letters swapped, one dropped, added or wrong): "Petreaus" twice and "Petraeus"
    once. The right spelling is the one the house list names, else the one that English
    text in general uses (wordfreq's word list knows "Petraeus", not "Petreaus"), and only
    when neither knows the name, the one the article uses far more often.

    Why it matters: a misspelt name is the error readers and subjects notice first, and
    the wrong form can be the more frequent one in the copy (it was typed, then pasted),
    so a count alone would "correct" the right spelling.

    Example: "General David Petreaus ... 'General Petreaus, you should know ...,' Petraeus
    said." gives `"Petreaus" (2×) looks like a misspelling of "Petraeus"`, suggestion
    "Petraeus".
    """
    result = analysis(doc)
    house = getattr(result, "house_display", {})
    for wrong, right, reason in result.misspellings:
        right_text = house.get(nm.fold(right.key), right.text) if reason == "house" else right.text
        why = {"house": ", the spelling on the house list", "known": "",
               "counts": f" (used {right.count}×)"}[reason]
        yield Finding(
            code="CD301",
            message=f'"{wrong.text}"{_times(wrong.count)} looks like a misspelling of "{right_text}"{why}',
            evidence=_spans(doc, wrong.mentions[:MAX_EVIDENCE], "variant")
            + _spans(doc, right.mentions[:1], "preferred"),
            suggestion=right_text,
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
    Nothing is wrong with either spelling, so this is information, not a warning.

    Example: "Qassem Soleimani" in the headline and "Qasem Soleimani" in a caption give
    `"Qasem Soleimani" and "Qassem Soleimani": one name spelt two ways; pick one`.
    """
    result = analysis(doc)
    allowed = doc.settings.allowed
    for group in result.variant_groups:
        spans: dict[str, list[tuple[int, int]]] = {}
        names: dict[str, str] = {}
        for surface in group:
            mentions = _mentions_of(result, surface)
            if not mentions:
                continue
            spans[surface] = mentions
            names[surface] = _name_around(doc, result, surface, mentions[0])
        if len(spans) < 2:
            continue
        house = [s for s in spans if s.casefold() in allowed or nm.fold(s) in
                 {nm.fold(a) for a in allowed}]
        preferred = house[0] if house else max(spans, key=lambda s: (len(spans[s]), -spans[s][0][0]))
        order = sorted(spans, key=lambda s: spans[s][0][0])
        shown = list(dict.fromkeys(names[s] for s in order))
        if len(shown) < len(order):
            shown = order
        listed = " and ".join(f'"{n}"' for n in shown) if len(shown) == 2 else \
            ", ".join(f'"{n}"' for n in shown[:-1]) + f' and "{shown[-1]}"'
        ways = {2: "two", 3: "three", 4: "four"}.get(len(spans), str(len(spans)))
        evidence = []
        for s in order:
            evidence.append(doc.span(*spans[s][0], "preferred" if s == preferred and house else "variant"))
        yield Finding(
            code="CD302",
            message=f"{listed}: one name spelt {ways} ways; pick one"
            + (" (the house list has " + f'"{preferred}")' if house else ""),
            evidence=evidence,
            suggestion=preferred,
        )


def _mentions_of(result: NameAnalysis, surface: str) -> list[tuple[int, int]]:
    by_text = result.surfaces.get(nm.fold(surface), {})
    return sorted(by_text.get(surface, []))


def _name_around(doc: Document, result: NameAnalysis, surface: str, span: tuple[int, int]) -> str:
    """The fuller name a word was first seen in ("Qasem Soleimani" for "Qasem")."""
    form = result.forms.get(unicodedata.normalize("NFC", surface.casefold()))
    if form is not None and form.first_name is not None:
        start, end = form.first_name
        if start <= span[0] and span[1] <= end and end - start <= 60:
            return " ".join(doc.text[start:end].split())
    return surface


@rule("CD303", "proper-noun-misspelling", "spelling", "warning")
def proper_noun_misspelling(doc: Document) -> Iterator[Finding]:
    """What it finds: a name that English text never spells that way, one typing slip from
    a well-known proper noun that the article does not spell right anywhere: two
    neighbouring letters swapped ("Jersualem", "Washingotn"), or, for a major place tagged
    as a place, a letter dropped, added or changed ("Afganistan"). Real places and names
    that look alike ("Pittsburg", "Austria") are known words and never flagged.

    Why it matters: with no correct spelling elsewhere in the story, nothing in the copy
    itself shows the slip; a reader who knows the name sees it at once.

    Example: "As the head of the Quds – or Jersualem – Force" gives `"Jersualem" looks like
    a misspelling of "Jerusalem"`, suggestion "Jerusalem".
    """
    result = analysis(doc)
    for form, pn in result.lone:
        right = _display(pn, form.text)
        yield Finding(
            code="CD303",
            message=f'"{form.text}"{_times(form.count)} looks like a misspelling of "{right}"',
            evidence=_spans(doc, form.mentions[:MAX_EVIDENCE], "variant"),
            suggestion=right,
        )
