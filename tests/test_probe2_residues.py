"""The session-9 probe's three held-out residues, fixed by their mechanisms (session 10), and
the session-10 probe's tune residue, in wordings and names of our own; each behaviour with
wordings that fired before and a twin with a real error that must still fire:

- a date that bounds a period ("the first ... since 1994", "had not won it since 2015") is
  not the date of the act told elsewhere (CD404), nor is a denial over a period the denial of
  the act (CD406);
- a count told beside another count of the same toll in its own sentence ("a farmer was
  killed ..., and four people died ...") is a part of the toll, not the toll (CD405);
- a round-up's competitions ("the Premier Division", "In Division Two, ...") are no side two
  of its results share, and a score of an earlier meeting ("last season", "when the sides
  last met") is not today's match (CD405);
- a word capitalised only because it opens its line ("Airport will kill the village" over a
  letter that says "the airport") is a common noun, not a named agent (CD503);
- from the session-10 tune batches: a side that won one score and lost the other played two
  matches, whoever a result noun's win belongs to (CD405); "killed the game off", "shot a
  closing 64", "shot 71 and finished second", "shot into the roof of the net" are sport, not
  violence, and a harm word between two sides named in a score's sentence is a heavy
  defeat (CD502/CD503)."""

from __future__ import annotations

from datetime import date

import pytest


def _codes(found) -> list[str]:
    return [f.code for f in found]


# -- a bound of a period is not the act's date

@pytest.mark.parametrize("text", [
    "Tom Harle won the mayoral election on Thursday. Harle is the first independent to win the "
    "mayoral election since 1994.",
    "Mira Okonjo climbed the north face of the Skellan on Tuesday. Okonjo is the first climber to "
    "climb the north face of the Skellan alone since 1988.",
    "The Millbrook choir won the county festival on Saturday. The Millbrook choir is the first "
    "village choir to win the county festival since 2009.",
])
def test_a_bound_of_a_period_is_not_the_acts_date(run, text):
    assert _codes(run(text, select=["CD404"], published=date(2022, 7, 4))) == []


@pytest.mark.parametrize("text", [
    "The Rovers reached the cup semi-finals on Saturday. The Rovers had not reached the cup "
    "semi-finals since 2011.",
    "Lena Voss won the county title in Ardmore on Sunday. Voss had not won the county title since 2015.",
    "The lifeboat crew rescued the trawler's crew on Monday. The lifeboat crew had not rescued a "
    "trawler's crew before 1990.",
])
def test_a_denial_over_a_period_is_not_the_acts_denial(run, text):
    assert _codes(run(text, select=["CD406"], published=date(2022, 7, 4))) == []


@pytest.mark.parametrize("text, code", [
    ("Tom Harle won the mayoral election on Thursday. Tom Harle won the mayoral election in 1994.", "CD404"),
    ("Ada Kerr has run the bakery since 2004. Ada Kerr has run the bakery since 2006.", "CD404"),
    ("The Rovers reached the cup semi-finals on Saturday. The Rovers did not reach the cup "
     "semi-finals on Saturday.", "CD406"),
])
def test_two_dates_of_one_act_or_two_bounds_still_fire(run, text, code):
    assert code in _codes(run(text, select=["CD404", "CD406"], published=date(2022, 7, 4)))


# -- parts of a toll told side by side

@pytest.mark.parametrize("text", [
    "A blizzard was blamed for at least five deaths across the county on Monday. Police said a "
    "farmer was killed when his tractor overturned near Tenbury, and four people died in three "
    "crashes on the coast road.",
    "The fire killed seven people at the mill on Friday. Fire officers said two workers were "
    "killed in the packing room, and five people died in the offices.",
    "The heatwave was blamed for six deaths in the region last week. The coroner said a cyclist "
    "was killed on the moor road and five people died in their homes.",
])
def test_a_count_beside_another_of_the_same_toll_is_a_part(run, text):
    assert _codes(run(text, select=["CD405"], published=date(1983, 1, 21))) == []


@pytest.mark.parametrize("text", [
    "The fire killed seven people at the mill on Friday. Fire officers said five people died in the offices.",
    "A blizzard was blamed for at least five deaths across the county on Monday. Police said four "
    "people died in three crashes on the coast road.",
])
def test_a_count_told_alone_against_the_toll_still_fires(run, text):
    assert "CD405" in _codes(run(text, select=["CD405"], published=date(1983, 1, 21)))


# -- a round-up's competitions and earlier meetings

ROUND_UP = "Saturday round-up\n\n{}\n"


@pytest.mark.parametrize("body", [
    "Holwick went top of the Premier Division after a 2-0 win at Redbank. In Division Two, "
    "leaders Carrow stretched their lead with a 5-1 win over Penwith.",
    "Ashgrove stayed top of the Northern League with a 3-2 win at Millrace. In the Southern "
    "League, leaders Tavy Rovers edged Bickley with a 1-0 win.",
    "Marrick went top of the Premier Division after a 3-0 win at Ryle. In Division Three, leaders "
    "Tolver crushed Penrose with a 4-1 win.",
    "Castlegate stayed top of the Northern League with a 2-1 win at Fallowby. In the Southern "
    "League, Harrowby stretched their lead with a 4-0 win over Dunstan.",
])
def test_a_round_ups_competitions_are_no_shared_side(run, body):
    assert _codes(run(ROUND_UP.format(body), select=["CD405"], published=date(2018, 2, 26))) == []


@pytest.mark.parametrize("body", [
    "Harlow beat Kelso 2-1 in the County Cup on Saturday. In the last round last season, Kelso beat Harlow 3-0.",
    "Drum Athletic beat Orrin 3-1 on Saturday. In their previous meeting, Orrin beat Drum Athletic 2-0.",
    "Tarrow beat Elmsfield 4-2 on Saturday to reach the final. When the sides last met, Elmsfield beat Tarrow 1-0.",
    "Ruan beat Coverack 2-1 on Sunday. A season ago, Coverack beat Ruan 3-0 at the same stage.",
])
def test_a_score_of_an_earlier_meeting_is_not_todays(run, body):
    assert _codes(run(ROUND_UP.format(body), select=["CD405"], published=date(2018, 2, 26))) == []


@pytest.mark.parametrize("body", [
    "Holwick went top of the Premier Division after a 2-0 win at Redbank. In Division Two, Holwick beat Redbank 3-0.",
    "Harlow beat Kelso 2-1 in the County Cup on Saturday. Harlow beat Kelso 3-1 in the County Cup.",
    "Harlow beat Kelso 2-1 on Saturday. Last season Harlow beat Kelso 3-0 at home. Last season "
    "Harlow beat Kelso 4-0 at home.",
])
def test_the_same_match_told_twice_still_fires(run, body):
    assert "CD405" in _codes(run(ROUND_UP.format(body), select=["CD405"], published=date(2018, 2, 26)))


# -- a line's capitalised first word, written in lower case elsewhere, is no name

LETTER = "Letters\n\n{}\n\nSir, {}\n"


@pytest.mark.parametrize("head, body", [
    ("Bypass will kill the high street", "The proposed bypass will take lorries away from the shops."),
    ("Motorway will kill the village", "The motorway would pass within 200 yards of the school."),
    ("Airport will kill the village", "The airport wants a second runway 400 yards from our homes."),
    ("Stadium killed the neighbourhood", "Since the stadium was built, the old streets have emptied."),
])
def test_a_capitalised_common_noun_is_no_named_agent(run, head, body):
    assert _codes(run(LETTER.format(head, body), select=["CD503"], published=date(2003, 2, 21))) == []


@pytest.mark.parametrize("head, body", [
    ("Varga killed the guard", "The trial heard Varga had a knife. Varga was arrested at the scene."),
    ("Bypass will kill the high street", "Lorries will keep coming whatever is built."),
])
def test_a_name_or_a_word_never_written_small_is_still_an_agent(run, head, body):
    assert "CD503" in _codes(run(LETTER.format(head, body), select=["CD503"], published=date(2003, 2, 21)))


# -- a result told by its noun: who won it, and who lost the other match

@pytest.mark.parametrize("body", [
    "The Northbridge Hawks kept their top-four hopes alive with a 26-24 win over the Westgate "
    "Bulldogs on Sunday. The Bulldogs, who beat the Hawks 30-12 in round eight, drop to ninth.",
    "The Tigers stayed top with a 19-12 victory over the Ravens at Kilnsey Park. The Ravens, who "
    "beat the Tigers 22-6 in April, are fifth.",
    "Kenwick eased to a 31-10 win over the Owls at Brook Lane on Saturday. The Owls, who defeated "
    "Kenwick 18-15 in round three, sit bottom.",
])
def test_a_side_that_won_one_and_lost_the_other_played_two_matches(run, body):
    assert _codes(run(ROUND_UP.format(body), select=["CD405"], published=date(2012, 8, 20))) == []


@pytest.mark.parametrize("body", [
    "The Hawks kept their hopes alive with a 26-24 win over the Bulldogs on Sunday. The Hawks beat the Bulldogs 30-12.",
    "The Comets earned a 98-91 win over the Lakers at home on Friday. The Lakers lost 102-88 to the Comets.",
])
def test_one_result_told_twice_with_two_scores_still_fires(run, body):
    assert "CD405" in _codes(run(ROUND_UP.format(body), select=["CD405"], published=date(2012, 8, 20)))


# -- the sports senses of "kill" and "shoot" in a match report

@pytest.mark.parametrize("sentence", [
    "The Hawks killed the game in the third quarter with four straight goals.",
    "Kelso United killed the match off inside 20 minutes on Saturday.",
    "Carrow killed the game with a try in the last minute.",
    "Harlow killed the match as a contest with two goals in the first quarter of an hour.",
])
def test_killing_an_event_is_its_figurative_sense(run, sentence):
    assert _codes(run(sentence + "\n", select=["CD503"], published=date(2019, 7, 22))) == []


@pytest.mark.parametrize("sentence", [
    "Alasdair Ferris shot a closing 64 at Glenbrae on Sunday to win the Highland Open by three strokes.",
    "Ben Tolver shot a superb 63 on Saturday to lead by four.",
    "Rhona Pike shot a level-par 72 in the wind on Sunday.",
    "Erik Lund, who had led since the first round, shot 71 and finished tied for second.",
    "Moira Kerr shot 69 and finished two strokes clear of the field.",
    "Dale Ruiz shot 74 and finished ninth at the Dunmere Classic.",
])
def test_a_rounds_score_after_shot_is_no_shooting(run, sentence):
    assert _codes(run(sentence + "\n", select=["CD503"], published=date(2019, 7, 22))) == []


@pytest.mark.parametrize("sentence", [
    "Striker Ewan Amadi shot into the roof of the net from 12 yards for the third.",
    "Kemp shot into the side of the net from a tight angle.",
    "Jo Pike shot into the top of the net from 20 yards.",
    "Sam Okafor shot into the far corner of the net after a one-two with Kerr.",
])
def test_a_shot_into_part_of_the_goal_is_a_shot_at_goal(run, sentence):
    assert _codes(run(sentence + "\n", select=["CD503"], published=date(2019, 7, 22))) == []


@pytest.mark.parametrize("sentence", [
    "Harlow killed the guard with a single shot on Saturday.",
    "The gunman shot two and fled in a car.",
    "The gunman shot into the crowd from a first-floor window.",
    "The gunman shot a closing guard at the gate.",
])
def test_killing_or_shooting_people_still_fires(run, sentence):
    assert "CD503" in _codes(run(sentence + "\n", select=["CD503"], published=date(2019, 7, 22)))


# -- a harm word between two sides of a scored match is a heavy defeat

@pytest.mark.parametrize("text", [
    "Rovers massacre ten-man Town in derby\n\nRovers crushed ten-man Town 6-0 in the derby at Mill Lane on Saturday.\n",
    "Hawks slaughter Owls at Brook Lane\n\nThe Hawks thrashed the Owls 54-6 at Brook Lane on Sunday, scoring eight tries.\n",
    "Kelso butcher Harlow in cup rout\n\nKelso beat Harlow 7-0 in the cup on Saturday, their biggest win in the competition.\n",
])
def test_a_harm_word_between_two_scored_sides_is_a_defeat(run, text):
    assert _codes(run(text, select=["CD502", "CD503"], published=date(2019, 7, 22))) == []


def test_a_harm_word_over_a_story_of_violence_still_fires(run):
    text = ("Hawks massacre Owls at Brook Lane\n\nThe Hawks' fans attacked the Owls' coach after the "
            "game at Brook Lane on Sunday, police said.\n")
    assert "CD502" in _codes(run(text, select=["CD502", "CD503"], published=date(2019, 7, 22)))
