"""Places of birth and death, and nationality, however the sentence gives them (issue 11,
mechanism 4): a clause, a "where" clause, an apposition, a compound adjective, a nationality
adjective or noun, a source's statement. Texts written for these tests."""

from __future__ import annotations

import pytest

from copydesk.checks import run_rules, select_rules


@pytest.fixture
def cd4(make_doc):
    def go(text: str, published: str = "2024-02-09"):
        from datetime import date

        doc = make_doc(text, published=date.fromisoformat(published))
        return [f for f in run_rules(doc, select_rules(["CD4"]))]

    return go


def _place(found):
    return [f for f in found if f.code == "CD402"]


@pytest.mark.parametrize("text,severity", [
    # a "where" clause hung on a village in apposition to its name
    ("Born in 1941 in Cardle, Peter Walsh trained as a welder.\n\nThe work was hard.\n\n"
     "In 1979 he moved back to Bramsea, the fishing village on the coast where he had been born.", "error"),
    # a source's statement with a "where" clause, the article's own birthplace first
    ("Helen Marsh was born in Leeds in 1950.\n\nShe taught for forty years.\n\n"
     "Her brother said she had gone home to York, the city where she was born.", "warning"),
    # two places of one death
    ("Arthur Pike died in Oban on Monday, his family said.\n\nHe was a ferry captain.\n\n"
     "Pike, who died at his home in Perth, had retired in 2001.", "warning"),
    # a nationality adjective against a nationality noun
    ("Thibault Maes, the club's Belgian winger, scored twice.\n\nThe crowd was small.\n\n"
     "The Dutchman Maes was substituted late on.", "warning"),
    # a compound adjective against a clause, countries both
    ("The Belgian-born striker Tom Hale scored twice.\n\nThe crowd was small.\n\n"
     "Hale, who was born in France, joined the club in 2019.", "error"),
])
def test_place_given_two_ways(cd4, text, severity):
    found = _place(cd4(text))
    assert len(found) == 1, [f.message for f in cd4(text)]
    assert found[0].severity == severity


@pytest.mark.parametrize("text", [
    # a "where" clause about work, not birth
    "Born in 1941 in Cardle, Peter Walsh trained as a welder.\n\n"
    "In 1979 he moved to Burnley, the town where he had worked as a boy.",
    # the town is in the county the article names
    "Born in 1941 in Cardle, a cotton town in Lancashire, Peter Walsh trained as a welder.\n\n"
    "In 1979 he went back to Lancashire, where he had been born.",
    # a country and a town in it: not told apart without a gazetteer
    "The Belgian-born striker Tom Hale scored twice.\n\nHale, who was born in Antwerp, joined in 2019.",
    # Welsh and British are one nationality
    "Owen Price, the club's Welsh winger, scored twice.\n\nThe Briton Price was substituted late on.",
    # a place inside the subject is not where he died; a hospital is named two ways
    "The bishop of a diocese in the Philippines, Peter Walsh, died on Monday in a Manila hospital.\n\n"
    "\"He passed away at the Doctors' Hospital,\" his brother said.",
    # a hyphenated dual nationality is not two
    "Samir Haddad, the Belgian-Moroccan midfielder, scored.\n\nThe Belgian Haddad was booked.",
])
def test_place_clean_twins(cd4, text):
    assert not _place(cd4(text)), [f.message for f in cd4(text)]
