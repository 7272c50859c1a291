"""Clean copy of other house styles stays quiet (session 5): each test names the mechanism it
pins down (how a pull quote's marks pair, ...), in wordings and names of our own, with a twin
that must still fire."""

from __future__ import annotations

import pytest

# -- a pull quote credits its speaker inside the marks, on a line of its own

_BODY = ("Tram plan backed\n\nThe council met on Tuesday and heard from residents about the plans "
         "for the valley.\n\n")


@pytest.mark.parametrize("credit,speaker", [
    ("Ada Pellworth.", "Ada Pellworth"),
    ("Former deputy mayor Tomas Reyvik.", "Tomas Reyvik"),
    ("Ilse Brandvold, chair of the residents association.", "Ilse Brandvold"),
])
def test_a_pull_quote_credit_line_closes_the_quotation(run, make_doc, credit, speaker):
    text = (_BODY + '"Nobody in this valley ever asked for a motorway through the orchards.\n'
            f'{credit}"\n\nThe council votes next month.\n')
    assert [f for f in run(text, select=["CD701"])] == []
    quotes = make_doc(text).quotes
    assert [q.speaker.name for q in quotes if q.speaker] == [speaker]
    assert all(speaker not in q.text for q in quotes)  # the credit is not the speaker's words


def test_a_pull_quote_cut_short_of_the_body_quote_is_no_misquote(run):
    text = ("Tram plan backed\n\n“We will build the tram line before the next winter comes, and we will "
            "pay for it without a new tax,” Ada Pellworth said at the council meeting.\n\n"
            '"We will build the tram line before the next winter comes.\nAda Pellworth, council leader."\n\n'
            "The council votes next month.\n")
    assert [f for f in run(text, select=["CD7"])] == []


@pytest.mark.parametrize("last", [
    "We all love New Harlow.",            # a sentence that ends on a name is no credit
    "Ada Pellworth, she said.",           # a clause after the comma is no title
])
def test_a_quotation_run_into_a_paragraph_that_is_no_credit_still_fires(run, last):
    text = _BODY + f'"Nobody in this valley ever asked for a motorway through the orchards.\n{last}"\n\nThe end.\n'
    assert [f.code for f in run(text, select=["CD701"])] == ["CD701"]


# -- one slip, one finding: a closer typed as a second opener, a garbled run of marks

@pytest.mark.parametrize("text", [
    'Ferry vote\n\n"Without a [harbour[ trust of real size," she said, the ferry would close.\n',
    "Ferry vote\n\nThe trust (founded in 1961( runs the ferry and the two island piers.\n",
    "Ferry vote\n\nThe levy would fund [the pier[ and a new waiting room at the quay.\n",
])
def test_a_closer_typed_as_an_opener_is_one_finding(run, text):
    assert [f.code for f in run(text, select=["CD804"])] == ["CD804"]


def test_balanced_brackets_stay_silent(run):
    text = 'Ferry vote\n\n"Without a [harbour] trust of real size," she said, the ferry (founded in 1961) would close.\n'
    assert run(text, select=["CD804"]) == []


@pytest.mark.parametrize("tail", ["?’.’\"", "!’.’\"", ".’’\""])
def test_a_garbled_run_of_closing_marks_is_one_finding(run, tail):
    text = f"Ferry vote\n\nShe asked the room one thing: “Would you trust this man with the harbour{tail}\n"
    assert [f.code for f in run(text, select=["CD701"])] == ["CD701"]


def test_closing_marks_in_two_places_are_two_findings(run):
    text = "Ferry vote\n\nThe vote is close,\" she said. Nobody knows who will win.\" The count is on Friday.\n"
    assert [f.code for f in run(text, select=["CD701"])] == ["CD701", "CD701"]
