"""Building the entities: mentions collected, forms clustered, each cluster labelled and named.

``_Builder`` reads the mentions (``mentions``), clusters them (``clusters``), then gives each
cluster its entity: a label by vote and evidence (a company suffix, a person's marks, a name
that takes "the"), the fullest and best-spelt name, its role words and gender; ``resolve``
hands over to the pronoun and nominal pass (``resolver``).
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict

from .. import names as nm
from ..document import Document
from ..model import Entity, Mention
from .clusters import _ClusterMixin
from .mentions import _MentionsMixin
from .records import _Cand, _Form, _rare_surname
from .resolver import _Resolver
from .vocab import GROUP_LABELS, KIN_NOUNS, ORG_SUFFIXES, PLACE_LABELS, STREET_SUFFIXES
from .words import _same_word, given_names


class _Builder(_MentionsMixin, _ClusterMixin):
    """The entities of one article, from its name mentions."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.article.text
        self.cands: list[_Cand] = []
        self.sent_of_block: list[tuple[int, int]] = []  # (first sentence index, count)
        self.regions: list[tuple[int, int, int]] = []  # (start, end, block) of direct quotes
        self.region_starts: list[int] = []
        self.captions: set[int] = {i for i, b in enumerate(doc.blocks) if b.kind == "caption"}
        self.known_keys: set[tuple[str, ...]] = set()
        self.block_toks: list[tuple[list, list[int]]] = []

    def _find_quote(self, pos: int) -> int | None:
        i = bisect.bisect_right(self.region_starts, pos) - 1
        if i >= 0 and self.regions[i][0] <= pos < self.regions[i][1]:
            return i
        return None

    def build_entities(self) -> tuple[list[Entity], dict[str, dict]]:
        forms, roots = self.cluster()
        # assign each candidate to a cluster root (ambiguous surnames: the one mentioned last)
        first_at: dict = {}
        for c in self.cands:
            first_at.setdefault(roots[c.form], c.start)
        # the gender of each full name, to keep "Lady Reade" off "Sir Alan Reade"
        root_gender: dict = defaultdict(int)
        for c in self.cands:
            if len(forms[c.form].core) >= 2:
                root_gender[roots[c.form]] += c.gender or given_names().get(forms[c.form].core[0], 0)
        splits: dict = defaultdict(list)  # root -> the roots split off it by honorifics
        last_seen: dict = {}
        owner: dict = {}  # a bare surname shared by two people -> whom the article gave it to
        # "His son, Harlan Vell,": a namesake brought in as someone's kin is called by his full
        # or given name afterwards; the bare surname stays the subject's
        kin_roots = {roots[c.form] for c in self.cands if c.roles & KIN_NOUNS and len(forms[c.form].core) >= 2}
        for c in self.cands:
            if c.form in self.ambiguous:
                options = self.ambiguous[c.form]
                # "Piers Gaskin" with the given name left out of the candidate: that one
                prev = self.text[max(0, c.start - 30):c.start].split()[-1:] or [""]
                named = [r for r in options if forms[r].core[0] == prev[0].lower() and len(forms[r].core) >= 2]
                if len(named) == 1:
                    options = named
                elif 0 < len(plain := [r for r in options if r not in kin_roots]) < len(options):
                    options = plain
                before = [(last_seen[r], r) for r in options if r in last_seen]
                root = max(before)[1] if before else min(options, key=lambda r: first_at.get(r, 1 << 60))
                # news style calls the second of two namesakes by the full name or the given
                # name: a bare surname already used for one of them stays that person's
                root = owner.setdefault(c.form, root)
            else:
                root = roots[c.form]
            if len(forms[c.form].core) == 1 and self.personish[c.form]:
                if c.gender:
                    # "Ms Chen" after "Mr Chen": two people unless the article says otherwise
                    sign = 1 if c.gender > 0 else -1
                    g = root_gender[root]
                    if g * sign < 0:
                        alt = ("gender", root, sign)
                        if alt not in splits[root]:
                            splits[root].append(alt)
                        root = alt
                    elif g == 0:
                        root_gender[root] = sign
                elif splits.get(root):
                    # a bare "Chen": the one of them mentioned last
                    options = [root] + splits[root]
                    root = max(options, key=lambda r: last_seen.get(r, -1))
            c.form_root = root  # type: ignore[attr-defined]
            last_seen[root] = c.start
        clusters: dict = defaultdict(list)
        for c in self.cands:
            clusters[c.form_root].append(c)  # type: ignore[attr-defined]
        ordered = sorted(clusters.values(), key=lambda cs: cs[0].start)
        entities: list[Entity] = []
        info: dict[str, dict] = {}
        multi_surnames = {c.key[-1] for c in self.cands if len(c.key) >= 2}
        for n, cs in enumerate(ordered, 1):
            eid = f"E{n}"
            label = self._label(cs, forms)
            name, variants = self._name(cs, label)
            ent = Entity(eid, label, name, variants,
                         [Mention(c.start, c.end, c.text, "name") for c in cs])
            entities.append(ent)
            roles = set().union(*(c.roles for c in cs))
            gender = sum(c.gender for c in cs)
            if label == "PERSON" and gender == 0:
                full = max(cs, key=lambda c: len(c.key))
                given = full.key[0]
                if len(full.key) >= 2 or not (any(c.after_cap for c in cs) or given in multi_surnames):
                    gender = given_names().get(given, 0)  # "Melanie said", but not "Ms Rose" for "Rose"
            heads = {forms[c.form].core[-1] for c in cs}
            info[eid] = {"roles": roles, "gender": float(gender), "evidence": gender, "heads": heads,
                         "plural": label in GROUP_LABELS}
            for c in cs:
                c.eid = eid
        return entities, info

    def _label(self, cs: list[_Cand], forms: list[_Form]) -> str:
        votes = Counter(c.label for c in cs if c.label)
        suffixed = [c for c in cs if len(c.key) >= 2 and c.key[-1] in ORG_SUFFIXES]
        if suffixed and (not any(c.person for c in cs) or not any(c.key[0] in given_names() for c in suffixed)):
            # "Acme Robotics", "Northwind Holdings": spaCy often calls them people, and a "who"
            # the parse hangs on the name ("a director at Tollgate Brands who was appointed")
            # is no person's mark when no given name opens it
            return "ORG"
        if all(len(c.key) >= 2 and c.key[-1] in STREET_SUFFIXES and c.key[0] not in given_names() for c in cs) \
                and not any(c.person for c in cs):
            return "FAC"  # "Mill Lane", "Quay Road": a street, whatever the tagger says
        person_evidence = sum(c.person for c in cs) + sum(1 for c in cs if self.personish[c.form]
                                                           and len(forms[c.form].core) >= 2)
        if not any(c.person for c in cs) and sum(c.definite for c in cs) * 2 >= len(cs):
            # "The Kestrel", "the Varleys": a proper name that takes "the" is a place, a
            # work, an organisation or a family, not one person
            others = Counter({k: v for k, v in votes.items() if k != "PERSON"})
            return others.most_common(1)[0][0] if others else "ORG"
        if not any(c.person for c in cs) and (sum(c.placed for c in cs) * 2 > len(cs) and len(cs[0].key) == 1
                                             or any(c.dateline for c in cs)
                                             or all(c.home for c in cs) and cs[0].key[0] not in given_names()):
            places = Counter({k: v for k, v in votes.items() if k in PLACE_LABELS})
            return places.most_common(1)[0][0] if places else "GPE"
        if votes.get("PERSON") and (person_evidence or votes["PERSON"] * 3 >= sum(votes.values())):
            return "PERSON"
        if any(c.roles & KIN_NOUNS for c in cs):
            return "PERSON"  # "His wife, Nuala,": a name a kin word describes is a person's
        if any(c.person for c in cs) and any(self.personish[c.form] and len(forms[c.form].core) >= 2
                                             for c in cs):
            return "PERSON"  # a full name and a person's marks ("Okafor said") outvote the tagger
        if not votes or any(len(f.core) == 2 and f.core[0] in given_names() and _rare_surname(f.core[1])
                            for f in (forms[c.form] for c in cs)):
            return "PERSON"  # "Marguerite Dulac": a given name and a surname, whatever the tagger says
        return votes.most_common(1)[0][0]

    def _name(self, cs: list[_Cand], label: str) -> tuple[str, list[str]]:
        variants: list[str] = []
        counts: Counter = Counter()
        for c in cs:
            v = " ".join(c.text.split())
            if v.isupper() and len(v) > 5 and " " in v:
                v = v.title()  # a shouted headline: "QASSEM SOLEIMANI"
            if v not in counts:
                variants.append(v)
            counts[v] += 1
        # preferred spelling of each word: a known spelling beats an unknown one, then counts
        word_counts: Counter = Counter()
        for v, n in counts.items():
            for w in v.split():
                word_counts[w] += n
        words = list(word_counts)
        better: dict[str, str] = {}
        for a in words:
            for b in words:
                if a == b or a in better or len(a) < 4 or len(b) < 4:
                    continue
                fa, fb = nm.fold(a), nm.fold(b)
                if fa == fb or not fa or not fb or not _same_word(fa, fb):
                    continue
                za, zb = nm.zipf(a), nm.zipf(b)
                k = nm.known_vs_unknown(zb, za)
                if k > 0 or (k == 0 and word_counts[b] > word_counts[a]):
                    better[a] = b
        if label == "PERSON":
            # the fullest, most frequent form: the words spaCy reads as a name ("Donald J.
            # Trump", not a headline's "Rip Donald Trump"), from outside the headline and
            # quotes if any (a tweet's "Crooked Hillary Clinton")
            propn: set[str] = set()
            body: set[str] = set()
            headline = {i for i, blk in enumerate(self.doc.blocks) if blk.kind == "headline"}
            for c in cs:
                propn |= c.propn
                if c.block not in headline and c.quote is None:
                    body.add(" ".join(c.text.split()))
            pool = [v for v in variants if v in body] or variants

            def score(v: str) -> tuple:
                words = v.split()
                ok = sum(1 for w in words if w in propn)
                return ok, ok - len(words), counts[v], -variants.index(v)

            best = max(pool, key=score)
        else:
            multi = [v for v in variants if len(v.split()) >= 2 and not v.isupper()]
            pool = multi or variants
            best = max(pool, key=lambda v: (counts[v], -variants.index(v)))
        name = " ".join(better.get(w, w) for w in best.split())
        return name, variants

    def resolve(self, entities: list[Entity], info: dict[str, dict]) -> "_Resolver":
        res = _Resolver(self, entities, info)
        res.run()
        return res
