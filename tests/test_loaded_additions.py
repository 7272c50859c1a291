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
    # a state of mind reports how someone feels, it passes no verdict on them
    ("The ferry crews are worried about the new rota.", "worried"),
    ("A hopeful crowd waited at the pier for the mail boat.", "hopeful"),
    ("The tenants of Pellow Row became wary of the landlord.", "wary"),
    # a comparative measures against something else
    ("Delays at the depot have got worse this winter.", "worse"),
    ("The poorer parishes pay more for the ferry.", "poorer"),
    ("The second rota was costlier than the first one.", "costlier"),
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
                                                      "add_judging": 0.0, "add_manner": 1.01})


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


@pytest.mark.parametrize("text", [
    "Ferry rota\n\nThe ferry crews are worried about the new rota.",
    "Mail boat\n\nA hopeful crowd waited at the pier for the mail boat.",
    "Depot rota\n\nDelays at the depot have got worse this winter.",
])
def test_a_state_of_mind_or_a_comparative_is_not_added_as_a_verdict(run, judging_only, text):
    assert _found(run, text) == []


@pytest.mark.parametrize("text, phrase", [
    ("Ferry rota\n\nThe ferry crews are selfish about the new rota.", "selfish"),
    ("Mail boat\n\nA selfish crowd waited at the pier for the mail boat.", "selfish crowd"),
    ("Depot rota\n\nThe delays at the depot are unethical this winter.", "unethical"),
])
def test_a_verdict_in_the_same_place_is_added(run, judging_only, text, phrase):
    assert ("CD601", "info", phrase) in _found(run, text)


@pytest.fixture
def add_everything(monkeypatch):
    scorer = loaded_model.scorer()
    for name in ("context", "words"):
        monkeypatch.setitem(scorer.thresholds, name, {**scorer.thresholds.get(name, {}), "add": 0.0,
                                                      "add_judging": 0.0, "add_manner": 0.0})


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
    assert 0.5 <= d["add_manner"] <= d["add"]


# --- an adverb that says how: the writer's account of the act ------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The porter answered the complaint rudely.", "rudely"),
    ("The ferry timetable was bitterly disputed.", "bitterly"),
    ("The crews tore down the old pier gleefully on Monday.", "gleefully"),
])
def test_an_adverb_of_manner(parse, text, word):
    tok = _tok(parse(text), word)
    assert loaded_model.manner_position(tok) and not loaded_model.judging_position(tok)


@pytest.mark.parametrize("text, word", [
    ("Rudely, the porter slammed the gate of the yard.", "Rudely"),  # opens its sentence: a comment
    ("The timetable, frankly, was printed late.", "frankly"),  # set off by commas
    ("The clerk is rude to the drivers.", "rude"),  # an adjective: the judging position
])
def test_not_an_adverb_of_manner(parse, text, word):
    assert not loaded_model.manner_position(_tok(parse(text), word))


@pytest.fixture
def manner_only(monkeypatch):
    """The scorer adds every cued adverb of manner and nothing else, whatever the score."""
    scorer = loaded_model.scorer()
    for name in ("context", "words"):
        monkeypatch.setitem(scorer.thresholds, name, {**scorer.thresholds.get(name, {}), "add": 1.01,
                                                      "add_judging": 1.01, "add_manner": 0.0})


@pytest.mark.parametrize("text, phrase", [
    ("Porter's lodge\n\nThe porter answered the complaint rudely.", "rudely"),
    ("Ferry times\n\nThe new ferry timetable was bitterly disputed.", "bitterly disputed"),
    ("Pier works\n\nThe crews tore down the old pier gleefully on Monday.", "gleefully"),
])
def test_an_adverb_of_manner_is_added_as_info(run, manner_only, text, phrase):
    found = _found(run, text)
    assert ("CD601", "info", phrase) in found, found


@pytest.mark.parametrize("text", [
    # the same adverbs as a comment on the sentence, and in a speaker's words
    "Porter's lodge\n\nRudely, as the porter put it, the gate was shut at six.",
    "Ferry times\n\nBitterly, the ferry crews said, the timetable was printed late.",
    "Pier works\n\n“They tore down the old pier gleefully,” the clerk said.",
])
def test_the_same_adverbs_elsewhere_stay_silent(run, manner_only, text):
    assert _found(run, text) == []


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
