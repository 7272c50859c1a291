"""The life stage's words: verbs and nouns of death, arrest, crash and blast; hedges, modals,
adult acts, role verbs; number words for ages."""

from __future__ import annotations

import re

from ...vocab import words


DEATH_VERBS = {"die", "kill", "assassinate", "murder", "execute", "slay", "behead", "lynch",
               "perish", "drown", "martyr"}
DEATH_MANNER = {"shoot", "stab", "beat", "hack", "stone", "burn", "crush", "starve", "gun",
                "bludgeon", "strangle", "shot"}
# Verbs that mean dying only with a particle ("passed away", "passed on") or, with no object
# and no particle, in an obituary's "she passed in 2011" (a person subject, a date).
DEATH_PHRASAL = {"pass": {"away", "on"}}
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

# "A Balnacraig man born and bred": the nouns a place name can modify to say where someone is from.
LOCAL_NOUNS = frozenset({"man", "woman", "boy", "girl", "lad", "lass", "native", "son", "daughter"})
