"""Figures that must agree, session 11: how a number is bound to what it counts and when two
figures are one statement, on wordings copydesk had not seen (parts given after their whole,
the first one partitive; a share printed before its two figures; a finishing place given twice;
a vote's margin from another year). Each behaviour: three wordings or more of our own and a
clean twin that must stay silent."""

import pytest

from test_whole_articles import _covers, _loud


def _found(text, codes, *needles, published="2025-03-14"):
    return [f for f in _loud(text, published=published, codes=codes) if _covers(text, f, *needles)]


# -- parts after their whole, the first one partitive ("450 jobs, 300 of them ...") ------------

@pytest.mark.parametrize("text, needles", [
    ("Works to shed jobs\n\nThe Tarrow foundry will cut 450 jobs, 300 of them on the casting lines and 210 "
     "in offices and stores, its owners said.", ("450 jobs", "300", "210")),
    ("Ferry cancellations\n\nThe operator cancelled 80 sailings last month, 55 of them on the island route "
     "and 31 on the harbour shuttle.", ("80 sailings", "55", "31")),
    ("Depot blast\n\nThe explosion injured 23 workers, 15 of whom were contractors and ten of whom were "
     "drivers, the company said.", ("23 workers", "15", "ten")),
])
def test_parts_after_the_whole_that_exceed_it(text, needles):
    assert _found(text, ("CD108",), *needles), text


@pytest.mark.parametrize("text", [
    "Works to shed jobs\n\nThe Tarrow foundry will cut 450 jobs, 300 of them on the casting lines and 150 "
    "in offices and stores, its owners said.",
    "Depot blast\n\nThe explosion killed 12 people, one of them a child, and 30 others were hurt.",
    "Depot blast\n\nThe explosion hurt 30 people, 20 of them seriously and 12 of them children.",
    "Ferry cancellations\n\nThe operator cancelled 80 sailings last month, 55 of them on the island route, "
    "and ran 31 extra crossings in the summer.",
])
def test_parts_after_the_whole_that_fit_it_stay_silent(text):
    assert not _loud(text, codes=("CD108",)), text


# -- parts in the next sentence, partitive, across a paragraph break --------------------------

@pytest.mark.parametrize("text, needles", [
    ("Flood toll rises\n\nFourteen people were killed when the river broke its banks overnight, officials "
     "said.\n\nNine of the dead were in Harnby and seven in the village of Oskett.",
     ("Fourteen people", "Nine", "seven")),
    ("Coach overturns\n\nThe crash injured 18 passengers on the mountain road on Friday.\n\nTwelve of the "
     "injured were pensioners and nine were schoolchildren on a day trip.", ("18 passengers", "Twelve", "nine")),
    ("Prison breakout\n\nSix inmates escaped from Calder jail on Sunday night.\n\nFour of them were "
     "recaptured in the town and three near the border by Monday.", ("Six inmates", "Four", "three")),
])
def test_partitive_parts_in_the_next_paragraph_that_exceed_the_whole(text, needles):
    assert _found(text, ("CD108",), *needles), text


@pytest.mark.parametrize("text", [
    "Flood toll rises\n\nFourteen people were killed when the river broke its banks overnight, officials "
    "said.\n\nNine of the dead were in Harnby and five in the village of Oskett.",
    # no partitive: the next paragraph's counts need not be parts of the count before it
    "Coach overturns\n\nThe crash injured 18 passengers on the mountain road on Friday.\n\nTwelve were "
    "treated at Larch hospital and nine were seen by paramedics at the scene.",
    "Prison breakout\n\nSix inmates escaped from Calder jail on Sunday night.\n\nFour of them were "
    "recaptured in the town and two near the border by Monday.",
])
def test_partitive_parts_that_fit_or_a_paragraph_without_one_stay_silent(text):
    assert not _loud(text, codes=("CD108",)), text


# -- a share printed before the two figures it is made of (CD118) ----------------------------

@pytest.mark.parametrize("text, needles", [
    ("Low turnout\n\nVoter turnout in the Harnby mayoral race was 62 percent, with 31,000 of the 58,000 "
     "registered voters casting ballots, the clerk said.", ("62 percent", "31,000", "58,000")),
    ("Driving tests\n\nThe pass rate at the Oskett centre was 71 percent: 412 of the 710 candidates passed "
     "the practical test.", ("71 percent", "412", "710")),
    ("Staff ballot\n\nSupport for the deal was 80% (1,020 of 1,700 members), the union said.",
     ("80%", "1,020", "1,700")),
])
def test_a_share_before_its_figures_that_they_do_not_make(text, needles):
    assert _found(text, ("CD118",), *needles), text


@pytest.mark.parametrize("text", [
    "Low turnout\n\nVoter turnout in the Harnby mayoral race was 53 percent, with 31,000 of the 58,000 "
    "registered voters casting ballots, the clerk said.",
    "Count\n\nTessa Marl had 52 percent, with 80 of the 112 precincts reporting.",
    "Results\n\nThe Greens won 40 percent of the vote, with 12 of the 30 seats going to their candidates.",
    "Shops\n\nSales rose 12 percent, with 30 of the 40 stores reporting growth.",
])
def test_a_share_before_figures_it_fits_or_does_not_join_stays_silent(text):
    assert not _loud(text, codes=("CD118",)), text


# -- one finishing place given twice (CD119) ----------------------------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Rowers take silver\n\nThe Harnby rowing eight finished second at the regional championships on "
     "Sunday.\n\nCoach Ivo Brack said the third-place finish would help the crew win funding.",
     ("finished second", "third-place finish")),
    ("Distance runner\n\nTova Rellin came fourth in the 10,000 metres on Friday night.\n\nHer fifth-place "
     "finish was her best at a world championships.", ("came fourth", "fifth-place finish")),
    ("Choir festival\n\nThe Oskett choir took silver at the Larch festival on Saturday.\n\nThe choir's "
     "bronze medal is its first since 1998, conductor Ede Varn said.", ("took silver", "bronze medal")),
])
def test_one_place_given_twice(text, needles):
    assert _found(text, ("CD119",), *needles), text


@pytest.mark.parametrize("text", [
    "Rowers take silver\n\nThe Harnby rowing eight finished second on Sunday. The second-place finish is "
    "their best yet.",
    "Choir festival\n\nThe Oskett choir took silver at the Larch festival on Saturday; the gold went to a "
    "choir from Velm.",
    "Distance runner\n\nTova Rellin finished second in her heat and fourth in the final.\n\nHer "
    "fourth-place finish was her best.",
    "Distance runner\n\nTova Rellin finished third at the world championships in 2019.\n\nThis year her "
    "second-place finish was her best yet.",
    "Sprint\n\nIda Marn finished second on Sunday. Pia Krell's bronze was her first medal.",
])
def test_places_of_others_of_other_times_or_agreeing_stay_silent(text):
    assert not _loud(text, codes=("CD119",)), text


# -- a vote's margin from another time is not today's tally's (CD110) -------------------------

@pytest.mark.parametrize("text", [
    "Levy vote\n\nTrustees of the Larch school board voted 6-1 on Monday to put a building levy on the "
    "May ballot.\n\nThe last levy request, in 2019, failed by 214 votes.",
    "Budget\n\nThe council voted 7-2 on Tuesday to approve the budget.\n\nA similar plan was rejected in "
    "2021 by nine votes.",
    "Harbour plan\n\nThe harbour board backed the dredging plan 5-4 on Wednesday.\n\nIn 2017 the board "
    "turned down a dredging scheme by two votes.",
])
def test_a_margin_of_another_years_vote_stays_silent(text):
    assert not _loud(text, codes=("CD110",)), text


@pytest.mark.parametrize("text, needles", [
    ("Budget\n\nThe council voted 7-2 on Tuesday to approve the budget.\n\nThe budget passed by three votes "
     "on Tuesday.", ("by three votes", "7-2")),
    ("Harbour plan\n\nThe harbour board backed the dredging plan 5-4 on Wednesday, carrying it by three "
     "votes.", ("by three votes", "5-4")),
])
def test_a_margin_of_the_same_vote_still_fires(text, needles):
    assert _found(text, ("CD110",), *needles), text


# -- a score right after the side beaten, and a later "the 78-74 win" (CD405) -----------------

@pytest.mark.parametrize("text, needles", [
    ("Larks advance\n\nVENNBURY -- Ari Soll scored 11 of his 25 points in the last quarter, and Dovan held off "
     "Tessel Central 78-71 in a state semifinal Friday night.\n\nTessel's guards were held to 12 points after "
     "the break.\n\nAfter the 78-74 win, Dovan coach Ben Ardy said the defence had made the difference.",
     ("78-71", "78-74 win")),
    ("Hockey\n\nThe Orrin Hawks outlasted the Pell Rangers 4-3 in overtime on Saturday.\n\nGoalie Ivo Tarn "
     "made 31 saves.\n\nThe 4-2 victory was the Hawks' fifth in a row.", ("4-3", "4-2 victory")),
    ("Volleyball\n\nHarnby swept Oskett Vale 3-0 at home on Tuesday night.\n\nSetter Lia Brek had 40 "
     "assists.\n\nAfter the 3-1 win, the coach praised the serve.", ("3-0", "3-1 win")),
])
def test_a_later_definite_score_of_the_story_match(text, needles):
    assert _found(text, ("CD405",), *needles), text


@pytest.mark.parametrize("text", [
    "Larks advance\n\nDovan held off Tessel Central 78-71 in a state semifinal Friday night.\n\nAfter the "
    "78-71 win, Dovan coach Ben Ardy said the defence had made the difference.",
    "Hockey\n\nThe Orrin Hawks outlasted the Pell Rangers 4-3 in overtime on Saturday.\n\nPell's 4-2 win "
    "over Carrow a week earlier had put them top.",
    "Fair\n\nThe show runs from March 3-5 at the Harnby showground, organisers said.",
])
def test_the_same_score_another_sides_score_or_dates_stay_silent(text):
    assert not _loud(text, codes=("CD405", "CD111")), text


# -- a tally against the members all present (CD108) ------------------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Planning\n\nAll 15 members of the committee were present for the vote, which went nine to four against "
     "the scheme, with one abstention.", ("All 15 members", "nine to four", "one abstention")),
    ("Planning\n\nWith all 12 councillors present, the motion was carried 8-3, with two abstentions.",
     ("all 12 councillors", "8-3", "two abstentions")),
    ("Board\n\nAll nine trustees attended the meeting. The vote was 5-3, with no abstentions.",
     ("All nine trustees", "5-3")),
    ("Planning\n\nAll 12 councillors were present, and the motion was carried 9-4.",
     ("All 12 councillors", "9-4")),
])
def test_votes_that_do_not_make_the_members_present(text, needles):
    assert _found(text, ("CD108",), *needles), text


@pytest.mark.parametrize("text", [
    "Planning\n\nAll 15 members were present; the vote was nine to four, with two abstentions.",
    # an unsaid abstention or a chair who does not vote: fewer votes is no finding
    "Planning\n\nAll 12 councillors were present, and the motion was carried 7-4.",
    "Board\n\nNine trustees sit on the board. The vote was 5-3.",
])
def test_votes_that_fit_the_members_present_stay_silent(text):
    assert not _loud(text, codes=("CD108",)), text


# -- a change after both of its figures: "A, up from B, a rise of N%" (CD116) ------------------

@pytest.mark.parametrize("text, needles", [
    ("Pumps\n\nTarnak Pumps on Monday reported a net profit of Rs 84.6 crore for the quarter ended March 31, "
     "up from Rs 72.3 crore in the year-ago period, a rise of 21 per cent.",
     ("a rise of 21 per cent", "Rs 84.6 crore", "Rs 72.3 crore")),
    ("Quarter\n\nRevenue was $4.1 million in the second quarter, up from $3.2 million in the same period last "
     "year, an increase of 12%.", ("an increase of 12%", "$4.1 million", "$3.2 million")),
    ("Members\n\nThe Velm trust had 5,200 members at the end of March, up from 3,900 a year earlier, a rise of "
     "50 percent.", ("a rise of 50 percent", "5,200", "3,900")),
])
def test_a_change_after_its_level_and_its_earlier_figure(text, needles):
    assert _found(text, ("CD116",), *needles), text


@pytest.mark.parametrize("text", [
    "Pumps\n\nTarnak Pumps on Monday reported a net profit of Rs 84.6 crore for the quarter ended March 31, "
    "up from Rs 72.3 crore in the year-ago period, a rise of 17 per cent.",
    "Members\n\nThe Velm trust had 5,200 members at the end of March, up from 3,900 a year earlier, a rise of "
    "33 percent.",
    "Members\n\nThe Velm trust had 5,200 members in 2024, up from 3,900 in 2020, a rise of 33 percent.",
])
def test_a_change_its_figures_allow_stays_silent(text):
    assert not _loud(text, codes=("CD116",)), text


# -- a margin is its own clause's, and "the 17-point win" is the story's result (CD111) --------

@pytest.mark.parametrize("text, needles", [
    ("Footy\n\nVELLAN 14.9 (93) d MARROW ROVERS 12.11 (83)\n\nThe 17-point win leaves Vellan top of the "
     "ladder.", ("17-point win", "14.9 (93)")),
    ("Footy\n\nOSKETT 10.12 (72) d TARN 9.8 (62)\n\nThe four-goal victory was Oskett's sixth in a row.",
     ("four-goal victory", "10.12 (72)")),
    ("Hoops\n\nThe Larks beat Carrow 81-77 on Friday, winning by six points.", ("by six points", "81-77")),
])
def test_a_margin_the_story_score_does_not_make(text, needles):
    assert _found(text, ("CD111",), *needles), text


@pytest.mark.parametrize("text", [
    "Footy\n\nVELLAN 14.9 (93) d MARROW ROVERS 12.11 (83)\n\nThe reserves won 11.8 (74) to 9.10 (64) and the "
    "under-17s lost by 22 points.",
    "Footy\n\nVELLAN 14.9 (93) d MARROW ROVERS 12.11 (83)\n\nThe 10-point win leaves Vellan top of the ladder.",
    "Hoops\n\nThe Larks beat Carrow 81-77 on Friday, winning by four points, and the Owls lost by 12 points.",
])
def test_a_margin_of_another_clause_or_that_fits_stays_silent(text):
    assert not _loud(text, codes=("CD111",)), text


# -- a share of "them", the whole counted before it (CD118) ----------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Cattle sale\n\nAgents yarded 420 lots, mostly weaned steers, and sold 341 of them, a clearance of 87 per "
     "cent.", ("87 per cent", "341", "420")),
    ("Water tests\n\nThe lab tested 600 samples last month, and 480 of them were clean, or 90 percent.",
     ("90 percent", "480", "600")),
    ("Cycling club\n\nThe club fielded 40 riders and 36 of them finished the course, a completion rate of 75%.",
     ("75%", "36", "40")),
])
def test_a_share_of_them_that_the_counts_do_not_make(text, needles):
    assert _found(text, ("CD118",), *needles), text


@pytest.mark.parametrize("text", [
    "Cattle sale\n\nAgents yarded 420 lots, mostly weaned steers, and sold 341 of them, a clearance of 81 per "
    "cent.",
    "Water tests\n\nThe lab tested 600 samples last month, and 480 of them were clean, or 80 percent.",
])
def test_a_share_of_them_that_fits_stays_silent(text):
    assert not _loud(text, codes=("CD118",)), text


# -- amounts "of the total" against the whole given before (CD108) ----------------------------

@pytest.mark.parametrize("text, needles", [
    ("Civic budget\n\nThe commissioner on Tuesday presented a Rs 4,812 crore budget for 2026-27.\n\nThe budget "
     "is 9.6 per cent larger than last year's Rs 4,390 crore.\n\nOf the total, Rs 1,250 crore has been set "
     "aside for roads, Rs 980 crore for water, Rs 640 crore for waste, Rs 1,120 crore for salaries, and Rs "
     "872 crore for other heads.", ("Rs 4,812 crore", "Rs 1,250 crore", "Rs 872 crore")),
    ("Wheel grant\n\nThe Velm trust has won a \u00a32.4m lottery grant for the mill.\n\nOf this sum, \u00a31.5m "
     "will go on the roof and \u00a31.1m on the wheel house.", ("\u00a32.4m", "\u00a31.5m", "\u00a31.1m")),
    ("Harbour\n\nThe harbour scheme will cost $12 million.\n\nOf the total, $5 million will come from the state, "
     "$4 million from the city and $2 million from everything else.", ("$12 million", "$5 million", "$2 million")),
])
def test_amounts_of_a_named_whole_that_do_not_make_it(text, needles):
    assert _found(text, ("CD108",), *needles), text


@pytest.mark.parametrize("text", [
    "Wheel grant\n\nThe Velm trust has won a \u00a32.4m lottery grant for the mill.\n\nOf this sum, \u00a31.5m "
    "will go on the roof and \u00a3600,000 on the wheel house, and the rest on a new cafe.",
    "Harbour\n\nThe harbour scheme will cost $12 million.\n\nOf the total, $5 million will come from the state "
    "and $4 million from the city, with the rest still to be found.",
    "Civic budget\n\nThe commissioner presented a Rs 4,812 crore budget.\n\nOf the total, Rs 1,250 crore is for "
    "roads, Rs 980 crore for water and Rs 2,582 crore for other heads.",
])
def test_amounts_of_a_named_whole_that_fit_stay_silent(text):
    assert not _loud(text, codes=("CD108",)), text


# -- a football results line: one goal a minute (CD111) ---------------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Cup\n\nHarnby Town 3 (Kells 12, 55, 81, Dorrow 70 pen) Oskett 1 (Marr 33)\n\nHarnby Town beat Oskett on "
     "Saturday.", ("Harnby Town 3", "Kells 12, 55, 81")),
    ("League\n\nVelm Rovers 2 (Arno 9; Tesk 44 og) Carrow 2 (Lind 61)", ("Carrow 2", "Lind 61")),
    ("Derby\n\nPell City 1 (Rann 45+2', Ode 90+3') Dovan 0", ("Pell City 1", "Rann 45+2'")),
])
def test_scorers_by_the_minute_that_the_score_does_not_hold(text, needles):
    assert _found(text, ("CD111",), *needles), text


@pytest.mark.parametrize("text", [
    "Cup\n\nHarnby Town 3 (Kells 12, 55, Dorrow 70 pen) Oskett 1 (Marr 33)\n\nHarnby Town beat Oskett on Saturday.",
    "League\n\nVelm Rovers 2 (Arno 9; Tesk 44 og) Carrow 2 (Lind 61, 88)",
    "Derby\n\nPell City 1 (Rann 90+3') Dovan 0",
    "Youth\n\nThe Dovan Under 12 (aged 10 and 11) team won the shield.",
])
def test_scorers_by_the_minute_that_fit_stay_silent(text):
    assert not _loud(text, codes=("CD111",)), text


# -- the age of one thing given twice (CD405) -------------------------------------------------

@pytest.mark.parametrize("text, needles", [
    ("1,000-year-old shipwreck found in Fenley estuary\n\nDivers have found the remains of a wooden ship in the "
     "estuary.\n\nTree-ring analysis of the ship's oak timbers shows the trees used to build it were felled in "
     "about 1410, making the wreck around 600 years old.", ("1,000-year-old shipwreck", "600 years old")),
    ("Chapel to close\n\nThe 150-year-old chapel at Velm will close in May.\n\nThe chapel, 90 years old, was "
     "built by miners.", ("150-year-old chapel", "90 years old")),
    ("Bridge to be repaired\n\nThe county will spend $2 million on the 210-year-old Tarn bridge.\n\nEngineers "
     "say the bridge is 160 years old and needs new piers.", ("210-year-old", "160 years old")),
])
def test_one_thing_given_two_ages(text, needles):
    assert _found(text, ("CD405",), *needles), text


@pytest.mark.parametrize("text", [
    "Chapel to close\n\nThe 150-year-old chapel at Velm will close in May. When it was listed, the chapel was 90 "
    "years old.",
    "Mill\n\nThe 300-year-old mill at Tarn reopens on Saturday. The mill, some 280 years old, was restored by "
    "volunteers.",
    "Oaks\n\nThe 300-year-old oak by the gate survived, but a 500-year-old oak near the lake was lost.",
    "Woman hurt\n\nThe 61-year-old woman was hurt. The woman, 63 years old, was taken to hospital.",
])
def test_ages_of_a_past_time_of_two_things_or_of_people_stay_silent(text):
    assert not _loud(text, codes=("CD405",)), text
