"""Role changes in other words (issue 11, mechanism 3): one post started in two years, with
whatever verb or noun the article uses, and a post described as current that the article
elsewhere says has ended. Texts written for these tests."""

from __future__ import annotations

import pytest

from copydesk.checks import run_rules, select_rules


@pytest.fixture
def cd4(make_doc):
    def go(text: str, published: str = "2023-06-01"):
        from datetime import date

        doc = make_doc(text, published=date.fromisoformat(published))
        return [f for f in run_rules(doc, select_rules(["CD4"]))]

    return go


def _codes(found, code):
    return [f for f in found if f.code == code]


@pytest.mark.parametrize("text", [
    # "took over as" against "was named" and a noun for the same post
    "Halima Osei took over as chief executive in March 2016, the company said.\n\n"
    "Shares rose on the news.\n\nOsei, who was named CEO in 2019, plans to open two plants.",
    # "became" with no organisation against "has led" with one: the post is adopted
    "Tomas Pryor, who became leader in May 2019, spoke first.\n\nThe meeting ran late.\n\n"
    "Pryor, who has led the borough council since 2017, said the budget was fair.",
    # "was elected" against "took charge of", the later wording first
    "Sarah Collins, who took charge of the Fenwick Society in 2013, opened the exhibition.\n\n"
    "Members queued outside.\n\nCollins was elected chair of the Fenwick Society in 2010.",
    # "stepped in as" against "was appointed"
    "Peter Walsh stepped in as director of the Aldgate Museum in 2008.\n\nThe museum reopened.\n\n"
    "Walsh was appointed director of the Aldgate Museum in 2011.",
    # a definite description points back to the named organisation
    "Grace Mensah became chair of the Lantern Trust in 2011.\n\nThe charity runs two hostels.\n\n"
    "Mensah has led the trust since 2014, her colleagues said.",
])
def test_role_start_given_two_years(cd4, text):
    found = _codes(cd4(text), "CD401")
    assert len(found) == 1, [f.message for f in cd4(text)]
    assert len(found[0].evidence) >= 2


@pytest.mark.parametrize("text", [
    # the same year, two wordings: no conflict
    "Halima Osei took over as chief executive in March 2016.\n\nShares rose.\n\n"
    "Osei, who was named CEO in 2016, plans to open two plants.",
    # two posts with no organisation named: chief executive and chairman are not one post
    "Halima Osei took over as chief executive in 2016.\n\nShares rose.\n\n"
    "Osei, who was named chairman in 2019, plans to open two plants.",
    # the organisation-less post matches two organisations: nothing adopted
    "Tomas Pryor, who became leader in May 2019, spoke first.\n\n"
    "Pryor, who has led the borough council since 2017, also ran the Pellow Rowing Club from 2015.\n\n"
    "He has led the Pellow Cycling Club since 2012.",
    # re-elected: a second term
    "Collins was elected chair of the Fenwick Society in 2010.\n\nShe was re-elected chair of the Fenwick Society in 2014.",
    # "the trust" when the article names two trusts: no organisation is guessed
    "Grace Mensah became chair of the Lantern Trust in 2011.\n\nThe Harbour Trust owns the docks.\n\n"
    "Mensah has led the trust since 2014, her colleagues said.",
])
def test_role_start_clean_twins(cd4, text):
    assert not _codes(cd4(text), "CD401")


@pytest.mark.parametrize("text", [
    # ended in a relative clause, current in an apposition after "said"
    "Dana Whitlock, who stepped down as treasurer of the Ashby Rowing Club in 2020, watched the race.\n\n"
    "\"We train every morning,\" said Dana Whitlock, treasurer of the Ashby Rowing Club.",
    # the current post first, as a title before the name in apposition, then "resigned"
    "The treasurer of the Ashby Rowing Club, Dana Whitlock, praised the crews.\n\nThe river was high.\n\n"
    "Whitlock resigned as treasurer of the Ashby Rowing Club in 2021.",
    # "quit as" against "is still"
    "Dana Whitlock quit as treasurer of the Ashby Rowing Club last year.\n\nThe club has 300 members.\n\n"
    "Whitlock is still the treasurer of the Ashby Rowing Club, the secretary said.",
])
def test_post_current_and_ended(cd4, text):
    found = _codes(cd4(text), "CD407")
    assert len(found) == 1, [f.message for f in cd4(text)]


@pytest.mark.parametrize("text", [
    # a former post, correctly past
    "Dana Whitlock stepped down as treasurer of the Ashby Rowing Club in 2020.\n\n"
    "\"We train every morning,\" said Dana Whitlock, former treasurer of the Ashby Rowing Club.",
    # the apposition is dated before the post ended
    "In 2018, Dana Whitlock, treasurer of the Ashby Rowing Club, opened the boathouse.\n\n"
    "Whitlock stepped down as treasurer of the Ashby Rowing Club in 2020.",
    # another post of the same person
    "Dana Whitlock stepped down as treasurer of the Ashby Rowing Club in 2020.\n\n"
    "\"We train every morning,\" said Dana Whitlock, secretary of the Ashby Rowing Club.",
])
def test_post_current_and_ended_clean_twins(cd4, text):
    assert not _codes(cd4(text), "CD407")


@pytest.mark.parametrize("text", [
    "Dana Whitlock became head coach in 2019.\n\nThe team won the league.\n\n"
    "Whitlock, who has led the team as head coach since 2016, praised the players.",
    "Peter Walsh was appointed captain in 2020.\n\nThe side lost twice.\n\n"
    "Walsh has led the side as captain since 2018, the club said.",
    "Sarah Collins was made head chef in 2015.\n\nThe menu changed.\n\n"
    "Collins, who has run the kitchen as head chef since 2012, bought a share in 2020.",
])
def test_post_held_as_title_since(cd4, text):
    found = _codes(cd4(text), "CD401")
    assert len(found) == 1, [f.message for f in cd4(text)]


def test_post_held_as_title_since_clean_twin(cd4):
    text = ("Dana Whitlock became head coach in 2016.\n\nThe team won the league.\n\n"
            "Whitlock, who has led the team as head coach since 2016, praised the players.")
    assert not _codes(cd4(text), "CD401")
