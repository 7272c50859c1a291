"""The opt-in sentence encoder for loaded language (copydesk/loaded_encoder.py): off by
default, a one-line error when asked for without its extra, and when on, the scorer reads it.
Every passage here is written for these tests."""

from __future__ import annotations

import os

import numpy as np
import pytest

from copydesk import ConfigError, loaded_encoder, loaded_model
from copydesk.checks.language import loaded_terms
from copydesk.config import Settings

# like the PostgreSQL tests: in CI (CI=true) the extra is installed and these must run
needs_encoder = pytest.mark.skipif(loaded_encoder.missing() is not None and not os.environ.get("CI"),
                                   reason=f"{loaded_encoder.missing()} (required in CI)")


def _cd6(findings):
    return [f for f in findings if f.code.startswith("CD6")]


def test_off_by_default(make_doc):
    doc = make_doc("Budget\n\nThe council passed a reckless budget on Tuesday night.")
    assert Settings().loaded_encoder is False
    loaded_terms(doc)
    assert all(loaded_encoder.KEY not in d.user_data for d in doc.docs)  # no sentence encoded


def test_asking_without_the_extra_is_a_one_line_error(monkeypatch, tmp_path, capsys):
    from copydesk import cli

    monkeypatch.setattr(loaded_encoder, "missing",
                        lambda: "the loaded-language encoder needs onnxruntime: pip install 'copydesk[encoder]'")
    article = tmp_path / "a.txt"
    article.write_text("Budget\n\nThe council passed a budget on Tuesday.", "utf-8")
    monkeypatch.setattr("sys.argv", ["copydesk", "check", str(article), "--encoder"])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert err.count("\n") == 1 and "pip install 'copydesk[encoder]'" in err
    with pytest.raises(ConfigError, match="copydesk\\[encoder\\]"):
        Settings().merged(loaded_encoder=True)


@pytest.mark.parametrize("value", ["yes", 1, "true"])
def test_the_setting_is_a_boolean(tmp_path, value):
    from copydesk.config import load_file

    cfg = tmp_path / "copydesk.toml"
    cfg.write_text(f"loaded-encoder = {value!r}\n".replace("'", '"'), "utf-8")
    with pytest.raises(ConfigError, match="loaded-encoder must be true or false"):
        load_file(cfg)


@needs_encoder
def test_a_sentence_reads_the_same_wherever_it_stands(spacy_nlp):
    """Each sentence is encoded on its own, as in training: the words of a sentence get the
    same states alone and after another sentence; a word of several pieces gets their mean."""
    alone = spacy_nlp("The ferry owner made a preposterous demand.")
    after = spacy_nlp("Pilots met on Monday. The ferry owner made a preposterous demand.")
    word = [t for t in alone if t.text == "preposterous"]
    later = [t for t in after if t.text == "preposterous"]
    a = loaded_encoder.states(alone, word)
    b = loaded_encoder.states(after, later)
    assert a.shape == (1, loaded_encoder.DIM) and np.abs(a).sum() > 0
    assert np.allclose(a, b, atol=1e-4)
    # only the sentence asked about was encoded
    assert after.user_data[loaded_encoder.KEY][1] == {1}
    first = loaded_encoder.states(after, [after[0]])
    assert not np.allclose(first, 0) and after.user_data[loaded_encoder.KEY][1] == {0, 1}


@needs_encoder
def test_the_scorer_reads_the_encoder(make_doc):
    text = "Budget\n\nThe council passed a reckless budget on Tuesday night.\n\nThe bus depot is on Mill Road."
    doc = make_doc(text, loaded_encoder=True)
    loaded_terms(doc)
    scorer = loaded_model.scorer(encoder=True)
    assert scorer is not None and scorer.context.encoder == loaded_encoder.DIM
    assert scorer.model_for(doc.docs[1]) is scorer.context
    assert loaded_encoder.KEY in doc.docs[1].user_data  # the sentence with a cued word
    assert loaded_encoder.KEY not in doc.docs[2].user_data  # nothing to score: never encoded


@needs_encoder
@pytest.mark.parametrize("text, clean", [
    ("Budget\n\nThe council passed a reckless budget on Tuesday night.",
     "Budget\n\nThe council passed a modest budget on Tuesday night."),
    ("Port dispute\n\nThe harbour board's scheme is a shameless giveaway to the ferry owner.",
     "Port dispute\n\nThe harbour board's scheme gives the ferry owner a new berth."),
    ("Mill vote\n\nThe mayor's pathetic excuse for the delay angered residents.",
     "Mill vote\n\nThe mayor's explanation for the delay was published on Monday."),
])
def test_with_the_encoder_findings_say_why_and_clean_twins_stay_silent(run, text, clean):
    found = _cd6(run(text, select=["CD6"], loaded_encoder=True))
    assert len(found) == 1 and "article's own voice" in found[0].message
    assert "; in context 0." in found[0].message or "; in context 1.00" in found[0].message
    assert _cd6(run(clean, select=["CD6"], loaded_encoder=True)) == []


@needs_encoder
def test_the_encoder_reads_only_sentences_the_default_scorer_finds_a_judging_word_in(make_doc):
    """A cheap gate first: a sentence whose cued words the default scorer reads under
    ENCODE_FROM ("opened") is judged by the default weights and never encoded."""
    from copydesk.checks.language import analysis

    for text in ("Budget\n\nThe council passed a reckless budget on Tuesday night. The depot opened in May.",
                 "Port\n\nThe harbour board's scheme is a shameless giveaway. Volunteers cleaned the beach.",
                 "Mill\n\nThe mayor's pathetic excuse angered residents. The bridge was closed after the storm."):
        doc = make_doc(text, loaded_encoder=True)
        loaded_terms(doc)
        assert analysis.ENCODE_FROM > 0
        assert doc.docs[1].user_data[loaded_encoder.KEY][1] == {0}, text  # the first sentence only
