"""Figures that must agree, session 10: mechanisms found on articles copydesk had not seen
(a breakdown's whole and where its list ends, a change against the two figures it joins, a
scoring summary against the side's score). Every behaviour has three wordings or more of our
own and a clean twin that must stay silent."""

import pytest

from test_whole_articles import _covers, _loud


def _found(text, codes, *needles, published="2024-06-14"):
    return [f for f in _loud(text, published=published, codes=codes) if _covers(text, f, *needles)]


# -- a breakdown is of the count nearest its cue, and its list ends at a new clause -------------

@pytest.mark.parametrize("text", [
    "Ferry firm\n\nThe operator sails three ships, employs 140 crew, including 20 officers, and "
    "carries about 2,000 passengers a day between the islands.",
    "Hoops\n\nTobias Wren scored 27 points, including a 22-footer with 19 seconds left that put the "
    "Larks ahead, and the Larks came back from a 14-point deficit to beat Carrow 81-77.",
    "Clinic\n\nThe clinic has two sites, treats 60 patients a week, including eight children, and "
    "runs 350 home visits a year across the valley.",
])
def test_a_breakdown_stops_where_a_new_clause_begins(text):
    assert not _loud(text, codes=("CD108",)), text


@pytest.mark.parametrize("text, needles", [
    ("Ferry firm\n\nThe operator sails three ships and employs 140 crew, including 90 deckhands and "
     "65 engineers.", ("140 crew", "90", "65")),
    ("Clinic\n\nThe clinic has two sites and treats 60 patients a week, including 35 children and "
     "31 pensioners.", ("60 patients", "35", "31")),
    ("Airline\n\nThe carrier flies 12 routes, employs 40 pilots, including 25 captains and 19 first "
     "officers, and plans to hire more next year.", ("40 pilots", "25", "19")),
])
def test_a_breakdown_of_the_nearest_count_that_exceeds_it(text, needles):
    assert _found(text, ("CD108",), *needles), text


# -- a change against the two figures it joins (CD116) ------------------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Bakery results\n\nTurnover at Pellory Bakeries rose 6 percent to \u00a3318 million from \u00a3262 "
     "million, the company said.", ("rose 6 percent", "\u00a3318 million", "\u00a3262 million")),
    ("Museum\n\nVisitor numbers at the Hadlow museum climbed 40% from 52,000 to 61,000 last summer.",
     ("climbed 40%", "52,000", "61,000")),
    ("Port\n\nContainer traffic was 1.9 million boxes, up 4% from 1.5 million in the previous year.",
     ("up 4%", "1.9 million", "1.5 million")),
    ("Library\n\nLoans of e-books more than doubled to 7,400 from 4,100, the council said.",
     ("doubled", "7,400", "4,100")),
    ("Brewer\n\nBeer sales were $3.9 million, up 5% from $3.1 million a year earlier.",
     ("up 5%", "$3.9 million", "$3.1 million")),
])
def test_a_change_the_two_figures_do_not_make(text, needles):
    assert _found(text, ("CD116",), *needles), text


@pytest.mark.parametrize("text", [
    "Bakery results\n\nTurnover at Pellory Bakeries rose 21 percent to \u00a3318 million from \u00a3262 "
    "million, the company said.",
    "Museum\n\nVisitor numbers at the Hadlow museum climbed 17% from 52,000 to 61,000 last summer.",
    "Port\n\nContainer traffic was 1.9 million boxes, up 27% from 1.5 million in the previous year.",
    "Library\n\nLoans of e-books nearly doubled to 7,900 from 4,100, the council said.",
    "Rents\n\nRents have risen 8 percent a year to \u00a31,450 from \u00a3780 over the decade.",
    "Brewer\n\nBeer sales were $3.9 million, up 26% from $3.1 million a year earlier.",
    "Airline\n\nThe carrier made a profit of $58.3 million in the six months to December 31, up almost 40 "
    "per cent from $41.7 million a year earlier.",
    "Turnout\n\nTurnout rose 6 percentage points to 68% from 62%.",
])
def test_a_change_the_two_figures_make(text):
    assert not _loud(text, codes=("CD116",)), text


# -- a scoring summary against the side's score (CD111) -----------------------------------------

_LEAGUE = ("Grand final\n\nThe Hornets held on in the last ten minutes to win the Pellow Cup.\n\n"
           "SCORING\n\n{line}\n")


@pytest.mark.parametrize("line, needles", [
    ("BARROWDALE 20 (Tries: Finch 2, Oduya, Marr. Goals: Kettle 2) def KILNSEY 14 (Tries: Dobbs, "
     "Yelland. Goals: Pratt 2).", ("KILNSEY 14", "Tries: Dobbs, Yelland. Goals: Pratt 2")),
    ("Ashfold 31 (Tries: Brack 3, Hume, Olsen; Cons: Pike 3) beat Thorley 22 (Tries: Nairn 2; Cons: "
     "Vale 2; Pens: Vale 2).", ("Thorley 22", "Tries: Nairn 2; Cons: Vale 2; Pens: Vale 2")),
    ("Larkhill 18: Tries: Coyle 2, Amis. Goals: Reece 2\nFenmoor 10: Tries: Sapsford. Goals: Lyne 3",
     ("Larkhill 18", "Tries: Coyle 2, Amis. Goals: Reece 2")),
])
def test_a_sides_scorers_that_do_not_make_its_points(line, needles):
    text = _LEAGUE.format(line=line)
    assert _found(text, ("CD111",), *needles), text


@pytest.mark.parametrize("line", [
    "BARROWDALE 20 (Tries: Finch 2, Oduya, Marr. Goals: Kettle 2) def KILNSEY 16 (Tries: Dobbs, "
    "Yelland. Goals: Pratt 4).",
    "Ashfold 31 (Tries: Brack 3, Hume, Olsen; Cons: Pike 3) beat Thorley 22 (Tries: Nairn 2; Cons: "
    "Vale 0; Pens: Vale 4).",
    "Larkhill 16: Tries: Coyle 2, Amis. Goals: Reece 2\nFenmoor 10: Tries: Sapsford. Goals: Lyne 3",
    # an older scoring where no side's scorers make its points: another code, left alone
    "Brinwell 13 (Tries: Ames 3. Goals: Toller 2) def Cadby 9 (Tries: Foy. Goals: Rudd 3).",
])
def test_a_sides_scorers_that_make_its_points(line):
    text = _LEAGUE.format(line=line)
    assert not _loud(text, codes=("CD111",)), text


_AFL = ("Elimination final\n\nKarrawong won through to a home preliminary final after {lead}.\n\n"
        "SCORES\n\nKarrawong 3.2 7.5 10.8 {home}\nBelmore Creek 2.4 5.7 8.9 {away}\n\n"
        "GOALS: {goals}\n")


@pytest.mark.parametrize("lead, home, away, goals, needles", [
    ("beating Belmore Creek 14.11 (95) to 11.13 (79)", "14.11 (95)", "11.13 (79)",
     "Karrawong: Doull 5, Reyes 3, Tarn 2, Ibbot 2, Pask. Belmore Creek: Lomax 4, Vint 3, Oakes 2, Hale, Day.",
     ("14.11 (95)", "Doull 5, Reyes 3, Tarn 2, Ibbot 2, Pask")),
    ("a 12.10 (82) to 9.9 (63) win", "12.10 (82)", "9.9 (63)",
     "Karrawong: Doull 4, Reyes 3, Tarn 2, Ibbot, Pask, Corr. Belmore Creek: Lomax 4, Vint 3, Oakes 3.",
     ("9.9 (63)", "Lomax 4, Vint 3, Oakes 3")),
    ("holding off Belmore Creek by 13 points", "13.12 (90)", "11.11 (77)",
     "Karrawong: Doull 6, Reyes 3, Tarn 2, Pask. Belmore Creek: Lomax 5, Vint 3, Oakes 2, Day, Hale.",
     ("13.12 (90)", "Doull 6, Reyes 3, Tarn 2, Pask")),
])
def test_goal_kickers_that_do_not_kick_the_sides_goals(lead, home, away, goals, needles):
    text = _AFL.format(lead=lead, home=home, away=away, goals=goals)
    assert _found(text, ("CD111",), *needles), text


@pytest.mark.parametrize("lead, home, away, goals", [
    ("beating Belmore Creek 14.11 (95) to 11.13 (79)", "14.11 (95)", "11.13 (79)",
     "Karrawong: Doull 5, Reyes 3, Tarn 2, Ibbot 2, Pask, Corr. Belmore Creek: Lomax 4, Vint 3, Oakes 2, "
     "Hale, Day."),
    ("a 12.10 (82) to 9.9 (63) win", "12.10 (82)", "9.9 (63)",
     "Karrawong: Doull 4, Reyes 3, Tarn 2, Ibbot, Pask, Corr. Belmore Creek: Lomax 4, Vint 3, Oakes 2."),
])
def test_goal_kickers_that_kick_the_sides_goals(lead, home, away, goals):
    text = _AFL.format(lead=lead, home=home, away=away, goals=goals)
    assert not _loud(text, codes=("CD111",)), text


@pytest.mark.parametrize("home, away, needle", [
    ("14.11 (93)", "11.13 (79)", "14.11 (93)"),
    ("12.10 (82)", "9.9 (64)", "9.9 (64)"),
    ("13.12 (91)", "11.11 (77)", "13.12 (91)"),
])
def test_goals_and_behinds_that_do_not_make_the_points(home, away, needle):
    text = _AFL.format(lead="a tight finish", home=home, away=away, goals="Karrawong: Doull 5.")
    assert _found(text, ("CD111",), needle), text


# -- a change over years or a yearly rate is not the period's change (CD405) --------------------

_SALES = ("Harnley sales rise 7 percent\n\nHarnley Mills said on Wednesday that quarterly sales rose 7 "
          "percent, helped by orders from Norway.\n\n{later}\n")


@pytest.mark.parametrize("later", [
    "Quarterly sales have risen 26 percent over four years, the company said.",
    "Sales have climbed 19 percent since 2020, the company said.",
    "Sales have grown 5 percent a year, the company said.",
    "Sales rose 40 percent in the past decade, the company said.",
])
def test_a_change_over_years_is_not_the_periods_change(later):
    text = _SALES.format(later=later)
    assert not _loud(text, codes=("CD405",)), text


@pytest.mark.parametrize("later", [
    "Quarterly sales rose 11 percent, the company said.",
    "Sales rose 9 percent in the quarter, the company said.",
    "Sales in the quarter grew 4 percent, the company said.",
])
def test_the_periods_change_given_twice_differently(later):
    text = _SALES.format(later=later)
    assert _loud(text, codes=("CD405",)), text


# -- display text and body naming one act with different verbs (CD504) --------------------------

@pytest.mark.parametrize("text, display", [
    ("Ambleford pool to shut, trust confirms\n\nThe leisure trust is considering closing Ambleford pool "
     "to save money, a spokesman said on Monday.\n\nA decision is due in the spring.\n",
     "Ambleford pool to shut"),
    ("Council confirms Dunmere night bus will be axed\n\nCouncillors are considering cutting the Dunmere "
     "night bus, the council said on Tuesday.\n\nA decision is due in the spring.\n",
     "Dunmere night bus will be axed"),
    ("Owners confirm Kelso Street cinema will be razed\n\nThe owners are discussing demolishing the Kelso "
     "Street cinema, a spokeswoman said.\n\nA decision is due in the spring.\n",
     "Kelso Street cinema will be razed"),
])
def test_display_naming_the_weighed_act_with_another_verb(text, display):
    assert _found(text, ("CD504",), display), text


@pytest.mark.parametrize("text", [
    "Ambleford pool to shut, trust confirms\n\nThe leisure trust will close Ambleford pool in May to save "
    "money, a spokesman said on Monday.\n\nIt had considered closing Ambleford pool for a year.\n",
    "Council confirms Dunmere night bus will be axed\n\nThe council will cut the Dunmere night bus in May, "
    "a spokesman said on Tuesday.\n\nCouncillors had considered cutting the Dunmere night bus before.\n",
    "Owners confirm Kelso Street cinema will be razed\n\nThe owners will demolish the Kelso Street cinema "
    "in the summer, a spokeswoman said.\n\nThey had discussed demolishing the Kelso Street cinema for years.\n",
])
def test_display_naming_the_decided_act_with_another_verb(text):
    assert not _loud(text, codes=("CD504",)), text


# -- a share against its part and whole (CD118) -------------------------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Fleet\n\nThe haulier has parked 420 of its 6,300 lorries, or 17 percent, until orders recover.",
     ("17 percent", "420", "6,300")),
    ("Mill\n\nThe mill will shed 900 jobs, or a third of its 7,400 workers, the owners said.",
     ("a third", "900", "7,400")),
    ("Ballot\n\nOnly 8,200 out of 41,000 members (36%) voted in the ballot.",
     ("36%", "8,200", "41,000")),
])
def test_a_share_its_part_and_whole_do_not_make(text, needles):
    assert _found(text, ("CD118",), *needles), text


@pytest.mark.parametrize("text", [
    "Fleet\n\nThe haulier has parked 420 of its 6,300 lorries, or 7 percent, until orders recover.",
    "Mill\n\nThe mill will shed 900 jobs, or about an eighth of its 7,400 workers, the owners said.",
    "Mill\n\nThe mill will shed 900 jobs, or nearly a eighth of its 7,400 workers, the owners said.",
    "Ballot\n\nOnly 8,200 out of 41,000 members (20%) voted in the ballot.",
    "Seats\n\nThe party won 25 of the 40 seats, 12% more than at the last election.",
    "Fleet\n\nThe haulier has parked about 420 of its 6,300 lorries, or 6 percent, until orders recover.",
])
def test_a_share_its_part_and_whole_make(text):
    assert not _loud(text, codes=("CD118",)), text


# -- a winning margin against the score (CD111) -------------------------------------------------

@pytest.mark.parametrize("text, needles", [
    ("Hoops\n\nThe Larks beat Carrow 81-77 on Saturday, winning by six points for a third straight "
     "game.", ("winning by six points", "81-77")),
    ("Shield\n\nAshfold beat Thorley 31 to 22 at Penn Park, a seven-point win that lifts them to "
     "second.", ("seven-point win", "31 to 22")),
    ("Elimination final\n\nKarrawong won by eight points, 12.10 (82) to 11.9 (75), in front of "
     "4,000 fans.", ("won by eight points", "12.10 (82) to 11.9 (75)")),
])
def test_a_margin_the_score_does_not_make(text, needles):
    assert _found(text, ("CD111",), *needles), text


@pytest.mark.parametrize("text", [
    "Hoops\n\nThe Larks beat Carrow 81-77 on Saturday, winning by four points for a third straight game.",
    "Shield\n\nAshfold beat Thorley 31 to 22 at Penn Park, a nine-point win that lifts them to second.",
    "Elimination final\n\nKarrawong won by seven points, 12.10 (82) to 11.9 (75), in front of 4,000 fans.",
    # a lead during play is no margin of the result
    "Hoops\n\nThe Larks led by 11 points at half-time and beat Carrow 81-77.",
    # several scores: which one the margin is of is not said
    "Round-up\n\nAshfold won by three points, 25-22, and Penn beat Thorley 31-12.",
])
def test_a_margin_the_score_makes(text):
    assert not _loud(text, codes=("CD111",)), text


@pytest.mark.parametrize("text, needles", [
    ("Dairy\n\nMilk output rose to 4.6 million litres from 3.9 million, an increase of 8 percent.",
     ("an increase of 8 percent", "4.6 million", "3.9 million")),
    ("Rail\n\nPassenger numbers fell from 820,000 to 760,000 last year, a drop of 14%.",
     ("a drop of 14%", "820,000", "760,000")),
    ("Shop\n\nSales climbed to \u00a32.8m from \u00a32.1m in the year to March, up 12 percent.",
     ("up 12 percent", "\u00a32.8m", "\u00a32.1m")),
])
def test_a_change_told_after_its_two_figures_that_they_do_not_make(text, needles):
    assert _found(text, ("CD116",), *needles), text


@pytest.mark.parametrize("text", [
    "Dairy\n\nMilk output rose to 4.6 million litres from 3.9 million, an increase of 18 percent.",
    "Rail\n\nPassenger numbers fell from 820,000 to 760,000 last year, a drop of 7%.",
    "Shop\n\nSales climbed to \u00a32.8m from \u00a32.1m in the year to March, up 33 percent.",
])
def test_a_change_told_after_its_two_figures_that_they_make(text):
    assert not _loud(text, codes=("CD116",)), text
