"""copydesk's faster attribute-ruler matching must give spaCy's own result, token for token."""

from __future__ import annotations

import spacy
from spacy.attrs import LEMMA, MORPH, POS

from copydesk import nlp, ruler_cache

TEXTS = [
    "Mayor Tilda Varnholt said she wouldn't sign it, but let's see what the council does.",
    "I'm gonna call him back tomorrow, said Ossian Pell, 58, who runs the ferry.",
    "The board's 3-2 vote on Tuesday ended a row that began in 2019; nobody objected.",
    "Ain't no one here who could've said that, the driver told reporters at 9.30am.",
    "  \n Shares in Brimcote Ltd fell 4% to $12.50 after it cut its forecast again!",
    "“We gotta rebuild,” she said. Everything else? Anything at all? Something will do.",
]


def test_the_swap_is_in_copydesks_pipeline(spacy_nlp):
    ruler = spacy_nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, ruler_cache.RulerMatch)
    assert len(ruler.match.single) > 100 and len(ruler.match.multi) >= 1


def test_same_matches_and_same_annotations_as_stock_spacy(spacy_nlp):
    stock = spacy.load(nlp.model_name(None))
    ruler = spacy_nlp.get_pipe("attribute_ruler")
    for text in TEXTS * 2:  # the second round reads the matches from the cache
        ours, theirs = spacy_nlp(text), stock(text)
        assert [(t.pos_, str(t.morph), t.lemma_) for t in ours] == \
               [(t.pos_, str(t.morph), t.lemma_) for t in theirs]
        assert ours.to_array([POS, MORPH, LEMMA]).tolist() == theirs.to_array([POS, MORPH, LEMMA]).tolist()
        assert ruler.match(ours) == type(ruler).match(ruler, ours)
    assert ruler.match.cache


def test_a_ruler_changed_after_the_swap_falls_back_to_spacy():
    model = spacy.load(nlp.model_name(None))
    assert ruler_cache.install(model)
    ruler = model.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "ferry"}]], {"LEMMA": "boat"})
    assert [t.lemma_ for t in model("The ferry left.")][1] == "boat"


def test_a_ruler_that_writes_a_lexeme_attribute_is_left_alone():
    model = spacy.load(nlp.model_name(None))
    model.get_pipe("attribute_ruler").add([[{"LOWER": "ferry"}]], {"NORM": "boat"})
    assert not ruler_cache.install(model)
    assert "match" not in vars(model.get_pipe("attribute_ruler"))


def test_shared_children_lists_are_spacys_children_in_order(spacy_nlp):
    # the claims and statements readers walk clauses through nlp.children_of, not Token.children
    for sdoc in spacy_nlp.pipe(TEXTS + ["Minister Auden Carrow, who chaired it, quit; aides wept."]):
        kids = nlp.children_of(sdoc)
        toks = nlp.tokens_of(sdoc)
        assert [[c.i for c in kids[t.i]] for t in toks] == [[c.i for c in t.children] for t in sdoc]
        assert all(c is toks[c.i] for row in kids for c in row)  # the Doc's own Token objects
        assert nlp.children_of(sdoc) is kids  # made once per Doc
        nlp.release([sdoc])
        assert not any(k.startswith("copydesk.") for k in sdoc.user_data)
