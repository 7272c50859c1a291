"""Names and spelling (CD3xx): one name spelt two ways, and well-known names misspelt.

All three rules share one analysis, cached on the Document:

1. Name words: capitalised tokens that spaCy tags PROPN or puts in a name entity
   (PERSON, GPE, ORG, NORP, LOC, FAC, ...), not all capitals (acronyms, shouted headlines),
   with their mentions, entity labels and *runs* (neighbouring name words: "Qassem" in
   "Qassem Soleimani" has the neighbour "soleimani"). Hyphenated names and two- or
   three-word stretches of a run are kept as surfaces too, so that "Abdel-Rahman",
   "Abdel Rahman" and "Abdelrahman" meet.
2. Pairs of name words a few letters apart are classified by ``copydesk.names.variant_kind``
   (transliteration, diacritics/hyphens/spaces, misspelling, or different names). Which
   spelling is right comes first from the house list (``known-names``/``allow-words``),
   then from whether wordfreq's English list knows the spelling ("Petraeus" yes,
   "Petreaus" no), and only when neither says, from the counts in the article (a made-up
   name used six times against once).
3. Two people are not one name: words whose neighbours differ ("Karin Smith" and "Karen
   Jones") or whose entity kinds differ (Sydney the city, Sidney the man) are left alone;
   two common names (Barron/Baron) count as one only when they share a neighbour. Words of
   fewer than four letters are never compared, and a misspelling needs five (Iraj/Iran).
4. A lone unknown name word one typing slip from a well-known proper noun
   (``copydesk/data/names_proper_en.tsv``) that the article never spells right is CD303:
   any proper noun when the slip is two neighbouring letters swapped ("Jersualem"), a
   major place when the word is tagged as a place and a letter is dropped, added or wrong
   ("Afganistan").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterator

from .. import names as nm
from ..document import Document
from ..entities import TITLES
from ..model import Finding, Span
from .registry import rule
from ..nlp import ents_of, tokens_of

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
REASON_RANK = {"house": 0, "known": 1, "counts": 2, "first": 3}
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
    reason: str  # house | known | counts
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


def analysis(doc: Document) -> NameAnalysis:
    cached = doc.extras.get("names")
    if cached is None:
        cached = doc.extras["names"] = _analyse(doc)
    return cached


# --------------------------------------------------------------------------- collecting

def _is_name_token(tok) -> bool:
    text = tok.text
    if not text[:1].isupper() or not text.isalpha() or (text.isupper() and len(text) > 1):
        return False
    if tok.ent_type_ in NOT_NAME_LABELS:
        return False
    return tok.pos_ == "PROPN" or tok.ent_type_ in NAME_LABELS


def _joined(toks, i: int, j: int) -> bool:
    """Tokens i and j = i + 1 are one space apart, or glued by a hyphen."""
    if j != i + 1:
        return False
    left = toks[i]
    if left.text in DASHES or toks[j].text in DASHES:
        return not left.whitespace_
    return left.whitespace_ == " "


def _runs(sdoc, capitalised: dict[str, list[Offsets]] | None = None, base: int = 0,
          is_name: list[bool] | None = None) -> list[list[int]]:
    """Runs of name words, with name particles (bin, al, van) and hyphens inside them.
    Other capitalised words of five letters or more go to ``capitalised`` (casefolded)."""
    runs: list[list[int]] = []
    current: list[int] = []
    toks = tokens_of(sdoc)
    if is_name is None:
        is_name = [_is_name_token(t) for t in toks]
    for tok in toks:
        named = is_name[tok.i]
        if not named and capitalised is not None and len(tok.text) >= CD303_MIN_LETTERS \
                and tok.text[:1].isupper() and tok.text[1:].islower() and tok.text.isalpha():
            capitalised[unicodedata.normalize("NFC", tok.text.casefold())].append(
                (base + tok.idx, base + tok.idx + len(tok.text)))
        if named:
            if current and not _joined(toks, current[-1], tok.i):
                runs.append(current)
                current = []
            current.append(tok.i)
        elif current and (tok.text.lower() in PARTICLES or tok.text in DASHES) and tok.i + 1 < len(toks) \
                and is_name[tok.i + 1] and _joined(toks, current[-1], tok.i):
            current.append(tok.i)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _name_span(toks, base: int, run: list[int], ent_of: dict, i: int, j: int) -> Offsets:
    """The entity around tokens i..j when it is a short one, else their run."""
    ent = ent_of.get(i)
    if ent is not None and ent is ent_of.get(j) and ent.end - ent.start <= 5:
        return base + ent.start_char, base + ent.end_char
    first, last = toks[run[0]], toks[run[-1]]
    return base + first.idx, base + last.idx + len(last.text)


def _collect(doc: Document) -> tuple[dict[str, Form], dict[str, dict[str, list[Mention]]],
                                     dict[str, list[Offsets]]]:
    forms: dict[str, Form] = {}
    surfaces: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    text = doc.text
    run_id = 0
    capitalised: dict[str, list[Offsets]] = defaultdict(list)  # other capitalised words
    for block, sdoc in zip(doc.blocks, doc.docs):
        base = block.start
        ent_of = {i: ent for ent in ents_of(sdoc) for i in range(ent.start, ent.end)}
        toks = tokens_of(sdoc)
        is_name = [_is_name_token(t) for t in toks]
        for run in _runs(sdoc, capitalised, base, is_name):
            run_id += 1
            named = [i for i in run if is_name[i]]
            for i in named:
                tok = toks[i]
                key = unicodedata.normalize("NFC", tok.text.casefold())
                form = forms.get(key)
                if form is None:
                    form = forms[key] = Form(key)
                start = base + tok.idx
                form.surfaces[tok.text] += 1
                form.mentions.append((start, start + len(tok.text)))
                form.runs.add(run_id)
                if tok.ent_type_:
                    form.labels[tok.ent_type_] += 1
                # a title is no name word: "Mr Ashby" stands alone as much as "Ashby" does
                others = [toks[j].text for j in named if j != i and toks[j].lower_.rstrip(".") not in TITLES]
                if others:
                    form.neighbours |= {nm.translit_key(o) for o in others}
                    form.neighbours.add(nm.translit_key("".join(others)))
                form.alone += not others
                if form.first_name is None:
                    form.first_name = _name_span(toks, base, run, ent_of, i, i)
            # single words, hyphenated names and stretches of two or three words
            for a in range(len(run)):
                for b in range(a, min(len(run), a + 5)):
                    first, last = toks[run[a]], toks[run[b]]
                    if first.text in DASHES or last.text in DASHES or \
                            sum(toks[i].text not in DASHES for i in run[a:b + 1]) > 3:
                        continue
                    start, end = base + first.idx, base + last.idx + len(last.text)
                    s = text[start:end]
                    key = nm.fold(s)
                    if len(key) >= MIN_LETTERS:
                        name = _name_span(toks, base, run, ent_of, run[a], run[b])
                        surfaces[key][s].append(Mention(start, end, run_id, name))
    return forms, surfaces, capitalised


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


def _analyse(doc: Document) -> NameAnalysis:
    forms, surfaces, capitalised = _collect(doc)
    house = House(doc.settings.known_names, doc.settings.allow_words)
    _add_swapped_words(doc.text, forms, capitalised)

    keys = [k for k in forms if len(nm.fold(k)) >= MIN_LETTERS]
    zipfs = {k: nm.zipf(k) for k in keys}
    words = _Union()
    related: set[str] = set()  # words with a close spelling in the article
    wrong_to_right: dict[str, Misspelling] = {}
    for ka, kb in _close_pairs(keys):
        fa, fb = forms[ka], forms[kb]
        swap = _is_swap(ka, kb, zipfs)
        kind = "misspelling" if swap else nm.variant_kind(ka, kb, zipfs[ka], zipfs[kb])
        if kind is None:
            continue
        related.update((ka, kb))
        if kind == "same":
            words.union(ka, kb)
            continue
        if swap:
            # two neighbouring letters swapped in a name the article also spells right: a
            # typing slip, whatever spaCy guessed the unknown spelling to be (its entity
            # label and its neighbours are guesses about a word it has never seen)
            _keep(wrong_to_right, _which_is_right(fa, fb, zipfs, house, swap=True))
            continue
        if not _plausibly_one(fa, fb):
            continue
        if kind == "transliteration" and _slip_of_known(fa, fb, zipfs):
            # one letter changed, doubled or dropped in a name English knows, once, beside the
            # known spelling used more often: a slip, not a second romanisation
            verdict = _which_is_right(fa, fb, zipfs, house)
            if verdict is not None:
                _keep(wrong_to_right, verdict)
                continue
        if kind == "transliteration":
            # two common names (Barron/Baron, Mohammed/Muhammad) are one person's only
            # when they share a neighbour: "son Barron" is not "Sacha Baron Cohen"
            common = min(zipfs[ka], zipfs[kb]) >= nm.COMMON_MIN
            if _same_kind(fa, fb) and (not common or _share_neighbour(fa, fb)):
                words.union(ka, kb)
            continue
        if {fa.label_class, fb.label_class} == {"person", "place"}:
            continue  # Iraj Harirchi is not a misspelt Iran
        if {fa.label_class, fb.label_class} == {"group", "place"} and _ending_only(ka, kb):
            continue  # a place and its adjective: the Myanma embassy, in Myanmar
        verdict = _which_is_right(fa, fb, zipfs, house)
        if verdict is not None:
            _keep(wrong_to_right, verdict)
    variants = _variant_groups(doc, forms, surfaces, words, house)
    # the house list's spelling of a name the article never spells that way
    for key, hw, kind in _house_pairs(forms, keys, house, related):
        form = forms[key]
        if kind == "misspelling" and zipfs[key] < nm.UNKNOWN_MAX:
            _keep(wrong_to_right, Misspelling(form, house.words[hw], "house"))
        elif kind in ("same", "transliteration") and zipfs[key] < nm.COMMON_MIN:
            span = form.mentions[0]
            variant = Variant(form.text, span, _name_text(doc, form.first_name or span, span), form.count)
            variants.append(VariantGroup([variant], Variant(house.words[hw], span, house.words[hw]), True))
        related.add(key)
    lone = []
    for key in keys:
        form = forms[key]
        if key in related or len(key) < CD303_MIN_LETTERS or house.has(key):
            continue
        pn = _lone_misspelling(form, zipfs[key], forms)
        if pn is not None:
            lone.append((form, pn))
    return NameAnalysis(forms, list(wrong_to_right.values()), variants, lone)


def _ending_only(ka: str, kb: str) -> bool:
    """One word is the other with an ending added or dropped (Myanmar/Myanma)."""
    short, long_ = sorted((nm.fold(ka), nm.fold(kb)), key=len)
    return len(short) >= MIN_LETTERS and long_.startswith(short)


def _is_swap(ka: str, kb: str, zipfs: dict[str, float]) -> bool:
    """Two spellings of five letters or more, one the other with two neighbouring letters
    swapped, the rarer one not an English word ("Kowalcyzk" for "Kowalczyk"). Real names
    that are such swaps of each other are both words English knows (Carol/Carlo)."""
    fa, fb = nm.fold(ka), nm.fold(kb)
    return min(len(fa), len(fb)) >= CD303_MIN_LETTERS and min(zipfs[ka], zipfs[kb]) < nm.KNOWN_MIN \
        and nm.is_transposition(fa, fb)


def _add_swapped_words(text: str, forms: dict[str, Form], capitalised: dict[str, list[Offsets]]) -> None:
    """Capitalised words that spaCy did not take for names ("Iseely also said" parses
    as an adverb) but that are a name of the article with two letters swapped and are no
    English word: they join the name words, so that the swap is compared."""
    by_letters: dict[str, list[str]] = defaultdict(list)
    for key in forms:
        if len(key) >= CD303_MIN_LETTERS:
            by_letters["".join(sorted(key))].append(key)
    for key, spans in capitalised.items():
        if key in forms:
            continue
        for other in by_letters.get("".join(sorted(key)), ()):
            if nm.is_transposition(nm.fold(key), nm.fold(other)) and nm.zipf(key) == 0:
                form = forms[key] = Form(key)
                form.mentions.extend(spans)
                form.alone = len(spans)
                form.surfaces.update(text[s:e] for s, e in spans)
                break


def _keep(found: dict[str, Misspelling], m: Misspelling | None) -> None:
    """One finding per misspelt word: the best-founded right spelling wins."""
    if m is None:
        return
    prev = found.get(m.wrong.key)
    count = m.right_form.count if m.right_form else 0
    if prev is None or (REASON_RANK[m.reason], -count) < \
            (REASON_RANK[prev.reason], -(prev.right_form.count if prev.right_form else 0)):
        found[m.wrong.key] = m


def _house_pairs(forms: dict[str, Form], keys: list[str], house: House,
                 related: set[str]) -> list[tuple[str, str, str]]:
    """(article word, house word, kind) for article words close to a house-list word that
    the article does not use."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    hwords = [w for w in house.words if w not in forms]
    mine = [k for k in keys if k not in related and not house.has(k) and len(nm.fold(k)) >= CD303_MIN_LETTERS]
    if not hwords or not mine:
        return []
    out = []
    matrix = process.cdist([nm.fold(k) for k in mine], [nm.fold(w) for w in hwords],
                           scorer=Levenshtein.distance, score_cutoff=3, dtype="int8")
    for i, j in zip(*(matrix <= 3).nonzero()):
        kind = nm.variant_kind(mine[i], hwords[j])
        if kind is not None:
            out.append((mine[i], hwords[j], kind))
    return out


def _close_pairs(keys: list[str]) -> list[tuple[str, str]]:
    """Pairs of name words within three edits of each other, as written or as
    transliteration keys."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    if len(keys) < 2:
        return []
    out = []
    for normalise in (nm.fold, nm.translit_key):
        strings = [normalise(k) for k in keys]
        matrix = process.cdist(strings, strings, scorer=Levenshtein.distance, score_cutoff=3, dtype="int8")
        for i, j in zip(*(matrix <= 3).nonzero()):
            if i < j:
                out.append((keys[i], keys[j]))
    return list(dict.fromkeys(out))


def _slip_of_known(a: Form, b: Form, zipfs: dict[str, float]) -> bool:
    """One spelling unknown to English, the other known and used more often in the article,
    one edit apart. Two known romanisations (Mohammed/Mohamed) or two unknown ones stay
    variants."""
    (lo, low), (hi, high) = sorted(((zipfs[a.key], a), (zipfs[b.key], b)), key=lambda x: x[0])
    return (lo == 0 and hi >= nm.KNOWN_MIN and low.count < high.count
            and nm.misspelling_distance(a.key, b.key) is not None and _same_kind(a, b))


def _plausibly_one(a: Form, b: Form) -> bool:
    """Could two words name one person or thing? Not when each always comes with other
    name words and they share none ("Karin Smith" and "Karen Jones")."""
    na, nb = a.neighbours - {nm.translit_key(b.key)}, b.neighbours - {nm.translit_key(a.key)}
    if not na or not nb or a.alone == a.count or b.alone == b.count:
        return True
    return bool(na & nb)


def _share_neighbour(a: Form, b: Form) -> bool:
    return bool((a.neighbours - {nm.translit_key(b.key)}) & (b.neighbours - {nm.translit_key(a.key)}))


def _same_kind(a: Form, b: Form) -> bool:
    ca, cb = a.label_class, b.label_class
    return ca is None or cb is None or ca == cb


def _which_is_right(fa: Form, fb: Form, zipfs: dict[str, float], house: House,
                    swap: bool = False) -> Misspelling | None:
    """Which of two close spellings is the slip. For a swap of two letters (``swap``),
    one is, and the order of evidence is: the house list, English usage (any use against
    none), the article's counts, then the first mention (a name is introduced in full,
    often from the source's own spelling; the retyped later mention slips)."""
    a_house, b_house = house.has(fa.key), house.has(fb.key)
    if a_house and b_house:
        return None
    if a_house or b_house:
        wrong, right = (fb, fa) if a_house else (fa, fb)
        return Misspelling(wrong, house.words.get(right.key, right.text), "house", right)
    za, zb = zipfs[fa.key], zipfs[fb.key]
    side = nm.known_vs_unknown(za, zb)
    if not side and swap and (za == 0) != (zb == 0):
        side = 1 if za > 0 else -1
    if side:
        wrong, right = (fb, fa) if side > 0 else (fa, fb)
        return Misspelling(wrong, right.text, "known", right)
    if swap:
        if fa.count != fb.count:
            hi, lo = (fa, fb) if fa.count > fb.count else (fb, fa)
            return Misspelling(lo, hi.text, "counts", hi)
        first, later = (fa, fb) if fa.mentions[0] < fb.mentions[0] else (fb, fa)
        return Misspelling(later, first.text, "first", first)
    if not _same_kind(fa, fb):
        return None
    hi, lo = (fa, fb) if fa.count >= fb.count else (fb, fa)
    if hi.count < MIN_COUNT_MAJORITY or hi.count < MAJORITY_RATIO * lo.count:
        return None
    return Misspelling(lo, hi.text, "counts", hi)


def _name_text(doc: Document, name: Offsets, span: Offsets) -> str:
    """The fuller name a spelling was first seen in ("Qasem Soleimani" for "Qasem")."""
    start, end = name
    if start <= span[0] and span[1] <= end and end - start <= 60:
        name = _POSSESSIVE.sub("", " ".join(doc.text[start:end].split()).strip(_PUNCT)).strip(_PUNCT)
        words = name.split(" ")
        while words and not words[-1][:1].isupper():  # "Bishop-Emeritus of"
            words.pop()
        while words and not words[0][:1].isupper() and words[0].lower() not in PARTICLES:
            words.pop(0)
        if words and span[0] - start >= 0:
            return " ".join(words)
    return doc.text[span[0]:span[1]]


def _variant_groups(doc: Document, forms: dict[str, Form], surfaces, words: _Union,
                    house: House) -> list[VariantGroup]:
    """Words that are one name spelt differently (transliteration, diacritics), and names
    of several words written with and without hyphens or spaces ("Abdel-Rahman"/
    "Abdelrahman"); groups that meet in one name are one finding ("Jaroslaw Kaczynski"/
    "Jarosław Kaczyński")."""
    found: list[list[Variant]] = []
    for keys in words.groups():
        if len({forms[k].text for k in keys}) < 2:
            continue
        group = []
        for k in keys:
            form = forms[k]
            span = form.mentions[0]
            name = _name_text(doc, form.first_name or span, span)
            group.append(Variant(form.text, span, name, form.count, set(form.runs)))
        found.append(group)
    for key, by_text in surfaces.items():
        texts = sorted(by_text, key=lambda t: by_text[t][0].start)
        if len({t.casefold() for t in texts}) < 2 or _explained(texts, words):
            continue
        group = []
        for t in texts:
            first = by_text[t][0]
            span = (first.start, first.end)
            group.append(Variant(t, span, _name_text(doc, first.name, span), len(by_text[t]),
                                 {m.run for m in by_text[t]}))
        found.append(group)
    merged = _Union()
    for gi, group in enumerate(found):
        merged.find(str(gi))
        runs = set().union(*(v.runs for v in group))
        for gj in range(gi):
            if runs & set().union(*(v.runs for v in found[gj])):
                merged.union(str(gi), str(gj))
    out: list[VariantGroup] = []
    for members in merged.groups():
        variants: dict[str, Variant] = {}
        for gi in members:
            for v in found[int(gi)]:
                variants.setdefault(v.text, v)
        items = sorted(variants.values(), key=lambda v: v.span)
        on_list = [v for v in items if house.has(v.text)]
        if len(on_list) == len(items):
            continue
        best = on_list[0] if on_list else max(items, key=lambda v: (v.count, -v.span[0]))
        out.append(VariantGroup(items, best, bool(on_list), merged=len(members) > 1))
    return out


def _explained(texts: list[str], words: _Union) -> bool:
    """Do word-level variants already account for the difference between these names?"""
    separators = {tuple(re.findall(r"[\s\-\u2010\u2011]+", t)) for t in texts}
    split = [[w.casefold() for w in re.split(r"[\s\-\u2010\u2011]+", t) if w] for t in texts]
    if len(separators) != 1 or len({len(s) for s in split}) != 1:
        return False
    for position in zip(*split):
        roots = {words.find(unicodedata.normalize("NFC", w)) if w in words.parent else w for w in position}
        if len(roots) > 1:
            return False
    return True


def _lone_misspelling(form: Form, z: float, forms: dict[str, Form]) -> nm.ProperNoun | None:
    if z >= nm.UNKNOWN_MAX:
        return None
    word = nm.fold(form.key)
    if word != form.key:  # diacritics: a foreign spelling, not a slip
        return None
    good = []
    for pn, _ in nm.nearest_proper_noun(form.key):
        if pn.word in forms or pn.zipf - z < CD303_GAP or \
                nm.variant_kind(form.key, pn.word, z, pn.zipf) != "misspelling":
            continue
        if nm.is_transposition(word, pn.word):
            if pn.zipf >= CD303_SWAP_MIN_ZIPF:
                good.append(pn)
        elif pn.is_place and pn.zipf >= CD303_PLACE_MIN_ZIPF and len(pn.word) >= CD303_PLACE_MIN_LETTERS \
                and _tagged_place(form) and not _demonym(word, nm.fold(pn.word)):
            good.append(pn)
    if not good:
        return None
    good.sort(key=lambda p: -p.zipf)
    if len(good) > 1 and good[0].zipf - good[1].zipf < 1.0:
        return None  # two candidates: no telling which was meant
    return good[0]


DEMONYM_ENDINGS = ("n", "an", "ian", "i", "ese", "er", "ite", "ns", "ans", "ians", "is", "ers", "ites")


def _demonym(word: str, place: str) -> bool:
    """The place's people or adjective, not a misspelt place: Arizonan, Kenyan, Texans."""
    stems = {place, place[:-1]} if place[-1:] in "aeiouy" else {place}
    return any(word == stem + end for stem in stems for end in DEMONYM_ENDINGS)


def _tagged_place(form: Form) -> bool:
    """spaCy takes the word for a place at least once, and not mostly for a person."""
    cls = form.label_class
    return cls == "place" or (cls != "person" and bool({"GPE", "LOC"} & set(form.labels)))


# --------------------------------------------------------------------------- rules

def _display(pn: nm.ProperNoun, like: str) -> str:
    if like.isupper():
        return pn.display.upper()
    return pn.display if pn.display[:1].isupper() else pn.display.capitalize()


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
    least twice as often).

    Why it matters: a misspelt name is the error readers and the people named notice
    first, and the wrong form can be the more frequent one in the copy (typed once, then
    pasted), so a count alone would "correct" the right spelling.

    Example: "US General David Petreaus ... 'General Petreaus, you should know ...,'
    Petraeus said." gives `"Petreaus" (2×) looks like a misspelling of "Petraeus"`,
    suggestion "Petraeus".
    """
    for m in analysis(doc).misspellings:
        why = {"house": " (the house list's spelling)", "known": "",
               "counts": f" (used {m.right_form.count if m.right_form else 0}×)",
               "first": " (two letters swapped; the name is first given as"
                        f' "{m.right}", line {doc.article.line_col(m.right_form.mentions[0][0])[0]})'
               if m.right_form else ""}[m.reason]
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
