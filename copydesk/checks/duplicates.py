"""Duplicates (CD2xx): passages and sentences that appear twice in one article.

Both rules share one analysis, cached on the Document: every unit (a block, or a sentence)
is normalised (NFKC, case folded, curly and straight quotes, apostrophes and dashes folded,
punctuation and whitespace dropped), indexed by word bigrams so that only plausible pairs
are compared, and each pair that survives is aligned word by word (rapidfuzz Levenshtein
on word lists, so "changed words" are counted, not changed characters).

Thresholds (``n`` = words in the longer passage, after normalisation):

* a passage must carry at least ``MIN_CONTENT`` (8) content words: words that are not
  function words (spaCy's English stop list), reporting verbs ("said", "told") or
  one-letter leftovers. A whole block repeated verbatim needs only ``MIN_CONTENT_VERBATIM``
  (6; 5 for a paragraph of ten words or more), so a short picture caption pasted twice is
  still caught; so does a sentence repeated
  word for word with its attribution ("'We have lost 14 homes,' she said."), a paste, where
  a short quotation alone again is a pull quote. Stock lines ("he said.",
  "No one was injured.", "Image: Jane Doe.", "The ministry said in a statement.") never
  reach these counts, so no phrase list is needed;
* verbatim: equal after normalisation;
* near-verbatim: at most ``allowed_edits(n)`` changed words (1 below 16 words, 2 below 24,
  3 below 40, then 8 % of the words) and a character similarity (``fuzz.ratio`` on the
  normalised text) of at least ``MIN_RATIO`` (88);
* a changed figure (digits or number words), a changed name (a capitalised word replaced by
  one that is not a spelling variant of it, ``fuzz.ratio`` < ``VARIANT_RATIO``) or an added
  or dropped negation makes a different fact, not a repeat. Under ``LONG_WORDS`` (40) words
  such a pair is never reported: "The 25-year-old was taken to hospital" and "The
  52-year-old ..." are two people, or a contradiction for the CD4xx rules. In a passage of
  40 words or more whose other words are all identical, that one change is still a repeat
  (so much identical text is no coincidence) and the message shows the differing words;
* a headline is compared with other blocks as a whole and only for near-identity (at most
  one changed word), since a lede that restates the headline in other words is normal;
* a sentence is also a repeat when it sits, near-verbatim, inside a longer sentence that it
  covers at least ``MIN_COVER`` (60 %) of: a pull quote against the quotation with its
  attribution;
* cost: verbatim copies are found by hashing; other candidates must share half of their
  informative bigrams, a bigram found in more than ``MAX_POSTING`` units (template wording)
  is not counted, and at most ``TOP_K`` candidates are aligned per unit.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterator

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein
from spacy.lang.en.stop_words import STOP_WORDS

from ..document import Document
from ..model import Finding, Span
from ..conflicts import in_two_updates, update_lead
from ..quotes import in_transcript
from .registry import rule

MIN_CONTENT = 8
MIN_CONTENT_VERBATIM = 6
MIN_WORDS_PARAGRAPH = 10
MIN_RATIO = 88.0
MIN_COVER = 0.6
LONG_WORDS = 40
MAX_POSTING = 40  # a word bigram in more units than this is template wording
TOP_K = 12  # candidates aligned per unit
VARIANT_RATIO = 85.0  # two words this alike are one word spelt two ways, not two names

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
})
_INNER_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_WORD = re.compile(r"\w+")
# Reporting verbs carry no fact of their own: "he said" must not make a short line long.
_REPORTING = frozenset({"said", "says", "told", "tells", "added", "adds", "according", "stated", "noted"})
_NEGATIONS = frozenset({"not", "no", "never", "nor", "none", "nothing", "neither", "nobody", "cannot",
                        "without"})
# "didn't" folds to "didnt": an auxiliary + "nt" is a negation too ("can't" -> "cant" -> "ca").
_AUX = frozenset({"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "could",
                  "would", "should", "must", "need", "ca", "wo", "ai", "might"})
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion billions trillion dozen dozens "
    "half quarter first second third fourth fifth sixth seventh eighth ninth tenth".split())


@dataclass
class Unit:
    """A passage to compare: a block, or a sentence."""

    start: int
    end: int
    block: int
    kind: str  # the block's kind
    words: list[str]  # original spelling (quote marks folded), for names
    norm: list[str]  # case-folded
    content: int
    ids: list[int] = field(default_factory=list)  # norm as integers, for fast alignment
    joined: str = ""
    shingles: set[tuple[str, str]] = field(default_factory=set)


@dataclass
class Match:
    first: Unit
    repeat: Unit
    verbatim: bool
    edits: int
    diffs: list[tuple[str, str]]  # (first wording, repeat wording) of each changed stretch
    contained: bool = False


def normalise(text: str) -> str:
    """Case-folded text with quote, apostrophe and dash variants folded and punctuation dropped."""
    return " ".join(w.casefold() for w in _words(text))


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _INNER_APOSTROPHE.sub("", text)  # Iran's / Iran’s -> Irans; don't -> dont
    return _WORD.findall(text)


def _is_function(word: str) -> bool:
    return word in STOP_WORDS or word in _REPORTING or (len(word) == 1 and not word.isdigit())


# A time stamp that opens a live blog's entry ("15:10 At the harbour ...", "9.40am - Police
# say ..."): the entry's label, not part of the passage it labels.
_LEADING_STAMP = re.compile(r"\s*(?:[0-2]?\d[:.][0-5]\d(?:\s*[aApP]\.?[mM]\.?)?|1?\d\s*[aApP]\.?[mM]\.?)"
                            r"(?:\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT)\b)?\s*[-\u2013\u2014:|]?\s+"
                            r"(?=[A-Z\"'\u2018\u201c])")


def _unit(text: str, start: int, end: int, block: int, kind: str, vocab: dict[str, int]) -> Unit:
    stamp = _LEADING_STAMP.match(text, start, end)
    if stamp:
        start = stamp.end()
    words = _words(text[start:end])
    norm = [w.casefold() for w in words]
    func = [_is_function(w) for w in norm]
    content = func.count(False)
    u = Unit(start, end, block, kind, words, norm, content, [vocab.setdefault(w, len(vocab)) for w in norm],
             " ".join(norm))
    u.shingles = {(norm[i], norm[i + 1]) for i in range(len(norm) - 1) if not (func[i] and func[i + 1])}
    return u


def allowed_edits(n: int) -> int:
    if n < 16:
        return 1
    if n < 24:
        return 2
    if n < 40:
        return 3
    return int(n * 0.08)


def _has_digits(words: list[str]) -> str:
    return "".join(ch for w in words for ch in w if ch.isdigit())


def _is_name(word: str) -> bool:
    """Capitalised and not a function word: a name, or a sentence-initial word (counted too,
    which only makes the rule more careful)."""
    return word[:1].isupper() and word.casefold() not in STOP_WORDS


def _negations(words: list[str]) -> Counter[str]:
    return Counter(w for w in words if w in _NEGATIONS or (w.endswith("nt") and w[:-2] in _AUX))


def _substantive(a: Unit, b: Unit, op) -> bool:
    """A changed stretch that makes the two passages say different things."""
    a_seg, b_seg = a.words[op.src_start:op.src_end], b.words[op.dest_start:op.dest_end]
    a_low, b_low = [w.casefold() for w in a_seg], [w.casefold() for w in b_seg]
    if _has_digits(a_seg) != _has_digits(b_seg):
        return True
    if Counter(w for w in a_low if w in _NUMBER_WORDS) != Counter(w for w in b_low if w in _NUMBER_WORDS):
        return True
    if _negations(a_low) != _negations(b_low):
        return True
    # A name replaced by another name; "Jersualem" corrected to "Jerusalem" is one name.
    return op.tag == "replace" and any(_is_name(w) for w in a_seg + b_seg) and \
        fuzz.ratio(" ".join(a_low), " ".join(b_low)) < VARIANT_RATIO


def compare(a: Unit, b: Unit, *, strict: bool = False, allow_contained: bool = False) -> Match | None:
    """Whether b repeats a: verbatim, near-verbatim, or (sentences) contained in it or it in b."""
    if a.joined == b.joined:
        return Match(a, b, True, 0, [])
    n_long, n_short = max(len(a.ids), len(b.ids)), min(len(a.ids), len(b.ids))
    if n_short / n_long < MIN_COVER:
        return None
    # Cheap bound first: the edit distance, with room for the extra words of a containment.
    budget = 1 if strict else allowed_edits(n_long)
    cutoff = budget + (n_long - n_short if allow_contained else 0)
    if Levenshtein.distance(a.ids, b.ids, score_cutoff=cutoff) > cutoff:
        return None
    ops = [op for op in Levenshtein.opcodes(a.ids, b.ids) if op.tag != "equal"]
    contained = False
    if allow_contained and len(a.ids) != len(b.ids):
        # Extra words at either end of the longer passage do not count against the shorter one.
        extra = "insert" if len(b.ids) > len(a.ids) else "delete"
        while ops and ops[0].tag == extra and ops[0].src_start == 0 and ops[0].dest_start == 0:
            ops.pop(0)
            contained = True
        while ops and ops[-1].tag == extra and ops[-1].src_end == len(a.ids) and ops[-1].dest_end == len(b.ids):
            ops.pop()
            contained = True
    edits = sum(max(op.src_end - op.src_start, op.dest_end - op.dest_start) for op in ops)
    n = n_short if contained else n_long
    if edits > (1 if strict else allowed_edits(n)):
        return None
    if not contained and fuzz.ratio(a.joined, b.joined) < MIN_RATIO:
        return None
    substantive = [op for op in ops if _substantive(a, b, op)]
    # A changed figure, name or negation is a different fact; only in a long passage whose
    # other words are all identical is it still a repeat (with the difference reported).
    if substantive and (strict or n < LONG_WORDS or len(ops) > 1):
        return None
    diffs = [(" ".join(a.words[op.src_start:op.src_end]), " ".join(b.words[op.dest_start:op.dest_end]))
             for op in ops]
    return Match(a, b, not ops, edits, diffs, contained)


def _pairs(units: list[Unit], min_content: int, verbatim_min: int, allow_contained: bool,
           exclude: set[int] | None = None) -> list[Match]:
    """Each unit that repeats an earlier one, matched against the first occurrence.

    Units arrive in text order. A repeat is paired with the earliest earlier unit it matches
    that is not itself a repeat, so three copies A, B, C give B/A and C/A, never C/B too."""
    exact: dict[str, list[int]] = defaultdict(list)
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    root: dict[int, int] = {}  # repeat -> the first occurrence it was paired with
    out: list[Match] = []
    for k, u in enumerate(units):
        # a whole paragraph of ten words or more is a sentence, not a label: pasted twice
        # word for word it is a paste with one content word fewer ("The decision goes to
        # the full council on 3 May.")
        least = verbatim_min - 1 if not allow_contained and len(u.words) >= MIN_WORDS_PARAGRAPH else verbatim_min
        if u.content < least or not u.shingles or (exclude and u.block in exclude):
            continue
        found = _earlier_matches(units, exact, index, k, min_content, allow_contained)
        if found:
            firsts = [(j, m) for j, m in found if j not in root]
            j, m = (firsts or found)[0]
            root[k] = root.get(j, j)
            out.append(m)
        exact[u.joined].append(k)
        for sh in u.shingles:
            index[sh].append(k)
    return out


def _earlier_matches(units: list[Unit], exact: dict[str, list[int]], index: dict[tuple[str, str], list[int]],
                     k: int, min_content: int, allow_contained: bool) -> list[tuple[int, Match]]:
    """Earlier units that unit k repeats, earliest first.

    Verbatim copies come from a hash of the normalised text. For the others, only the
    ``TOP_K`` earlier units sharing the most word bigrams (and at least half of k's
    informative ones) are aligned; a bigram found in more than ``MAX_POSTING`` units
    (template wording: "voted for the motion") is not counted, so a long, repetitive
    article stays linear rather than quadratic."""
    u = units[k]
    found: dict[int, Match] = {}
    for j in exact.get(u.joined, ()):
        v = units[j]
        if _summary_and_body(u, v):
            continue
        if not (u.block == v.block and u.start < v.end and v.start < u.end):
            found[j] = Match(v, u, True, 0, [])
    hits: Counter[int] = Counter()
    informative = 0
    for sh in u.shingles:
        posting = index.get(sh, ())
        if len(posting) > MAX_POSTING:
            continue
        informative += 1
        for j in posting:
            hits[j] += 1
    ranked = sorted((j for j, shared in hits.items() if shared * 2 >= informative and j not in found),
                    key=lambda j: (-hits[j], j))[:TOP_K]
    for j in ranked:
        v = units[j]
        if u.block == v.block and u.start < v.end and v.start < u.end or _summary_and_body(u, v):
            continue
        strict = u.kind == "headline" or v.kind == "headline"
        m = compare(v, u, strict=strict, allow_contained=allow_contained and not strict)
        if m is None or (not m.verbatim and min(u.content, v.content) < min_content):
            continue
        found[j] = m
    return sorted(found.items())


def _summary_and_body(u: Unit, v: Unit) -> bool:
    """A standfirst or a record's abstract restates the body by design: no repeat of it."""
    return (u.kind == "standfirst") != (v.kind == "standfirst")


@dataclass
class Analysis:
    passages: list[Match]
    sentences: list[list[Match]]  # grouped by (first block, repeat block)


def analyse(doc: Document) -> Analysis:
    cached = doc.extras.get("duplicates")
    if cached is not None:
        return cached
    text = doc.text
    vocab: dict[str, int] = {}  # word -> id, for fast alignment
    blocks = [_unit(text, b.start, b.end, i, b.kind, vocab) for i, b in enumerate(doc.blocks)]
    passages = _pairs(blocks, MIN_CONTENT, MIN_CONTENT_VERBATIM, allow_contained=False)

    # Sentences: a block already reported as a whole repeat is left out, and two sentences
    # whose blocks are such a pair are never reported again.
    repeated_blocks = {m.repeat.block for m in passages}
    units: list[Unit] = []
    for s in doc.sentences:
        kind = doc.blocks[s.block].kind
        if kind == "headline":
            continue  # the headline is compared as a whole block only
        units.append(_unit(text, s.start, s.end, s.block, kind, vocab))
    matches = [m for m in _pairs(units, MIN_CONTENT, MIN_CONTENT_VERBATIM, allow_contained=True,
                                 exclude=repeated_blocks) if m.repeat.content >= MIN_CONTENT or _pasted(m)]
    groups: dict[tuple[int, int], list[Match]] = {}
    for m in matches:
        if m.first.block in repeated_blocks:
            continue
        groups.setdefault((m.first.block, m.repeat.block), []).append(m)
    result = Analysis(passages, list(groups.values()))
    doc.extras["duplicates"] = result
    return result


def _pasted(m: Match) -> bool:
    """A short sentence repeated word for word with its attribution ("'We have lost 14 homes,'
    she said.") is a paste; a short quotation alone, again, is a pull quote or the speech it
    came from."""
    return m.verbatim and not m.contained and bool(_REPORTING & set(m.repeat.norm))


def _line(doc: Document, offset: int) -> int:
    return doc.article.line_col(offset)[0]


def _describe(kind: str) -> str:
    return {"caption": "paragraph (caption)", "paragraph": "paragraph"}.get(kind, kind)


def _how(m: Match) -> str:
    inside = " within a longer sentence" if m.contained else ""
    if m.verbatim or not m.diffs:
        return "verbatim" + inside
    shown = "; ".join(f"\u201c{a or '-'}\u201d / \u201c{b or '-'}\u201d" for a, b in m.diffs[:3])
    words = f"{m.edits} word{'s' if m.edits != 1 else ''} differ{'s' if m.edits == 1 else ''}"
    return f"near-verbatim{inside} ({words}: {shown})"


def _evidence(doc: Document, m: Match) -> list[Span]:
    return [doc.span(m.first.start, m.first.end, "first"), doc.span(m.repeat.start, m.repeat.end, "repeat")]


def _background_in_two_updates(doc: Document, a: int, b: int) -> bool:
    """Two updates of a live blog that both carry a passage as background. The news an update
    opens with is told once: the same passage in another update is a paste, not background."""
    return in_two_updates(doc, a, b) and not (update_lead(doc, a) or update_lead(doc, b))


@rule("CD201", "repeated-passage", "duplicate", "warning")
def repeated_passage(doc: Document) -> Iterator[Finding]:
    """What it finds: a whole paragraph, caption, bullet or standfirst that appears twice in
    the article, word for word or nearly so. Differences in quote marks (straight or curly),
    apostrophes, dashes, spacing, punctuation and capitals do not count, and a few changed
    words (one in a short passage, up to three in a 30-word paragraph) still make a repeat.
    A headline is flagged only when a body block repeats it with at most one word changed.
    Each repeat is reported once, against the first copy: three copies give two findings.

    Why it matters: a repeated block is almost always a paste or CMS error (a picture
    caption entered twice, an older version of a paragraph left in below the new one).
    Readers notice it at once, and when the two copies differ in a figure or a name, one of
    them is wrong. Short lines are ignored (they need six content words verbatim, eight when
    near-verbatim), and in passages under 40 words a changed number, name or negation means
    a different fact, not a repeat ("The 25-year-old was taken to hospital" and "The
    52-year-old was taken to hospital" are two people, or a contradiction for the CD4xx
    rules). In a paragraph of 40 words or more whose other words are all identical, that one
    change is still a repeat, and the message shows the differing words.

    A standfirst, or the summary an archive record prints before its full text ("ABSTRACT."
    ... "FULL TEXT.", "LEAD: ..."), restates the body by design and is no repeat of it.

    Two turns of an interview transcript that say the same (one question put to two guests)
    are the record of the interview, not a repeat; nor are two time-stamped updates of a
    live blog ("10:10 p.m.", "9:45 p.m."), each of which repeats the background it needs.
    An update's own news (the paragraph right under its time stamp) is told once, so the
    same paragraph in another update is still a repeat.

    Example: two captions in a row, "Rescuers search the rubble of the collapsed apartment
    block in Izmir's Bayrakli district" and the same with a curly apostrophe, give
    "paragraph (caption) on line 20 repeats line 18 verbatim", with both passages as evidence.
    """
    for m in analyse(doc).passages:
        first, repeat = m.first, m.repeat
        if in_transcript(doc, first.end - 1) and in_transcript(doc, repeat.end - 1):
            continue  # one question put to two guests of an interview
        if _background_in_two_updates(doc, first.start, repeat.start):
            continue  # a live blog's updates each stand alone, and repeat the background
        where = f"line {_line(doc, first.start)}"
        if first.kind != repeat.kind:
            where = f"the {_describe(first.kind)} on {where}"
        yield Finding(
            code="CD201",
            message=f"{_describe(repeat.kind)} on line {_line(doc, repeat.start)} repeats {where} {_how(m)}",
            evidence=_evidence(doc, m),
            suggestion="delete one of them" if m.verbatim else
            "keep one of them (check which wording is right) and delete the other",
        )


@rule("CD202", "repeated-sentence", "duplicate", "warning")
def repeated_sentence(doc: Document) -> Iterator[Finding]:
    """What it finds: a sentence that appears twice, in two different blocks or twice in one,
    word for word or nearly so (a fact pasted into two paragraphs, a quotation used again as
    a pull quote). Only sentences with at least eight content words count, so "he said",
    "No one was injured." and picture credits never fire. A sentence also counts as repeated
    when it sits, nearly word for word, inside a longer sentence (the pull quote against the
    quotation with its attribution). Blocks already reported whole by CD201 are not reported
    again sentence by sentence; when several sentences of one paragraph repeat the same other
    paragraph, they make one finding.

    Why it matters: a repeated fact is a sign of a story assembled from several drafts; it
    wastes the reader's time, and when the copies differ slightly, the editor must decide
    which is right. In sentences under 40 words a changed number, name or negation is not
    treated as a repeat: those are different facts.

    A standfirst or an archive record's summary restates the body by design (see CD201).
    An interview transcript is its own record: a question put to two guests, or an answer
    the story also quotes, is not a repeat; nor is a sentence that two time-stamped updates
    of a live blog both carry.

    Example: "The bridge, which carries 40,000 vehicles a day, was closed in March after
    engineers found cracks in two of its piers." in paragraph 3 and again in paragraph 9
    gives "sentence on line 17 repeats a sentence on line 5 verbatim".
    """
    for group in analyse(doc).sentences:
        first = group[0]
        if in_transcript(doc, first.repeat.end - 1) or in_transcript(doc, first.first.end - 1):
            continue  # an interview's own record: a question put to two guests, an answer the story quotes
        if _background_in_two_updates(doc, first.first.start, first.repeat.start):
            continue  # a live blog's time-stamped updates each stand alone
        f_line, r_line = _line(doc, first.first.start), _line(doc, first.repeat.start)
        evidence: list[Span] = []
        for m in group:
            evidence.extend(_evidence(doc, m))
        same = first.first.block == first.repeat.block
        if len(group) == 1:
            where = "earlier in the same paragraph" if same else f"a sentence on line {f_line}"
            message = f"sentence on line {r_line} repeats {where} {_how(first)}"
        else:
            how = "verbatim" if all(m.verbatim for m in group) else "verbatim or near-verbatim"
            message = (f"{len(group)} sentences in the {_describe(first.repeat.kind)} on line {r_line} "
                       f"repeat sentences on line {f_line} ({how})")
        yield Finding(
            code="CD202",
            message=message,
            evidence=evidence,
            suggestion="delete the repeat, or keep the better-placed copy",
        )
