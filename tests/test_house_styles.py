"""Clean copy of other house styles stays quiet: quotations over paragraphs whose breaks were
lost, archive quote marks, cut-in quotations, demonyms."""

from __future__ import annotations

import pytest


def cd7(run, text):
    return [f for f in run(text, select=["CD7"]) if f.code == "CD701"]


@pytest.mark.parametrize("text", [
    # a quotation over several paragraphs whose breaks were lost: each reopening mark now sits
    # mid-paragraph after a full stop
    'Quay shut\n\nThe chairman said: "We warned them in March and again in June. We said so at the time. '
    '"Nobody listened to us, and now the quay is closed," he said.\n',
    'Quay shut\n\n“We warned them in March. We said so at the time. “Nobody listened to us,” he said on Monday.\n',
    'Mill closes\n\n"The order book was empty by May! We had no choice. "The staff were told first," the owner said.\n',
    # archive copy types a double mark as two single ones
    "Vote count\n\n''Part of my job is to say: 'Hey, this candidate is real. She is one of us,''' Mr. Ellery said.\n",
    # a quotation cut in with an ellipsis after a space
    'Rally\n\n"We need people," said Kris Hale, the group\'s head. ". . . You are going to want to vote," she said.\n',
])
def test_house_conventions_are_not_unbalanced(run, text):
    assert cd7(run, text) == []


@pytest.mark.parametrize("text", [
    'Quay shut\n\nThe chairman said: "We warned them in March and again in June, he said.\n',
    'Quay shut\n\nNobody listened to us," the chairman said.\n',
])
def test_real_unbalanced_marks_still_fire(run, text):
    assert len(cd7(run, text)) == 1


def test_a_demonym_is_not_a_misspelt_place(run):
    text = ("Senator in Phoenix\n\nBarry Goldwin, the hard-right Arizonan who led the party, spoke in "
            "Phoenix on Monday. Kenyans and Texans in the crowd cheered the senator.\n")
    assert [f for f in run(text, select=["CD3"]) if f.severity != "info"] == []


def cd301(run, text):
    return [(f.evidence[0].text, f.suggestion) for f in run(text, select=["CD3"]) if f.code == "CD301"]


@pytest.mark.parametrize("text,slip", [
    # a letter changed, inside a quotation, after a title
    ("Care home owner on trial\n\nDiane Harcourt, 52, denies fraud. Harcourt ran the home for a decade. "
     'A nurse told the court: "Ms Harcort said the money had gone on a minibus." Harcourt will give evidence.\n',
     "Harcort"),
    # a letter dropped, in a caption
    ("Striker's double\n\nLewis Galbraith scored twice on Saturday. Galbraith now has 14 goals this season.\n\n"
     "Galbrath celebrates his second goal (Photo: Courier)\n\nGalbraith said the team deserved the win.\n",
     "Galbrath"),
    # a letter doubled, in the article's voice
    ("Chef profile\n\nNina Fairweather runs the kitchen. Fairweather, 38, opened the place in 2012. "
     "Fairweather's menu changes daily, says Fairrweather.\n", "Fairrweather"),
])
def test_a_name_one_edit_off_is_reported_where_it_stands(run, text, slip):
    assert [s for s, _ in cd301(run, text)] == [slip]


def test_two_known_romanisations_stay_info(run):
    text = ("Cabinet named\n\nMohammed Karimi was named finance minister on Monday. Mohamed Karimi, 51, "
            "said the budget would come first. Jose Ortega and José Ortega both signed the letter.\n")
    assert cd301(run, text) == []
