"""Language (CD6xx): loaded and emotive wording in the article's own voice.

One analysis, cached on the Document (``loaded_terms``), feeds both rules. It walks the
tokens of every block once and looks each up in a small hand-written lexicon
(``copydesk/data/loaded_en.txt``: labels, emotive verbs, adjectives, adverbs and nouns, and
idioms such as "blood on his hands"), then decides from the context whether the word is the
article's own:

* **quoted**: inside quotation marks or a direct or mixed quotation (``doc.quotes``): the
  speaker's word, not the article's;
* **attributed**: inside reported speech ("officials said the attack was a massacre"), or the
  object of a labelling or judging verb ("what critics called a witch hunt", "denounced
  the move as a travesty", "designated a terrorist organisation");
* **legal**: a legal or official term in a legal frame ("convicted of murder", "on
  terrorism charges", "a murder trial");
* **name**: part of a proper name or title ("the Killing Fields museum", "Bloody Sunday",
  "the Srebrenica massacre");
* **literal**: a literal sense ("slaughtered cattle", "a butcher's shop", "slammed into a
  wall", "a horror film", "a bomb hoax", "a more virulent strain of the virus", "toxic
  fumes"), or a review's word for a film or a show it describes.

The evidence is the loaded phrase, not only the word: an adjective with the noun it judges
("brutal dictator"), an intensifier with what it intensifies ("simply preposterous"), two
judging words joined by "and" ("pathetic and evasive"), a verb with its particle ("lashed
out").

A label (``label``) counts only where it names people or a group: a noun ("the
terrorists"), or an adjective before a person or group noun ("terrorist general"), not an
event ("a terrorist attack", which officials classify). A term left with no reason to skip
it is loaded language in the article's own voice.

Rules (one finding per block and rule, every term in the block as evidence):

========  ================  ========  ==================================================
CD601     loaded-language   warning   emotive verbs, adjectives, nouns and idioms
CD602     name-calling      warning   labels applied to people or groups
========  ================  ========  ==================================================

Cost: one pass over the tokens and one regular expression per block.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from .. import loaded_model
from ..claims import REPORT_VERBS
from ..document import Document
from ..model import Finding, Span
from .registry import rule
from ..nlp import tokens_of

LEXICON_FILE = Path(__file__).resolve().parents[1] / "data" / "loaded_en.txt"
KINDS = ("label", "verb", "adj", "adv", "noun", "idiom")

# A label adjective or compound counts when its head names people or a group.
PERSON_GROUP_NOUNS = frozenset("""
general commander leader chief president official minister ruler king prince cleric preacher imam
group organisation organization network cell militia movement regime state government army force
forces fighter member supporter sympathiser sympathizer people man men woman women boy girl youth
gang faction party activist mastermind element mob crowd rebel outfit thug thugs henchman leaders
regime ally allies proxy proxies followers follower soldier soldiers troops recruit recruits
brother brothers sister father mother son daughter husband wife individual person persons
suspect suspects killer killers attacker attackers gunman gunmen bomber bombers
""".split())
PERSON_ENTS = frozenset({"PERSON", "NORP", "ORG"})
NAME_ENTS = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "GPE", "LOC", "NORP"})
# Verbs whose object or "as" phrase is someone's label or verdict, not the article's.
LABEL_FRAMES = frozenset("""
find judge rule call describe label brand dub term denounce condemn decry characterise characterize deem consider
regard see view accuse allege blame criticise criticize deride slam dismiss designate list classify
proscribe blacklist name refer liken compare portray depict paint cast hail nickname christen
market present pitch bill tout style promote
""".split())
# Verbs whose clausal content is someone's speech or view.
REPORTING = REPORT_VERBS | frozenset({"wonder", "argue", "tweet", "post", "share", "describe", "feel",
                                      "say", "urge", "ask", "call", "vow", "pledge", "promise",
                                      "threaten", "decry", "lament", "complain", "accuse"})
SPEECH = frozenset("""
say argue claim insist contend allege assert state tell write tweet add note warn suggest believe
think wonder accuse describe maintain stress complain predict
""".split())
# Legal and official frames: the term is the charge, the finding or the designation.
LEGAL_CUES = frozenset("""
convict charge accuse indict plead sentence jail try prosecute arrest acquit suspect investigate
face clear find admit confess deny designate proscribe list classify blacklist sanction ban
""".split())
LEGAL_NEXT = frozenset("""
charge charges trial case conviction convictions offence offences offense offenses suspect suspects
investigation inquiry probe law laws legislation court act designation list watchlist count counts
allegation allegations accusation accusations sentence
""".split())
LEGAL_WORDS = frozenset({"murderer", "terrorist", "corrupt", "fraud", "war criminal", "mass murderer",
                         "extremist", "racist", "radical", "traitor"})
LEGAL_BEFORE = frozenset({"attempted", "first-degree", "second-degree", "convicted", "alleged", "suspected",
                          "accused", "self-described", "self-proclaimed", "self-styled", "avowed",
                          "designated", "listed", "so-called"})
ANIMALS = frozenset("""
animal animals cattle cow cows sheep pig pigs hog hogs chicken chickens poultry bird birds goat goats
lamb lambs livestock whale whales dolphin dolphins seal seals horse horses camel camels deer calf
calves turkey turkeys fish
""".split())
# A verb of criticism is loaded only when it takes a person, a group or a statement: not
# "the car slammed into a wall", "blasted through the rock".
CRITICISM_VERBS = frozenset({"slam", "blast", "trash", "bash", "skewer", "savage", "lambast",
                             "lambaste", "eviscerate"})
HORROR_LITERAL = frozenset({"film", "films", "movie", "movies", "genre", "fiction", "story", "stories",
                            "writer", "author", "novel", "show", "series", "game", "franchise",
                            "comic", "comics", "flick", "film-maker", "filmmaker"})
HOAX_LITERAL = frozenset({"bomb", "call", "calls", "caller", "threat", "email", "e-mail", "alarm"})
POSS = r"(?:his|her|their|its|your|our|my|the)"
BE = r"(?:is|are|was|were|be|been|being)"
_WORD_RE = re.compile(r"[\w']+")
QUOTE_PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"'}


@dataclass(frozen=True)
class Entry:
    kind: str
    neutral: str | None


@dataclass
class Lexicon:
    words: dict[str, dict[str, Entry]]  # word -> kind -> entry
    idioms: list[tuple[re.Pattern, str, str | None]]  # pattern, phrase, neutral
    by_first: dict[str, list[tuple[re.Pattern, str, str | None]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for item in self.idioms:
            key = _WORD_RE.findall(item[1].split()[0].lower())[0]
            self.by_first.setdefault(key, []).append(item)

    def idioms_for(self, words: set[str]) -> list[tuple[re.Pattern, str, str | None]]:
        """The idioms whose first word occurs in a block: one regex each, not all of them."""
        out = []
        for w in words & self.by_first.keys():
            out.extend(self.by_first[w])
        return out

    def lookup(self, *forms: str) -> dict[str, Entry]:
        out: dict[str, Entry] = {}
        for f in forms:
            for kind, e in self.words.get(f, {}).items():
                out.setdefault(kind, e)
        return out


def _idiom_pattern(phrase: str) -> re.Pattern:
    parts = []
    for w in phrase.split():
        if w == "*":
            parts.append(r"[\w’'\-]+")
        elif w.upper() == "POSS":
            parts.append(POSS)
        elif w.upper() == "BE":
            parts.append(BE)
        else:
            parts.append(re.escape(w).replace("\\-", "[\\-‐ ]?"))
    return re.compile(r"(?<![\w\-])" + r"\s+".join(parts) + r"(?![\w\-])", re.I)


def parse_lexicon(text: str) -> Lexicon:
    words: dict[str, dict[str, Entry]] = {}
    idioms: list[tuple[re.Pattern, str, str | None]] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        body, _, neutral = line.partition("|")
        kind, _, term = body.strip().partition(" ")
        term = " ".join(w if w in ("POSS", "BE") else w.lower() for w in term.split())
        if kind not in KINDS or not term:
            raise ValueError(f"bad lexicon line: {raw!r}")
        entry = Entry(kind, neutral.strip() or None)
        if kind == "idiom" or " " in term:
            idioms.append((_idiom_pattern(term), term, entry.neutral))
        else:
            words.setdefault(term, {})[kind] = entry
    return Lexicon(words, idioms)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    text = LEXICON_FILE.read_text("utf-8")
    return parse_lexicon(text)


@dataclass
class Term:
    """One lexicon hit: where, which entry, and why it is not the article's own (or None)."""

    start: int
    end: int
    text: str
    kind: str  # label | verb | adj | adv | noun | idiom
    word: str  # the lexicon entry
    neutral: str | None
    skip: str | None = None  # quoted | attributed | legal | name | literal | context
    score: float | None = None  # the learned scorer's probability that the wording is loaded here
    source: str = "lexicon"  # lexicon | model (a candidate only the scorer found)
    opinion: bool = False  # the article is comment, not report: its own voice may judge
    generic: bool = False  # a label for a class ("terrorist groups"), not for someone

    @property
    def label(self) -> bool:
        return self.kind == "label"


# --------------------------------------------------------------------------------------
# Spans that belong to someone else: quotations and reported speech


class _Spans:
    def __init__(self, spans: list[tuple[int, int]]):
        spans.sort()
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def covers(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        return any(s <= start and end <= e for s, e in self.spans[max(0, i - 24):i])


def _quote_spans(doc: Document) -> tuple[_Spans, _Spans]:
    quoted: list[tuple[int, int]] = []
    reported: list[tuple[int, int]] = []
    for q in doc.quotes:
        parts = [(p.start, p.end) for p in q.parts] or [(q.start, q.end)]
        (reported if q.kind == "indirect" else quoted).extend(parts)
        if q.kind == "mixed":
            reported.append((q.start, q.end))
    text = doc.text
    for b in doc.blocks:
        quoted.extend(_marked(text, b.start, b.end))
    return _Spans(quoted), _Spans(reported)


_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–\-]))[‘'](?=\w)")


def _marked(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches between quotation marks in one block: double marks paired in order, and a
    single mark that opens after a space and closes before a non-letter ("‘hijab’ rules")."""
    out = []
    seg = text[start:end]
    i, n = 0, len(seg)
    while i < n:
        ch = seg[i]
        close = QUOTE_PAIRS.get(ch)
        if close is not None:
            j = seg.find(close, i + 1)
            if ch == "„" and j < 0:
                j = seg.find("”", i + 1)
            if j < 0:
                j = n  # an unclosed quotation runs to the end of the block
            out.append((start + i + 1, start + j))
            i = j + 1
            continue
        i += 1
    for m in _SINGLE_OPEN.finditer(seg):
        k = m.end()
        while True:
            j = min([x for x in (seg.find("’", k), seg.find("'", k)) if x >= 0], default=-1)
            if j < 0:
                break
            after = seg[j + 1:j + 2]
            if not after or not after.isalpha():
                out.append((start + m.end(), start + j))
                break
            k = j + 1
    return out


# --------------------------------------------------------------------------------------
# The analysis


def loaded_terms(doc: Document) -> list[Term]:
    """Every lexicon hit in the article, with the reason it is not the article's own, if any.
    Cached on the Document."""
    cached = doc.extras.get("loaded_terms")
    if cached is not None:
        return cached
    lex = lexicon()
    quoted, reported = _quote_spans(doc)
    first_person = _first_person_blocks(doc, quoted)
    terms: list[Term] = []
    model = loaded_model.scorer()
    for bi, (block, sdoc) in enumerate(zip(doc.blocks, doc.docs)):
        found = _block_terms(doc, block, sdoc, lex, quoted, reported)
        if model is not None:
            found = _model_pass(doc, block, sdoc, model, found, quoted, reported, lex)
        if bi in first_person:
            for t in found:
                t.skip = t.skip or "quoted"
        terms.extend(found)
    labels = {(t.start, t.end) for t in terms if t.kind == "label"}
    terms = [t for t in terms if t.kind == "label" or (t.start, t.end) not in labels]  # one phrase, one reading
    terms.sort(key=lambda t: (t.start, t.end))
    _display_carries_source(doc, terms, quoted, reported)
    if _opinion(doc, quoted):
        for t in terms:
            t.opinion = True
    doc.extras["loaded_terms"] = terms
    return terms


DISPLAY = frozenset({"headline", "standfirst", "bullet"})
OPINION_MARK = re.compile(r"\s*(?:editor[’']?s note|opinion|commentary|column|op-ed|analysis|editorial)\s*[:|—–-]", re.I)
_AUTHOR_RE = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Yy]ou|[Yy]our)\b")
AUTHOR_WORDS = frozenset({"i", "we", "our", "us", "you", "your"})


def _opinion(doc: Document, quoted: _Spans) -> bool:
    """Comment, not report: a block opens with an opinion label ("Editor's note:",
    "Opinion:", "Analysis:"), or the author speaks in the first or second person, outside
    quotation marks, in two paragraphs or more. A column's judgements are its author's
    and are reported as info."""
    blocks = 0
    for block, sdoc in zip(doc.blocks, doc.docs):
        if OPINION_MARK.match(doc.text, block.start, block.end):
            return True
        if block.kind != "paragraph" or not _AUTHOR_RE.search(doc.text, block.start, block.end):
            continue
        for t in tokens_of(sdoc):
            if t.lower_ in AUTHOR_WORDS and t.pos_ == "PRON" and (t.lower_ != "i" or t.text == "I") \
                    and not quoted.covers(block.start + t.idx, block.start + t.idx + len(t)):
                blocks += 1
                break
        if blocks >= 2:
            return True
    return False


def _display_carries_source(doc: Document, terms: list[Term], quoted: _Spans, reported: _Spans) -> None:
    """A headline, standfirst or bullet that carries a word the body gives to a source
    ("Glut to last into 2025: analysts see 'brutal' year" over "... a brutal year for
    growers, said ...") repeats the source's word: it is theirs, as in the body."""
    display = [t for t in terms if t.skip is None and (b := doc.article.block_at(t.start)) is not None
               and b.kind in DISPLAY]
    if not display:
        return
    body_words = {t.word for t in terms if t.skip in ("quoted", "attributed")
                  and (b := doc.article.block_at(t.start)) is not None and b.kind not in DISPLAY}
    for t in display:
        if t.word in body_words:
            t.skip = "attributed"


FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})
_FIRST_PERSON_RE = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|MY|ME)\b")


def _first_person_blocks(doc: Document, quoted: "_Spans") -> set[int]:
    """Paragraphs in the first person singular, outside quotation marks, in a report
    otherwise written in the third person: a block quotation set without marks (a speech,
    a statement, a ruling), so the words are the speaker's. In an article mostly in the
    first person (a column) they are the author's own and stay."""
    hits = set()
    for bi, (block, sdoc) in enumerate(zip(doc.blocks, doc.docs)):
        if block.kind == "headline" or not _FIRST_PERSON_RE.search(doc.text, block.start, block.end):
            continue
        for t in tokens_of(sdoc):
            if t.lower_ in FIRST_PERSON and (t.lower_ != "i" or t.text == "I") and t.pos_ == "PRON" \
                    and not quoted.covers(block.start + t.idx, block.start + t.idx + len(t)):
                hits.add(bi)
                break
    return hits if len(hits) <= 0.25 * max(1, len(doc.blocks)) else set()


def _title_case(sdoc) -> bool:
    cached = sdoc.user_data.get("copydesk.title_case")
    if cached is None:
        words = [t for t in tokens_of(sdoc) if t.is_alpha and len(t) > 3]
        cached = sdoc.user_data["copydesk.title_case"] = \
            len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.7 * len(words)
    return cached


def _block_terms(doc: Document, block, sdoc, lex: Lexicon, quoted: _Spans, reported: _Spans) -> list[Term]:
    base = block.start
    text = doc.text
    title = _title_case(sdoc)
    out: list[Term] = []
    taken: set[int] = set()  # token indexes inside an idiom
    low_block = text[base:block.end]
    words = set(_WORD_RE.findall(low_block.lower()))
    idx = [t.idx for t in tokens_of(sdoc)]

    def tokens_in(s: int, e: int):
        i = bisect.bisect_left(idx, s - base)
        j = bisect.bisect_left(idx, e - base)
        return [sdoc[k] for k in range(i, j)]

    for pat, phrase, neutral in lex.idioms_for(words):
        for m in pat.finditer(low_block):
            s, e = base + m.start(), base + m.end()
            toks = tokens_in(s, e)
            if not toks:
                continue
            if any(t.i in taken for t in toks):
                continue
            term = Term(s, e, text[s:e], "idiom", phrase, neutral)
            term.skip = _context(term, toks[0], toks, quoted, reported, title)
            if term.skip is None and phrase in LEGAL_WORDS and _legal(toks[0], toks[-1]):
                term.skip = "legal"
            taken.update(t.i for t in toks)
            out.append(term)
    for m in (HYPHEN_RE.finditer(low_block) if "-" in low_block else ()):
        s, e = base + m.start(), base + m.end()
        toks = tokens_in(s, e)
        if not toks or any(t.i in taken for t in toks):
            continue
        term = Term(s, e, text[s:e], "idiom", "-" + m.group(1).lower(), None)
        term.skip = _context(term, toks[0], toks, quoted, reported, title)
        taken.update(t.i for t in toks)
        out.append(term)
    for tok in tokens_of(sdoc):
        if tok.i in taken or not tok.is_alpha and "-" not in tok.text:
            continue
        low = tok.lower_
        hits = lex.lookup(low, tok.lemma_.lower(), _verb_lemma(tok))
        if not hits and tok.pos_ == "ADV" and low.endswith("ly"):
            stem = low[:-2]
            for form in (stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem, stem[:-2] if stem.endswith("al") else stem):
                if "adj" in lex.words.get(form, {}):
                    hits = {"adv": Entry("adv", None)}
                    break
        if not hits:
            continue
        kind = _pick_kind(tok, hits)
        if kind is None:
            continue
        entry = hits[kind]
        span_toks = [tok]
        if kind == "label":
            head = _label_head(tok)
            if head is False:
                continue  # an event or a thing ("a terrorist attack"), not a person
        lo, hi = _extent(tok, kind)
        start, end = base + sdoc[lo].idx, base + sdoc[hi].idx + len(sdoc[hi].text)
        term = Term(start, end, text[start:end], kind, tok.lemma_.lower() if kind != "adv" else low,
                    entry.neutral)
        term.skip = _context(term, tok, span_toks, quoted, reported, title) or _literal(tok, kind)
        if term.skip is None and (term.word in LEGAL_WORDS or low in LEGAL_WORDS) and _legal(tok, span_toks[-1]):
            term.skip = "legal"
        if kind == "label":
            term.generic = _generic(head if head is not None else tok)
        out.append(term)
    return out


NOBODY = frozenset({"who", "whoever", "anyone", "anybody", "someone", "somebody", "everyone", "everybody",
                    "nobody", "no-one", "whom"})
SPECIFIC_DETS = frozenset({"the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
                           "your", "a", "an"})


def _generic(noun) -> bool:
    """A label for a class, not a call on someone: a bare plural with no determiner, name or
    possessive ("terrorist groups", "other extremists", "extremist groups like ..."). "The
    thugs", "a liar", "Trump is a serial liar" and "terrorist general Soleimani" name someone."""
    if noun.dep_ == "attr" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NOBODY for c in noun.head.children):
        return True  # "who is a terrorist", "anyone who is a racist": a question of the word, not a call
    if noun.tag_ not in ("NNS", "NNPS"):
        return False
    if noun.dep_ in ("attr", "appos"):
        return False
    for c in noun.children:
        if c.dep_ in ("det", "poss", "nummod", "appos") and (c.dep_ != "det" or c.lower_ in SPECIFIC_DETS):
            return False
        if c.dep_ == "compound" and c.pos_ == "PROPN":
            return False
    return True


MODEL_KINDS = {"ADJ": "adj", "ADV": "adv", "VERB": "verb", "NOUN": "noun"}
SCORE_ALL = False  # eval/loaded.py sets it to score every candidate word, cue or not


def _model_pass(doc: Document, block, sdoc, model, found: list[Term], quoted: _Spans,
                reported: _Spans, lex: Lexicon) -> list[Term]:
    """The learned scorer reads every candidate word of the block in its context. A lexicon
    hit it scores below the keep threshold is another sense ("crude oil", "monsters" in
    costume) and is set aside as ``context``; a word the lexicon lacks that it scores over
    the add threshold is a new candidate, judged for voice like any other."""
    toks = tokens_of(sdoc)
    base = block.start
    idx = [t.idx for t in toks]
    listed: set[int] = set()
    for term in found:
        listed.update(range(bisect.bisect_left(idx, term.start - base), bisect.bisect_left(idx, term.end - base)))
    # the scorer runs where a cheap cue fires: a listed hit, or a word a licensed list has
    cands = [t for t in toks if loaded_model.is_candidate(t)
             and (SCORE_ALL or t.i in listed or loaded_model.has_cue(t, model.res))]
    if not cands:
        return found
    title = _title_case(sdoc)
    scores = dict(zip((t.i for t in cands), model.score_tokens(sdoc, cands, title).tolist()))
    keep, add = model.decision(sdoc)
    doc.extras.setdefault("loaded_scores", []).extend(
        (base + t.idx, base + t.idx + len(t), scores[t.i],
         t.i in listed or loaded_model.has_cue(t, model.res)) for t in cands)
    covered: set[int] = set()
    for term in found:
        i = bisect.bisect_left(idx, term.start - base)
        j = bisect.bisect_left(idx, term.end - base)
        covered.update(range(i, j))
        inside = [scores[k] for k in range(i, j) if k in scores]
        term.score = max(inside) if inside else None
        if term.skip is None and term.kind != "idiom" and term.score is not None and term.score < keep:
            term.skip = "context"
    text = doc.text
    for tok in cands:
        sc = scores[tok.i]
        if sc < add or tok.i in covered or not loaded_model.has_cue(tok, model.res) \
                or lex.words.keys() & {tok.lower_, tok.lemma_.lower()}:
            continue  # a listed word the list's own rules set aside is not added back
        kind = MODEL_KINDS[tok.pos_]
        lo, hi = _extent(tok, kind)
        if any(k in covered for k in range(lo, hi + 1)):
            lo = hi = tok.i
        start, end = base + sdoc[lo].idx, base + sdoc[hi].idx + len(sdoc[hi].text)
        term = Term(start, end, text[start:end], kind, tok.lemma_.lower(), None, score=sc, source="model")
        term.skip = _context(term, tok, [tok], quoted, reported, title) or _literal(tok, kind)
        covered.update(range(lo, hi + 1))
        found.append(term)
    return found


IRREGULAR = {"slew": "slay", "slain": "slay", "brainwashed": "brainwash", "butchered": "butcher",
             "slaughtered": "slaughter", "massacred": "massacre", "slammed": "slam",
             "blasted": "blast", "lambasted": "lambast", "savaged": "savage", "smeared": "smear",
             "spewed": "spew", "peddled": "peddle", "parroted": "parrot", "ranted": "rant",
             "terrorised": "terrorise", "terrorized": "terrorize", "ravaged": "ravage",
             "trashed": "trash", "bashed": "bash", "vilified": "vilify", "demonised": "demonise",
             "demonized": "demonize", "weaponised": "weaponise", "weaponized": "weaponize"}


ATTRIBUTIVE_ONLY = frozenset({"evil", "wicked"})
INTENSIFIERS = frozenset("""
totally utterly absolutely completely entirely truly downright outright patently thoroughly
incredibly extremely insanely ridiculously hopelessly shamelessly grossly deeply profoundly
monumentally staggeringly astoundingly breathtakingly unbelievably so such most very really
simply especially particularly quite too increasingly genuinely positively frankly
""".split())
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "advmod", "npadvmod"})


def _extent(tok, kind: str) -> tuple[int, int]:
    """The phrase a hit stands for: an attributive adjective with the noun it judges
    ("brutal dictator"), a noun or label with the modifiers before it ("habitual liar"),
    an intensifier with what it intensifies ("utterly absurd")."""
    doc = tok.doc
    lo = hi = tok.i
    # intensifiers and modifiers of the hit itself
    for c in tok.children:
        if c.i < tok.i and (c.dep_ in ("advmod",) and c.lower_ in INTENSIFIERS or
                            kind in ("noun", "label") and c.dep_ in MODIFIER_DEPS and c.pos_ in ("ADJ", "NOUN", "PROPN", "ADV", "VERB")):
            lo = min(lo, c.left_edge.i if c.dep_ != "advmod" else c.i)
    if kind in ("adj", "label") and tok.dep_ in ("amod", "compound") and tok.head.i > tok.i \
            and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i - tok.i <= 3:
        hi = tok.head.i
        for c in tok.head.children:
            if lo > c.i >= tok.i - 3 and c.dep_ in ("amod", "advmod") and c.i < tok.i:
                lo = c.i
    if kind == "adv" and tok.head.i == tok.i + 1 and tok.head.pos_ in ("VERB", "ADJ"):
        hi = tok.head.i
    if kind in ("adj",):
        lo, hi = _coordinated(tok, lo, hi)
    if kind == "verb":
        for c in tok.children:
            if c.dep_ == "prt" and c.i == tok.i + 1:
                hi = c.i  # "lashed out", "lashes back"
    while lo < tok.i and (doc[lo].is_punct or doc[lo].pos_ in ("DET", "PRON", "CCONJ", "NUM")):
        lo += 1
    while hi > tok.i and (doc[hi].is_punct or doc[hi].pos_ in ("CCONJ",)):
        hi -= 1
    if any(doc[j].is_punct and doc[j].text not in ("-",) for j in range(lo, hi + 1)):
        return tok.i, tok.i if kind != "label" or hi != tok.i + 1 else hi
    return lo, hi


def _coordinated(tok, lo: int, hi: int) -> tuple[int, int]:
    """A judging word paired with another of its kind ("sinful and scandalous", "vilify and
    humiliate"): the pair is one loaded phrase."""
    doc = tok.doc
    pos = "ADJ" if tok.pos_ == "ADJ" else tok.pos_
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ == pos and tok.i < c.i <= tok.i + 3 and c.i > hi \
                and all(doc[j].dep_ == "cc" and doc[j].lower_ in ("and", "or") for j in range(tok.i + 1, c.i)):
            hi = c.i
    if tok.dep_ == "conj" and tok.head.pos_ == pos and tok.i - 3 <= tok.head.i < lo \
            and all(doc[j].dep_ == "cc" and doc[j].lower_ in ("and", "or") for j in range(tok.head.i + 1, tok.i)):
        lo = tok.head.i
    return lo, hi


def _verb_lemma(tok) -> str:
    return IRREGULAR.get(tok.lower_, tok.lemma_.lower())


HYPHEN_RE = re.compile(r"(?<![\w\-])[A-Za-z]+-(hating|obsessed|mad|crazed|baiting|mongering|bashing|infested|"
                       r"addled|brained|witted|thirsty|soaked|happy|spewing|spouting|worshipping|worshiping)(?![\w\-])",
                       re.I)


def _pick_kind(tok, hits: dict[str, Entry]) -> str | None:
    pos, tag = tok.pos_, tok.tag_
    if "verb" in hits and (pos in ("VERB", "AUX") or tag.startswith("VB")):
        return "verb"
    if "adv" in hits and pos == "ADV":
        return "adv"
    if "label" in hits and pos in ("NOUN", "PROPN", "ADJ", "VERB") and not tok.lower_.endswith("ing"):
        if pos != "VERB" or tok.dep_ in ("amod", "compound"):
            return "label"  # not by the lemma of a gerund: "the hacking suspect" is no "hack"
    if "noun" in hits and pos in ("NOUN", "PROPN"):
        return "noun"
    if "adj" in hits and (pos in ("ADJ", "PROPN", "NOUN") or tag in ("VBN", "VBG", "JJ")):
        if tok.lower_ in ATTRIBUTIVE_ONLY and tok.dep_ != "amod":
            return None  # "good and evil", "the evil done by ...": not a verdict on someone
        return "adj"
    if "verb" in hits and pos == "ADJ" and tag in ("VBN", "JJ") and tok.lower_.endswith("ed"):
        return "verb"  # "slaughtered civilians" tagged as an adjective
    if "noun" in hits and pos == "VERB" and tok.dep_ in ("dobj", "pobj", "nsubj"):
        return "noun"
    if len(hits) == 1:
        kind = next(iter(hits))
        if kind == "adj" and pos == "VERB" or kind == "noun" and pos == "VERB" and tok.dep_ != "ROOT":
            return kind  # a tagger slip: "shocking" or "lies" tagged as a verb
    return None


def _label_head(tok):
    """The person or group a label names: None when the label is itself the noun ("the
    terrorists"), the head noun for a modifier ("terrorist general"), False when the
    modifier's head is an event or a thing ("terrorist attack", "terrorist-related posts")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text in ("-", "‐") and not nxt.whitespace_ and not tok.whitespace_:
        return False  # the first part of a hyphenated modifier: "terrorist-related", "thug-style"
    if tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i:
        head = tok.head
        if head.pos_ == "PROPN" or head.ent_type_ in PERSON_ENTS or head.lemma_.lower() in PERSON_GROUP_NOUNS \
                or head.lower_ in PERSON_GROUP_NOUNS:
            return head
        return False
    if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr", "amod", "conj"):
        subj = tok.head if tok.dep_ == "amod" else None
        if subj is not None and (subj.pos_ in ("PROPN", "PRON") or subj.lemma_.lower() in PERSON_GROUP_NOUNS):
            return None
        if tok.dep_ in ("acomp", "attr"):
            s = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if s is not None and (s.pos_ in ("PROPN", "PRON") or s.ent_type_ in PERSON_ENTS
                                  or s.lemma_.lower() in PERSON_GROUP_NOUNS):
                return None
        return False
    return None


def _sentence_initial(tok) -> bool:
    i = tok.i
    doc = tok.doc
    while i > tok.sent.start and (doc[i - 1].is_punct or doc[i - 1].is_space or doc[i - 1].text in ("•", "·")):
        i -= 1
    return i == tok.sent.start


def _is_name(tok, title: bool) -> bool:
    """Part of a proper name or title: capitalised inside a sentence, in a named entity, or
    capitalised at a sentence start beside another capitalised word of the same name."""
    if not tok.text[:1].isupper() or tok.text.isupper() and len(tok.text) > 1 and not title and tok.ent_type_ == "":
        return False
    neighbours = [tok.doc[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(tok.doc)]
    cap_neighbour = any(n.text[:1].isupper() and n.is_alpha and not _sentence_initial(n) or
                        (n.i == tok.i + 1 and n.text[:1].isupper() and n.is_alpha) for n in neighbours)
    if title:
        return tok.ent_type_ in NAME_ENTS and cap_neighbour and tok.ent_iob_ != "" and \
            tok.doc[tok.i].ent_type_ not in ("NORP",)
    if not _sentence_initial(tok):
        return True
    return cap_neighbour and (tok.ent_type_ in NAME_ENTS or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN")


def _context(term: Term, tok, toks, quoted: _Spans, reported: _Spans, title: bool) -> str | None:
    if quoted.covers(term.start, term.end):
        return "quoted"
    if reported.covers(term.start, term.end):
        return "attributed"
    if any(_is_name(t, title) for t in toks[:1]) or (term.kind == "idiom" and all(
            t.text[:1].isupper() for t in toks if t.is_alpha and len(t) > 3) and not title
            and not _sentence_initial(toks[0])):
        return "name"
    if term.kind != "idiom" and _name_before(tok):
        return "name"  # "the Srebrenica massacre", "the 1989 Tiananmen Square massacre"
    if _framed(tok):
        return "attributed"
    return None


def _name_before(tok) -> bool:
    """An event named by a place or a date before it: "Srebrenica massacre"."""
    if tok.pos_ != "NOUN" or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return (prev.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "EVENT", "NORP") and prev.dep_ in ("compound", "nmod", "amod")
            and prev.head.i == tok.i) or (prev.pos_ == "PROPN" and prev.dep_ == "compound" and prev.head.i == tok.i)


def _reported(tok) -> bool:
    """Inside the content of a reporting verb ("La Riva argued private ownership is the real
    tyranny"), however deep: the words are the speaker's, paraphrased."""
    node = tok
    for _ in range(10):
        head = node.head
        if head.i == node.i:
            break
        if node.dep_ in ("ccomp", "parataxis", "xcomp") and head.lemma_.lower() in REPORTING:
            return True
        node = head
    # the parse lost the frame ("X argued the group needed ...", "X argued A and B is C"):
    # a reporting verb with a subject of its own earlier in the sentence
    for t in tok.doc[tok.sent.start:tok.i]:
        if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH and _has_subject(t) \
                and not any(c.dep_ == "neg" for c in t.children):
            return True
    return False


def _has_subject(verb) -> bool:
    """A speaker for the verb: its own subject, or that of the clause it hangs on ("Trump
    made a statement, stating ... but argued ...")."""
    node = verb
    for _ in range(4):
        if any(c.dep_ == "nsubj" and c.lower_ not in ("it", "this", "that") for c in node.children):
            return True
        if node.dep_ not in ("conj", "advcl", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _framed(tok) -> bool:
    """The object or "as" phrase of a labelling verb ("denounced the move as a travesty",
    "what critics called a witch hunt"), or the content of a passive of judgement."""
    if _reported(tok):
        return True
    node = tok
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return False
        lemma = head.lemma_.lower()
        if head.pos_ in ("VERB", "AUX") or head.tag_.startswith("VB"):
            if lemma in LABEL_FRAMES and node.dep_ in ("dobj", "oprd", "attr", "xcomp", "ccomp", "prep", "pobj",
                                                         "advcl", "acomp", "nsubjpass", "npadvmod", "dative"):
                return True
            if lemma in LABEL_FRAMES and node.dep_ == "pobj":
                return True
            if node.dep_ in ("prep",) and node.lower_ == "as" and lemma in LABEL_FRAMES:
                return True
            if node.dep_ not in ("prep", "pobj", "amod", "compound", "conj", "appos", "acomp", "attr", "dobj", "oprd"):
                return False
        node = head
    return False


def _legal(first, last) -> bool:
    """A legal term in a legal frame: "convicted of murder", "murder charges", "a convicted
    murderer", "designated a terrorist organisation", "self-described neo-Nazi"."""
    doc = first.doc
    sent = first.sent
    for j in range(max(sent.start, first.i - 6), first.i):
        t = doc[j]
        if t.lemma_.lower() in LEGAL_CUES or t.lower_ in LEGAL_BEFORE:
            return True
    nxt = last.i + 1
    while nxt < min(len(doc), sent.end) and doc[nxt].pos_ in ("NOUN", "ADJ", "PROPN") and doc[nxt].lower_ not in LEGAL_NEXT:
        nxt += 1
        if nxt - last.i > 2:
            break
    if nxt < min(len(doc), sent.end) and doc[nxt].lemma_.lower() in LEGAL_NEXT:
        return True
    node = first
    for _ in range(5):
        head = node.head
        if head.i == node.i:
            break
        if head.lemma_.lower() in LEGAL_CUES:
            return True
        node = head
    return False


def _literal(tok, kind: str) -> str | None:
    lemma = _verb_lemma(tok)
    low = tok.lower_
    kids = list(tok.children)
    if kind != "label" and _said_of_thing(tok):
        return "literal"  # "slaughter of 2,000 hogs", "pests ravaged the wheat", "a brutal winter"
    if kind == "label" and lemma == "butcher":
        if not (any(c.dep_ == "prep" and c.lower_ == "of" for c in kids) or tok.dep_ in ("appos", "attr")):
            return "literal"  # "a butcher's shop", "the local butcher"
    if kind == "verb" and lemma in CRITICISM_VERBS:
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        takes_person = obj is not None and (obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in PERSON_ENTS
                                            or obj.lemma_.lower() in PERSON_GROUP_NOUNS or _abstractish(obj))
        judged = any(c.dep_ == "prep" and c.lower_ in ("for", "as", "over") for c in kids)
        if not (takes_person or judged):
            return "literal"  # "slammed into a wall", "blasted the rock"
    if lemma == "horror" or low in ("horror", "scary", "creepy", "spooky"):
        if tok.dep_ == "compound" or any(c.lower_ in HORROR_LITERAL for c in (tok.head,)) or tok.head.lower_ in HORROR_LITERAL:
            return "literal"  # "a horror film", "scary stories" read at a convention: a genre
    if low == "crude" and any(t.lower_ in COMMODITY_NOUNS for t in tok.doc[tok.i + 1:tok.i + 4]):
        return "literal"  # "crude oil", "crude palm oil": unrefined
    if lemma == "hoax" and any(c.lower_ in HOAX_LITERAL for c in kids):
        return "literal"
    if lemma == "chilling" or low == "chilling":
        if tok.head.lower_ == "effect":
            return "literal"  # the legal "chilling effect"
    if low in ("brutality",) and any(c.lower_ == "police" for c in kids):
        return "literal"  # "protests against police brutality": the name of the cause
    if low == "bloody" and tok.head.lower_ in ("nose", "noses", "mary", "marys"):
        return "literal"
    if low in MEDICAL_LITERAL and any(t.lemma_.lower() in MEDICAL_NOUNS for t in tok.sent):
        return "literal"  # "a more virulent strain", "bloody diarrhoea", "toxic fumes"
    if kind == "adj" and _about_a_work(tok):
        return "literal"  # a review's word for a comedy or a thriller: "an absurd comedy series"
    return None


LITERAL_FILE = Path(__file__).resolve().parents[1] / "data" / "literal_senses_en.txt"


@lru_cache(maxsize=1)
def literal_senses() -> dict[str, str]:
    """lemma -> domain, from literal_senses_en.txt."""
    out: dict[str, str] = {}
    for raw in LITERAL_FILE.read_text("utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if ":" in line:
            domain, _, words = line.partition(":")
            for w in words.split():
                out.setdefault(w.lower(), domain.strip())
    return out


def _thing(tok) -> bool:
    """A noun of a literal domain, not a person or a group: "hogs", "the wheat", "prices"."""
    if tok.ent_type_ in PERSON_ENTS or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    senses = literal_senses()
    return tok.lemma_.lower() in senses or tok.lower_ in senses


def _said_of_thing(tok) -> bool:
    """What a loaded word is said of, when that is an animal, a crop, a commodity, a market
    figure, the weather or a disease: its object or passive subject (verb), the subject of an
    intransitive verb ("prices crashed"), the noun it modifies or the subject it is predicated
    of (adjective), its "of" complement or compound (noun: "slaughter of hogs", "hog
    slaughter"), or the noun it is compounded into ("slaughter rates")."""
    kids = list(tok.children)
    pos = tok.pos_
    targets = []
    if pos == "VERB" or tok.tag_.startswith("VB") and tok.dep_ not in ("amod",):
        objs = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
        targets = objs or [c for c in kids if c.dep_ == "nsubj"]
        if tok.dep_ in ("acl", "relcl") and not objs:
            targets.append(tok.head)  # "the land that had been ravaged", "cattle slaughtered"
    elif pos == "ADJ" or tok.dep_ == "amod":
        if tok.dep_ in ("amod", "conj") and tok.head.pos_ in ("NOUN", "PROPN"):
            targets = [tok.head]
        elif tok.dep_ in ("acomp", "attr"):
            targets = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif pos in ("NOUN", "PROPN"):
        targets = [g for c in kids if c.dep_ == "prep" and c.lower_ in ("of", "in", "among")
                   for g in c.children if g.dep_ == "pobj"]
        targets += [c for c in kids if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i]
        if tok.dep_ == "compound" and tok.head.i > tok.i:
            targets.append(tok.head)
    return bool(targets) and all(_thing(t) for t in targets)


COMMODITY_NOUNS = frozenset({"oil", "oils", "petroleum", "palm", "prices", "price", "futures", "output",
                             "imports", "exports", "production", "stocks", "inventories", "tanker", "sugar",
                             "rubber", "ore", "steel", "glycerin", "barrel", "barrels", "benchmark"})
MEDICAL_LITERAL = frozenset({"virulent", "bloody", "toxic", "noxious", "poisonous", "venomous", "malignant",
                             "medieval", "lethal"})
MEDICAL_NOUNS = frozenset("""
disease illness infection virus bacterium bacteria strain outbreak epidemic pandemic plague fever
symptom diarrhoea diarrhea cough vomiting pathogen tumour tumor cancer patient vaccine chemical gas
fume fumes smoke substance leak spill pesticide waste snake spider bite venom
""".split())
WORK_NOUNS = frozenset({"film", "movie", "series", "comedy", "novel", "book", "album", "song", "sketch",
                        "satire", "drama", "thriller", "episode", "sitcom", "musical", "opera", "parody",
                        "documentary", "miniseries", "cartoon", "comic", "videogame"})
# also a work when it is the word's own head ("a bizarre show"), not further on ("an absurd show
# trial", "a shameful plot to rig the vote", "his ridiculous story" are verdicts in news)
HEAD_WORK_NOUNS = WORK_NOUNS | {"show", "character", "role", "game", "farce"}


def _about_a_work(tok) -> bool:
    """A judging adjective in a description of a film, a book or a show: the review's or the
    work's own word ("hosts the absurd and shallow On Cinema film review series")."""
    head = tok.head
    while head.dep_ in ("amod", "conj") and head.head.i != head.i and head.pos_ == "ADJ":
        head = head.head
    if tok.dep_ in ("amod", "conj") and head.lemma_.lower() in HEAD_WORK_NOUNS:
        return True
    for t in tok.doc[tok.i + 1:min(tok.i + 9, tok.sent.end)]:
        if t.is_punct and t.text != "-" or t.pos_ in ("VERB", "AUX"):
            break
        if t.lemma_.lower() in WORK_NOUNS:
            return True
    root = tok.sent.root
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in WORK_NOUNS for c in root.children)
ABSTRACT_HINT = ("tion", "sion", "ment", "ism", "ance", "ence", "ity", "cy")


def _abstractish(tok) -> bool:
    lemma = tok.lemma_.lower()
    return lemma.endswith(ABSTRACT_HINT) or lemma in {"plan", "deal", "decision", "move", "bill", "law",
                                                       "policy", "idea", "proposal", "ruling", "report",
                                                       "claim", "remark", "comment", "statement", "speech",
                                                       "record", "response", "budget", "handling"}


# --------------------------------------------------------------------------------------
# Rules


def _by_block(doc: Document, labels: bool) -> Iterator[tuple[int, list[Term]]]:
    groups: dict[int, list[Term]] = {}
    for t in loaded_terms(doc):
        if t.skip is not None or t.label != labels:
            continue
        b = doc.article.block_at(t.start)
        groups.setdefault(b.start if b is not None else t.start, []).append(t)
    for key in sorted(groups):
        terms = groups[key]
        # one phrase once: "crude and scary" inside "crude and scary speech"
        yield key, [t for t in terms if not any(o is not t and o.start <= t.start and t.end <= o.end
                                                and (o.end - o.start) > (t.end - t.start) for o in terms)]


def _where(doc: Document, offset: int) -> str:
    b = doc.article.block_at(offset)
    kind = b.kind if b is not None else "paragraph"
    return "the headline" if kind == "headline" else f"the {kind}" if kind != "paragraph" else "a paragraph"


def _quoted_list(terms: list[Term]) -> str:
    """The words, and why each: the word list that has it and the scorer's reading of it in
    context ("“carnage” (word list; in context 0.97)")."""
    seen: dict[str, str] = {}
    for t in terms:
        s = " ".join(t.text.split())
        if s.lower() not in (x.lower() for x in seen):
            why = ("word list idiom" if t.kind == "idiom" else "word list") if t.source == "lexicon" else "scorer"
            if t.score is not None:
                why += f"; {'its words ' if t.kind == 'idiom' else ''}in context {t.score:.2f}"
            seen[s] = why
    items = list(seen.items())
    shown = ", ".join(f"“{s}” ({why})" for s, why in items[:4])
    return shown + (f" and {len(items) - 4} more" if len(items) > 4 else "")


WARN_KINDS = frozenset({"label", "idiom"})


def confident(t: Term) -> bool:
    """A term that warrants a warning: a label for someone (not a class: "terrorist groups")
    or a loaded idiom from the word list, in the article's own voice in a report (not a
    column), that the scorer did not set aside in context. Emotive verbs, adjectives and
    nouns, and candidates only the scorer found, are info: worth a look, not a query on
    every report."""
    return t.skip is None and t.source == "lexicon" and t.kind in WARN_KINDS and not t.opinion and not t.generic


def _severity(terms: list[Term]) -> str:
    return "warning" if any(confident(t) for t in terms) else "info"


def _suggestion(terms: list[Term]) -> str | None:
    tips = []
    for t in terms:
        if t.neutral and t.neutral not in tips:
            tips.append(f"{' '.join(t.text.split())} → {t.neutral}" if len(terms) > 1 else t.neutral)
    return "; ".join(tips[:3]) or None


@rule("CD601", "loaded-language", "language", "warning")
def loaded_language(doc: Document) -> Iterator[Finding]:
    """What it finds: emotive or loaded wording in the article's own voice: verbs that pass a
    verdict ("slaughtered", "slammed"), judging adjectives and adverbs ("barbaric",
    "shamelessly"), emotive nouns ("carnage", "bloodbath") and idioms ("blood on his hands",
    "reign of terror"). One finding per paragraph, headline or bullet, with every such term
    as evidence. Words inside quotation marks or reported speech are the speaker's and are
    not flagged; nor are legal terms in a legal frame ("convicted of murder"), proper names
    ("the Killing Fields museum") or literal senses, decided by what the word is said of
    ("slaughtered cattle", "hog slaughter rose", "prices were hammered"). A learned scorer
    reads each word in context: it sets aside a listed word it reads as another sense and
    adds words the list lacks. The message gives each word, who found it (word list or
    scorer) and the scorer's reading (0-1). Loaded idioms in a report's own voice are
    warnings; emotive verbs, adjectives and nouns, the scorer's own finds and anything in
    comment (an editor's note, a column in the first person) are info.

    Why it matters: a news report describes; loaded words judge. When the judgement is the
    article's own rather than a source's, readers see bias, and a complaint or a correction
    follows. Say what happened, or attribute the word to whoever used it.

    Example: "Soleimani oversaw the carnage" gives the info finding "loaded wording in a
    paragraph, in the article's own voice: “carnage” (word list; in context 0.9…)",
    suggestion "deaths"; "critics called it a bloodbath" gives nothing; "with blood on his
    hands" in a report's own voice is a warning.
    """
    for _, terms in _by_block(doc, labels=False):
        yield Finding(
            code="CD601",
            severity=_severity(terms),
            message=f"loaded wording in {_where(doc, terms[0].start)}, in the article's own voice: "
                    f"{_quoted_list(terms)}; say what happened, or attribute the word",
            suggestion=_suggestion(terms),
            evidence=[Span(t.start, t.end, doc.text[t.start:t.end], t.kind if t.kind != "idiom" else "idiom")
                      for t in terms],
        )


@rule("CD602", "name-calling", "language", "warning")
def name_calling(doc: Document) -> Iterator[Finding]:
    """What it finds: labels that call a person or a group names in the article's own voice
    ("terrorist general", "the thugs", "the dictator", "extremists"): a label noun, or a
    label adjective before a person or group noun. An event noun is not a label ("a
    terrorist attack", which officials classify). Labels inside quotation marks, in
    reported speech, in a legal or official frame ("convicted murderer", "designated a
    terrorist organisation", "self-described fascist") or in a proper name are not flagged.

    Why it matters: a label is a verdict. Wire and public-service style guides ask for the
    person's title and a description of what they did, or for the label to be attributed to
    whoever applied it; an unattributed label is the first thing a complaint quotes.

    Severity: a warning for a label of someone in a report's own voice; info for a label
    of a class ("terrorist groups", "extremists") and for labels in comment. The message
    gives the scorer's reading of each label in context (0-1).

    Example: "Terrorist general with the blood of thousands on his hands" gives the warning
    "label in the headline, in the article's own voice: “Terrorist general” (word list; in
    context 0.8…)"; "the US designated the group a terrorist organisation" gives nothing.
    """
    for _, terms in _by_block(doc, labels=True):
        yield Finding(
            code="CD602",
            severity=_severity(terms),
            message=f"label in {_where(doc, terms[0].start)}, in the article's own voice: "
                    f"{_quoted_list(terms)}; use a title or describe what they did, or attribute the label",
            suggestion=_suggestion(terms),
            evidence=[Span(t.start, t.end, doc.text[t.start:t.end], "label") for t in terms],
        )
