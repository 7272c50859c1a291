"""Deciding about two forms: a swap of letters, an ending only, a slip of a known name, one
person or two, and which spelling is right; variant groups and lone misspellings."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from ... import names as nm
from ...document import Document
from .records import (PARTICLES, MIN_LETTERS, MIN_COUNT_MAJORITY, MAJORITY_RATIO,
                      CD303_MIN_LETTERS, CD303_GAP, CD303_SWAP_MIN_ZIPF, CD303_PLACE_MIN_ZIPF,
                      CD303_PLACE_MIN_LETTERS, REASON_RANK, _POSSESSIVE, _PUNCT, Offsets, Form,
                      Variant, VariantGroup, Misspelling, House, _Union)


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
    one edit apart (or as often, the known one first); or, neither known, one never known
    to English and outnumbered. Two known romanisations (Mohammed/Mohamed) or two rare ones
    used alike stay variants."""
    (lo, low), (hi, high) = sorted(((zipfs[a.key], a), (zipfs[b.key], b)), key=lambda x: x[0])
    if lo != 0 or nm.misspelling_distance(a.key, b.key) is None or not _same_kind(a, b):
        return False
    if hi >= nm.KNOWN_MIN:
        # as often, but the known spelling came first: the introduction, from the source
        return low.count < high.count or low.count == high.count and high.mentions[0] < low.mentions[0]
    # neither known: the article's own spelling, by a clear majority, against one it never
    # otherwise uses ("Penwarden" four times, "Penwardden" once)
    many, few = (a, b) if a.count >= b.count else (b, a)
    return zipfs[few.key] == 0 and many.count >= MIN_COUNT_MAJORITY and many.count >= MAJORITY_RATIO * few.count


def _kinds(doc: Document, form: Form) -> frozenset[str]:
    """What the article says a name is a name of: the noun a naming verb gives it to ("a pet
    cat named X", "a deer the family calls X", "a mare known as X"). Not a noun in apposition
    or a title in front: "Osric Tamlyn, a loom tuner" and "the sculptor Tamlyn" may be
    father and son, or one man twice."""
    from ...vocab import words

    naming = words("people_en.txt", "naming_verbs")
    starts = {s for s, _e in form.mentions}
    out = set()
    for off, tok in doc.tokens():
        if off not in starts:
            continue
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else tok.head
        if tok.dep_ in ("oprd", "dobj", "attr", "pobj", "xcomp") and verb.lemma_.lower() in naming \
                and verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN":
            out.add(verb.head.lemma_.lower())
    return frozenset(out)


def _two_kinds(doc: Document, a: Form, b: Form) -> bool:
    """Two near names each given to its own kind of being ("a cat named Dakodi", "a deer the
    family calls Dakori"; "a collie called Rolo and a spaniel called Rollo"): two names."""
    ka, kb = _kinds(doc, a), _kinds(doc, b)
    return bool(ka and kb) and not ka & kb


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
                and _tagged_place(form) and not _demonym(word, nm.fold(pn.word)) and not _local_name(form) \
                and word[:1] == nm.fold(pn.word)[:1]:  # another first letter is another name: Kelbourne
            good.append(pn)
    if not good:
        return None
    good.sort(key=lambda p: -p.zipf)
    if len(good) > 1 and good[0].zipf - good[1].zipf < 1.0:
        return None  # two candidates: no telling which was meant
    return good[0]


def _local_name(form: Form) -> bool:
    """A place name written the same way more than once, and also inside a longer name of the
    article's ("Brayford" and "Brayford Baths"): a town the copy knows, not a slip for a
    city one letter away. (A swap of two letters is still reported: no town is named so.)"""
    return form.count >= 2 and bool(form.neighbours)


DEMONYM_ENDINGS = ("n", "an", "ian", "i", "ese", "er", "ite", "ns", "ans", "ians", "is", "ers", "ites")


def _demonym(word: str, place: str) -> bool:
    """The place's people or adjective, not a misspelt place: Arizonan, Kenyan, Texans."""
    stems = {place, place[:-1]} if place[-1:] in "aeiouy" else {place}
    return any(word == stem + end for stem in stems for end in DEMONYM_ENDINGS)


def _tagged_place(form: Form) -> bool:
    """spaCy takes the word for a place at least once, and not mostly for a person."""
    cls = form.label_class
    return cls == "place" or (cls != "person" and bool({"GPE", "LOC"} & set(form.labels)))
