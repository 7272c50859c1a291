"""The learned scorer behind CD601/CD602 and the context that decides a word's sense. Every
passage here is written for these tests."""

from __future__ import annotations

import json

import numpy as np
import pytest

from copydesk import loaded_model
from copydesk.checks.language import loaded_terms


def _cd6(findings):
    return [f for f in findings if f.code.startswith("CD6")]


def _words(findings):
    return [e.text for f in _cd6(findings) for e in f.evidence]


# --- every finding says why: the words, the score, the voice -----------------------------------


@pytest.mark.parametrize("text, word", [
    ("Quarry row\n\nThe thug who runs the quarry raised the fees again on Monday.", "thug"),
    ("Port dispute\n\nThe harbour board ignored the tyrant who owns the ferry line.", "tyrant"),
    ("Mill vote\n\nCouncillors met the bigot behind the mill plan on Tuesday.", "bigot"),
])
def test_label_finding_says_words_score_and_voice(run, text, word):
    found = _cd6(run(text, select=["CD6"]))
    assert [f.code for f in found] == ["CD602"]
    f = found[0]
    assert f.severity == "warning"
    assert word in f.message and "article's own voice" in f.message
    assert "word list; in context 0." in f.message  # the scorer's reading, as a number


@pytest.mark.parametrize("text", [
    "Quarry row\n\nThe manager who runs the quarry raised the fees again on Monday.",
    "Port dispute\n\nThe harbour board ignored the owner of the ferry line.",
    "Mill vote\n\nCouncillors met the developer behind the mill plan on Tuesday.",
])
def test_label_clean_twin_is_silent(run, text):
    assert _cd6(run(text, select=["CD6"])) == []


@pytest.mark.parametrize("text", [
    'Quarry row\n\n"The thug who runs the quarry raised the fees again," Ada Price said.',
    "Port dispute\n\nHarbour pilots called the owner a tyrant in a letter on Monday.",
    "Mill vote\n\nIan Moss said the man behind the mill plan was a bigot.",
])
def test_a_speakers_label_is_theirs(run, text):
    assert [f for f in _cd6(run(text, select=["CD6"])) if f.severity != "info"] == []
    assert all("own voice" not in f.message for f in _cd6(run(text, select=["CD6"])))


@pytest.mark.parametrize("text", [
    "Ferry row\n\nIt is no exaggeration to say that the ferry board is full of liars.",
    "Ferry row\n\nIt is fair to say the ferry owner is a liar.",
])
def test_a_verb_of_saying_no_one_says_leaves_the_writers_voice(run, text):
    found = [f for f in _cd6(run(text, select=["CD6"])) if f.code == "CD602"]
    assert found and "article's own voice" in found[0].message


@pytest.mark.parametrize("text", [
    "Ferry row\n\nPilots were quick to say that the ferry board is full of liars.",
    "Ferry row\n\nThe pilots want to say that the ferry owner is a liar.",
])
def test_a_verb_of_saying_with_a_speaker_is_theirs(run, text):
    assert [f for f in _cd6(run(text, select=["CD6"])) if f.severity != "info"] == []


# --- the list's hyphenated words: spaCy splits them at the hyphen, the check reads them whole --


@pytest.mark.parametrize("text, code, severity, words", [
    ("Ferry row\n\nThe ferry owner is a con-man who never paid the pilots.", "CD602", "warning", "con-man"),
    ("Ferry row\n\nThe harbour board ignored the rabble-rouser who owns the ferry line.", "CD602", "warning", "rabble-rouser"),
    ("Ferry row\n\nThe cold-blooded owner sacked the pilots on Monday.", "CD601", "info", "cold-blooded owner"),
    ("Ferry row\n\nThe owner unveiled a half-baked timetable for the ferry.", "CD601", "info", "half-baked timetable"),
])
def test_a_hyphenated_list_word_is_found_whole(run, text, code, severity, words):
    found = [(f.code, f.severity, e.text) for f in _cd6(run(text, select=["CD6"])) for e in f.evidence]
    assert (code, severity, words) in found, found
    assert not any(w in ("con", "man", "rabble", "cold", "half") for _, _, w in found)  # no piece on its own


@pytest.mark.parametrize("text", [
    'Ferry row\n\n"The owner is a con-man," a pilot, Ivo Brandt, said on Monday.',
    "Ferry row\n\nThe owner said on Monday that the pilots called him a rabble-rouser.",
])
def test_a_speakers_hyphenated_label_is_theirs(run, text):
    assert [f for f in _cd6(run(text, select=["CD6"])) if f.severity != "info"] == []


# --- the model adds candidates the word list lacks, as info ------------------------------------


@pytest.mark.parametrize("text", [
    "Budget\n\nThe council passed a reckless budget on Tuesday night.",
    "Budget\n\nThe board approved a reckless expansion of the depot.",
    "Budget\n\nThe trust made a reckless bet on the new stand.",
])
def test_scorer_adds_a_word_the_list_lacks_as_info(run, text):
    found = _cd6(run(text, select=["CD6"]))
    assert len(found) == 1 and found[0].code == "CD601" and found[0].severity == "info"
    assert "reckless" in found[0].message and "(scorer; in context 0." in found[0].message


@pytest.mark.parametrize("text", [
    'Budget\n\n"This is a reckless budget," the opposition leader Ada Price said.',
    "Budget\n\nThe council passed a modest budget on Tuesday night.",
    "Budget\n\nThe trust placed a large order for the new stand.",
])
def test_scorer_candidate_clean_twins(run, text):
    assert [f for f in _cd6(run(text, select=["CD6"])) if "own voice" in f.message and f.severity != "info"] == []
    assert "reckless" not in " ".join(_words(run(text, select=["CD6"])))


# --- word sense from what the word is said of (issue 12: market, farm and trade copy) ----------


@pytest.mark.parametrize("text", [
    "Livestock report\n\nHog slaughter rose 4% last week as packers added shifts.",
    "Livestock report\n\nThe slaughter of 2,000 sheep was ordered after the outbreak.",
    "Crop report\n\nLocusts ravaged the wheat across the northern plains this month.",
    "Markets\n\nCrude palm oil futures slumped as traders braced for a brutal winter.",
    "Markets\n\nCopper prices were hammered as demand from builders crashed.",
])
def test_literal_sense_said_of_a_thing(run, text):
    assert _cd6(run(text, select=["CD6"])) == []


@pytest.mark.parametrize("text", [
    "Unrest\n\nSoldiers slaughtered dozens of villagers last week.",
    "Unrest\n\nThe militia ravaged the town and its people this month.",
    "Unrest\n\nThe brutal dictator jailed his rivals after the vote.",
])
def test_the_same_words_said_of_people_are_reported(run, text):
    assert _cd6(run(text, select=["CD6"]))


@pytest.mark.parametrize("text", [
    "Grain glut: a 'brutal' year for growers\n\nWheat stocks will stay high into next year, "
    "which would make it \"a brutal year for growers\", said Ian Moss, an analyst at Harl Grain.",
    "Traders fear 'carnage' in cocoa\n\nCocoa could fall further, and \"there will be carnage on "
    "the floor\", said Ada Price, a broker in Tema.",
    "Shipping 'nightmare' drags on\n\nFreight rates rose again. \"It is a nightmare for "
    "importers,\" said Tor Malvik of the shippers' council.",
])
def test_headline_carries_a_sources_word(run, text):
    assert [f for f in _cd6(run(text, select=["CD6"])) if f.severity != "info"] == []
    assert _words(run(text, select=["CD6"])) == []


def test_headline_word_of_its_own_is_reported(run):
    text = ("Grain glut: growers face carnage\n\nWheat stocks will stay high into next year, the "
            "ministry said on Monday.")
    assert "carnage" in " ".join(_words(run(text, select=["CD6"])))


# --- comment is the author's voice: info, not warning ------------------------------------------


@pytest.mark.parametrize("text", [
    "Editor's note: The mayor is a liar and a thug.\n\nThe mayor opened the bridge on Monday.",
    "The bridge\n\nI have walked that bridge for forty years. We deserve better.\n\n"
    "The mayor is a thug who wastes our money.\n\nWe should vote him out, and you know it.",
    "Opinion: the bridge\n\nThe mayor is a thug who wastes money on bridges.",
])
def test_comment_is_reported_as_info(run, text):
    found = _cd6(run(text, select=["CD6"]))
    assert found and all(f.severity == "info" for f in found)


def test_report_twin_of_comment_warns(run):
    found = _cd6(run("The bridge\n\nThe mayor, a thug who wastes money on bridges, opened the "
                     "bridge on Monday.", select=["CD6"]))
    assert any(f.severity == "warning" for f in found)


@pytest.mark.parametrize("text", [
    "Security\n\nPolice said terrorist groups were active in the hills.",
    "Security\n\nThe law targets extremists who recruit online.",
    "Security\n\nThe site removed terrorist-related posts in March.",
])
def test_a_label_for_a_class_is_not_a_warning(run, text):
    assert [f for f in _cd6(run(text, select=["CD6"])) if f.severity != "info"] == []


# --- the scorer itself --------------------------------------------------------------------------


def test_scorer_reads_context(make_doc):
    """The same listed word scores differently by what surrounds it."""
    model = loaded_model.scorer()
    assert model is not None and model.context is not None
    doc = make_doc("Row\n\nThe senator made a crude remark about the widow.\n\n"
                   "Refiners bought more crude from the port this week.")
    loaded_terms(doc)
    scores = {(s, e): sc for s, e, sc, _ in doc.extras["loaded_scores"]}
    crude = [sc for (s, e), sc in scores.items() if doc.text[s:e] == "crude"]
    assert len(crude) == 2 and crude[0] != crude[1]


def test_scorer_falls_back_to_word_features(make_doc):
    """A pipeline whose context width differs gets the word-only weights, not an error."""
    model = loaded_model.scorer()
    doc = make_doc("Row\n\nThe senator made a disgraceful remark.")
    sdoc = doc.docs[-1]
    toks = [t for t in sdoc if loaded_model.is_candidate(t)]
    saved = sdoc.tensor
    try:
        sdoc.tensor = np.zeros((len(sdoc), 7), dtype=np.float32)
        assert model.model_for(sdoc) is model.words
        assert model.score_tokens(sdoc, toks).shape == (len(toks),)
    finally:
        sdoc.tensor = saved
    assert model.model_for(sdoc) is model.context


def test_weights_file_has_provenance_and_thresholds():
    d = json.loads(loaded_model.WEIGHTS_FILE.read_text("utf-8"))
    assert d["seed"] and "MBIC" in d["licence"] and "NewsWCL50" in d["licence"]
    assert 0 < d["decision"]["context"]["keep"] < d["decision"]["context"]["add"] < 1
    assert len(d["context"]["weights"]) == loaded_model.N_WORD + d["context_width"]
    assert loaded_model.WEIGHTS_FILE.stat().st_size < 200_000
    assert (loaded_model.DATA / "loaded_model_LICENSE.md").exists()
    assert loaded_model.read_wcl()  # the CC BY-SA list ships beside it


@pytest.mark.parametrize("path, command, cost", [
    (loaded_model.WEIGHTS_FILE, "tools/train_loaded.py", "3 to 7 minutes of CPU"),
    (loaded_model.ENCODER_WEIGHTS_FILE, "tools/train_loaded.py --encoder", "about 10 minutes of CPU, needs the [encoder] extra"),
], ids=["default", "encoder"])
def test_shipped_weights_were_trained_on_todays_vocabularies(path, command, cost):
    """The features read shared vocabularies (events, roles, wrongdoing, the lexicon): an edit
    to one of them changes what the shipped weights see, so they must be retrained with it.
    The opt-in encoder's weights read the same features, so the same holds for them."""
    shipped = json.loads(path.read_text("utf-8")).get("vocabularies", {})
    now = loaded_model.feature_vocabularies()
    changed = sorted(k for k in now if shipped.get(k) != now[k])
    assert not changed, (
        f"copydesk/data/{path.name} was trained on other versions of these vocabularies, which "
        f"the loaded-wording scorer reads as features: {', '.join(changed)}. Retrain it on your branch "
        f"(`.venv/bin/python {command}`, {cost}, reads ../shared/eval/loaded/licensed) "
        f"and commit the new copydesk/data/{path.name} with your vocabulary change.")


def _tool(name):
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "tools" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_fit_is_seeded():
    mod = _tool("train_loaded")
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, loaded_model.N_WORD)).astype(np.float32)
    y = (x[:, 0] + 0.3 * rng.normal(size=200) > 0).astype(np.float32)
    w = np.ones(200, dtype=np.float32)
    a = mod.fit(x, y, w, seed=3, l2=0.01, epochs=50)
    b = mod.fit(x, y, w, seed=3, l2=0.01, epochs=50)
    assert np.array_equal(a.weights, b.weights)
    assert ((a.score(x) > 0.5) == (y > 0)).mean() > 0.85


@pytest.mark.parametrize("text", [
    "Security\n\nThe panel could not agree on who is a terrorist under the new law.",
    "Security\n\nAnyone who is a racist may not join the club, the rules say.",
    "Security\n\nThe pitch is that he will market himself as an anti-tax firebrand.",
])
def test_a_label_named_of_nobody_or_self_presented_is_not_a_warning(run, text):
    assert [f for f in _cd6(run(text, select=["CD6"])) if f.severity != "info"] == []


@pytest.mark.parametrize("text", [
    "Security\n\nThe new chairman is a racist who hires his friends.",
    "Security\n\nThe mayor, a thug who ignores the law, opened the bridge.",
    "Security\n\nThe firebrand who runs the union called a strike.",
])
def test_a_label_of_someone_warns(run, text):
    assert any(f.severity == "warning" and f.code == "CD602" for f in _cd6(run(text, select=["CD6"])))


def test_ablations_measure_ranks_and_read_the_addable_words_as_training_does():
    abl = _tool("loaded_ablations")
    y = np.array([0, 0, 1, 1], dtype=np.float32)
    assert abl.auc(np.array([0.1, 0.2, 0.8, 0.9]), y) == 1.0  # every marked word ranked first
    assert abl.auc(np.array([0.9, 0.8, 0.2, 0.1]), y) == 0.0
    assert abl.auc(np.array([0.1, 0.8, 0.2, 0.9]), y) == 0.75
    # columns as word_features writes them: 4 the word list, 6 MBIC's lexicon, 8 |valence| / 4
    x = np.zeros((4, loaded_model.N_WORD), dtype=np.float32)
    x[0, 6] = 1.0  # in MBIC's lexicon: addable
    x[1, 6] = 1.0
    x[1, 4] = 1.0  # but listed: the list already has it
    x[2, 8] = 0.5  # a strong valence, but the name of an act (flag 1)
    flags = np.array([[0, 0], [0, 0], [0, 1], [0, 0]], dtype=bool)  # the last: no cue at all
    assert abl.addable(x, flags).tolist() == [True, False, False, False]
