"""The event vocabulary, read once from the data files (``copydesk/data/events_en.tsv``,
``measures_en.tsv``; see ``events_LICENSE.md``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..vocab import words

DATA = Path(__file__).resolve().parents[1] / "data"

# Verbs that start an event named by their object or subject ("lightning started the fire",
# "the fire broke out"): the time they carry is the event's start.
START_VERBS = frozenset({"start", "spark", "ignite", "trigger", "cause", "begin", "break", "erupt",
                         "set"})
# Verbs with no meaning of their own beyond "the event happened" ("the blast came shortly
# before 11 p.m.", "an explosion tore through"): their time and place are the subject's.
LIGHT_VERBS = frozenset({"come", "happen", "occur", "tear", "rip", "strike", "hit", "take",
                         "sweep", "engulf", "destroy", "damage", "leave", "break", "erupt",
                         "start", "begin", "spread", "burn", "rage", "send", "kill", "injure"})
# A verb's words that make its date the day an act takes effect, not the day of the act:
# "his resignation takes effect Feb. 15", "the ban comes into force", "becomes effective".
EFFECT_WORDS = frozenset({"effect", "force", "effective"})
# Words that make a mention a new event of its class, not one named before.
NEW_WORDS = frozenset({"another", "second", "separate", "new", "fresh", "earlier", "previous",
                       "other", "first", "third", "similar", "last", "next", "latest", "prior"})
# Event types that last (a fire burns for days): only their start is one day.
DURATIVE = frozenset({"fire", "flood", "storm", "study", "election", "evacuation"})
# Classes whose repeated mentions on two days are two events (a first and a final vote).
REPEATABLE = frozenset({"vote", "match", "election", "score", "arrest", "evacuation"})
# Classes a person undergoes, or a thing is found, once in a story: "her arrest" is the one
# arrest and "the 2014 discovery" the one discovery of the fossil, so all the mentions of
# one are one event whatever precision each date has.
OWNED_ONCE = frozenset({"arrest"})
FOUND_ONCE = frozenset({"discovery"})
# Gatherings held at one site: a parade, a procession, a carnival moves through the streets
# and a festival has venues, so two places of one of those are no contradiction.
ONE_PLACE_TYPES = frozenset({"show", "fair", "regatta", "gala", "concert", "ceremony", "funeral"})
# Types that come in series (attacks on bases over months): two days, two events.
SERIAL_TYPES = frozenset({"attack", "shooting"})
# Plural mentions name several events ("crashes", "attacks"), except for these, often one.
PLURAL_ONE = frozenset({"flood", "storm"})
# What each measured attribute may belong to.
ATTRIBUTE_CLASSES = {"dead": {"incident"}, "injured": {"incident"}, "hospitalised": {"incident"},
                     "evacuated": {"incident", "evacuation"}, "rescued": {"incident"},
                     "arrested": {"incident", "arrest"}, "participants": {"study"}}


def _event_rows():
    """The event words: events_en.tsv and occasions_en.tsv (finds and gatherings)."""
    yield from _rows("events_en.tsv")
    yield from _rows("occasions_en.tsv")


def _rows(name: str):
    text = (DATA / name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


@lru_cache(maxsize=None)
def event_words() -> dict[tuple[str, str], tuple[str, str]]:
    """(lemma, VERB|NOUN) -> (type, class)."""
    return {(r[0], r[1]): (r[2], r[3]) for r in _event_rows() if len(r) in (4, 5)}


@lru_cache(maxsize=None)
def person_object_verbs() -> frozenset[str]:
    """Verbs that name their event only when done to a person ("attacked the driver")."""
    return frozenset(r[0] for r in _event_rows() if len(r) == 5 and r[4] == "person")


@lru_cache(maxsize=None)
def vehicle_verbs() -> frozenset[str]:
    """Verbs that name a crash only with a vehicle in it ("a pickup struck the bus")."""
    return frozenset(r[0] for r in _event_rows() if len(r) == 5 and r[4] == "vehicle")


@lru_cache(maxsize=None)
def thing_object_verbs() -> frozenset[str]:
    """Verbs that name a discovery only of a thing ("spotted the fossil", not "found that")."""
    return frozenset(r[0] for r in _event_rows() if len(r) == 5 and r[4] == "thing")


def vehicles() -> frozenset[str]:
    return words("vehicles_en.txt", "vehicles")


@lru_cache(maxsize=None)
def not_events() -> frozenset[tuple[str, str]]:
    """(modifier, event noun) pairs that name no event ("heart attack")."""
    return frozenset(tuple(r[0].split(" ", 1)) for r in _rows("events_en.tsv") if len(r) == 2)


@lru_cache(maxsize=None)
def measures() -> dict[str, str]:
    """lemma -> attribute ("kill" -> "dead")."""
    return {r[0]: r[1] for r in _rows("measures_en.tsv")}


@lru_cache(maxsize=None)
def measure_heads() -> dict[str, frozenset[str]]:
    """lemma -> the verbs it must be the object of, where the data file names them."""
    return {r[0]: frozenset(r[2].split(",")) for r in _rows("measures_en.tsv") if len(r) > 2
            and r[2] not in ("-", "=")}


@lru_cache(maxsize=None)
def bearer_only() -> frozenset[str]:
    """Measure nouns that count only through their fourth column ("taken to hospital"; "three
    hospitals" counts no patients)."""
    return frozenset(r[0] for r in _rows("measures_en.tsv") if len(r) > 3 and r[2] == "=")


@lru_cache(maxsize=None)
def measure_bearers() -> dict[str, frozenset[str]]:
    """lemma -> the verbs whose subject the measure noun counts ("suffered injuries")."""
    return {r[0]: frozenset(r[3].split(",")) for r in _rows("measures_en.tsv") if len(r) > 3}


@lru_cache(maxsize=None)
def match_parts() -> frozenset[str]:
    """Parts of a match with scores of their own ("set", "tie-break", "leg"):
    copydesk/data/match_parts_en.txt."""
    return frozenset(r[0].strip().lower() for r in _rows("match_parts_en.txt") if len(r) == 1)


@lru_cache(maxsize=None)
def match_parts_after() -> frozenset[str]:
    """Words that make a score one during play only when written after it ("a 1-0 lead",
    "a 2-1 deficit"), with the parts of a match: copydesk/data/match_parts_en.txt."""
    return match_parts() | frozenset(r[0].strip().lower() for r in _rows("match_parts_en.txt")
                                     if len(r) > 1 and r[1].strip() == "after")


@lru_cache(maxsize=None)
def contest_stages() -> frozenset[str]:
    """Stages of a competition, each a match of its own ("final", "semi-final", "round"):
    copydesk/data/contest_stages_en.txt, hyphens dropped ("semifinal")."""
    return frozenset(r[0].strip().lower().replace("-", "") for r in _rows("contest_stages_en.txt"))


@lru_cache(maxsize=None)
def competitor_groups() -> frozenset[str]:
    """Groups of competitors with competitions of their own ("women's", "junior"):
    copydesk/data/competitor_groups_en.txt."""
    return frozenset(r[0].strip().lower().replace("’", "'") for r in _rows("competitor_groups_en.txt"))


# Nouns that name an outcome, something over by the time it is reported ("Saturday's win",
# "Tuesday's blast"), unlike a fixture that may lie ahead ("Saturday's match").
OUTCOME_CLASSES = frozenset({"incident", "death", "concession", "resignation", "arrest"})
OUTCOME_NOUNS = frozenset({"win", "victory", "defeat", "draw", "result", "scoreline", "loss",
                           "outbreak"})


@lru_cache(maxsize=None)
def outcome_nouns() -> frozenset:
    return frozenset(lemma for (lemma, pos), (_t, cls) in event_words().items()
                     if pos == "NOUN" and cls in OUTCOME_CLASSES) | OUTCOME_NOUNS


@lru_cache(maxsize=None)
def vocabulary() -> frozenset[str]:
    """Every word of the event vocabulary: a cheap first test before a token's tags."""
    return frozenset(lemma for lemma, _pos in event_words())
