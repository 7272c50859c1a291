"""Whose words a loaded word is (CD601/CD602 voice): the thing a labelling verb names is the
writer's wording, and a verb of saying speaks only for the clause it governs. Every passage
here is written for these tests."""

from __future__ import annotations

import pytest

from copydesk.checks.language import loaded_terms


def _spans(run, text):
    return [e.text for f in run(text, select=["CD6"]) if f.code.startswith("CD6") for e in f.evidence]


# --- a labelling verb's only object is the thing the writer names --------------------------------

@pytest.mark.parametrize("text, word", [
    ("Ferry plan\n\nThe mayor promoted a reckless scheme for the harbour.", "reckless"),
    ("Depot hearing\n\nThe hearing presents a shameful choice for the council.", "shameful"),
    ("Weir repairs\n\nThe board found a disgraceful excuse for the delay to the weir.", "disgraceful"),
])
def test_the_object_a_labelling_verb_names_is_the_writers(run, text, word):
    # "promote", "present", "find" put a verdict in a slot of their own ("touted it as a cure");
    # with one object only, the object is what the writer says was promoted, presented, found
    assert any(word in s for s in _spans(run, text))


@pytest.mark.parametrize("text", [
    "Ferry plan\n\nCritics touted the scheme as a reckless gamble.",
    "Depot hearing\n\nThe pilots considered the plan a shameful choice.",
    "Weir repairs\n\nResidents called the delay a disgraceful excuse.",
])
def test_the_verdict_in_its_own_slot_stays_the_speakers(run, text):
    assert _spans(run, text) == []


@pytest.mark.parametrize("text", [
    "Ferry plan\n\nThe mayor promoted a new scheme for the harbour.",
    "Depot hearing\n\nThe hearing presents a simple choice for the council.",
    "Weir repairs\n\nThe board found a new date for the repairs to the weir.",
])
def test_plain_objects_of_those_verbs_stay_silent(run, text):
    assert _spans(run, text) == []


# --- a participle used as a preposition is no labelling frame -----------------------------------

@pytest.mark.parametrize("text, word", [
    ("Pier repairs\n\nThe council received letters regarding the disgraceful state of the pier.", "disgraceful"),
    ("Ferry fares\n\nConsidering the shameful delays, the fare rise was withdrawn.", "shameful"),
    ("Canal works\n\nThe board took questions concerning the reckless dredging of the canal.", "reckless"),
])
def test_regarding_and_considering_frame_nothing(run, text, word):
    assert any(word in s for s in _spans(run, text))


# --- a verb of saying speaks for the clause it governs -------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Ferry leaflets\n\nThe leaflets that the clerks say were printed overnight made a disgraceful attack on the pilots.",
     "disgraceful"),
    ("Ferry safety\n\nThe owner used to say the ferry was safe, but he has made a reckless choice.", "reckless"),
    ("Depot rota\n\nNobody knows what the manager believes, and his shameful silence angers the drivers.",
     "shameful"),
])
def test_a_word_outside_the_clause_of_a_verb_of_saying_is_the_writers(run, text, word):
    assert any(word in s for s in _spans(run, text))


@pytest.mark.parametrize("text", [
    "Ferry leaflets\n\nThe clerks say the leaflets made a disgraceful attack on the pilots.",
    "Ferry safety\n\nThe owner insisted that the pilots had made a reckless choice.",
    "Depot rota\n\nThe manager believes the drivers' silence is shameful.",
])
def test_a_word_a_verb_of_saying_governs_stays_the_speakers(run, text, make_doc):
    assert _spans(run, text) == []
    assert any(t.skip == "attributed" for t in loaded_terms(make_doc(text)))
