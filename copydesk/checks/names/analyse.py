"""The names analysis of one article, cached on the Document: every form collected, paired
and judged."""

from __future__ import annotations

from ... import names as nm
from ...document import Document
from .records import (MIN_LETTERS, CD303_MIN_LETTERS, Variant, VariantGroup, Misspelling,
                      NameAnalysis, House, _Union)
from .collect import _collect
from .pairs import (_ending_only, _is_swap, _add_swapped_words, _keep, _house_pairs, _close_pairs,
                    _slip_of_known, _plausibly_one, _share_neighbour, _same_kind, _which_is_right,
                    _name_text, _variant_groups, _lone_misspelling, _two_kinds)


def analysis(doc: Document) -> NameAnalysis:
    cached = doc.extras.get("names")
    if cached is None:
        cached = doc.extras["names"] = _analyse(doc)
    return cached


def _vowel_for_vowel(a: str, b: str) -> bool:
    """One vowel written for another (Wasef/Wasif): how romanisations differ, not a slip."""
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and all(c in "aeiouy" for c in diff[0])


def _possessive(doc: Document, form) -> bool:
    """Every mention owns something ("Haloran's report"), as places in news copy rarely do."""
    return all(doc.text[e:e + 2] in ("'s", "’s") for _s, e in form.mentions)


def _given_first(doc: Document, form) -> bool:
    """The name a word first came in opens with a given name ("Connor Rennison", whatever
    label the tagger gave it): a person's."""
    from ...entities.words import given_names

    if form.first_name is None:
        return False
    first = doc.text[form.first_name[0]:form.first_name[1]].split()
    return len(first) >= 2 and first[0].lower() in given_names()


def _orphan_surname(doc: Document, fa, fb) -> Misspelling | None:
    """A surname the article never introduces, one slip from the surname of a person it
    does: news copy names a person in full before it uses the surname alone, so "Mayor
    Maud Dalloway ... Dallaway said" is a slip even when both spellings are real names.
    The introduced spelling is right; the orphan one is never written with a given name
    and first appears after the full name."""
    if nm.misspelling_distance(fa.key, fb.key) is None:
        return None
    for intro, orphan in ((fa, fb), (fb, fa)):
        if orphan.alone != orphan.count or intro.alone == intro.count:
            continue
        if orphan.mentions[0][0] < intro.mentions[0][0]:
            continue
        if orphan.key in (intro.key + "s", intro.key + "es"):
            continue  # "the Turners": the family, by its name in the plural
        if orphan.label_class == "place" and not _possessive(doc, orphan) or \
                "person" not in (intro.label_class, None) and not _given_first(doc, intro):
            continue  # a place one letter from a surname is a place, unless it owns something
        # the introduced word is the surname: the last word of the name it first came in
        if intro.first_name is None or intro.first_name[1] != intro.mentions[0][1] \
                or intro.first_name[0] == intro.mentions[0][0]:
            continue
        return Misspelling(orphan, intro.text, "orphan", intro)
    return None


_PLACE_ORG = frozenset({"GPE", "LOC", "FAC", "ORG"})


def _local_slip(a, b, zipfs) -> Misspelling | None:
    """A town's or a firm's name English does not know, written two ways one slip apart
    ("born in Aldersby", "returned to Aldersbey"), with too few mentions for the counts to
    say which is right: a town or a firm has one spelling, so one is a slip, and the later
    one, retyped, is the likelier (as for a swap of letters). People's names are left to
    the counts: two people may be named one letter apart."""
    kinds = {a.label_class, b.label_class} - {None}
    placed = any(label in _PLACE_ORG for f in (a, b) for label in f.labels)
    if zipfs[a.key] > 0 or zipfs[b.key] > 0 or len(kinds) > 1 or not kinds <= {"place", "org"} or not placed:
        return None
    if a.count != b.count:
        hi, lo = (a, b) if a.count > b.count else (b, a)
        return Misspelling(lo, hi.text, "counts", hi)
    first, later = (a, b) if a.mentions[0] < b.mentions[0] else (b, a)
    return Misspelling(later, first.text, "local", first)


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
        orphan = _orphan_surname(doc, fa, fb) if kind in (None, "misspelling") or \
            kind == "transliteration" and not _vowel_for_vowel(ka, kb) else None
        if kind is None:
            if orphan is not None:  # two real surnames, one never introduced
                related.update((ka, kb))
                _keep(wrong_to_right, orphan)
            continue
        related.update((ka, kb))
        if _two_kinds(doc, fa, fb):
            continue  # "a cat named Dakodi" and "a deer called Dakori": two beings, two names
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
        local = _local_slip(fa, fb, zipfs) if kind == "transliteration" and nm.misspelling_distance(ka, kb) else None
        if kind == "transliteration" and (_slip_of_known(fa, fb, zipfs) or local is not None):
            # one letter changed, doubled or dropped in a name English knows, once, beside the
            # known spelling used more often, or in a town's or a firm's name: a slip, not a
            # second romanisation
            verdict = _which_is_right(fa, fb, zipfs, house) or local
            if verdict is not None:
                _keep(wrong_to_right, verdict)
                continue
        if orphan is not None:
            verdict = _which_is_right(fa, fb, zipfs, house) if kind == "misspelling" else None
            _keep(wrong_to_right, verdict or orphan)
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
        verdict = _which_is_right(fa, fb, zipfs, house) or _local_slip(fa, fb, zipfs)
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
