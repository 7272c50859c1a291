"""Clustering name forms into entities: full names, bare surnames, short forms, acronyms.

A mixin of the builder (``builder._Builder``). Full names join when their surnames match and
their given names agree; a bare surname joins its full name (or stays ambiguous between two
people who share it); an organisation's plural, short form, misspelling or acronym joins its
long form. Compares distinct forms, not mentions.
"""

from __future__ import annotations

from collections import defaultdict

from .. import names as nm
from .records import _UF, _Cand, _Form
from .words import _contains, _deplural, _given_agree, _initials, _name_words_only, _same_word, given_names

GROUP_WORD_ZIPF = 3.5  # nationalities, faiths and parties are common words; surnames rarely


class _ClusterMixin:
    """``cluster`` and ``_cand_ending_at``; ``_Builder`` provides ``cands``."""

    cands: list[_Cand]

    def cluster(self) -> tuple[list[_Form], list[int]]:
        forms: list[_Form] = []
        by_key: dict[tuple[str, ...], int] = {}
        for c in self.cands:
            fi = by_key.get(c.key)
            if fi is None:
                fi = by_key[c.key] = len(forms)
                forms.append(_Form(c.key))
            f = forms[fi]
            f.cands.append(c)
            if c.label:
                f.labels[c.label] = f.labels.get(c.label, 0) + 1
            c.form = fi
        uf = _UF(len(forms))
        personish = [f.is_personish() for f in forms]
        placeish = [f.is_placeish() for f in forms]

        # a full name the tagger filed elsewhere ("Tess Preston" as an organisation) is a
        # person's when it opens with a given name and its surname alone has a person's marks
        # ("Preston, 61,")
        marked = {f.core[0] for f in forms if len(f.core) == 1 and f.person > 0}
        for fi, f in enumerate(forms):
            if not personish[fi] and len(f.core) >= 2 and f.surname in marked and (
                    f.core[0] in given_names() or len(f.core) <= 3 and _name_words_only(f.core)):
                personish[fi] = True  # "Tunde Okafor" when "Okafor" said, or is the one "who"
        # 1. full names: same surname (or a variant of it), given names that agree
        multi = [fi for fi, f in enumerate(forms) if personish[fi] and len(f.core) >= 2]
        for x in range(len(multi)):
            fa = forms[multi[x]]
            for y in range(x + 1, len(multi)):
                fb = forms[multi[y]]
                if _same_word(fa.surname, fb.surname) and _given_agree(fa.given, fb.given):
                    uf.union(multi[x], multi[y])
        surname_roots: dict[str, set[int]] = defaultdict(set)
        given_roots: dict[str, set[int]] = defaultdict(set)
        for fi in multi:
            surname_roots[forms[fi].surname].add(fi)
            given_roots[forms[fi].given[0]].add(fi)

        # 2. single words: a surname (maybe several people's), else a given name, else alone
        self.ambiguous: dict[int, list[int]] = {}
        singles = [fi for fi, f in enumerate(forms) if len(f.core) == 1]
        for fi in singles:
            f = forms[fi]
            w = f.core[0]
            if placeish[fi] or f.top_label == "NORP" and not _surname_not_group(w, surname_roots):
                continue
            hits = set(surname_roots.get(w, ()))
            if not hits and len(w) >= 4:
                for s, fis in surname_roots.items():
                    if _same_word(w, s):
                        hits |= fis
            roots = {uf.find(h) for h in hits}
            if not hits and w in given_roots and (f.labels.get("PERSON") or w in given_names()):
                # "Nell" alone after "Nell Carraway": the one person of that given name, also
                # when the tagger filed the lone word elsewhere (an obituary's first names)
                roots = {uf.find(h) for h in given_roots[w]}
                if len(roots) != 1:
                    roots = set()
            if len(roots) == 1:
                uf.union(fi, roots.pop())
                personish[fi] = True
            elif len(roots) > 1:
                self.ambiguous[fi] = sorted(roots)
                personish[fi] = True

        # 3. non-person names: plurals, short forms, misspellings, acronyms
        others = [fi for fi, f in enumerate(forms) if not personish[fi] and fi not in self.ambiguous]
        by_core: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for fi in others:
            by_core[forms[fi].core].append(fi)
        for fi in others:  # "Revolutionary Guards" / "Revolutionary Guard"
            core = forms[fi].core
            last = core[-1]
            for alt in (last[:-1], last[:-2]) if last.endswith("s") else ():
                for fj in by_core.get(core[:-1] + (alt,), ()):
                    uf.union(fi, fj)
        orgish = [fi for fi in others if not placeish[fi] and forms[fi].top_label not in ("NORP", "GPE", "LOC")]
        multi_org = [fi for fi in orgish if len(forms[fi].core) >= 2]
        unplural = {fj: _deplural(forms[fj].core) for fj in multi_org}  # once, not per pair
        for fi in orgish:  # "Quds" / "Quds Force"; "Revolutionary Guard" / "... Guards Corps"
            short = _deplural(forms[fi].core)
            if len(short) == 1 and (nm.zipf(short[0]) >= 3.5 or len(short[0]) < 3):
                continue
            containers = [fj for fj in multi_org if fj != fi and len(unplural[fj]) > len(short)
                          and _contains(unplural[fj], short)]
            if not containers:
                continue
            if len(short) >= 2:
                for fj in containers:
                    uf.union(fi, fj)
            else:
                best = max(containers, key=lambda fj: (len(forms[fj].cands), -fj))
                uf.union(fi, best)
        # one-word misspellings and transliterations among non-person names of one kind
        single_others = [fi for fi in others if len(forms[fi].core) == 1 and len(forms[fi].core[0]) >= 5]
        for x in range(len(single_others)):
            fa = forms[single_others[x]]
            for y in range(x + 1, len(single_others)):
                fb = forms[single_others[y]]
                if placeish[single_others[x]] != placeish[single_others[y]]:
                    continue
                if (fa.top_label == "NORP") != (fb.top_label == "NORP"):
                    continue
                if _same_word(fa.core[0], fb.core[0]):
                    uf.union(single_others[x], single_others[y])
        # acronyms
        long_forms = [fi for fi, f in enumerate(forms) if len(f.key) >= 2 and not personish[fi]]
        for fi, f in enumerate(forms):
            c0 = f.cands[0]
            if not (c0.text.replace(".", "").isupper() and len(f.key) == 1):
                continue
            acro = c0.text.replace(".", "").upper()
            if not 2 <= len(acro) <= 8:
                continue
            linked = False
            for c in f.cands:  # "the Islamic Revolutionary Guard Corps (IRGC)"
                if c.acronym_of is None:
                    continue
                prev = self._cand_ending_at(c.acronym_of[1])
                if prev is not None and _initials(prev.text.split(), True) in (acro, acro[:-1]) or \
                        prev is not None and _initials(prev.text.split(), False) == acro:
                    uf.union(fi, prev.form)
                    linked = True
            if linked:
                continue
            for fj in long_forms:
                words = forms[fj].cands[0].text.split()
                if _initials(words, True) == acro or _initials(words, False) == acro:
                    uf.union(fi, fj)
                    break
        self.personish = personish
        return forms, [uf.find(fi) for fi in range(len(forms))]

    def _cand_ending_at(self, end: int) -> _Cand | None:
        best = None
        for c in self.cands:
            if c.end == end or (c.start < end <= c.end):
                best = c
        return best


def _surname_not_group(word: str, surname_roots: dict) -> bool:
    """A one-word name the tagger calls a group (NORP) that is exactly the surname of a full
    name in the article, and a rare word, not a nationality or a party ("Hollis" after
    "Republican Ann Hollis"; "Republican" and "British" stay groups)."""
    return word in surname_roots and not word.isupper() and nm.zipf(word.lower()) < GROUP_WORD_ZIPF
