"""The session-8 held-out probe's two residues, fixed by their mechanisms (session 9), in
wordings and names of our own, each with a twin that must still fire:

- an age set inside its clause, after the verb ("chaining herself, aged 72, to the gates in
  1997"), holds at that clause's date, not at publication (CD101/CD403);
- a score said of one stage of a contest ("in the final") and one said of another ("In the
  semi-finals, ...") are two matches (CD405; stages are data: contest_stages_en.txt)."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2017, 2, 14)
OBIT_HEAD = ("Obituary: Nell Varga, nurse\n\nNell Varga, who has died aged 91, nursed in Leeds "
             "for 40 years.\n\nBorn in Hull in 1925, she trained in York.\n\n")
OBIT_TAIL = "\n\nNell Margit Varga, nurse, born 3 May 1925; died 2 February 2017.\n"


def _codes(found) -> list[str]:
    return [f.code for f in found]


# -- an age inside its clause holds at the clause's date

@pytest.mark.parametrize("sentence", [
    "After retiring in 1985 she led the campaign to save the cottage hospital, chaining herself, "
    "aged 72, to its gates in 1997.",
    "She came back to the stage, aged 66, in 1991 and sang for two more seasons.",
    "She stood for the council, aged 80, in May 2005, and won by 12 votes.",
    "She was arrested, aged 72, at a protest outside the town hall in 1997.",
    "She learned to drive, aged 68, in 1993, after her husband's illness.",
    "She went back to university, aged 65, in 1990 to read history.",
    "She took her degree, aged 69, in July 1994, the oldest graduate of the year.",
])
def test_an_age_inside_its_clause_holds_at_the_clauses_date(run, sentence):
    found = run(OBIT_HEAD + sentence + OBIT_TAIL, select=["CD101", "CD403"], published=PUBLISHED)
    assert _codes(found) == []


@pytest.mark.parametrize("sentence", [
    "After retiring in 1985 she led the campaign to save the cottage hospital, chaining herself, "
    "aged 60, to its gates in 1997.",
    "She came back to the stage, aged 50, in 1991 and sang for two more seasons.",
    "She stood for the council, aged 66, in May 2005, and won by 12 votes.",
    "She went back to university, aged 55, in 1990 to read history.",
])
def test_a_wrong_age_at_the_clauses_date_still_fires(run, sentence):
    found = run(OBIT_HEAD + sentence + OBIT_TAIL, select=["CD101", "CD403"], published=PUBLISHED)
    assert "CD101" in _codes(found)


def test_an_age_before_its_verb_with_no_date_is_still_now(run):
    text = OBIT_HEAD + "Her sister, Ada Varga, aged 60, said she was fearless." + OBIT_TAIL.replace(
        "Nell Margit Varga", "Ada Varga was born on 3 May 1930. Nell Margit Varga")
    assert "CD101" in _codes(run(text, select=["CD101", "CD403"], published=PUBLISHED))


# -- two stages of one contest are two matches

@pytest.mark.parametrize("text", [
    "Sevens\n\nThe Kestrels won the Marwick Sevens, beating Harbour 19-12 in the final on Sunday.\n\n"
    "In the semi-finals, the Kestrels beat Dunbrook 24-5 and Harbour edged Lisle 14-12.\n",
    "Cup\n\nTarrow reached the final with a 3-1 semi-final win over Belcombe.\n\n"
    "In the final, Tarrow beat Oldport 2-0 to lift the cup for the first time.\n",
    "Darts\n\nVesna Kroll won the title, beating Ann Pell 7-4 in the final.\n\n"
    "Kroll had beaten Pell 4-2 in the second round of the same event a year earlier.\n",
    "Cup\n\nRovers beat Ely 4-0 in the first round.\n\nRovers then beat Ely 2-1 in the replay of the "
    "second round tie, after the first game was abandoned.\n",
    "Sevens\n\nHarbour won the Plate final 21-0.\n\nHarbour had lost 17-12 to Lisle in the quarter-finals.\n",
    "Cup\n\nOspry won the Dunbrook Cup, beating Lisle 3-1 in the final.\n\n"
    "In the semi-finals, Ospry beat Caxton 2-0 and Lisle beat Harbour 1-0.\n",
    "Footy\n\nThe Hawks beat the Owls 28-20 in the grand final.\n\nIn the preliminary final, the Hawks "
    "beat the Crows 30-12 and the Owls beat the Swans 15-14.\n",
    "Cup\n\nKelso beat Harlow 2-1 in the quarter-finals.\n\nIn the semi-finals, Kelso beat Ely 3-0 and "
    "Harlow's conquerors went out.\n",
])
def test_two_stages_of_a_contest_are_two_matches(run, text):
    assert _codes(run(text, select=["CD405"], published=PUBLISHED)) == []


@pytest.mark.parametrize("text", [
    "Sevens\n\nThe Kestrels won the Marwick Sevens, beating Harbour 19-12 in the final on Sunday.\n\n"
    "In the final, the Kestrels beat Harbour 24-12.\n",
    "Cup\n\nTarrow won the final 2-0.\n\nIn the final, Tarrow beat Oldport 3-0 with two late goals.\n",
    "Cup\n\nRovers beat Ely 4-0 in the first round.\n\nRovers beat Ely 3-0 in the first round.\n",
    "Footy\n\nThe Hawks beat the Owls 28-20 in the grand final.\n\nIn the grand final, the Hawks "
    "beat the Owls 30-12.\n",
])
def test_one_stage_told_twice_with_two_scores_still_fires(run, text):
    assert _codes(run(text, select=["CD405"], published=PUBLISHED)) == ["CD405"]


@pytest.mark.parametrize("sentence, stage", [
    ("Kelso beat Harlow 2-1 in the final at Ashby Park.", "final"),
    ("In the semi-finals, Kelso beat Harlow 2-1.", "semifinal"),
    ("Kelso reached the final with a 2-1 quarter-final win over Harlow.", "quarterfinal"),
    ("Kelso won the Plate final 2-1.", "plate final"),
    ("In round three, Kelso beat Harlow 2-1.", "round three"),
    ("Kelso scored in the final minute to win 2-1.", None),
    ("In the end, Kelso won 2-1.", None),
])
def test_the_stage_a_score_is_said_of(sentence, stage):
    from copydesk.events.scores import _stage

    i = sentence.index("2-1")
    assert _stage(sentence, i, i + 3) == stage


# -- an age right after a date holds at that date (tune batch: a 1970s wire strike report)

@pytest.mark.parametrize("text, published", [
    ("Strike\n\nShop steward Rab Dunlop, 54, who began work on the quays in 1949, aged 24, said "
     "the men would stay out.\n", date(1979, 6, 2)),
    ("Council\n\nRena Hurst, 61, who first stood for the council in 1987, aged 30, said she would "
     "stand again.\n", date(2018, 6, 1)),
    ("Garage\n\nTom Irby, 80, who left school in 1953, aged 14, ran the garage for 40 years.\n",
     date(2019, 6, 1)),
])
def test_an_age_after_a_date_holds_at_that_date(run, text, published):
    assert _codes(run(text, select=["CD101", "CD403"], published=published)) == []


def test_a_wrong_age_after_a_date_still_fires(run):
    text = "Garage\n\nTom Irby, 80, who left school in 1953, aged 20, ran the garage for 40 years.\n"
    assert _codes(run(text, select=["CD101", "CD403"], published=date(2019, 6, 1))) == ["CD403"]


# -- one clause names both sides of its match, the other a side not among them: two matches
#    (a subject through "who" or the verb a score's verb completes: "came from behind to beat")

@pytest.mark.parametrize("text", [
    "Rugby\n\nKelso came from behind to beat Harlow 21-19 at home, a week after losing 26-12 at Ely.\n\n"
    "Colne, who beat Dunbrook 15-9 last month, will play Kelso next.\n",
    "Football\n\nTarrow beat Oldport 3-1 on Saturday.\n\nBelcombe, who drew with Tarrow last week, lost "
    "2-0 to Lisle.\n",
    "Footy\n\nThe Hawks beat the Owls 28-20 at home.\n\nThe Crows, who had beaten the Swans 30-12, face "
    "the Hawks next week.\n",
])
def test_two_pairs_of_sides_are_two_matches(run, text):
    assert _codes(run(text, select=["CD405"], published=PUBLISHED)) == []


@pytest.mark.parametrize("text", [
    "Rugby\n\nKelso beat Harlow 21-19 at home.\n\nHarlow, who lost 26-19 to Kelso on Saturday, play Ely next.\n",
    "Rugby\n\nKelso beat Harlow 21-19 at home on Saturday.\n\nHarlow Town lost 26-19 at Kelso on Saturday.\n",
])
def test_one_pair_told_twice_with_two_scores_still_fires(run, text):
    assert _codes(run(text, select=["CD405"], published=PUBLISHED)) == ["CD405"]


# -- an age in a past relative clause with no date of its own is no age now (tune batch z03)

@pytest.mark.parametrize("text, published", [
    ("Bank\n\nRafa Bena, 58, who served as finance minister from 1990 until 1994, said his first "
     "task would be to steady the peso.\n\nBena, who was 49 when he first became finance minister, "
     "said he would not run again.\n", date(1999, 3, 5)),
    ("Bakery\n\nIlse Marr, 71, runs the bakery on Quay Street.\n\nMarr, who was 30 when she opened "
     "it, still bakes every morning.\n", date(2019, 3, 5)),
    ("Cricket\n\nDev Amin, 44, coaches the county side.\n\nAmin, who was 19 when he made his debut, "
     "said the game had changed.\n", date(2019, 3, 5)),
])
def test_a_past_age_in_a_relative_clause_is_no_age_now(run, text, published):
    assert _codes(run(text, select=["CD101", "CD403"], published=published)) == []


def test_a_present_age_in_a_relative_clause_still_fires(run):
    text = "Bakery\n\nIlse Marr, 71, runs the bakery on Quay Street.\n\nMarr, who is 30, still bakes every morning.\n"
    assert _codes(run(text, select=["CD101", "CD403"], published=date(2019, 3, 5))) == ["CD403"]


# -- a competition of another group of competitors ("In the women's championship, ...") is
#    not the story's own (tune batch x02; groups: competitor_groups_en.txt)

@pytest.mark.parametrize("text", [
    "Rugby\n\nKelso came from behind to beat Harlow 21-19 on Saturday.\n\nIn the women's championship, "
    "Kelso drew 10-10 with Harlow.\n",
    "Hurling\n\nOspry beat Lisle 3-1 on Sunday.\n\nOspry also beat Lisle 2-0 in the under-16 cup.\n",
    "Football\n\nTarrow beat Oldport 4-1 at Elm Park.\n\nIn the veterans' league, Tarrow and Oldport drew 2-2.\n",
])
def test_another_groups_competition_is_another_match(run, text):
    assert _codes(run(text, select=["CD405"], published=PUBLISHED)) == []


@pytest.mark.parametrize("text", [
    "Rugby\n\nIn the women's championship, Kelso beat Harlow 21-19.\n\n"
    "Kelso beat Harlow 22-19 in the women's championship.\n",
    "Rugby\n\nKelso beat Harlow 21-19 on Saturday.\n\nIn the league, Kelso beat Harlow 22-19 on Saturday.\n",
])
def test_one_competitions_match_told_twice_still_fires(run, text):
    assert _codes(run(text, select=["CD405"], published=PUBLISHED)) == ["CD405"]
