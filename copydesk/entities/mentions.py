"""Name mentions: spaCy's entities and titled capitalised runs, cleaned into candidates.

A mixin of the builder (``builder._Builder``). ``collect`` reads every block's entities and
the capitalised runs a title or a known name marks; ``_add_cand`` cuts leading articles,
titles and possessives, drops junk, and keeps what was cut as evidence: role words, a
gender, marks of a person (a title, an age, "was born"). Direct-quote stretches are found
here too, for salience.
"""

from __future__ import annotations

import bisect
import re

from .. import names as nm
from ..document import Document
from ..nlp import ents_of, tokens_of
from ..time.lexicon import MONTHS, WEEKDAYS
from ..token_table import table_of
from .records import _Cand, _rare_surname
from .syntax import _life_subject, _tok_role
from .vocab import (
    _GENDERED_NOUNS,
    _TITLE_WORDS,
    DASH_TOKENS,
    DETERMINERS,
    HYPHENS,
    JUNK_WORDS,
    KIN_NOUNS,
    NAME_LABELS,
    ORG_HEADS,
    PARTICLES,
    PERSON_NOUNS,
    PLACE_LABELS,
    RESIDENT_NOUNS,
    STREET_SUFFIXES,
    TITLE_MODS,
    TITLES,
)
from .words import _POSSESSIVE_END, _fold_key, _is_place_word, _name_words_only, given_names
from ..lazy_re import gated

MAX_TITLE_LOOKBACK = 6
_AGE_BEFORE = gated(r"(\d{1,3})[-\u2010\u2011 ]years?[-\u2010\u2011 ]old\s+$")
_AGE_AFTER = re.compile(r"^,\s*(\d{1,3}),")
_ALNUM = re.compile(r"\w")
_DIGIT = re.compile(r"\d")
_QUOTE_CHARS = re.compile("[\"'\u2018\u2019\u201c\u201d]")
# what follows a wire dateline's place: a state or country ("Mont.", "Australia"), maybe a
# date, then an agency in brackets and/or a dash ("LONDON (Reuters) -", "DELMORE, Okla. --")
_DATELINE_AFTER = re.compile(
    r"(?:,\s*[A-Z][\w.'\u2019]*(?:\s+[A-Z][\w.'\u2019]*){0,2}){0,2}"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([A-Z][\w ./&-]{0,30}\)\s*(?:--|[-\u2013\u2014:])?|--|[\u2013\u2014]|\s-)\s")


def _quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Direct-quote stretches in one block (article offsets, marks excluded). Double quotes
    pair up; single curly quotes open at ‘ and close at a ’ that is not an apostrophe; an
    unclosed quote runs to the end of the block (a quote that goes on next paragraph)."""
    regions: list[tuple[int, int]] = []
    dq_open: int | None = None
    sq_open: int | None = None
    for m in _QUOTE_CHARS.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if ch == "\u201c" or (ch == '"' and dq_open is None):
            if dq_open is None:
                dq_open = i + 1
        elif ch == "\u201d" or ch == '"':
            if dq_open is not None:
                regions.append((dq_open, i))
                dq_open = None
        elif ch == "\u2018" or (ch == "'" and sq_open is None and dq_open is None
                                and (i == start or not text[i - 1].isalnum())
                                and i + 1 < end and text[i + 1].isalpha()):
            if sq_open is None and dq_open is None:
                sq_open = i + 1
        elif ch in "\u2019'" and sq_open is not None:
            nxt = text[i + 1] if i + 1 < end else " "
            prev = text[i - 1] if i > start else " "
            if not nxt.isalnum() and not (prev == "s" and nxt == " " and i - sq_open < 3):
                regions.append((sq_open, i))
                sq_open = None
    for opened in (dq_open, sq_open):
        if opened is not None and end - opened > 1:
            regions.append((opened, end))
    regions.sort()
    return regions


class _MentionsMixin:
    """``collect`` and its helpers; ``_Builder`` provides the attributes below and ``_find_quote``."""

    doc: Document
    text: str
    cands: list[_Cand]
    sent_of_block: list[tuple[int, int]]
    regions: list[tuple[int, int, int]]
    region_starts: list[int]
    known_keys: set[tuple[str, ...]]
    block_toks: list[tuple[list, list[int]]]

    def collect(self) -> None:
        text = self.text
        sent_idx = 0
        runs: list[tuple] = []
        for bi, (block, sdoc) in enumerate(zip(self.doc.blocks, self.doc.docs)):
            for r in _quote_regions(text, block.start, block.end):
                self.regions.append((r[0], r[1], bi))
            first_sent = sent_idx
            sent_starts: list[int] = []
            for sent in sdoc.sents:
                sent_starts.append(sent.start)
            nsents = len(sent_starts)
            covered: set[int] = set()
            toks = list(tokens_of(sdoc))
            self.block_toks.append((toks, sent_starts))
            headline = self.doc.blocks[bi].kind == "headline"
            for ent in ents_of(sdoc):
                if ent.label_ not in NAME_LABELS:
                    continue
                if headline and len(ent) == 1 and self._common_in_body(ent[0]):
                    continue  # "Mill" atop "the mill owner ...": a headline's capital, no name
                e0 = _given_names_before(toks, ent.start) if ent.label_ == "PERSON" else ent.start
                covered.update(range(e0, ent.end))
                s_i = first_sent + bisect.bisect_right(sent_starts, ent.start) - 1
                lo = sent_starts[s_i - first_sent]
                e0 = max(e0, lo)
                pieces = self._pieces(toks, e0, ent.end)
                for a, b in pieces:
                    self._add_cand(toks, bi, block.start, a, b, ent.label_, s_i, lo, len(pieces) > 1)
            # capitalised runs spaCy did not call an entity: kept below when a title marks a
            # person ("Gen Petraeus") or the article names the same thing elsewhere
            tb = table_of(sdoc)
            texts, alpha = tb.text, tb.is_alpha
            i, n = 0, len(toks)
            while i < n:
                if i in covered or not texts[i][:1].isupper() or not alpha[i]:
                    i += 1
                    continue
                j = i
                while j < n and j not in covered and texts[j][:1].isupper() and alpha[j]:
                    j += 1
                s_i = first_sent + bisect.bisect_right(sent_starts, i) - 1
                runs.append((toks, bi, block.start, i, j, s_i, sent_starts[s_i - first_sent]))
                i = j
            self.sent_of_block.append((first_sent, nsents))
            sent_idx += nsents
        self.known_keys = {c.key for c in self.cands}
        surnames: set[str] = set()
        for c in self.cands:
            if c.label == "PERSON" and len(c.key) >= 2:
                self.known_keys.add(c.key[-1:])
                surnames.add(c.key[-1])
            elif 2 <= len(c.key) <= 3 and c.label in ("ORG", "GPE", "NORP", "LOC", "FAC") and _bare_key(c.key):
                # "Tunde Okafor" filed as an organisation: "Okafor said" later is a mention
                # to weigh, not a capitalised word to drop
                self.known_keys.add(c.key[-1:])
        known_words = {k[0] for k in self.known_keys if len(k) == 1}
        for sdoc, bi, base, i, j, s_i, lo in runs:
            if not any(sdoc[k].pos_ == "PROPN" or sdoc[k].lower_ in known_words for k in range(i, j)):
                continue
            for a, b in self._pieces(sdoc, i, j):
                while a < b and sdoc[a].pos_ != "PROPN" and sdoc[a].lower_.rstrip(".") not in TITLES \
                        and sdoc[a].lower_ not in known_words:
                    a += 1  # "While Soleimani ..."
                if a >= b:
                    continue
                before = len(self.cands)
                self._add_cand(sdoc, bi, base, a, b, None, s_i, lo)
                if (len(self.cands) == before and 2 <= b - a <= 4
                        and all(sdoc[k].pos_ == "PROPN" for k in range(a, b))
                        and nm.fold(sdoc[b - 1].text) in surnames):
                    # "Ana Lopez", missed by spaCy, beside its "Maria Lopez"
                    self._add_cand(sdoc, bi, base, a, b, "PERSON", s_i, lo)
                if len(self.cands) == before and b - a > 1:
                    for k in range(a, b):
                        if (nm.fold(sdoc[k].text),) in self.known_keys:
                            self._add_cand(sdoc, bi, base, k, k + 1, None, s_i, lo)
        self.region_starts = [r[0] for r in self.regions]
        for c in self.cands:
            c.quote = self._find_quote(c.start)
        self.cands.sort(key=lambda c: c.start)

    def _common_in_body(self, tok) -> bool:
        """A common word ("Mill", "Ferry") that the article writes in lower case elsewhere."""
        low = tok.lower_
        if not tok.is_alpha or nm.zipf(low) < 3.5 or low in given_names():
            return False
        return re.search(rf"\b{re.escape(low)}\b", self.text) is not None  # case-sensitive: lower case only

    def _pieces(self, sdoc, i: int, j: int) -> list[tuple[int, int]]:
        """Cut a token range at punctuation and possessives ("Iran's Quds Force",
        "Quds – or Jersualem – Force")."""
        out, a = [], i
        for k in range(i, j):
            t = sdoc[k]
            glued = t.text in HYPHENS and k > i and not sdoc[k - 1].whitespace_ and not t.whitespace_
            if (t.text in DASH_TOKENS and not glued) or t.text.lower() in ("'s", "\u2019s", "'", "\u2019"):
                if k > a:
                    out.append((a, k))
                a = k + 1
        if j > a:
            out.append((a, j))
        return out

    def _add_cand(self, sdoc, bi: int, base: int, i: int, j: int, label: str | None, sent: int,
                  sent_lo: int, piece: bool = False) -> None:
        """``sdoc`` is the block's tokens as a list; ``sent_lo`` the sentence's first token."""
        roles: set[str] = set()
        gender = 0
        person = 0
        # leading determiners, junk and titles
        while i < j and (sdoc[i].lower_ in DETERMINERS or not _ALNUM.search(sdoc[i].text)):
            i += 1
        titled = []
        while i < j - 1:
            low = sdoc[i].lower_.rstrip(".")
            if low in TITLES or low in TITLE_MODS:
                titled.append(i)
                i += 1
            else:
                break
        if titled and not any(sdoc[t].lower_.rstrip(".") in TITLES for t in titled):
            i = titled[0]  # only modifiers ("Prime", "Foreign"): no title to cut, keep them
            titled = []
        if titled:
            rest = [sdoc[k] for k in range(i, j)]
            last = rest[-1].lower_
            common = len(rest) == 1 and nm.zipf(last) >= 3.5
            if label not in (None, "PERSON") and (last in ORG_HEADS or common):
                i = titled[0]  # "General Motors", "General Assembly": not a title
                titled = []
        for t in titled:
            role, g = TITLES.get(sdoc[t].lower_.rstrip("."), (None, 0))
            if role:
                roles.add(role)
            gender += 3 * g
            person += 1
        # trailing titles on a non-person ("... Guards Corps Lieutenant General")
        if label not in (None, "PERSON"):
            while j - 1 > i and sdoc[j - 1].lower_.rstrip(".") in _TITLE_WORDS \
                    and sdoc[j - 1].lower_.rstrip(".") not in ("state",):
                j -= 1
        # trailing possessive / punctuation
        while j > i and (sdoc[j - 1].text.lower() in ("'s", "\u2019s", "'", "\u2019")
                         or not _ALNUM.search(sdoc[j - 1].text)):
            j -= 1
        if j <= i:
            return
        start = base + sdoc[i].idx
        end = base + sdoc[j - 1].idx + len(sdoc[j - 1].text)
        surface = self.text[start:end]
        m = _POSSESSIVE_END.search(surface)
        if m and re.search(r"\w['\u2019]s?$", surface) and m.start() > 0:
            # "Soleimani’s" in one token; keep plural names ("the Turpins'") whole but cut the mark
            end = start + m.start()
            surface = self.text[start:end]
        surface_stripped = surface.strip()
        if not surface_stripped:
            return
        # junk
        letters = sum(map(str.isalpha, surface))
        if letters < 2 or surface.islower() or surface == surface.lower():
            return
        if _DIGIT.search(surface):
            return
        first_word = re.split(r"[-\u2010\u2011\s]", surface, maxsplit=1)[0]
        if not surface[:1].isupper() and first_word.lower() not in PARTICLES:
            return  # "anti-Iran", "pro-Western": not a name
        key = _fold_key(surface)
        if not key or all(w in JUNK_WORDS for w in key):
            return
        if all(w in TITLES for w in key):
            return  # a lone title: "Ayatollah"
        if label in (None, "PERSON") and (key[-1] in TITLES or key[-1] in TITLE_MODS) and all(
                nm.zipf(w) >= 3.5 and w not in given_names() for w in key):
            return  # a title of common words the tagger called a person: "Financial Officer"
        if label == "PERSON" and surface.isupper() and letters <= 4 and len(key) == 1:
            return  # "CV" as a person
        if piece and len(key) == 1 and nm.zipf(key[0]) >= 4.0:
            return  # "Force" cut from "Quds – or Jersualem – Force"
        if label is None and len(key) >= 2 and key[-1] in STREET_SUFFIXES:
            label = "FAC"  # "Quay Road" the tagger missed: a street
        if label is None and not titled and _kin_apposed(sdoc[i].doc[i:j].root, i, j):
            label = "PERSON"  # "his wife, Ilse," and "Ilse, his widow,": a relative is a person
        elif label is None and not titled and len(key) == 2 and key[0] in given_names() \
                and key[0] not in MONTHS and key[0] not in WEEKDAYS \
                and _rare_surname(key[1]) and all(sdoc[k].pos_ == "PROPN" for k in range(i, j)):
            label = "PERSON"  # "Piers Orme", missed by the tagger: a given name and a rare surname
        if label is None and not titled:
            if key not in self.known_keys:
                return  # an untagged capitalised run counts only with a title or a known name
        elif label is None:
            label = "PERSON"
        # role words and gender from the syntax around the name
        span = sdoc[i].doc[i:j]
        root = span.root
        # (not for a nationality or a well-known place: "Iranian", "Iraq")
        light = label == "NORP" or (label in PLACE_LABELS and len(key) == 1 and _is_place_word(key[0]))
        if not light:
            for child in root.children:
                if child.i >= i and child.i < j:
                    continue
                if child.dep_ in ("compound", "nmod", "amod", "appos") and child.pos_ == "NOUN" \
                        and child.i < i:
                    lem = child.lemma_.lower()
                    roles.add(lem)
                elif child.dep_ == "appos" and child.pos_ == "NOUN" and child.i >= j and child.tag_ != "NNS":
                    # (a plural after one name is the list's next item: "survived by Geoffrey,
                    # their daughters Tilde and Anka")
                    roles.add(child.lemma_.lower())
            if root.dep_ == "appos" and root.head.pos_ == "NOUN" and not (i <= root.head.i < j):
                roles.add(root.head.lemma_.lower())
            # "former CIA analyst Kenneth Pollack": nouns just before the name
            k = i - 1
            steps = 0
            while k >= 0 and steps < MAX_TITLE_LOOKBACK and k >= sent_lo:
                t = sdoc[k]
                low = t.lower_.rstrip(".")
                if low in TITLES:
                    role, g = TITLES[low]
                    if role:
                        roles.add(role)
                    gender += 3 * g
                    person += 1
                elif low in TITLE_MODS or t.text in ("-", "\u2010"):
                    pass
                elif t.pos_ == "NOUN" and t.dep_ in ("compound", "nmod", "amod") and t.head.i >= i - 1:
                    if not (t.head.i < i and t.head.lower_.rstrip(".") in TITLES and t.lower_ not in TITLES):
                        # "library" in "Library director Ana Ruiz" names the institution of
                        # her title: "the library" is never her
                        roles.add(t.lemma_.lower())
                elif t.pos_ == "PROPN" and t.text[:1].isupper() and k < i - 1:
                    pass
                else:
                    break
                k -= 1
                steps += 1
            before = self.text[max(0, start - 24):start]
            ma = _AGE_BEFORE.search(before)
            if ma:
                roles.add(f"age:{ma.group(1)}")
                person += 1
            ma = _AGE_AFTER.match(self.text[end:end + 8])
            if ma:
                roles.add(f"age:{ma.group(1)}")
            roles.discard("")
            for r in roles:
                g = _GENDERED_NOUNS.get(r, 0)
                gender += 2 * g
                if r in PERSON_NOUNS or r.startswith("age:"):
                    person += 1
            person += _life_subject(root)
        # the role of the name in its clause (for salience)
        role = _tok_role(root)
        acronym_of = None
        if (surface.isupper() and 2 <= letters <= 8 and i >= 2 and sdoc[i - 1].text == "("
                and j < len(sdoc) and sdoc[j].text == ")"):
            acronym_of = (base + sdoc[i - 2].idx, base + sdoc[i - 2].idx + len(sdoc[i - 2].text))
        propn_toks = {sdoc[k].text for k in range(i, j) if sdoc[k].pos_ == "PROPN"}
        propn = frozenset(w for w in surface.split()
                          if w in propn_toks or any(p in propn_toks for p in re.split(r"[-\u2010\u2011]", w)))
        prev = sdoc[i - 1] if i > sent_lo else None
        after_cap = (prev is not None and prev.text[:1].isupper() and prev.is_alpha
                     and prev.lower_.rstrip(".") not in _TITLE_WORDS)
        definite = i > sent_lo and sdoc[i - 1].lower_ == "the" and i <= sdoc[i - 1].head.i < j
        # "grew up in Derry", "lives near Kelso": the object of "in" is a place, never a person
        placed = root.dep_ == "pobj" and root.head.lower_ in ("in", "near", "outside", "across") or \
            root.dep_ == "compound" and root.head.lemma_.lower() in RESIDENT_NOUNS  # "the Kelby resident"
        # wire copy's home town: "Dale Orrin, 45, of Pike Falls," (the "of" set off by a comma,
        # hanging on a name)
        home = root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "PROPN" and \
            root.head.i > 0 and sdoc[root.head.i - 1].text == "," and root.head.head.i < root.head.i
        # a wire dateline opens the story with its place: "CASPER FALLS, Mont. (AP) --"
        dateline = bi <= 3 and not self.text[self.doc.blocks[bi].start:start].strip() and \
            (surface.isupper() or self.text[end:end + 2] == " (") and bool(_DATELINE_AFTER.match(self.text, end))
        if dateline:
            person = 0  # the parse hangs the dateline on the lead's verb ("... died Sunday")
        self.cands.append(_Cand(start, end, surface, label, key, bi, sent, role, None,
                                (bi, root.i), (bi, i, j), roles, gender, person, acronym_of, propn,
                                after_cap, definite=definite, placed=placed or home or dateline, home=home,
                                dateline=dateline))


def _kin_apposed(root, i: int, j: int) -> bool:
    """A run of proper nouns set beside a relative ("his wife, Ilse Vask,", "a son, Tiam",
    "Ilse, his widow,"): the tagger misses given names it has never seen, the apposition does not."""
    if root.pos_ != "PROPN":
        return False
    doc = root.doc
    # right beside each other: "his wife, Ilse" (the kin noun just before the comma), "Ilse, his
    # widow" (the apposition opening just after it); a parse that joins a kin noun from far off
    # ("Alasdair Keddie, geologist: ... (died 1990; one son, two daughters)") is no apposition
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in KIN_NOUNS \
            and i >= 2 and doc[i - 1].text == "," and root.head.i == i - 2:
        return True
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= j and c.lemma_.lower() in KIN_NOUNS
               and c.left_edge.i <= j + 1 and j < len(doc) and doc[j].text == "," for c in root.children)


def _given_names_before(toks, start: int) -> int:
    """Where a person's name starts when the tagger left its given names out ("Rosalind
    Achterberg" read as a verb and a surname; "Rosalind Mary Achterberg" as "Mary
    Achterberg"): capitalised given names joined to the name, none of them a month or a day;
    or, at a sentence's start or after a lower-case title, a rare capitalised word the parse
    joins to the name."""
    i = start
    while i > 0:
        t = toks[i - 1]
        low = t.lower_
        if not (t.text[:1].isupper() and t.is_alpha) or t.ent_type_ or low in MONTHS or low in WEEKDAYS \
                or low in TITLES or low in TITLE_MODS or not t.whitespace_ or "\n" in t.whitespace_ \
                or t.pos_ in _NOT_NAME_POS:
            break
        if low not in given_names() and not (
                t.dep_ == "compound" and start <= t.head.i and nm.zipf(low) < 3.0
                and (t.is_sent_start or i - 1 == 0 or not toks[i - 2].is_alpha
                     # after a lower-case title: "district president Harish Chandra Goel"
                     or toks[i - 2].text[:1].islower() and toks[i - 2].pos_ == "NOUN")):
            break
        i -= 1
    return i


_NOT_NAME_POS = frozenset({"AUX", "PART", "DET", "ADP", "CCONJ", "SCONJ", "PRON", "NUM", "PUNCT"})


def _bare_key(key: tuple[str, ...]) -> bool:
    """Name words only, all letters."""
    return all(w.isalpha() for w in key) and _name_words_only(key)
