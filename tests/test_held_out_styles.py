"""Clean copy of more house styles (session 8: golf and obituary conventions among wire,
market, court, weather and sports copy of several decades) stays quiet: each test names the
mechanism that misread it, in wordings and names of our own, with a twin that must still
fire."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2021, 5, 5)


def _codes(found) -> list[str]:
    return [f.code for f in found]


# -- CD503: a bare number after "shot" is a round's score when the clause reads as a result

@pytest.mark.parametrize("sentence", [
    "Han, the former champion, shot 68 to finish at 11 under.",
    "Moss shot 71 on Friday to share the lead with two others.",
    "Okoro shot 65, seven under par, and leads by one.",
    "Telli shot 72 with four bogeys on a windy Saturday.",
    "Brandt shot 69 to sit two behind the leader.",
])
def test_a_bare_score_with_its_result_accuses_no_one(run, sentence):
    assert _codes(run(f"Golf\n\n{sentence}\n", select=["CD503"])) == []


@pytest.mark.parametrize("sentence", [
    "The gunman shot 12 before he fled.",
    "Vane shot two to stop them leaving.",
    "The gunman shot 12 to clear the room of over 40 people.",
])
def test_a_bare_number_shot_with_no_score_still_fires(run, sentence):
    assert _codes(run(f"Shooting\n\n{sentence}\n", select=["CD503"])) == ["CD503"]


# -- CD105: "he leaves a wife" names who survives the dead, in the present by convention

@pytest.mark.parametrize("text", [
    "Tributes to former mayor\n\nFormer mayor Ada Penhallow has died aged 90. "
    "She leaves a husband, Tom, and two daughters.\n",
    "Tributes to teacher\n\nRetired teacher Colm Ardagh died on Tuesday at 81. "
    "He leaves behind his wife of 55 years, Nora, three sons and a sister.\n",
    "Tributes to vet\n\nThe vet Ina Raske, who died on Sunday aged 67, leaves her partner, Jo, "
    "and a stepdaughter.\n",
])
def test_who_survives_the_dead_is_no_stale_present(run, text):
    assert _codes(run(text, select=["CD105"])) == []


@pytest.mark.parametrize("sentence", [
    "She leaves the council in a strong position.",
    "She leaves for Lisbon on Monday with her husband.",
])
def test_other_leaving_after_a_death_still_fires(run, sentence):
    text = f"Tributes to mayor\n\nFormer mayor Ada Penhallow has died aged 90. {sentence}\n"
    assert _codes(run(text, select=["CD105"])) == ["CD105"]


# -- CD503: "shot wide", "shot over the bar": with no object, where the ball went says the sense

@pytest.mark.parametrize("sentence", [
    "Gonzalo Ruiz shot wide when clean through.",
    "Kemp shot over the bar from ten yards in the first minute.",
    "Dale shot straight at the keeper after a fine run.",
    "Mora shot narrowly over from a corner.",
])
def test_a_shot_at_goal_accuses_no_one(run, sentence):
    assert _codes(run(f"Cup\n\nThe visitors had chances. {sentence}\n", select=["CD503"])) == []


@pytest.mark.parametrize("sentence", [
    "The gunman shot first and asked later.",
    "Sgt Dole shot at the car as it sped away.",
    "Dale shot the keeper after a fine run.",
])
def test_a_shot_at_people_still_fires(run, sentence):
    assert _codes(run(f"Cup\n\nThe visitors had chances. {sentence}\n", select=["CD503"])) == ["CD503"]


# -- CD403: "12 to 15-year-olds" names a group of people by age, no one person's age

@pytest.mark.parametrize("text", [
    "Survey\n\nAmong 12 to 15-year-olds, the average is 17 hours a week. Among 8 to 11-year-olds, it is 9 hours.\n",
    "Turnout\n\nHalf of 18-year-olds voted in the 2019 election, the study found. "
    "Half of 25-year-olds voted in the 2019 election, the study found.\n",
    "Jabs\n\nThe clinic is offering the jab to 70-year-olds this week, the board said. "
    "The clinic is offering the jab to 65-year-olds this week, the board said.\n",
])
def test_an_age_group_is_no_ones_age(run, text):
    assert _codes(run(text, select=["CD403"], published=PUBLISHED)) == []


def test_one_persons_two_ages_still_conflict(run):
    text = ("Seat\n\nMaria Dorn, 45, won the seat on Thursday. Later, Maria Dorn, 47, won the seat on "
            "Thursday, officials said.\n")
    assert _codes(run(text, select=["CD403"], published=PUBLISHED)) == ["CD403"]


# -- CD503: in a court report, "the gang" or "the men" are those it reports jailed: their acts
#    are the court's record, not the article's own accusation

_JAILED = {
    "gang": "Three men have been jailed for a total of 21 years for a series of raids on cash machines.",
    "brothers": "Two brothers were jailed for eight years on Friday after a trial at Leeds.",
    "man": "A 41-year-old man was sentenced to six years at Exeter Crown Court on Monday.",
}


@pytest.mark.parametrize("record, act", [
    ("gang", "The gang used a stolen digger to rip machines from the walls of banks between January "
             "and March last year, stealing £340,000."),
    ("brothers", "The brothers attacked a taxi driver and stole his car."),
    ("man", "The man broke into 14 homes in Tiverton and stole jewellery worth £60,000."),
])
def test_the_acts_of_those_jailed_are_the_record(run, record, act):
    text = f"Court\n\n{_JAILED[record]}\n\nThe judge thanked the jury.\n\n{act}\n"
    assert _codes(run(text, select=["CD503"])) == []


@pytest.mark.parametrize("first, act", [
    ("Police are hunting three men after a series of raids on cash machines.",
     "The gang used a stolen digger to rip machines from the walls of banks between January "
     "and March last year, stealing £340,000."),
    (_JAILED["gang"], "The police shot a fourth man as he fled."),
])
def test_acts_with_no_one_jailed_or_by_others_still_fire(run, first, act):
    text = f"Court\n\n{first}\n\nThe judge thanked the jury.\n\n{act}\n"
    assert _codes(run(text, select=["CD503"])) == ["CD503"]


# -- CD405: in a season's review every score shares the team it is about; the side its own
#    clause names against it, or a win against a defeat, says which match

@pytest.mark.parametrize("text", [
    "Season\n\nIn March the Tigers beat the Rovers 31-17 to top the table.\n\n"
    "The Tigers lost 40-12 to Eastport in the semi-final, their heaviest defeat at home in a decade.\n",
    "Season\n\nIt was a good season for Kellhurst.\n\nKellhurst won 21-14 against the Pirates in round one "
    "and beat the Comets 30-3 a week later.\n\nKellhurst then lost 12-10 to the Sharks.\n",
    "Season\n\nThe Saints beat Bristow 28-20 in round two.\n\n"
    "The Saints lost 17-15 to the Raiders in round three, and the coach was angry.\n",
])
def test_one_teams_matches_against_others_are_other_results(run, text):
    assert _codes(run(text, select=["CD405"], published=PUBLISHED)) == []


@pytest.mark.parametrize("text", [
    "Season\n\nIt was a hard year for the Harbour Lions.\n\nIn April they beat the Rovers 24-10, and a "
    "19-16 win over the Hawks in May sealed a home final.\n\nThe Lions beat the Rovers 22-10 in April.\n",
    "Season\n\nIt was a good season for Kellhurst.\n\nKellhurst won 21-14 against the Pirates in round one "
    "and beat the Comets 30-3 a week later.\n\nKellhurst won 12-10 against the Pirates in round one.\n",
    "Season\n\nDunmore beat Caxton 3-1 at home on Saturday.\n\n"
    "Dunmore's 2-1 win over Caxton on Saturday lifted them to third.\n",
    "Final\n\nKelso beat Harlow 2-1 in the final on Saturday.\n\nHarlow lost 3-1 to Kelso in the final on Saturday.\n",
])
def test_one_match_told_twice_with_two_scores_still_fires(run, text):
    assert _codes(run(text, select=["CD405"], published=PUBLISHED)) == ["CD405"]


# -- CD803: a capital after a number is what the number counts ("48 Tests") unless a verb
#    follows, as it would if the word opened a sentence

@pytest.mark.parametrize("sentence", [
    "Pell has won three Majors and will defend his title in July.",
    "She reached four Finals last season and won one of them.",
    "The club won three Cups in five years under the old manager.",
    "He has captained 20 Tests since his debut in the West Indies.",
])
def test_a_capitalised_thing_counted_is_no_lost_full_stop(run, sentence):
    assert _codes(run(f"Sport\n\n{sentence}\n", select=["CD803"])) == []


@pytest.mark.parametrize("sentence", [
    "The toll rose to 48 Officials said more people were missing.",
    "The bus was carrying 30 Passengers said the driver had been speeding.",
])
def test_a_sentence_opener_after_a_number_still_fires(run, sentence):
    assert _codes(run(f"Toll\n\n{sentence}\n", select=["CD803"])) == ["CD803"]
