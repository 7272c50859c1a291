"""Session 11 (quiet, issue 12's false-alarm line): the mechanisms behind the false alarms
of the session-10 probe's spent test half and the session-11 probe's tune batches, in
wordings and names of our own. Each behaviour: wordings that fired before, and a twin with
a real error that must still fire.

- a number its own negation quantifies ("No one on the ground was hurt", "Not one was
  hurt") says none: it is no count of one against "injuring six" (CD405);
- a listed phrase names one act ("arson attack"), and so does a head noun whose modifier
  names the act ("fire-bomb attack"): its "attack" is no second charge the body must carry
  (CD502);
- a correction quotes the paper's own earlier report to retract it ("We said ... that she was
  born in Graz. She was born in Linz."; "A caption on Sunday said ..."): the retracted
  sentence is not the article's fact (CD402), while "as we reported" outside a correction
  still is."""

from __future__ import annotations

from datetime import date

import pytest


def _codes(found) -> list[str]:
    return [f.code for f in found]


BLAST = ("MILL BLAST KILLS TWO\n\nHARMON, Kan. (UPI) -- A blast tore through a feed mill here Tuesday, "
         "killing two workers and injuring six others, officials said.\n\nThe mill, built in 1951, held "
         "about 400,000 bushels. Part of the roof fell in. {}\n")


@pytest.mark.parametrize("tail", [
    "No one on the ground was hurt.",
    "No one in the houses nearby was injured, the sheriff said.",
    "Not one was hurt in the houses along the road.",
    "No one at the school across the street was hurt.",
])
def test_a_negated_number_is_no_count(run, tail):
    assert _codes(run(BLAST.format(tail), select=["CD405"], published=date(1979, 3, 8))) == []


@pytest.mark.parametrize("tail", ["One was hurt.", "Four were hurt."])
def test_a_count_against_the_toll_still_fires(run, tail):
    assert "CD405" in _codes(run(BLAST.format(tail), select=["CD405"], published=date(1979, 3, 8)))


# -- one act named by a phrase or a modifier

@pytest.mark.parametrize("text, published", [
    ("Teenager jailed for arson attack on youth club\n\nA 17-year-old boy has been sentenced to two "
     "years in a young offender institution.\n\nThe boy, from Pellbury, admitted arson at Orwick Youth "
     "Court on Monday. The club's hall was destroyed.\n", date(2021, 4, 8)),
    ("Man jailed for fire-bomb attack on takeaway\n\nA man who threw a burning bottle through the window "
     "of a takeaway in Sallow Street has been jailed for six years.\n\nDarren Keel, 34, admitted arson "
     "with intent to endanger life when he appeared at Brinmoor Crown Court.\n", date(2019, 10, 3)),
    ("Woman convicted over arson attack on ex-partner's home\n\nA woman has been found guilty of arson "
     "after a fire at the home of her former partner in Tredwell.\n\nJurors at Hallam Crown Court took "
     "three hours to convict Nina Foss, 41. She will be sentenced next month.\n", date(2022, 2, 17)),
])
def test_one_act_named_twice_is_one_charge(run, text, published):
    assert _codes(run(text, select=["CD501", "CD502"], published=published)) == []


def test_an_act_the_body_never_carries_still_fires(run):
    text = ("Nephew jailed for arson attack on pub\n\nA man has been jailed for three years for burglary "
            "at a pub in Wexley.\n\nThe fire at the pub the week before started in the kitchen, the fire "
            "service said.\n")
    assert "CD502" in _codes(run(text, select=["CD502"], published=date(2022, 2, 17)))


# -- a correction's retracted report

CORR = "Corrections and clarifications\n\n{}\n"


@pytest.mark.parametrize("body", [
    "We said in an obituary of the composer Ilse Varga (Tuesday) that she was born in Graz. She was "
    "born in Linz.",
    "A caption on Sunday said the goalkeeper Ned Arkle was born in Carlisle. He was born in Penrith.",
    "An article last week said the architect Tomas Brenn died in 1998. He died in 1989.",
    "Our profile of the cellist Mira Holm (2 June) said she was born in Aarhus. She was born in Odense.",
])
def test_a_corrections_retracted_report_is_not_the_articles_fact(run, body):
    assert _codes(run(CORR.format(body), select=["CD402"], published=date(2023, 6, 8))) == []


@pytest.mark.parametrize("text", [
    "Potter wins award\n\nThe potter Elin Sorby, who was born in Bergen, won the Hallam prize on "
    "Friday.\n\nSorby, born in Tromso in 1961, has worked in Orbury since 1990.\n",
    # "as we reported" outside a correction confirms: the paper still says it
    "Potter wins award\n\nAs we reported on Monday, the potter Elin Sorby was born in Bergen. She won "
    "the Hallam prize on Friday.\n\nSorby, born in Tromso in 1961, has worked in Orbury since 1990.\n",
])
def test_two_birthplaces_outside_a_correction_still_fire(run, text):
    assert "CD402" in _codes(run(text, select=["CD402"], published=date(2023, 5, 11)))


# -- an anniversary: "N years ago this week" is one date

@pytest.mark.parametrize("text", [
    "Bridge turns 50\n\nThe Tarrow Bridge was opened 50 years ago this week, on 19 June 1962, by the "
    "transport minister. It cost £2.1 million.\n",
    "Club at 100\n\nThe Orbury rowing club was founded a century ago today, on 21 June 1912, by four "
    "schoolmasters.\n",
    "Library at 100\n\nThe Orbury Library was opened a hundred years ago this week, on 18 June 1912, by "
    "the town's mayor.\n",
    "Hall at 40\n\nThe Kessock Hall was founded 40 years ago today, on 21 June 1972, by a group of farmers.\n",
])
def test_years_ago_this_week_is_the_anniversarys_date(run, text):
    assert _codes(run(text, select=["CD106"], published=date(2012, 6, 21))) == []


def test_this_week_against_an_old_date_still_fires(run):
    text = ("Bridge opens\n\nThe Tarrow Bridge was opened this week, on 19 June 1962, by the transport "
            "minister. It cost £2.1 million.\n")
    assert "CD106" in _codes(run(text, select=["CD106"], published=date(2012, 6, 21)))


def test_years_ago_this_week_resolves_to_that_week(make_doc):
    doc = make_doc("Anniversary\n\nThe club was founded 40 years ago this month, in June 1972.\n",
                   published=date(2012, 6, 21))
    values = {t.text: t.value for t in doc.timexes}
    assert values.get("40 years ago this month") == "1972-06"


# -- an arrest headline reports the police's act

@pytest.mark.parametrize("text, published", [
    ("Man, 28, held for stabbing friend over loan\n\nBENGALURU: A 28-year-old man was arrested on Tuesday "
     "for allegedly stabbing his friend during a quarrel over a loan in Yelahanka on Sunday night.\n",
     date(2023, 2, 23)),
    ("Shopkeeper arrested for assaulting customer\n\nA shopkeeper in Orbury was arrested on Monday after "
     "he allegedly assaulted a customer during an argument over change, police said.\n", date(2021, 3, 10)),
    ("Teenager detained over assault on bus driver\n\nA 17-year-old boy has been detained on suspicion of "
     "assaulting a bus driver in Orbury on Friday night, police said.\n", date(2022, 9, 12)),
])
def test_an_arrest_headline_names_the_polices_ground(run, text, published):
    assert _codes(run(text, select=["CD501", "CD502"], published=published)) == []


def test_a_headline_that_convicts_still_fires(run):
    text = ("Man stabbed friend over loan\n\nBENGALURU: A 28-year-old man was arrested on Tuesday for "
            "allegedly stabbing his friend during a quarrel over a loan in Yelahanka on Sunday night.\n")
    assert "CD501" in _codes(run(text, select=["CD501"], published=date(2023, 2, 23)))


# -- copy slips: a letter named, and the name of an animal after its kind

@pytest.mark.parametrize("sentence", [
    "His cousin spells his name with an a and is a year younger than him.",
    "Her name has an a and an e in it where most people expect two e's.",
    "Tick box a or box b on the form, the clerk said.",
])
def test_a_letter_named_is_no_article(run, sentence):
    assert _codes(run(f"Names\n\n{sentence}\n", select=["CD802"])) == []


def test_a_before_a_vowel_still_fires(run):
    found = run("Names\n\nBuilders will start on a another block next year, the council said.\n", select=["CD802"])
    assert _codes(found) == ["CD802"]


@pytest.mark.parametrize("sentence", [
    "The sisters shared the honours, with Mair's dog Fly winning the novice class.",
    "The brothers shared the prizes, with Ifan's pony Fly taking the jumping class.",
    "The cousins shared the cups, with Cadi's bitch Fly winning the open class and Huw's dog Nell the novice.",
])
def test_a_name_after_the_word_for_its_kind_is_no_new_sentence(run, sentence):
    assert _codes(run(f"Show results\n\n{sentence}\n", select=["CD803"])) == []


def test_a_clause_opener_after_an_animal_still_fires(run):
    found = run("Show results\n\nThe dog was found in the harbour But nobody knew who owned it.\n", select=["CD803"])
    assert _codes(found) == ["CD803"]


def test_a_relative_clause_on_the_arrested_still_asserts(run):
    text = ("Man who stabbed friend arrested\n\nBENGALURU: A 28-year-old man was arrested on Tuesday for "
            "allegedly stabbing his friend during a quarrel over a loan in Yelahanka on Sunday night.\n")
    assert "CD501" in _codes(run(text, select=["CD501"], published=date(2023, 2, 23)))


# -- the side a score is against, read from the words as well as the parse

CUP_RUN = ("{team} reached the {final} after a {lead} draw with {rival} at {ground} on Wednesday night took them "
           "through {agg} on aggregate.\n\nIn the {cup}, {short} beat {one} 2-0 in the first round and {two} 3-2 in "
           "a replay after a 1-1 draw, before losing 4-0 at home to Bexley in the third round.\n")


@pytest.mark.parametrize("text", [
    "Corby through to the final\n\n" + CUP_RUN.format(
        team="Corby Town", final="trophy final for the first time", lead="1-1", rival="Ormside", ground="Bell Lane",
        agg="2-1", cup="FA Cup", short="Town", one="Tarnley", two="Wexcombe"),
    "Marden Athletic reach the final\n\n" + CUP_RUN.format(
        team="Marden Athletic", final="shield final", lead="1-1", rival="Ormside", ground="Bell Lane",
        agg="2-1", cup="FA Vase", short="Athletic", one="Holcombe", two="Tresham"),
    # a side the tagger takes for a common noun ("a 0-0 draw with Lydd")
    "Orwell go through\n\nOrwell United went through to the semi-finals after a 0-0 draw with Lydd on "
    "Wednesday.\n\nEarlier in the competition, Orwell beat Hythe 4-1 in the first round and Deal 2-0 in the "
    "second round.\n",
])
def test_a_list_of_results_names_each_side_beaten(run, text):
    assert _codes(run(text, select=["CD405"], published=date(2022, 5, 5))) == []


def test_one_match_given_two_scores_still_fires(run):
    text = ("Kelby into the final\n\nKelby Rangers beat Arden 2-1 on Saturday to reach the county final.\n\n"
            "Kelby's 3-1 win over Arden on Saturday was their first at Arden's ground in ten years.\n")
    assert "CD405" in _codes(run(text, select=["CD405"], published=date(2022, 5, 5)))


# -- a score with no side of its own in a list of results; a tie's aggregate

LIST_RUN = ("Cup run\n\n{A} reached the final after a {s1} draw with {B} on Tuesday.\n\nIn the cup, {A} beat {C} 3-0 in "
            "the first round and {D} 2-1 in a replay after a {s2} draw, before losing 2-0 to {E}.\n\n{E}, who beat {F} "
            "4-1, are favourites.\n")


@pytest.mark.parametrize("names", [
    dict(A="Harlow", B="Tenby", s1="2-2", C="Corran", D="Kelso", s2="1-1", E="Brill", F="Dunmere"),
    dict(A="Orbury", B="Lydney", s1="0-0", C="Pellam", D="Stowe", s2="3-3", E="Arden", F="Marton"),
    dict(A="Wexley", B="Hythe", s1="1-1", C="Danbury", D="Elsham", s2="0-0", E="Fulbeck", F="Ansty"),
])
def test_a_score_in_a_list_is_against_the_side_before_it(run, names):
    assert _codes(run(LIST_RUN.format(**names), select=["CD405"], published=date(2022, 5, 5))) == []


def test_the_same_sides_with_two_scores_still_fire(run):
    text = ("Cup run\n\nHarlow's first meeting with Kelso this season ended in a 2-2 draw at Kelso on Saturday 5 "
            "March.\n\nIn the cup, Harlow beat Corran 3-0 in the first round and Kelso 2-1 in a replay after a 1-1 "
            "draw on Saturday 5 March.\n")
    assert "CD405" in _codes(run(text, select=["CD405"], published=date(2022, 5, 5)))


TIE = ("{A} reach the final\n\n{A} will play in the final on Saturday 28 May after a {s1} draw with {B} on Wednesday "
       "night.\n\n\"The day that changed our season was a {s2} draw at {C} in October,\" said captain {cap}. \"We had "
       "ten men for an hour.\"\n\n{C} {C2}, who finished fourth, will be {A}'s opponents in the final after they beat "
       "{D} {s3} on aggregate.\n")


@pytest.mark.parametrize("names", [
    dict(A="Hallam", B="Ormside", s1="1-1", s2="0-0", C="Castlegate", C2="Albion", cap="Liam Ferriday", D="Pendry", s3="3-1"),
    dict(A="Tresco", B="Marazion", s1="2-2", s2="1-1", C="Helston", C2="Rovers", cap="Jory Pascoe", D="Camborne", s3="4-2"),
    dict(A="Kelby", B="Arden", s1="0-0", s2="2-2", C="Stenby", C2="Town", cap="Ivo Kellow", D="Brill", s3="2-0"),
])
def test_an_aggregate_is_no_single_matchs_score(run, names):
    assert _codes(run(TIE.format(**names), select=["CD405"], published=date(2022, 5, 5))) == []


def test_two_aggregates_of_one_tie_still_fire(run):
    text = ("Rovers into the final\n\nKelby Rovers beat Marton 4-2 on aggregate on Tuesday night to reach the shield "
            "final.\n\nRovers' 5-2 aggregate win over Marton was their biggest this season.\n")
    assert "CD405" in _codes(run(text, select=["CD405"], published=date(2022, 5, 5)))
