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
    "Vote count\n\n''Part of my job is to say: 'Hey, this candidate is real. She is one of us,''' Mr. Varley said.\n",
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


# A live blog's time-stamped updates each stand alone and repeat the background they need.

def _live_blog(background: str, second_stamp: str = "9:40 p.m.") -> str:
    return ("The Latest: ferry strike enters its second day\n\n"
            "10:15 p.m.\n\nStrikers at the Dunmore quay voted to stay out until Friday.\n\n"
            f"{background}\n\n___\n\n{second_stamp}\n\n"
            "The operator said two sailings to the islands would run on Thursday.\n\n"
            f"{background}\n")


@pytest.mark.parametrize("background", [
    "The strike began on Monday after talks on pay and rosters broke down at the quay.",
    "About 300 crew members and harbour staff are covered by the union's current pay agreement.",
    "The operator carries nearly two million passengers a year between the mainland and the islands.",
])
def test_live_blog_updates_may_repeat_their_background(run, background):
    assert [f for f in run(_live_blog(background), select=["CD2"])] == []


def test_a_repeat_inside_one_update_still_fires(run):
    background = "The strike began on Monday after talks on pay and rosters broke down at the quay."
    text = _live_blog(background).replace("9:40 p.m.", "Later on", 1)  # one stamp: no live blog
    assert [f.code for f in run(text, select=["CD2"])] == ["CD201"]


# A figure for what a name qualifies in one sentence only: two things counted, not one changed.

@pytest.mark.parametrize("text", [
    "Counting goes on\n\nIt takes 1,500 votes to win the Northern seat on the council.\n\n"
    "The count went on late into the night, officials said.\n\nIt takes 1,900 votes to win the seat.\n",
    "Union ballots\n\nThe union needs 4,000 signatures to force a vote on the Harbour agreement.\n\n"
    "Organisers said the drive would close on Friday.\n\nThe union needs 6,000 signatures to force a vote on the agreement.\n",
    "League rules\n\nA side needs 40 points to stay in the Premier division, the league says.\n\n"
    "Most clubs reach that by March.\n\nA side needs 52 points to stay in the division, the league says.\n",
])
def test_a_figure_for_a_qualified_thing_is_not_a_changed_figure(run, text):
    assert [f for f in run(text, select=["CD405"])] == []


def test_the_same_qualified_figure_changed_still_fires(run):
    text = ("Counting goes on\n\nIt takes 1,500 votes to win the Northern seat on the council.\n\n"
            "The count went on late into the night, officials said.\n\nIt takes 1,900 votes to win the Northern seat.\n")
    assert [f.code for f in run(text, select=["CD405"])] == ["CD405"]


# A verb of violence in its verbal sense is no strong claim: a that-clause, a partner verb of
# blaming, or a blame frame around the deed.

@pytest.mark.parametrize("text", [
    "Council row\n\nSenator Brisa Kemble was speaking about the levy when Hallam shot back that nobody had asked her.\n",
    "Council row\n\nGovernor Tam Pell called Kemble a disgrace after she attacked farm workers statewide "
    "and blamed the drought on greed.\n",
    "Council row\n\nMayor Olwen Tarrant criticized deputy Rusk Hallam on Tuesday for shooting and killing "
    "Dorin Vale, a 33-year-old cyclist.\n",
    "Council row\n\nThe senator condemned the guard for beating a prisoner in the yard, and the mayor agreed.\n",
])
def test_violence_words_in_their_verbal_sense_are_not_claims(run, text):
    assert [f for f in run(text, select=["CD503"])] == []


@pytest.mark.parametrize("text", [
    "Deputy held\n\nDeputy Rusk Hallam shot and killed Dorin Vale, a 33-year-old cyclist, on Tuesday.\n",
    "Deputy held\n\nThe next morning Hallam attacked two farm workers with a bat and told them to run.\n",
])
def test_violence_done_still_fires(run, text):
    assert [f.code for f in run(text, select=["CD503"])] == ["CD503"]


@pytest.mark.parametrize("text", [
    "Campaign review\n\nSenator Ila Brack drew up a plan for the debate and flawlessly executed it.\n",
    "Campaign review\n\nCoach Ila Brack had a strategy for the final, and captain Dov Serle executed it perfectly.\n",
    "Campaign review\n\nMayor Ila Brack disliked the ferry bill, so she killed it in committee in March.\n",
])
def test_a_violence_verb_whose_object_is_it_takes_its_plain_sense(run, text):
    assert [f for f in run(text, select=["CD503"])] == []


def test_executing_a_person_still_fires(run):
    text = "Campaign review\n\nWarden Ila Brack executed the prisoner at dawn without a trial.\n"
    assert [f.code for f in run(text, select=["CD503"])] == ["CD503"]


@pytest.mark.parametrize("text", [
    "Harbour survey\n\nThe survey found 32% of Northern households rated the ferry as poor, compared with 11% "
    "of Southern households.\n\nLater the survey found 22% of Southern households rated the ferry as poor, "
    "compared with 14% of Northern households.\n",
    "Council vote\n\nIt takes 40 votes to pass a Harbour motion on the council.\n\n"
    "The chair said the rule was old.\n\nIt takes 30 votes to pass a Budget motion on the council.\n",
    "Ferry fares\n\nA return ticket costs 12 pounds on the Western route this summer.\n\n"
    "Fares rose in May.\n\nA return ticket costs 9 pounds on the Eastern route this summer.\n",
])
def test_figures_for_two_named_groups_are_two_things(run, text):
    # each sentence names its own group after the figure: two things counted, not one changed
    assert [f for f in run(text, select=["CD405"])] == []


@pytest.mark.parametrize("text", [
    "Harbour news\n\nRetired skipper Dov Serle, 71, shot himself in the car park of the harbour clinic last month.\n",
    "Harbour news\n\nFishermen in 2019 were killing themselves at twice the rate of other workers, the report shows.\n",
    "Harbour news\n\nNet maker Mira Tallis stabbed herself with a kitchen knife during the storm in March.\n",
])
def test_self_harm_accuses_no_one(run, text):
    assert [f for f in run(text, select=["CD503"])] == []


def test_harm_done_to_another_still_fires(run):
    text = "Harbour news\n\nRetired skipper Dov Serle, 71, shot the harbour master in the car park last month.\n"
    assert [f.code for f in run(text, select=["CD503"])] == ["CD503"]


@pytest.mark.parametrize("text", [
    "Harbour poll\n\nAmong retired voters, 60% said the ferry levy was fair.\n\n"
    "The poll was taken in May by the harbour trust.\n\nAmong young voters, 35% said the ferry levy was fair.\n",
    "Harbour levy\n\nIf they rent their homes, the levy costs families 40 pounds a year.\n\n"
    "If they own their homes, the levy costs families 90 pounds a year.\n",
    "Harbour pay\n\nOn the island ferries, deckhands earn a median wage of 21,000 pounds.\n\n"
    "On the mainland ferries, deckhands earn a median wage of 26,000 pounds.\n",
])
def test_one_measure_under_two_fronted_scopes_is_no_conflict(run, text):
    assert [f for f in run(text, select=["CD405"])] == []


@pytest.mark.parametrize("text", [
    "Harbour poll\n\nAmong retired voters, 60% said the ferry levy was fair.\n\n"
    "The poll was taken in May by the harbour trust.\n\nAmong retired voters, 45% said the ferry levy was fair.\n",
    "Harbour poll\n\nAccording to the trust, 60% of voters said the ferry levy was fair.\n\n"
    "The poll was taken in May.\n\nAccording to the council, 45% of voters said the ferry levy was fair.\n",
])
def test_the_same_scope_or_a_source_in_front_still_fires(run, text):
    assert [f.code for f in run(text, select=["CD405"])] == ["CD405"]
