"""entities stage: who and what the article is about, with every mention of each.

``annotate(doc)`` fills ``doc.entities`` (ids "E1", "E2"... in order of first mention) and
leaves an :class:`EntityIndex` in ``doc.extras["entity_index"]`` for the later stages.

No coreference package works offline with spaCy's small model, so this is our own
resolver, built from cheap, explainable sieves:

1. **Name mentions** come from spaCy's entities (and capitalised PROPN runs that a title
   or honorific marks as a person), cleaned: a leading "the", bullets, possessive 's,
   titles and honorifics ("Gen", "Ms", "Prime Minister", "former") are cut off, and junk
   (lower case, numbers, single letters, a lone title) is dropped. What was cut off is
   kept as evidence: a title gives a *role* ("general") and sometimes a gender (Mr/Ms).
2. **Clustering** by name form, across spaCy's labels (it calls one man PERSON, GPE and
   ORG in one story): full names join when their surnames match and their given names
   agree (``copydesk.names`` decides when two spellings are one name: Qassem/Qasem,
   Petraeus/Petreaus, Soleimani/Solemani); a bare surname joins its full name, and when
   two people share it ("Maria Lopez", "Ana Lopez") each bare "Lopez" goes to the one
   mentioned last; acronyms join their expansion (NTSB, "... Corps (IRGC)"); an
   organisation's short form joins its long one ("Quds" / "Quds Force"; "Revolutionary
   Guard" / "Iranian Revolutionary Guards Corps").
3. **Nominals**: appositions and pre-name titles give an entity role words ("Qassem
   Soleimani, the Quds commander", "former CIA analyst Kenneth Pollack", "the
   61-year-old Soleimani"); a later definite "the commander" / "the 61-year-old" links to
   the most salient entity carrying that role. Generic "the company" / "the group" link
   to a recent organisation, "the country" to a recent country.
4. **Pronouns** (he/him/his/himself, she/her/hers/herself, they/them/their/themselves)
   are resolved by salience in the style of Lappin & Leass: each earlier mention adds a
   weight for recency (halved per sentence), subjecthood and objecthood, plus a topic
   bonus (the article's main subject so far), much larger for a paragraph that opens
   with the pronoun. Candidates must agree in number and gender (honorifics, gendered
   role nouns, a given-name list derived from US SSA baby-name counts, and pronouns
   already linked); an object pronoun cannot be its own clause's subject; a pronoun
   inside a direct quote cannot be the quote's speaker; unnamed people ("a senior
   official") and plural common nouns ("US officials") compete too, so that "they" or
   "he" that most likely means one of them stays unresolved rather than wrong. First
   person pronouns are left to the quotes stage (``add_mention``).

Everything is linear in tokens except the name clustering, which compares distinct name
forms (not mentions), pre-filtered by edit distance.

The index (``doc.extras["entity_index"]``, an :class:`EntityIndex`):

- ``entity_at(start, end)``: the entity with a mention overlapping the span (largest
  overlap, then tightest mention); a pronoun span is resolved on demand, and a span that
  overlaps no mention is looked up as a written name ("Gen Petraeus's");
- ``resolve_pronoun(start, end)``, ``add_mention(entity_id, mention)``, ``by_id(eid)``;
- ``lookup(text, at=None)``, ``gender(eid)``, ``roles(eid)``, ``mentions_in(start, end)``.

Set ``COPYDESK_DEBUG_ENTITIES=1`` (or ``2``) to print each pronoun's candidate scores.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from rapidfuzz.distance import Levenshtein
from spacy.strings import get_string_id

from . import names as nm
from .document import Document
from .model import Entity, Mention
from .nlp import ents_of, tokens_of

DATA = Path(__file__).resolve().parent / "data"
GIVEN_NAMES_FILE = DATA / "given_names_gender.txt"

NAME_LABELS = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART",
               "LAW", "LANGUAGE"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
GROUP_LABELS = {"ORG", "NORP"}  # what "they" may stand for

M, F = 1, -1

# Titles and honorifics (lower case, without the dot) -> (role word, gender, marks a person).
_T = {
    "mr": (None, M), "mrs": (None, F), "ms": (None, F), "miss": (None, F), "mx": (None, 0),
    "sir": (None, M), "dame": (None, F), "lady": (None, F), "lord": (None, M),
    "king": ("king", M), "queen": ("queen", F), "prince": ("prince", M),
    "princess": ("princess", F), "duke": ("duke", M), "duchess": ("duchess", F),
    "sheikh": ("sheikh", M), "ayatollah": ("ayatollah", M), "shah": ("shah", M),
    "pope": ("pope", M), "imam": ("imam", M), "rabbi": ("rabbi", 0),
    "dr": ("doctor", 0), "doctor": ("doctor", 0), "prof": ("professor", 0),
    "professor": ("professor", 0), "president": ("president", 0), "gen": ("general", 0),
    "general": ("general", 0), "col": ("colonel", 0), "colonel": ("colonel", 0),
    "capt": ("captain", 0), "captain": ("captain", 0), "cmdr": ("commander", 0),
    "commander": ("commander", 0), "adm": ("admiral", 0), "admiral": ("admiral", 0),
    "sgt": ("sergeant", 0), "sergeant": ("sergeant", 0), "cpl": ("corporal", 0),
    "corporal": ("corporal", 0), "pte": ("private", 0), "pvt": ("private", 0),
    "brig": ("brigadier", 0), "brigadier": ("brigadier", 0), "marshal": ("marshal", 0),
    "senator": ("senator", 0), "sen": ("senator", 0), "rep": ("representative", 0),
    "representative": ("representative", 0), "congressman": ("congressman", M),
    "congresswoman": ("congresswoman", F), "gov": ("governor", 0), "governor": ("governor", 0),
    "mayor": ("mayor", 0), "judge": ("judge", 0), "justice": ("justice", 0),
    "chancellor": ("chancellor", 0), "minister": ("minister", 0), "secretary": ("secretary", 0),
    "ambassador": ("ambassador", 0), "premier": ("premier", 0), "chairman": ("chairman", M),
    "chairwoman": ("chairwoman", F), "rev": ("reverend", 0), "reverend": ("reverend", 0),
    "bishop": ("bishop", 0), "archbishop": ("archbishop", 0), "cardinal": ("cardinal", M),
    "pastor": ("pastor", 0), "det": ("detective", 0), "detective": ("detective", 0),
    "inspector": ("inspector", 0), "sheriff": ("sheriff", 0), "coach": ("coach", 0),
    "speaker": ("speaker", 0), "commissioner": ("commissioner", 0), "lt": ("lieutenant", 0),
    "lieutenant": ("lieutenant", 0), "maj": ("major", 0), "emir": ("emir", M),
    "sultan": ("sultan", M), "empress": ("empress", F), "emperor": ("emperor", M),
    "councillor": ("councillor", 0), "councilman": ("councilman", M),
    "councilwoman": ("councilwoman", F), "superintendent": ("superintendent", 0),
    "chief": ("chief", 0), "director": ("director", 0), "officer": ("officer", 0),
}
TITLES = _T
# Words that go with a title without being one ("former Prime Minister", "Lt Gen").
TITLE_MODS = {"former", "late", "then", "acting", "deputy", "vice", "prime", "foreign", "defence",
              "defense", "interior", "finance", "home", "supreme", "attorney", "field", "major",
              "lieutenant", "lt", "rear", "state", "first", "grand", "crown", "ex", "assistant",
              "executive", "chief", "senior", "junior", "presidential", "retired", "retd", "us", "u.s",
              "uk", "brigadier", "staff", "lance", "master", "wing", "air", "vice-president",
              "de", "facto", "new", "incoming", "outgoing", "interim", "fellow"}
_TITLE_WORDS = set(TITLES) | TITLE_MODS
_GENDERED_NOUNS = {
    "mother": F, "daughter": F, "wife": F, "sister": F, "woman": F, "girl": F, "actress": F,
    "grandmother": F, "aunt": F, "niece": F, "widow": F, "girlfriend": F, "bride": F,
    "businesswoman": F, "spokeswoman": F, "chairwoman": F, "congresswoman": F, "queen": F,
    "princess": F, "duchess": F, "lady": F, "mum": F, "mom": F, "granddaughter": F,
    "stepmother": F, "fiancee": F, "heiress": F, "waitress": F, "policewoman": F, "nun": F,
    "father": M, "son": M, "husband": M, "brother": M, "man": M, "boy": M, "actor": M,
    "grandfather": M, "uncle": M, "nephew": M, "widower": M, "boyfriend": M, "groom": M,
    "businessman": M, "spokesman": M, "chairman": M, "congressman": M, "king": M, "prince": M,
    "duke": M, "lord": M, "dad": M, "grandson": M, "stepfather": M, "fiance": M, "heir": M,
    "policeman": M, "monk": M, "priest": M, "sheikh": M, "ayatollah": M,
}
# Nouns that name a person: an unnamed "a senior official" competes for "he"/"she".
PERSON_NOUNS = set(_GENDERED_NOUNS) | {
    "official", "spokesperson", "resident", "witness", "source", "commander", "officer", "soldier",
    "leader", "president", "minister", "diplomat", "analyst", "expert", "lawyer", "attorney",
    "judge", "doctor", "nurse", "teacher", "student", "victim", "suspect", "driver", "passenger",
    "pilot", "owner", "chief", "executive", "director", "manager", "worker", "employee", "member",
    "activist", "protester", "candidate", "senator", "governor", "mayor", "aide", "adviser",
    "advisor", "assassin", "agent", "journalist", "reporter", "correspondent", "author", "writer",
    "singer", "player", "coach", "general", "colonel", "captain", "friend", "neighbour",
    "neighbor", "colleague", "dictator", "ruler", "prosecutor", "defendant", "person", "child",
    "teenager", "patient", "farmer", "officer", "militant", "fighter", "gunman", "attacker",
    "politician", "lawmaker", "legislator", "economist", "scientist", "researcher", "professor",
    "ambassador", "envoy", "negotiator", "chairman", "founder", "partner", "relative",
    "investigator", "detective", "inspector", "sheriff", "spy", "veteran", "survivor", "cleric",
    "preacher", "bishop", "priest", "artist", "musician", "star", "boss", "ceo", "premier",
    "chancellor", "secretary", "representative", "congressman", "councillor", "guard",
    # occupations a profile names its subject by ("the painter", "the chef")
    "painter", "sculptor", "potter", "chef", "cook", "baker", "poet", "novelist", "actor", "actress",
    "dancer", "composer", "architect", "designer", "photographer", "footballer", "cricketer",
    "athlete", "runner", "cyclist", "boxer", "golfer", "swimmer", "climber", "engineer", "surgeon",
    "midwife", "pharmacist", "vet", "carpenter", "builder", "fisherman", "shopkeeper", "publican",
    "landlord", "landlady", "brewer", "winemaker", "gardener", "campaigner", "entrepreneur",
    "businessman", "businesswoman", "banker", "broadcaster", "presenter", "comedian", "filmmaker",
    "director", "producer", "playwright", "historian", "philanthropist", "volunteer",
}
# Generic heads that a definite nominal may use for an organisation or a place.
ORG_NOUNS = {"company", "firm", "group", "organisation", "organization", "agency", "party",
             "bank", "airline", "carrier", "retailer", "network", "newspaper", "union", "charity",
             "club", "team", "university", "department", "ministry", "force", "militia",
             "corporation", "startup", "insurer", "broadcaster", "manufacturer", "maker",
             "council", "committee", "campaign", "movement", "institute", "body", "regulator",
             "court", "board", "commission", "authority", "league", "publisher", "studio"}
GENERIC_ORG_NOUNS = {"company", "firm", "group", "organisation", "organization", "corporation",
                     "startup", "airline", "carrier", "retailer", "insurer", "broadcaster",
                     "manufacturer", "publisher", "bank"}
PLACE_NOUNS = {"country": ("country",), "nation": ("country",),
               "city": ("city", "city1m"), "capital": ("city", "city1m")}
# Heads that make a capitalised run an organisation, not a title + surname ("General Motors").
ORG_HEADS = {"motors", "electric", "dynamics", "assembly", "hospital", "council", "company",
             "corporation", "corp", "inc", "ltd", "plc", "group", "department", "ministry", "office",
             "court", "committee", "party", "force", "forces", "army", "navy", "guard", "guards",
             "corps", "agency", "bank", "university", "college", "school", "church", "mills",
             "foods", "airlines", "airways", "services", "staff", "command", "accounting"}
# Last words that make a name a company or an organisation, whatever spaCy's label.
ORG_SUFFIXES = {"inc", "ltd", "llc", "plc", "corp", "corporation", "co", "company", "group", "holdings",
                "robotics", "technologies", "technology", "systems", "airlines", "airways", "motors",
                "bank", "partners", "capital", "media", "energy", "pharmaceuticals", "pharma", "foods",
                "industries", "logistics", "labs", "laboratories", "solutions", "insurance", "entertainment",
                "studios", "publishing", "network", "networks", "communications",
                "telecom", "software", "ventures", "associates", "union", "university", "institute",
                "foundation", "association", "council", "committee", "agency", "department", "ministry",
                "party", "campaign", "commission", "authority", "board", "police", "army", "navy",
                "force", "corps", "guard", "brigade", "hospital", "school", "college"}
SPEECH_VERBS = {"say", "tell", "add", "write", "recount", "explain", "note", "insist", "claim",
                "ask", "state", "argue", "warn", "recall", "continue", "conclude", "reply",
                "respond", "quip", "tweet", "announce", "declare", "admit", "acknowledge",
                "comment", "remark", "observe", "suggest", "contend", "maintain", "assert",
                "joke", "shout", "cry", "whisper", "post", "testify", "confirm", "deny", "allege"}
PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "de", "del", "della", "der", "van", "von", "da",
             "di", "du", "la", "le", "dos", "das", "ben", "mc", "st"}
FUNCTION_WORDS = {"of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "on", "in", "to"}
JUNK_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "he", "she", "they", "it", "his",
              "her", "their", "we", "i", "you", "mr", "mrs", "ms", "the", "a", "an", "this", "that"}

PRONOUNS = {
    "he": (M, "subj"), "him": (M, "obj"), "his": (M, "poss"), "himself": (M, "refl"),
    "she": (F, "subj"), "her": (F, "obj"), "hers": (F, "poss"), "herself": (F, "refl"),
    "they": (0, "subj"), "them": (0, "obj"), "their": (0, "poss"), "theirs": (0, "poss"),
    "themselves": (0, "refl"),
}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
APOSTROPHES = "'\u2019"
HYPHENS = {"-", "\u2010", "\u2011"}
DASH_TOKENS = {"-", "\u2010", "\u2011", "\u2013", "\u2014", "(", ")", ",", ":", ";", "/", "|", "\u2022"}
_AGE_BEFORE = re.compile(r"(\d{1,3})[-\u2010\u2011 ]years?[-\u2010\u2011 ]old\s+$")
_AGE_AFTER = re.compile(r"^,\s*(\d{1,3}),")
_LEAD_JUNK = re.compile(r"^[\s\u2022\u00b7\-\u2013\u2014*\"'\u2018\u2019\u201c\u201d(\[]+")
_TRAIL_JUNK = re.compile(r"[\s,.;:!?\"'\u2018\u2019\u201c\u201d)\]\u2013\u2014-]+$")
_ALNUM = re.compile(r"\w")
_DIGIT = re.compile(r"\d")
_QUOTE_CHARS = re.compile("[\"'\u2018\u2019\u201c\u201d]")
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")

# Salience weights (Lappin & Leass style).
W_BASE = 100.0
W_ROLE = {"subj": 80.0, "obj": 50.0, "poss": 20.0, "other": 0.0, "embedded": -50.0}
DECAY = 0.5
WINDOW = 4  # sentences looked back for pronoun antecedents
TOPIC_W = 40.0
TOPIC_W_PARA = 160.0
QUOTE_DAMP = 0.3  # a mention inside a quote counts this much for a pronoun outside it
CAPTION_DAMP = 0.5
UNKNOWN_GENDER = 0.85
MAX_TITLE_LOOKBACK = 6
_DEBUG = __import__('os').environ.get('COPYDESK_DEBUG_ENTITIES')
MIN_SCORE = 30.0  # weaker than a mention two sentences back: leave unresolved
SPEAKER_DECAY = 0.6  # a quote's speaker: sentences inside the quote push the name back
SPEAKER_MIN = 15.0


# --------------------------------------------------------------------------- data

@lru_cache(maxsize=1)
def given_names() -> dict[str, int]:
    """Given name (lower case) -> M or F, for names borne at 95 % or more by one sex."""
    out: dict[str, int] = {}
    try:
        with open(GIVEN_NAMES_FILE, encoding="utf-8") as fh:
            for line in fh:
                sex, words = line.rstrip("\n").split("\t", 1)
                out.update(dict.fromkeys(words.split(" "), M if sex == "M" else F))
    except OSError:  # pragma: no cover - data file missing: no given-name evidence
        pass
    return out


@lru_cache(maxsize=8192)
def _fold_key(surface: str) -> tuple[str, ...]:
    return tuple(nm.fold_words(surface))


def _sym(name: str) -> int:
    import spacy.symbols

    return getattr(spacy.symbols, name)


@lru_cache(maxsize=4096)
def _same_word(a: str, b: str) -> bool:
    """Two folded name words are one name: equal, transliterations or a slip apart."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 2:
        return False
    if a[0] != b[0] and not (a[0] in "qkgc" and b[0] in "qkgc"):  # but Qaddafi / Gaddafi
        return False
    if Levenshtein.distance(nm.translit_key(a), nm.translit_key(b), score_cutoff=3) > 3:
        return False
    return nm.variant_kind(a, b) is not None


def _is_place_word(word: str) -> bool:
    p = nm.proper_nouns().get(word)
    return p is not None and p.is_place


# --------------------------------------------------------------------------- records

@dataclass
class _Cand:
    """One name mention before clustering."""

    start: int
    end: int
    text: str  # article.text[start:end], possessive and title cut off
    label: str | None
    key: tuple[str, ...]  # folded words, particles kept
    block: int
    sent: int
    role: str  # subj | obj | poss | other
    quote: int | None
    roots: tuple[int, int]  # (block, token index of the span's root)
    tokens: tuple[int, int, int]  # (block, first token, end token)
    roles: set[str] = field(default_factory=set)
    gender: int = 0
    person: int = 0  # evidence that this names a person
    acronym_of: tuple[int, int] | None = None  # (start, end) of an expansion before "(ABC)"
    propn: frozenset = frozenset()  # the words of the name that spaCy tags PROPN here
    after_cap: bool = False  # right after a capitalised word: "Amelize Joseph" with "Joseph" alone tagged
    form: int = -1
    eid: str | None = None
    definite: bool = False  # "the" just before the name: "The Gannet", a place or a work, not a person
    placed: bool = False  # the object of "in": "grew up in Derry"


@dataclass
class _Form:
    key: tuple[str, ...]
    cands: list[_Cand] = field(default_factory=list)
    labels: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        words = tuple(w for w in self.key if w not in PARTICLES)
        self.core: tuple[str, ...] = words or self.key

    @property
    def surname(self) -> str:
        return self.core[-1]

    @property
    def given(self) -> tuple[str, ...]:
        return self.core[:-1]

    @property
    def person(self) -> int:
        return sum(c.person for c in self.cands)

    @property
    def top_label(self) -> str | None:
        return max(self.labels, key=self.labels.__getitem__) if self.labels else None

    def is_personish(self) -> bool:
        n = sum(self.labels.values())
        per = self.labels.get("PERSON", 0)
        if self.person > 0:
            return True
        if per and per * 2 >= n:
            return True
        if len(self.core) >= 2 and self.core[0] in given_names() and per:
            return True
        return False

    def is_placeish(self) -> bool:
        n = sum(self.labels.values())
        places = sum(self.labels.get(lb, 0) for lb in PLACE_LABELS)
        return bool(n) and places * 2 > n and len(self.core) == 1 and _is_place_word(self.core[0])


class _UF:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        p = self.parent
        while p[i] != i:
            p[i] = p[p[i]]
            i = p[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # keep the lower index as root: the earlier form
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


@dataclass
class _Event:
    """A mention that adds salience to its entity (or to an unnamed referent)."""

    pos: int
    sent: int
    block: int
    key: str  # entity id, or "~N" for an unnamed person / plural noun
    weight: float
    quote: int | None
    caption: bool
    pronoun: bool = False


@dataclass
class _Anon:
    """An unnamed referent: "a senior official" (person, maybe gendered) or "US officials"."""

    plural: bool
    gender: int


# --------------------------------------------------------------------------- the index

class EntityIndex:
    """What later stages ask of the entities: which entity a span is, and pronouns."""

    def __init__(self, doc: Document, entities: list[Entity], resolver: "_Resolver | None" = None):
        self.doc = doc
        self.entities = entities
        self._by_id = {e.id: e for e in entities}
        self._resolver = resolver
        self._spans: list[tuple[int, int, str, str]] = []  # (start, end, entity id, kind)
        self._max_len = 0
        for e in entities:
            for m in e.mentions:
                self._spans.append((m.start, m.end, e.id, m.kind))
                self._max_len = max(self._max_len, m.end - m.start)
        self._spans.sort()
        self._starts = [s[0] for s in self._spans]
        self._pronoun_cache: dict[int, str | None] = {}
        self._info: dict[str, dict] = {}
        self._lookup: dict[tuple[str, ...], str] = {}
        self._surnames: dict[str, list[str]] = defaultdict(list)
        for e in entities:
            for v in e.variants:
                key = _fold_key(v)
                if key:
                    self._lookup.setdefault(key, e.id)
                    if e.label == "PERSON" and e.id not in self._surnames[key[-1]]:
                        self._surnames[key[-1]].append(e.id)

    def gender(self, eid: str, evidence_only: bool = False) -> str | None:
        """"m", "f" or None for a person: from honorifics, gendered role nouns and given
        names, and (unless ``evidence_only``) the he/she pronouns linked to it."""
        inf = self._info.get(eid)
        if inf is None:
            return None
        g = inf["evidence"] if evidence_only else inf["gender"]
        return "m" if g > 0 else "f" if g < 0 else None

    def roles(self, eid: str) -> set[str]:
        """Role words the article gives an entity ("general", "commander", "age:61")."""
        inf = self._info.get(eid)
        return set(inf["roles"]) if inf else set()

    def by_id(self, eid: str) -> Entity:
        return self._by_id[eid]

    def __iter__(self):
        return iter(self.entities)

    def __len__(self) -> int:
        return len(self.entities)

    def mentions_in(self, start: int, end: int) -> list[tuple[Mention, Entity]]:
        """Every mention overlapping [start, end), in order."""
        out = []
        lo = bisect.bisect_left(self._starts, start - self._max_len)
        hi = bisect.bisect_left(self._starts, end)
        for s, e, eid, _kind in self._spans[lo:hi]:
            if s < end and e > start:
                ent = self._by_id[eid]
                for m in ent.mentions:
                    if m.start == s and m.end == e:
                        out.append((m, ent))
                        break
        return out

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping [start, end): the largest overlap, then the
        tightest mention. Falls back to the span's text as a name ("Gen Petraeus" that
        spaCy missed) when no mention overlaps."""
        best, best_key = None, None
        lo = bisect.bisect_left(self._starts, start - self._max_len)
        hi = bisect.bisect_left(self._starts, end)
        for s, e, eid, kind in self._spans[lo:hi]:
            overlap = min(e, end) - max(s, start)
            if overlap <= 0:
                continue
            key = (overlap, -(e - s), kind == "name")
            if best_key is None or key > best_key:
                best, best_key = eid, key
        if best is not None:
            return self._by_id[best]
        if self.doc is not None and 0 <= start < end <= len(self.doc.text):
            text = self.doc.text[start:end]
            if text.strip().lower() in PRONOUNS:
                return self.resolve_pronoun(start, end)
            return self.lookup(text, at=start)
        return None

    def lookup(self, text: str, at: int | None = None) -> Entity | None:
        """The entity a written name refers to ("the State Department", "Gen Petraeus's"),
        or None. A bare surname shared by several people goes to the one mentioned last
        before ``at``."""
        key = _name_key(text)
        if not key:
            return None
        eid = self._lookup.get(key)
        if eid is not None:
            return self._by_id[eid]
        core = [w for w in key if w not in PARTICLES] or list(key)
        ids = self._surnames.get(core[-1], [])
        if not ids:
            return None
        if len(ids) == 1 or at is None:
            return self._by_id[ids[0]]
        return max((self._by_id[i] for i in ids),
                   key=lambda e: max((m.start for m in e.mentions if m.start < at), default=-1))

    def named_by_noun(self, lemma: str) -> Entity | None:
        """The one organisation or place the article names whose name ends in this common noun
        ("the hospital": St. Anselm's Hospital; "the trust": the Lantern Trust), if exactly one."""
        lem = lemma.lower()
        text = self.doc.text
        after = re.compile(r"(?:['\u2019]s)?\s+" + re.escape(lem) + r"s?\b", re.I)

        def named(e: Entity) -> bool:
            words = e.name.split()
            if words and words[-1].lower().rstrip("s") in (lem, lem.rstrip("s")):
                return True  # "the Lantern Trust"
            # "St. Anselm's Hospital", where the tagger's name stops before the noun
            return any(after.match(text, m.end, m.end + len(lem) + 6) for m in e.mentions if m.kind == "name")

        found = [e for e in self.entities if e.label in ("ORG", "FAC", "GPE", "LOC") and named(e)]
        return found[0] if len(found) == 1 else None

    def resolve_pronoun(self, start: int, end: int) -> Entity | None:
        """The entity a third-person pronoun at [start, end) refers to (None for first and
        second person, "it", or a pronoun that most likely means an unnamed referent)."""
        for s, e, eid, kind in self._spans[bisect.bisect_left(self._starts, start):]:
            if s >= end:
                break
            if kind == "pronoun" and s == start:
                return self._by_id[eid]
        if start in self._pronoun_cache:
            eid = self._pronoun_cache[start]
        else:
            eid = self._resolver.resolve_at(start) if self._resolver else None
            self._pronoun_cache[start] = eid
        return self._by_id.get(eid) if eid else None

    def add_mention(self, entity_id: str, mention: Mention) -> None:
        """Add a mention (e.g. "I" inside a quote, for its speaker), keeping order."""
        ent = self._by_id[entity_id]
        for m in ent.mentions:
            if m.start == mention.start and m.end == mention.end:
                return
        bisect.insort(ent.mentions, mention, key=lambda m: (m.start, m.end))
        item = (mention.start, mention.end, entity_id, mention.kind)
        i = bisect.bisect_left(self._spans, item)
        self._spans.insert(i, item)
        self._starts.insert(i, mention.start)
        self._max_len = max(self._max_len, mention.end - mention.start)


# --------------------------------------------------------------------------- helpers

@lru_cache(maxsize=1 << 14)
def _name_key(text: str) -> tuple[str, ...]:
    """The folded words of a written name: asked again for every clause's subject."""
    words = _strip_name_text(text)
    return tuple(nm.fold_words(words)) if words else ()


def _strip_name_text(text: str) -> str:
    """A written name without a leading article, titles or a possessive ending."""
    t = _LEAD_JUNK.sub("", text)
    t = _TRAIL_JUNK.sub("", t)
    t = _POSSESSIVE_END.sub("", t) if re.search(r"\w['\u2019]s?$", t) else t
    words = t.split()
    while words and (words[0].lower() in DETERMINERS):
        words = words[1:]
    while len(words) > 1 and (words[0].lower().rstrip(".") in TITLES
                              or words[0].lower().rstrip(".") in TITLE_MODS):
        words = words[1:]
    return " ".join(words)


def _tok_role(tok) -> str:
    dep = tok.dep_
    if dep in ("nsubj", "nsubjpass", "csubj", "expl"):
        return "subj"
    if dep in ("dobj", "dative", "attr", "oprd"):
        return "obj"
    if dep == "poss":
        return "poss"
    if dep == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
        return "embedded"  # "the Clinton campaign": a modifier, not the thing talked about
    if dep in ("appos", "conj") and tok.head is not tok:
        # "Qassem Soleimani, the Quds commander": the apposition shares its head's role
        head = tok.head
        if head.dep_ in ("nsubj", "nsubjpass"):
            return "subj"
        if head.dep_ in ("dobj", "dative"):
            return "obj"
    return "other"


def _life_subject(root) -> int:
    """1 when the clause around the name says a person: the one born or who died ("Ada Lyle
    was born in Hull", "Lyle died in 2001"; a company is founded), a name a "who" clause
    describes ("Orr, who has led the firm"; a thing takes "which"), or the subject of a post
    taken "as" a title ("took over as chief executive")."""
    head = root.head
    if root.dep_ == "nsubjpass" and head.lemma_.lower() == "bear" and head.lower_ != "bearing":
        return 1
    if root.dep_ == "nsubj" and head.lemma_.lower() == "die":
        return 1
    for c in root.children:
        if c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") and g.dep_ in ("nsubj", "nsubjpass", "dobj")
                                     for g in c.children):
            return 1
    if root.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB":
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ == "as":
                if any(o.dep_ == "pobj" and o.lower_.rstrip(".") in _TITLE_WORDS for o in p.children):
                    return 1
    return 0


def _local_subject(tok):
    """The subject of the clause a possessive pronoun sits in, unless the pronoun is inside
    that subject ("His CV included ...")."""
    h = tok.head
    steps = 0
    while h.pos_ not in ("VERB", "AUX") and h.head is not h and steps < 6:
        h = h.head
        steps += 1
    if h.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and h.dep_ in ("xcomp", "ccomp") and h.head is not h:
        # "helped Assad slaughter his people": the object of "helped" does the slaughtering
        subj = next((c for c in h.head.children if c.dep_ == "dobj" and c.i < h.i), None)
    if subj is None or subj.left_edge.i <= tok.i <= subj.right_edge.i:
        return None
    return subj


def _initials(words: Iterable[str], skip_function: bool) -> str:
    out = []
    for w in words:
        if skip_function and w.lower() in FUNCTION_WORDS:
            continue
        for part in re.split(r"[-\u2010\u2011]", w):
            if part[:1].isalpha():
                out.append(part[0].upper())
    return "".join(out)


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


# --------------------------------------------------------------------------- the builder

class _Builder:
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

    # ----------------------------------------------------------------- quotes

    def _find_quote(self, pos: int) -> int | None:
        i = bisect.bisect_right(self.region_starts, pos) - 1
        if i >= 0 and self.regions[i][0] <= pos < self.regions[i][1]:
            return i
        return None

    # ----------------------------------------------------------------- names

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
            for ent in ents_of(sdoc):
                if ent.label_ not in NAME_LABELS:
                    continue
                covered.update(range(ent.start, ent.end))
                s_i = first_sent + bisect.bisect_right(sent_starts, ent.start) - 1
                lo = sent_starts[s_i - first_sent]
                pieces = self._pieces(toks, ent.start, ent.end)
                for a, b in pieces:
                    self._add_cand(toks, bi, block.start, a, b, ent.label_, s_i, lo, len(pieces) > 1)
            # capitalised runs spaCy did not call an entity: kept below when a title marks a
            # person ("Gen Petraeus") or the article names the same thing elsewhere
            i, n = 0, len(toks)
            while i < n:
                tok = toks[i]
                if i in covered or not tok.text[:1].isupper() or not tok.is_alpha:
                    i += 1
                    continue
                j = i
                while j < n and j not in covered and toks[j].text[:1].isupper() and toks[j].is_alpha:
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
        if label == "PERSON" and surface.isupper() and letters <= 4 and len(key) == 1:
            return  # "CV" as a person
        if piece and len(key) == 1 and nm.zipf(key[0]) >= 4.0:
            return  # "Force" cut from "Quds – or Jersualem – Force"
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
                elif child.dep_ == "appos" and child.pos_ == "NOUN" and child.i >= j:
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
        placed = root.dep_ == "pobj" and root.head.lower_ in ("in", "near", "outside", "across")
        self.cands.append(_Cand(start, end, surface, label, key, bi, sent, role, None,
                                (bi, root.i), (bi, i, j), roles, gender, person, acronym_of, propn,
                                after_cap, definite=definite, placed=placed))

    # ----------------------------------------------------------------- clustering

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
            if not personish[fi] and len(f.core) >= 2 and f.core[0] in given_names() \
                    and f.surname in marked:
                personish[fi] = True
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
            if placeish[fi] or f.top_label == "NORP":
                continue
            w = f.core[0]
            hits = set(surname_roots.get(w, ()))
            if not hits and len(w) >= 4:
                for s, fis in surname_roots.items():
                    if _same_word(w, s):
                        hits |= fis
            roots = {uf.find(h) for h in hits}
            if not hits and f.labels.get("PERSON") and w in given_roots:
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
        for fi in orgish:  # "Quds" / "Quds Force"; "Revolutionary Guard" / "... Guards Corps"
            short = _deplural(forms[fi].core)
            if len(short) == 1 and (nm.zipf(short[0]) >= 3.5 or len(short[0]) < 3):
                continue
            containers = [fj for fj in multi_org if fj != fi and len(forms[fj].core) > len(short)
                          and _contains(_deplural(forms[fj].core), short)]
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

    # ----------------------------------------------------------------- entities

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
        for c in self.cands:
            if c.form in self.ambiguous:
                options = self.ambiguous[c.form]
                before = [(last_seen[r], r) for r in options if r in last_seen]
                root = max(before)[1] if before else min(options, key=lambda r: first_at.get(r, 1 << 60))
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
        if any(len(c.key) >= 2 and c.key[-1] in ORG_SUFFIXES for c in cs) and not any(c.person for c in cs):
            return "ORG"  # "Acme Robotics", "Northwind Holdings": spaCy often calls them people
        person_evidence = sum(c.person for c in cs) + sum(1 for c in cs if self.personish[c.form]
                                                           and len(forms[c.form].core) >= 2)
        if not any(c.person for c in cs) and sum(c.definite for c in cs) * 2 >= len(cs):
            # "The Gannet", "the Petries": a proper name that takes "the" is a place, a
            # work, an organisation or a family, not one person
            others = Counter({k: v for k, v in votes.items() if k != "PERSON"})
            return others.most_common(1)[0][0] if others else "ORG"
        if not any(c.person for c in cs) and sum(c.placed for c in cs) * 2 > len(cs) and len(cs[0].key) == 1:
            places = Counter({k: v for k, v in votes.items() if k in PLACE_LABELS})
            return places.most_common(1)[0][0] if places else "GPE"
        if votes.get("PERSON") and (person_evidence or votes["PERSON"] * 3 >= sum(votes.values())):
            return "PERSON"
        if any(c.person for c in cs) and any(self.personish[c.form] and len(forms[c.form].core) >= 2
                                             and forms[c.form].core[0] in given_names() for c in cs):
            return "PERSON"  # a given name and a person's marks outvote the tagger
        if not votes:
            return "PERSON"
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

    # ----------------------------------------------------------------- pronouns and nominals

    def resolve(self, entities: list[Entity], info: dict[str, dict]) -> "_Resolver":
        res = _Resolver(self, entities, info)
        res.run()
        return res


def _deplural(core: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in core)


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[k:k + n] == shorter for k in range(len(longer) - n + 1))


def _given_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    if _same_word(x, y):
        return True
    # "Mohammad Javad Zarif" / "Javad Zarif"
    return set(a) <= set(b) or set(b) <= set(a)


class _Resolver:
    """Pronouns and nominals, in one pass over the tokens in order."""

    def __init__(self, builder: _Builder, entities: list[Entity], info: dict[str, dict]):
        self.b = builder
        self.doc = builder.doc
        self.text = builder.text
        self.entities = {e.id: e for e in entities}
        self.info = info
        self.events: list[_Event] = []
        self.event_pos: list[int] = []
        self.anon: dict[str, _Anon] = {}
        self.topic: Counter = Counter()
        self.resolved: dict[int, str | None] = {}  # pronoun offset -> entity id
        self.speakers: dict[int, str | None] = {}  # quote region -> speaker key
        self.name_tok: dict[tuple[int, int], str] = {}  # (block, token i) -> entity id
        self.tok_at: dict[int, tuple[int, int]] = {}
        self.block_first_event: dict[int, int] = {}
        for c in builder.cands:
            bi, i, j = c.tokens
            for k in range(i, j):
                self.name_tok[(bi, k)] = c.eid  # type: ignore[assignment]
        self.role_index: dict[str, list[str]] = defaultdict(list)
        for eid, inf in info.items():
            for r in inf["roles"]:
                self.role_index[r].append(eid)
        self.new_mentions: list[tuple[str, Mention]] = []
        self.sent_base = [first for first, _ in builder.sent_of_block]
        self.nominal_heads: set[tuple[int, int]] = set()
        self.cand_starts = [c.start for c in builder.cands]
        self.form_lookup: dict[tuple[str, ...], str] = {}
        for c in builder.cands:
            if c.eid:
                self.form_lookup.setdefault(c.key, c.eid)

    # ----------------------------------------------------------------- events

    def _push(self, ev: _Event) -> None:
        self.events.append(ev)
        self.event_pos.append(ev.pos)
        if not ev.key.startswith("~"):
            self.topic[ev.key] += 1
        self.block_first_event.setdefault(ev.block, ev.pos)

    def _name_event(self, c: _Cand) -> _Event:
        return _Event(c.start, c.sent, c.block, c.eid or "", W_BASE + W_ROLE[c.role], c.quote,
                      c.block in self.b.captions)

    # ----------------------------------------------------------------- main pass

    def run(self) -> None:
        cands = self.b.cands
        ci = 0
        ncands = len(cands)
        sent_idx = 0
        noun, det_dep = _sym("NOUN"), get_string_id("det")
        anon_deps = {get_string_id(d) for d in ("nsubj", "nsubjpass", "dobj", "pobj")}
        pron_ids = {get_string_id(w) for w in PRONOUNS}
        the_id = get_string_id("the")
        for bi, block in enumerate(self.doc.blocks):
            toks, sent_starts = self.b.block_toks[bi]
            base = block.start
            caption = bi in self.b.captions
            sdoc = toks[0].doc if toks else None
            for si, s0 in enumerate(sent_starts):
                s1 = sent_starts[si + 1] if si + 1 < len(sent_starts) else len(toks)
                sent = None
                for k in range(s0, s1):
                    tok = toks[k]
                    pos = base + tok.idx
                    while ci < ncands and cands[ci].start <= pos:
                        self._push(self._name_event(cands[ci]))
                        ci += 1
                    low = tok.lower
                    if low in pron_ids:
                        self.tok_at[pos] = (bi, tok.i)
                        if tok.tag_ in ("PRP", "PRP$") or tok.pos_ == "PRON":
                            sent = sent or sdoc[s0:s1]
                            self._pronoun(tok, pos, bi, sent_idx, caption, sent)
                    elif low == the_id and tok.dep == det_dep:
                        self._nominal(tok, pos, bi, sent_idx, caption, sdoc, base)
                    elif tok.pos == noun and tok.dep in anon_deps and (bi, tok.i) not in self.name_tok:
                        self._anon_noun(tok, pos, bi, sent_idx, caption)
                sent_idx += 1
        while ci < ncands:
            self._push(self._name_event(cands[ci]))
            ci += 1

    # ----------------------------------------------------------------- unnamed referents

    def _anon_noun(self, tok, pos: int, bi: int, sent: int, caption: bool) -> None:
        plural = tok.tag_ in ("NNS", "NNPS")
        lem = tok.lemma_.lower()
        if not plural:
            if lem not in PERSON_NOUNS:
                return
            det = next((c for c in tok.children if c.dep_ == "det"), None)
            if det is None or det.lower_ not in ("a", "an", "one", "another", "the", "this", "that"):
                # "one Iraqi militia commander" has nummod "one"
                if not any(c.dep_ == "nummod" and c.lower_ == "one" for c in tok.children):
                    return
            if det is not None and det.lower_ == "the" and (bi, tok.i) in self.nominal_heads:
                return
        elif any(c.dep_ == "poss" for c in tok.children) and tok.dep_ == "pobj":
            return
        key = f"~{pos}"
        self.anon[key] = _Anon(plural, _GENDERED_NOUNS.get(lem, 0) if not plural else 0)
        role = _tok_role(tok)
        self._push(_Event(pos, sent, bi, key, W_BASE + W_ROLE[role], self.b._find_quote(pos), caption))

    # ----------------------------------------------------------------- nominals

    def _nominal(self, det, pos: int, bi: int, sent: int, caption: bool, sdoc, base: int) -> None:
        head = det.head
        if head.i <= det.i or head.i - det.i > 6:
            return
        if (bi, head.i) in self.name_tok:
            return  # "the Quds Force", "the State Department": a name
        age = head.lower_ == "old" and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "ROOT")
        if head.pos_ != "NOUN" and not age:
            return
        if head.dep_ == "compound" or head.tag_ in ("NNS", "NNPS"):
            return  # "the general David Petraeus" modifier; "the two countries"
        lem = head.lemma_.lower()
        has_propn = any(sdoc[k].pos_ == "PROPN" for k in range(det.i + 1, head.i))
        if not (age or has_propn or lem in self.role_index or lem in ORG_NOUNS or lem in PLACE_NOUNS
                or lem in PERSON_NOUNS):
            return
        nxt = sdoc[head.i + 1] if head.i + 1 < len(sdoc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
            return  # "the general David Petraeus": a title
        start = pos
        end = base + head.idx + len(head.text)
        surface = self.text[start:end]
        if has_propn and head.pos_ == "NOUN":
            # "the Quds force" that spaCy did not tag: a name after all, if the article has it
            ent = self.index_lookup(surface, pos)
            if ent is not None:
                self._link(ent, start, end, surface, "name", head, pos, sent, bi, caption)
                return
            if lem in ORG_NOUNS:
                return  # "the Islamic State group": another organisation
        ma = re.search(r"(\d{1,3})[-\u2010\u2011 ]years?[-\u2010\u2011 ]old$", surface)
        best: str | None = None
        if ma:
            best = self._best_role(self.role_index.get(f"age:{ma.group(1)}", []), pos, sent, bi)
            if best is None and head.dep_ in ("nsubj", "nsubjpass"):
                best = self._only_person_so_far(pos)  # "Alan Pike runs a bakery. The 61-year-old ..."
        elif head.pos_ == "NOUN":
            best = self._best_role(self.role_index.get(lem, []), pos, sent, bi)
            if best is None and lem in ORG_NOUNS:
                heads = [eid for eid, inf in self.info.items()
                         if self.entities[eid].label in ("ORG", "FAC") and lem in inf["heads"]]
                best = self._last_mention(pos, heads, 12)
                if best is None and lem in GENERIC_ORG_NOUNS:
                    best = self._last_mention(
                        pos, [eid for eid, e in self.entities.items() if e.label == "ORG"], 3)
            if best is None and lem in PERSON_NOUNS and head.dep_ in ("nsubj", "nsubjpass"):
                best = self._only_person_so_far(pos)  # "The Cork-born singer released ..."
            if best is None and lem in PLACE_NOUNS:
                kinds = PLACE_NOUNS[lem]
                places = [eid for eid, e in self.entities.items() if e.label == "GPE"
                          and (p := nm.proper_nouns().get(nm.fold(e.name))) is not None and p.kind in kinds]
                best = self._last_mention(pos, places, 3)
        if best is None:
            return
        self._link(best, start, end, surface, "nominal", head, pos, sent, bi, caption)

    def _only_person_so_far(self, pos: int) -> str | None:
        """The one person the article has named before ``pos``: a description of a person
        can only be them."""
        people = {ev.key for ev in self.events[:bisect.bisect_left(self.event_pos, pos)]
                  if not ev.key.startswith("~") and self.entities[ev.key].label == "PERSON"}
        return people.pop() if len(people) == 1 else None

    def _best_role(self, cand_ids: list[str], pos: int, sent: int, bi: int) -> str | None:
        """The most salient entity carrying a role word, mentioned before ``pos``."""
        if not cand_ids:
            return None
        scores = self._scores(pos, sent, bi, None, window=6)
        best, best_score = None, 0.0
        for eid in cand_ids:
            if self.topic.get(eid, 0) == 0:
                continue  # not mentioned yet
            s = scores.get(eid, 0.0) + 1.0 + self.topic.get(eid, 0)
            if s > best_score:
                best, best_score = eid, s
        return best

    def _link(self, eid: str, start: int, end: int, surface: str, kind: str, head, pos: int,
              sent: int, bi: int, caption: bool) -> None:
        self.nominal_heads.add((bi, head.i))
        self.new_mentions.append((eid, Mention(start, end, surface, kind)))
        role = _tok_role(head)
        self._push(_Event(pos, sent, bi, eid, W_BASE + W_ROLE[role], self.b._find_quote(pos), caption))

    def index_lookup(self, text: str, pos: int) -> str | None:
        key = tuple(nm.fold_words(_strip_name_text(text)))
        return self.form_lookup.get(key) if key else None

    # ----------------------------------------------------------------- salience

    def _scores(self, pos: int, sent: int, bi: int, quote: int | None, window: int = WINDOW,
                upto: int | None = None, names_only: bool = False) -> dict[str, float]:
        """Salience of each referent mentioned in the last ``window`` sentences before
        ``pos``: per sentence its strongest mention counts (Lappin & Leass count a factor
        once per sentence), halved for every sentence back."""
        best: dict[tuple[str, int], float] = {}
        events = self.events
        i = (len(events) if upto is None else upto) - 1
        in_caption = bi in self.b.captions
        while i >= 0:
            ev = events[i]
            i -= 1
            if ev.pos >= pos:
                continue
            d = sent - ev.sent
            if d > window:
                break
            if names_only and (ev.pronoun or ev.quote is not None):
                continue
            w = ev.weight * ((SPEAKER_DECAY if names_only else DECAY) ** d)
            if ev.quote is not None and ev.quote != quote:
                w *= QUOTE_DAMP
            if ev.caption and not in_caption:
                w *= CAPTION_DAMP
            k = (ev.key, ev.sent)
            if w > best.get(k, 0.0):
                best[k] = w
        scores: dict[str, float] = defaultdict(float)
        for (key, _s), w in best.items():
            scores[key] += w
        return scores

    def _last_mention(self, pos: int, keys: Iterable[str], window: int) -> str | None:
        """The referent among ``keys`` mentioned last before ``pos`` (within ``window``
        events' sentences)."""
        keys = set(keys)
        i = bisect.bisect_left(self.event_pos, pos) - 1
        first_sent = None
        while i >= 0:
            ev = self.events[i]
            if first_sent is None:
                first_sent = ev.sent
            if first_sent - ev.sent > window:
                break
            if ev.key in keys:
                return ev.key
            i -= 1
        return None

    def _compatible(self, key: str, gender: int) -> float:
        """0 when the referent cannot be the pronoun's, else a factor for how well it fits."""
        if key.startswith("~"):
            a = self.anon[key]
            if gender == 0:
                return 1.0 if a.plural else 0.0
            if a.plural or a.gender == -gender:
                return 0.0
            return 1.0 if a.gender == gender else UNKNOWN_GENDER
        ent = self.entities[key]
        inf = self.info[key]
        if gender == 0:
            return 1.0 if inf["plural"] else 0.0
        if ent.label != "PERSON":
            return 0.0
        g = inf["gender"]
        if g * gender < 0 and abs(g) >= 1:
            return 0.0
        return 1.0 if g * gender > 0 else UNKNOWN_GENDER

    def _speaker(self, region: int) -> str | None:
        """The entity (or unnamed referent) that speaks a direct quote, from a speech verb
        outside the quote in the sentences where it starts and ends."""
        if region in self.speakers:
            return self.speakers[region]
        self.speakers[region] = None  # no recursion through the speaker's own pronoun
        rs, re_, bi = self.b.regions[region]
        block = self.doc.blocks[bi]
        sdoc = self.doc.docs[bi]
        found: str | None = None
        sents = []
        for sent in sdoc.sents:
            s0, s1 = block.start + sent.start_char, block.start + sent.end_char
            if s1 > rs - 2 and s0 <= re_ + 2:
                sents.append(sent)
        for sent in sents[::-1] if sents else []:
            for tok in sent:
                p = block.start + tok.idx
                if self.b._find_quote(p) is not None:
                    continue
                if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_VERBS:
                    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is None:
                        continue
                    found = self._referent_of(subj, bi, block.start)
                    if found is not None:
                        break
            if found is not None:
                break
        if found is None and region > 0:
            # “A,” Mariano wrote. “B.”: the second quote goes on in the same voice
            ps, pe, pb = self.b.regions[region - 1]
            if pb == bi and rs - pe < 60:
                found = self._speaker(region - 1)
        self.speakers[region] = found
        return found

    def _quote_in(self, bi: int, start: int, end: int) -> bool:
        """Does a direct quote of block ``bi`` overlap [start, end)?"""
        regions = self.b.regions
        i = bisect.bisect_left(self.b.region_starts, end) - 1
        while i >= 0:
            rs, re_, rb = regions[i]
            if rb != bi:
                break
            if re_ > start - 2:  # (quotes nest: look past an inner one that ended earlier)
                return True
            i -= 1
        return False

    def _referent_of(self, tok, bi: int, base: int) -> str | None:
        eid = self.name_tok.get((bi, tok.i))
        if eid:
            return eid
        pos = base + tok.idx
        if tok.lower_ in PRONOUNS:
            if pos in self.resolved:
                return self.resolved[pos]
            return self._resolve_pos(pos)
        for key, m in self.new_mentions:
            if m.start <= pos < m.end:
                return key
        key = f"~{pos}"
        return key if key in self.anon else None

    def _pronoun(self, tok, pos: int, bi: int, sent: int, caption: bool, sent_span) -> None:
        if pos in self.resolved:
            key = self.resolved[pos]
        else:
            key = self._resolve_tok(tok, pos, bi, sent, sent_span)
            self.resolved[pos] = key
        if key is None:
            return
        gender, _kind = PRONOUNS[tok.lower_]
        if not key.startswith("~"):
            self.new_mentions.append((key, Mention(pos, pos + len(tok.text), tok.text, "pronoun")))
            if gender:
                self.info[key]["gender"] += 0.5 * gender
        role = _tok_role(tok)
        self._push(_Event(pos, sent, bi, key, W_BASE + W_ROLE[role], self.b._find_quote(pos), caption,
                          pronoun=True))

    def _resolve_pos(self, pos: int) -> str | None:
        """Resolve a pronoun ahead of the main pass (a quote's speaker "he")."""
        loc = self._locate(pos)
        if loc is None:
            return None
        bi, i = loc
        tok = self.doc.docs[bi][i]
        if tok.lower_ not in PRONOUNS:
            return None
        first, _n = self.b.sent_of_block[bi]
        sent_span = tok.sent
        sent = first + list(self.doc.docs[bi].sents).index(sent_span)
        key = self._resolve_tok(tok, pos, bi, sent, sent_span)
        self.resolved[pos] = key
        return key

    def _locate(self, pos: int) -> tuple[int, int] | None:
        if pos in self.tok_at:
            return self.tok_at[pos]
        for bi, block in enumerate(self.doc.blocks):
            if block.start <= pos < block.end:
                sdoc = self.doc.docs[bi]
                for tok in sdoc:
                    if block.start + tok.idx == pos:
                        return bi, tok.i
        return None

    def _resolve_tok(self, tok, pos: int, bi: int, sent: int, sent_span) -> str | None:
        low = tok.lower_
        gender, kind = PRONOUNS[low]
        if tok.dep_ == "poss" or tok.tag_ == "PRP$":
            kind = "poss"  # "her book"
        quote = self.b._find_quote(pos)
        upto = bisect.bisect_left(self.event_pos, pos)
        # reflexive: the subject of its own clause
        if kind == "refl":
            verb = tok.head
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.i != tok.i:
                key = self._referent_of(subj, bi, self.doc.blocks[bi].start)
                if key and self._compatible(key, gender) > 0:
                    return key
            if tok.dep_ in ("appos", "npadvmod") and tok.head.i < tok.i:  # "Soleimani himself"
                key = self._referent_of(tok.head, bi, self.doc.blocks[bi].start)
                if key and self._compatible(key, gender) > 0:
                    return key
        para_start = sent == self.sent_base[bi] and self.block_first_event.get(bi, 1 << 60) >= pos \
            and not (bi in self.b.captions)
        base = self.doc.blocks[bi].start
        speaker = (quote is None and kind == "subj" and tok.dep_ == "nsubj"
                   and tok.head.lemma_.lower() in SPEECH_VERBS
                   and self._quote_in(bi, base + sent_span.start_char, base + sent_span.end_char))
        if gender == 0:
            # "they": a group or organisation named in this sentence or the last, against
            # any plural noun there; no topic bonus (the main subject is a person)
            scores = self._scores(pos, sent, bi, quote, window=1, upto=upto)
        elif speaker:
            # "“...,” he said": the speaker is most often the person last *named* outside
            # quotes; fall back to the ordinary scores when no one is
            scores = self._scores(pos, sent, bi, quote, upto=upto, names_only=True)
            if max((v * self._compatible(k, gender) for k, v in scores.items()), default=0.0) < SPEAKER_MIN:
                speaker = False
                scores = self._scores(pos, sent, bi, quote, upto=upto)
        else:
            scores = self._scores(pos, sent, bi, quote, upto=upto)
        excluded: set[str] = set()
        # an object pronoun is not its own clause's subject ("Smith praised him")
        if tok.dep_ in ("dobj", "dative", "pobj") and kind != "refl":
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            for c in verb.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i:
                    ref = self._referent_of(c, bi, self.doc.blocks[bi].start)
                    if ref:
                        excluded.add(ref)
        # a subject pronoun is not its own clause's object, nor the noun its relative clause
        # hangs on when the relative pronoun is that object ("Saltwater, which she runs")
        if tok.dep_ in ("nsubj", "nsubjpass") and kind != "refl":
            verb = tok.head
            objs = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i != tok.i]
            if verb.dep_ == "relcl" and any(c.lower_ in ("which", "that", "whom", "who") for c in objs):
                objs.append(verb.head)
            for c in objs:
                if c.pos_ == "PRON" or c.lower_ in PRONOUNS:
                    continue  # a pronoun object resolves through this one: no loop
                ref = self._referent_of(c, bi, self.doc.blocks[bi].start)
                if ref:
                    excluded.add(ref)
        # a pronoun inside a direct quote is not the quote's speaker
        if quote is not None:
            spk = self._speaker(quote)
            if spk:
                excluded.add(spk)
        # a possessive prefers its own clause's subject ("Assad slaughtered his people")
        if kind == "poss":
            local = _local_subject(tok)
            if local is not None:
                ref = self._referent_of(local, bi, self.doc.blocks[bi].start)
                if ref and ref not in excluded and self._compatible(ref, gender) > 0:
                    return None if ref.startswith("~") else ref
        # topic: the article's main subject so far
        # (only for referents in the window, but any of them at the start of a paragraph)
        max_topic = max(self.topic.values(), default=0)
        if max_topic and gender != 0 and not speaker:
            tw = TOPIC_W_PARA if para_start else TOPIC_W
            for eid, n in self.topic.items():
                if n and (para_start or eid in scores):
                    scores[eid] = scores.get(eid, 0.0) + tw * n / max_topic
        best, best_score = None, 0.0
        for key, s in scores.items():
            if key in excluded or s <= 0:
                continue
            f = self._compatible(key, gender)
            if f <= 0:
                continue
            s *= f
            if s > best_score:
                best, best_score = key, s
        if _DEBUG:
            shown = sorted(((round(v * self._compatible(k, gender), 1), k) for k, v in scores.items()
                            if k not in excluded and self._compatible(k, gender) > 0), reverse=True)[:4]
            print("PRON", pos, repr(self.text[max(0, pos - 50):pos + 20]), shown, "excl", excluded, "spk", speaker)
            if _DEBUG == "2":
                for ev in self.events[max(0, upto - 8):upto]:
                    print("   ", ev.pos, ev.sent, ev.key, ev.weight, ev.quote, repr(self.text[ev.pos:ev.pos + 15]))
        if best is not None and best_score < (SPEAKER_MIN if speaker else MIN_SCORE):
            best = None
            if not scores or gender == 0:
                return None
        if best is None:
            # cataphora: "his hands: Qassem Soleimani ..." — the next compatible name in the sentence
            end = self.doc.blocks[bi].start + sent_span.end_char
            for c in self.b.cands[bisect.bisect_left(self.cand_starts, pos):]:
                if c.start >= end:
                    break
                if c.eid and c.eid not in excluded and self._compatible(c.eid, gender) > 0:
                    return c.eid
            return None
        # a plural pronoun: an entity only when it clearly beats any plural noun
        return best

    def resolve_at(self, pos: int) -> str | None:
        if pos in self.resolved:
            return self.resolved[pos]
        return self._resolve_pos(pos)


def annotate(doc: Document) -> None:
    """Fill doc.entities and doc.extras["entity_index"]."""
    b = _Builder(doc)
    b.collect()
    entities, info = b.build_entities()
    resolver = b.resolve(entities, info)
    by_id = {e.id: e for e in entities}
    for eid, m in resolver.new_mentions:
        by_id[eid].mentions.append(m)
    for e in entities:
        e.mentions.sort(key=lambda m: (m.start, m.end))
        # a nominal that repeats a name's span ("the Quds commander" apposition) stays once
        seen: set[tuple[int, int]] = set()
        e.mentions = [m for m in e.mentions if not ((m.start, m.end) in seen or seen.add((m.start, m.end)))]
    doc.entities = entities
    doc.extras["entity_index"] = EntityIndex(doc, entities, resolver)
    doc.extras["entity_index"]._info = info
