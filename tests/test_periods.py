"""One measure read at two times is two readings, not one statement with two figures
(issue 12: CD405 on a forecast against last year's result, a poll at two times). Texts
written for these tests."""

from __future__ import annotations

import pytest

from copydesk.checks import run_rules, select_rules


@pytest.fixture
def cd405(make_doc):
    def go(text: str, published: str = "2023-11-02"):
        from datetime import date

        doc = make_doc(text, published=date.fromisoformat(published))
        return [f for f in run_rules(doc, select_rules(["CD405"]))]

    return go


@pytest.mark.parametrize("text", [
    # a forecast against the result
    "Halvern Foods earned $5.20 a share from its frozen meals.\n\nThe shares rose.\n\n"
    "Analysts expect Halvern Foods to earn $5.60 a share from its frozen meals.",
    "Halvern Foods earned $5.20 a share from its frozen meals.\n\nThe shares rose.\n\n"
    "Halvern Foods is forecast to earn $5.60 a share from its frozen meals.",
    # two readings of one poll, at the start and the end of a month
    "Mayor Okafor led the Tillford poll with 45 percent of likely voters at the start of October.\n\n"
    "Turnout is expected to be high.\n\n"
    "Mayor Okafor led the Tillford poll with 48 percent of likely voters at the end of October.",
    # a quarter and the year
    "Brellow Tiles sold 4,000 tonnes of clay tiles to builders in the second quarter of 2022.\n\n"
    "Prices were flat.\n\nBrellow Tiles sold 15,000 tonnes of clay tiles to builders in 2022.",
])
def test_two_readings_are_not_a_conflict(cd405, text):
    assert not cd405(text), [f.message for f in cd405(text)]


@pytest.mark.parametrize("text", [
    # the same reading twice with another figure: still a conflict
    "The storm damaged 120 homes in the Corran valley on Monday.\n\nRoads were closed.\n\n"
    "The storm damaged 210 homes in the Corran valley on Monday, the council said.",
    "Brellow Tiles sold 4,000 tonnes of clay tiles to builders in 2022.\n\nPrices were flat.\n\n"
    "Brellow Tiles sold 5,000 tonnes of clay tiles to builders in 2022.",
])
def test_one_reading_two_figures_still_conflicts(cd405, text):
    assert len(cd405(text)) == 1
