"""How long someone has been doing something against when it began, for any activity (issue
11, the duration arithmetic): CD103. Texts written for these tests."""

from __future__ import annotations

import pytest

from copydesk.checks import run_rules, select_rules


@pytest.fixture
def cd103(make_doc):
    def go(text: str, published: str = "2024-04-18"):
        from datetime import date

        doc = make_doc(text, published=date.fromisoformat(published))
        return [f for f in run_rules(doc, select_rules(["CD103"]))]

    return go


@pytest.mark.parametrize("text", [
    # a study of a thing first made later, "it" in one sentence
    "Priya Raman, who has studied the enzyme for more than 20 years, first isolated it in 2012.",
    # a duration spent in a place, against moving there, two paragraphs apart
    "Peter Walsh has spent over two decades farming in Glenrock.\n\nHis sheep win prizes.\n\n"
    "He moved to Glenrock in 2009 from the coast.",
    # the start first, then the duration
    "Peter Walsh arrived in Glenrock in 2011, his neighbours said.\n\nThe valley floods often.\n\n"
    "Walsh has lived in Glenrock for 30 years.",
    # an opening and a running
    "Sarah Collins opened the Harbour Bakery in 2016.\n\nQueues form at dawn.\n\n"
    "Collins has run the Harbour Bakery for 15 years.",
])
def test_duration_against_start(cd103, text):
    found = cd103(text)
    assert len(found) == 1, [f.message for f in found]
    assert len(found[0].evidence) == 2


@pytest.mark.parametrize("text", [
    # long enough
    "Peter Walsh has lived in Glenrock for 10 years.\n\nHe moved to Glenrock in 2009 from the coast.",
    # another place
    "Peter Walsh has farmed in Harlow for 20 years.\n\nHe moved to Glenrock in 2015 to be near his son.",
    # "about" twenty years: not a claim precise enough to count
    "Priya Raman, who has studied the enzyme for about 20 years, first isolated it in 2006.",
    # past tense: ended, not counted back from today
    "Peter Walsh farmed in Glenrock for 30 years.\n\nHe moved to Glenrock in 2009 from the coast.",
])
def test_duration_clean_twins(cd103, text):
    assert not cd103(text), [f.message for f in cd103(text)]
