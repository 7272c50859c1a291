"""facts stage: normalized slot values per entity, each with its source and evidence, and a
dated timeline per main entity.

Runs after entities, quotes, claims, time and life. ``annotate(doc)`` leaves a :class:`Facts`
in ``doc.extras["facts"]`` and fills ``doc.timeline``; :func:`facts_of` computes it on
demand when the stage has not run. Nothing here parses a date or computes an age: dates are
the time layer's TIMEX3 values (``doc.timexes``), and births, deaths, ages and stated
durations are the life stage's (``doc.extras["life"]``, :mod:`copydesk.time.life`).

What a :class:`Fact` is: one thing the article says about one entity, with

- ``slot``: ``born`` / ``died`` (``value`` a place key or a date value; ``kind`` says
  which: ``place`` | ``date``), ``age``, ``role`` and ``member_of`` (``title`` normalized:
  head, chief, commander, leader, chair, director and president of an organisation are all
  ``head``; "deputy", "vice", "acting", "interim", "assistant" make a title of their own;
  ``org`` the organisation's entity id, else its normalized name; ``aspect`` is ``start``,
  ``since``, ``held`` (at ``time``), ``held_by`` ("already leading X when ... in 2001":
  began at or before ``time``), ``duration`` (``years``, ``mod``), ``end`` or ``current``),
  ``participated`` and ``event`` (any other claim: ``value`` the predicate, ``words`` the
  object's content words), with ``polarity`` and ``certainty``;
- ``source``: the claims layer's :class:`~copydesk.model.Source` (the article's own voice
  or an attributed speaker), ``evidence`` (the clause), ``value_evidence`` and
  ``time_evidence`` where the value or the date is a span of its own, and ``claim`` (the
  claim id it rests on, when there is one).

Besides slot facts, every clause of the article is kept as a :class:`Statement` (its verb,
subject, content words, negation, and the values in it: numbers with what they count,
dates and places with the verb they attach to), so that the contradiction rules can find
the same statement made twice with one value changed; :meth:`Facts.parallel` gives the
candidate pairs, computed once.

Where the claims layer lacks something (a role's organisation, how a date attaches: "in",
"since", "when ... in 2001"), it is read here from the parse at the claim's span.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Iterable, Iterator

from .model import Claim, Source, Span, TimelineEvent
from .time import calendar as cal
from .nlp import tokens_of
from .quotes import in_transcript

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .document import Document

__all__ = ["Fact", "Statement", "Value", "Facts", "annotate", "facts_of", "build_timeline", "normalize_title",
           "restated", "source_label", "value_years"]

# --------------------------------------------------------------------------- vocabulary

# The top post of an organisation, however it is worded: all one title, "head".
TOP_TITLES = frozenset({"head", "chief", "commander", "leader", "chair", "chairman", "chairwoman",
                        "chairperson", "director", "president", "boss", "ceo", "helm",
                        "leadership", "presidency", "chairmanship", "command", "directorship"})
# Other posts, kept as written (lemma).
OTHER_TITLES = frozenset("""
treasurer secretary minister governor mayor editor manager coach captain spokesman spokeswoman
spokesperson ambassador envoy commissioner superintendent principal dean rector bishop archbishop
premier chancellor speaker senator judge adviser advisor officer general admiral marshal
representative congressman congresswoman lawmaker legislator professor inspector prosecutor
attorney sheriff ombudsman auditor registrar founder cofounder co-founder owner partner
anchor presenter correspondent councillor councilor alderman trustee member
""".split())
TITLE_WORDS = TOP_TITLES | OTHER_TITLES
# Words that make a title of its own: a deputy post is not the top post.
TITLE_MODS = {"deputy": "deputy", "vice": "vice", "acting": "acting", "interim": "acting",
              "assistant": "assistant", "associate": "associate", "co": "co", "joint": "co",
              "honorary": "honorary", "caretaker": "acting", "temporary": "acting",
              "provisional": "acting", "second": "second", "regional": "regional",
              "local": "local", "district": "district", "division": "division", "state": "state",
              "provincial": "provincial", "shadow": "shadow", "former": None, "then": None,
              "new": None, "current": None, "incoming": None, "outgoing": None, "late": None}
# Verbs that start a role: "was named commander", "became chair", "promoted to head".
START_VERBS = frozenset({"name", "appoint", "elect", "promote", "make", "choose", "select", "install",
                         "designate", "crown", "swear", "hire", "become", "assume", "take",
                         "succeed", "nominate", "tap", "pick", "confirm", "inaugurate", "join",
                         "found", "co-found", "cofound", "establish"})
REPEAT_VERBS = frozenset({"reappoint", "re-elect", "reelect", "re-appoint", "return", "rejoin",
                          "re-join", "reinstate"})
# Verbs of leading an organisation: "has run X since 2008", "already leading X when ...".
LEAD_VERBS = frozenset({"lead", "head", "run", "command", "chair", "direct", "helm", "manage",
                        "preside", "captain", "govern"})
# Common nouns that name an organisation a person can lead ("has run the company since 2008").
ORG_NOUNS = frozenset({"company", "firm", "party", "team", "club", "board", "group", "agency",
                       "department", "ministry", "office", "organisation", "organization", "union",
                       "council", "committee", "commission", "bank", "school", "university",
                       "college", "hospital", "charity", "foundation", "institute", "museum",
                       "newspaper", "paper", "magazine", "network", "station", "force", "army",
                       "navy", "unit", "division", "brigade", "regiment", "corps", "police",
                       "campaign", "movement", "church", "diocese", "court", "trust", "society",
                       "association", "federation", "league", "orchestra", "band", "studio",
                       "lab", "laboratory", "centre", "center", "service", "authority", "bureau",
                       "cabinet", "government", "administration", "country", "city", "state",
                       "province", "region", "delegation", "coalition", "alliance", "faction"})
# Words that describe a person rather than name a post: "Iran's most recognizable commander".
DESCRIPTIVE = frozenset({"most", "top", "best", "leading", "key", "main", "great", "greatest",
                         "famous", "favourite", "favorite", "powerful", "prominent", "senior",
                         "recognizable", "recognisable", "influential", "longest", "youngest",
                         "oldest", "first", "last", "only", "de", "facto", "effective"})
# Verbs that end a role or a membership: "stepped down as X's director", "quit as treasurer".
END_VERBS = frozenset({"step down", "stand down", "resign", "quit", "retire", "leave", "depart",
                       "step aside", "oust", "fire", "sack", "remove", "dismiss", "replace",
                       "expel", "exit", "lose", "relinquish", "vacate", "give up", "end", "leave office"})
END_PASSIVE_ONLY = frozenset({"oust", "fire", "sack", "remove", "dismiss", "replace", "expel"})
REPEAT_WORDS = re.compile(r"\b(?:again|re-?(?:elected|appointed|joined)|re-named|second (?:time|term|stint)|"
                          r"third (?:time|term)|another term|once more|returned|rejoined|for a second|"
                          r"reinstated|back as|anew)\b", re.I)
# A figure that the clause itself says changes: its verb ("rose to 41") or a word of time
# ("now 41", "initially 30", "so far").
ALSO_RE = re.compile(r"\b(?:also|previously|earlier|last time|before that|as well|likewise|similarly|once)\b", re.I)
CHANGE_VERBS = frozenset({"rise", "climb", "increase", "grow", "jump", "swell", "reach", "mount", "bring",
                          "fall", "drop", "decrease", "decline", "revise", "update", "raise",
                          "lower", "soar", "double", "triple", "surpass", "exceed", "top",
                          "balloon", "shrink", "dip", "slip", "plunge", "hit", "cut", "boost"})
CHANGE_ADVS = frozenset({"now", "later", "initially", "originally", "earlier", "previously",
                         "currently", "far", "subsequently", "eventually", "since", "yet"})
CHANGE_ADJS = frozenset({"preliminary", "latest", "updated", "revised", "final", "initial", "new",
                         "earlier", "early", "official"})
NEG_WORDS = frozenset({"not", "n't", "never", "no", "nt", "neither", "nor", "without"})
DISPUTE_RE = re.compile(r"\b(?:disput(?:e|es|ed|ing)|contests?|contested|contradict\w*|conflicting|"
                        r"discrepan\w*|inconsisten\w*|other accounts?|other sources|others say|some say|"
                        r"while others|rejects?|rejected|den(?:y|ies|ied)|refut\w*|at odds|disagree\w*|"
                        r"(?:accounts|reports|versions|sources|figures|estimates|records) (?:differ|vary)|"
                        r"differing|varying (?:accounts|reports|figures))\b", re.I)
STOP = frozenset("""
a an the this that these those there here it its it's they them their he him his she her hers we us
our i me my you your who whom whose which what when where why how and or but nor so yet if then
than as of in on at by for to from with about into onto over under after before during since until
up down out off also just only even still very more most much many some any all each every both
either neither other such same own one's be am is are was were been being have has had having do
does did doing will would shall should can could may might must 's ’s - – — , . ; : ! ? " ' ( )
mr mrs ms dr not n't never no
""".split())
NUM_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
NUM_WORDS.update({"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                  "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100, "thousand": 1000,
                  "million": 1e6, "billion": 1e9, "trillion": 1e12, "a": 1})
SCALE = {"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "trillion": 1e12,
         "k": 1000, "m": 1e6, "bn": 1e9, "mn": 1e6, "dozen": 12}
MORE_RE = re.compile(r"\b(?:more than|over|at least|upwards of|in excess of|no fewer than|no less than|"
                     r"above|exceeding|beyond|upward of)\s*$", re.I)
LESS_RE = re.compile(r"\b(?:less than|fewer than|under|up to|at most|no more than|below|nearly|almost|"
                     r"just under|not quite|short of)\s*$", re.I)
APPROX_RE = re.compile(r"\b(?:about|around|approximately|roughly|some|an estimated|estimated|nearly|"
                       r"almost|close to|circa|c\.|approx\.?|or so)\s*$", re.I)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis", "xcomp", "pcomp",
                         "acl", "csubj", "dep", "advmod"})
SPLIT_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "conj"})
PREP_TIME_RE = re.compile(r"(since|in|on|at|by|until|till|from|before|after|during|as of|around|"
                          r"circa|between|through|to|of|when|while)\W*$", re.I)


# --------------------------------------------------------------------------- data

@dataclass
class Fact:
    id: str
    entity: str | None
    slot: str
    value: str | None
    text: str | None
    evidence: Span
    source: Source
    kind: str | None = None  # born/died: place | date
    time: str | None = None
    time_evidence: Span | None = None
    prep: str | None = None
    aspect: str | None = None
    title: str | None = None
    org: str | None = None
    org_text: str | None = None
    generic_org: bool = False  # "a division": not one organisation
    years: float | None = None
    mod: str | None = None
    polarity: str = "positive"
    certainty: str = "asserted"
    claim: str | None = None
    value_evidence: Span | None = None
    words: frozenset = frozenset()
    tense: str | None = None
    repeat: bool = False  # "again", "re-elected", "returned as"
    quoted: bool = False
    offset: int = -1  # the verb's offset, for the clause statement it belongs to

    @property
    def line_offset(self) -> int:
        return self.evidence.start

    def range(self) -> tuple[date, date] | None:
        return cal.value_range(self.time) if self.time else None


@dataclass
class Value:
    kind: str  # num | age | date | place
    value: object  # float for numbers, a TIMEX3 value for dates, a key for places
    text: str
    start: int
    end: int
    anchor: str  # what it counts or how it attaches ("lane", "in", "@")
    verb: str  # the clause's verb lemma
    mod: str | None = None  # MORE | LESS | APPROX for numbers
    unit: str = ""
    np: frozenset = frozenset()  # the counted noun's other words ("rounds of 7.62mm NATO")
    indef: bool = False  # "a 36-year-old man": a new referent, not one to compare


@dataclass
class Statement:
    """One clause: its verb, subject key, content words and values."""
    id: int
    verb: str
    verb_offset: int
    subject: str | None
    start: int
    end: int
    sent_start: int
    sent_end: int
    words: frozenset
    values: list[Value]
    negated: bool
    certainty: str
    source: Source
    marks: frozenset  # change and repetition words in the sentence
    block: int = 0
    negs: frozenset = frozenset()  # (verb lemma, negated) for each finite verb it covers
    sentence: bool = False  # the whole sentence, not one clause
    finite: bool = True  # a clause with its own subject or tense, not "for not visiting"
    compare: bool = False  # a comparative ("tougher than", "as tough as"): negation is not a flip
    root: str = ""  # the sentence's root verb lemma
    key: tuple = ()  # a sentence's lemmas without negation and "do": equal keys, same words
    indefinite: bool = False  # its subject is "a/an ..." (a new referent each time)
    elliptic: bool = False  # its subject is a bare common noun ("the estimated cost": of what?)
    sent_words: frozenset = frozenset()  # a clause's whole sentence's content words
    names: frozenset = frozenset()  # words of the people and organisations it names
    sent_names: frozenset = frozenset()  # and those its whole sentence names


# --------------------------------------------------------------------------- helpers

def normalize_title(words: Iterable[str]) -> str | None:
    """'deputy head', 'head', 'treasurer' from the words of a role phrase (lower case)."""
    words = [w.lower().strip(".") for w in words]
    head = None
    for w in reversed(words):
        if w in TITLE_WORDS:
            head = w
            break
    if head is None:
        return None
    title = "head" if head in TOP_TITLES else head
    # "secretary general", "attorney general": the second word is part of the title
    mods = []
    for w in words[:words.index(head)]:
        w = w.replace("-", "")
        if w.startswith("vice"):
            mods.append("vice")
        elif w.startswith("co") and w not in ("commander", "coach", "council", "commission", "committee"):
            if w in ("co", "cochair", "cochairman", "colead", "coleader"):
                mods.append("co")
        elif w in TITLE_MODS and TITLE_MODS[w]:
            mods.append(TITLE_MODS[w])
        elif w == "chief" and head != "chief":
            mods.append("chief")
    if mods:
        return " ".join(dict.fromkeys(mods)) + " " + title
    return title


def value_years(value: str | None) -> tuple[date, date] | None:
    return cal.value_range(value) if value else None


def source_label(src: Source) -> str:
    """'the article' or the speaker's name as the claims layer gives it."""
    if src is None or src.kind != "attributed":
        return "the article"
    name = (src.name or "").strip()
    if not name:
        return "an unnamed source"
    if name.lower().startswith(("the ", "a ", "an ")):
        return name[0].lower() + name[1:]
    if name.split()[0].lower() in ("state", "department", "ministry", "government", "police",
                                   "officials", "office") or name.split()[-1] in (
            "Department", "Ministry", "Office", "Agency", "Commission", "Council", "Police"):
        return "the " + name
    return name


def _norm_place(text: str) -> str:
    t = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)
    t = re.sub(r"['’]s$", "", t)
    return " ".join(t.lower().split())


def _num_value(text: str) -> float | None:
    t = text.lower().replace(",", "").replace("$", "").replace("£", "").replace("€", "").strip()
    t = re.sub(r"^(?:more than|over|at least|about|around|approximately|roughly|some|nearly|almost|"
               r"less than|fewer than|up to|under|an estimated|just|only)\s+", "", t)
    t = t.replace("per cent", "").replace("percent", "").replace("%", "").strip()
    parts = re.split(r"[\s-]+", t)
    total = 0.0
    cur = None
    for p in parts:
        if not p:
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?", p):
            cur = (cur or 0) + float(p) if cur is not None and cur < 100 and float(p) < 10 else float(p)
        elif re.fullmatch(r"\d+(?:\.\d+)?(k|m|bn|mn)", p):
            m = re.fullmatch(r"(\d+(?:\.\d+)?)(k|m|bn|mn)", p)
            cur = float(m.group(1)) * SCALE[m.group(2)]
        elif p in SCALE and p != "dozen":
            cur = (cur if cur is not None else 1) * SCALE[p]
            if p in ("thousand", "million", "billion", "trillion"):
                total += cur
                cur = None
        elif p == "dozen":
            cur = (cur if cur is not None else 1) * 12
        elif p in NUM_WORDS and p != "a":
            v = NUM_WORDS[p]
            cur = (cur or 0) + v if cur is not None and cur >= 20 and v < 10 else v
        elif p in ("and", "a"):
            continue
        else:
            break
    if cur is not None:
        total += cur
    return total if (total or cur == 0) else None


# --------------------------------------------------------------------------- the layer

class Facts:
    """The facts of one article: ``facts`` (slot facts), ``statements`` (clauses), and the
    helpers the contradiction rules share."""

    def __init__(self, doc: "Document"):
        self.doc = doc
        self.text = doc.article.text
        self.facts: list[Fact] = []
        self.statements: list[Statement] = []
        self.index = doc.extras.get("entity_index")
        self.block_starts = [b.start for b in doc.article.blocks]
        self.tx = sorted((t for t in doc.timexes), key=lambda t: (t.start, t.end))
        self.tx_starts = [t.start for t in self.tx]
        self.claims_by_start = sorted(doc.claims, key=lambda c: (c.start, c.end))
        self.claim_starts = [c.start for c in self.claims_by_start]
        spans = []
        for q in doc.quotes:
            parts = q.parts or [q]
            for p in parts:
                spans.append((p.start, p.end, q))
        spans.sort(key=lambda t: (t[0], t[1]))
        self.quote_spans = spans
        self._pairs: list[tuple[Statement, Statement]] | None = None
        self._tok_cache: dict[int, list[int]] = {}

    # -- access -------------------------------------------------------------------------

    def about(self, entity: str | None = None, slot: str | None = None) -> list[Fact]:
        return [f for f in self.facts if (entity is None or f.entity == entity)
                and (slot is None or f.slot == slot)]

    def entities(self) -> list[str]:
        seen = dict.fromkeys(f.entity for f in self.facts if f.entity)
        return list(seen)

    def line(self, offset: int) -> int:
        return self.doc.article.line_col(offset)[0]

    def block_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.block_starts, offset) - 1)

    def token_at(self, offset: int) -> "Token | None":
        bi = self.block_of(offset)
        if bi >= len(self.doc.docs):
            return None
        sdoc = self.doc.docs[bi]
        base = self.block_starts[bi]
        idxs = self._tok_cache.get(bi)
        if idxs is None:
            idxs = self._tok_cache[bi] = [t.idx for t in sdoc]
        i = bisect.bisect_right(idxs, offset - base) - 1
        if i < 0 or i >= len(sdoc):
            return None
        return sdoc[i]

    def base_of(self, tok: "Token") -> int:
        for bi, sdoc in enumerate(self.doc.docs):
            if sdoc is tok.doc:
                return self.block_starts[bi]
        return 0

    def tok_span(self, tok: "Token", base: int, role: str | None = None) -> Span:
        s = base + tok.idx
        return self.doc.span(s, s + len(tok.text), role)

    def subtree_span(self, tok: "Token", base: int, role: str | None = None) -> Span:
        lo, hi = tok.left_edge, tok.right_edge
        while hi.i > lo.i and hi.is_punct:
            hi = hi.doc[hi.i - 1]
        s, e = base + lo.idx, base + hi.idx + len(hi.text)
        return self.doc.span(s, e, role)

    def timexes_in(self, start: int, end: int) -> list:
        i = bisect.bisect_left(self.tx_starts, start)
        out = []
        for t in self.tx[i:]:
            if t.start >= end:
                break
            if t.end <= end:
                out.append(t)
        return out

    def prep_before(self, offset: int) -> str | None:
        m = PREP_TIME_RE.search(self.text[max(0, offset - 12):offset])
        return m.group(1).lower() if m else None

    def quote_at(self, offset: int):
        best = None
        for s, e, q in self.quote_spans:
            if s > offset:
                break
            if s <= offset < e and (best is None or e - s < best[1] - best[0]):
                best = (s, e, q)
        return best[2] if best else None

    def claim_at(self, offset: int) -> Claim | None:
        """The tightest claim whose span covers an offset."""
        i = bisect.bisect_right(self.claim_starts, offset)
        best = None
        for c in self.claims_by_start[max(0, i - 40):i]:
            if c.start <= offset < c.end and (best is None or c.end - c.start < best.end - best.start):
                best = c
        return best

    def source_at(self, offset: int) -> Source:
        c = self.claim_at(offset)
        if c is not None:
            return c.source
        q = self.quote_at(offset)
        if q is not None:
            sp = q.speaker
            return Source("attributed", name=(sp.name or sp.text) if sp else None,
                          entity=sp.entity if sp else None)
        return Source("article")

    def entity_name(self, eid: str | None) -> str:
        if eid and self.index is not None:
            try:
                return self.index.by_id(eid).name
            except Exception:
                return eid
        return eid or ""

    def entity_of(self, start: int, end: int):
        if self.index is None:
            return None
        try:
            return self.index.entity_at(start, end)
        except Exception:
            return None

    def disputed(self, *spans: Span) -> bool:
        """The article itself notes the disagreement near either side."""
        for sp in spans:
            sents = self.doc.sentences
            i = bisect.bisect_right([s.start for s in sents], sp.start) - 1
            for j in (i, i + 1):
                if 0 <= j < len(sents) and DISPUTE_RE.search(sents[j].text):
                    return True
        return False

    # -- parallel statements -----------------------------------------------------------------

    def parallel(self) -> list[tuple[Statement, Statement]]:
        """Pairs of clauses that say the same thing (same verb, same subject where both have
        one, most content words shared): the candidates for a changed value."""
        if self._pairs is not None:
            return self._pairs
        pairs = []
        by_verb: dict[str, list[Statement]] = {}
        for st in self.statements:
            by_verb.setdefault(st.verb, []).append(st)
        for verb, group in by_verb.items():
            if len(group) < 2:
                continue
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    if a.sent_start == b.sent_start:
                        continue
                    if a.sentence and a.key and a.key == b.key and len(a.key) >= 3:
                        pairs.append((a, b))  # the same sentence, word for word but for "not"
                        continue
                    shared = a.words & b.words
                    if a.subject and b.subject and a.subject != b.subject and not restated(a, b):
                        continue  # two subjects, unless the sentence is restated word for word
                    if len(shared) < 2:
                        continue
                    if not restated(a, b) and any(x - y and y - x for x, y in ((a.names, b.names),
                                                                              (a.sent_names, b.sent_names))):
                        continue  # "nominated Bayes" and "nominated Collins": two events, each with its names
                    small = min(len(a.words), len(b.words))
                    if small == 0 or len(shared) / small < (0.6 if len(shared) >= 6 and a.subject and
                                                            a.subject == b.subject else 0.75):
                        continue
                    if verb == "§" and len(shared) < 4:
                        continue
                    same_vals = sum(1 for va in a.values for vb in b.values
                                    if va.kind == vb.kind and va.value == vb.value)
                    if len(shared) + min(same_vals, 2) < 3:
                        continue
                    pairs.append((a, b))
        self._pairs = pairs
        return pairs


_NAMED = frozenset({"PERSON", "ORG"})


def restated(a: Statement, b: Statement) -> bool:
    """The same sentence (or clause) written twice: five or more content words shared and at
    most one word differing ("As reported, ..."). Its values aside, it says the same thing,
    whatever the parse makes of its subject ("He" resolved to two people, a bare surname that
    two relatives share) and whatever marks it carries ("also", "again") in both places."""
    return len(a.words & b.words) >= 5 and len(a.words ^ b.words) <= 1


# --------------------------------------------------------------------------- building

def _tense_at_claim(b, c: Claim) -> str | None:
    verb, _ = b._verb(c)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    return _tense(verb)


# "at the age of 13, she left school": the age at an event, true on the event's date only.
_AT_AGE = re.compile(r"\bat\s+(?:the\s+)?age\s+of\b", re.I)


def claim_time(F: Facts, c: Claim) -> tuple[str | None, Span | None, str | None]:
    """A claim's date (the claims layer's ``time`` text) as a TIMEX3 value of the time
    layer, its span, and the word it attaches with ("in", "since", ...)."""
    if not c.time:
        return None, None, None
    for t in F.timexes_in(c.start, c.end):
        if t.type not in ("DATE", "TIME") or not cal.value_range(t.value):
            continue
        if c.time in t.text or t.text in c.time or c.time in F.text[t.start - 10:t.end + 2]:
            if _in_parens(F.text, t.start):
                continue
            return t.value, F.doc.span(t.start, t.end, "date"), F.prep_before(t.start)
    return None, None, None


def _in_parens(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    seg = text[line_start:offset]
    return seg.count("(") > seg.count(")")


class _Builder:
    def __init__(self, doc: "Document"):
        self.doc = doc
        self.F = Facts(doc)
        self.n = 0

    def add(self, **kw) -> Fact:
        self.n += 1
        f = Fact(id=f"F{self.n}", **kw)
        self.F.facts.append(f)
        return f

    def run(self) -> Facts:
        self.life()
        self.born_fallback()
        self.kin()
        self.claims()
        self.durations()
        self.statements()
        return self.F

    # -- births, deaths, ages: read from the life stage ---------------------------------------

    def life(self) -> None:
        from .time.life import life_of

        try:
            lives = life_of(self.doc)
        except Exception:  # an unfinished life stage must not stop the facts
            lives = {}
        F = self.F
        for eid, life in lives.items():
            for slot, items in (("born", life.births), ("died", life.deaths)):
                for d in items:
                    src = self._life_source(d)
                    if d.value and cal.value_range(d.value):
                        self.add(entity=eid, slot=slot, kind="date", value=d.value, text=d.value,
                                 evidence=d.evidence, source=src, time=d.value,
                                 time_evidence=d.date_evidence, value_evidence=d.date_evidence,
                                 quoted=d.quoted)
                    if d.place:
                        key, vspan = self._place_key(d)
                        if key:
                            self.add(entity=eid, slot=slot, kind="place", value=key, text=d.place,
                                     evidence=d.evidence, source=src, value_evidence=vspan,
                                     quoted=d.quoted)
            for a in life.ages:
                self.add(entity=eid, slot="age", value=str(a.age), text=a.evidence.text,
                         evidence=a.evidence, source=F.source_at(a.evidence.start),
                         time=a.reference, years=float(a.age),
                         mod="APPROX" if a.approx else None, quoted=a.quoted,
                         aspect=a.reference_from)

    def born_fallback(self) -> None:
        """'NAME Born 27 August 1968' (an infobox line, a caption): a birth date the life
        stage's parse did not see, for the person named just before."""
        F = self.F
        have = {(f.evidence.start, f.evidence.end) for f in F.facts if f.slot == "born"}
        have_dates = [f.time_evidence for f in F.facts if f.slot == "born" and f.time_evidence is not None]
        for t in F.tx:
            if t.type != "DATE" or not cal.value_range(t.value) or len(t.value) < 10:
                continue
            m = re.search(r"\b[Bb]orn\W{0,3}(?:on\s+)?$", F.text[max(0, t.start - 12):t.start])
            if not m or any(d.start <= t.start < d.end for d in have_dates):
                continue
            bstart = F.block_starts[F.block_of(t.start)]
            ws = max(bstart, t.start - 12) + m.start()
            who = None
            for ent in self.doc.entities:
                if ent.label != "PERSON":
                    continue
                for mn in ent.mentions:
                    if mn.kind != "name" or mn.start < bstart:
                        continue
                    if mn.end <= ws and ws - mn.end <= 3:
                        who = ent
                    elif mn.start < ws < mn.end <= ws + 5 and F.index is not None:
                        # the tagger took "Born" into the name: the name without it
                        try:
                            who = F.index.lookup(F.text[mn.start:ws].strip()) or ent
                        except Exception:  # noqa: BLE001
                            who = ent
            if who is None or (ws, t.end) in have:
                continue
            ev = self.doc.span(ws, t.end, "birth")
            self.add(entity=who.id, slot="born", kind="date", value=t.value, text=t.text, evidence=ev,
                     source=F.source_at(t.start), time=t.value,
                     time_evidence=self.doc.span(t.start, t.end, "date"),
                     value_evidence=self.doc.span(t.start, t.end, "date"))

    def kin(self) -> None:
        """A parent named in apposition: "his father, Paul Reyes", "Reyes's mother, Ana"."""
        F = self.F
        for bi, sdoc in enumerate(self.doc.docs):
            btext = self.doc.block_text(bi).lower()
            if "father" not in btext and "mother" not in btext:
                continue
            base = F.block_starts[bi]
            for t in sdoc:
                if t.lower_ not in ("father", "mother"):
                    continue
                poss = next((k for k in t.children if k.dep_ == "poss"), None)
                app = next((k for k in t.children if k.dep_ == "appos" and k.pos_ == "PROPN"), None)
                if poss is None or app is None:
                    continue
                lo = min(x.i for x in app.subtree if x.pos_ == "PROPN" or x.i == app.i)
                ps, pe = base + poss.idx, base + poss.idx + len(poss.text)
                who = F.entity_of(ps, pe)
                if poss.pos_ != "PRON" and poss.pos_ != "PROPN":
                    continue
                ks, ke = base + sdoc[lo].idx, base + app.idx + len(app.text)
                parent = F.entity_of(ks, ke)
                if who is None or parent is None or who.id == parent.id or parent.label != "PERSON":
                    continue
                s, e = min(ps, base + t.idx), ke
                self.add(entity=who.id, slot="kin", kind=t.lower_, value=parent.id, text=parent.name,
                         evidence=self.doc.span(s, e, "kin"), source=F.source_at(base + t.idx),
                         value_evidence=self.doc.span(ks, ke, "name"))

    def _life_source(self, d) -> Source:
        F = self.F
        src = F.source_at(d.offset or d.evidence.start)
        if src.kind == "article" and d.source:
            src = Source("attributed", name=d.source)
        return src

    def _place_key(self, d) -> tuple[str | None, Span | None]:
        """The most specific named place in a birth or death phrase: 'Kerman province,
        central Iran' -> kerman province; 'the Iranian religious capital of Qom' -> qom."""
        F = self.F
        s, e = d.evidence.start, d.evidence.end
        pos = F.text.find(d.place, s, e + len(d.place)) if d.place else -1
        lo, hi = (pos, pos + len(d.place)) if pos >= 0 else (s, e)
        best = None
        for bs, be, text, label in self._ents_in(lo, hi):
            if label in PLACE_LABELS or label == "ORG" and text.split()[-1].lower() in (
                    "province", "county", "district", "region"):
                best = (bs, be, text)
                break  # the first named place is the most specific ("Kerman province, Iran")
        if best is None:
            # a place the tagger missed: the capitalised words of the phrase
            m = re.search(r"\b(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*", d.place or "")
            if not m or pos < 0:
                return None, None
            best = (pos + m.start(), pos + m.end(), m.group(0))
        bs, be, text = best
        return _norm_place(text), self.doc.span(bs, be, "place")

    def _ents_in(self, lo: int, hi: int):
        bi = self.F.block_of(lo)
        base = self.F.block_starts[bi]
        for ent in self.doc.docs[bi].ents:
            s, e = base + ent.start_char, base + ent.end_char
            if s >= lo and e <= hi:
                yield s, e, self.F.text[s:e], ent.label_

    # -- claims: roles, memberships, participation, other events ------------------------------

    def claims(self) -> None:
        for c in self.doc.claims:
            try:
                self._claim(c)
            except Exception:  # one odd parse must not lose the article's other facts
                continue

    def _verb(self, c: Claim):
        """The claim's verb token: the root of its span."""
        F = self.F
        tok = F.token_at(c.start)
        if tok is None:
            return None, 0
        base = F.base_of(tok)
        sdoc = tok.doc
        span = sdoc.char_span(c.start - base, c.end - base, alignment_mode="expand")
        if span is None or not len(span):
            return None, base
        root = span.root
        # a claim span starting at its subject: the verb is the root's head when the root is a noun
        if root.pos_ not in ("VERB", "AUX"):
            for t in span:
                if t.pos_ in ("VERB", "AUX") and (t.head.i == t.i or not (span.start <= t.head.i < span.end)):
                    return t, base
            for t in span:
                if t.pos_ == "VERB":
                    return t, base
        return root, base

    def _time(self, c: Claim, verb=None, base: int = 0) -> tuple[str | None, Span | None, str | None]:
        """The claim's date as a TIMEX3 value, its span and how it attaches."""
        return claim_time(self.F, c)



    def _claim(self, c: Claim) -> None:
        if c.predicate in ("born", "died") and c.subject and c.object:
            self._claim_place(c)
        if c.predicate == "age" and c.subject and c.object and c.object.isdigit():
            self._claim_age(c)
        if c.subject is None or c.predicate in ("born", "died", "age"):
            return  # births, deaths and ages are the life stage's
        pred = c.predicate
        verb, base = self._verb(c)
        if verb is None:
            return
        ev = self.doc.span(c.start, c.end, "claim")
        time, tspan, prep = self._time(c, verb, base)
        lemma = verb.lemma_.lower()
        prt = next((k.lower_ for k in verb.children if k.dep_ == "prt"), None)
        phrasal = f"{lemma} {prt}" if prt else lemma
        passive = any(k.dep_ in ("auxpass", "nsubjpass") for k in verb.children)
        repeat = bool(REPEAT_WORDS.search(F_text(self.F, c.start, c.end))) or lemma in REPEAT_VERBS
        polarity, certainty = c.polarity, c.certainty
        if polarity == "negative" and _not_only(verb):
            polarity = "positive"  # "is not only co-sponsoring": not a negation
        elif polarity == "positive" and _negated(verb):
            polarity = "negative"  # "put no pressure on them"
        if certainty == "asserted" and (_hypothetical(verb) or self._sent_text(c.start).rstrip().endswith("?")):
            certainty = "hedged"
        common = dict(entity=c.subject, evidence=ev, source=c.source, polarity=polarity,
                      certainty=certainty, claim=c.id, time=time, time_evidence=tspan, prep=prep,
                      quoted=self.F.quote_at(c.start) is not None, repeat=repeat,
                      tense=_tense(verb), offset=base + verb.idx)
        if pred in ("role", "member_of"):
            title_tok = self._title_token(c, verb, base)
            if pred == "role" and title_tok is None:
                return
            if pred == "role":
                title, org, org_text, generic, ospan = self._role(title_tok, base)
            else:
                title = "member"
                org, org_text, generic, ospan = self._org_of_text(c, verb, base)
            if title is None:
                return
            if lemma in START_VERBS or (pred == "member_of" and lemma == "join"):
                aspect = "start"
            elif prep == "since":
                aspect = "since"
            elif _still(verb) or (common["tense"] == "present" and not time):
                aspect = "current"
            else:
                aspect = "held"
            if aspect == "start" and prep not in (None, "in", "on", "at", "during", "around", "circa", "of"):
                if prep == "since":
                    aspect = "since"
                else:
                    time = None
            held_by = self._when_time(verb, base) if aspect in ("held", "current") and not time else None
            if held_by:
                aspect, time, tspan = "held_by", held_by[0], held_by[1]
                common.update(time=time, time_evidence=tspan, prep="when")
            self.add(slot=pred, value=f"{title}|{org or ''}", text=c.object, kind=None, aspect=aspect,
                     title=title, org=org, org_text=org_text, generic_org=generic,
                     value_evidence=ospan, **common)
            return
        if pred == "participated":
            self.add(slot="participated", value="participated", text=c.object,
                     words=_content_words(c.object), **common)
            return
        if lemma in LEAD_VERBS and not passive:
            dobj = next((k for k in verb.children if k.dep_ in ("dobj",)), None)
            if dobj is None and lemma == "preside":
                dobj = next((g for k in verb.children if k.dep_ == "prep" and k.lower_ == "over"
                             for g in k.children if g.dep_ == "pobj"), None)
            if dobj is not None and (dobj.pos_ == "PROPN" or dobj.pos_ == "NOUN" and dobj.lemma_.lower() in ORG_NOUNS):
                org, org_text, generic, ospan = self._org_tok(dobj, base)
                if org and not generic:
                    aspect = "since" if prep == "since" else ("held" if time else "current")
                    if aspect == "current":
                        held_by = self._when_time(verb, base)
                        if held_by:
                            aspect = "held_by"
                            common.update(time=held_by[0], time_evidence=held_by[1], prep="when")
                        elif common["tense"] != "present":
                            aspect = "held"
                    self.add(slot="role", value=f"head|{org}", text=c.object, aspect=aspect, title="head",
                             org=org, org_text=org_text, value_evidence=ospan, **common)
                    return
        if phrasal in END_VERBS or lemma in END_VERBS:
            if lemma in END_PASSIVE_ONLY and not passive:
                return
            if lemma == "lose" and not any(k.dep_ == "dobj" and k.lemma_ in ("post", "job", "seat", "position")
                                           for k in verb.children):
                return
            as_tok = next((g for k in verb.children if k.dep_ == "prep" and k.lower_ in ("as", "from")
                           for g in k.children if g.dep_ == "pobj"), None)
            dobj = next((k for k in verb.children if k.dep_ == "dobj"), None)
            target = as_tok if as_tok is not None else dobj
            if target is None:
                return
            title, org, org_text, generic, ospan = self._role(target, base)
            slot = "role"
            if title is None:
                org, org_text, generic, ospan = self._org_tok(target, base)
                if not org or generic or lemma not in ("leave", "quit", "expel", "exit"):
                    return
                title, slot = "member", "member_of"
            if prep not in (None, "in", "on", "at", "during", "around", "circa"):
                common.update(time=None, time_evidence=None)
            self.add(slot=slot, value=f"{title}|{org or ''}", text=F_text(self.F, c.start, c.end),
                     aspect="end", title=title, org=org, org_text=org_text, generic_org=generic,
                     value_evidence=ospan, **common)
            return
        # any other claim: an event, for certainty and polarity
        words = _content_words(c.object or "")
        self.add(slot="event", value=phrasal, text=c.object, words=words, **common)

    def _dateline(self, t) -> bool:
        """'AUSTRIA, February 16, 2018 (Agency) –', 'Feb 9 (Reuters) -': the story's date, not an event's."""
        text = self.F.text
        bstart = self.F.block_starts[self.F.block_of(t.start)]
        if t.start - bstart > 60:
            return False
        return bool(re.match(r"\s*(?:\([^)\n]{1,40}\))?\s*[-–—:]", text[t.end:t.end + 50]))

    def _claim_age(self, c: Claim) -> None:
        """An age the claims layer read where the life stage has none for that passage:
        it holds at the date in its clause, else at publication."""
        F = self.F
        if any(f.slot == "age" and f.evidence.start < c.end and f.evidence.end > c.start for f in F.facts):
            return
        when, tspan, prep = claim_time(F, c)
        ref = when if when and prep in (None, "in", "on", "at") else None
        pub = self.doc.article.published
        at_event = bool(_AT_AGE.search(F.text, max(0, c.start - 12), c.end))
        if ref is None and pub is not None and not at_event and _tense_at_claim(self, c) != "past":
            ref, how = pub.isoformat(), "published"
        else:
            how = "date"
        if ref is None:
            return
        self.add(entity=c.subject, slot="age", value=c.object, text=F.text[c.start:c.end],
                 evidence=self.doc.span(c.start, c.end, "age"), source=c.source, time=ref,
                 years=float(c.object), aspect=how, claim=c.id)

    def _claim_place(self, c: Claim) -> None:
        """A birth or death place the claims layer read ("The club said Silva was born in
        Braga") where the life stage has none for that passage."""
        F = self.F
        slot = c.predicate if c.predicate == "died" else "born"
        if any(f.slot == slot and f.kind == "place" and f.evidence.start < c.end and f.evidence.end > c.start
               for f in F.facts):
            return
        pos = F.text.find(c.object, c.start, c.end + 1)
        if pos < 0:
            return
        m = re.search(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*", c.object)
        if not m:
            return
        vs, ve = pos + m.start(), pos + m.end()
        self.add(entity=c.subject, slot=slot, kind="place", value=_norm_place(m.group(0)), text=c.object,
                 evidence=self.doc.span(c.start, c.end, "claim"), source=c.source, claim=c.id,
                 polarity=c.polarity, certainty=c.certainty, value_evidence=self.doc.span(vs, ve, "place"))

    def _sent_text(self, offset: int) -> str:
        for s in self.doc.sentences:
            if s.start <= offset < s.end:
                return s.text
        return ""

    def _title_token(self, c: Claim, verb, base: int):
        """The title word of a role claim's object: 'head' in 'head of the Quds Force',
        'commander' in 'Quds commander', 'chair' in "X's chair"."""
        F = self.F
        obj = c.object or ""
        pos = F.text.find(obj, c.start, c.end + 1) if obj else -1
        lo, hi = (pos, pos + len(obj)) if pos >= 0 else (base + verb.idx, c.end)
        best = None
        for t in verb.doc:
            s = base + t.idx
            if s < lo or s >= hi:
                continue
            if t.lower_ in TITLE_WORDS or t.lemma_.lower() in TITLE_WORDS:
                if best is None or t.dep_ not in ("compound", "amod") or best.dep_ in ("compound", "amod"):
                    if best is None or best.head.i != t.i:
                        best = t
                if t.dep_ not in ("compound", "amod"):
                    break
        return best

    def _role(self, title_tok, base: int):
        """(title, org key, org text, generic org?, org span) for a title token."""
        left = [t for t in title_tok.lefts if t.dep_ in ("amod", "compound", "nmod", "advmod")]
        words = []
        for t in left:
            words.extend(x.lower_ for x in t.subtree if x.pos_ not in ("DET", "PUNCT"))
        if any(w in DESCRIPTIVE for w in words) or any(t.tag_ in ("JJS", "RBS") for t in left):
            return None, None, None, False, None  # a description, not a post
        qual = [t.lemma_.lower() for t in left if t.dep_ == "compound" and t.pos_ == "NOUN"
                and t.lower_ not in TITLE_WORDS and t.lower_ not in TITLE_MODS]
        words.append(title_tok.lower_)
        if title_tok.lower_ == "general" and title_tok.i > 0 and title_tok.doc[title_tok.i - 1].lower_ == "secretary":
            words = ["secretary-general"]
        title = normalize_title(words)
        if title is None:
            lem = title_tok.lemma_.lower()
            if lem in TITLE_WORDS:
                title = normalize_title([w for w in words[:-1]] + [lem])
        if title is None:
            return None, None, None, False, None
        if qual:
            title = " ".join(qual) + " " + title  # "division commander", "battlefield commander"
        org_tok = None
        for k in title_tok.children:
            if k.dep_ == "prep" and k.lower_ in ("of", "at", "for"):
                org_tok = next((g for g in k.children if g.dep_ == "pobj"), None)
                if org_tok is not None:
                    break
        if org_tok is None:
            org_tok = next((k for k in title_tok.children if k.dep_ == "poss" and k.pos_ in ("PROPN", "NOUN")), None)
        if org_tok is None:
            # "Quds commander": a proper-noun compound before the title
            comps = [k for k in title_tok.lefts if k.dep_ == "compound" and k.pos_ == "PROPN"]
            if comps:
                tok = comps[-1]
                ent = self.F.entity_of(base + comps[0].left_edge.idx, base + tok.idx + len(tok.text))
                if ent is not None and ent.label in ("ORG", "GPE", "NORP", "FAC"):
                    s = base + comps[0].left_edge.idx
                    return title, ent.id, ent.name, False, self.doc.span(s, base + tok.idx + len(tok.text), "org")
        if org_tok is None:
            return title, None, None, False, None
        org, org_text, generic, ospan = self._org_tok(org_tok, base)
        return title, org, org_text, generic, ospan

    def _org_tok(self, tok, base: int):
        """The organisation a noun stands for: its entity id, else its normalized name;
        'a division' is generic (any division)."""
        det = next((k for k in tok.children if k.dep_ == "det"), None)
        generic = det is not None and det.lower_ in ("a", "an", "another", "one", "some", "any", "each", "every")
        if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and det is None and not any(
                k.dep_ == "poss" for k in tok.children):
            generic = True
        lo = tok
        for k in tok.lefts:
            if k.dep_ in ("compound", "amod", "nmod") and k.pos_ in ("PROPN", "NOUN", "ADJ"):
                lo = k.left_edge if k.left_edge.pos_ != "DET" else k
                break
        s, e = base + lo.idx, base + tok.idx + len(tok.text)
        ent = self.F.entity_of(s, e)
        if ent is not None and ent.label not in ("PERSON", "DATE", "CARDINAL") and self._overlaps_ent(ent, s, e):
            return ent.id, ent.name, False, self.doc.span(s, e, "org")
        text = " ".join(self.F.text[s:e].split())
        key = re.sub(r"['’]s$", "", text.lower())
        return key, text, generic, self.doc.span(s, e, "org")

    def _overlaps_ent(self, ent, s: int, e: int) -> bool:
        return any(m.start < e and m.end > s for m in ent.mentions)

    def _org_of_text(self, c: Claim, verb, base: int):
        for k in verb.children:
            if k.dep_ == "dobj" or (k.dep_ == "attr"):
                t = k
                if t.lemma_ in ("member", "part"):
                    t = next((g for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                              for g in p.children if g.dep_ == "pobj"), None)
                    if t is None:
                        continue
                return self._org_tok(t, base)
            if k.dep_ == "prep" and k.lower_ == "to":
                t = next((g for g in k.children if g.dep_ == "pobj"), None)
                if t is not None:
                    return self._org_tok(t, base)
        key = " ".join((c.object or "").lower().split())
        return key or None, c.object, False, None

    def _when_time(self, verb, base: int):
        """'was already leading X when the US invaded Y in 2001' -> (2001, span): the role
        was held at that date."""
        F = self.F
        for k in verb.children:
            if k.dep_ != "advcl":
                continue
            mark = next((g.lower_ for g in k.children if g.dep_ in ("mark", "advmod")), None)
            if mark not in ("when", "as", "while"):
                continue
            s, e = base + k.left_edge.idx, base + k.right_edge.idx + len(k.right_edge.text)
            for t in F.timexes_in(s, e):
                if t.type == "DATE" and cal.value_range(t.value) and F.prep_before(t.start) in (None, "in", "on", "at"):
                    return t.value, self.doc.span(t.start, t.end, "date"), self.doc.span(s, e, "when")
        return None

    # -- stated durations (life stage) --------------------------------------------------------

    def durations(self) -> None:
        from .time.life import life_of

        try:
            lives = life_of(self.doc)
        except Exception:
            return
        for eid, life in lives.items():
            for d in life.durations:
                src = self.F.source_at(d.evidence.start)
                ev = d.clause if d.clause is not None else d.evidence
                self.add(entity=eid, slot="role", value=None, text=d.evidence.text, evidence=ev,
                         source=src, aspect="duration", years=d.years, mod=d.mod,
                         words=frozenset(w.lower() for w in d.words), title="head" if d.lead else None,
                         tense="present" if (d.tense == "present" or d.perfect) else d.tense,
                         value_evidence=d.evidence, quoted=d.quoted)

    # -- statements -------------------------------------------------------------------------

    def statements(self) -> None:
        F = self.F
        doc = self.doc
        tx_by_block: dict[int, list] = {}
        for t in F.tx:
            tx_by_block.setdefault(F.block_of(t.start), []).append(t)
        sid = 0
        trees: dict[int, tuple[list, list[list]]] = {}
        for sent in doc.sentences:
            span = sent.tokens
            if span is None or len(span) < 4 or in_transcript(doc, sent.start):
                continue  # an interview's talk is a conversation, not statements to compare
            base = F.block_starts[sent.block]
            sdoc = span.doc
            tree = trees.get(sent.block)
            if tree is None:
                all_toks = tokens_of(sdoc)
                kids: list[list] = [[] for _ in all_toks]
                offs = sdoc.to_array("HEAD").astype("int64").tolist() if all_toks else []
                for tk, off in zip(all_toks, offs):
                    if off:
                        kids[tk.i + off].append(tk)
                lems = [_lemma(tk) for tk in all_toks]
                cont = [_content(tk) and not tk.like_num for tk in all_toks]
                named = {e.start + k: tk.lower_ for e in sdoc.ents if e.label_ in _NAMED
                         for k, tk in enumerate(e)}  # token index -> word, for people and organisations
                K = lambda t, _k=kids: _k[t.i]  # noqa: E731 - the cached children
                split = [tk.dep_ in SPLIT_DEPS for tk in all_toks]
                is_head = [_is_clause_head(tk, K) for tk in all_toks]
                tree = trees[sent.block] = (all_toks, kids, K, lems, cont, named, split, is_head)
            all_toks, kids, K, lems, cont, named, split, is_head = tree
            stoks = all_toks[span.start:span.end]
            again = (frozenset({"again"}) if REPEAT_WORDS.search(sent.text) else frozenset()) | (
                frozenset({"also"}) if ALSO_RE.search(sent.text) else frozenset())
            question = sent.text.rstrip().rstrip("\"'”’)").endswith("?")
            heads = [t for t in stoks if is_head[t.i]]
            if not heads:
                continue
            head_of: dict[int, object] = {}
            clause_toks: dict[int, list] = {}
            for h in heads:
                toks = []
                stack = [h]
                while stack:
                    t = stack.pop()
                    toks.append(t)
                    for k in kids[t.i]:
                        if split[k.i] and is_head[k.i] and k.i != h.i:
                            continue
                        stack.append(k)
                clause_toks[h.i] = toks
                for t in toks:
                    head_of[t.i] = h
            values: dict[int, list[Value]] = {h.i: [] for h in heads}
            skip: set[int] = set()
            sent_dates: list[Value] = []
            # dates
            for t in tx_by_block.get(sent.block, ()):
                if t.start < sent.start or t.end > sent.end or t.type not in ("DATE", "TIME"):
                    continue
                if not (cal.value_range(t.value) or re.match(r"^XXXX-", t.value)):
                    continue
                if self._dateline(t):
                    continue
                if t.anchor is not None and F.quote_at(t.start) is not None and F.quote_at(t.start).kind != "indirect":
                    continue  # "Today, I signed ..." in a quote: the speaker's today, not the story's
                ts = sdoc.char_span(t.start - base, t.end - base, alignment_mode="expand")
                if ts is None:
                    continue
                for x in ts:
                    skip.add(x.i)
                h = head_of.get(ts.root.i)
                sent_dates.append(Value("date", t.value, t.text, t.start, t.end, "*",
                                        _lemma(h) if h is not None else _lemma(span.root)))
                if h is None:
                    continue
                prep = ts.root.head.lower_ if ts.root.dep_ == "pobj" else "@"
                if prep in ("in", "on", "at", "during", "@", "around", "circa", "of"):
                    prep = "@"  # "in 1983" and "on March 13, 1985" both date the event
                if ts.root.head.dep_ == "prep" and ts.root.head.head.pos_ in ("NOUN", "PROPN") and ts.root.head.head.i != h.i:
                    continue  # "a document dated ...", "the war of 1998": dates a noun
                if ts.root.dep_ in ("compound", "amod", "nmod", "poss") and ts.root.head.pos_ == "NOUN":
                    continue  # "the 1978 revolution": dates the noun
                values[h.i].append(Value("date", t.value, t.text, t.start, t.end, prep, _lemma(h)))
            # places
            for ent in span.ents:
                if ent.label_ not in ("GPE", "LOC"):
                    continue
                root = ent.root
                h = head_of.get(root.i)
                if h is None:
                    continue
                if root.dep_ != "pobj" or root.head.dep_ != "prep" or root.head.head.i != h.i:
                    continue  # only a place the verb itself is in/at/to
                prep = root.head.lower_
                if prep not in ("in", "at", "to", "from", "into", "near", "inside", "outside"):
                    continue
                s = base + ent.start_char
                values[h.i].append(Value("place", _norm_place(ent.text), ent.text, s,
                                         base + ent.end_char, prep, _lemma(h)))
            # numbers
            for v in _numbers(span, base, skip, F.text, stoks):
                tok = v.pop("tok")
                h = head_of.get(tok.i)
                if h is None:
                    continue
                values[h.i].append(Value(verb=_lemma(h), **v))
            for h in heads:
                toks = clause_toks[h.i]
                if len(toks) < 3:
                    continue
                words = frozenset(lems[t.i] for t in toks if t.i != h.i and cont[t.i] and t.i not in skip)
                subj = _subject_key(self, h, base, K)
                indef = _indefinite_subject(h, K)
                elliptic = _elliptic_subject(h, K)
                marks = again | frozenset(t.lower_ for t in toks if t.lower_ in CHANGE_ADVS and t.dep_ in (
                    "advmod", "npadvmod", "pobj", "prep")) | frozenset(
                    t.lower_ for t in toks if t.lower_ in CHANGE_ADJS and t.dep_ == "amod" and t.head.lemma_.lower()
                    in ("figure", "toll", "count", "estimate", "tally", "total", "number", "report", "data"))
                if _lemma(h) in CHANGE_VERBS or any(_lemma(t) in CHANGE_VERBS for t in toks if t.dep_ == "xcomp"):
                    marks |= {"change"}
                start = base + min(t.idx for t in toks)
                end_t = max(toks, key=lambda t: t.i)
                end = base + end_t.idx + len(end_t.text)
                offset = base + h.idx
                c = F.claim_at(offset)
                src = c.source if c is not None else F.source_at(offset)
                cert = c.certainty if c is not None else "asserted"
                if cert == "asserted" and (question or _hypothetical(h, K) or _forecast(h)):
                    cert = "hedged"
                sid += 1
                neg = _negated(h, K)
                fin = _finite(h, K)
                F.statements.append(Statement(
                    id=sid, verb=_lemma(h), verb_offset=offset, subject=subj, start=start, end=end,
                    sent_start=sent.start, sent_end=sent.end, words=words, values=values[h.i],
                    negated=neg, certainty=cert, source=src, marks=marks, block=sent.block,
                    negs=frozenset({(_lemma(h), neg)}) if fin else frozenset(), finite=fin,
                    compare=any(t.tag_ in ("JJR", "RBR") or t.lower_ == "than" for t in toks) or _as_as(toks),
                    root=_lemma(span.root), indefinite=indef, elliptic=elliptic,
                    names=frozenset(named[t.i] for t in toks if t.i in named and t.i not in skip)))
            # the whole sentence, for restatements whose clauses are too short to compare
            clause_sts = F.statements[-len(heads):] if heads else []
            clause_sts = [x for x in clause_sts if x.sent_start == sent.start]
            words = frozenset(lems[t.i] for t in stoks if cont[t.i] and t.i not in skip
                              and not (t.pos_ == "NUM" or t.lower_ in NUM_WORDS))
            sent_names = frozenset(named[i] for i in range(span.start, span.end) if i in named and i not in skip)
            for x in clause_sts:
                x.sent_words = words
                x.sent_names = sent_names
            allv = [v for h in heads for v in values[h.i] if v.kind != "date"] + sent_dates
            root = span.root
            c = F.claim_at(base + root.idx)
            src = c.source if c is not None else F.source_at(base + root.idx)
            cert = "asserted" if all(x.certainty == "asserted" for x in clause_sts) and not question else "hedged"
            sid += 1
            F.statements.append(Statement(
                id=sid, verb="§", verb_offset=base + root.idx, subject=_subject_key(self, root, base, K), start=sent.start,
                end=sent.end, sent_start=sent.start, sent_end=sent.end, words=words, values=allv,
                negated=False, certainty=cert, source=src,
                marks=frozenset().union(*(x.marks for x in clause_sts)) if clause_sts else frozenset(),
                block=sent.block, negs=frozenset().union(*(x.negs for x in clause_sts)) if clause_sts else frozenset(),
                sentence=True, compare=any(x.compare for x in clause_sts), root=_lemma(root),
                indefinite=_indefinite_subject(root, K),
                names=sent_names, sent_names=sent_names,
                key=tuple(t.lemma_.lower() for t in stoks if not t.is_punct and not t.is_space
                          and t.lower_ not in ("not", "n't", "never", "nt") and t.dep_ != "neg"
                          and not (t.lemma_.lower() == "do" and t.dep_ == "aux"))))


def F_text(F: Facts, s: int, e: int) -> str:
    return F.text[s:e]


def _children(t):
    return t.children


def _lemma(t) -> str:
    low = t.lower_
    if low == "born":
        return "bear"
    return t.lemma_.lower()


def _content(t) -> bool:
    if t.is_punct or t.is_space or not any(ch.isalnum() for ch in t.text):
        return False
    low = t.lower_
    if low in STOP or t.lemma_.lower() in STOP:
        return False
    return t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM", "PRON", "X") and t.dep_ != "neg"


def _content_words(text: str | None) -> frozenset:
    if not text:
        return frozenset()
    out = set()
    for w in re.findall(r"[A-Za-z][\w'’-]*", text):
        lw = w.lower()
        if lw in STOP or len(lw) < 3:
            continue
        for suf in ("ing", "s"):
            if lw.endswith(suf) and len(lw) > len(suf) + 3:
                lw = lw[: -len(suf)]
                break
        out.add(lw)
    return frozenset(out)


def _is_clause_head(t, K=None) -> bool:
    K = K or _children
    if t.pos_ == "VERB" and t.dep_ not in ("amod", "compound", "aux", "auxpass"):
        return t.dep_ in CLAUSE_DEPS or t.head.i == t.i
    if t.pos_ == "AUX" and (t.dep_ == "ROOT" or t.dep_ in ("conj", "ccomp", "advcl", "relcl")):
        return any(k.dep_ in ("attr", "acomp", "prep", "nsubj", "expl") for k in K(t))
    return False


NEG_QUANT = frozenset({"nothing", "nobody", "none", "noone", "neither", "nowhere"})
NOT_A_NEGATION = frozenset({"only", "just", "merely", "simply", "until", "till", "least", "even",
                            "necessarily", "always", "exactly", "quite", "entirely", "all"})


def _negated(v, K=None) -> bool:
    """Whether a clause head is negated: "not", "n't", "never", "no longer", a negative
    subject or object ("nothing", "nobody", "no one"); "not only", "not until" are not."""
    K = K or _children
    neg = False
    for k in K(v):
        if k.dep_ == "neg" or k.lower_ in ("not", "n't", "never"):
            nxt = k.doc[k.i + 1] if k.i + 1 < len(k.doc) else None
            if nxt is not None and nxt.lower_ in NOT_A_NEGATION:
                continue
        if k.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and (
                k.lower_ in NEG_QUANT or any(g.dep_ == "det" and g.lower_ == "no" for g in K(k))):
            neg = not neg
            continue
        if k.dep_ == "neg" or k.lower_ in ("not", "n't", "never") and k.dep_ in ("advmod", "neg"):
            neg = not neg
        elif k.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in K(k)):
            neg = not neg
        elif k.dep_ == "advmod" and k.lower_ in ("longer",) and any(g.lower_ == "no" for g in K(k)):
            neg = not neg
        elif k.dep_ in ("aux", "auxpass") and re.search(r"n[´’'`]t$", k.lower_):
            neg = not neg
    return neg


HEDGE_AUX = frozenset({"would", "could", "should", "might", "may", "must", "can", "ca", "'d", "’d"})


def _not_only(v) -> bool:
    for k in v.children:
        if k.dep_ == "neg" or k.lower_ in ("not", "n't"):
            nxt = k.doc[k.i + 1] if k.i + 1 < len(k.doc) else None
            if nxt is not None and nxt.lower_ in NOT_A_NEGATION:
                return True
    return False


def _hypothetical(h, K=None) -> bool:
    """A condition, a question word clause, or a modal: not a statement of fact."""
    K = K or _children
    if any(k.dep_ == "aux" and k.lower_ in HEDGE_AUX for k in K(h)):
        return True
    node = h
    for _ in range(6):
        if any(k.dep_ in ("mark", "advmod") and k.lower_ in ("if", "unless", "whether", "lest") for k in K(node)):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _indefinite_subject(h, K=None) -> bool:
    K = K or _children
    subj = next((k for k in K(h) if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if any(k.dep_ == "appos" and k.pos_ == "PROPN" for k in K(subj)):
        return False
    return any(k.dep_ == "det" and k.lower_ in ("a", "an", "another") for k in K(subj))


def _elliptic_subject(h, K=None) -> bool:
    """The subject is a common noun with nothing saying whose or of what ("The estimated cost
    is ...", "The total was ..."): what it belongs to comes from the paragraph around it."""
    K = K or _children
    subj = next((k for k in K(h) if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN":
        return False
    return not any(k.dep_ in ("poss", "prep", "compound", "appos", "nmod", "relcl", "acl") for k in K(subj))


FORECAST = frozenset({"predict", "forecast", "expect", "project", "anticipate", "hope", "guess", "bet",
                      "speculate", "envision", "foresee", "wish", "want", "propose", "suggest"})


def _forecast(h) -> bool:
    """The content of a prediction or a wish: "X predicts Biden defeats Trump 319 to 219"."""
    node = h
    for _ in range(3):
        if node.dep_ in ("ccomp", "xcomp") and node.head.lemma_.lower() in FORECAST:
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _finite(h, K=None) -> bool:
    K = K or _children
    if h.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    return any(k.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") and k.lower_ != "to" for k in K(h))


def _as_as(toks) -> bool:
    low = [t.lower_ for t in sorted(toks, key=lambda t: t.i)]
    for i, w in enumerate(low):
        if w == "as" and "as" in low[i + 2:i + 5]:
            return True
    return False


def _still(v) -> bool:
    return any(k.dep_ == "advmod" and k.lower_ in ("still", "currently", "now") for k in v.children) or \
        v.lemma_ == "remain"


def _tense(v) -> str | None:
    tags = [v.tag_] + [k.tag_ for k in v.children if k.dep_ in ("aux", "auxpass")]
    lows = [k.lower_ for k in v.children if k.dep_ in ("aux", "auxpass")]
    if any(x in ("will", "'ll", "’ll", "shall") for x in lows):
        return "future"
    if any(x in ("has", "have", "'s", "’s", "'ve") for x in lows) and v.tag_ == "VBN":
        return "present"  # present perfect: true now
    if "VBD" in tags or any(x in ("was", "were", "had", "did") for x in lows):
        return "past"
    if any(t in ("VBZ", "VBP") for t in tags):
        return "present"
    return None


def _subject_key(b: _Builder, h, base: int, K=None) -> str | None:
    K = K or _children
    subj = next((k for k in K(h) if k.dep_ in ("nsubj", "nsubjpass")), None)
    node = h
    hops = 0
    while subj is None and node.dep_ in ("conj", "xcomp", "advcl") and node.head.i != node.i and hops < 4:
        node = node.head
        hops += 1
        subj = next((k for k in K(node) if k.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.lower_ in ("who", "which", "that") and h.dep_ == "relcl":
        subj = h.head
    if subj.pos_ in ("PRON",) and subj.lower_ not in ("he", "she", "they", "him", "her", "them", "i", "we"):
        return None
    s = base + subj.idx
    ent = b.F.entity_of(s, s + len(subj.text))
    if ent is not None:
        return ent.id
    if subj.pos_ == "PRON":
        return None  # an unresolved pronoun: no subject to compare
    if subj.like_num or subj.lower_ in NUM_WORDS:
        return None  # "any one of these", "the six of them": the number is a value
    return subj.lemma_.lower()


def prev_is_det(sdoc, tok) -> bool:
    return tok.i > 0 and sdoc[tok.i - 1].lower_ in ("the", "this", "that", "no", "every", "each", "which")


def next_is_rel(sdoc, tok) -> bool:
    return tok.i + 1 < len(sdoc) and sdoc[tok.i + 1].lower_ in ("that", "who", "which", "whom")


def _numbers(span, base: int, skip: set[int], text: str, stoks=None) -> Iterator[dict]:
    """Numbers in a sentence, with what they count: dicts for :class:`Value`."""
    ents = {}
    if not any(t.like_num or t.lower_ in NUM_WORDS for t in (stoks if stoks is not None else span)):
        return
    for ent in span.ents:
        if ent.label_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
            for t in ent:
                ents[t.i] = ent
    done: set[int] = set()
    sdoc = span.doc
    for t in (stoks if stoks is not None else span):
        if not (t.like_num or t.lower_ in NUM_WORDS):
            continue
        if t.i in done or t.i in skip or not (t.like_num or t.lower_ in NUM_WORDS and t.lower_ not in ("a", "one") and t.pos_ == "NUM"
                                              or t.lower_ == "one" and t.pos_ == "NUM"):
            continue
        if t.ent_type_ in ("TIME", "ORDINAL") or re.fullmatch(r"\d+(st|nd|rd|th)", t.lower_):
            continue
        if t.ent_type_ == "DATE" and not re.match(r"[-‐\s]years?[-‐\s]olds?", text[base + t.idx + len(t.text):base + t.idx + len(t.text) + 12]):
            continue
        ent = ents.get(t.i)
        toks = list(ent) if ent is not None else [t]
        # a multi-word number: "1.7 billion", "two million", "twenty-one"
        j = t.i + 1
        while ent is None and j < len(sdoc) and (sdoc[j].lower_ in SCALE or sdoc[j].like_num and sdoc[j].head.i == t.i):
            toks.append(sdoc[j])
            j += 1
        for x in toks:
            done.add(x.i)
        numtoks = [x for x in toks if x.like_num or x.lower_ in NUM_WORDS or x.lower_ in SCALE
                   or x.text in ("$", "£", "€", "%")]
        if not numtoks:
            continue
        s = base + numtoks[0].idx
        e = base + numtoks[-1].idx + len(numtoks[-1].text)
        if any(x.text in ("$", "£", "€") for x in toks):
            # the currency sign before the number belongs to it
            pass
        ntext = text[s:e]
        if ntext.lower() == "one" and (prev_is_det(sdoc, numtoks[0]) or next_is_rel(sdoc, numtoks[-1])):
            continue  # "the one that revealed": a pronoun, not a count
        val = _num_value(ntext)
        if val is None:
            continue
        last = max(numtoks, key=lambda x: x.i)
        # what it counts: the noun it modifies, else its own head
        head = last.head if last.dep_ in ("nummod", "quantmod", "compound", "npadvmod", "amod") else last
        while head.dep_ in ("nummod", "quantmod") and head.head.i != head.i:
            head = head.head
        if head.pos_ == "PROPN" and not (last.dep_ == "nummod" and head.tag_ == "NNPS" or head.ent_type_ == "NORP") \
                or any(x.pos_ == "PROPN" and x.dep_ in ("compound",) for x in numtoks):
            continue  # "Flight 90", "Windows 11": part of a name; "47 Indonesians" is a count
        prev = sdoc[numtoks[0].i - 1] if numtoks[0].i > 0 else None
        if prev is not None and prev.pos_ == "PROPN" and prev.i not in ents and last.dep_ in ("appos", "nummod", "npadvmod") \
                and last.head.i == prev.i:
            continue
        after = text[e:e + 12].lower()
        unit = ""
        kind = "num"
        if re.match(r"[-‐\s]years?[-‐\s]olds?", after) or head.lemma_.lower() == "year" and head.head.lower_ == "old":
            kind = "age"
        if any(x.text in ("$", "£", "€") for x in toks) or re.match(r"\s*(dollars|pounds|euros)", after):
            unit = "money"
        if "%" in text[s:e + 2] or re.match(r"\s*(per ?cent)", after):
            unit = "percent"
        before = text[max(0, s - 24):s]
        mod = None
        if MORE_RE.search(before) or re.match(r"\s*(or more|plus|\+)", after):
            mod = "MORE"
        elif APPROX_RE.search(before) or re.match(r"\s*or so", after):
            mod = "APPROX"
        elif LESS_RE.search(before):
            mod = "LESS"
        anchor = head.lemma_.lower() if head.i != last.i else "#" + (last.dep_ or "")
        if kind == "age":
            anchor = "age"
        np_words = frozenset()
        if head.i != last.i:
            np_words = frozenset((x.lower_ if x.like_num else x.lemma_.lower()) for x in head.subtree
                                 if x.i not in done and x.i != head.i and (_content(x) or x.like_num)
                                 and x.dep_ not in ("relcl", "acl") and x.head.dep_ not in ("relcl", "acl"))
        person = head
        while person.dep_ in ("npadvmod", "amod", "compound") and person.head.i != person.i and kind == "age":
            person = person.head
        indef = kind == "age" and any(k.dep_ == "det" and k.lower_ in ("a", "an", "another") for k in person.children) and not any(
            k.dep_ == "appos" and k.pos_ == "PROPN" for k in person.children) and not (
            person.dep_ == "appos" and person.head.pos_ == "PROPN")
        yield dict(tok=last, kind=kind, value=val, text=ntext, start=s, end=e, anchor=anchor,
                   mod=mod, unit=unit, np=np_words, indef=indef)


# --------------------------------------------------------------------------- timeline

TIMELINE_PREPS = (None, "in", "on", "at", "during", "around", "circa", "of")


def build_timeline(doc: "Document") -> list[TimelineEvent]:
    """Dated events per main entity (a person, or an organisation, with at least two dated
    facts), in date order, with the conflicts the contradiction rules found marked on both
    sides (``conflicts_with``: the other side's claim ids, or fact ids where no claim)."""
    from .checks.contradictions import conflicts_of

    F = facts_of(doc)
    try:
        conflicts = conflicts_of(doc)
    except Exception:  # noqa: BLE001 - a timeline without marks beats none
        conflicts = []
    def _refs(f: Fact) -> str:
        if f.claim:
            return f.claim
        c = F.claim_at(f.evidence.start)
        return c.id if c is not None else f.id

    against: dict[str, set[str]] = {}
    for cf in conflicts:
        for side, other in ((cf.a, cf.b), (cf.b, cf.a)):
            for f in side:
                against.setdefault(f.id, set()).update(_refs(o) for o in other)
    index = F.index
    label = {e.id: e.label for e in doc.entities}
    items: list[tuple[str, str, int, str, list[str], list[str]]] = []  # entity, date, offset, text, claims, against
    # slot facts: births, deaths, roles and memberships
    for f in F.facts:
        if not f.entity:
            continue
        d, what = _dated(f)
        if d is None:
            continue
        items.append((f.entity, d, f.evidence.start, what, [_refs(f)], sorted(against.get(f.id, ()))))
    # other dated claims, for their subject and for a person they name ("put X on a list in 2007")
    covered = {f.claim for f in F.facts if f.slot not in ("event",) and f.claim}
    for c in doc.claims:
        if c.id in covered or not c.time or c.polarity != "positive" or c.certainty != "asserted":
            continue
        if c.predicate in ("born", "died", "age"):
            continue
        fact = next((f for f in F.facts if f.claim == c.id), None)
        if fact is not None:
            when, prep, fid = fact.time, fact.prep, fact.id
        else:
            when, _, prep = claim_time(F, c)
            fid = ""
        if not when or prep not in TIMELINE_PREPS:
            continue
        who = set()
        if c.subject:
            who.add(c.subject)
        if index is not None:
            try:
                for m, ent in index.mentions_in(c.start, c.end):
                    if label.get(ent.id) == "PERSON":
                        who.add(ent.id)
            except Exception:  # noqa: BLE001
                pass
        text = _clause_text(F.text[c.start:c.end])
        for eid in who:
            items.append((eid, when, c.start, text, [c.id], sorted(against.get(fid, ()))))
    # life events tied to an age ("by the time he was 13, he began working"): dated from the birth
    lives = doc.extras.get("life") or {}
    for eid, life in lives.items():
        b = life.birth
        rng = cal.value_range(b.value) if b is not None and b.value else None
        if rng is None:
            continue
        for ev in life.events:
            if ev.value is None and ev.age is not None:
                items.append((eid, str(rng[0].year + ev.age), ev.offset,
                              f"{_clause_text(ev.evidence.text)} (at {ev.age}, so about {rng[0].year + ev.age})",
                              [], []))
    counts: dict[str, int] = {}
    for eid, d, *_ in items:
        counts[eid] = counts.get(eid, 0) + 1
    main = {e for e, n in counts.items() if label.get(e) in ("PERSON", "ORG") and n >= 2}
    out, seen = [], set()
    for eid, d, off, text, claims, conf in sorted(items, key=lambda t: (t[0], _sort_key(t[1]), t[2])):
        if eid not in main or (eid, d, text) in seen:
            continue
        seen.add((eid, d, text))
        out.append(TimelineEvent(date=d, entity=eid, event=text, claims=claims, conflicts_with=conf))
    # entities in order of first appearance
    order = {e.id: i for i, e in enumerate(doc.entities)}
    out.sort(key=lambda e: (order.get(e.entity, 1 << 30), _sort_key(e.date)))
    return out


def _clause_text(text: str, limit: int = 90) -> str:
    t = " ".join(text.split()).strip(" ,;:–—-")
    return t if len(t) <= limit else t[:limit - 1].rsplit(" ", 1)[0] + "…"


def _sort_key(value: str) -> str:
    rng = cal.value_range(value)
    return rng[0].isoformat() if rng else value


def _dated(f: Fact) -> tuple[str | None, str]:
    if f.slot in ("born", "died") and f.kind == "date":
        return f.value, ("born" if f.slot == "born" else "died") + f" ({_clause_text(f.evidence.text, 60)})"
    if f.slot in ("role", "member_of") and f.time and f.aspect in ("start", "since", "held", "held_by", "end") \
            and f.polarity == "positive" and f.certainty == "asserted":
        org = f.org_text or ""
        post = (f.title if f.slot == "role" else "member") + (f" of {org}" if org else "")
        what = {"start": f"became {post}", "since": f"{post} since then", "held": post,
                "held_by": f"already {post} (began by then)", "end": f"left post as {post}"}[f.aspect]
        if f.slot == "member_of" and f.aspect == "start":
            what = f"joined {org}".strip()
        return f.time, f"{what}: {_clause_text(f.evidence.text, 70)}"
    return None, ""


# --------------------------------------------------------------------------- the stage

def annotate(doc: "Document") -> None:
    """The facts stage (after life): fill doc.extras["facts"] and doc.timeline."""
    facts_of(doc)
    doc.timeline = build_timeline(doc)


def facts_of(doc: "Document") -> Facts:
    """doc.extras["facts"], computed now if the stage has not run."""
    if "facts" not in doc.extras:
        doc.extras["facts"] = _Builder(doc).run()
    return doc.extras["facts"]
