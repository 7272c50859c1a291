"""Ages (issue 11, mechanism 8): a descriptive age ("Castellano, 34,", "the 30-year-old") is
the person's age now, as news style has it, so an event it dates from the clause's later date
can fall at an impossible age; a fronted date or "then" makes it the age at that date.
Texts written for these tests."""

from __future__ import annotations

import pytest

from copydesk.checks import run_rules, select_rules


@pytest.fixture
def cd1(make_doc):
    def go(text: str, published: str = "2022-11-09"):
        from datetime import date

        doc = make_doc(text, published=date.fromisoformat(published))
        return [f for f in run_rules(doc, select_rules(["CD1", "CD4"]))]

    return go


@pytest.mark.parametrize("text", [
    "Renee Castellano, 34, a lawyer, was first elected to the Tillford school board in 1996.",
    "The 31-year-old, Daniel Ortiz, was appointed a judge of the county court in 2000, officials said.",
    "Sarah Malik, 29, became mayor of Dunmore in 2003 and served two terms.",
    "Officials said Daniel Ortiz, 30, had founded the Pellow Cycling Club in 1999.",
])
def test_descriptive_age_against_a_dated_event(cd1, text):
    found = [f for f in cd1(text) if f.code == "CD102"]
    assert len(found) == 1, [f.message for f in cd1(text)]
    assert found[0].severity in ("warning", "error")


@pytest.mark.parametrize("text", [
    # a fronted date: the age at that date
    "In 1996 Renee Castellano, 34, a lawyer, was first elected to the Tillford school board.",
    # "then": the age at the event
    "Renee Castellano, then 34, was first elected to the Tillford school board in 1996.",
    # a plausible age
    "Renee Castellano, 54, a lawyer, was first elected to the Tillford school board in 1996.",
])
def test_descriptive_age_clean_twins(cd1, text):
    assert not [f for f in cd1(text) if f.code in ("CD101", "CD102", "CD403")]
