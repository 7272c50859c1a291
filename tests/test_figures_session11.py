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


# -- a score right after the side beaten, and a later "the 64-57 win" (CD405) -----------------

@pytest.mark.parametrize("text, needles", [
    ("Cup run\n\nVENNBURY -- Dovan saw off Tessel Academy 64-59 in the county quarter-final on Thursday "
     "night, with Ari Soll scoring 22.\n\nTessel trailed by 15 at the break.\n\nAfter the 64-57 win, Dovan "
     "coach Ben Ardy praised the bench.", ("64-59", "64-57 win")),
    ("Hockey\n\nThe Orrin Hawks outlasted the Pell Rangers 4-3 in overtime on Saturday.\n\nGoalie Ivo Tarn "
     "made 31 saves.\n\nThe 4-2 victory was the Hawks' fifth in a row.", ("4-3", "4-2 victory")),
    ("Volleyball\n\nHarnby swept Oskett Vale 3-0 at home on Tuesday night.\n\nSetter Lia Brek had 40 "
     "assists.\n\nAfter the 3-1 win, the coach praised the serve.", ("3-0", "3-1 win")),
])
def test_a_later_definite_score_of_the_story_match(text, needles):
    assert _found(text, ("CD405",), *needles), text


@pytest.mark.parametrize("text", [
    "Cup run\n\nDovan saw off Tessel Academy 64-59 in the county quarter-final on Thursday night.\n\nAfter "
    "the 64-59 win, Dovan coach Ben Ardy praised the bench.",
    "Hockey\n\nThe Orrin Hawks outlasted the Pell Rangers 4-3 in overtime on Saturday.\n\nPell's 4-2 win "
    "over Carrow a week earlier had put them top.",
    "Fair\n\nThe show runs from March 3-5 at the Harnby showground, organisers said.",
])
def test_the_same_score_another_sides_score_or_dates_stay_silent(text):
    assert not _loud(text, codes=("CD405", "CD111")), text


# -- a tally against the members all present (CD108) ------------------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Governors\n\nAll 13 governors attended the meeting, and the motion was lost eight to three, with one "
     "abstention.", ("All 13 governors", "eight to three", "one abstention")),
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
    "Governors\n\nAll 13 governors attended; the vote was eight to three, with two abstentions.",
    # an unsaid abstention or a chair who does not vote: fewer votes is no finding
    "Planning\n\nAll 12 councillors were present, and the motion was carried 7-4.",
    "Board\n\nNine trustees sit on the board. The vote was 5-3.",
])
def test_votes_that_fit_the_members_present_stay_silent(text):
    assert not _loud(text, codes=("CD108",)), text


# -- a change after both of its figures: "A, up from B, a rise of N%" (CD116) ------------------

@pytest.mark.parametrize("text, needles", [
    ("Gears\n\nTarnak Gears reported an operating profit of Rs 51.2 crore for the quarter ended June 30, up "
     "from Rs 44.8 crore a year earlier, a rise of 20 per cent.",
     ("a rise of 20 per cent", "Rs 51.2 crore", "Rs 44.8 crore")),
    ("Quarter\n\nRevenue was $4.1 million in the second quarter, up from $3.2 million in the same period last "
     "year, an increase of 12%.", ("an increase of 12%", "$4.1 million", "$3.2 million")),
    ("Members\n\nThe Velm trust had 5,200 members at the end of March, up from 3,900 a year earlier, a rise of "
     "50 percent.", ("a rise of 50 percent", "5,200", "3,900")),
])
def test_a_change_after_its_level_and_its_earlier_figure(text, needles):
    assert _found(text, ("CD116",), *needles), text


@pytest.mark.parametrize("text", [
    "Gears\n\nTarnak Gears reported an operating profit of Rs 51.2 crore for the quarter ended June 30, up "
    "from Rs 44.8 crore a year earlier, a rise of 14 per cent.",
    "Members\n\nThe Velm trust had 5,200 members at the end of March, up from 3,900 a year earlier, a rise of "
    "33 percent.",
    "Members\n\nThe Velm trust had 5,200 members in 2024, up from 3,900 in 2020, a rise of 33 percent.",
])
def test_a_change_its_figures_allow_stays_silent(text):
    assert not _loud(text, codes=("CD116",)), text


# -- a margin is its own clause's, and "the 15-point win" is the story's result (CD111) --------

@pytest.mark.parametrize("text, needles", [
    ("Footy\n\nVELLAN 12.14 (86) d MARROW SWIFTS 11.9 (75)\n\nThe 15-point win leaves Vellan top of the "
     "ladder.", ("15-point win", "12.14 (86)")),
    ("Footy\n\nOSKETT 10.12 (72) d TARN 9.8 (62)\n\nThe four-goal victory was Oskett's sixth in a row.",
     ("four-goal victory", "10.12 (72)")),
    ("Hoops\n\nThe Larks beat Carrow 81-77 on Friday, winning by six points.", ("by six points", "81-77")),
])
def test_a_margin_the_story_score_does_not_make(text, needles):
    assert _found(text, ("CD111",), *needles), text


@pytest.mark.parametrize("text", [
    "Footy\n\nVELLAN 12.14 (86) d MARROW SWIFTS 11.9 (75)\n\nThe seconds won 9.7 (61) to 8.6 (54) and the "
    "colts lost by 30 points.",
    "Footy\n\nVELLAN 12.14 (86) d MARROW SWIFTS 11.9 (75)\n\nThe 11-point win leaves Vellan top of the ladder.",
    "Hoops\n\nThe Larks beat Carrow 81-77 on Friday, winning by four points, and the Owls lost by 12 points.",
])
def test_a_margin_of_another_clause_or_that_fits_stays_silent(text):
    assert not _loud(text, codes=("CD111",)), text


# -- a share of "them", the whole counted before it (CD118) ----------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Auction\n\nThe Orrin rooms offered 250 paintings, mostly landscapes, and sold 190 of them, a sale rate of "
     "84 per cent.", ("84 per cent", "190", "250")),
    ("Water tests\n\nThe lab tested 600 samples last month, and 480 of them were clean, or 90 percent.",
     ("90 percent", "480", "600")),
    ("Cycling club\n\nThe club fielded 40 riders and 36 of them finished the course, a completion rate of 75%.",
     ("75%", "36", "40")),
])
def test_a_share_of_them_that_the_counts_do_not_make(text, needles):
    assert _found(text, ("CD118",), *needles), text


@pytest.mark.parametrize("text", [
    "Auction\n\nThe Orrin rooms offered 250 paintings, mostly landscapes, and sold 190 of them, a sale rate of "
    "76 per cent.",
    "Water tests\n\nThe lab tested 600 samples last month, and 480 of them were clean, or 80 percent.",
])
def test_a_share_of_them_that_fits_stays_silent(text):
    assert not _loud(text, codes=("CD118",)), text


# -- amounts "of the total" against the whole given before (CD108) ----------------------------

@pytest.mark.parametrize("text, needles", [
    ("Civic budget\n\nThe corporation's Rs 2,640 crore budget for the year was tabled on Friday.\n\nIt is 7 per "
     "cent bigger than last year's Rs 2,470 crore.\n\nOf the total, Rs 900 crore goes to roads, Rs 610 crore to "
     "drainage, Rs 480 crore to salaries and Rs 700 crore to other heads.", ("Rs 2,640 crore", "Rs 900 crore",
                                                                     "Rs 700 crore")),
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
    "Civic budget\n\nThe corporation tabled a Rs 2,640 crore budget.\n\nOf the total, Rs 900 crore goes to "
    "roads, Rs 610 crore to drainage and Rs 1,130 crore to other heads.",
])
def test_amounts_of_a_named_whole_that_fit_stay_silent(text):
    assert not _loud(text, codes=("CD108",)), text


# -- a football results line: one goal a minute (CD111) ---------------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Cup\n\nHarnby Town 3 (Kells 12, 55, 81, Dorrow 70 pen) Oskett 1 (Marr 33)\n\nHarnby Town beat Oskett on "
     "Saturday.", ("Harnby Town 3", "Kells 12, 55, 81")),
    ("League\n\nVelm Swifts 2 (Arno 9; Tesk 44 og) Carrow 2 (Lind 61)", ("Carrow 2", "Lind 61")),
    ("Derby\n\nPell City 1 (Rann 45+2', Ode 90+3') Dovan 0", ("Pell City 1", "Rann 45+2'")),
])
def test_scorers_by_the_minute_that_the_score_does_not_hold(text, needles):
    assert _found(text, ("CD111",), *needles), text


@pytest.mark.parametrize("text", [
    "Cup\n\nHarnby Town 3 (Kells 12, 55, Dorrow 70 pen) Oskett 1 (Marr 33)\n\nHarnby Town beat Oskett on Saturday.",
    "League\n\nVelm Swifts 2 (Arno 9; Tesk 44 og) Carrow 2 (Lind 61, 88)",
    "Derby\n\nPell City 1 (Rann 90+3') Dovan 0",
    "Youth\n\nThe Dovan Under 12 (aged 10 and 11) team won the shield.",
])
def test_scorers_by_the_minute_that_fit_stay_silent(text):
    assert not _loud(text, codes=("CD111",)), text


# -- the age of one thing given twice (CD405) -------------------------------------------------

@pytest.mark.parametrize("text, needles", [
    ("140-year-old steamship raised in Velm harbour\n\nSalvage crews lifted the hull on Tuesday.\n\nRecords "
     "show the vessel was launched in 1930, making the ship about 95 years old.", ("140-year-old steamship",
                                                                                "95 years old")),
    ("Chapel to close\n\nThe 150-year-old chapel at Velm will close in May.\n\nThe chapel, 90 years old, was "
     "built by miners.", ("150-year-old chapel", "90 years old")),
    ("Span repairs\n\nThe county will spend $2 million on the 210-year-old Tarn bridge.\n\nEngineers "
     "say the bridge is 160 years old and needs new piers.", ("210-year-old", "160 years old")),
])
def test_one_thing_given_two_ages(text, needles):
    assert _found(text, ("CD405",), *needles), text


@pytest.mark.parametrize("text", [
    "Chapel to close\n\nThe 150-year-old chapel at Velm will close in May. When it was listed, the chapel was 90 "
    "years old.",
    "Old works\n\nThe 300-year-old mill at Tarn reopens on Saturday. The mill, some 280 years old, was restored by "
    "volunteers.",
    "Oaks\n\nThe 300-year-old oak by the gate survived, but a 500-year-old oak near the lake was lost.",
    "Woman hurt\n\nThe 61-year-old woman was hurt. The woman, 63 years old, was taken to hospital.",
])
def test_ages_of_a_past_time_of_two_things_or_of_people_stay_silent(text):
    assert not _loud(text, codes=("CD405",)), text


# -- a difference against the two figures it joins (CD116) ------------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Museum numbers\n\nThe Orrin museum welcomed 212,000 visitors last year, 48,000 more than the 174,000 of "
     "the year before.", ("48,000", "212,000", "174,000")),
    ("Rail fares\n\nSeason tickets on the Harnby line will cost \u00a33,420 from January, an increase of "
     "\u00a3310 on this year's \u00a33,200.", ("\u00a3310", "\u00a33,420", "\u00a33,200")),
    ("Election count\n\nIlse Varn won the Tarn seat with 18,240 votes, a majority of 2,115 over Piet Dorn, who "
     "polled 16,425.", ("2,115", "18,240", "16,425")),
    ("Academy roll\n\nThe Velm academy has 1,140 pupils this term, 95 fewer than the 1,265 it had a year ago.",
     ("95 fewer", "1,140", "1,265")),
])
def test_a_difference_the_two_figures_do_not_make(text, needles):
    assert _found(text, ("CD116",), *needles), text


@pytest.mark.parametrize("text", [
    "Museum numbers\n\nThe Orrin museum welcomed 212,000 visitors last year, 38,000 more than the 174,000 of the "
    "year before.",
    "Rail fares\n\nSeason tickets on the Harnby line will cost \u00a33,420 from January, an increase of \u00a3220 "
    "on this year's \u00a33,200.",
    "Election count\n\nIlse Varn won the Tarn seat with 18,240 votes, a majority of 1,815 over Piet Dorn, who "
    "polled 16,425.",
    "Academy roll\n\nThe Velm academy has about 1,100 pupils this term, some 170 fewer than the 1,265 it had a "
    "year ago.",
])
def test_a_difference_its_figures_make_stays_silent(text):
    assert not _loud(text, codes=("CD116",)), text


# -- the two sides of a vote under a fronted whole (CD108) -----------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Ferry strike vote\n\nOf the 640 crew balloted, 410 backed action and 260 voted against, the union said.",
     ("640 crew", "410", "260")),
    ("Club vote\n\nAmong the 90 members present, 52 voted for the motion and 41 against it.",
     ("90 members", "52", "41")),
    ("Survey\n\nOf the 1,200 residents who returned the survey, 700 supported the plan and 560 opposed it.",
     ("1,200 residents", "700", "560")),
])
def test_the_sides_of_a_vote_that_exceed_those_who_voted(text, needles):
    assert _found(text, ("CD108",), *needles), text


@pytest.mark.parametrize("text", [
    "Ferry strike vote\n\nOf the 640 crew balloted, 410 backed action and 230 voted against, the union said.",
    "Survey\n\nOf the 1,200 residents who returned the survey, 700 supported the plan, 300 opposed it and the "
    "rest had no view.",
    "Club vote\n\nAmong the 90 members present, 52 voted for the motion; 60 members voted last year.",
])
def test_the_sides_of_a_vote_within_those_who_voted_stay_silent(text):
    assert not _loud(text, codes=("CD108",)), text


# -- a margin given twice: the story's verb and a later bare "the six-wicket win" (CD111) ------

@pytest.mark.parametrize("text, needles", [
    ("Cricket\n\nVelm chased down 245 to beat Orrin by four wickets at the Oval.\n\nTessa Rook made 88. The "
     "six-wicket win takes Velm top of the table.", ("by four wickets", "six-wicket win")),
    ("Rugby\n\nThe Harnby Hawks beat Carrow by three points on Saturday.\n\nTheir five-point victory keeps them "
     "second.", ("by three points", "five-point victory")),
    ("Golf\n\nIda Marn won the Tarn Open by two strokes on Sunday.\n\nHer four-stroke win was her first on the "
     "tour.", ("by two strokes", "four-stroke win")),
])
def test_one_margin_given_twice(text, needles):
    assert _found(text, ("CD111",), *needles), text


@pytest.mark.parametrize("text", [
    "Cricket\n\nVelm chased down 245 to beat Orrin by four wickets at the Oval.\n\nThe four-wicket win takes Velm "
    "top of the table.",
    "Round-up\n\nVelm beat Orrin by four wickets, and Pell beat Tarn by six wickets. The six-wicket win was "
    "Pell's first.",
    "Golf\n\nIda Marn won the Tarn Open by two strokes on Sunday. Last year Pia Krell's four-stroke win set a "
    "record.",
])
def test_one_margin_or_several_or_anothers_stays_silent(text):
    assert not _loud(text, codes=("CD111",)), text


# -- a colon list of counted nouns (CD108) ----------------------------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Orchestra\n\nThe Pell orchestra has 84 players: 60 strings, 16 woodwind and brass, and 6 percussionists.",
     ("84 players", "60", "16", "6")),
    ("Squad\n\nThe Velm squad has 23 players: 12 forwards and 10 backs.", ("23 players", "12", "10")),
    ("Fleet\n\nThe operator runs 40 vehicles: 25 buses, 9 coaches and 8 minibuses.", ("40 vehicles", "25", "9", "8")),
])
def test_a_list_of_counted_nouns_that_does_not_make_its_whole(text, needles):
    assert _found(text, ("CD108",), *needles), text


@pytest.mark.parametrize("text", [
    "Orchestra\n\nThe Pell orchestra has 84 players: 60 strings, 18 woodwind and brass, and 6 percussionists.",
    "Race\n\nThe race drew 3,000 runners: 1,200 women, 1,800 men, 400 of them veterans.",
    "Race\n\nThe race drew 3,000 runners - 500 more than last year.",
])
def test_a_list_of_counted_nouns_that_fits_or_is_no_list_stays_silent(text):
    assert not _loud(text, codes=("CD108",)), text


# -- one share in two forms (CD118) -----------------------------------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Teachers\n\nNearly two-thirds of teachers, 41 percent, said they planned to leave the profession.",
     ("two-thirds", "41 percent")),
    ("Nurses\n\n41 percent of nurses, or about a third, said they planned to leave.", ("41 percent", "a third")),
    ("Members\n\nHalf of the members (38%) voted in the ballot.", ("Half", "38%")),
])
def test_a_share_in_two_forms_that_disagree(text, needles):
    assert _found(text, ("CD118",), *needles), text


@pytest.mark.parametrize("text", [
    "Teachers\n\nNearly two-thirds of teachers, 64 percent, said they planned to leave.",
    "Budget\n\nA quarter of the budget, 25%, goes on salaries.",
    "Nurses\n\nSome 41 percent of nurses, or about a third, said they planned to leave.",
])
def test_a_share_in_two_forms_that_agree_stays_silent(text):
    assert not _loud(text, codes=("CD118",)), text


# -- a margin in votes against counts in thousands (CD110) ----------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Re-election\n\nTomas Pike was re-elected mayor of Harnby by 12 votes on Friday, beating Ilse Varrow 1,340 to "
     "1,322.", ("by 12 votes", "1,340 to 1,322")),
    ("Levy\n\nThe levy passed by 204 votes, 5,112-4,898.", ("by 204 votes", "5,112-4,898")),
    ("Recount\n\nAfter a recount Ada Renn held the seat by two votes, 10,481 to 10,477.",
     ("by two votes", "10,481 to 10,477")),
])
def test_a_margin_in_votes_the_counts_do_not_make(text, needles):
    assert _found(text, ("CD110",), *needles), text


@pytest.mark.parametrize("text", [
    "Re-election\n\nTomas Pike was re-elected mayor of Harnby by 18 votes on Friday, beating Ilse Varrow 1,340 to 1,322.",
    "Recount\n\nAfter a recount Ada Renn held the seat by four votes, 10,481 to 10,477.",
    "History\n\nThe party held the seat by 12 votes in the 1998-2004 parliament.",
])
def test_a_margin_in_votes_the_counts_make_stays_silent(text):
    assert not _loud(text, codes=("CD110",)), text


# -- an amount given with its verb, then with its noun (CD405) --------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Fine for Orrin Water\n\nOrrin Water was fined \u00a32.1m on Thursday for polluting the river Tarn.\n\nThe "
     "company said it would not appeal the \u00a31.2m fine.", ("fined \u00a32.1m", "\u00a31.2m fine")),
    ("Clinic\n\nThe Velm clinic was awarded $3 million by the state on Monday.\n\nStaff said the $5 million award "
     "would pay for a new wing.", ("awarded $3 million", "$5 million award")),
    ("Lido\n\nThe council granted \u00a3400,000 to the Harnby lido.\n\nThe \u00a340,000 grant will fix the pool.",
     ("granted \u00a3400,000", "\u00a340,000 grant")),
])
def test_an_amount_with_its_verb_and_its_noun(text, needles):
    assert _found(text, ("CD405",), *needles), text


@pytest.mark.parametrize("text", [
    "Fine\n\nOrrin Water was fined \u00a32.1m on Thursday. The company said it would not appeal the \u00a32.1m fine.",
    "Fine\n\nOrrin Water was fined \u00a32.1m on Thursday. Last year's \u00a31.2m fine was for a spill at Velm.",
    "Fine\n\nOrrin Water was fined \u00a32.1m on Thursday. A \u00a31.2m fine was imposed on Velm Water in May.",
])
def test_the_same_amount_or_another_fine_stays_silent(text):
    assert not _loud(text, codes=("CD405",)), text


# -- a ranking given twice (CD119) ------------------------------------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Tennis\n\nIda Marn, the world No. 12, beat Pia Krell in straight sets in Velm on Tuesday.\n\nThe "
     "21st-ranked Marn had lost their last three meetings.", ("No. 12", "21st-ranked")),
    ("Squash\n\nWorld No. 7 Tova Rellin reached the final on Friday.\n\nRellin, ranked 9th, meets Ada Dorn on "
     "Sunday.", ("No. 7", "ranked 9th")),
    ("Golf\n\nEd Ross, ranked 40th, shot 66 on Thursday.\n\nThe 45th-ranked Ross leads by two.",
     ("ranked 40th", "45th-ranked")),
])
def test_one_ranking_given_twice(text, needles):
    assert _found(text, ("CD119",), *needles), text


@pytest.mark.parametrize("text", [
    "Tennis\n\nIda Marn, the world No. 12, beat Pia Krell, ranked 21st, in straight sets.",
    "Tennis\n\nWorld No. 3 Tova Rellin beat the former No. 1 Ida Marn. Marn, ranked 14th, has been injured.",
    "Tennis\n\nIda Marn, the world No. 12, beat Pia Krell. Marn, ranked 12th, next meets Tova Rellin.",
])
def test_rankings_of_two_players_of_another_time_or_agreeing_stay_silent(text):
    assert not _loud(text, codes=("CD119",)), text


# -- a ratio against its two figures (CD116) --------------------------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Rally\n\nPolice estimated the crowd at 12,000, double last year's 5,000.", ("double", "12,000", "5,000")),
    ("Hall\n\nThe new hall cost \u00a36m, three times the \u00a33m the council first set aside.",
     ("three times", "\u00a36m", "\u00a33m")),
    ("Club\n\nMembership is now 900, half the 2,400 of a decade ago.", ("half", "900", "2,400")),
])
def test_a_ratio_the_two_figures_do_not_make(text, needles):
    assert _found(text, ("CD116",), *needles), text


@pytest.mark.parametrize("text", [
    "Rally\n\nPolice estimated the crowd at 10,000, double last year's 5,000.",
    "Hall\n\nThe new hall cost \u00a36m, about three times the \u00a32.1m the council first set aside.",
    "Tickets\n\nThe price of a ticket, \u00a340, is twice what it was in 2019.",
])
def test_a_ratio_the_figures_make_stays_silent(text):
    assert not _loud(text, codes=("CD116",)), text


# -- a win by runs against the two totals (CD111) ----------------------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Cricket\n\nOrrin made 287 for 8 and bowled Velm out for 241, winning by 56 runs.",
     ("by 56 runs", "287 for 8", "out for 241")),
    ("Cricket\n\nVelm, 198 all out, lost to Tarn, who made 240 for 7, by 32 runs.",
     ("by 32 runs", "198 all out", "240 for 7")),
    ("Cricket\n\nPell made 310 for 6 and bowled Dovan out for 255, winning by 65 runs.",
     ("by 65 runs", "310 for 6", "out for 255")),
])
def test_a_run_margin_the_totals_do_not_make(text, needles):
    assert _found(text, ("CD111",), *needles), text


@pytest.mark.parametrize("text", [
    "Cricket\n\nOrrin made 287 for 8 and bowled Velm out for 241, winning by 46 runs.",
    "Cricket\n\nVelm, 198 all out, lost to Tarn, who made 240 for 7, by 42 runs.",
    "Cricket\n\nPell beat Dovan by 10 runs after Ana Rook made 112.",
])
def test_a_run_margin_the_totals_make_stays_silent(text):
    assert not _loud(text, codes=("CD111",)), text


# -- a turnout against how many of how many voted (CD118) -------------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Strike ballot\n\nMembers voted by 78 per cent to 22 per cent to strike, on a turnout of 61 per cent. Of "
     "the 4,000 members, 2,100 took part.", ("turnout of 61 per cent", "2,100", "4,000")),
    ("Ballot\n\nTurnout was 44 percent, and 1,900 of the 3,400 members returned a ballot.",
     ("Turnout was 44 percent", "1,900", "3,400")),
    ("Parish poll\n\nThe turnout stood at 30%. Out of 2,500 residents entitled to vote, 1,100 cast a ballot.",
     ("turnout stood at 30%", "1,100", "2,500")),
])
def test_a_turnout_that_the_votes_cast_do_not_make(text, needles):
    assert _found(text, ("CD118",), *needles), text


@pytest.mark.parametrize("text", [
    "Strike ballot\n\nMembers voted to strike, on a turnout of 52 per cent. Of the 4,000 members, 2,100 took part.",
    "Ballot\n\nTurnout was 56 percent, and 1,900 of the 3,400 members returned a ballot.",
    "Parish poll\n\nTurnout was 30%. Of the 2,500 residents, 1,100 live in the village.",
])
def test_a_turnout_the_votes_make_stays_silent(text):
    assert not _loud(text, codes=("CD118",)), text


def test_a_list_of_results_after_one_verb_is_no_new_score_of_the_story():
    text = ("Round-up\n\nDovan came from behind to beat Harnby 21-19 on Saturday, a week after losing 26-12 to "
            "Velm.\n\nVelm, who beat Orrin 15-9, Tarn 40-9 and Pell 25-21 earlier in the season, lead the table.")
    assert not _loud(text, codes=("CD405",)), text
