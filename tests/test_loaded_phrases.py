"""How a loaded word grows into the phrase it belongs to (CD601/CD602 evidence spans). The
gold of span-level measures marks phrases ("shrill, pathetic excuses"), not single words.
Every passage here is written for these tests."""

from __future__ import annotations

import pytest


def _spans(run, text):
    return [e.text for f in run(text, select=["CD6"]) if f.code.startswith("CD6") for e in f.evidence]


@pytest.mark.parametrize("text, phrase", [
    ("Ferry fares\n\nThe board repeated its shrill, pathetic excuses about the timetable.", "shrill, pathetic excuses"),
    ("Depot plan\n\nResidents endured a cruel, sleazy campaign against the new depot.", "cruel, sleazy campaign"),
    ("Orchard sale\n\nThe buyer sent outrageous, disgraceful letters to the owners.", "outrageous, disgraceful letters"),
])
def test_adjectives_in_a_comma_list_are_one_phrase(run, text, phrase):
    assert phrase in _spans(run, text)


@pytest.mark.parametrize("text, phrase", [
    ("Bridge toll\n\nThe toll office sent a polite but pathetic reply on Monday.", "polite but pathetic"),
    ("Library cuts\n\nThe trustees issued a short but shameful statement.", "short but shameful"),
    ("Canal works\n\nThe contractor gave a brief but disgraceful account of the delay.", "brief but disgraceful"),
])
def test_words_joined_by_but_are_one_phrase(run, text, phrase):
    assert any(phrase in s for s in _spans(run, text))


@pytest.mark.parametrize("text, phrase", [
    ("Choir dispute\n\nThe director mocked and belittled the volunteers at the rehearsal.", "mocked and belittled"),
    ("Rink closure\n\nThe operator ridiculed and vilified the skaters who complained.", "ridiculed and vilified"),
    ("Allotment row\n\nThe committee smeared and humiliated the gardeners last spring.", "smeared and humiliated"),
])
def test_verbs_joined_by_and_are_one_phrase(run, text, phrase):
    assert phrase in _spans(run, text)


@pytest.mark.parametrize("text, phrase", [
    ("Harbour memo\n\nThe harbour master circulated a bizarrely unhinged memo to the crews.", "bizarrely unhinged memo"),
    ("Tram tender\n\nThe panel chose a woefully ill-conceived route for the trams.", "woefully ill-conceived"),
    ("Museum loan\n\nThe curator gave a coldly cruel answer to the lenders.", "coldly cruel answer"),
])
def test_a_manner_adverb_belongs_to_the_phrase(run, text, phrase):
    assert phrase in _spans(run, text)


@pytest.mark.parametrize("text, phrase", [
    ("Harbour memo\n\nThe harbour master circulated a reportedly unhinged memo to the crews.", "unhinged memo"),
    ("Tram tender\n\nThe panel backed a previously shameful route for the trams.", "shameful route"),
    ("Museum loan\n\nThe curator gave an apparently cruel answer to the lenders.", "cruel answer"),
])
def test_a_hedge_stays_outside_the_phrase(run, text, phrase):
    assert phrase in _spans(run, text)


@pytest.mark.parametrize("text", [
    "Ferry fares\n\nThe board repeated its short, careful notes about the timetable.",
    "Choir dispute\n\nThe director thanked and praised the volunteers at the rehearsal.",
    "Museum loan\n\nThe curator gave a carefully worded answer to the lenders.",
])
def test_clean_twins_stay_silent(run, text):
    assert _spans(run, text) == []


# --- the scorer does not add a verb that reports a speech act ------------------------------------

@pytest.mark.parametrize("text, verb", [
    ("Rink closure\n\nThe closure was condemned by skaters, coaches and parents across the valley.", "condemned"),
    ("Depot rota\n\nThe union has threatened to strike if the depot rota is not changed.", "threatened"),
    ("Depot rota\n\nManagers threatened drivers with dismissal over the rota dispute.", "threatened"),
])
def test_a_reported_speech_act_is_not_loaded(run, text, verb):
    # the scorer reads these verbs as loaded in context (over its add threshold); what
    # someone said or did in words is the report's account, not its verdict
    assert not any(verb in s for s in _spans(run, text))


@pytest.mark.parametrize("text, verb", [
    ("Harbour fees\n\nThe ferry union slammed the harbour board over the new fees.", "slammed"),
    ("Rink closure\n\nSkaters lambasted the manager over the decision to close the rink.", "lambasted"),
    ("Depot rota\n\nThe drivers vilified the depot manager over the rota.", "vilified"),
])
def test_a_loaded_speech_verb_from_the_word_list_still_is(run, text, verb):
    assert any(verb in s for s in _spans(run, text))
