"""The per-Doc token table the stages read instead of spaCy's attribute getters must hold
spaCy's own values, token for token, for every column."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from copydesk import nlp
from copydesk.token_table import TokenTable, table_of

TEXTS = [
    "Mayor Tilda Varnholt, 61, said she wouldn't sign it; the council's vote is on Tuesday.",
    "  \n Shares in Brimcote Ltd fell 4% to $12.50 after it cut its forecast AGAIN!",
    "“We gotta rebuild,” said Ossian Pell, who was born in 1957 in Kelso. Ain't that so?",
    "Twenty-three people were hurt in the 1990s when the ferry sank near Port Aske.",
]

GETTERS = {
    "text": lambda t: t.text, "lower": lambda t: t.lower_, "lemma": lambda t: t.lemma_,
    "lemma_low": lambda t: t.lemma_.lower(), "pos": lambda t: t.pos_, "tag": lambda t: t.tag_,
    "dep": lambda t: t.dep_, "ent_type": lambda t: t.ent_type_, "head": lambda t: t.head.i,
    "idx": lambda t: t.idx, "is_punct": lambda t: t.is_punct, "is_space": lambda t: t.is_space,
    "is_alpha": lambda t: t.is_alpha, "like_num": lambda t: t.like_num, "is_stop": lambda t: t.is_stop,
}


def test_every_column_equals_spacys_own_attributes(spacy_nlp):
    for sdoc in spacy_nlp.pipe(TEXTS * 2):  # the second round reads strings from the cache
        tb = table_of(sdoc)
        for name, get in GETTERS.items():
            assert getattr(tb, name) == [get(t) for t in sdoc], name
        # the parse is not trivial: heads, entities and lemmas differ from the words
        assert any(h != i for i, h in enumerate(tb.head)) and any(tb.ent_type)
        assert tb.lemma != tb.text


def test_made_once_per_doc_and_dropped_by_release(spacy_nlp):
    sdoc = spacy_nlp(TEXTS[0])
    tb = table_of(sdoc)
    assert table_of(sdoc) is tb and tb.lower is tb.lower  # columns made once too
    nlp.release([sdoc])
    assert not any(k.startswith("copydesk.") for k in sdoc.user_data)
    assert table_of(sdoc) is not tb


def test_an_empty_doc_and_an_unknown_column(spacy_nlp):
    empty = Doc(spacy_nlp.vocab, words=[])
    assert table_of(empty).lower == [] and len(table_of(empty)) == 0
    with pytest.raises(AttributeError):
        TokenTable(empty).no_such_column


def test_the_collector_threshold_is_raised_for_an_article_and_given_back():
    import gc

    before = gc.get_threshold()
    seen = []
    with nlp.few_collections(7_000):
        seen.append(gc.get_threshold()[0])
        with nlp.few_collections(5_000):  # already higher: left as it is, and not lowered on the way out
            seen.append(gc.get_threshold()[0])
        seen.append(gc.get_threshold()[0])
    assert seen == [max(before[0], 7_000)] * 3
    assert gc.get_threshold() == before


def test_a_check_leaves_the_collector_as_it_found_it(checker):
    import gc

    before = gc.get_threshold()
    checker.check("Mayor opens library\n\nThe mayor, Tilda Varnholt, 61, opened it on Saturday.", published="2024-05-06")
    assert gc.get_threshold() == before


def test_an_article_leaves_no_cycles_for_the_collector(checker):
    """What the stages leave on the Document (the entity index, the facts, the builders)
    points back at it; dropped once the report is made, the article's objects go by their
    reference counts, and the cyclic collector has nothing of it to find."""
    import gc

    text = ("Ferry service resumes\n\nThe ferry to Port Aske, run by Brimcote Ltd since 1998, sails again "
            "on Tuesday, said Ossian Pell, 61. \"We are ready,\" he said.\n\nPell was born in 1957 in Kelso.")
    checker.check(text, published="2024-05-06")  # caches and lazy tables made first
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        report = checker.check(text, published="2024-05-06")
        left = gc.collect()
    finally:
        if was:
            gc.enable()
    assert report.entities and left < 20
