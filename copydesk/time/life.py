"""life stage: ages, births, deaths and dated life events of the people in an article.

This is the one place that computes them; the CD1xx checks (``copydesk.checks.time``) and
the facts layer read what it leaves on the Document:

- ``doc.extras["life"]``: ``{entity id: PersonLife}`` for every PERSON entity the article
  gives an age, a birth, a death or a dated event;
- ``doc.extras["incidents"]``: every *incident* (a death, an arrest, a crash, an explosion,
  a military strike) placed on a day, for the day-conflict check.

How it works. Nothing here parses dates: every date is a value of ``doc.timexes`` (the time
layer's TIMEX3 values, at the granularity written). Each timex is *attached* to the word it
dates by climbing the dependency parse from its root: through a preposition ("in 1998"),
or straight from an adverbial ("killed Friday"), to the first verb, or to an event noun
("Monday's crash", "his death in May"). A date that modifies an ordinary noun ("the 1978
Islamic Revolution", "a 2009 interview") dates that noun, not the clause, and is not used.

The person a verb is about is its subject (for a passive, the grammatical subject: "he was
named commander"; for "kill", the victim), found through relative pronouns ("who was
killed"), shared subjects of coordinated verbs, participial clauses ("Born ..., he worked")
and reduced relatives ("Soleimani, killed in ..."), and resolved to an entity through the
entity index (names, pronouns, nominals such as "the 61-year-old").

Ages come in these forms: "the 61-year-old Soleimani", "a 61-year-old father of five",
"Adeyemi, 44,", "(44)", "aged 70", "she was 70", "is 70 years old", "who was 55 when she
died in May", "by the time he was 13" and "at 13" / "at the age of 13" (both tie the age to
the verb's event), "died at 85", and "in his 60s" (approximate: 60 to 69). A bound ("before
he was 30", "while not yet 30", "under 18") is not an age.

What an age refers to: the date of the event it is tied to ("when she died in May"), else
the date in its own clause ("In 1985 Smith, 44, founded ..."), else, for a dead person
whose death is dated more than two months before publication, the death date, else the
publication date. An age whose time is unknown (a past "she was 70" with no date) keeps
``reference=None`` and is not checked.

Deaths are verbs ("died", "was killed", "was shot dead", "killed X") and nouns ("his
death", "the killing of X", "the late X"). Hedged mentions do not count: negated, modal
("could have been killed"), conditional, inside a rumour, denial, plot, attempt or call
("rumours that he was killed", "calling for his killing").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ..model import Span, Timex
from . import calendar as cal
from ..nlp import tokens_of
from ..vocab import words

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..document import Document

__all__ = ["annotate", "life_of", "incidents_of", "PersonLife", "StatedAge", "LifeDate",
           "LifeEvent", "StatedDuration", "Incident", "age_between", "ages_at", "WORK_LEMMAS",
           "ADULT_LEMMAS", "ROLE_ONLY_LEMMAS", "pronoun_ambiguous",
           "ROLE_START_LEMMAS", "LEAD_VERBS", "LEAD_NOUNS"]


# --------------------------------------------------------------------------- the data

@dataclass
class StatedAge:
    """An age the article states. ``age``..``upto`` is the range it allows (equal, except
    "in his 60s"). ``reference`` is the DATE value (at the granularity known) it holds at,
    ``reference_from`` says where that came from: ``published``, ``event`` (the event the
    age is tied to), ``date`` (a date in its clause) or ``death``; None when unknown."""
    age: int
    evidence: Span
    reference: str | None = None
    reference_from: str | None = None
    reference_evidence: Span | None = None
    upto: int | None = None
    approx: bool = False
    form: str = ""  # year-old | appos | aged | copula | at | decade
    quoted: bool = False

    @property
    def top(self) -> int:
        return self.upto if self.upto is not None else self.age


@dataclass
class LifeDate:
    """A birth or a death: its date value (None when undated), evidence, and what else the
    sentence says (place, cause). ``source`` is who says so when it is attributed ("The
    State Department has said he was born in ..."), else None."""
    value: str | None
    evidence: Span
    date_evidence: Span | None = None
    timex: str | None = None
    place: str | None = None
    cause: str | None = None
    source: str | None = None
    quoted: bool = False
    offset: int = 0  # where the verb or noun is (for ordering)
    by_pronoun: bool = False  # the person is only a pronoun here ("he died")
    place_start: int | None = None  # where the place is written, when not beside the verb


@dataclass
class LifeEvent:
    """A dated or age-tied event in a person's life: ``lemma`` is the activity ("work" for
    "began working"), ``verb`` the verb's own lemma, ``phrase`` a short reading
    ("name commander of the Quds Force"), ``value`` the date value or None, ``age`` the age
    it is tied to or None, ``prep`` how the date attaches ("in", "since", "before", ...,
    None for a bare adverbial), ``words`` the nouns of its object (for matching roles)."""
    lemma: str
    verb: str
    phrase: str
    evidence: Span
    value: str | None = None
    age: int | None = None
    date_evidence: Span | None = None
    timex: str | None = None
    prep: str | None = None
    words: frozenset = frozenset()
    tense: str | None = None
    quoted: bool = False
    offset: int = 0


@dataclass
class StatedDuration:
    """How long the article says the person has held a role or done something: "has led
    the board for 15 years", "As commander of the Quds force for more than two decades".
    ``years`` is the number written (decades and months converted), ``mod`` the TIMEX3
    modifier (MORE_THAN, LESS_THAN, APPROX, ...), ``words`` the nouns of the role, the
    organisation and the verb's object, ``lead`` whether the role is one of leading
    (lead/head/chair/command, leader/chair/commander/...), ``tense`` the governing verb's."""
    value: str
    years: float
    evidence: Span
    verb: str
    words: frozenset = frozenset()
    lead: bool = False
    mod: str | None = None
    tense: str | None = None
    perfect: bool = False
    timex: str | None = None
    clause: Span | None = None
    quoted: bool = False


@dataclass
class PersonLife:
    entity: str
    name: str
    ages: list[StatedAge] = field(default_factory=list)
    births: list[LifeDate] = field(default_factory=list)
    deaths: list[LifeDate] = field(default_factory=list)
    events: list[LifeEvent] = field(default_factory=list)
    durations: list[StatedDuration] = field(default_factory=list)

    @property
    def birth(self) -> LifeDate | None:
        """The birth with the most precise date (the first written, on a tie), else the
        first birth mention."""
        dated = [b for b in self.births if b.value and cal.parse_value(b.value)]
        if dated:
            return min(dated, key=lambda b: (cal.RANK[cal.parse_value(b.value)[0]], b.offset))
        return self.births[0] if self.births else None

    @property
    def death(self) -> LifeDate | None:
        dated = [d for d in self.deaths if d.value and cal.parse_value(d.value)]
        if dated:
            return min(dated, key=lambda d: (cal.RANK[cal.parse_value(d.value)[0]], d.offset))
        return self.deaths[0] if self.deaths else None

    @property
    def dead(self) -> bool:
        return bool(self.deaths)

    def birth_range(self) -> tuple[date, date] | None:
        """First and last day the person can have been born, from the most precise birth."""
        b = self.birth
        return cal.value_range(b.value) if b is not None and b.value else None

    def death_range(self) -> tuple[date, date] | None:
        """First and last day of death over every dated death mention."""
        rngs = [cal.value_range(d.value) for d in self.deaths if d.value]
        rngs = [r for r in rngs if r]
        if not rngs:
            return None
        return min(r[0] for r in rngs), max(r[1] for r in rngs)

    def age_on(self, day: date) -> tuple[int, int] | None:
        """The ages the birth allows on a day (one or two values)."""
        b = self.birth_range()
        if b is None:
            return None
        return ages_at(b, (day, day))


@dataclass
class Incident:
    """An event placed on a day: ``group`` is death | arrest | crash | explosion | strike,
    ``entity`` whom it happened to (for crashes and blasts it may be None: then only a
    definite mention, "the crash", "Monday's crash", identifies it)."""
    group: str
    entity: str | None
    value: str  # YYYY-MM-DD
    evidence: Span
    date_evidence: Span
    timex: str
    word: str  # the trigger's lemma
    definite: bool = True
    quoted: bool = False


# --------------------------------------------------------------------------- arithmetic

def age_between(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def ages_at(born: tuple[date, date], on: tuple[date, date]) -> tuple[int, int]:
    """Youngest and oldest age for a birth between born[0] and born[1] on a day between
    on[0] and on[1]."""
    return age_between(born[1], on[0]), age_between(born[0], on[1])


# --------------------------------------------------------------------------- vocabulary

DEATH_VERBS = {"die", "kill", "assassinate", "murder", "execute", "slay", "behead", "lynch",
               "perish", "drown", "martyr"}
DEATH_MANNER = {"shoot", "stab", "beat", "hack", "stone", "burn", "crush", "starve", "gun",
                "bludgeon", "strangle", "shot"}
DEATH_NOUNS = {"death", "killing", "assassination", "murder", "execution"}
ARREST_VERBS = {"arrest", "detain", "apprehend"}
ARREST_NOUNS = {"arrest", "detention"}
CRASH_VERBS = {"crash", "collide"}
CRASH_NOUNS = {"crash", "collision"}
BLAST_VERBS = {"explode"}
BLAST_NOUNS = {"explosion", "blast", "bombing"}
STRIKE_NOUNS = {"airstrike", "strike"}
# the unions the per-token scan tests, made once rather than for every token
_DEATH_VERBISH = frozenset(DEATH_VERBS | DEATH_MANNER)
_DEATH_NOUNISH = frozenset(DEATH_NOUNS | {"late"})
_INCIDENT_VERBS = frozenset(ARREST_VERBS | CRASH_VERBS | BLAST_VERBS)
_INCIDENT_NOUNS = frozenset(ARREST_NOUNS | CRASH_NOUNS | BLAST_NOUNS | STRIKE_NOUNS)
_DECADE_TOKEN = re.compile(r"\d0s|\d0['’]s")
STRIKE_COMPOUNDS = {"air", "drone", "missile", "rocket", "military", "artillery", "mortar"}
# Where a date or a death is only talked about, not asserted.
HEDGE_LEMMAS = {"rumor", "rumour", "rumoured", "rumored", "speculation", "hoax", "deny", "false",
                "fake", "unconfirmed", "fear", "threaten", "plan", "plot", "attempt", "try",
                "want", "order", "call", "demand", "seek", "fail", "survive", "escape", "avoid",
                "risk", "face", "threat", "wish", "pretend", "fake", "sentence", "penalty",
                "intend", "conspire", "vow", "hope", "allegation", "if"}
MODALS = {"will", "would", "could", "may", "might", "should", "must", "shall", "'ll", "can",
          "wo", "’ll", "'d", "’d"}
# Activities that need an adult (a founder of 9 is a misreading) or at least a child old
# enough to work (a worker of 0 is one).
ADULT_LEMMAS = {"found", "cofound", "co-found", "lead", "command", "marry", "elect", "appoint",
                "promote", "serve", "graduate", "enlist", "head", "chair", "establish",
                "launch", "govern", "direct", "resign", "retire", "divorce", "vote", "publish",
                "invent", "fight", "deploy", "hire", "name", "become", "rule", "preside",
                "teach", "co-write", "cofound"}
# "was named after his grandfather", "became an orphan": these two need a role in the object.
ROLE_ONLY_LEMMAS = {"name", "become"}
WORK_LEMMAS = {"work", "join", "employ", "labor", "labour", "toil", "apprentice"}
# Verbs that start a role or membership ("became chair in 2012").
ROLE_START_LEMMAS = words("roles_en.txt", "life_role_start")
LEAD_VERBS = words("roles_en.txt", "life_lead_verbs")
LEAD_NOUNS = words("roles_en.txt", "life_lead_nouns")
# An age said to hold at the time of the story's event, not now: "then 34", "at the time 34".
_THEN_AGE = re.compile(r"\b(?:then|at the time|aged)\b", re.I)
# How a date may attach for it to be the date of the event itself ("in 1998", "on Monday",
# "late Thursday"), not a bound ("before 1998", "since", "within two years").
DATE_PREPS = {None, "in", "on", "at", "during", "around", "circa", "about", "over"}
EVENT_PREPS = DATE_PREPS | {"from"}
ASPECTUAL = {"begin", "start", "continue", "keep", "stop", "resume", "cease", "go"}
BOUND_MARKS = {"before", "until", "till", "after", "since", "unless", "once", "while"}
AGE_NOUN_STOP = {"son", "daughter", "child", "children", "kid", "grandson", "granddaughter",
                 "brother", "sister", "wife", "husband", "boy", "girl", "baby", "nephew",
                 "niece", "grandchild", "company", "firm", "car", "building", "house", "tree",
                 "tradition", "law", "record", "rivalry", "feud", "war", "conflict", "ban",
                 "dispute", "history", "mystery", "case", "policy", "marriage", "career",
                 "friend", "partner", "mother", "father"}
_NUM_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_DECADE_WORDS = {"teens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
                 "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
_NUM_RE = r"(\d{1,3}|(?:" + "|".join(_TENS) + r")(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|" + \
    "|".join(sorted(_NUM_WORDS, key=len, reverse=True)) + r")"
YEAR_OLD_RE = re.compile(_NUM_RE + r"[-‐\s]years?[-‐\s]olds?\b", re.I)
REPORT_VERBS = {"say", "tell", "report", "state", "claim", "announce", "write", "add", "confirm",
                "allege", "insist", "note", "according", "believe", "think"}
_COMPASS = {"central", "northern", "southern", "eastern", "western", "north", "south", "east", "west"}
PLACE_NOUNS = {"province", "city", "town", "village", "region", "state", "county", "district",
               "country", "capital", "area", "neighbourhood", "neighborhood", "suburb", "island"}


def _word_number(text: str) -> int | None:
    t = text.lower().replace("‐", "-")
    if t.isdigit():
        return int(t)
    if t in _NUM_WORDS:
        return _NUM_WORDS[t]
    parts = re.split(r"[-\s]", t)
    if parts[0] in _TENS:
        n = _TENS[parts[0]]
        if len(parts) == 2:
            if parts[1] not in _NUM_WORDS:
                return None
            n += _NUM_WORDS[parts[1]]
        return n
    return None


def _age_value(tok) -> int | None:
    """A bare number that can be a person's age (1-120), written in figures or words."""
    if tok.like_num or tok.lower_ in _NUM_WORDS or tok.lower_.split("-")[0] in _TENS:
        n = _word_number(tok.text)
        if n is not None and 0 < n <= 120:
            return n
    return None


def _lemma(tok) -> str:
    low = tok.lower_
    if low in ("born",):
        return "bear"
    if low in ("shot",):
        return "shoot"
    return tok.lemma_.lower()


# --------------------------------------------------------------------------- the builder

class _Builder:
    def __init__(self, doc: "Document"):
        self.doc = doc
        self.text = doc.article.text
        self.blocks = doc.article.blocks
        self.index = doc.extras.get("entity_index")
        self.published = doc.article.published
        self.lives: dict[str, PersonLife] = {}
        self.incidents: list[Incident] = []
        spans = doc.quoted_spans()  # for marking facts as quoted
        self.quote_spans = sorted(set(spans))
        self._ent_cache: dict[tuple[int, int], object] = {}
        self.tx_list: list[Timex] = sorted(doc.timexes, key=lambda t: (t.start, t.end))
        self.tx_starts = [t.start for t in self.tx_list]
        self.not_person: set[str] = set()  # entities of another label taken for a person
        self._surname_map: dict | None = None

    # -- helpers ----------------------------------------------------------------------------

    def quoted(self, offset: int) -> bool:
        i = bisect.bisect_right(self.quote_spans, (offset, 10 ** 12)) - 1
        while i >= 0:
            s, e = self.quote_spans[i]
            if s <= offset < e:
                return True
            if e < offset - 5000:
                break
            i -= 1
        return False

    def span(self, start: int, end: int, role: str | None = None) -> Span:
        text = self.text
        while start < end and text[start] in " \t\n,;:":
            start += 1
        while end > start and text[end - 1] in " \t\n,;:":
            end -= 1
        return self.doc.span(start, end, role)

    def timex_in(self, start: int, end: int) -> Timex | None:
        i = bisect.bisect_left(self.tx_starts, start - 200)
        for t in self.tx_list[i:]:
            if t.start >= end:
                break
            if t.end > start:
                return t
        return None

    def entity(self, tok, base: int):
        """The PERSON (or other) entity a subject/object token stands for, or None."""
        if tok is None:
            return None
        if tok.lower_ in ("who", "whom", "that", "which") and tok.head.dep_ in ("relcl", "acl"):
            tok = tok.head.head
        elif tok.lower_ in ("who", "whom", "that") and tok.head.dep_ in ("ccomp", "advcl", "conj"):
            # a parse that hangs the relative clause off the verb: fall back to the noun before
            left = tok.i - 1
            while left >= 0 and tok.doc[left].is_punct:
                left -= 1
            if left < 0:
                return None
            tok = tok.doc[left]
        start, end = tok.idx, tok.idx + len(tok.text)
        if tok.pos_ == "PROPN":
            for c in tok.lefts:
                if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN":
                    start = min(start, c.left_edge.idx if c.left_edge.pos_ == "PROPN" else c.idx)
        elif tok.pos_ in ("NOUN", "ADJ"):
            # a nominal ("the general", "the 61-year-old"), or a name the tagger took for a
            # common noun ("Reyes was born"): the index knows which
            det = next((c for c in tok.lefts if c.dep_ == "det"), None)
            if det is not None and det.lower_ in ("the", "this", "that"):
                start = min(start, det.idx)
            elif tok.pos_ == "ADJ" or not tok.text[:1].isupper():
                # an indefinite description: an appositive name explains it
                for c in tok.children:
                    if c.dep_ == "appos" and c.pos_ == "PROPN":
                        return self.entity(c, base)
                if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
                    return self.entity(tok.head, base)
                return None
        key = (base + start, base + end)
        if tok.pos_ == "PRON" and key not in self._ent_cache:
            ent = None
            if self.index is not None:
                try:
                    ent = self.index.entity_at(*key)
                except Exception:
                    ent = None
            if ent is not None and pronoun_ambiguous(self.doc, key[0], ent.id, tok.lower_):
                ent = None
            self._ent_cache[key] = ent
        if key not in self._ent_cache:
            ent = None
            if self.index is not None:
                try:
                    ent = self.index.entity_at(*key)
                except Exception:  # an index from an unfinished stage must not stop us
                    ent = None
            self._ent_cache[key] = ent
        ent = self._ent_cache[key]
        if ent is None and tok.pos_ in ("NOUN", "ADJ"):
            for c in tok.children:
                if c.dep_ == "appos" and c.pos_ == "PROPN":
                    return self.entity(c, base)
        return ent

    def person(self, tok, base: int):
        ent = self.entity(tok, base)
        return ent if ent is not None and ent.label == "PERSON" else None

    def life_person(self, tok, base: int):
        """The person an age or a birth is about. Being born and having an age say the
        bearer is a person, so beyond a PERSON entity this takes a name the tagger filed
        under another label ("Skandaraj Navaratnam" as an organisation; kept only if the
        article gives it both an age and a birth, see ``run``), and a surname alone that
        the tagger read as something else ("Amman", a city) when one person of the
        article has that surname."""
        ent = self.entity(tok, base)
        if ent is not None and ent.label == "PERSON" or tok is None or tok.pos_ != "PROPN":
            return ent if ent is not None and ent.label == "PERSON" else None
        by_surname = self._surnames().get(tok.text)
        if by_surname is not None and len(by_surname) == 1 and not any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts):
            return by_surname[0]
        if ent is None and by_surname is None:
            # "Quiroga was born ...", after "Marta Quiroga" filed under another label
            others = self._surnames().get(("other", tok.text))
            ent = others[0] if others is not None and len(others) == 1 else None
        if ent is not None and ent.label in ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"):
            self.not_person.add(ent.id)
            return ent
        return None

    def _surnames(self) -> dict:
        if self._surname_map is None:
            m: dict[str, list] = {}
            for e in getattr(self.doc, "entities", None) or ():
                words = e.name.split()
                if len(words) > 1 and all(w[:1].isupper() for w in words):
                    m.setdefault(words[-1] if e.label == "PERSON" else ("other", words[-1]), []).append(e)
            self._surname_map = m
        return self._surname_map

    def life(self, ent) -> PersonLife:
        life = self.lives.get(ent.id)
        if life is None:
            life = self.lives[ent.id] = PersonLife(ent.id, ent.name)
        return life

    # -- annotate ------------------------------------------------------------------------------

    def run(self) -> None:
        for bi, (block, sdoc) in enumerate(zip(self.blocks, self.doc.docs)):
            self.block(bi, block, sdoc)
        for eid in self.not_person:
            life = self.lives.get(eid)
            if life is not None and not (life.ages and life.births):
                del self.lives[eid]  # a place or an organisation after all
        for life in self.lives.values():
            self._fill_references(life)

    def block(self, bi: int, block, sdoc: "Doc") -> None:
        base = block.start
        # attach the block's timexes
        attached: dict[int, list[tuple[Timex, object, str | None]]] = {}
        lo = bisect.bisect_left(self.tx_starts, block.start)
        for t in self.tx_list[lo:]:
            s, e = t.start, t.end
            if s >= block.end:
                break
            if t.type not in ("DATE", "TIME", "DURATION"):
                continue
            span = sdoc.char_span(s - base, e - base, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if t.type == "DURATION":
                self._base = base
                self.duration(t, span)
                continue
            anchor, prep = _attach(span)
            if anchor is not None:
                attached.setdefault(anchor.i, []).append((t, span, prep))
        self._attached = attached
        self._base = base
        self._bkind = block.kind
        for tok in tokens_of(sdoc):
            low = tok.lower_
            lem = _lemma(tok)
            if low == "born" and tok.pos_ in ("VERB", "AUX", "ADJ") and tok.dep_ != "amod":
                self.birth(tok)
            if lem in _DEATH_VERBISH and tok.pos_ == "VERB" and (
                    tok.text[:1].islower() or tok.is_sent_start or block.kind == "headline") or \
                    lem in _DEATH_NOUNISH and tok.pos_ in ("NOUN", "ADJ"):
                self.death(tok)
            if lem in _INCIDENT_VERBS and tok.pos_ == "VERB" or lem in _INCIDENT_NOUNS and tok.pos_ == "NOUN":
                self.incident(tok)
            if tok.pos_ in ("VERB", "AUX") and tok.i in attached and low != "born":
                self.dated_event(tok)
            self.age(tok)

    # -- births ---------------------------------------------------------------------------------

    def birth(self, tok) -> None:
        base = self._base
        if tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "‐"):
            return  # "Iranian-born"
        subj = _subject(tok)
        ent = self.life_person(subj, base)
        if ent is None and subj is None and tok.is_sent_start:
            # "Born on March 11, 1958, in Arcos, Reyes trained ...", parsed with "Born" as
            # the root: the person is the first name or pronoun after a comma
            for t in tok.doc[tok.i + 1: tok.sent.end]:
                if t.i > 0 and tok.doc[t.i - 1].text == "," and t.pos_ in ("PROPN", "PRON"):
                    ent = self.life_person(t, base)
                    if ent is not None:
                        break
        if ent is None or _hedged(tok):
            return
        value, tx = None, None
        for t, span, prep in self._attached.get(tok.i, []):
            if t.type in ("DATE", "TIME") and cal.parse_value(t.value) and prep in DATE_PREPS:
                value, tx = t.value, t
                break
        place, place_tok = self._place_of(tok)
        place_start = base + place_tok[0].idx if place_tok is not None else None
        s = base + tok.idx
        e = s + len(tok.text)
        if tx is not None:
            s, e = min(s, tx.start), max(e, tx.end)
        elif place_tok is not None and place_tok[0].i > tok.i:
            e = max(e, base + place_tok[1].idx + len(place_tok[1].text))
        self.life(ent).births.append(LifeDate(
            value=value, evidence=self.span(s, e, "birth"),
            date_evidence=self.doc.span(tx.start, tx.end, "date") if tx else None,
            timex=tx.id if tx else None, place=place, source=self._source(tok),
            quoted=self.quoted(base + tok.idx), offset=base + tok.idx, place_start=place_start))

    def _place_of(self, tok, named_only: bool = False):
        """Where a birth or a death happened: "in Marrow, a cotton town", "at home in Kilmory",
        or the place a "where" clause hangs on ("Kilmory, the village where he had been
        born"); never a place inside the subject ("the bishop of a diocese in the
        Philippines died ..."). ``named_only``: a town, region or country, not a building
        (a hospital is named many ways). (place text, (first token, last token)), or (None, None)."""
        base = self._base
        inside = {x.i for k in tok.children if k.dep_ in ("nsubj", "nsubjpass") for x in k.subtree}
        kinds = ("GPE", "LOC") if named_only else ("GPE", "LOC", "FAC")
        for c in tok.subtree:
            if c.i in inside:
                continue
            if c.dep_ == "pobj" and c.head.lower_ in ("in", "at", "near") and \
                    (c.ent_type_ in kinds or not named_only and c.lemma_.lower() in PLACE_NOUNS):
                if self.timex_in(base + c.idx, base + c.idx + len(c.text)):
                    continue
                words = []
                for w in c.subtree:
                    if w.i > c.i and (w.dep_ in ("cc", "conj", "relcl", "acl", "advcl") or
                                      w.dep_ == "prep" and w.lower_ != "of" or
                                      self.timex_in(base + w.idx, base + w.idx + len(w.text))):
                        break
                    if w.text == "," and w.i > c.i:
                        nxt = tok.doc[w.i + 1] if w.i + 1 < len(tok.doc) else None
                        # "Cincinnati, Ohio" goes on; "Arcos, Reyes trained" stops
                        if nxt is None or nxt.ent_type_ not in ("GPE", "LOC") and nxt.lower_ not in _COMPASS:
                            break
                    words.append(w)
                while words and words[-1].is_punct:
                    words.pop()
                if words:
                    text = self.text[base + words[0].idx: base + words[-1].idx + len(words[-1].text)].strip(" ,")
                    return text, (words[0], words[-1])
                break
        return self._where_place(tok)

    def _where_place(self, tok):
        """The named place a relative "where" clause is about: "Kilmory, the fishing village
        ... where he had been born" -> Kilmory; "the town where she was born" names none."""
        node = tok
        for _ in range(3):  # "where he had been born", "where she was later buried"
            if any(c.lower_ == "where" and c.dep_ in ("advmod", "mark") for c in node.children):
                break
            if node.dep_ not in ("conj", "xcomp") or node.head is node:
                return None, None
            node = node.head
        else:
            return None, None
        if node.dep_ != "relcl":
            return None, None
        ante = node.head
        cands = []
        for _ in range(3):  # "the village on the coast where ...": up to the named place
            cands += [ante, ante.head if ante.dep_ == "appos" else None,
                      *(c for c in ante.children if c.dep_ == "appos")]
            if ante.dep_ == "pobj" and ante.head.dep_ == "prep" and ante.head.head.pos_ in ("NOUN", "PROPN"):
                ante = ante.head.head
            else:
                break
        for cand in cands:
            if cand is not None and cand.ent_type_ not in ("GPE", "LOC", "FAC") and cand.pos_ == "PROPN":
                ent = self.entity(cand, self._base)  # the entities stage may know it is a place
                if ent is not None and ent.label in ("GPE", "LOC", "FAC"):
                    lo = cand
                    while lo.i > 0 and lo.doc[lo.i - 1].dep_ == "compound" and lo.doc[lo.i - 1].pos_ == "PROPN":
                        lo = lo.doc[lo.i - 1]
                    return self.text[self._base + lo.idx: self._base + cand.idx + len(cand.text)], (lo, cand)
            if cand is not None and cand.ent_type_ in ("GPE", "LOC", "FAC"):
                lo = cand
                while lo.i > 0 and lo.doc[lo.i - 1].ent_iob_ == "I" or (lo.ent_iob_ == "I" and lo.i > 0):
                    lo = lo.doc[lo.i - 1]
                    if lo.ent_iob_ == "B":
                        break
                hi = cand
                while hi.i + 1 < len(hi.doc) and hi.doc[hi.i + 1].ent_iob_ == "I":
                    hi = hi.doc[hi.i + 1]
                return self.text[self._base + lo.idx: self._base + hi.idx + len(hi.text)], (lo, hi)
        return None, None

    def _source(self, tok) -> str | None:
        """Who the sentence attributes the fact to ("The State Department has said ...")."""
        t = tok
        for _ in range(8):
            if t.head is t:
                return None
            if t.dep_ in ("ccomp", "xcomp") and _lemma(t.head) in REPORT_VERBS:
                subj = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.i != tok.i:
                    base = self._base
                    words = list(subj.subtree)
                    return self.text[base + words[0].idx: base + words[-1].idx + len(words[-1].text)]
                return None
            t = t.head
        return None

    # -- deaths ----------------------------------------------------------------------------------

    def death(self, tok) -> None:
        base = self._base
        lem = _lemma(tok)
        patient = None
        if tok.pos_ == "VERB":
            if lem in DEATH_MANNER:
                if not any(c.lower_ == "dead" for c in tok.children) and not any(
                        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
                        for c in tok.children):
                    return
            if lem == "die" or lem == "perish" or lem == "drown" and not _passive(tok):
                patient = _subject(tok)
            elif _passive(tok) or tok.dep_ == "acl":
                patient = _subject(tok)
            else:
                patient = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if patient is None:
                    # headline style "X killed in strike": no object, the subject is the
                    # victim (only in headlines, bullets and captions: in body text "Ebola
                    # killed at least 11,000" is active)
                    if self._bkind != "paragraph" and tok.tag_ in ("VBD", "VBN") and any(
                            c.dep_ in ("prep", "npadvmod", "agent") for c in tok.children):
                        patient = _subject(tok)
        elif lem == "late":
            if tok.dep_ != "amod" or tok.head.pos_ != "PROPN":
                return
            patient = tok.head
        else:
            if tok.dep_ in ("compound", "amod"):
                return  # "death toll", "death threats", "murder charge"
            patient = next((c for c in tok.children if c.dep_ == "poss"), None)
            if patient is None:
                of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                patient = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        ent = self.person(patient, base)
        if ent is None or _hedged(tok):
            return
        if tok.pos_ == "VERB" and _verb_tense(tok) == "future":
            return
        value, tx = None, None
        for t, span, p in self._attached.get(tok.i, []):
            if t.type in ("DATE", "TIME") and cal.parse_value(t.value) and p in DATE_PREPS:
                value, tx = t.value, t
                break
        s, e = self._verb_extent(tok)
        if tx is not None:
            s, e = min(s, tx.start), max(e, tx.end)
        if lem == "late":
            s, e = base + tok.idx, base + tok.head.idx + len(tok.head.text)
        cause = None
        for c in tok.subtree:
            # "died of pneumonia", "died on Thursday of pneumonia" (hung on the date)
            if c.head.i != tok.i and not (c.head.i < len(tok.doc) and self.timex_in(
                    base + c.head.idx, base + c.head.idx + len(c.head.text))):
                continue
            if c.dep_ == "prep" and c.lower_ in (("of", "from") if lem == "die" else ("in", "by")):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC") \
                        and not self.timex_in(base + pobj.idx, base + pobj.idx + len(pobj.text)):
                    words = list(pobj.subtree)
                    cause = self.text[base + words[0].idx: base + words[-1].idx + len(words[-1].text)]
                    break
        quoted = self.quoted(base + tok.idx)
        life = self.life(ent)
        place, ptoks = self._place_of(tok, named_only=True) if tok.pos_ == "VERB" and lem in ("die", "perish") \
            else (None, None)
        life.deaths.append(LifeDate(
            value=value, evidence=self.span(s, e, "death"), place=place,
            date_evidence=self.doc.span(tx.start, tx.end, "date") if tx else None,
            timex=tx.id if tx else None, cause=cause, source=self._source(tok), quoted=quoted,
            offset=base + tok.idx,
            by_pronoun=patient.pos_ == "PRON" and patient.lower_ not in ("who", "whom", "that"),
            place_start=base + ptoks[0].idx if ptoks else None))
        if tx is not None:
            self._incident("death", ent.id, tok, tx, True, quoted)

    def _verb_extent(self, tok) -> tuple[int, int]:
        """Offsets of a verb with its auxiliaries before it ("was killed", "has been killed")."""
        base = self._base
        s = base + tok.idx
        for c in tok.lefts:
            if c.dep_ in ("aux", "auxpass", "neg") and c.i >= tok.i - 3:
                s = min(s, base + c.idx)
        return s, base + tok.idx + len(tok.text)

    # -- incidents (day conflicts) ---------------------------------------------------------------

    def incident(self, tok) -> None:
        lem = _lemma(tok)
        if lem in ARREST_VERBS | ARREST_NOUNS:
            group = "arrest"
        elif lem in CRASH_VERBS | CRASH_NOUNS:
            group = "crash"
        elif lem in BLAST_VERBS | BLAST_NOUNS:
            group = "explosion"
        else:
            group = "strike"
            if lem == "strike" and not any(c.dep_ in ("compound", "amod") and c.lower_ in STRIKE_COMPOUNDS
                                           for c in tok.children):
                return
        tx = None
        for t, span, p in self._attached.get(tok.i, []):
            if t.type in ("DATE", "TIME") and re.match(r"^\d{4}-\d{2}-\d{2}", t.value) and p in DATE_PREPS:
                tx = t
                break
        if tx is None or _hedged(tok):
            return
        if any(c.lower_ in ("again", "another", "second", "new", "other", "previous", "earlier",
                            "latest", "first", "last") for c in tok.children):
            return
        base = self._base
        ent = None
        definite = True
        if tok.pos_ == "VERB":
            if group == "arrest":
                who = _subject(tok) if _passive(tok) or tok.dep_ == "acl" else \
                    next((c for c in tok.children if c.dep_ == "dobj"), None)
                ent = self.entity(who, base)
                if ent is None or ent.label not in ("PERSON",):
                    return
            else:
                ent = self.entity(_subject(tok), base)
                if ent is not None and ent.label not in ("ORG", "PRODUCT", "FAC", "PERSON", "NORP"):
                    ent = None
                if ent is None:
                    subj = _subject(tok)
                    definite = subj is not None and any(
                        c.dep_ == "det" and c.lower_ in ("the",) for c in subj.children)
        else:
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is None:
                of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                owner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if owner is not None and not self.timex_in(base + owner.idx, base + owner.idx + len(owner.text)):
                ent = self.entity(owner, base)
            if group == "arrest" and (ent is None or ent.label != "PERSON"):
                return
            det = next((c for c in tok.children if c.dep_ in ("det", "poss")), None)
            definite = det is not None and (det.dep_ == "poss" or det.lower_ in ("the", "this", "that"))
        self._incident(group, ent.id if ent is not None else None, tok, tx, definite,
                       self.quoted(base + tok.idx))

    def _incident(self, group: str, eid: str | None, tok, tx: Timex, definite: bool, quoted: bool) -> None:
        if not re.match(r"^\d{4}-\d{2}-\d{2}", tx.value):
            return  # only days can conflict by a day
        own = self._verb_extent(tok) if tok.pos_ == "VERB" else \
            (self._base + tok.idx, self._base + tok.idx + len(tok.text))
        s, e = min(own[0], tx.start), max(own[1], tx.end)
        if e - s > 90:  # keep the evidence readable: the trigger and the date apart
            s, e = own
        self.incidents.append(Incident(
            group=group, entity=eid, value=tx.value[:10], evidence=self.span(s, e, "event"),
            date_evidence=self.doc.span(tx.start, tx.end, "date"), timex=tx.id, word=_lemma(tok),
            definite=definite, quoted=quoted))

    # -- dated events ----------------------------------------------------------------------------

    def dated_event(self, tok) -> None:
        base = self._base
        if tok.dep_ in ("aux", "auxpass"):
            return
        subj = _subject(tok)
        ent = self.person(subj, base)
        if ent is None:
            return
        for t, span, prep in self._attached.get(tok.i, []):
            if t.type not in ("DATE", "TIME") or not cal.parse_value(t.value):
                continue
            self._add_event(ent, tok, t, prep, None)
            break

    def _add_event(self, ent, tok, tx: Timex | None, prep: str | None, age: int | None,
                   age_span: tuple[int, int] | None = None) -> LifeEvent | None:
        base = self._base
        lem = _lemma(tok)
        if lem in DEATH_VERBS or lem == "bear":
            return None
        activity = lem
        obj_head = tok
        if lem in ASPECTUAL:
            x = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if x is not None:
                activity = _lemma(x)
                obj_head = x
        if lem == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):
            activity = "take over"
        obj = None
        for c in obj_head.children:
            if c.dep_ in ("dobj", "attr", "oprd", "acomp", "xcomp") or c.dep_ == "prep" and c.lower_ in (
                    "as", "to", "into", "in", "on", "at", "for", "with", "of") and not (
                    tx is not None and any(g.idx + base >= tx.start and g.idx + base < tx.end for g in c.subtree)):
                if c.dep_ == "prep" and age_span is not None and any(
                        age_span[0] <= g.idx + base < age_span[1] for g in c.subtree):
                    continue
                obj = c
                break
        words: set[str] = set()
        phrase = activity
        s = base + tok.idx
        e = base + obj_head.idx + len(obj_head.text)
        if tok.pos_ == "VERB":
            s = min(s, self._verb_extent(tok)[0])
        if obj is not None:
            sub = [g for g in obj.subtree if not g.is_punct or g.i < obj.right_edge.i]
            # cut the object at a comma, a relative clause or a second date
            cut = []
            for g in sub:
                if g.dep_ in ("relcl", "acl", "advcl") or g.text in (",", ";", "(", "–", "—", "-"):
                    break
                if tx is not None and base + g.idx >= tx.start and base + g.idx < tx.end:
                    break
                cut.append(g)
                if len(cut) >= 9:
                    break
            if cut:
                phrase = activity + " " + self.text[base + cut[0].idx: base + cut[-1].idx + len(cut[-1].text)]
                e = max(e, base + cut[-1].idx + len(cut[-1].text))
                words = {g.lemma_.lower() for g in cut if g.pos_ in ("NOUN", "PROPN")} | \
                    {g.lower_ for g in cut if g.lower_ in LEAD_NOUNS}
        date_ev = None
        if tx is not None:
            # the date with its preposition: "in 1957", "late Thursday"
            ts = tx.start
            pre = self.text[max(0, ts - 10):ts]
            m = re.search(r"\b(in|on|at|during|since|from|by|until|before|after)\s+$", pre, re.I)
            if m:
                ts = ts - len(pre) + m.start()
            if abs(ts - s) < 120 and abs(tx.end - e) < 120:
                s, e = min(s, ts), max(e, tx.end)
            date_ev = self.doc.span(tx.start, tx.end, "date")
        if age_span is not None:
            s, e = min(s, age_span[0]), max(e, age_span[1])
        # include the subject when it sits between ("in 1957 he worked")
        subj = _subject(tok)
        if subj is not None and s <= base + subj.idx < e:
            pass
        ev = LifeEvent(lemma=activity, verb=lem, phrase=phrase, evidence=self.span(s, e, "event"),
                       value=tx.value if tx is not None else None, age=age, date_evidence=date_ev,
                       timex=tx.id if tx is not None else None, prep=prep, words=frozenset(words),
                       tense=_verb_tense(tok), quoted=self.quoted(base + tok.idx), offset=base + tok.idx)
        life = self.life(ent)
        for old in life.events:
            if old.offset == ev.offset and old.value == ev.value and old.age == ev.age:
                return old
        life.events.append(ev)
        return ev

    # -- durations ------------------------------------------------------------------------------

    def duration(self, tx: Timex, span) -> None:
        base = self._base
        m = re.match(r"^P(\d+(?:\.\d+)?)(Y|M|DE)$", tx.value)
        if not m:
            return
        n = float(m[1])
        years = n if m[2] == "Y" else n * 10 if m[2] == "DE" else n / 12
        if years < 2:
            return
        root = span.root
        if root.dep_ != "pobj" or root.head.lower_ not in ("for", "over"):
            return
        prep = root.head
        if any(c.lower_ in ("next", "coming", "another", "first", "last") for c in root.children):
            return  # "for the next 15 years", "for the first time in 15 years"
        nouns = []
        tok = prep
        verb = None
        for _ in range(8):
            head = tok.head
            if head is tok:
                break
            if head.pos_ in ("VERB", "AUX"):
                verb = head
                break
            if head.pos_ in ("NOUN", "PROPN"):
                nouns.append(head)
            tok = head
        if verb is None:
            return
        words: set[str] = set()
        skip = set(range(span.start, span.end)) | {prep.i}

        def take(t) -> None:
            inner = {g.i for a in t.subtree if a.i != t.i and a.dep_ in ("relcl", "advcl", "acl")
                     for g in a.subtree}
            for g in t.subtree:
                if g.i in skip or g.i in inner:
                    continue
                if g.pos_ in ("NOUN", "PROPN"):
                    words.add(g.lemma_.lower())
                elif g.lower_ in LEAD_NOUNS:
                    words.add(g.lower_)

        for nn in nouns:
            take(nn)
        vl = _lemma(verb)
        lead = vl in LEAD_VERBS
        if vl in LEAD_VERBS | {"serve", "work", "be", "remain", "stay", "hold", "spend", "sit", "act"}:
            for c in verb.children:
                if c.dep_ in ("dobj", "attr", "oprd") or c.dep_ == "prep" and c.lower_ in ("as", "at", "with", "in", "on", "of") \
                        and c.i not in skip:
                    take(c)
        if not words and not lead:
            return
        lead = lead or bool(words & LEAD_NOUNS)
        subj = _subject(verb)
        ent = self.person(subj, base)
        if ent is None:
            return
        aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
        perfect = any(a in ("has", "have", "'s", "'ve") for a in aux)
        cs, ce = self._verb_extent(verb)
        lo = min([cs, tx.start] + [base + nn.idx for nn in nouns])
        lo = min(lo, base + prep.idx)
        hi = max(ce, tx.end)
        clause = self.span(lo, hi, "duration") if hi - lo < 160 else self.span(base + prep.idx, tx.end, "duration")
        self.life(ent).durations.append(StatedDuration(
            value=tx.value, years=years, evidence=self.doc.span(base + prep.idx, tx.end, "duration"),
            verb=vl, words=frozenset(words), lead=lead, mod=tx.mod, tense=_verb_tense(verb),
            perfect=perfect, timex=tx.id, clause=clause, quoted=self.quoted(tx.start)))

    # -- ages ----------------------------------------------------------------------------------

    def age(self, tok) -> None:
        base = self._base
        self._rough = False
        low = tok.lower_
        if low in ("old", "olds") and tok.i >= 2:
            self._year_old(tok)
        elif low == "aged":
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            n = _age_value(nxt) if nxt is not None else None
            if n is None or nxt.i + 1 < len(tok.doc) and tok.doc[nxt.i + 1].lower_ in ("to", "and", "-", "–", "or", "percent", "%"):
                return
            holder = tok.head
            if holder.pos_ in ("VERB", "AUX"):
                who = _subject(holder)
                verb = holder
            else:
                who = holder
                verb = _clause_verb(holder)
            ent = self.life_person(who, base)
            if ent is not None:
                s, e = self._np_extent(who, base + tok.idx, base + nxt.idx + len(nxt.text))
                self._stated(ent, n, (s, e), "aged", verb)
        elif tok.like_num and tok.dep_ in ("appos", "npadvmod", "amod", "nummod") and tok.i >= 1:
            self._appos_age(tok)
        elif low in ("was", "is", "were", "are", "'s", "be", "turned", "turns", "been") and tok.pos_ in ("AUX", "VERB"):
            self._copula_age(tok)
        elif low == "at" and tok.dep_ == "prep":
            self._at_age(tok)
        elif low in _DECADE_WORDS or _DECADE_TOKEN.fullmatch(tok.text):
            self._decade_age(tok)

    def _stated(self, ent, n: int, ext: tuple[int, int], form: str, verb, *, upto: int | None = None,
                approx: bool = False, ref: Timex | None = None, ref_from: str | None = None,
                ref_ev: Span | None = None) -> None:
        if form in ("year-old", "copula") and getattr(self, "_rough", False):
            self._rough = False
            upto, approx, n = n + 1, True, max(0, n - 1)
        if verb is not None and _lemma(verb) == "bear":
            verb = None  # "The 61-year-old Reyes was born in 1957": the date is the birth's
        if ref is None and verb is not None:
            # a date in its own clause: "In 1985 Smith, 44, founded ..."; but a descriptive age
            # before its clause's date is the person's age now, as news style has it:
            # "Reyes, 34, ... was first elected in 1996" (unless "then 34")
            current = form in ("appos", "year-old") and not _THEN_AGE.search(
                self.doc.text[max(0, ext[0] - 12):ext[1]])
            for t, span, prep in self._attached.get(verb.i, []):
                if current and t.start >= ext[1]:
                    continue
                if t.type in ("DATE", "TIME") and cal.parse_value(t.value) and prep in DATE_PREPS:
                    ref, ref_from = t, "date"
                    ref_ev = self.doc.span(t.start, t.end, "date")
                    break
            if ref is None and ref_from is None:
                tense = _verb_tense(verb)
                if tense == "past" and form in ("copula",):
                    # "she was 70": at a time the sentence does not say; in a bare "He was
                    # 86." about someone the article reports dead, the age at death
                    bare = all(c.dep_ in ("nsubj", "attr", "acomp", "punct", "advmod") and
                               c.lower_ not in ("then", "still", "already", "only", "just")
                               for c in verb.children)
                    ref_from = "death" if bare else None
                else:
                    ref_from = "published"
        elif ref is None and ref_from is None:
            ref_from = "published"
        sa = StatedAge(age=n, evidence=self.span(ext[0], ext[1], "age"),
                       reference=ref.value if ref is not None else None, reference_from=ref_from,
                       reference_evidence=ref_ev, upto=upto, approx=approx, form=form,
                       quoted=self.quoted(ext[0]))
        life = self.life(ent)
        if not any(a.evidence.start == sa.evidence.start and a.age == n for a in life.ages):
            life.ages.append(sa)

    def _np_extent(self, who, s: int, e: int) -> tuple[int, int]:
        """Widen [s, e) to take in the person's mention when it is close ("Adeyemi, 44")."""
        if who is None:
            return s, e
        base = self._base
        ws = base + who.left_edge.idx if who.pos_ != "PRON" else base + who.idx
        if who.pos_ == "PROPN":
            ws = base + min([c.idx for c in who.lefts if c.dep_ in ("compound", "det", "amod", "nummod", "npadvmod")] + [who.idx])
        we = base + who.idx + len(who.text)
        if abs(ws - s) < 60 and abs(e - we) < 60:
            return min(s, ws), max(e, we)
        return s, e

    def _year_old(self, tok) -> None:
        base = self._base
        # the number: "61-year-old" may be tokenised "61", "-", "year", "-", "old"
        left = self.text[max(base, base + tok.idx - 40): base + tok.idx + len(tok.text)]
        m = None
        for m in YEAR_OLD_RE.finditer(left):
            pass
        if m is None or m.end() != len(left):
            return
        n = _word_number(m.group(1))
        if n is None or not 0 < n <= 120:
            return
        start = base + tok.idx + len(tok.text) - (len(left) - m.start())
        # a bound, not an age: "under 18-year-olds", "over-70s"
        pre = self.text[max(0, start - 12):start].lower()
        if re.search(r"\b(?:under|over|than|of|between|from)\s*$", pre) or \
                re.search(r"(?:\d|\b(?:" + "|".join(_NUM_WORDS) + "|" + "|".join(_TENS) + r"))[-\s]*(?:to|and|or|-|–)\s*$", pre):
            return  # "under 18-year-olds", "18 and 25-year-olds"; not "pilot, and 22-year-old Patil"
        if tok.lower_ == "olds":
            return
        rough = re.search(r"\b(?:about|around|nearly|almost|roughly|approximately|some|circa|an estimated)\s*$", pre)
        self._rough = bool(rough)
        if tok.dep_ == "acomp" or tok.dep_ in ("amod", "advmod") and tok.head.pos_ in ("AUX", "VERB"):
            # "she is 70 years old"
            verb = tok.head
            who = _subject(verb)
            ent = self.life_person(who, base)
            if ent is not None:
                s, e = self._np_extent(who, start, base + tok.idx + len(tok.text))
                self._stated(ent, n, (s, e), "copula", verb)
            return
        if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
            noun = tok.head
        elif tok.pos_ in ("NOUN", "ADJ") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "ROOT"):
            noun = tok  # "the 61-year-old said"
        else:
            return
        if noun.lemma_.lower() in AGE_NOUN_STOP and noun.pos_ == "NOUN":
            # "his 5-year-old son", "a 61-year-old father of five" (the father is the person
            # only when a name says so)
            if any(c.dep_ == "poss" for c in noun.children):
                return
        if any(c.dep_ == "poss" for c in noun.children) and noun.pos_ == "NOUN":
            return
        ent = None
        if noun.pos_ == "PROPN":
            ent = self.life_person(noun, base)
        else:
            # a name it describes, in apposition either way or through a copula
            if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
                ent = self.life_person(noun.head, base)
            if ent is None:
                ap = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                if ap is not None:
                    ent = self.life_person(ap, base)
            if ent is None and noun.dep_ == "attr":
                ent = self.life_person(_subject(noun.head), base)
            if ent is None:
                ent = self.life_person(noun, base)
            if ent is None and noun.dep_ in ("nsubj", "nsubjpass") and noun.i > 0:
                # "A father of five, the 61-year-old ..." handled by the index; else nothing
                ent = None
        if ent is None:
            return
        s = start
        det = next((c for c in noun.lefts if c.dep_ == "det"), None)
        if det is not None and det.i < tok.i:
            s = min(s, base + det.idx)
        e = base + noun.idx + len(noun.text) if noun.i >= tok.i else base + tok.idx + len(tok.text)
        if noun.pos_ == "PROPN":
            e = base + noun.idx + len(noun.text)
        self._stated(ent, n, (s, e), "year-old", _clause_verb(noun))

    def _appos_age(self, tok) -> None:
        """'Adeyemi, 44,' and 'Adeyemi (44)'."""
        base = self._base
        sdoc = tok.doc
        n = _age_value(tok)
        if n is None or not tok.text.isdigit():
            return
        prev = sdoc[tok.i - 1]
        nxt = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
        if prev.text == "," and (nxt is None or nxt.text in (",", ".", ";", ")", "—", "–")) or \
                prev.text == "(" and nxt is not None and nxt.text == ")":
            if tok.i < 2:
                return
            name = sdoc[tok.i - 2]
        elif prev.lower_ in ("now", "then", "still") and tok.i >= 3 and sdoc[tok.i - 2].text == "," and \
                (nxt is None or nxt.text in (",", ".", ";", "—", "–")):
            name = sdoc[tok.i - 3]  # "Kildare, now 58, ..."
        elif prev.lower_ in ("now", "today") and nxt is not None and nxt.text == "," and \
                (prev.i == prev.sent.start or sdoc[prev.i - 1].is_punct):
            self._fronted_age(tok, n)  # "Now 71, Lincoln still throws pots"
            return
        else:
            return
        if name.pos_ != "PROPN" or self.timex_in(base + tok.idx, base + tok.idx + len(tok.text)):
            return
        tx_name = self.timex_in(base + name.idx, base + name.idx + len(name.text))
        if tx_name is not None:
            return  # "May 4, 2019"
        if nxt is not None and nxt.text == "," and tok.i + 2 < len(sdoc) and sdoc[tok.i + 2].like_num:
            return  # a list of numbers
        ent = self.life_person(name, base)
        if ent is None:
            return
        s, e = self._np_extent(name, base + tok.idx, base + tok.idx + len(tok.text))
        self._stated(ent, n, (s, e), "appos", _clause_verb(name))

    def _fronted_age(self, tok, n: int) -> None:
        """An age put before its clause: "Now 71, she still ...", "Today 44, Ruiz runs ..."."""
        verb = tok.sent.root
        if verb.pos_ not in ("VERB", "AUX"):
            return
        who = _subject(verb)
        if who is None or who.i < tok.i:
            return
        ent = self.life_person(who, self._base)
        if ent is not None:
            start = self._base + tok.doc[tok.i - 1].idx
            self._stated(ent, n, (start, self._base + who.idx + len(who.text)), "appos", verb)

    def _copula_age(self, tok) -> None:
        """'she was 70', 'who was 55 when she died in May', 'by the time he was 13',
        'turned 40'."""
        base = self._base
        num = next((c for c in tok.children if c.dep_ in ("attr", "acomp", "dobj", "npadvmod")
                    and _age_value(c) is not None), None)
        if num is None:
            return
        n = _age_value(num)
        if any(c.dep_ not in ("punct",) for c in num.children) or num.i + 1 < len(tok.doc) and \
                tok.doc[num.i + 1].pos_ in ("NOUN", "PROPN", "SYM") or \
                num.i + 1 < len(tok.doc) and tok.doc[num.i + 1].lower_ in ("percent", "%", "per", "of", "to", "or", "-", "–"):
            return
        if self.timex_in(base + num.idx, base + num.idx + len(num.text)) is not None and \
                self.timex_in(base + num.idx, base + num.idx + len(num.text)).type != "DATE":
            return
        rough = ("yet", "nearly", "almost", "about", "around", "over", "under")
        if any(c.dep_ == "neg" for c in tok.children) or any(c.lower_ in rough for c in tok.children) or \
                any(c.lower_ in rough for c in num.lefts):
            return
        mark = next((c for c in tok.children if c.dep_ in ("mark", "advmod") and c.lower_ in BOUND_MARKS | {"when", "as"}), None)
        if mark is not None and mark.lower_ in BOUND_MARKS:
            return
        who = _subject(tok)
        ent = self.life_person(who, base)
        if ent is None:
            return
        s, e = self._np_extent(who, base + tok.idx, base + num.idx + len(num.text))
        # "by the time he was 13, he began working": an age-tied event
        if tok.dep_ == "relcl" and tok.head.lower_ == "time" and tok.head.dep_ == "pobj" and \
                tok.head.head.lower_ in ("by", "at", "from"):
            verb = tok.head.head.head
            if verb.pos_ in ("VERB", "AUX"):
                self._add_event(ent, verb, None, None, n, (base + tok.head.head.idx, e))
            return
        if mark is not None and mark.lower_ in ("when", "as") or tok.dep_ == "advcl":
            # "when he was 13, he began working": the main clause's event at that age
            verb = tok.head
            if verb.pos_ in ("VERB", "AUX") and verb.i != tok.i:
                self._add_event(ent, verb, None, None, n, (s, e))
            return
        # "who was 55 when she died in May": the age at the when-clause's event
        when = next((c for c in tok.children if c.dep_ == "advcl" and any(
            g.lower_ == "when" for g in c.children)), None)
        if when is not None:
            for t, span, prep in self._attached.get(when.i, []):
                if t.type in ("DATE", "TIME") and cal.parse_value(t.value):
                    ev_s, ev_e = self._verb_extent(when)
                    ev = self.span(min(ev_s, t.start), max(ev_e, t.end), "event")
                    self._stated(ent, n, (s, e), "copula", tok, ref=t, ref_from="event", ref_ev=ev)
                    return
            if _lemma(when) in DEATH_VERBS:
                self._stated(ent, n, (s, e), "copula", None, ref=None, ref_from="death")
            return
        if tok.lower_ in ("turned", "turns", "turn"):
            self._stated(ent, n, (s, e), "copula", tok)
            return
        self._stated(ent, n, (s, e), "copula", tok)

    def _at_age(self, tok) -> None:
        """'at 13', 'at age 13', 'at the age of 13', 'died at 85'."""
        base = self._base
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return
        num = None
        if _age_value(pobj) is not None and pobj.tag_ == "CD" and not list(pobj.children):
            num = pobj
            nxt = tok.doc[pobj.i + 1] if pobj.i + 1 < len(tok.doc) else None
            if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "SYM", "NUM") or nxt.text in (":", ".") and
                                    nxt.i + 1 < len(tok.doc) and tok.doc[nxt.i + 1].like_num or
                                    nxt.lower_ in ("percent", "%", "am", "pm", "a.m.", "p.m.", "o'clock")):
                return
        elif pobj.lemma_.lower() == "age":
            num = next((c for c in pobj.children if c.dep_ in ("nummod", "appos") and _age_value(c) is not None), None)
            if num is None:
                of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                num = next((g for g in of.children if g.dep_ == "pobj" and _age_value(g) is not None), None) if of is not None else None
        if num is None:
            return
        t = self.timex_in(base + num.idx, base + num.idx + len(num.text))
        if t is not None and t.type in ("TIME",):
            return
        n = _age_value(num)
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            return
        who = _subject(verb)
        ent = self.life_person(who, base)
        if ent is None:
            return
        s, e = base + tok.idx, base + num.idx + len(num.text)
        lem = _lemma(verb)
        if lem in DEATH_VERBS:
            s2, e2 = self._np_extent(who, *self._verb_extent(verb))
            self._stated(ent, n, (min(s, s2), max(e, e2)), "at", None, ref=None, ref_from="death")
            return
        ev = self._add_event(ent, verb, None, None, n, (s, e))
        # a dated event with an age: "joined the army in 1975 at 18"
        for t, span, prep in self._attached.get(verb.i, []):
            if t.type in ("DATE", "TIME") and cal.parse_value(t.value) and prep in DATE_PREPS:
                if ev is not None:
                    ev.value, ev.timex = t.value, t.id
                    ev.date_evidence = self.doc.span(t.start, t.end, "date")
                ss, ee = min(s, ev.evidence.start) if ev else s, max(e, ev.evidence.end) if ev else e
                self._stated(ent, n, (ss, ee), "at", None, ref=t, ref_from="event",
                             ref_ev=self.doc.span(t.start, t.end, "date"))
                break

    def _decade_age(self, tok) -> None:
        """'in his 60s', 'in her sixties' (approximate)."""
        base = self._base
        if tok.dep_ != "pobj" or tok.head.lower_ != "in":
            return
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if poss is None:
            return
        low = tok.lower_
        if low in _DECADE_WORDS:
            n = _DECADE_WORDS[low]
        else:
            n = int(tok.text[0]) * 10
        if n < 10:
            return
        early = next((c for c in tok.children if c.dep_ == "amod" and c.lower_ in ("early", "mid", "late")), None)
        lo, hi = n, n + 9
        if n == 10:
            lo, hi = 13, 19
        elif early is not None:
            lo, hi = {"early": (n, n + 3), "mid": (n + 3, n + 6), "late": (n + 6, n + 9)}[early.lower_]
        ent = self.life_person(poss, base)
        if ent is None:
            return
        verb = tok.head.head
        s = base + tok.head.idx
        e = base + tok.idx + len(tok.text)
        if verb.pos_ in ("VERB", "AUX") and _lemma(verb) in DEATH_VERBS:
            self._stated(ent, lo, (s, e), "decade", None, upto=hi, approx=True, ref=None, ref_from="death")
            return
        self._stated(ent, lo, (s, e), "decade", verb if verb.pos_ in ("VERB", "AUX") else None,
                     upto=hi, approx=True)

    # -- references --------------------------------------------------------------------------------

    def _fill_references(self, life: PersonLife) -> None:
        pub = self.published
        dr = life.death_range()
        death = life.death
        for a in life.ages:
            if a.reference_from == "death":
                if death is not None and death.value:
                    a.reference = death.value
                    a.reference_evidence = death.evidence
                else:
                    a.reference_from = None
            elif a.reference_from == "published":
                if dr is not None and pub is not None and (pub - dr[1]).days > 60 and death is not None:
                    a.reference, a.reference_from = death.value, "death"
                    a.reference_evidence = death.evidence
                elif pub is not None:
                    a.reference = pub.isoformat()
                else:
                    a.reference = None


# --------------------------------------------------------------------------- parse helpers

_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}


def pronoun_ambiguous(doc: "Document", offset: int, eid: str, word: str) -> bool:
    """True when another person of the pronoun's gender is named between the start of the
    previous sentence and the pronoun: "His son John is a doctor. He lives in Ohio" may be
    about the son, so no fact about the father is read from it (the entity stage's choice
    may be right, but a wrong one would turn into a confident finding)."""
    index = doc.extras.get("entity_index")
    if index is None:
        return False
    sents = doc.sentences
    starts = [s.start for s in sents]
    i = bisect.bisect_right(starts, offset) - 1
    if i < 0:
        return False
    lo = sents[max(0, i - 1)].start
    want = "m" if word in _MALE else "f" if word in _FEMALE else None
    try:
        mentions = index.mentions_in(lo, offset)
    except Exception:
        return False
    for m, ent in mentions:
        if ent.id == eid or ent.label != "PERSON" or m.kind == "pronoun":
            continue
        g = None
        try:
            g = index.gender(ent.id)
        except Exception:
            g = None
        if want is None or g is None or g == want:
            return True
    return False


def _passive(tok) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or \
        tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl") and not any(c.dep_ == "nsubj" for c in tok.children)


def _subject(tok):
    """The subject of a verb, through coordination, participial clauses and reduced
    relatives; for an adjective or noun, the verb it depends on."""
    seen = 0
    t = tok
    while t is not None and seen < 6:
        seen += 1
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.lower_ in ("who", "that", "which") and t.dep_ == "relcl":
                return t.head
            return subj
        if t.dep_ in ("conj", "xcomp", "advcl", "ccomp") and t.head is not t and t.head.pos_ in ("VERB", "AUX"):
            if t.dep_ == "ccomp":
                return None
            t = t.head
            continue
        if t.dep_ in ("acl", "relcl") and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return t.head
        if t.dep_ == "ROOT" and t.tag_ == "VBN":
            # headline "X killed in ..." parsed with the name elsewhere
            return None
        return None
    return None


def _clause_verb(tok):
    """The verb whose clause a noun is in."""
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and t is not tok:
            return t
        if t.head is t:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
    return None


def _verb_tense(tok) -> str | None:
    from .tense import verb_tense

    try:
        return verb_tense(tok)
    except Exception:
        return None


def _hedged(tok) -> bool:
    """Negated, modal, conditional, or under a rumour, denial, plot or attempt."""
    t = tok
    for step in range(10):
        for c in t.children:
            if c.dep_ == "neg" and (step == 0 or t.pos_ in ("VERB", "AUX")):
                return True
            if c.dep_ == "aux" and c.lower_ in MODALS:
                return True
            if c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless"):
                return True
            if c.dep_ == "advmod" and c.lower_ in ("nearly", "almost", "allegedly", "reportedly", "falsely", "wrongly"):
                return True
            if step > 0 and c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in HEDGE_LEMMAS:
                return True
        if step > 0 and t.lemma_.lower() in HEDGE_LEMMAS:
            return True
        if t.head is t or t.dep_ == "relcl":
            # a relative clause carries its own modality: "X, who died on 7 March, will be
            # buried ..." is a death, whatever the main clause's "will"
            return False
        t = t.head
    return False


def _attach(span):
    """The word a timex dates and the preposition it comes with: (token, prep) or (None, None).

    Climbs from the timex's root: through prepositions; into an event noun ("Monday's crash",
    "his death in May"); a date that modifies any other noun ("the 1978 revolution") dates
    that noun and is not attached."""
    tok = span.root
    prep = None
    for _ in range(8):
        head = tok.head
        if head is tok:
            return (tok, prep) if tok.pos_ in ("VERB", "AUX") and not (span.start <= tok.i < span.end) else (None, None)
        inside = span.start <= head.i < span.end
        if inside:
            tok = head
            continue
        if tok.dep_ == "pobj" and head.pos_ == "ADP":
            prep = head.lower_ if prep is None else prep
            tok = head
            continue
        if head.pos_ in ("VERB", "AUX"):
            return head, prep
        if head.pos_ in ("NOUN", "PROPN"):
            lem = head.lemma_.lower()
            if lem in DEATH_NOUNS | ARREST_NOUNS | CRASH_NOUNS | BLAST_NOUNS | STRIKE_NOUNS:
                return head, prep
            if tok.dep_ != "prep":
                return None, None  # "the 1978 revolution", "Monday's meeting"
            # "named commander of the Quds Force in 1998" hung on the noun by the parser:
            # climb on to the verb through an object or a prepositional phrase only
            if head.dep_ in ("dobj", "pobj", "attr", "oprd", "nsubjpass", "appos", "conj"):
                tok = head
                continue
            return None, None
        if head.pos_ == "ADP":
            tok = head
            continue
        if head.pos_ in ("ADJ", "ADV"):
            tok = head
            continue
        return None, None
    return None, None


# --------------------------------------------------------------------------- the stage

def annotate(doc: "Document") -> None:
    """Fill doc.extras["life"] (entity id -> PersonLife) and doc.extras["incidents"]."""
    b = _Builder(doc)
    b.run()
    doc.extras["life"] = b.lives
    doc.extras["incidents"] = b.incidents


def life_of(doc: "Document") -> dict[str, PersonLife]:
    """doc.extras["life"], computed now if the stage has not run."""
    if "life" not in doc.extras:
        annotate(doc)
    return doc.extras["life"]


def incidents_of(doc: "Document") -> list[Incident]:
    if "incidents" not in doc.extras:
        annotate(doc)
    return doc.extras["incidents"]
