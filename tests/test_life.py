"""The life stage (copydesk.time.life): ages, births, deaths, dated events, durations and
incidents, from sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from copydesk.time import life as lifemod
from copydesk.time.life import PersonLife, age_between, ages_at


@pytest.fixture
def life_doc(make_doc):
    """make_doc + the life stage (called here until it is wired into copydesk.stages)."""

    def build(text: str, published=None):
        if isinstance(published, str):
            published = date.fromisoformat(published)
        doc = make_doc(text, published=published)
        lifemod.annotate(doc)
        return doc

    return build


def _person(doc, name: str) -> PersonLife:
    for pl in doc.extras["life"].values():
        if name in pl.name:
            return pl
    raise AssertionError(f"no life for {name}: {[p.name for p in doc.extras['life'].values()]}")


def _spans_ok(doc) -> None:
    text = doc.text
    for pl in doc.extras["life"].values():
        spans = [a.evidence for a in pl.ages] + [a.reference_evidence for a in pl.ages if a.reference_evidence]
        spans += [b.evidence for b in pl.births + pl.deaths]
        spans += [b.date_evidence for b in pl.births + pl.deaths if b.date_evidence]
        spans += [e.evidence for e in pl.events] + [d.evidence for d in pl.durations]
        for s in spans:
            assert text[s.start:s.end] == s.text
    for inc in doc.extras["incidents"]:
        assert text[inc.evidence.start:inc.evidence.end] == inc.evidence.text


# --------------------------------------------------------------------------- arithmetic

def test_age_arithmetic_counts_the_birthday():
    assert age_between(date(1958, 3, 11), date(2020, 1, 6)) == 61
    assert age_between(date(1958, 3, 11), date(2020, 3, 11)) == 62
    # a year-only birth allows two ages
    assert ages_at((date(1957, 1, 1), date(1957, 12, 31)), (date(2020, 1, 6), date(2020, 1, 6))) == (62, 63)


# --------------------------------------------------------------------------- ages

def test_year_old_before_a_name_holds_at_publication(life_doc):
    doc = life_doc("Peter Walsh runs the harbour ferry.\n\n"
                   "The 61-year-old Walsh took over the route from his father.\n", "2020-01-06")
    pl = _person(doc, "Walsh")
    assert [(a.age, a.form, a.reference, a.reference_from) for a in pl.ages] == \
        [(61, "year-old", "2020-01-06", "published")]
    assert pl.ages[0].evidence.text == "The 61-year-old Walsh"
    _spans_ok(doc)


def test_appositive_and_aged_forms(life_doc):
    doc = life_doc("Maria Lopez, 44, opened the bakery on Elm Street with her brother.\n\n"
                   "Her partner, John Weir, aged 70, still bakes the bread every morning.\n", "2019-06-03")
    assert [a.age for a in _person(doc, "Lopez").ages] == [44]
    assert _person(doc, "Lopez").ages[0].evidence.text == "Maria Lopez, 44"
    weir = _person(doc, "Weir")
    assert [(a.age, a.form) for a in weir.ages] == [(70, "aged")]
    _spans_ok(doc)


def test_present_copula_age(life_doc):
    doc = life_doc("Maria Lopez still runs the bakery on Elm Street.\n\nShe is 70 and has no plans to retire.\n",
                   "2019-06-03")
    ages = _person(doc, "Lopez").ages
    assert [(a.age, a.reference) for a in ages] == [(70, "2019-06-03")]


def test_age_tied_to_the_death_takes_the_death_date(life_doc):
    # a January paper: "in May" is last year's May
    doc = life_doc("Helen Marsh, who was 55 when she died in May, left her house to the town library.\n",
                   "2020-01-08")
    a = _person(doc, "Marsh").ages[0]
    assert (a.age, a.reference, a.reference_from) == (55, "2019-05", "event")
    assert a.reference_evidence.text == "died in May"


def test_by_the_time_and_at_age_make_age_tied_events(life_doc):
    doc = life_doc("Tomas Vidal grew up in a mining town in the north.\n\n"
                   "By the time he was 13, Vidal began working in the mines.\n\n"
                   "Vidal joined the union at 19.\n", "2019-06-03")
    pl = _person(doc, "Vidal")
    tied = sorted((e.lemma, e.age, e.value) for e in pl.events if e.age is not None)
    assert tied == [("join", 19, None), ("work", 13, None)]
    assert not pl.ages  # no reference date: not a stated age to check
    _spans_ok(doc)


def test_in_his_sixties_is_approximate(life_doc):
    doc = life_doc("Peter Walsh runs the harbour ferry.\n\nWalsh, now in his 60s, took over the route in 1990.\n",
                   "2019-06-03")
    a = _person(doc, "Walsh").ages[0]
    assert (a.age, a.top, a.approx) == (60, 69, True)


def test_bounds_and_other_peoples_ages_are_not_ages(life_doc):
    doc = life_doc("Peter Walsh runs the harbour ferry with his 5-year-old son on board.\n\n"
                   "Walsh became a captain before he was 30.\n\n"
                   "Walsh cut fares at 13 percent of the old price.\n", "2019-06-03")
    lives = doc.extras["life"].values()
    assert [a for pl in lives for a in pl.ages] == []
    assert all(e.age is None for pl in lives for e in pl.events)


# --------------------------------------------------------------------------- births and deaths

def test_birth_with_full_date_and_place(life_doc):
    doc = life_doc("Carla Reyes runs the lighthouse museum.\n\n"
                   "Born on March 11, 1958, in the fishing village of Arcos, Reyes trained as an engineer.\n",
                   "2020-01-06")
    b = _person(doc, "Reyes").birth
    assert b.value == "1958-03-11"
    assert "Arcos" in b.place
    assert b.evidence.text.startswith("Born on March 11, 1958")
    _spans_ok(doc)


def test_attributed_birth_keeps_its_source(life_doc):
    doc = life_doc("Carla Reyes runs the lighthouse museum.\n\n"
                   "The ministry has said Reyes was born in Lisbon.\n", "2020-01-06")
    b = _person(doc, "Reyes").births[0]
    assert b.place == "Lisbon"
    assert b.source == "The ministry"
    assert b.value is None


def test_death_with_weekday_across_a_month_boundary_and_cause(life_doc):
    # a Monday 2 March paper: "Thursday" is 27 February
    doc = life_doc("The painter Anne Moreau died on Thursday of pneumonia at her home in Arles.\n", "2020-03-02")
    d = _person(doc, "Moreau").death
    assert d.value == "2020-02-27"
    assert d.cause == "pneumonia"
    assert doc.extras["incidents"][0].group == "death"


def test_rumoured_or_hypothetical_deaths_do_not_count(life_doc):
    doc = life_doc("Rumours circulated in 2015 that Omar Haddad had been killed in Aleppo.\n\n"
                   "Haddad could have been killed in the fire, his colleagues said.\n\n"
                   "Haddad now teaches at the fire academy in Lyon.\n", "2019-06-03")
    assert [d for pl in doc.extras["life"].values() for d in pl.deaths] == []


def test_dated_events_with_phrases(life_doc):
    doc = life_doc("Carla Reyes joined the navy in 1979.\n\n"
                   "In 1998, she was named director of the Maritime Museum.\n", "2019-06-03")
    events = {(e.lemma, e.value) for e in _person(doc, "Reyes").events}
    assert ("join", "1979") in events and ("name", "1998") in events
    named = next(e for e in _person(doc, "Reyes").events if e.lemma == "name")
    assert "director" in named.words and "museum" in named.words
    _spans_ok(doc)


def test_durations_of_a_role(life_doc):
    doc = life_doc("Rachel Kim became chair of the Harbour Trust board in 2012.\n\n"
                   "Kim has led the board for 15 years.\n", "2020-01-06")
    d = _person(doc, "Kim").durations[0]
    assert (d.value, d.years, d.lead, d.perfect) == ("P15Y", 15.0, True, True)
    assert "board" in d.words
    assert d.evidence.text == "for 15 years"


def test_incident_named_by_a_noun(life_doc):
    # a Tuesday paper: "Monday's crash" is the day before
    doc = life_doc("Investigators began examining the wreckage.\n\n"
                   "Monday's crash killed four people on the A7 motorway near Valence.\n", "2020-01-07")
    inc = [i for i in doc.extras["incidents"] if i.group == "crash"]
    assert [(i.value, i.definite, i.evidence.text) for i in inc] == [("2020-01-06", True, "Monday's crash")]


def test_life_of_computes_when_the_stage_has_not_run(make_doc):
    doc = make_doc("The painter Anne Moreau died on Friday at her home in Arles.\n", published=date(2020, 1, 6))
    doc.extras.pop("life", None)
    lives = lifemod.life_of(doc)
    assert any(pl.death and pl.death.value == "2020-01-03" for pl in lives.values())


def test_death_in_a_relative_clause_is_a_death(make_doc):
    from copydesk.time import life

    doc = make_doc("Pilot buried\n\nCaptain Ana Ortega, who died on 7 March, will be buried in Granada.\n\n"
                   "Her family said she would have wanted a quiet funeral.\n", published=date(2025, 3, 14))
    life.annotate(doc)
    lives = [l for l in doc.extras["life"].values() if l.name == "Ana Ortega"]
    assert lives and [d.value for d in lives[0].deaths] == ["2025-03-07"]


def test_a_relative_clause_modal_still_hedges_its_own_death(make_doc):
    from copydesk.time import life

    doc = make_doc("Crew safe\n\nCaptain Ana Ortega, who could have died on 7 March, was rescued by a fishing boat.\n",
                   published=date(2025, 3, 14))
    life.annotate(doc)
    assert not any(l.deaths for l in doc.extras["life"].values())


def test_age_and_birth_of_a_name_the_tagger_files_as_an_organisation(make_doc):
    from copydesk.time.life import life_of

    text = ("Trial\n\nThe first victim was 40-year-old Skandor Velaratnam, a former employee of the firm.\n\n"
            "Velaratnam was born on December 23, 1977.")
    doc = make_doc(text, published=date(2019, 2, 1))
    lives = [lf for lf in life_of(doc).values() if lf.ages and lf.births]
    assert len(lives) == 1
    assert lives[0].ages[0].age == 40 and lives[0].birth.value == "1977-12-23"

