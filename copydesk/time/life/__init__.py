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

from typing import TYPE_CHECKING

from .builder import _Builder
from .records import (Incident, LifeDate, LifeEvent, PersonLife, StatedAge, StatedDuration,
                      age_between, ages_at)
from .syntax import pronoun_ambiguous
from .vocab import (ADULT_LEMMAS, DEATH_VERBS, LEAD_NOUNS, LEAD_VERBS, ROLE_ONLY_LEMMAS,
                    ROLE_START_LEMMAS, WORK_LEMMAS)

if TYPE_CHECKING:
    from ...document import Document

__all__ = ["annotate", "life_of", "incidents_of", "PersonLife", "StatedAge", "LifeDate",
           "LifeEvent", "StatedDuration", "Incident", "age_between", "ages_at", "WORK_LEMMAS",
           "ADULT_LEMMAS", "ROLE_ONLY_LEMMAS", "pronoun_ambiguous", "DEATH_VERBS",
           "ROLE_START_LEMMAS", "LEAD_VERBS", "LEAD_NOUNS"]


def annotate(doc: "Document") -> None:
    """Fill doc.extras["life"] (entity id -> PersonLife) and doc.extras["incidents"]."""
    b = _Builder(doc)
    b.run()
    _birth_names(doc, b.lives)
    doc.extras["life"] = b.lives
    doc.extras["incidents"] = b.incidents


def _birth_names(doc: "Document", lives: dict) -> None:
    """An obituary's birth under the name the person was born with ("Wilma Jean Corby was
    born on June 14, 1931" about Dr Wilma Marrow, who died): a person named once, with a
    birth and nothing else, whose first given name is the one of the dead person the article
    is about, and whose surname is not theirs, is that person."""
    ents = {e.id: e for e in doc.entities if e.label == "PERSON"}
    dead = [eid for eid, life in lives.items() if life.deaths and eid in ents
            and not any(b.value for b in life.births)]
    for eid, life in list(lives.items()):
        e = ents.get(eid)
        if e is None or eid in dead or not life.births or life.deaths or life.ages:
            continue
        named = [m for m in e.mentions if m.kind == "name"]
        if len(named) != 1:
            continue
        words = named[0].text.split()
        before = doc.text[max(0, named[0].start - 30):named[0].start].split()
        givens = {w.lower() for w in words[:-1]} | ({before[-1].lower()} if before and before[-1][:1].isupper() else set())
        targets = [d for d in dead if ents[d].name.split()[0].lower() in givens
                   and ents[d].name.split()[-1].lower() != words[-1].lower()]
        if len(targets) == 1:
            lives[targets[0]].births.extend(life.births)
            del lives[eid]


def life_of(doc: "Document") -> dict[str, PersonLife]:
    """doc.extras["life"], computed now if the stage has not run."""
    if "life" not in doc.extras:
        annotate(doc)
    return doc.extras["life"]


def incidents_of(doc: "Document") -> list[Incident]:
    if "incidents" not in doc.extras:
        annotate(doc)
    return doc.extras["incidents"]
