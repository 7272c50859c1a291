"""A learned scorer for loaded wording in context: logistic regression over one token's
word and context features, weights in ``copydesk/data/loaded_model.json``.

What the features are (one vector per candidate token, ``features``):

* the token's part of speech;
* word lists: copydesk's hand-written lexicon (``loaded_en.txt``), the MBIC bias lexicon
  (Apache-2.0), judgement words from NewsWCL50 (``newswcl50_judgements.tsv``, CC BY-SA 4.0)
  and the VADER valence of the word (MIT, from the ``vadersentiment`` package);
* the word's prior: how often MBIC's annotators marked the word biased where it occurred
  (smoothed log odds, shipped in the weights file);
* how common the word is (the Zipf table copydesk ships from wordfreq), and its case;
* whether it names an act (an event, a legal step or a wrongdoing: ``descriptive_words``);
* where it stands: its relation to its head (modifier, predicate, adverb, object, subject,
  root, conjunct, compound), a degree word on it ("utterly"), whether what it is said of is
  a person or group, whether it is a piece of a hyphenated compound, a superlative;
* the token's context: the 96 numbers the spaCy pipeline's own tok2vec layer already computed
  for it (``Doc.tensor``), so the same word scores differently in "crude oil" and "a crude
  remark" at no extra parsing cost. Weights trained with one spaCy pipeline only use the
  context part with a pipeline of the same width and name; otherwise the scorer falls back
  to the word-only weights trained alongside.

``tools/train_loaded.py`` trains the weights (seeded, reproducible) on MBIC word labels and
NewsSD-ENG objective sentences; BABE and the SemEval PTC corpus are never trained on.
Candidates are content words (adjectives, adverbs, verbs, nouns) outside a stop list. The
cost is one dot product per candidate over vectors spaCy already built.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parent / "data"
WEIGHTS_FILE = DATA / "loaded_model.json"
ENCODER_WEIGHTS_FILE = DATA / "loaded_model_encoder.json"  # the opt-in encoder's (copydesk.loaded_encoder)
WCL_FILE = DATA / "newswcl50_judgements.tsv"
MBIC_LEXICON_FILE = DATA / "mbic_lexicon.txt"
POS = ("ADJ", "ADV", "VERB", "NOUN")
CANDIDATE_POS = frozenset(POS)
# WCL categories that carry no judgement of their own
WCL_NEUTRAL = frozenset({"Other"})
N_WORD = 29  # word and syntax features before the context vector


@dataclass(frozen=True)
class Resources:
    lexicon: dict[str, frozenset[str]]  # word -> copydesk lexicon kinds
    mbic: frozenset[str]
    wcl: frozenset[str]
    vader: dict[str, float]
    prior: dict[str, float]  # lemma -> smoothed log odds of being marked biased
    cache: dict = field(default_factory=dict, compare=False, hash=False)  # word form -> features


def _vader() -> dict[str, float]:
    try:
        from importlib.resources import files

        text = (files("vaderSentiment") / "vader_lexicon.txt").read_text("utf-8")
    except (ImportError, FileNotFoundError, ModuleNotFoundError):
        return {}
    out = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            try:
                out[parts[0].lower()] = float(parts[1])
            except ValueError:
                pass
    return out


def read_wcl(path: Path = WCL_FILE) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    words = set()
    for line in path.read_text("utf-8").splitlines()[1:]:
        word, _, cats = line.partition("\t")
        if word and set(cats.split("\t")[0].split(",")) - WCL_NEUTRAL:
            words.add(word)
    return frozenset(words)


def lexicon_kinds() -> dict[str, frozenset[str]]:
    from .checks.language import lexicon

    return {w: frozenset(kinds) for w, kinds in lexicon().words.items()}


def read_mbic_lexicon(path: Path = MBIC_LEXICON_FILE) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    return frozenset(w.strip().lower() for w in path.read_text("utf-8").splitlines() if w.strip())


def resources(prior: dict[str, float] | None = None) -> Resources:
    return Resources(lexicon_kinds(), read_mbic_lexicon(), read_wcl(), _vader(), prior or {})


def _zipf(word: str) -> float:
    from .names import zipf  # the shipped wordfreq table: no wordfreq import at run time

    return zipf(word)


STOP = frozenset("""
be have do say get make go know take see come think look want give use find tell ask work seem
feel try leave call other new good high old great big small large long little own right same
few last first next such only just also even still very too more most much many well back then
now so here there year years time people way day thing man woman part percent
""".split())


def is_candidate(tok) -> bool:
    return (tok.pos_ in CANDIDATE_POS and tok.is_alpha and len(tok) > 2 and not tok.is_stop
            and tok.lemma_.lower() not in STOP)


def candidate_flags(tb) -> list[bool]:
    """``is_candidate`` of every token, read from the Doc's token table."""
    return [pos in CANDIDATE_POS and alpha and len(text) > 2 and not stop and lemma not in STOP
            for pos, alpha, text, stop, lemma in zip(tb.pos, tb.is_alpha, tb.text, tb.is_stop, tb.lemma_low)]


# the law's own words for a status or a step: the finding, not the reporter's verdict
LEGAL_STATUS = frozenset({"detain", "imprison", "guilty", "punishable", "unlawful"})


@lru_cache(maxsize=8)
def _vocab_words(name: str) -> frozenset[str]:
    path = DATA / name
    if not path.exists():
        return frozenset()
    return frozenset(line.split("\t")[0].strip().lower() for line in path.read_text("utf-8").splitlines()
                     if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def descriptive_words() -> frozenset[str]:
    """Words that name an event, a legal step or a wrongdoing (copydesk's event and wrongdoing
    vocabularies and the legal frames' verbs: "stabbed", "detained", "fraud"): strong valence,
    but often a report's subject matter, not its judgement. A feature, so the scorer learns how
    far such a word judges."""
    from .checks.language.senses import LEGAL_CUES

    return LEGAL_CUES | LEGAL_STATUS | _vocab_words("events_en.tsv") | _vocab_words("wrongdoing_en.tsv")


def names_an_act(tok) -> bool:
    """The name of an event, a legal step or (as a noun or verb) a wrongdoing: "stabbed",
    "detained", "guilty", "fraud". A wrongdoing adjective ("reckless", "corrupt") is a verdict
    on someone, not the name of an act."""
    forms = {tok.lower_, tok.lemma_.lower()}
    if forms & (_vocab_words("events_en.tsv") | LEGAL_STATUS):
        return True
    from .checks.language.senses import LEGAL_CUES

    if forms & LEGAL_CUES:
        return True
    return tok.pos_ != "ADJ" and bool(forms & _vocab_words("wrongdoing_en.tsv"))


# the syntax a judging word sits in: its relation to its head, as one-hot groups
DEP_GROUPS = (("amod",), ("acomp", "attr", "oprd"), ("advmod",), ("dobj", "pobj"), ("nsubj", "nsubjpass"),
              ("ROOT",), ("conj",), ("compound",))
DEGREE = frozenset("""
so too very most more really truly utterly totally absolutely completely entirely extremely incredibly
deeply highly downright outright thoroughly particularly especially increasingly
""".split())
PERSON_HEADS = frozenset({"PERSON", "NORP", "ORG"})


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns for people and groups: the label rules' own and the role vocabulary's titles."""
    from . import vocab
    from .checks.language.phrases import PERSON_GROUP_NOUNS

    return PERSON_GROUP_NOUNS | vocab.words("roles_en.txt", "top_titles") | vocab.words("roles_en.txt", "other_titles")


def _person(tok) -> bool:
    return tok.ent_type_ in PERSON_HEADS or tok.pos_ in ("PROPN", "PRON") or tok.lemma_.lower() in person_nouns()


def _hyphen_piece(tok) -> bool:
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 else None
    return "-" in tok.text or (nxt is not None and nxt.text == "-" and not tok.whitespace_) \
        or (prev is not None and prev.text == "-" and not prev.whitespace_)


def syntax_features(tok) -> list[float]:
    """Where the word stands: its relation to its head (one-hot groups), a degree word on it
    ("utterly absurd"), whether what it is said of is a person or group, whether it is a piece
    of a hyphenated compound ("anti-immigration"), a superlative."""
    dep = tok.dep_
    head = tok.head
    said_of = head if dep in ("amod", "compound", "appos") else \
        next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None) if dep in ("acomp", "attr") else None
    person = said_of is not None and _person(said_of)
    return [
        *(1.0 if dep in g else 0.0 for g in DEP_GROUPS),
        1.0 if any(c.dep_ == "advmod" and c.lower_ in DEGREE for c in tok.children) else 0.0,
        1.0 if person else 0.0,
        1.0 if _hyphen_piece(tok) else 0.0,
    ]


def not_addable(tok) -> bool:
    """A word the scorer does not add, however it reads it (the hand-written list, with its
    own sense rules, still may): a piece of a hyphenated compound, whose meaning is the
    compound's ("anti-immigration groups", "worst-case", "teary-eyed"), and the name of an
    act (``names_an_act``: "stabbed", "detained", "fraud"), which has a strong valence but is
    a report's subject matter, not its verdict."""
    return _hyphen_piece(tok) or names_an_act(tok)


@lru_cache(maxsize=1)
def classifying_adjectives() -> frozenset[str]:
    """Adjectives that name a legal status (``classifying_adjectives_en.txt``): on a noun they
    classify it ("illegal immigration", "undocumented migrants"), they do not judge it."""
    return _vocab_words("classifying_adjectives_en.txt")


@lru_cache(maxsize=1)
def mind_states() -> frozenset[str]:
    """Adjectives that report a state of mind of whom they are said of (``mind_states_en.txt``:
    "worried", "hopeful", "wary"): a report of that person's state, not a verdict on them."""
    return _vocab_words("mind_states_en.txt")


def judging_position(tok) -> bool:
    """Where a word passes a verdict on what it is said of: an adjective before a noun or
    after "be" ("a reckless plan", "the plan is reckless"), or a noun said of a person ("he
    is a crook", "the crook Smith"). The scorer adds such a word from a lower score. An
    adjective that names a legal status classifies its noun ("illegal immigration",
    "criminal justice"), so its position says nothing of a verdict; nor does one that reports
    a state of mind ("the drivers are worried", ``mind_states``) or a comparative, which
    measures against something else ("things have got worse", "poorer districts")."""
    if tok.pos_ == "ADJ":
        forms = {tok.lower_, tok.lemma_.lower()}
        if forms & (classifying_adjectives() | mind_states()) or tok.tag_ == "JJR":
            return False
        dep = tok.dep_ if tok.dep_ != "conj" else tok.head.dep_
        return dep in ("amod", "acomp", "attr", "oprd")
    if tok.pos_ == "NOUN" and tok.dep_ in ("attr", "appos"):
        head = tok.head
        said_of = head if tok.dep_ == "appos" else next(
            (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return said_of is not None and _person(said_of)
    return False


def manner_position(tok) -> bool:
    """Where an adverb says how an act was done or how far a quality goes ("cut the budget
    aggressively", "hopelessly divided", "denied it vehemently"): an adverb modifying a verb,
    an adjective or another adverb. The writer's characterisation of the act, not its report;
    the scorer adds such a word from a threshold of its own, chosen like the others (the
    lowest score from which the adverbs added out of topic are marked often enough). An
    adverb set off by a comma or opening its sentence comments on the whole statement
    ("Clearly, the plan failed", "Understandably, they left") and is not one."""
    if tok.pos_ != "ADV" or tok.dep_ != "advmod" or tok.head.pos_ not in ("VERB", "ADJ", "ADV") or tok.head.i == tok.i:
        return False
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return not tok.is_sent_start and not (nxt is not None and nxt.text == ",")


def _word_part(low: str, lemma: str, res: Resources) -> tuple[tuple[float, ...], bool]:
    """The features of the word itself, and whether it has a cue; cached per word form."""
    key = (low, lemma)
    hit = res.cache.get(key)
    if hit is not None:
        return hit
    kinds = res.lexicon.get(low, frozenset()) | res.lexicon.get(lemma, frozenset())
    v = res.vader.get(low, res.vader.get(lemma, 0.0))
    z = _zipf(low)
    prior = res.prior.get(lemma)
    mbic = low in res.mbic or lemma in res.mbic
    wcl = low in res.wcl or lemma in res.wcl
    part = (
        1.0 if kinds else 0.0,
        1.0 if "label" in kinds else 0.0,
        1.0 if mbic else 0.0,
        1.0 if wcl else 0.0,
        abs(v) / 4.0,
        1.0 if v < -1.0 else 0.0,
        prior if prior is not None else 0.0,
        1.0 if prior is not None else 0.0,
        z / 8.0,
        1.0 if lemma in descriptive_words() or low in descriptive_words() else 0.0,
    )
    # a cheap cue that the word can judge: a list has it, VADER gives it a strong valence or
    # MBIC's annotators marked it more often than not; and it is a known English word (a typo
    # or a foreign word is no candidate of its own)
    cue = bool(kinds or mbic or wcl or abs(v) >= 1.5 or (prior or 0.0) > 0.5) and z >= 2.5
    res.cache[key] = (part, cue)
    return part, cue


def has_cue(tok, res: Resources) -> bool:
    return _word_part(tok.lower_, tok.lemma_.lower(), res)[1]


def cue_at(tb, i: int, res: Resources) -> bool:
    """``has_cue`` of token i, read from the Doc's token table."""
    return _word_part(tb.lower[i], tb.lemma_low[i], res)[1]


def word_features(tok, res: Resources) -> list[float]:
    part, _ = _word_part(tok.lower_, tok.lemma_.lower(), res)
    pos = tok.pos_
    first = bool(tok.is_sent_start)  # not tok.sent, which walks the sentence
    return [
        *(1.0 if pos == p else 0.0 for p in POS),
        *part,
        1.0 if tok.text[:1].isupper() and not first else 0.0,
        1.0 if tok.is_upper and len(tok) > 1 else 0.0,
        1.0 if tok.dep_ in ("amod", "advmod") else 0.0,
        1.0 if tok.tag_ in ("JJS", "RBS") else 0.0,
        *syntax_features(tok),
    ]


CASE_FEATURES = slice(14, 15)  # capitalised inside a sentence: a name, except in a title-case line


def features(sdoc, toks, res: Resources, width: int, title: bool = False, encoder: int = 0) -> np.ndarray:
    """One row per token in ``toks``: word features, then the context vector of ``width``
    columns (zeros when the pipeline gives none of the expected width), the last ``encoder``
    of them the opt-in encoder's states (``copydesk.loaded_encoder``). In a title-case
    headline capitals say nothing about names."""
    rows = np.array([word_features(t, res) for t in toks], dtype=np.float32).reshape(len(toks), N_WORD)
    if title:
        rows[:, CASE_FEATURES] = 0.0
    if not width:
        return rows
    tensor = getattr(sdoc, "tensor", None)
    own = width - encoder
    if tensor is None or tensor.ndim != 2 or tensor.shape[1] != own or tensor.shape[0] != len(sdoc):
        ctx = np.zeros((len(toks), own), dtype=np.float32)
    else:
        ctx = np.asarray(tensor, dtype=np.float32)[[t.i for t in toks]]
    if not encoder:
        return np.hstack([rows, ctx])
    from . import loaded_encoder

    return np.hstack([rows, ctx, loaded_encoder.states(sdoc, toks)])


@dataclass
class Model:
    """Weights for one feature layout: word features, optionally the context vector."""

    weights: np.ndarray
    bias: float
    mean: np.ndarray
    scale: np.ndarray
    width: int  # context width (0: word features only)
    encoder: int = 0  # of which the last columns are the opt-in encoder's states

    def score(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    @classmethod
    def from_dict(cls, d: dict) -> "Model":
        return cls(np.array(d["weights"], dtype=np.float32), float(d["bias"]),
                   np.array(d["mean"], dtype=np.float32), np.array(d["scale"], dtype=np.float32),
                   int(d["width"]), int(d.get("encoder", 0)))

    def to_dict(self, digits: int = 5) -> dict:
        r = lambda a: [round(float(x), digits) for x in a]  # noqa: E731
        return {"weights": r(self.weights), "bias": round(self.bias, digits), "mean": r(self.mean),
                "scale": r(self.scale), "width": self.width} | ({"encoder": self.encoder} if self.encoder else {})


@dataclass
class Scorer:
    context: Model | None
    words: Model
    pipeline: str
    thresholds: dict[str, float]
    res: Resources

    def decision(self, sdoc) -> tuple[float, float]:
        """(keep, add): a lexicon hit scored under keep is another sense; a word the lexicon
        lacks scored at add or over is a new candidate."""
        d = self.thresholds.get("context" if self.model_for(sdoc) is self.context else "words", {})
        return d.get("keep", 0.0), d.get("add", 1.01)

    def judging_add(self, sdoc) -> float:
        """The add threshold for a word in a judging position (``judging_position``)."""
        d = self.thresholds.get("context" if self.model_for(sdoc) is self.context else "words", {})
        return d.get("add_judging", d.get("add", 1.01))

    def manner_add(self, sdoc) -> float:
        """The add threshold for an adverb of manner or degree (``manner_position``); weights
        trained before it existed use the general one."""
        d = self.thresholds.get("context" if self.model_for(sdoc) is self.context else "words", {})
        return d.get("add_manner", d.get("add", 1.01))

    def model_for(self, sdoc) -> Model:
        c = self.context
        if c is None:
            return self.words
        tensor = getattr(sdoc, "tensor", None)
        if tensor is None or tensor.ndim != 2 or tensor.shape[1] != c.width - c.encoder or tensor.shape[0] != len(sdoc):
            return self.words
        return c

    def score_tokens(self, sdoc, toks, title: bool = False) -> np.ndarray:
        """The probability that each token is loaded wording, in its context."""
        if not toks:
            return np.zeros(0, dtype=np.float32)
        m = self.model_for(sdoc)
        return m.score(features(sdoc, toks, self.res, m.width, title, m.encoder))


def scorer(encoder: bool = False) -> Scorer | None:
    """The shipped scorer (with ``encoder``, the one that also reads the opt-in encoder's
    states), or None when its weights file is missing (the lexicon then decides alone). One
    object per weights file, however it is asked for."""
    return _load(ENCODER_WEIGHTS_FILE if encoder else WEIGHTS_FILE)


@lru_cache(maxsize=2)
def _load(path: Path) -> Scorer | None:
    if not path.exists():
        return None
    d = json.loads(path.read_text("utf-8"))
    prior = {k: float(v) for k, v in d.get("prior", {}).items()}
    ctx = Model.from_dict(d["context"]) if d.get("context") else None
    return Scorer(ctx, Model.from_dict(d["words"]), d.get("pipeline", ""), d.get("decision", {}),
                  resources(prior))


def feature_vocabularies() -> dict[str, str]:
    """A digest of each vocabulary the features and the thresholds read, by where it lives. The training script
    stores them in the weights file; when someone edits one of these files (a new event type,
    a role title), the features of the shipped weights change under them, and the weights must
    be retrained (``tests/test_loaded_model.py`` says so)."""
    import hashlib

    from . import names
    from .checks.language.senses import LEGAL_CUES

    def digest(items) -> str:
        return hashlib.sha256("\n".join(sorted(items)).encode("utf-8")).hexdigest()[:16]

    res = resources()
    return {
        "loaded_en.txt": digest(f"{w}\t{','.join(sorted(k))}" for w, k in res.lexicon.items()),
        "mbic_lexicon.txt": digest(res.mbic),
        "newswcl50_judgements.tsv": digest(res.wcl),
        "vaderSentiment (package)": digest(f"{w}\t{v}" for w, v in res.vader.items()),
        "names_zipf_en.txt.gz": digest(names._zipf_table()),
        "events_en.tsv": digest(_vocab_words("events_en.tsv")),
        "wrongdoing_en.tsv": digest(_vocab_words("wrongdoing_en.tsv")),
        "roles_en.txt and checks/language/phrases.py (people)": digest(person_nouns()),
        "checks/language/senses.py and loaded_model.py (legal words)": digest(LEGAL_CUES | LEGAL_STATUS),
        "loaded_model.py (stop and degree words)": digest({f"s:{w}" for w in STOP} | {f"d:{w}" for w in DEGREE}),
        "classifying_adjectives_en.txt (no judging position)": digest(classifying_adjectives()),
        "mind_states_en.txt (no judging position)": digest(mind_states()),
    }


def log_odds(pos: int, total: int, base: float, strength: float = 4.0) -> float:
    """Smoothed log odds of a word being marked, shrunk towards the base rate."""
    p = (pos + strength * base) / (total + strength)
    return math.log(p / (1 - p)) - math.log(base / (1 - base))
