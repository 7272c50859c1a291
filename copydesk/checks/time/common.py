"""What the CD1xx rules share: age limits, role, death, legacy and stative words, and small
helpers for messages (a line number, a pronoun, a short name, a quotation)."""

from __future__ import annotations

from datetime import date

from ...document import Document
from ...time import calendar as cal
from ...time.life import LEAD_NOUNS
from ...vocab import words


WORK_MIN_AGE = 5  # a job before this age is a misreading ("in 1957 he worked", born 1957)
ADULT_MIN_AGE = 12  # founding, leading, marrying ... before this age is one too
LIGHT_LEAD_VERBS = {"take", "assume", "gain", "win", "seize"}
NON_DEATH_MAX_DAYS = 7  # arrests, crashes, blasts this far apart are more likely two events
# Posts and what measures them; the posts are the claims layer's role nouns (roles_en.txt),
# so "became a councillor" is a post here as it is there.
ROLE_NOUNS = LEAD_NOUNS | words("roles_en.txt", "claim_role_nouns") | {"member", "employee", "player", "officer", "soldier", "staff",
                           "worker", "partner", "host", "anchor", "correspondent", "judge",
                           "senator", "representative", "ambassador", "spokesman",
                           "spokeswoman", "spokesperson", "lawmaker", "mp", "deputy", "role",
                           "post", "position", "job", "seat", "office", "career", "tenure",
                           "time", "year", "decade", "month", "term", "division", "unit"}
# Passives and states that are true of the dead: "is thought to have been", "is survived by".
AFTERLIFE_LEMMAS = {"think", "believe", "say", "know", "consider", "regard", "see", "credit",
                    "remember", "survive", "bury", "mourn", "honour", "honor", "expect",
                    "report", "understand", "suspect", "rumor", "rumour", "accuse", "blame",
                    "allege", "estimate", "describe", "call", "name", "hail", "memorialise",
                    "memorialize", "celebrate", "commemorate", "inter", "cremate", "lay",
                    "quote", "picture", "show", "depict", "list", "identify", "claim", "deem",
                    "recall", "praise", "criticise", "criticize", "blame", "portray"}
# "He leaves a wife and two sons": who survives the dead, told in the present by convention.
SURVIVOR_VERBS = words("people_en.txt", "survivor_verbs")
KIN_NOUNS = words("people_en.txt", "kin_nouns")
DEATH_WORDS = {"dead", "death", "die", "kill", "killing", "funeral", "burial", "bury", "body",
               "mourn", "mourner", "survive", "memorial", "legacy", "posthumous",
               "posthumously", "victim", "casualty", "fatality", "grave", "tomb",
               "coffin", "martyr", "assassination", "murder", "execute", "execution",
               "obituary", "condolence", "tribute", "widow", "widower", "orphan",
               "assassinate", "slay", "shoot", "autopsy"}
# Words only copy written after a death uses of the dead person: a paragraph with one is not
# the older passage a stale sentence came from ("members would sing at her funeral").
AFTER_DEATH_WORDS = frozenset({"funeral", "burial", "mourner", "mourn", "condolence", "tribute",
                               "obituary", "posthumous", "posthumously", "memorial", "wake",
                               "cremation", "cremate", "inter", "bury"})
# What stays true of someone after death: reputation and legacy ("is best known for", "has
# been associated with", "is credited with", "is remembered as").
LEGACY_LEMMAS = {"know", "remember", "credit", "associate", "note", "regard", "consider",
                 "recognise", "recognize", "celebrate", "famous", "renowned", "famed",
                 "notorious", "infamous", "revere", "honour", "honor", "hail", "link", "tie",
                 "synonymous", "acclaim", "respect", "admire", "regard", "widely", "best-known",
                 "well-known", "legendary", "iconic", "beloved", "survive", "mourn", "miss"}
RECENT_WORDS = {"recent", "recently", "lately", "past", "previously"}
# In a block the structure stage calls a caption only because it is one short present-tense
# sentence (no "pictured", no repeat), these verbs still speak about now, not about a scene.
STATIVE_LEMMAS = {"be", "remain", "have", "hope", "want", "wish", "plan", "intend", "live", "own",
                  "lead", "head", "run", "chair", "serve", "hold", "believe", "know", "think",
                  "continue", "stay", "seem", "need", "expect", "keep", "command", "control",
                  "oversee", "support", "oppose", "insist", "deny", "refuse"}


def _line(doc: Document, offset: int) -> int:
    return doc.article.line_col(offset)[0]


def _pronoun(doc: Document, eid: str) -> str:
    index = doc.extras.get("entity_index")
    g = None
    if index is not None:
        try:
            g = index.gender(eid)
        except Exception:
            g = None
    return {"m": "he", "f": "she"}.get(g, "they")


def _short(name: str) -> str:
    parts = name.split()
    return parts[-1] if len(parts) > 1 else name


def _quote(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _first_day(value: str | None) -> date | None:
    rng = cal.value_range(value) if value else None
    return rng[0] if rng else None
