"""The model's attribute ruler, matched faster with the same result.

spaCy's ``AttributeRuler`` runs a ``Matcher`` of every pattern (179 in the English models:
one per tag of the tag map, and a few words) over every token of every Doc: on short news
blocks a ninth of the whole parse. Nearly all of them are one-token patterns whose outcome
depends only on the token itself (its text and tag, sometimes its dependency label), so it
is the same for every "said/VBD/ROOT" of every article. :class:`RulerMatch` keeps, per
such token, the one-token matches the real ``Matcher`` found for it the first time, and runs
the real ``Matcher`` only over the other patterns (multi-token ones). The list it returns is
the one ``AttributeRuler.match`` returns, element for element; the ruler's own
``set_annotations`` then writes the attributes as before.

A ruler whose patterns read anything else (entity labels, extension attributes, operators)
keeps spaCy's matching for those patterns; a ruler changed after the swap (patterns added)
falls back to spaCy's matching altogether.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Pattern keys whose value is a function of the token attributes in the cache key below.
_TOKEN_KEYS = frozenset({"ORTH", "TEXT", "LOWER", "NORM", "TAG", "POS", "MORPH", "LEMMA", "DEP",
                         "IS_SPACE"})
# What a ruler may write for the swap: fields of the token alone. A ruler that writes a
# lexeme's attribute (NORM, a flag) changes what later tokens of that word read.
_WRITES = ("TAG", "POS", "MORPH", "LEMMA", "DEP")
_MAX_ENTRIES = 500_000  # a long-running server's cache is emptied when it grows past this


def _one_token(pattern: list) -> bool:
    return (len(pattern) == 1 and isinstance(pattern[0], dict)
            and all(isinstance(k, str) and k.upper() in _TOKEN_KEYS for k in pattern[0]))


class RulerMatch:
    """A drop-in for ``ruler.match``; :func:`install` puts it in place."""

    def __init__(self, ruler):
        from spacy.attrs import DEP, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
        from spacy.matcher import Matcher

        self.ruler = ruler
        self.n_attrs = len(ruler.attrs)
        self.n_keys = len(ruler.matcher)
        # LOWER adds nothing to the key (ORTH decides it): it is read for the multi-token gate
        self.key_attrs = [ORTH, NORM, TAG, POS, MORPH, LEMMA, DEP, LOWER]
        strings = ruler.vocab.strings
        self.single = Matcher(ruler.vocab)  # the one-token patterns, run on cache misses only
        self.multi = Matcher(ruler.vocab)   # all the others, run on every Doc
        self.attr_of: dict[int, int] = {}
        multi_patterns: list = []
        for i in range(self.n_attrs):
            key = strings[str(i)]
            if key not in ruler.matcher:
                continue
            self.attr_of[key] = i
            _, patterns = ruler.matcher.get(key)
            target = self.single if all(_one_token(p) for p in patterns) else self.multi
            target.add(key, patterns)
            if target is self.multi:
                multi_patterns.extend(patterns)
        self.cache: dict[tuple, tuple] = {}
        self.anchors = _anchors(multi_patterns)

    def __call__(self, doc: "Doc") -> list:
        ruler = self.ruler
        if len(ruler.attrs) != self.n_attrs or len(ruler.matcher) != self.n_keys:
            return type(ruler).match(ruler, doc)  # the ruler was changed: spaCy's own matching
        attr_of = self.attr_of
        out = []
        arr = doc.to_array(self.key_attrs) if len(doc) else None
        if len(self.multi) and (arr is None or self._may_match(arr)):
            out = [(attr_of[m_id], m_id, s, e) for m_id, s, e in self.multi(doc, allow_missing=True)]
        if len(self.single) and arr is not None:
            cache = self.cache
            keys = [tuple(r) for r in arr.tolist()]
            if not all(k in cache for k in keys):
                self._learn(doc, keys)
            for i, k in enumerate(keys):
                for m_id in cache[k]:
                    out.append((attr_of[m_id], m_id, i, i + 1))
        out.sort()
        return out

    def _may_match(self, arr) -> bool:
        """False when no multi-token pattern can match: each needs a word (or a dependency
        label) that this Doc lacks. A pattern with no such word makes it True."""
        if self.anchors is None:
            return True
        lower, dep = self.anchors
        return bool(lower and not lower.isdisjoint(arr[:, 7].tolist())
                    or dep and not dep.isdisjoint(arr[:, 6].tolist()))

    def _learn(self, doc: "Doc", keys: list[tuple]) -> None:
        if len(self.cache) > _MAX_ENTRIES:
            self.cache.clear()
        found: list[list[int]] = [[] for _ in keys]
        for m_id, s, _e in self.single(doc, allow_missing=True):
            found[s].append(m_id)
        for k, ids in zip(keys, found):
            self.cache[k] = tuple(ids)


def _literal(value) -> list[str] | None:
    """The strings a token spec's value allows: a string, or {"IN": [...]}; None for others."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
        return list(value["IN"])
    return None


def _anchors(patterns: list) -> tuple[frozenset, frozenset] | None:
    """Hashes of lower-cased words and of dependency labels such that every match of one of
    the patterns has a token with one of them: for each pattern, one token that must be
    there (no "OP") whose LOWER (or DEP) is a string or a list of strings. None when a
    pattern has no such token (the multi-token Matcher then runs on every Doc)."""
    from spacy.strings import get_string_id

    lower: set[int] = set()
    dep: set[int] = set()
    for pattern in patterns:
        for spec in pattern:
            if not isinstance(spec, dict) or any(str(k).upper() == "OP" for k in spec):
                continue
            keys = {str(k).upper(): v for k, v in spec.items()}
            words = _literal(keys["LOWER"]) if "LOWER" in keys else None
            if words is not None:
                lower.update(get_string_id(w) for w in words)
                break
            labels = _literal(keys["DEP"]) if "DEP" in keys else None
            if labels is not None:
                dep.update(get_string_id(d) for d in labels)
                break
        else:
            return None
    return frozenset(lower), frozenset(dep)


def install(nlp) -> bool:
    """Swap the faster matching into the pipeline's stock attribute ruler; False if it has none."""
    from spacy.attrs import IDS
    from spacy.pipeline import AttributeRuler

    writes = {IDS[name] for name in _WRITES}
    done = False
    for _, proc in nlp.pipeline:
        if (type(proc) is AttributeRuler and "match" not in vars(proc)
                and all(set(attrs) <= writes for attrs in proc.attrs)):
            proc.match = RulerMatch(proc)
            done = True
    return done
