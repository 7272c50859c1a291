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


LEMMA_TEXTS = [
    "The ferrymen walk to the quay; they walked there yesterday and will walk again.",
    "Councillor Brisa Ondrey's better offers were the best, said aides who had been told.",
    "Kettleby's mills  \n were bigger, older and busier than Harrowgate's, records show.",
    "She's gone; we'd've stayed. Geese flew over the wolds as the oxen grazed.",
]


def test_the_lemmatizer_swap_gives_stock_spacys_lemmas(spacy_nlp):
    from spacy.attrs import LEMMA

    from copydesk import lemma_cache

    stock = spacy.load(nlp.model_name(None))
    lem = spacy_nlp.get_pipe("lemmatizer")
    assert isinstance(vars(lem)["pipe"], lemma_cache.LemmaPipe)
    for _ in range(2):  # the second round answers from spaCy's cache and the memo beside it
        ours, theirs = list(spacy_nlp.pipe(LEMMA_TEXTS + TEXTS)), list(stock.pipe(LEMMA_TEXTS + TEXTS))
        for a, b in zip(ours, theirs):
            assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
            assert a.to_array([LEMMA]).tolist() == b.to_array([LEMMA]).tolist()
    assert vars(lem)["pipe"].memo  # base forms ("walk", "quay") are remembered here
    assert [t.lemma_ for t in spacy_nlp("Dockers walked out.")][:2] == ["docker", "walk"]


def test_a_lemmatizer_of_another_kind_is_left_alone():
    from copydesk import lemma_cache

    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    class OwnBaseForms(EnglishLemmatizer):  # a base-form rule that may read more than the keys
        def is_base_form(self, token):
            return token.is_title

    for change in ("class", "instance"):
        model = spacy.load(nlp.model_name(None))
        lem = model.get_pipe("lemmatizer")
        if change == "class":
            lem.__class__ = OwnBaseForms
        else:
            lem.is_base_form = lambda token: token.is_title
        assert not lemma_cache.install(model)
        assert "pipe" not in vars(lem)
    assert lemma_cache.install(spacy.load(nlp.model_name(None)))


MULTI_TEXTS = [  # each holds a word a multi-token pattern of the English ruler starts from
    "Y'all know the Brackenfield ferry ain't running, c'mon, there is no boat today.",
    "Let's wait: there are gonna be two more sailings, Captain Idris Wendle said.",
    "We gotta go; there were three buses and none of y'all came, the driver told Nessa.",
]
PLAIN_TEXTS = [  # and their clean twins, which none can match
    "The Brackenfield ferry is not running and no boat sails today, officials said.",
    "Two more sailings are planned for the evening, Captain Idris Wendle said.",
]


def test_the_multi_token_patterns_run_only_where_one_can_match(spacy_nlp):
    stock = spacy.load(nlp.model_name(None))
    ruler = spacy_nlp.get_pipe("attribute_ruler")
    assert ruler.match.anchors is not None
    for text in MULTI_TEXTS + PLAIN_TEXTS:
        ours, theirs = spacy_nlp(text), stock(text)
        assert ours.to_array([POS, MORPH, LEMMA]).tolist() == theirs.to_array([POS, MORPH, LEMMA]).tolist()
        assert ruler.match(ours) == type(ruler).match(ruler, ours)
        may = ruler.match._may_match(ours.to_array(ruler.match.key_attrs))
        assert may == (text in MULTI_TEXTS)
        if not may:
            assert ruler.match.multi(ours) == []


def test_a_multi_token_pattern_without_a_fixed_word_runs_on_every_doc():
    model = spacy.load(nlp.model_name(None))
    model.get_pipe("attribute_ruler").add([[{"LOWER": {"REGEX": "^ferr"}}, {"IS_PUNCT": True}]], {"LEMMA": "boat"})
    assert ruler_cache.install(model)
    match = model.get_pipe("attribute_ruler").match
    assert match.anchors is None
    assert [t.lemma_ for t in model("The ferry.")][1] == "boat"
