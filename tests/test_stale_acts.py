"""A relative date left over from an earlier version: an act done once in a life dated
"last year" in one place and with its year in another (CD106). Texts written for these tests."""

from __future__ import annotations

import pytest

from copydesk.checks import run_rules, select_rules


@pytest.fixture
def cd106(make_doc):
    def go(text: str, published: str = "2024-09-05"):
        from datetime import date

        doc = make_doc(text, published=date.fromisoformat(published))
        return [f for f in run_rules(doc, select_rules(["CD106"]))]

    return go


@pytest.mark.parametrize("text", [
    "Marta Quell retired in June 2019 after 38 years as a nurse.\n\nThe town has changed.\n\n"
    "Since retiring last year, Quell has taken up painting.",
    "Peter Walsh graduated from Leeds University in 2015.\n\nHe joined a bank.\n\n"
    "Walsh, who graduated last year, now trains apprentices.",
    "Sarah Collins retired last month, her union said.\n\nShe drove ambulances.\n\n"
    "Collins retired from the ambulance service in March 2018.",
])
def test_once_act_dated_twice(cd106, text):
    found = cd106(text)
    assert len(found) == 1, [f.message for f in found]
    assert found[0].category == "stale" and len(found[0].evidence) == 2


@pytest.mark.parametrize("text", [
    # the relative date agrees
    "Marta Quell retired in June 2023 after 38 years as a nurse.\n\n"
    "Since retiring last year, Quell has taken up painting.",
    # two acts
    "Marta Quell graduated in 1981.\n\nSince retiring last year, Quell has taken up painting.",
    # two people
    "Marta Quell retired in June 2019.\n\nHer husband, Peter Walsh, retired last year.",
])
def test_once_act_clean_twins(cd106, text):
    assert not cd106(text), [f.message for f in cd106(text)]
