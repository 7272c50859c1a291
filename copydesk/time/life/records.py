"""What the life stage leaves on the Document: stated ages, life dates and events, durations,
a person's life, incidents; and the arithmetic of ages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ...model import Span
from .. import calendar as cal


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
    # a date later in its clause, passed over because news style reads "Reyes, 34, ... was
    # elected in 1996" as 34 now; the age holds there when "now" is impossible (long dead)
    clause_date: Timex | None = None

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
    # the person named as the doer of an active, unhedged verb ("Braam travelled in 1998"):
    # something only the living do; a pronoun's or a passive's event is not
    acting: bool = False


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
