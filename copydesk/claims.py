"""claims stage: every assertion about an entity, with its source and how firmly it is made.

One pass over the dependency parse of each sentence (headlines, bullets and captions too).
Every clause head (a finite verb, a copula, a participle with a recoverable subject, a
participial headline such as "X killed in strike") whose subject is an entity, a name or a
personal pronoun gives one ``Claim``:

- ``subject``: the entity id the entity index gives for the subject's head (pronouns and
  relative pronouns resolved through it), else None.
- ``predicate``: a fact slot (born, died, age, role, member_of, located_in, quantity,
  participated, state) where the clause clearly expresses one, else the main verb's lemma.
- ``source``: the article's own voice, or ``attributed`` when the clause is the content of a
  reporting verb ("X said (that) ...", "officials say ..."), of a passive of blame or credit
  ("is credited with", "was blamed for", "is accused of", "is alleged to"), of "according to
  X", or lies inside a quote in ``doc.quotes``.
- ``polarity`` (not, never, no longer, denied that ...), ``certainty`` (hedged: is thought
  to, reportedly, may have ...; unknown: it is not known if, it is unclear whether ...).
- ``strong``: the claim lays wrongdoing, violence or blame at its subject's door: a harm
  verb in the active voice with an agent subject, a light or complicity verb whose argument
  is a harm verb or noun ("oversaw the killing of", "helped X slaughter"), a blame frame
  ("is responsible for the deaths of", "was blamed for"), a cause frame ("resulting in the
  deaths of"), or a non-finite harm verb the subject controls ("after killing his wife").
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any, Iterable

from spacy.lang.en.stop_words import STOP_WORDS

from .document import Document
from .model import Claim, Quote, Source
from .nlp import tokens_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# --- lexicons ------------------------------------------------------------------------------

# Verbs that report what someone said or thinks: their clausal complement is attributed.
REPORT_VERBS = frozenset("""
say tell state claim allege report add insist argue assert announce confirm acknowledge admit
explain note write warn suggest contend maintain testify recount reveal disclose declare indicate
stress believe think conclude concede complain reply respond recall predict estimate fear
find rule determine hold
deny refute dispute
""".split())
DENY_VERBS = frozenset({"deny", "refute", "dispute"})
# Passive raising verbs that hedge their content: "X is thought to have ...".
HEDGE_RAISING = frozenset({"think", "believe", "say", "report", "rumor", "rumour", "understand",
                           "suppose", "presume", "reckon", "estimate", "expect", "consider",
                           "feared", "fear"})
# Transparent raising verbs: "X is known to be ..." (asserted, polarity carried through).
PLAIN_RAISING = frozenset({"know", "show", "find", "prove", "confirm"})
SEEM_VERBS = frozenset({"appear", "seem"})
HEDGE_ADJ = frozenset({"likely", "unlikely", "possible", "probable"})
# Passives that attribute their content to an unnamed (or "by X") source.
ATTR_PASSIVE = frozenset({"allege", "accuse", "blame", "credit", "suspect", "implicate", "indict"})
# Active verbs of accusation: "US forces blamed the Quds Force for an attack".
ACCUSE_ACTIVE = frozenset({"accuse", "blame", "implicate", "suspect"})
# Legal frames: a finding or charge of wrongdoing (strong when the charge is a harm word).
LEGAL_PASSIVE = frozenset({"charge", "convict", "arrest", "detain", "sentence", "jail", "imprison",
                           "prosecute", "try", "indict", "fine", "sanction", "investigate",
                           "hold", "find"})
ASPECTUAL = frozenset({"begin", "start", "continue", "try", "attempt", "manage", "seek", "keep",
                       "go", "used", "tend", "fail", "refuse", "decline", "resume", "cease", "stop"})
NEGATING_ASPECT = frozenset({"fail", "refuse", "decline", "cease", "stop"})
HEDGE_ADV = frozenset({"reportedly", "allegedly", "apparently", "purportedly", "supposedly",
                       "presumably", "possibly", "probably", "perhaps", "likely", "maybe",
                       "seemingly", "ostensibly", "arguably", "rumoredly", "reputedly"})
UNKNOWN_ADJ = frozenset({"unclear", "uncertain", "unknown", "unconfirmed", "unverified"})
KNOW_NEG = frozenset({"know", "clear", "certain", "confirm", "establish", "determine", "verify"})

# Wrongdoing and violence.
HARM_VERBS = frozenset("""
kill murder slaughter massacre assassinate torture attack bomb shell shoot stab behead rape abuse
assault maim terrorise terrorize oppress persecute repress kidnap abduct hijack loot ransack pillage
exterminate slay butcher gas poison steal embezzle bribe lie defraud rig plot conspire launder
extort blackmail cheat swindle scam plagiarise plagiarize falsify fabricate misappropriate
harass intimidate bully sabotage execute mutilate lynch strangle cover_up whitewash vandalise
vandalize burgle rob molest
""".split())
# Harm verbs whose object decides: "shot the film" is not violence.
HARMLESS_OBJECTS = {
    "shoot": {"film", "video", "scene", "footage", "photo", "picture", "movie", "episode",
              "documentary", "commercial", "advert", "hoop", "basket", "goal", "round"},
    "execute": {"plan", "order", "strategy", "contract", "trade", "program", "programme", "move",
                "play", "task", "warrant", "will", "transaction", "deal", "code"},
    "attack": {"ball", "problem", "issue", "question", "role", "task"},
    "traffic": {"light"},
    "gas": {"car", "tank"},
}
HARM_NOUNS = frozenset("""
killing murder massacre slaughter attack bombing assassination atrocity genocide torture crime
corruption fraud bribery embezzlement terrorism terror violence bloodshed carnage crackdown
persecution abuse rape kidnapping abduction theft looting plot conspiracy cover-up coverup lie
extortion laundering smuggling trafficking assault shooting stabbing execution purge repression
oppression harassment misconduct wrongdoing sabotage coup ambush raid beheading lynching
war_crime cleansing pogrom bribe kickback embezzling murders killings massacres attacks atrocities
crimes lies bombings executions airstrike guilt tampering perjury manslaughter homicide arson
""".split())
STRIKE_COMPOUNDS = frozenset({"air", "drone", "missile", "rocket", "military", "artillery", "mortar"})
DEATH_NOUNS = frozenset({"death", "casualty", "fatality", "loss", "killing", "injury", "harm",
                         "destruction", "suffering", "bloodshed", "toll"})
# Verbs of complicity or direction: harm words among their arguments make the claim strong.
COMPLICITY = frozenset("""
help aid assist abet oversee orchestrate mastermind order direct organise organize plan lead carry
commit perpetrate sponsor fund finance arm support back authorize authorise approve instigate
incite command supervise spearhead coordinate launch conduct stage mount enable cause engineer
unleash wage preside encourage facilitate provoke participate join train equip supply teach
condone ignite fuel involve instruct perform admit confess claim accept plead
""".split())
COMPLICITY_ADJ = frozenset({"responsible", "guilty", "culpable", "complicit", "instrumental",
                            "involved", "liable", "behind", "accountable"})
BLAME_ADJ = frozenset({"responsible", "guilty", "culpable", "complicit", "liable", "accountable"})
# Nouns that call their referent a wrongdoer: "X was a war criminal".
WRONGDOER_NOUNS = frozenset("""
murderer killer terrorist criminal thief liar fraudster torturer butcher perpetrator culprit rapist
abuser kidnapper mastermind warlord gangster mobster racketeer embezzler extremist assassin
war_criminal crook swindler
""".split())
# People and groups named by a common noun: "the man", "the accused", "the crown prince", "the
# militants". With a definite determiner or a possessive, such a subject is someone an
# accusation can be laid against, as a name is.
PERSON_NOUNS = frozenset("""
man woman men women boy girl boys girls child children teenager teen youth person people baby
suspect suspects accused defendant defendants attacker attackers assailant assailants gunman gunmen
shooter shooters bomber bombers perpetrators offender offenders intruder intruders driver drivers
police policeman policemen officer officers troops soldier soldiers forces militant militants rebel
rebels fighter fighters insurgent insurgents guerrilla guerrillas jihadist jihadists gang gangs group
militia militias army military regime government authorities official officials administration
junta mob crowd protester protesters protestor protestors demonstrator demonstrators guard guards
husband wife father mother son daughter brother sister boyfriend girlfriend partner stepfather
uncle aunt neighbour neighbor couple family student students teacher priest pastor doctor nurse
coach player players employee employees worker workers prisoner inmate inmates member members
company firm bank agency
""".split())
# Adjectives that, predicated of an agent, lay wrongdoing at its door: "X had been abusive to her".
HARM_ADJ = frozenset({"abusive", "violent", "corrupt", "fraudulent", "murderous", "dishonest", "brutal"})
# Nouns whose clausal complement is hearsay: "rumors circulated that he was killed".
RUMOR_NOUNS = frozenset({"rumor", "rumour", "speculation", "suggestion", "report", "claim",
                         "allegation", "accusation", "belief", "suspicion", "fear", "word"})
ATTR_NOUNS = frozenset({"report", "claim", "allegation", "accusation"})
# Passives that present their subject through someone's eyes: "was seen as", "is regarded as".
AS_PASSIVE = frozenset({"see", "regard", "view", "consider", "describe", "know", "hail", "brand",
                        "label", "call", "portray", "depict", "recognise", "recognize", "praise"})
CAUSAL = frozenset({"result", "cause", "lead", "leave", "claim", "trigger", "spark"})
# Verbs whose complement a subject does not commit: "prevented the attack", "condemned the killing".
NOT_AGENTIVE = frozenset("""
prevent stop deny condemn oppose avoid escape survive refuse protest investigate mourn witness
report describe criticise criticize denounce warn fear flee resist prosecute punish investigate
characterise characterize call label brand dub term deplore decry
blame accuse document commemorate remember recall reject regret apologise apologize
""".split())
QUANT_HEADS = frozenset({"hundred", "thousand", "dozen", "million", "billion", "number", "score",
                         "series", "wave", "string", "spate", "campaign", "lot", "host", "scores",
                         "tens", "hundreds", "thousands", "millions", "dozens", "wave", "act",
                         "acts", "kind", "type", "part", "count", "charge", "accusation",
                         "allegation", "suspicion", "guilt", "case", "trial"})

# Fact slots.
ROLE_VERBS = frozenset({"name", "appoint", "elect", "promote", "make", "choose", "select", "install",
                        "designate", "reappoint", "re-elect", "reelect", "crown", "swear", "hire"})
ROLE_NOUNS = frozenset("""
head chief commander leader president chairman chairwoman chair director minister secretary
governor mayor general ceo executive officer manager editor founder cofounder co-founder ambassador
spokesman spokeswoman spokesperson coach captain king queen prince princess premier chancellor
speaker senator judge deputy adviser advisor envoy commissioner superintendent principal dean
rector bishop archbishop pope ayatollah emir sheikh lieutenant colonel major sergeant admiral
marshal representative congressman congresswoman mp lawmaker legislator treasurer professor
inspector prosecutor attorney chairperson vice-president vice boss owner partner head-coach
manager presenter anchor correspondent officer commissioner governor-general sultan monarch
emperor dictator ruler councillor councilor alderman sheriff ombudsman auditor registrar
""".split())
MEMBER_NOUNS = frozenset({"member", "part", "fellow", "affiliate"})
LOCATED_VERBS = frozenset({"live", "reside", "stay", "settle", "dwell"})
LOCATED_PASSIVE = frozenset({"base", "locate", "headquarter", "station", "situate", "house"})
DIED_PASSIVE = frozenset({"kill", "assassinate", "murder", "execute", "slay", "behead", "lynch"})
QUANT_VERBS = frozenset({"have", "number", "total", "reach", "count", "employ", "own", "hold",
                         "contain", "comprise", "rise", "fall", "grow", "increase", "decrease",
                         "drop", "climb", "exceed", "top", "surpass", "collect", "win", "receive",
                         "earn", "lose", "cost", "raise", "spend"})
COPULAS = frozenset({"be", "remain", "become", "stay"})

PERSON_PRONOUNS = frozenset({"he", "she", "i", "we", "him", "her", "me", "us"})
ENTITY_PRONOUNS = PERSON_PRONOUNS | {"they", "them", "it", "you"}
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
AGENT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
ENTITY_LABELS = AGENT_LABELS | frozenset({"FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
NOT_ENTITY_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL",
                               "CARDINAL", "LANGUAGE"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_NOUNS = frozenset({"province", "city", "region", "state", "county", "district", "village",
                         "town", "country", "island", "valley", "capital", "area", "neighbourhood",
                         "neighborhood", "suburb", "port", "republic", "governorate", "prefecture"})

CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis", "xcomp", "pcomp",
                         "acl", "csubj", "dep"})
# Children whose subtrees are separate clauses (not part of this clause's tokens).
SPLIT_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl"})
MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
TIME_RE = re.compile(rf"\b(?:1[5-9]\d\d|20\d\d)s?\b|\b(?:{MONTHS})\b|\b(?:monday|tuesday|wednesday|"
                     r"thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight)\b|"
                     r"\b(?:last|next|this|previous|following)\s+(?:week|month|year|decade|spring|"
                     r"summer|autumn|fall|winter|weekend)\b|\b\d+\s+(?:years?|months?|days?|weeks?)\s+ago\b",
                     re.I)
DURATION_RE = re.compile(r"\b(?:for|over|during|about|nearly|almost|more than|less than|some)?\s*"
                         r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few)"
                         r"\s+(?:years|decades|months|weeks|days|centuries)\b(?!\s+ago)", re.I)
IRREGULAR = {"oversaw": "oversee", "overseen": "oversee", "oversees": "oversee",
             "led": "lead", "ordered": "order", "helped": "help", "masterminded": "mastermind",
             "orchestrated": "orchestrate", "directed": "direct", "organised": "organise",
             "organized": "organize", "plotted": "plot", "backed": "back", "funded": "fund",
             "sponsored": "sponsor", "commanded": "command", "supervised": "supervise",
             "launched": "launch", "committed": "commit", "carried": "carry", "killed": "kill",
             "murdered": "murder", "slaughtered": "slaughter", "tortured": "torture"}
MAX_OBJECT = 80
_UNSET = object()
# The small model's lemmatizer slips that matter here.
LEMMA_FIX = {"raped": "rape", "raping": "rape", "rapes": "rape", "oversaw": "oversee",
             "lied": "lie", "lying": "lie", "stabbed": "stab", "shelled": "shell"}
CHARGE_NOUNS = frozenset({"charge", "count", "accusation", "allegation", "indictment", "prosecution",
                          "trial", "lawsuit", "suit", "claim"})
# Harm verbs with a figurative use when their object is an idea: "attacked the plan".
FIGURATIVE = frozenset({"attack", "assault", "kill", "slaughter", "butcher", "torture", "shoot",
                        "bomb", "massacre", "abuse"})
ABSTRACT_NOUNS = frozenset({"plan", "bill", "idea", "proposal", "policy", "law", "deal", "decision",
                            "ruling", "report", "claim", "remark", "comment", "statement", "view",
                            "record", "plan", "budget", "reform", "measure", "motion", "amendment",
                            "theory", "argument", "speech", "book", "film", "show", "song",
                            "album", "chance", "hope", "mood", "rumour", "rumor", "story", "vote",
                            "language", "grammar", "tune", "note", "lyric", "price", "rate",
                            "proclamation", "declaration", "legislation", "resolution",
                            "announcement", "recognition", "move", "agreement", "treaty",
                            "initiative", "strategy", "approach", "position", "stance", "message",
                            "narrative", "coverage", "article", "programme", "program", "campaign",
                            "candidacy", "nomination", "appointment", "judgment", "judgement",
                            "inquiry", "probe", "subpoena", "investigation", "impeachment", "trial",
                            "verdict", "hearing", "process", "system", "media", "press", "record"})
ABSTRACT_SUFFIXES = ("ism", "ness", "ology", "acy", "tion", "sion", "ment", "ance", "ence")
# Nouns with an abstract-looking ending that name people or places: "attacked the police station".
CONCRETE_NOUNS = frozenset({"station", "installation", "delegation", "population", "nation",
                            "location", "settlement", "encampment", "parliament", "apartment",
                            "department", "regiment", "detachment", "contingent", "residence",
                            "embassy", "ambulance", "congregation", "generation", "garrison",
                            "mansion", "pension", "compartment", "battalion", "division", "mission",
                            "legion", "audience", "convention"})
# Transitive verbs that a headline uses as a bare passive: "Mayor stabbed on stage".
HEADLINE_PASSIVES = HARM_VERBS | DIED_PASSIVE | frozenset({"wound", "injure", "arrest", "detain", "jail",
                                                           "charge", "convict", "sentence", "free",
                                                           "release", "hurt", "find", "elect", "name"})
DECADES = frozenset({"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                     "nineties", "noughties", "1960s", "1970s", "1980s", "1990s", "2000s"})
NEG_CONTRACTION = re.compile(r"n[´’'`]t$")


# --- the stage -----------------------------------------------------------------------------


def annotate(doc: Document) -> None:
    """Fill doc.claims (ids C1.. in text order)."""
    index = doc.extras.get("entity_index") or _MentionIndex.build(doc.entities)
    quotes = _QuoteFinder(doc.quotes, index)
    found: list[tuple[int, int, Claim]] = []
    for block, sdoc in zip(doc.blocks, doc.docs):
        _Block(doc, block, sdoc, index, quotes, found).run()
    found.sort(key=lambda t: (t[0], t[1]))
    claims = []
    for n, (_, _, claim) in enumerate(found, 1):
        claim.id = f"C{n}"
        claims.append(claim)
    doc.claims = claims


class _MentionIndex:
    """A stand-in for the entities stage's index, built from doc.entities' mentions."""

    def __init__(self, spans: list[tuple[int, int, Any]], by_id: dict[str, Any]):
        self.spans = spans
        self.starts = [s for s, _, _ in spans]
        self.ids = by_id

    @classmethod
    def build(cls, entities: Iterable[Any]) -> "_MentionIndex | None":
        spans, by_id = [], {}
        for e in entities or ():
            by_id[e.id] = e
            for m in e.mentions:
                spans.append((m.start, m.end, e))
        if not by_id:
            return None
        spans.sort(key=lambda t: (t[0], t[1]))
        return cls(spans, by_id)

    def entity_at(self, start: int, end: int):
        i = bisect.bisect_left(self.starts, end)
        best = None
        for s, e, ent in reversed(self.spans[max(0, i - 8):i]):
            if s < end and e > start:
                if best is None or (e - s) < (best[1] - best[0]):
                    best = (s, e, ent)
        return best[2] if best else None

    def by_id(self, eid: str):
        return self.ids.get(eid)


class _QuoteFinder:
    """The innermost quote whose content covers an offset, and the source it gives."""

    def __init__(self, quotes: list[Quote], index: Any):
        self.index = index
        spans: list[tuple[int, int, Quote]] = []
        for q in quotes or ():
            parts = q.parts or []
            if parts:
                spans.extend((p.start, p.end, q) for p in parts)
            else:
                spans.append((q.start, q.end, q))
        spans.sort(key=lambda t: (t[0], -t[1]))
        self.spans = spans
        self.starts = [s for s, _, _ in spans]

    def at(self, offset: int) -> Quote | None:
        i = bisect.bisect_right(self.starts, offset)
        best = None
        for s, e, q in self.spans[:i]:
            if s <= offset < e and (best is None or e - s < best[1] - best[0]):
                best = (s, e, q)
        return best[2] if best else None

    def source(self, q: Quote) -> Source | None:
        sp = q.speaker
        if sp is None:
            return Source("attributed") if q.cue is not None or q.kind != "indirect" else None
        name = sp.name
        if not name and sp.entity and self.index is not None:
            ent = _safe_by_id(self.index, sp.entity)
            name = getattr(ent, "name", None)
        if not name and sp.text and sp.text.strip().lower() not in ENTITY_PRONOUNS:
            name = sp.text.strip()
        return Source("attributed", name=name or None, entity=sp.entity)


def _safe_by_id(index: Any, eid: str):
    try:
        return index.by_id(eid)
    except Exception:  # an index under construction must not break the stage
        return None


class _Subject:
    __slots__ = ("tok", "eid", "label", "agent", "entityish", "start", "end", "text")

    def __init__(self, tok, eid, label, agent, entityish, start, end, text):
        self.tok, self.eid, self.label, self.agent = tok, eid, label, agent
        self.entityish, self.start, self.end, self.text = entityish, start, end, text


class _Ctx:
    """What a clause's frame says about its content."""

    __slots__ = ("source", "negative", "certainty")

    def __init__(self):
        self.source: Source | None = None
        self.negative = False
        self.certainty = "asserted"


class _Block:
    def __init__(self, doc: Document, block, sdoc: "Doc", index, quotes: _QuoteFinder,
                 out: list):
        self.doc, self.block, self.sdoc = doc, block, sdoc
        self.base = block.start
        self.index, self.quotes, self.out = index, quotes, out
        self.fragmentary = block.kind in ("headline", "bullet", "caption", "standfirst")
        self.ent_of: dict[int, Any] = {}
        for ent in sdoc.ents:
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
        self.subject_cache: dict[int, _Subject | None] = {}
        self.sent_i, self.sent, self.sent_src = -1, None, _UNSET
        # every token's children, once: spaCy builds Token objects on each .children walk
        self.toks: list = list(tokens_of(sdoc))
        self.kids: list[list] = [[] for _ in self.toks]
        offsets = sdoc.to_array("HEAD").astype("int64").tolist() if self.toks else []
        for t, off in zip(self.toks, offsets):
            if off:
                self.kids[t.i + off].append(t)
        self.clause_cache: dict[int, list] = {}
        self.in_parens: set[int] = set()  # "(pictured in Iraq in 2015)" is not the clause's time
        depth = 0
        for t in (self.toks if "(" in sdoc.text else ()):
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth = max(0, depth - 1)
            elif depth:
                self.in_parens.add(t.i)
        self.seen: set[tuple[int, str]] = set()

    def _k(self, tok: "Token") -> list:
        return self.kids[tok.i]

    # -- driving --

    def run(self) -> None:
        sents = list(self.sdoc.sents)
        ends = [s.end for s in sents]
        si = 0
        for tok in self.toks:  # one walk over the block's tokens
            while tok.i >= ends[si]:
                si += 1
            if si != self.sent_i:
                self.sent_i, self.sent, self.sent_src = si, sents[si], _UNSET
            if tok.is_punct or tok.is_space:
                continue
            if (tok.dep_ in CLAUSE_DEPS and (tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBD"))) or (
                    tok.tag_ == "VBD" and any(c.dep_ in ("nsubj", "nsubjpass") for c in self._k(tok))):
                self._clause(tok)
            elif tok.dep_ == "conj" and tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ in ("VERB", "AUX"):
                self._nominal_conj(tok)
            if tok.lower_ in ("aged", "old", "age") or (tok.dep_ == "appos" and tok.like_num):
                self._np_age(tok)

    def _sent_source(self) -> Source | None:
        """The current sentence's own attribution, worked out the first time a claim asks."""
        if self.sent_src is _UNSET:
            self.sent_src = self._sentence_source(self.sent)
        return self.sent_src

    def _emit(self, head: "Token", claim_kwargs: dict[str, Any], span: tuple[int, int]) -> None:
        key = (head.i, claim_kwargs["predicate"])
        if key in self.seen:
            return
        self.seen.add(key)
        start, end = span
        claim = Claim(id="", start=start, end=end, **claim_kwargs)
        self.out.append((start, self.base + head.idx, claim))

    # -- sentence-level attribution: "according to X", "..., officials said" --

    def _sentence_source(self, sent: "Span") -> Source | None:
        for tok in (self.toks[sent.start:sent.end] if "ccording to" in sent.text else ()):
            if tok.lower_ == "according" and tok.i + 1 < len(self.sdoc) and self.toks[tok.i + 1].lower_ == "to":
                to = self.toks[tok.i + 1]
                pobj = next((c for c in self._k(to) if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return self._source_np(pobj)
        root = next((t for t in self.toks[sent.start:sent.end] if t.dep_ == "ROOT"), None)
        if root is not None and root.lemma_ not in REPORT_VERBS:
            for c in self._k(root):
                if c.dep_ in ("parataxis", "ccomp", "advcl") and c.i > root.i and c.lemma_ in REPORT_VERBS \
                        and not any(g.dep_ in ("ccomp", "xcomp") for g in self._k(c)):
                    subj = next((g for g in self._k(c) if g.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None:
                        src = self._source_np(subj)
                        if c.lemma_ in DENY_VERBS:
                            return None  # ", he denied." does not assert the content
                        return src
        return None

    # -- one clause --

    def _clause(self, v: "Token") -> None:
        lemma = _lemma(v)
        dep = v.dep_
        kids = self._k(v)
        # Frames are not claims of their own: the content they govern is.
        if self._is_frame(v, lemma, kids):
            self._accused_object(v, lemma, kids)
            return
        if v.pos_ == "AUX" and not any(c.dep_ in ("attr", "acomp", "prep", "oprd") for c in kids):
            return
        if dep == "xcomp" and not self._content_xcomp(v):
            return
        if dep == "pcomp" and not (any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) or self._content_pcomp(v)):
            return
        if dep == "acl" and not (v.head.pos_ in ("PROPN", "NOUN", "PRON") and v.tag_ in ("VBN", "VBG", "VBD")):
            return
        if dep == "dep" and v.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
            return
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)
        if lemma in CAUSAL and v.tag_ == "VBG" and not own_subject:
            return  # ", resulting in ..." feeds the governing clause's strength instead
        if dep == "advcl" and not own_subject and v.tag_ == "VB":
            return  # a purpose infinitive, "to mark the day": part of its clause
        if lemma in REPORT_VERBS and not any(c.dep_ in ("dobj", "attr", "oprd") and c.lower_ not in (
                "it", "this", "that", "so") for c in kids):
            return  # "he said in a speech": the quote is the claim, not the saying
        subj, passive = self._subject(v)
        if subj is None:
            return
        ctx = self._context(v)
        polarity_neg = ctx.negative ^ self._negated(v)
        certainty = self._certainty(v, ctx)
        if ctx.source is None and self._accusation(v, lemma, kids, passive):
            agent = self._agent(v)  # "was blamed for 600 deaths (by X)", "faces counts of fraud"
            ctx.source = self._source_np(agent) if agent is not None else Source("attributed")
        source = self._source(v, ctx)
        if passive:
            self._agent_claim(v, lemma, subj, source, certainty, polarity_neg)
        predicate, obj = self._predicate(v, lemma, kids, passive, subj)
        if predicate is None:
            return
        if passive and lemma in HEDGE_RAISING and certainty == "asserted":
            certainty = "hedged"  # "he had been rumored dead"
        polarity = "negative" if polarity_neg else "positive"
        strong = polarity == "positive" and subj.agent and self._strong(v, lemma, passive)
        if not subj.entityish and not (predicate in HARM_VERBS or predicate == "died"
                                       or self._has_number(v) or strong):
            return
        span = self._clause_span(v, subj)
        self._emit(v, dict(subject=subj.eid, predicate=predicate, object=obj,
                           time=self._time(v), source=source, polarity=polarity,
                           certainty=certainty, strong=bool(strong)), span)

    def _accusation(self, v: "Token", lemma: str, kids: list, passive: bool) -> bool:
        """A clause that reports an accusation rather than making it: "was blamed for", "is
        accused of", "was charged with murder", "faces 12 counts of fraud"."""
        if passive and lemma in ATTR_PASSIVE:
            return True
        if passive and lemma in ("charge", "indict"):
            charge = self._prep_object(v, ("with", "for", "over"))
            return charge is not None and self._harm_arg(charge)
        if not passive and lemma == "face":
            dobj = next((c for c in kids if c.dep_ == "dobj"), None)
            return dobj is not None and dobj.lemma_.lower() in CHARGE_NOUNS and self._harm_arg(dobj)
        return False

    def _agent_claim(self, v: "Token", lemma: str, patient: _Subject, source: Source, certainty: str,
                     negative: bool) -> None:
        """'she was raped by Quirin', 'the attack, reportedly conducted by the Taliban': the
        harm a passive lays at its agent's door is a claim about the agent."""
        agent_tok = self._agent(v)
        if agent_tok is None:
            return
        agent = self._describe(agent_tok)
        if agent is None or not agent.entityish or not agent.agent:
            return
        harm = lemma in HARM_VERBS and not (lemma in FIGURATIVE and _abstract(patient.tok)) \
            and self._harm_verb(v, lemma)
        if not harm and lemma in COMPLICITY and v.dep_ == "advcl" and not self._harm_arg(patient.tok):
            # "blamed the attack, carried out by X, for ...": the participle hangs on the verb
            # but describes the noun just before it
            near = next((c for c in self._k(v.head) if c.dep_ in ("dobj", "attr") and c.i < v.i), None)
            if near is not None and self._harm_arg(near):
                patient = self._describe(near) or patient
        if not harm and not (lemma in COMPLICITY and self._harm_arg(patient.tok)):
            return
        start, end = self._clause_span(v, patient)
        start = min(start, patient.start) if patient.start < start and start - patient.end < 200 else start
        end = max(end, agent.end)
        self._emit(agent_tok, dict(subject=agent.eid, predicate=lemma, object=_np_text(patient.tok),
                                   time=self._time(v), source=source,
                                   polarity="negative" if negative else "positive",
                                   certainty=certainty, strong=not negative), (start, end))

    def _is_frame(self, v: "Token", lemma: str, kids: list) -> bool:
        deps = {c.dep_ for c in kids}
        passive = "auxpass" in deps or "nsubjpass" in deps
        if lemma in REPORT_VERBS and ("ccomp" in deps or ("xcomp" in deps and not passive)
                                      or ("parataxis" in deps and v.dep_ == "ROOT")):
            return True
        if passive and (lemma in HEDGE_RAISING or lemma in PLAIN_RAISING or lemma in ATTR_PASSIVE) \
                and "xcomp" in deps:
            return True
        if lemma in SEEM_VERBS and "xcomp" in deps:
            return True
        if lemma in ASPECTUAL and "xcomp" in deps:
            return True
        if passive and lemma in ATTR_PASSIVE and any(
                c.dep_ == "prep" and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in self._k(c))
                for c in kids):
            return True
        if lemma in ("know", "clear", "certain") and "neg" in deps and any(
                c.dep_ in ("ccomp", "advcl") and _mark(c) in ("if", "whether") for c in kids):
            return True
        if lemma in COPULAS or v.pos_ == "AUX":
            acomp = next((c for c in kids if c.dep_ == "acomp"), None)
            if acomp is not None and (acomp.lemma_ in UNKNOWN_ADJ or acomp.lemma_ in HEDGE_ADJ
                                      or (acomp.lemma_ in KNOW_NEG and any(g.dep_ == "neg" for g in self._k(acomp)))
                                      or (acomp.lemma_ in KNOW_NEG and "neg" in deps)):
                if any(c.dep_ in ("ccomp", "advcl") for c in kids) or any(
                        g.dep_ in ("xcomp", "ccomp") for g in self._k(acomp)):
                    return True
            if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in kids) and acomp is not None \
                    and any(c.dep_ in ("ccomp", "advcl") and _mark(c) in ("if", "whether", "that")
                            for c in kids):
                return True
        if lemma in ACCUSE_ACTIVE and not passive and any(c.dep_ == "dobj" for c in kids):
            return True
        return False

    def _accused_object(self, v: "Token", lemma: str, kids: list) -> None:
        """'US forces blamed the Quds Force for an attack': a claim about the accused,
        attributed to the accuser."""
        if lemma not in ACCUSE_ACTIVE or any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
            return
        dobj = next((c for c in kids if c.dep_ == "dobj"), None)
        if dobj is None:
            return
        subj = self._describe(dobj)
        if subj is None or not subj.entityish:
            return
        accuser, _ = self._subject(v)
        source = self._source_from_subject(accuser) if accuser else Source("attributed")
        charge = self._prep_object(v, ("for", "of", "in", "over")) or self._prep_object(dobj, ("for", "of", "in", "over"))
        obj = _np_text(charge) if charge is not None else None
        strong = subj.agent and not self._negated(v) and charge is not None and self._harm_arg(charge, death=True)
        start, end = self._clause_span(v, subj)
        self._emit(dobj, dict(subject=subj.eid, predicate=lemma, object=obj, time=self._time(v),
                              source=source, polarity="negative" if self._negated(v) else "positive",
                              certainty="asserted", strong=bool(strong)), (start, end))

    def _content_xcomp(self, v: "Token") -> bool:
        g = v.head
        glemma = _lemma(g)
        gdeps = {c.dep_ for c in self._k(g)}
        passive = "auxpass" in gdeps or "nsubjpass" in gdeps
        if glemma in ASPECTUAL or glemma in SEEM_VERBS:
            return True
        if passive and (glemma in HEDGE_RAISING or glemma in PLAIN_RAISING or glemma in ATTR_PASSIVE):
            return True
        if glemma in REPORT_VERBS and not passive:
            return True  # "he claimed to have ..."
        if g.pos_ == "ADJ" and g.lemma_ in HEDGE_ADJ:
            return True  # "is likely to have ..."
        return False

    def _content_pcomp(self, v: "Token") -> bool:
        prep = v.head
        g = prep.head
        if prep.dep_ not in ("prep", "agent"):
            return False
        gdeps = {c.dep_ for c in self._k(g)}
        passive = "auxpass" in gdeps or "nsubjpass" in gdeps
        return passive and _lemma(g) in ATTR_PASSIVE

    # -- subject --

    def _subject(self, v: "Token") -> tuple[_Subject | None, bool]:
        """The subject of a clause head and whether the clause is passive."""
        kids = self._k(v)
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)
        subj_tok = _pick_subject(kids)
        if subj_tok is not None and subj_tok.dep_ == "nsubj" and v.tag_ == "VBN" \
                and not any(c.dep_ in ("aux", "auxpass") for c in kids):
            passive = True  # a participial headline: "X killed in strike"
        if subj_tok is not None and v.dep_ != "relcl" and subj_tok.lower_ in RELATIVE_PRONOUNS:
            subj_tok = None
        if subj_tok is None and v.dep_ == "conj" and v.tag_ == "VBN" and not any(
                c.dep_ in ("aux", "auxpass", "dobj") for c in kids):
            # "He fought ..., became ... and promoted to commander": a reduced passive unless
            # the first verb's "has" carries it ("has fought and won")
            hk = self._k(v.head)
            passive = passive or any(c.dep_ == "auxpass" for c in hk) or not any(c.dep_ == "aux" for c in hk)
        if subj_tok is None:
            dep = v.dep_
            if dep == "relcl":
                subj_tok = None
                if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in kids):
                    subj_tok = v.head
            elif dep == "acl":
                subj_tok = v.head
                passive = v.tag_ in ("VBN", "VBD")
            elif dep in ("conj", "xcomp", "advcl", "pcomp", "dep") or (dep == "ROOT" and v.tag_ != "VBN"):
                subj_tok, _ = self._controller(v)
                if v.tag_ == "VBN" and dep in ("advcl", "xcomp") and not any(c.dep_ == "aux" for c in kids):
                    passive = v.lemma_ in ("bear",) or passive or dep == "advcl"
            elif dep == "ROOT" and v.tag_ == "VBN":
                subj_tok, _ = self._controller(v)
        elif subj_tok.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
            subj_tok = v.head
        if subj_tok is not None and subj_tok.dep_ == "relcl":
            subj_tok = None
        if subj_tok is None:
            return None, passive
        if subj_tok.lower_ in RELATIVE_PRONOUNS and subj_tok.head.dep_ == "relcl":
            subj_tok = subj_tok.head.head
        if v.dep_ == "relcl" and subj_tok.i == v.head.i:
            subj_tok = _through_copula(subj_tok)
        if self.fragmentary and not passive and _lemma(v) in HEADLINE_PASSIVES \
                and v.tag_ in ("VBD", "VBN") and not any(
                    c.dep_ in ("dobj", "aux") or (c.dep_ in ("ccomp", "xcomp") and c.i > v.i) for c in kids):
            passive = True  # headline "X killed in strike", tagged as a past tense
        return self._describe(subj_tok), passive

    def _controller(self, v: "Token", depth: int = 0) -> tuple["Token | None", bool]:
        """The subject a subjectless verb shares: a conjunct's first verb's, a participle's or
        infinitive's governing clause's, or (misparse) a preceding comma-separated clause's."""
        if depth > 4:
            return None, False
        kids = self._k(v)
        s = _pick_subject(kids)
        if s is not None:
            return s, False
        dep = v.dep_
        if dep in ("conj", "xcomp", "advcl", "dep") and v.head.i != v.i:
            h = v.head
            if dep == "advcl" and _mark(v) not in (None, "while", "after", "before", "by", "when", "since",
                                                   "despite", "though", "although", "until"):
                return None, False
            if dep == "advcl" and any(c.dep_ == "aux" and c.lower_ != "to" for c in kids):
                return None, False  # "had attacked": a finite clause whose subject the parse lost
            if dep == "xcomp" and _lemma(h) not in ("promise", "vow", "pledge", "threaten"):
                # object control: "helped militias to kill", "sent Soleimani to lead attacks"
                dobj = next((c for c in self._k(h) if c.dep_ == "dobj" and c.i < v.i), None)
                if dobj is not None:
                    return dobj, False
            if h.pos_ in ("VERB", "AUX") or h.tag_.startswith("VB"):
                return self._controller(h, depth + 1)
            if dep == "xcomp" and h.pos_ == "ADJ":
                return self._controller(h.head, depth + 1)
            if dep == "conj" and h.dep_ == "acl":
                return h.head, False
            return None, False
        if dep == "pcomp":
            prep = v.head
            g = prep.head
            if g.pos_ in ("VERB", "AUX"):
                return self._controller(g, depth + 1)
            if g.pos_ == "ADJ" and g.head.pos_ in ("VERB", "AUX"):
                return self._controller(g.head, depth + 1)
            return None, False
        if dep == "ROOT":
            # "Soleimani helped X, backed Y, and oversaw Z" parsed with "backed" as the root.
            for c in kids:
                if c.i < v.i and c.dep_ in ("ccomp", "advcl") and c.pos_ == "VERB" and _mark(c) is None:
                    s = next((g for g in self._k(c) if g.dep_ in ("nsubj",)), None)
                    if s is not None and v.i > 0 and self.toks[v.i - 1].lower_ in (",", "and"):
                        return s, False
        return None, False

    def _describe(self, tok: "Token") -> _Subject | None:
        cached = self.subject_cache.get(tok.i, False)
        if cached is not False:
            return cached
        res = self._describe_uncached(tok)
        self.subject_cache[tok.i] = res
        return res

    def _describe_uncached(self, tok: "Token") -> _Subject | None:
        if tok.is_punct or tok.lower_ in ("there",):
            return None
        if tok.pos_ == "NOUN":
            # "her brother Ivar Dahl", "the general, Qassem Soleimani,": the name in apposition
            named = next((c for c in self._k(tok) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if named is not None:
                return self._describe(named)
        ent = self.ent_of.get(tok.i)
        if ent is not None and ent.root.i == tok.i or (ent is not None and tok.pos_ == "PROPN"):
            start, end = self.base + ent.start_char, self.base + ent.end_char
            text = ent.text
            label = ent.label_
        else:
            # a name the tagger missed: the proper-noun compounds and the head
            left = tok.i
            while left > tok.left_edge.i and self.toks[left - 1].dep_ == "compound" \
                    and self.toks[left - 1].head.i in range(left, tok.i + 1) and self.toks[left - 1].pos_ == "PROPN":
                left -= 1
            start = self.base + self.toks[left].idx
            end = self.base + tok.idx + len(tok.text)
            text = self.doc.text[start:end]
            label = None
        entity = None
        if self.index is not None:
            try:
                entity = self.index.entity_at(self.base + tok.idx, self.base + tok.idx + len(tok.text))
            except Exception:
                entity = None
        eid = getattr(entity, "id", None)
        elabel = getattr(entity, "label", None) or label
        low = tok.lower_
        is_pron = tok.pos_ == "PRON" or low in ENTITY_PRONOUNS
        if is_pron and low not in ENTITY_PRONOUNS and tok.text[:1].isupper() and low not in STOP_WORDS \
                and tok.is_alpha:
            # a name the tagger took for a pronoun ("Houthis have attacked ..."): pronouns are a
            # closed class, every one of them a stop word
            is_pron = False
            label = label or "NORP"
        if is_pron:
            if low not in ENTITY_PRONOUNS:
                return None
            if entity is None and low in ("it", "they", "them", "you"):
                entityish = False
                agent = False
            else:
                entityish = True
                agent = (elabel in AGENT_LABELS) if entity is not None else low in PERSON_PRONOUNS
        elif entity is not None:
            entityish = elabel not in NOT_ENTITY_LABELS
            agent = elabel in AGENT_LABELS
        elif label is not None:
            entityish = label in ENTITY_LABELS
            # the small tagger often calls a person LOC or GPE: a name heading a clause counts;
            # a possessed noun ("his CV") is not the agent whatever the tagger calls it
            agent = (label in AGENT_LABELS or (label in ("LOC", "FAC", "PRODUCT") and tok.pos_ == "PROPN")) \
                and not _possessed(tok)
        elif tok.pos_ == "PROPN":
            # a capitalised name nobody recognised ("the Guard"): an agent unless possessed or
            # a short acronym
            entityish = True
            agent = not _possessed(tok) and not (tok.text.isupper() and len(tok.text) <= 3)
        else:
            entityish = False
            agent = self._person_nominal(tok)
        return _Subject(tok, eid, elabel, agent, entityish, start, end, text)

    def _person_nominal(self, tok: "Token") -> bool:
        """A definite common noun for a person or a group: "the man", "the accused", "the crown
        prince", "the militants", "his attacker" (an agent noun of a harm verb). Not "a man" or
        a bare "police" (nobody in particular), not "the attack"."""
        if tok.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ") or tok.dep_ not in ("nsubj", "nsubjpass", "pobj", "dobj", "conj"):
            return False
        lem = tok.lemma_.lower()
        low = tok.lower_
        person = low in PERSON_NOUNS or lem in PERSON_NOUNS or lem in ROLE_NOUNS or lem in WRONGDOER_NOUNS \
            or _harm_agent_noun(low)
        if not person:
            return False
        det = next((c for c in self._k(tok) if c.dep_ in ("det", "poss")), None)
        if det is None:
            return False  # "Police shoot man dead", "militants": nobody in particular
        if det.dep_ == "poss":
            return det.lower_ in ("his", "her", "their", "its") or det.pos_ == "PROPN"
        return det.lower_ in ("the", "this", "that", "these", "those")

    # -- frames: attribution, certainty, polarity --

    def _context(self, v: "Token") -> _Ctx:
        ctx = _Ctx()
        node = v
        hops = 0
        while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in ("VERB", "AUX"):
            node = node.head
        near = True  # certainty and polarity come from the immediate frame only
        while node.head.i != node.i and hops < 8:
            hops += 1
            dep = node.dep_
            g = node.head
            via_prep = None
            if dep == "pcomp" and g.dep_ in ("prep", "agent"):
                via_prep = g
                g = g.head
            glemma = _lemma(g)
            gkids = self._k(g)
            gdeps = {c.dep_ for c in gkids}
            passive = "auxpass" in gdeps or "nsubjpass" in gdeps
            gneg = "neg" in gdeps
            hearsay = g if g.pos_ == "NOUN" and dep in ("acl", "ccomp", "appos") else None
            if hearsay is None and dep == "ccomp" and glemma not in REPORT_VERBS:
                hearsay = next((c for c in gkids if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
                if hearsay is None and g.dep_ == "acl" and g.head.pos_ == "NOUN":
                    hearsay = g.head  # "Rumors circulated ... that he was killed"
            if hearsay is not None and hearsay.lemma_.lower() in RUMOR_NOUNS:
                # "rumors circulated that he was killed", "the claim that he lied"
                if near and ctx.certainty == "asserted":
                    ctx.certainty = "hedged"
                if ctx.source is None and hearsay.lemma_.lower() in ATTR_NOUNS:
                    ctx.source = Source("attributed")
                near = False
                node = g
                continue
            if dep in ("ccomp", "xcomp", "parataxis") or (dep == "advcl" and _mark(node) in ("if", "whether")):
                if glemma in REPORT_VERBS and not (passive and dep == "xcomp"):
                    if ctx.source is None:
                        subj = next((c for c in gkids if c.dep_ in ("nsubj", "nsubjpass")), None)
                        agent = self._agent(g)
                        if passive:
                            if agent is not None:
                                ctx.source = self._source_np(agent)
                            elif glemma in ("allege", "claim", "report"):
                                ctx.source = Source("attributed")
                            elif near:
                                ctx.certainty = "hedged"
                        elif subj is not None and subj.lower_ == "it":
                            if near:
                                ctx.certainty = "hedged"
                        elif subj is not None:
                            ctx.source = self._source_np(subj)
                        else:
                            ctx.source = Source("attributed")
                    if glemma in DENY_VERBS:
                        ctx.negative = not ctx.negative
                    near = False
                elif dep == "xcomp" and passive and (glemma in HEDGE_RAISING or glemma in ATTR_PASSIVE):
                    if near:
                        ctx.certainty = "hedged" if ctx.certainty == "asserted" else ctx.certainty
                        if gneg:
                            ctx.negative = not ctx.negative
                    if glemma in ATTR_PASSIVE and ctx.source is None:
                        agent = self._agent(g)
                        ctx.source = self._source_np(agent) if agent is not None else Source("attributed")
                elif dep == "xcomp" and (glemma in SEEM_VERBS or (g.pos_ == "ADJ" and g.lemma_ in HEDGE_ADJ)):
                    if near:
                        ctx.certainty = "hedged" if ctx.certainty == "asserted" else ctx.certainty
                        if gneg or g.lemma_ == "unlikely":
                            ctx.negative = not ctx.negative
                elif dep == "xcomp" and (glemma in PLAIN_RAISING or glemma in ASPECTUAL):
                    if near and gneg:
                        ctx.negative = not ctx.negative
                    if near and glemma in NEGATING_ASPECT:
                        ctx.negative = not ctx.negative
                    if near:
                        ctx.certainty = self._certainty_marks(g, ctx.certainty)
                    node = g
                    continue  # still the near frame
                elif near and (glemma in ("know", "clear", "certain", "confirm", "establish") and gneg) \
                        and dep in ("ccomp", "advcl"):
                    ctx.certainty = "unknown"
                elif near and (glemma in UNKNOWN_ADJ or (g.pos_ in ("AUX",) or glemma in COPULAS) and any(
                        c.dep_ == "acomp" and (c.lemma_ in UNKNOWN_ADJ or (c.lemma_ in KNOW_NEG and (
                            gneg or any(x.dep_ == "neg" for x in self._k(c))))) for c in gkids)):
                    ctx.certainty = "unknown"
                elif near and g.pos_ == "ADJ" and (g.lemma_ in UNKNOWN_ADJ or (
                        g.lemma_ in KNOW_NEG and any(x.dep_ == "neg" for x in self._k(g)))):
                    ctx.certainty = "unknown"
                elif near and (g.pos_ == "AUX" or glemma in COPULAS) and any(
                        c.dep_ == "acomp" and c.lemma_ in HEDGE_ADJ for c in gkids):
                    ctx.certainty = "hedged"
                near = False
            elif via_prep is not None and passive and glemma in ATTR_PASSIVE:
                if ctx.source is None:
                    agent = self._agent(g)
                    ctx.source = self._source_np(agent) if agent is not None else Source("attributed")
                near = False
            elif via_prep is not None and glemma in DENY_VERBS:
                ctx.negative = not ctx.negative
                near = False
            elif dep in ("conj",):
                pass  # a conjunct shares its first conjunct's frame
            else:
                near = False
            node = g
        return ctx

    def _agent(self, v: "Token") -> "Token | None":
        for c in self._k(v):
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                pobj = next((g for g in self._k(c) if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        return None

    def _negated(self, v: "Token") -> bool:
        neg = False
        for c in self._k(v):
            if c.dep_ == "neg":
                neg = not neg
            elif c.dep_ == "advmod" and c.lower_ in ("longer", "more") and any(
                    g.dep_ == "neg" or g.lower_ == "no" for g in self._k(c)):
                neg = not neg
            elif c.dep_ in ("aux", "auxpass") and (any(g.dep_ == "neg" for g in self._k(c))
                                                 or NEG_CONTRACTION.search(c.lower_)):
                neg = not neg  # "haven´t" left whole by the tokenizer
        if not neg:
            # a negation the parser hung elsewhere, right before the verb: "I haven´t authorized"
            doc = v.doc
            for i in range(v.i - 1, max(v.i - 4, -1), -1):
                t = doc[i]
                if t.is_punct or t.dep_ in ("cc", "nsubj", "nsubjpass", "mark") or t.head.i == v.i:
                    break
                if NEG_CONTRACTION.search(t.lower_) or t.lower_ in ("not", "never"):
                    return True
        return neg

    def _certainty_marks(self, v: "Token", current: str) -> str:
        if current != "asserted":
            return current
        kids = self._k(v)
        has_have = any(c.lower_ == "have" and c.dep_ == "aux" for c in kids)
        for c in kids:
            if c.dep_ == "aux" and c.lower_ in ("may", "might", "could") and (c.lower_ != "could" or has_have):
                return "hedged"
            if c.dep_ == "advmod" and c.lower_ in HEDGE_ADV:
                return "hedged"
        return current

    def _certainty(self, v: "Token", ctx: _Ctx) -> str:
        certainty = self._certainty_marks(v, ctx.certainty)
        if certainty == "asserted" and v.dep_ == "conj":
            certainty = self._certainty_marks(v.head, certainty) if v.head.pos_ in ("VERB", "AUX") else certainty
        return certainty

    def _source(self, v: "Token", ctx: _Ctx) -> Source:
        """The clause's own frame first ("X said (that)", "is blamed for"), then the
        sentence's ("according to X", "..., officials said"), then the quote it sits in."""
        if ctx.source is not None:
            return ctx.source
        sent_src = self._sent_source()
        if sent_src is not None:
            return sent_src
        q = self.quotes.at(self.base + v.idx) if self.quotes.spans else None
        if q is not None:
            src = self.quotes.source(q)
            if src is not None:
                return src
        return Source("article")

    def _source_np(self, tok: "Token") -> Source:
        subj = self._describe(tok)
        return self._source_from_subject(subj) if subj is not None else Source("attributed")

    def _source_from_subject(self, subj: _Subject) -> Source:
        tok = subj.tok
        if subj.eid is not None:
            ent = _safe_by_id(self.index, subj.eid)
            name = getattr(ent, "name", None) or subj.text
            return Source("attributed", name=name, entity=subj.eid)
        if tok.pos_ == "PRON" or tok.lower_ in ENTITY_PRONOUNS:
            if tok.lower_ in ("i", "we") and self.quotes.spans:
                q = self.quotes.at(self.base + tok.idx)
                if q is not None:
                    qs = self.quotes.source(q)
                    if qs is not None:
                        return qs
            return Source("attributed")
        if subj.label is not None or tok.pos_ == "PROPN":
            return Source("attributed", name=_strip_det(subj.text) if subj.text.lower().startswith(("a ", "an ")) else subj.text)
        # an unnamed source: its local description, "US officials", "a senior official"
        return Source("attributed", name=_np_head_text(tok, self.doc.text, self.base))

    # -- predicate and object --

    def _predicate(self, v: "Token", lemma: str, kids: list, passive: bool,
                   subj: _Subject) -> tuple[str | None, str | None]:
        deps = {c.dep_: c for c in reversed(kids)}
        attr = deps.get("attr") or deps.get("oprd")
        acomp = deps.get("acomp")
        dobj = deps.get("dobj")
        if lemma == "bear" and (passive or v.lower_ == "born"):
            return "born", self._place(v)
        if lemma == "die" or (lemma == "pass" and any(c.lower_ == "away" for c in kids)):
            return "died", self._place(v)
        if passive and lemma in DIED_PASSIVE:
            return "died", self._place(v)
        if attr is None and acomp is not None and acomp.lower_ == "dead":
            attr = acomp
        if attr is None and v.i + 1 < len(self.sdoc) and self.toks[v.i + 1].lower_ == "dead":
            attr = self.toks[v.i + 1]  # "rumored dead", whatever the parse made of "dead"
        if passive and attr is not None and attr.lower_ == "dead" and (lemma == "find" or lemma in HEDGE_RAISING):
            return "died", self._place(v)  # "found dead", "was rumored dead"
        if passive and lemma in AS_PASSIVE:
            as_obj = self._prep_object(v, ("as",))
            agent = self._agent(v)
            if as_obj is None and agent is not None:  # "was seen by many as a future leader"
                as_obj = self._prep_object(agent, ("as",))
            if as_obj is not None:
                return "state", _np_text(as_obj)  # "was seen as a future leader"
        if lemma == "shoot" and attr is not None and attr.lower_ == "dead":
            return ("died", self._place(v)) if passive else ("kill", _np_text(dobj) if dobj is not None else None)
        if passive and lemma in ROLE_VERBS:
            role = attr or self._prep_object(v, ("to", "as")) or deps.get("xcomp")
            if role is not None and (role.pos_ in ("NOUN", "PROPN") or role.lemma_.lower() in ROLE_NOUNS):
                text = _np_text(role)  # "promoted to head of ...", with "head" parsed as a verb
                return "role", re.sub(r"^to\s+", "", text or "") or None
        if lemma == "serve":
            role = self._prep_object(v, ("as",))
            if role is not None:
                return "role", _np_text(role)
        if lemma == "join" and dobj is not None:
            return "member_of", _org_text(dobj, self)
        if lemma == "belong":
            org = self._prep_object(v, ("to",))
            if org is not None:
                return "member_of", _org_text(org, self)
        if lemma in LOCATED_VERBS or (passive and lemma in LOCATED_PASSIVE):
            place = self._place(v)
            if place is not None:
                return "located_in", place
        if lemma == "participate" or (lemma == "take" and dobj is not None and dobj.lower_ == "part") \
                or (passive and lemma == "involve"):
            what = self._prep_object(v, ("in",))
            return "participated", _np_text(what) if what is not None else None
        if lemma in COPULAS or v.pos_ == "AUX":
            if attr is not None and attr.like_num and _small_number(attr) and not any(
                    c.dep_ in ("prep",) for c in self._k(attr)):
                return "age", attr.text
            if acomp is not None and acomp.lower_ == "old":
                n = _age_number(acomp)
                if n:
                    return "age", n
            if attr is not None and attr.lemma_ in MEMBER_NOUNS:
                org = self._prep_object(attr, ("of",))
                if org is not None:
                    return "member_of", _org_text(org, self)
            if attr is not None and attr.lemma_.lower() in ROLE_NOUNS:
                return "role", _np_text(attr)
            if attr is not None and lemma == "become" and attr.pos_ == "NOUN":
                return "role", _np_text(attr)
            if attr is None and acomp is None:
                place = self._place(v)
                if place is not None and lemma != "become":
                    return "located_in", place
            if attr is not None:
                return "state", _np_text(attr)
            if acomp is not None:
                return "state", _np_text(acomp)
            prep = deps.get("prep")
            return "state", _np_text(prep) if prep is not None else None
        if lemma in QUANT_VERBS and not passive:
            obj = dobj or self._prep_object(v, ("to", "at", "by"))
            if obj is not None and _has_num(obj):
                return "quantity", _np_text(obj)
        prt = next((c for c in kids if c.dep_ == "prt"), None)
        pred = lemma if prt is None else f"{lemma} {prt.lower_}"
        obj_tok = dobj or attr or acomp
        if obj_tok is None:
            x = deps.get("xcomp")
            if x is not None:
                xkids = {c.dep_: c for c in self._k(x)}
                obj_tok = xkids.get("dobj")
                pred_x = _lemma(x)
                if lemma in ASPECTUAL or lemma in ("help",):
                    pred = pred_x if lemma in ASPECTUAL else pred
        if obj_tok is None:
            cc = deps.get("ccomp")
            if cc is not None and cc.i > v.i:
                return pred, _np_text(cc, clause=True)  # "helped Assad slaughter his people"
            obj_tok = self._prep_object(v, None)
        return pred, (_np_text(obj_tok) if obj_tok is not None else None)

    def _prep_object(self, v: "Token", preps: tuple[str, ...] | None) -> "Token | None":
        kids = self._k(v)
        if preps is None:  # the verb's own complement comes after it: "charged with", not "As the head"
            kids = [c for c in kids if c.i > v.i] + [c for c in kids if c.i < v.i]
        for c in kids:
            if c.dep_ in ("prep", "dative", "agent") and (preps is None or c.lower_ in preps):
                if preps is None and c.dep_ == "agent":
                    continue
                pobj = next((g for g in self._k(c) if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None and (preps is not None or self.ent_of.get(pobj.i) is None
                                         or self.ent_of[pobj.i].label_ not in ("DATE", "TIME")):
                    return pobj
        return None

    def _place(self, v: "Token") -> str | None:
        """The place a clause names: "in Kerman province", "in the capital of Qom" -> Qom."""
        for c in self._k(v):
            if c.dep_ != "prep" or c.lower_ not in ("in", "at", "near", "on", "inside", "outside", "into"):
                continue
            for pobj in self._k(c):
                if pobj.dep_ != "pobj":
                    continue
                place = self._place_np(pobj)
                if place:
                    return place
        return None

    def _place_np(self, tok: "Token", depth: int = 0) -> str | None:
        ent = self.ent_of.get(tok.i)
        if ent is not None and ent.label_ in PLACE_LABELS:
            return _strip_det(ent.text)
        comps = [c for c in self._k(tok) if c.dep_ == "compound" and c.i < tok.i]
        if comps and tok.lemma_ in PLACE_NOUNS:
            ce = self.ent_of.get(comps[0].i)
            if ce is not None and ce.label_ in PLACE_LABELS or comps[0].pos_ == "PROPN":
                return self.sdoc[comps[0].i:tok.i + 1].text
        if depth < 2:
            for c in self._k(tok):
                if c.dep_ == "prep" and c.lower_ in ("of", "in", "near", "outside"):
                    for g in self._k(c):  # "the capital of Qom", "a family in Kerman province"
                        if g.dep_ == "pobj":
                            p = self._place_np(g, depth + 1)
                            if p:
                                return p
        if tok.pos_ == "PROPN" and (ent is None or ent.label_ not in NOT_ENTITY_LABELS | {"PERSON"}):
            return _strip_det(_np_text(tok) or tok.text)
        return None

    # -- time and span --

    def _clause_tokens(self, v: "Token") -> list["Token"]:
        cached = self.clause_cache.get(v.i)
        if cached is None:
            cached = self.clause_cache[v.i] = self._clause_tokens_uncached(v)
        return cached

    def _clause_tokens_uncached(self, v: "Token") -> list["Token"]:
        out, stack = [], [v]
        while stack:
            t = stack.pop()
            out.append(t)
            for c in self._k(t):
                if c.dep_ in SPLIT_DEPS and not (c.dep_ == "ccomp" and t.i == v.i and c.i > v.i
                                                 and _lemma(v) not in REPORT_VERBS):
                    continue
                if c.dep_ == "dep" and c.pos_ in ("VERB", "AUX"):
                    continue
                if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and t.i == v.i:
                    continue
                if c.dep_ == "cc" and t.i == v.i and any(g.dep_ == "conj" and g.pos_ in ("VERB", "AUX") for g in self._k(v)):
                    continue
                stack.append(c)
        return out

    def _time(self, v: "Token") -> str | None:
        best = None
        for t in self._clause_tokens(v):
            ent = self.ent_of.get(t.i)
            if ent is None or ent.label_ not in ("DATE", "TIME") or t.i != ent.root.i or t.i in self.in_parens:
                continue
            text = ent.text
            if not TIME_RE.search(text) or DURATION_RE.fullmatch(text.strip()):
                continue
            if best is None or ent.start < best.start:
                best = ent
        if best is None:
            return None
        text = re.sub(r"^(?:in|on|at|since|by|from)\s+", "", best.text, flags=re.I)
        return _strip_det(text.strip(" ,;:.–—-"))

    def _clause_span(self, v: "Token", subj: _Subject) -> tuple[int, int]:
        toks = [t for t in self._clause_tokens(v) if not (t.is_punct and t.text not in ("’", "”", '"', ")"))
                and t.dep_ != "cc"] or [v]
        lo = min(t.i for t in toks)
        hi = max(t.i for t in toks)
        while hi > lo and (self.toks[hi].is_punct or self.toks[hi].dep_ == "cc") \
                and self.toks[hi].text not in ("’", "'", "”", '"', ")"):
            hi -= 1
        while lo < hi and (self.toks[lo].is_punct or self.toks[lo].dep_ == "cc" or not self.toks[lo].text.strip()
                           or self.toks[lo].text in ("•", "·")):
            lo += 1
        start = self.base + self.toks[lo].idx
        end = self.base + self.toks[hi].idx + len(self.toks[hi].text)
        if (v.dep_ in ("acl", "relcl", "xcomp")) \
                and subj.start < start and start - subj.end < 200:
            start = subj.start
        return start, end

    def _right_end(self, v: "Token") -> int:
        hi = v.right_edge.i
        while hi > v.i and self.toks[hi].is_punct:
            hi -= 1
        t = self.toks[hi]
        return self.base + t.idx + len(t.text)

    def _has_number(self, v: "Token") -> bool:
        for c in self._k(v):
            if c.dep_ in ("dobj", "attr", "nsubjpass") and _has_num(c):
                return True
        return False

    # -- strong --

    def _strong(self, v: "Token", lemma: str, passive: bool) -> bool:
        if not passive and self._harm_verb(v, lemma):
            return True
        if not passive and lemma == "face" and self._accusation(v, lemma, self._k(v), passive):
            return True  # "faces 12 counts of fraud"
        return self._agentive(v, lemma, passive, 0)

    def _harm_verb(self, v: "Token", lemma: str) -> bool:
        if lemma == "cover" and any(c.dep_ == "prt" and c.lower_ == "up" for c in self._k(v)):
            return True
        if lemma not in HARM_VERBS:
            return False
        if lemma == "lie":
            return v.lower_ in ("lied",) or any(
                c.dep_ == "prep" and c.lower_ in ("to", "about") for c in self._k(v)) and v.lower_ != "lay"
        if lemma == "plot" and v.tag_ == "VBN" and v.dep_ in ("amod",):
            return False
        bad = HARMLESS_OBJECTS.get(lemma)
        if bad or lemma in FIGURATIVE:
            dobj = next((c for c in self._k(v) if c.dep_ == "dobj"), None)
            if dobj is not None and bad and dobj.lemma_.lower() in bad:
                return False
            if dobj is not None and lemma in FIGURATIVE and _abstract(dobj):
                return False  # "attacked the proclamation", "killed the bill"
        return True

    def _agentive(self, v: "Token", lemma: str, passive: bool, depth: int) -> bool:
        """Harm that the clause's subject is said to commit, direct, help or be to blame for."""
        if depth > 3:
            return False
        kids = self._k(v)
        if passive and (lemma in ATTR_PASSIVE or lemma in LEGAL_PASSIVE):
            # "was blamed for 600 deaths", "is accused of murder", "was convicted of fraud"
            for c in kids:
                if c.dep_ in ("prep",) and c.lower_ in ("for", "of", "with", "in", "over"):
                    for g in self._k(c):
                        if g.dep_ in ("pobj", "pcomp") and self._harm_arg(g, death=lemma in ("blame", "hold")):
                            return True
                if c.dep_ in ("oprd", "acomp") and c.lemma_ in BLAME_ADJ:
                    return self._agentive(c, c.lemma_, False, depth + 1)
        if not passive and (lemma in COMPLICITY or v.lemma_ in COMPLICITY_ADJ):
            if self._complicit_args(v, depth):
                return True
        if lemma in COPULAS or v.pos_ == "AUX":
            for c in kids:
                if c.dep_ in ("acomp", "attr") and c.lemma_ in COMPLICITY_ADJ:
                    if self._complicit_args(c, depth):
                        return True
                if c.dep_ == "attr" and (_compound_lemma(c) in WRONGDOER_NOUNS or c.lemma_.lower() in WRONGDOER_NOUNS):
                    return True
                if c.dep_ == "acomp" and c.lower_ in HARM_ADJ:
                    return True  # "had been physically abusive to her"
                if c.dep_ == "prep" and c.lower_ == "behind":
                    if any(g.dep_ == "pobj" and self._harm_arg(g) for g in self._k(c)):
                        return True
        if lemma in NOT_AGENTIVE:
            return False
        for c in kids:
            # ", resulting in the deaths of 600": the clause caused the harm
            if c.dep_ in ("advcl", "xcomp", "conj") and _lemma(c) in CAUSAL and c.tag_ == "VBG":
                for g in self._k(c):
                    if g.dep_ == "dobj" and self._harm_arg(g, death=True):
                        return True
                    if g.dep_ == "prep" and g.lower_ in ("in", "to"):
                        if any(x.dep_ == "pobj" and self._harm_arg(x, death=True) for x in self._k(g)):
                            return True
            # a non-finite verb the subject controls: "after killing", "helping militias to kill";
            # not "sentenced them for torturing", where the object did it
            if c.dep_ == "prep" and c.lower_ == "for" and any(x.dep_ == "dobj" for x in kids):
                continue
            for nf in self._nonfinite(c):
                nl = _lemma(nf)
                if self._harm_verb(nf, nl) and not any(x.dep_ in ("auxpass", "nsubjpass") for x in self._k(nf)):
                    return True
                if nl in COMPLICITY and self._complicit_args(nf, depth + 1):
                    return True
                if self._agentive(nf, nl, False, depth + 1):
                    return True
        return False

    def _nonfinite(self, c: "Token") -> list["Token"]:
        out = []
        if c.dep_ in ("xcomp", "advcl") and c.tag_ in ("VBG", "VB", "VBN") and not any(
                g.dep_ in ("nsubj", "nsubjpass") or (g.dep_ == "aux" and c.dep_ == "advcl" and g.lower_ != "to")
                for g in self._k(c)):
            if c.dep_ != "advcl" or _mark(c) in (None, "while", "after", "before", "by", "when", "since"):
                out.append(c)
        elif c.dep_ == "prep" and c.lower_ not in ("about", "against", "from", "on", "over", "despite", "without"):
            for g in self._k(c):
                if g.dep_ == "pcomp" and g.tag_ == "VBG" and not any(x.dep_ in ("nsubj", "nsubjpass") for x in self._k(g)):
                    out.append(g)
                    for cj in self._k(g):
                        if cj.dep_ == "conj" and cj.tag_ == "VBG":
                            out.append(cj)
        elif c.dep_ == "conj" and c.tag_ == "VBG" and c.head.tag_ == "VBG":
            out.append(c)
        return out

    def _complicit_args(self, v: "Token", depth: int) -> bool:
        if any(c.lemma_.lower() in BLAME_ADJ and any(g.dep_ == "neg" for g in self._k(c)) for c in self._k(v)):
            return False  # "pleaded not guilty to seven counts of homicide"
        for c in self._k(v):
            dep = c.dep_
            if dep in ("acomp", "oprd", "attr", "advmod") and c.lemma_.lower() in BLAME_ADJ:
                if any(g.dep_ == "neg" for g in self._k(c)):
                    continue  # "pleaded not guilty"
                if _lemma(v) == "plead" or (depth < 3 and self._complicit_args(c, depth + 1)):
                    return True  # "pleaded guilty (to eight murders)"
                continue
            if dep in ("dobj", "attr", "oprd", "nsubjpass"):
                if dep == "nsubjpass":
                    continue
                if self._harm_arg(c, death=_lemma(v) in ("cause",) or v.lemma_ in BLAME_ADJ):
                    return True
                if _compound_lemma(c) in WRONGDOER_NOUNS or c.lemma_.lower() in WRONGDOER_NOUNS:
                    return True  # "supporting terrorists"
                if c.lemma_.lower() == "responsibility":
                    # "claimed responsibility (for the bombing)"
                    what = self._prep_object(c, ("for",))
                    if (what is not None and self._harm_arg(what)) or (what is None and _lemma(v) == "claim"):
                        return True
                # "organising Shia militias who ransacked the embassy"
                for g in self._k(c):
                    if g.dep_ == "relcl" and self._harm_verb(g, _lemma(g)) and not _passive(g):
                        return True
            elif dep in ("xcomp", "ccomp") and c.i > v.i:
                if self._harm_verb(c, _lemma(c)) and not _passive(c):
                    return True
                if _lemma(c) in COMPLICITY and depth < 3 and self._complicit_args(c, depth + 1):
                    return True
            elif dep in ("prep", "agent") and c.lower_ not in ("against", "despite", "without", "from"):
                for g in self._k(c):
                    if g.dep_ == "pobj" and self._harm_arg(g, death=v.lemma_ in BLAME_ADJ):
                        return True
                    if g.dep_ == "pcomp":
                        # "responsible for exporting X, supporting terrorists and ..."
                        for h in [g] + [x for x in self._k(g) if x.dep_ == "conj" and x.pos_ == "VERB"]:
                            hl = _lemma(h)
                            if self._harm_verb(h, hl) and not _passive(h):
                                return True
                            if hl in COMPLICITY and depth < 3 and self._complicit_args(h, depth + 1):
                                return True
            elif dep == "prt":
                continue
        return False

    def _harm_arg(self, tok: "Token", death: bool = False, depth: int = 0) -> bool:
        lem = tok.lemma_.lower()
        low = tok.lower_
        if lem in HARM_NOUNS or low in HARM_NOUNS:
            return True
        if lem == "strike" and any(c.dep_ in ("compound", "amod") and c.lower_ in STRIKE_COMPOUNDS for c in self._k(tok)):
            return True
        if lem in ("crime", "cleansing") or _compound_lemma(tok) in HARM_NOUNS:
            return True
        if tok.pos_ == "VERB" and self._harm_verb(tok, _lemma(tok)):
            return True
        if death and (lem in DEATH_NOUNS or low in DEATH_NOUNS):
            return True
        if depth < 2:
            for c in self._k(tok):
                if c.dep_ == "conj" and self._harm_arg(c, death, depth + 1):
                    return True
            if lem in QUANT_HEADS or tok.like_num or tok.pos_ == "NUM":
                for c in self._k(tok):
                    if c.dep_ == "prep" and c.lower_ == "of":
                        if any(g.dep_ == "pobj" and self._harm_arg(g, death, depth + 1) for g in self._k(c)):
                            return True
        return False

    # -- fallbacks for misparses and noun-phrase claims --

    def _nominal_conj(self, tok: "Token") -> None:
        """'..., and oversaw killing of protesters' with 'oversaw' tagged as an adjective."""
        verb = next((c for c in self._k(tok) if c.dep_ in ("amod", "compound") and c.i < tok.i
                     and _verb_form(c) in COMPLICITY | HARM_VERBS), None)
        if verb is None:
            return
        head = tok.head
        subj_tok, _ = self._controller(head)
        if subj_tok is None:
            return
        subj = self._describe(subj_tok)
        if subj is None or not subj.entityish:
            return
        vl = _verb_form(verb)
        strong = subj.agent and (vl in HARM_VERBS or self._harm_arg(tok))
        ctx = self._context(head)
        source = self._source(head, ctx)
        start = self.base + verb.idx
        end = self._right_end(tok)
        obj = _np_text(tok) or ""
        obj = obj[len(verb.text):].strip() if obj.startswith(verb.text) else obj
        self._emit(verb, dict(subject=subj.eid, predicate=vl, object=obj or None, time=self._time(tok),
                              source=source, polarity="negative" if ctx.negative else "positive",
                              certainty=ctx.certainty, strong=bool(strong)), (start, end))

    def _np_age(self, tok: "Token") -> None:
        """'the 61-year-old X', 'X, aged 44,', 'X, 44,', 'dies aged 81', 'at the age of 44'."""
        number = None
        holder = None
        low = tok.lower_
        if low == "aged":
            nxt = self.toks[tok.i + 1] if tok.i + 1 < len(self.sdoc) else None
            if nxt is not None and nxt.like_num and _small_number(nxt):
                number = nxt
                holder = tok.head
        elif low == "old" and tok.dep_ == "amod":
            n = _age_number(tok)
            if n:
                number = next((t for t in tok.head.subtree if t.text == n), None) or tok
                holder = tok.head
        elif low == "age" and tok.dep_ == "pobj" and tok.head.lower_ == "at":
            of = next((c for c in self._k(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
            num = next((g for g in self._k(of) if g.dep_ == "pobj" and g.like_num), None) if of is not None else None
            if num is not None and _small_number(num):
                number = num
                holder = tok.head.head
        elif tok.dep_ == "appos" and tok.like_num and _small_number(tok):
            ent = self.ent_of.get(tok.head.i)
            if tok.head.pos_ == "PROPN" and (ent is None or ent.label_ == "PERSON"):
                number = tok
                holder = tok.head
        if number is None or holder is None:
            return
        if holder.pos_ in ("VERB", "AUX"):
            subj, _ = self._subject(holder)
        else:
            subj = self._describe(holder)
        if subj is None or not subj.entityish or subj.label not in (None, "PERSON") and subj.eid is None:
            return
        text = number.text if number.like_num else _age_number(tok)
        start = min(subj.start, self.base + tok.idx, self.base + number.idx)
        end = max(subj.end, self.base + number.idx + len(number.text), self.base + tok.idx + len(tok.text))
        q = self.quotes.at(start) if self.quotes.spans else None
        source = self._sent_source() or (self.quotes.source(q) if q is not None else None) or Source("article")
        self._emit(number, dict(subject=subj.eid, predicate="age", object=text, time=None,
                                source=source, polarity="positive", certainty="asserted",
                                strong=False), (start, end))


# --- helpers -------------------------------------------------------------------------------


def _lemma(tok: "Token") -> str:
    low = tok.lower_
    if low in LEMMA_FIX:
        return LEMMA_FIX[low]
    if low in IRREGULAR and tok.pos_ not in ("VERB", "AUX"):
        return IRREGULAR[low]
    if low in ("born",):
        return "bear"
    lem = tok.lemma_.lower()
    return lem


def _harm_agent_noun(low: str) -> bool:
    """'attacker', 'killer', 'kidnapper', 'bomber', 'murderer': the doer of a harm verb."""
    for suffix in ("ers", "er", "rs", "r"):
        if low.endswith(suffix):
            stem = low[: -len(suffix)]
            if stem in HARM_VERBS or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in HARM_VERBS):
                return True
    return False


def _verb_form(tok: "Token") -> str:
    low = tok.lower_
    if low in IRREGULAR:
        return IRREGULAR[low]
    if tok.tag_ in ("VBD", "VBN", "VBG", "VB", "VBZ", "VBP"):
        return tok.lemma_.lower()
    return low


def _abstract(tok: "Token") -> bool:
    """An idea, a decision or a text rather than a person, a group or a place."""
    if tok.ent_type_ in ("PERSON", "NORP", "ORG", "GPE", "FAC", "LOC") or tok.pos_ in ("PRON", "NUM"):
        return False
    lem = tok.lemma_.lower()
    return lem in ABSTRACT_NOUNS or (lem.endswith(ABSTRACT_SUFFIXES) and lem not in CONCRETE_NOUNS)


def _passive(tok: "Token") -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def _possessed(tok: "Token") -> bool:
    return any(c.dep_ == "poss" for c in tok.children)


def _through_copula(tok: "Token") -> "Token":
    """'X was one of the figures who orchestrated ...': the relative clause is about X."""
    t = tok
    if t.dep_ == "pobj" and t.head.lower_ in ("of", "among") and t.head.head.dep_ in ("attr", "nsubj") \
            and t.head.head.lower_ in ("one", "some", "many", "few", "several", "among", "part"):
        t = t.head.head
    if t.dep_ == "attr" and (t.head.pos_ == "AUX" or t.head.lemma_ in COPULAS):
        subj = _pick_subject(list(t.head.children))
        if subj is not None:
            return subj
    return tok


def _pick_subject(kids: list) -> "Token | None":
    """The subject child; of several (a misparsed "Ex-minister X dies"), the name."""
    subs = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ not in NOT_ENTITY_LABELS
            and c.lower_ not in DECADES and not c.is_punct]
    # of several, the one next to the verb: "Mokha, Yemen bomb kills", "Ex-minister X dies"
    return subs[-1] if subs else None


def _mark(tok: "Token") -> str | None:
    for c in tok.children:
        if c.dep_ == "mark":
            return c.lower_
    return None


def _compound_lemma(tok: "Token") -> str:
    comps = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i == tok.i - 1]
    if comps:
        return f"{comps[0].lemma_.lower()}_{tok.lemma_.lower()}"
    return tok.lemma_.lower()


def _small_number(tok: "Token") -> bool:
    try:
        n = int(tok.text)
    except ValueError:
        return False
    return 0 < n < 125


def _age_number(tok: "Token") -> str | None:
    """'61-year-old', '61 years old': the number before 'year(s)' under 'old'."""
    for c in tok.children:
        if c.lemma_ == "year":
            for g in c.children:
                if g.like_num and _small_number(g):
                    return g.text
    i = tok.i
    doc = tok.doc
    # tokenised as "61", "-", "year", "-", "old" without the tree we expect
    if i >= 4 and doc[i - 2].lemma_ == "year" and doc[i - 4].like_num and _small_number(doc[i - 4]):
        return doc[i - 4].text
    if i >= 2 and doc[i - 1].lemma_ == "year" and doc[i - 2].like_num and _small_number(doc[i - 2]):
        return doc[i - 2].text
    return None


def _has_num(tok: "Token") -> bool:
    if tok.like_num:
        return True
    for c in tok.children:
        if c.dep_ in ("nummod", "quantmod") or (c.like_num and c.dep_ in ("compound", "amod")):
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and tok.lemma_.lower() in QUANT_HEADS:
            return True
    return tok.lemma_.lower() in ("hundred", "thousand", "million", "billion", "dozen")


def _strip_det(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)


NP_CUT = frozenset({"relcl", "acl", "appos", "advcl", "parataxis"})
CLAUSE_CUT = frozenset({"advcl", "parataxis", "relcl"})
OPENERS = frozenset({"(", "[", "–", "—"})


def _np_text(tok: "Token | None", clause: bool = False) -> str | None:
    """The phrase a token heads, without relative clauses, appositions, asides in brackets or
    dashes, trailing punctuation or a leading article; long phrases are cut at a word."""
    if tok is None:
        return None
    doc = tok.doc
    cut = CLAUSE_CUT if clause else NP_CUT
    keep: set[int] = set()
    stack = [tok]
    while stack:
        t = stack.pop()
        keep.add(t.i)
        for c in t.children:
            if c.dep_ not in cut:
                stack.append(c)
    lo = hi = tok.i
    while lo - 1 in keep and doc[lo - 1].text not in (")", "]") and not (
            doc[lo - 1].text in OPENERS and lo - 1 != tok.i):
        lo -= 1
    while hi + 1 in keep and doc[hi + 1].text not in OPENERS:
        hi += 1
    while lo < tok.i and (doc[lo].is_punct or doc[lo].dep_ == "cc"):
        lo += 1
    while hi > tok.i and (doc[hi].is_punct or doc[hi].dep_ == "cc"):
        hi -= 1
    text = _strip_det(" ".join(doc[lo:hi + 1].text.split()))
    if len(text) > MAX_OBJECT:
        cut_at = text.rfind(" ", 0, MAX_OBJECT)
        text = text[:cut_at if cut_at > 20 else MAX_OBJECT].rstrip(",;: ")
    return text or None


def _np_head_text(tok: "Token", article_text: str, base: int) -> str:
    """An unnamed source's description: the head and its left modifiers ('US officials')."""
    doc = tok.doc
    lo = tok.left_edge.i
    while lo < tok.i and doc[lo].is_punct:
        lo += 1
    start = base + doc[lo].idx
    end = base + tok.idx + len(tok.text)
    return " ".join(article_text[start:end].split())


def _org_text(tok: "Token", block: _Block) -> str | None:
    ent = block.ent_of.get(tok.i)
    if ent is not None and ent.label_ in ("ORG", "NORP", "GPE"):
        return _strip_det(ent.text)
    return _np_text(tok)
