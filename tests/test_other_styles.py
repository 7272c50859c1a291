"""Clean copy of other styles (sports results, market and product copy, obituaries, animal
stories) stays quiet (session 7): each test names the mechanism that misread it, in wordings
and names of our own, with a twin that must still fire."""

from __future__ import annotations

from datetime import date

import pytest


def _codes(found) -> list[str]:
    return [f.code for f in found]


# -- CD405: a set's, a tie-break's or a leg's score is not the match's result

@pytest.mark.parametrize("text", [
    "Varenko survives\n\nVarenko won 6-4 3-6 7-6 4-6 7-5. He took the third set after winning the tie-break 7-3.\n",
    "Soerlie through\n\nSoerlie beat Quill 7-6 (7-4), 6-2. Soerlie won the tie-break 7-4 after trailing 2-5 in the set.\n",
    "Penn takes title\n\nDarts champion Ivo Penn beat Kit Mace 7-3 in the final. Penn won the first set 3-1 and never trailed after that.\n",
    "Kelso go through\n\nKelso beat Harlow 3-1 on aggregate. Kelso won the first leg 2-0 at home.\n",
])
def test_a_score_of_a_part_of_the_match_is_no_second_result(run, text):
    assert _codes(run(text, select=["CD405"])) == []


@pytest.mark.parametrize("text", [
    "Varenko through\n\nVarenko beat Molstad 6-4 on Monday to reach the quarter-finals.\n\n"
    "Varenko, who beat Molstad 7-5 on Monday, next plays Soerlie.\n",
    "Varenko through\n\nVarenko won the third set 6-4 and the fourth 6-2. Varenko beat Molstad 3-1 on Monday. "
    "Later, Varenko, who beat Molstad 3-2 on Monday, said he was tired.\n",
])
def test_the_match_score_changed_still_fires_beside_set_scores(run, text):
    assert _codes(run(text, select=["CD405"])) == ["CD405"]


# -- CD405: one measure of two things ("of all vehicles", "of sedans") is not one figure changed

@pytest.mark.parametrize("text", [
    "Car prices\n\nThe average price of a new vehicle was $38,000 in May, the group said.\n\n"
    "The average price of a new sedan was $29,000 in May, the group said.\n",
    "Car prices\n\nThe average transaction price for all vehicles was $45,000 in June. "
    "The average transaction price for sedans was $31,000 in June.\n",
    "Fares\n\nThe average fare for a rail season ticket was $3,100 last year, the regulator said. "
    "The average fare for a bus season ticket was $900 last year, the regulator said.\n",
    "Pay\n\nThe average salary of a nurse in the region was $41,000 in 2019. "
    "The average salary of a doctor in the region was $98,000 in 2019.\n",
])
def test_one_measure_of_two_things_is_two_figures(run, text):
    assert _codes(run(text, select=["CD405"])) == []


@pytest.mark.parametrize("text", [
    "Car prices\n\nThe average price of a new sedan was $38,000 in May, the group said.\n\n"
    "The average price of a new sedan was $29,000 in May, the group said.\n",
    "Fares\n\nThe fare for adults will be $4.50 from Monday, the council said. "
    "Later the council said the fare for adults will be $5.50 from Monday.\n",
])
def test_one_measure_of_one_thing_changed_still_fires(run, text):
    assert _codes(run(text, select=["CD405"])) == ["CD405"]


# -- CD404: a year in front of a product ("the 2019 model") says which one, not when

_PUB = date(2022, 6, 10)


@pytest.mark.parametrize("text", [
    "Recall\n\nHalvard recalled the 2017 model over a brake fault. Halvard recalled the 2015 model over a brake fault last year.\n",
    "Review\n\nOur reviewer tested the 2021 Zephyr Book over two weeks. Our reviewer tested the 2020 Zephyr Book over two weeks last spring.\n",
    "Phones\n\nVelox stopped selling the 2019 model in March. Velox stopped selling the 2017 model in 2020.\n",
    "Games\n\nThe reviewer bought the 2018 edition for $60. The reviewer bought the 2016 edition for $60 in a sale.\n",
    "Tablets\n\nApex cut the price of its 2020 tablet on Monday. Apex cut the price of its 2019 tablet on Monday too.\n",
])
def test_a_model_year_names_the_model_not_a_date(run, text):
    assert _codes(run(text, select=["CD404"], published=_PUB)) == []


@pytest.mark.parametrize("text", [
    "Recall\n\nHalvard recalled the Strada estate over a brake fault in 2017. Halvard recalled the Strada estate over a brake fault in 2015.\n",
    "Goals\n\nOkonkwo scored 30 goals in the 2019 season for Riverton. Okonkwo, who scored 30 goals in the 2017 season for Riverton, left in June.\n",
])
def test_a_date_of_the_act_or_of_a_period_still_fires(run, text):
    assert _codes(run(text, select=["CD404"], published=_PUB)) == ["CD404"]


# -- CD803: a product name goes on after its inner capital ("XBox One")

@pytest.mark.parametrize("text", [
    "Consoles\n\nShops sold out of the XBox One before Christmas, and one shop in Kelso had none left by noon.\n",
    "Games\n\nSales of PlayStation Plus subscriptions rose, and many buyers said they would pay more for plus features.\n",
    "Music\n\nListeners moved from the iPod Classic to streaming, and classic albums sold well on vinyl.\n",
    "Cameras\n\nThe PowerShot One camera and the XBox Series consoles both sold out; a series of price cuts followed.\n",
])
def test_a_product_name_with_an_inner_capital_goes_on(run, text):
    assert _codes(run(text, select=["CD803"])) == []


@pytest.mark.parametrize("text", [
    "Consoles\n\nShops sold out of the XBox But the PlayStation was still on the shelves.\n",
    "Consoles\n\nShops sold out of the PlayStation The shelves were empty by noon, the manager said.\n",
])
def test_a_sentence_opener_after_a_product_name_still_fires(run, text):
    assert _codes(run(text, select=["CD803"])) == ["CD803"]


# -- CD802: a compound sounds as its first part ("an SLS-derived", "an NHS-funded")

@pytest.mark.parametrize("phrase", ["an SLS-derived engine", "an NHS-funded service", "an SNP-led council",
                                    "an LNG-powered ferry", "an LGBT-friendly bar"])
def test_an_initialism_in_a_compound_is_read_by_its_letters(run, phrase):
    assert _codes(run(f"Kelso\n\nThe town now has {phrase} on the harbour front.\n", select=["CD802"])) == []


@pytest.mark.parametrize("phrase", ["a SLS-derived engine", "a NHS-funded service", "an BBC-backed film"])
def test_the_wrong_article_before_an_initialism_compound_still_fires(run, phrase):
    assert _codes(run(f"Kelso\n\nThe town now has {phrase} on the harbour front.\n", select=["CD802"])) == ["CD802"]


# -- CD502: a name after "whose" or "his" is a thing owned, not a person doing the harm

_CAMPAIGN = "\n\nThe owner, 71, has joined a campaign for safer machines in Kelso.\n"


@pytest.mark.parametrize("headline", [
    "Woman whose Roomba nearly killed her cat calls for recall",
    "Farmer whose Massey nearly killed him backs tractor checks",
    "Driver whose Jaguar killed a deer pleads for fences",
])
def test_a_thing_someone_owns_accuses_no_one(run, headline):
    assert _codes(run(headline + _CAMPAIGN, select=["CD502"])) == []


def test_a_person_someone_is_related_to_still_accused(run):
    assert _codes(run("Man whose brother nearly killed him speaks out" + _CAMPAIGN, select=["CD502"])) == ["CD502"]


# -- time: a clock time with no day of its own does not take another act's date

_PUB_DEATH = date(2013, 6, 4)


@pytest.mark.parametrize("text", [
    "Former senator dies\n\nFormer senator Harlan Voss died on Monday at his home in Maple Falls, his family said. "
    "He was 89.\n\nVoss had been in poor health for months. His last vote in the Senate was on May 14. At 2:45 a.m., "
    "surrounded by his children, he died in his sleep, his son said.\n",
    "Singer dies\n\nMira Dahl, the jazz singer, died on Sunday in Kelso. She was 77.\n\n"
    "Dahl gave her last concert on March 3. At 11:20 p.m. she died at home, her manager said.\n",
    "Former mayor dies\n\nFormer mayor Olin Pratt died on Saturday, the city said. He was 81.\n\n"
    "Pratt last spoke at a council meeting on February 9. He died at 4:30 a.m. in hospital, the city said.\n",
    # a zone or "local time" names no day either, nor does a second clock time on the first
    "Former mayor dies\n\nFormer mayor Olin Pratt died on Saturday, the city said. He was 81.\n\n"
    "Pratt last spoke at a council meeting on February 9. At 4:30 a.m. local time he died in hospital.\n",
    "Singer dies\n\nMira Dahl, the jazz singer, died on Sunday in Kelso. She was 77.\n\n"
    "Dahl gave her last concert on March 3. At 11:20 p.m. local time (0420 GMT) she died at home, her manager said.\n",
])
def test_a_bare_clock_time_does_not_take_another_acts_day(run, text):
    assert _codes(run(text, select=["CD4", "CD1"], published=_PUB_DEATH)) == []


@pytest.mark.parametrize("text", [
    "Former senator dies\n\nFormer senator Harlan Voss died on Monday at his home in Maple Falls, his family said. "
    "He was 89.\n\nHis last vote in the Senate was on May 14. At 2:45 a.m. on May 20, surrounded by his children, "
    "he died in his sleep, his son said.\n",
    "Singer dies\n\nMira Dahl, the jazz singer, died on Sunday in Kelso. She was 77.\n\n"
    "On March 3, at 11:20 p.m., she died at home, her manager said.\n",
])
def test_a_clock_time_with_its_own_day_still_conflicts(run, text):
    assert "CD402" in _codes(run(text, select=["CD4"], published=_PUB_DEATH))


# -- CD301: two beings given near names are two names

@pytest.mark.parametrize("text", [
    "Friends\n\nA pet cat named Dakodi has struck up a friendship with a young deer, which the family calls Dakori.\n\n"
    "Dakodi, a four-year-old tabby, was first seen touching noses with the deer in August. Owner Lisbet Harrow said "
    "Dakodi spends hours in the garden. \"Dakodi is not scared at all,\" she said.\n",
    "Friends\n\nA retired racehorse named Grendale now shares a stable with a pony the owners call Grendane.\n\n"
    "Grendale, a 19-year-old gelding, won 11 races. Owner Ivo Penn said Grendale had calmed down since the pony "
    "arrived. \"Grendale is happy,\" he said.\n",
    "Friends\n\nA retired greyhound named Bramwick now shares a kennel with a lurcher the owners call Bramwich.\n\n"
    "Bramwick, a nine-year-old dog, won 30 races. Owner Kit Mace said Bramwick had calmed down since the lurcher "
    "arrived. \"Bramwick is happy,\" he said.\n",
    "Friends\n\nA sea turtle named Calderon now shares a tank with a ray the keepers call Caldoron.\n\n"
    "Calderon, a 40-year-old loggerhead, was rescued in 1990. Keeper Ivo Penn said Calderon had accepted the ray. "
    "\"Calderon is gentle,\" he said.\n",
])
def test_near_names_of_two_beings_are_two_names(run, text):
    assert _codes(run(text, select=["CD301"])) == []


def test_a_name_misspelt_for_the_same_being_still_fires(run):
    text = ("Friends\n\nA pet cat named Dakodi has struck up a friendship with a young deer in the garden.\n\n"
            "Dakodi, a four-year-old tabby, was first seen touching noses with the deer in August. Owner Lisbet "
            "Harrow said Dakori spends hours in the garden. \"Dakodi is not scared at all,\" she said. Dakodi is "
            "now famous.\n")
    assert _codes(run(text, select=["CD301"])) == ["CD301"]


# -- CD405: a round-up's matches are told apart by their sides, named or not

@pytest.mark.parametrize("text", [
    "Round-up\n\nKelso came from behind to beat Harlow 2-1 on Saturday. Bramsea and Cardle drew 0-0 in a match of few chances.\n",
    "Round-up\n\nWhitby beat Rovers 3-1 at home. Later, Dunmore and Ashgrove played out a 2-2 draw in the match of the day.\n",
    "Round-up\n\nIn the cup, Penhallow won 4-0 against Tregarth. Elsewhere, Lanmoor edged Polwin 1-0 in a tight match.\n",
])
def test_two_matches_between_other_sides_are_two_results(run, text):
    assert _codes(run(text, select=["CD405"])) == []


@pytest.mark.parametrize("text", [
    "Round-up\n\nKelso came from behind to beat Harlow 2-1 on Saturday. Kelso's 3-1 win over Harlow lifted them to third.\n",
    "Round-up\n\nWhitby beat Rovers 3-1 at home. In the match, Whitby beat Rovers 2-1 with a late goal.\n",
])
def test_one_match_between_the_same_sides_still_fires(run, text):
    assert _codes(run(text, select=["CD405"])) == ["CD405"]


# -- CD503: "shot a 68", "shot 11 of 17": the object is a result, not a person

@pytest.mark.parametrize("text", [
    "Golf\n\nEkwueme shot a 4-under 68 on Thursday to take a one-shot lead at Kelso.\n",
    "Golf\n\nDefending champion Lise Farrow shot a 2-over 74 and missed the cut at Kelso.\n",
    "Basketball\n\nOkonkwo, who missed two games with a sprained ankle, shot 11 of 17 from the field.\n",
    "Basketball\n\nMarsh shot 7-for-12 from three-point range as the Hawks won again.\n",
])
def test_a_score_as_the_object_of_shot_accuses_no_one(run, text):
    assert _codes(run(text, select=["CD503"])) == []


@pytest.mark.parametrize("text", [
    "Raid\n\nThe gunman shot two of the guards before he was arrested at the bank in Kelso.\n",
    "Raid\n\nThe gunman shot a guard and a cashier before he was arrested at the bank in Kelso.\n",
])
def test_people_as_the_object_of_shot_still_fire(run, text):
    assert _codes(run(text, select=["CD503"])) == ["CD503"]


# -- CD405: "among likely voters" is a scope wherever it stands in the sentence

@pytest.mark.parametrize("text", [
    "Poll\n\nMarla Quint leads Dan Ferris by four points among likely voters, 47 percent to 43 percent, a new poll "
    "shows. Among registered voters, Quint leads 46 percent to 41 percent.\n",
    "Poll\n\nAda Murrow leads Ivo Penn by 10 points among women, 52 percent to 42 percent, a new poll shows. Among "
    "older women, Murrow leads 55 percent to 40 percent.\n",
    "Poll\n\nThe council's plan has the support of 57 percent of people among those polled in Kelso, the survey "
    "found. Among those polled in Harlow, the plan has the support of 31 percent of people.\n",
    "Poll\n\nLisa Vann leads Rob Tate by three points among registered voters, 45 percent to 42 percent, the poll "
    "shows. Among likely voters, Vann leads 47 percent to 43 percent.\n",
])
def test_a_figure_among_another_group_is_another_figure(run, text):
    assert _codes(run(text, select=["CD405"])) == []


def test_a_figure_among_the_same_group_changed_still_fires(run):
    text = ("Poll\n\nMarla Quint leads Dan Ferris by four points among likely voters, 47 percent to 43 percent, a new "
            "poll shows. Among likely voters, Quint leads 46 percent to 41 percent.\n")
    assert _codes(run(text, select=["CD405"])) == ["CD405"]


# -- CD405: a reading dated days back against one in the present tense is then and now

_PUB_POLL = date(2021, 6, 30)


@pytest.mark.parametrize("text", [
    "Poll: Quint leads by four points\n\nQuint led by six points in the same poll two weeks ago.\n",
    "Jobs\n\nUnemployment in Kelso stands at 6.1 percent, the council said. Unemployment in Kelso stood at 7.4 "
    "percent in March, the council said.\n",
    "Waiting lists\n\nThe waiting list has 4,100 names on it, the trust said. The waiting list had 3,200 names on "
    "it in 2019, the trust said.\n",
    "Poll\n\nMurrow leads Keel by 11 points, the poll found. Murrow led Keel by three points in a poll last month, "
    "the paper said.\n",
])
def test_a_reading_then_and_a_reading_now_are_two_figures(run, text):
    assert _codes(run(text, select=["CD405"], published=_PUB_POLL)) == []


def test_two_readings_now_that_differ_still_fire(run):
    text = ("Reservoir\n\nThe reservoir is 41 percent full, the water company said on Friday. The reservoir is 63 "
            "percent full, the company said.\n")
    assert _codes(run(text, select=["CD405"], published=_PUB_POLL)) == ["CD405"]


# -- CD402: "passed away this evening" in a quoted statement is the speaker's evening

_PUB_TRIBUTE = date(2020, 9, 2)


@pytest.mark.parametrize("quote", [
    "The college wrote \"We mourn our alumna Vera Lusk, who passed away this evening.\"",
    "The club said in a statement: \"Our founder Vera Lusk died this morning, surrounded by her family.\"",
    "Her publisher wrote: \"It is with great sadness that we report that Vera Lusk passed away today.\"",
])
def test_a_quoted_today_is_the_speakers_day(run, quote):
    text = ("Tributes paid\n\nThe novelist Vera Lusk died on Friday at her home in Kelso. She was 81.\n\n"
            f"{quote}\n\nShe wrote 14 novels.\n")
    assert _codes(run(text, select=["CD402", "CD104", "CD404"], published=_PUB_TRIBUTE)) == []


def test_a_quoted_date_of_death_in_figures_still_conflicts(run):
    text = ("Tributes paid\n\nThe novelist Vera Lusk died on Friday at her home in Kelso. She was 81.\n\n"
            "The club said in a statement: \"Our founder Vera Lusk died on August 12, 2020, surrounded by her family.\"\n\n"
            "She wrote 14 novels.\n")
    assert "CD402" in _codes(run(text, select=["CD4"], published=_PUB_TRIBUTE))


# -- CD403: a descriptive age of someone long dead holds at its sentence's date, not now

_PUB_HISTORY = date(2014, 8, 4)


@pytest.mark.parametrize("text", [
    "War dead\n\nAmong the first to enlist was Osric Marr, 19, a farm labourer, who joined up on August 8, 1914. "
    "He was killed at Ypres in 1917, aged 22.\n",
    "Pioneer\n\nThe first woman to fly solo from Kelso was Odile Carrow, 24, a typist, who took off on May 2, 1931. "
    "She died in a crash in 1940, aged 33.\n",
    "Founder\n\nThe mill was founded by Jasper Allard, 31, a weaver's son, who bought the site in March 1850. "
    "Allard died in 1889, aged 70.\n",
])
def test_an_age_of_someone_long_dead_holds_at_its_sentences_date(run, text):
    assert _codes(run(text, select=["CD403"], published=_PUB_HISTORY)) == []


def test_an_age_that_does_not_fit_its_sentences_date_still_fires(run):
    text = ("War dead\n\nAmong the first to enlist was Osric Marr, 25, a farm labourer, who joined up on August 8, "
            "1914. He was killed at Ypres in 1917, aged 22.\n")
    assert _codes(run(text, select=["CD403"], published=_PUB_HISTORY)) == ["CD403"]


# -- CD405: a spec of one model against the same spec of another

@pytest.mark.parametrize("text", [
    "Review\n\nThe camera on the 12 has a 12-megapixel sensor. The camera on the Max has a 48-megapixel sensor.\n",
    "Review\n\nThe battery in the Zephyr Book 14 lasted 11 hours in our test. The battery in the Zephyr Book 16 "
    "lasted 15 hours in our test.\n",
    "Review\n\nThe screen of the Velox Mini measures 5.4 inches, and it is sharp. The screen of the Velox Plus "
    "measures 6.7 inches.\n",
])
def test_one_spec_of_two_models_is_two_figures(run, text):
    assert _codes(run(text, select=["CD405"])) == []


@pytest.mark.parametrize("text", [
    "Review\n\nThe camera on the Max has a 12-megapixel sensor. The camera on the Max has a 48-megapixel sensor.\n",
    "Crash\n\nTwelve people were killed in the crash on the Kelso road, police said. Fourteen people were killed "
    "in the crash on the Kelso road, police said.\n",
])
def test_one_spec_of_one_model_changed_still_fires(run, text):
    assert _codes(run(text, select=["CD405"])) == ["CD405"]


# -- CD404: a number in a name ("Velox OS 15") says which one, like a model year

@pytest.mark.parametrize("text", [
    "Update\n\nVelox OS 15 arrives today for phones released since 2016. Velox OS 14 arrived last September for "
    "phones released since 2015.\n",
    "Watches\n\nVelox Watch 7 goes on sale today for owners of phones made since 2018. Velox Watch 6 went on sale "
    "last September for owners of phones made since 2017.\n",
    "Browsers\n\nZephyr Browser 9 is released today for computers sold since 2015. Zephyr Browser 8 was released "
    "in January for computers sold since 2014.\n",
])
def test_a_version_number_names_the_version(run, text):
    assert _codes(run(text, select=["CD404"], published=date(2021, 9, 21))) == []


def test_the_same_version_given_two_dates_still_fires(run):
    text = ("Update\n\nVelox OS 15 arrives today for phones released since 2016. Velox OS 15 arrived last September "
            "for phones released since 2016.\n")
    assert _codes(run(text, select=["CD404"], published=date(2021, 9, 21))) == ["CD404"]


# -- CD405: a figure that defines the group ("people who drank one cup a day") is not the claim

@pytest.mark.parametrize("text", [
    "Study\n\nPeople who drank two to three cups of coffee a day were 12 percent less likely to die during the "
    "study. Those who drank one cup a day were 6 percent less likely to die.\n",
    "Study\n\nPupils who read for 30 minutes a day scored 14 points higher in the test. Pupils who read for 10 "
    "minutes a day scored 5 points higher in the test.\n",
    "Survey\n\nDrivers who covered 20,000 miles a year paid £900 for insurance, the survey found. Drivers who "
    "covered 5,000 miles a year paid £600, the survey found.\n",
])
def test_two_groups_defined_by_two_figures_are_two_groups(run, text):
    assert _codes(run(text, select=["CD405"])) == []


# -- CD405: the same thing with another quality ("coffee", "decaffeinated coffee") is another thing

@pytest.mark.parametrize("text", [
    "Study\n\nPeople who drank coffee were 12 percent less likely to die, the study found. People who drank "
    "decaffeinated coffee were 14 percent less likely to die, the study found.\n",
    "Study\n\nPeople who ate processed meat were 18 percent more likely to develop the disease, the study found. "
    "People who ate red meat were 11 percent more likely to develop the disease, the study found.\n",
    "Pay\n\nThe average wage for a full-time worker in Kelso was £29,000 in 2020. The average wage for a part-time "
    "worker in Kelso was £12,500 in 2020.\n",
    "Rents\n\nThe average rent for a detached house was £1,400 in May. The average rent for a terraced house was "
    "£900 in May.\n",
    "Study\n\nPeople who drank two to three cups of coffee a day were 12 percent less likely to die during the "
    "study. People who drank decaffeinated coffee were 14 percent less likely to die, the researchers found.\n",
])
def test_one_measure_of_things_of_two_kinds_is_two_figures(run, text):
    assert _codes(run(text, select=["CD405"])) == []


@pytest.mark.parametrize("text", [
    "Study\n\nPeople who drank coffee were 12 percent less likely to die during the study. People who drank "
    "coffee were 16 percent less likely to die during the study.\n",
    "Rents\n\nThe average rent for a furnished flat was £1,100 in May. The average rent for a furnished flat was "
    "£950 in May.\n",
    "Fire\n\nThe blaze destroyed 120 homes in the valley, the fire service said. The huge blaze destroyed 210 "
    "homes in the valley, the fire service said.\n",
])
def test_one_group_or_one_thing_changed_still_fires(run, text):
    assert _codes(run(text, select=["CD405"])) == ["CD405"]
