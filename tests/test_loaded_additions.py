"""What the learned scorer adds to CD601/CD602 (as info): from a lower score where the syntax
says a word passes a verdict (an adjective on a noun or after "be", a noun said of a person),
and never a piece of a hyphenated compound or the name of an event. Every passage here is
written for these tests."""

from __future__ import annotations

import pytest

from copydesk import loaded_model
from copydesk import nlp as cnlp


@pytest.fixture(scope="module")
def parse():
    model = cnlp.load(None)
    return model


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def _found(run, text):
    return [(f.code, f.severity, e.text) for f in run(text, select=["CD6"]) for e in f.evidence]


# --- where a word judges ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The mayor unveiled a selfish plan for the harbour.", "selfish"),
    ("The new depot rota is unethical.", "unethical"),
    ("The club treasurer is a loser.", "loser"),
    ("Councillor Brindle, a loser, left the meeting early.", "loser"),
])
def test_a_judging_position(parse, text, word):
    assert loaded_model.judging_position(_tok(parse(text), word))


@pytest.mark.parametrize("text, word", [
    ("The mayor spoke selfishly about the harbour.", "selfishly"),
    ("The depot rota caused bitterness among the drivers.", "bitterness"),
    ("The club treasurer counted the losses after the fair.", "losses"),
    # a legal status classifies its noun, it passes no verdict on it
    ("The harbour board debated illegal mooring on the estuary.", "illegal"),
    ("The ferry took undocumented workers across the estuary.", "undocumented"),
    ("Mooring a houseboat there is unlawful.", "unlawful"),
])
def test_not_a_judging_position(parse, text, word):
    assert not loaded_model.judging_position(_tok(parse(text), word))


# --- what the scorer never adds --------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Anti-hunting campaigners marched through the village.", "hunting"),
    ("A pro-dam group met the water board on Tuesday.", "dam"),
    ("The left-wing council voted on the budget.", "wing"),
    ("A man was stabbed outside the depot on Friday.", "stabbed"),
    ("Two drivers were detained after the crash.", "detained"),
    ("The treasurer admitted fraud at the rowing club.", "fraud"),
])
def test_pieces_of_compounds_and_names_of_events_are_not_added(parse, text, word):
    assert loaded_model.not_addable(_tok(parse(text), word))


@pytest.mark.parametrize("text, word", [
    ("The mayor unveiled a selfish plan for the harbour.", "selfish"),
    ("The new depot rota is unethical.", "unethical"),
    ("The club treasurer is a loser.", "loser"),
])
def test_judging_words_may_be_added(parse, text, word):
    assert not loaded_model.not_addable(_tok(parse(text), word))


# --- the two thresholds in the check -----------------------------------------------------------------

@pytest.fixture
def judging_only(monkeypatch):
    """The scorer adds every cued word in a judging position and nothing elsewhere, whatever
    the score: the position, not the score, decides here."""
    scorer = loaded_model.scorer()
    assert scorer is not None
    for name in ("context", "words"):
        monkeypatch.setitem(scorer.thresholds, name, {**scorer.thresholds.get(name, {}), "add": 1.01,
                                                      "add_judging": 0.0})


@pytest.mark.parametrize("text, code, phrase", [
    ("Harbour plan\n\nThe mayor unveiled a selfish plan for the harbour.", "CD601", "selfish plan"),
    ("Depot rota\n\nThe new depot rota is unethical.", "CD601", "unethical"),
    ("Rowing club\n\nThe club treasurer is a loser.", "CD602", "loser"),
])
def test_a_word_in_a_judging_position_is_added_as_info(run, judging_only, text, code, phrase):
    found = _found(run, text)
    assert (code, "info", phrase) in found, found


@pytest.mark.parametrize("text", [
    "Harbour plan\n\nThe mayor spoke selfishly about the harbour.",
    "Depot rota\n\nThe depot rota caused bitterness among the drivers.",
    "Rowing club\n\nThe club treasurer counted the losses after the fair.",
])
def test_the_same_words_elsewhere_stay_silent(run, judging_only, text):
    assert _found(run, text) == []


@pytest.fixture
def add_everything(monkeypatch):
    scorer = loaded_model.scorer()
    for name in ("context", "words"):
        monkeypatch.setitem(scorer.thresholds, name, {**scorer.thresholds.get(name, {}), "add": 0.0,
                                                      "add_judging": 0.0})


@pytest.mark.parametrize("text, word", [
    ("Village march\n\nAnti-hunting campaigners marched through the village.", "hunting"),
    ("Depot news\n\nA man was stabbed outside the depot on Friday.", "stabbed"),
    ("Crash report\n\nTwo drivers were detained after the crash.", "detained"),
])
def test_compound_pieces_and_events_stay_out_even_at_any_score(run, add_everything, text, word):
    assert not any(word in t for _, _, t in _found(run, text))


def test_the_shipped_thresholds_are_lower_where_a_word_judges():
    scorer = loaded_model.scorer()
    d = scorer.thresholds["context"]
    assert 0.5 <= d["add_judging"] <= d["add"] <= 0.99


# --- a legal frame: the charge or the finding, not the reporter's verdict ---------------------------

@pytest.mark.parametrize("text, word", [
    ("Club news\n\nThe treasurer was charged with making false statements to the auditors.", "false"),
    ("Builder fined\n\nThe builder was convicted of filing a false tax return last spring.", "false"),
    ("Depot inquiry\n\nThe clerk pleaded guilty to submitting fraudulent invoices.", "fraudulent"),
])
def test_a_word_the_scorer_adds_in_a_legal_frame_is_set_aside(run, add_everything, text, word):
    assert not any(word in t for _, _, t in _found(run, text))


@pytest.mark.parametrize("text, word", [
    ("Club news\n\nThe treasurer made false promises to the members.", "false"),
    ("Builder news\n\nThe builder sent out a fraudulent brochure last spring.", "fraudulent"),
    ("Harbour news\n\nRowers may face off against the ferry crews in a reckless race.", "reckless"),
])
def test_the_same_words_outside_a_legal_frame_are_added(run, add_everything, text, word):
    assert any(word in t for _, _, t in _found(run, text)), _found(run, text)
