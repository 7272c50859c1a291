"""The event layer: event mentions, coreference, and facts about events compared (CD404,
CD405). Every text here is written for these tests."""

import pytest

import copydesk


def _loud(text, published="2024-06-14", code=None):
    report = copydesk.check(text, published=published)
    return [f for f in report.findings if f.severity in ("error", "warning")
            and (code is None or f.code == code)]


@pytest.mark.parametrize("text", [
    # verbal then a relative clause under a date-possessive noun
    "A fire swept through a hostel in Dunmore on Tuesday, killing 7 guests, police said.\n\n"
    "Flags flew at half-mast for the 9 guests who died in Tuesday's blaze.",
    # passive then a participle, the event named by two nouns
    "Four passengers were killed in the collision on the coast road.\n\n"
    "The crash, which left 6 passengers dead, closed the road for a day.",
    # noun counts: lives claimed, then fatalities
    "The earthquake claimed 31 lives in the hill villages.\n\n"
    "Officials put the quake's toll at 38 lives when they met on Friday.",
])
def test_one_event_two_tolls(text):
    found = _loud(text, code="CD405")
    assert found, text
    assert len(found[0].evidence) >= 2


@pytest.mark.parametrize("text", [
    "Harlow Town beat Eastleigh 2-0 at the Dell on Saturday.\n\nSaturday's 2-1 win over Eastleigh lifted Harlow Town to third.",
    "The planning committee voted 9-4 to approve the tower.\n\nThe 9-3 vote came after a long debate.",
    "Councillors voted by 31 to 12 in favour of the budget.\n\nThe 31-21 result was cheered by the gallery.",
])
def test_one_event_two_scores(text):
    assert _loud(text, code="CD405"), text


@pytest.mark.parametrize("text", [
    "The study enrolled 812 patients at nine clinics.\n\nSeven of the 821 participants left the study early.",
    "The trial recruited 450 volunteers in three countries.\n\nAll 540 participants took the tablet daily.",
    "Researchers enrolled 1,200 children in the survey.\n\nOf the 1,020 participants, half were girls.",
])
def test_study_participants(text):
    assert _loud(text, code="CD405"), text


@pytest.mark.parametrize("text", [
    "Ada Lyle died on 4 May 2019 at her home in Kelso.\n\nIn the weeks before her death on 14 May, she wrote letters.",
    "Lightning started the fire near Ardmore on Wednesday.\n\nThursday's lightning-sparked outbreak burned 300 hectares.",
    "The coach overturned on the A59 on Sunday.\n\nSaturday's crash has renewed calls for a barrier.",
])
def test_one_event_two_days(text):
    assert _loud(text, code="CD404"), text


@pytest.mark.parametrize("text", [
    # a revised figure, said to be revised
    "Police said five people had died, but revised the figure to four after a man was found alive.\n\n"
    "Four people died in the floods.",
    # a running toll read at two times
    "The fire killed 30 people on Monday, officials said.\n\nBy Wednesday the fire had killed 41 people, officials said.",
    "The explosion left 14 people dead.\n\nThe number of dead rose to 19 on Thursday.",
    # a part, not the whole
    "The crash killed 11 people.\n\nFour of the dead were children, and 7 adults were killed.",
    # two matches, two scores
    "Harlow Town beat Eastleigh 2-0 on Saturday.\n\nBexford United, who beat Dorking Wanderers 3-1 on Tuesday, stay top.",
    # two votes on two days
    "The committee voted 9-4 on Monday to send the plan on.\n\nThe full council voted 30-12 on Thursday to approve it.",
    # a consistent restatement with bounds
    "The blast injured at least two dozen workers.\n\nTwenty-six workers injured in the blast remain in hospital.",
    # an old event, dated, and the story's own
    "Three people died in the floods.\n\nThe stopbank was built after the 2017 floods, in which two people died.",
    # a campaign's toll, and a later attack introduced with "an": two events, not one
    "Ardmore, 1 June 2004\n\nThe militia was blamed for more than 600 deaths during the occupation.\n\n"
    "Soldiers inspect a burnt-out truck following an ambush near Tal Afar, 3 May 2004.\n\n"
    "Commanders blamed the militia for an attack in Kirkuk that killed five soldiers.",
    # a death on one day named twice
    "Ada Lyle died on 4 May 2019 at her home.\n\nIn the weeks before her death on 4 May, she wrote letters.",
])
def test_clean_twins_stay_silent(text):
    assert not _loud(text, code="CD405") and not _loud(text, code="CD404"), \
        [f.message for f in _loud(text)]


def test_events_in_the_report():
    text = ("A fire swept through a hostel in Dunmore on Tuesday, killing 7 guests.\n\n"
            "Tuesday's blaze was the worst in the town since 1990.")
    report = copydesk.check(text, published="2024-06-14")
    data = report.to_dict()
    assert data["events"], data["events"]
    fire = data["events"][0]
    assert fire["type"] == "fire"
    kinds = {m["kind"] for m in fire["mentions"]}
    assert "date-possessive" in kinds
    for m in fire["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
    assert fire["slots"]["count"][0]["of"] == "dead"


def test_message_names_both_sides_and_sources():
    text = ("A fire swept through a hostel in Dunmore on Tuesday, killing 7 guests, police said.\n\n"
            "Flags flew at half-mast for the 9 guests who died in Tuesday's blaze.")
    f = _loud(text, code="CD405")[0]
    assert f.severity == "warning"  # the article's voice against a source
    assert "7" in f.message and "9" in f.message and "police" in f.message.lower()


@pytest.mark.parametrize("text", [
    "A gas explosion destroyed the bakery on Mill Road. The blast was caused by a leaking boiler.\n\n"
    "Fire officers said they had not yet determined what caused the explosion.",
    "The fire at the depot was started by an electrical fault.\n\n"
    "The cause of the fire remains unknown, according to investigators.",
    "The collapse was triggered by heavy rain that weakened the bank.\n\n"
    "Engineers said it was not clear what caused the collapse.",
])
def test_cause_asserted_then_unknown(text):
    assert _loud(text, code="CD406"), text


@pytest.mark.parametrize("text", [
    "The study was funded by Belmont Pharma, which makes the tablet.\n\n"
    "The journal article does not say who paid for the study.",
    "The survey was financed by the Harcourt Trust.\n\nThe report does not disclose who funded the survey.",
    "The trial was paid for by Norbury Health.\n\nA Norbury Health spokesman said the company played no part in funding the trial.",
])
def test_funder_asserted_then_unknown_or_denied(text):
    assert _loud(text, code="CD406"), text


@pytest.mark.parametrize("text", [
    "Pamela Reyes conceded shortly after midnight, her aides said.\n\nPamela Reyes had not conceded by early Thursday.",
    "Tom Okafor resigned on Monday.\n\nBy Tuesday Tom Okafor had not resigned, colleagues said.",
    "The Grand Hotel confirmed the closure on Friday.\n\nThe Grand Hotel has not confirmed the closure.",
])
def test_act_done_and_not_done(text):
    assert _loud(text, code="CD406"), text


@pytest.mark.parametrize("text", [
    # the cause is given later, after it was unknown
    "Investigators said they had not established what caused the blast.\n\n"
    "Investigators later said the explosion was caused by a gas leak.",
    # a hedged cause
    "The fire may have been caused by a discarded cigarette.\n\nThe cause of the fire is still under investigation.",
    # not done by one day, done the next
    "Pamela Reyes had not conceded by 10 June.\n\nPamela Reyes conceded on 11 June.",
    # a conditional
    "If the Senate confirms Tom Okafor, he will serve until 2030.\n\nThe Senate confirmed Tom Okafor on Friday.",
    # funder named and consistent
    "The study was funded by Belmont Pharma.\n\nBelmont Pharma said it paid for the research.",
])
def test_certainty_clean_twins(text):
    assert not _loud(text, code="CD406"), [f.message for f in _loud(text)]


@pytest.mark.parametrize("text,code", [
    ("Landlord's negligence caused tower fire\n\nThe tenants' association accused the landlord of ignoring "
     "repeated complaints about wiring. The landlord denied the accusation.", "CD501"),
    ("Care home owner stole £300,000 from residents\n\nKaren Hollis, 52, is accused of fraud. She denies "
     "the charges.", "CD501"),
    ("Coach driver was drunk at the wheel\n\nThe coach left the road on a bend near Alston. Police are "
     "investigating.", "CD502"),
])
def test_display_text_that_lays_blame(text, code):
    assert _loud(text, code=code), [f.message for f in _loud(text)]


@pytest.mark.parametrize("text", [
    # the headline names its source
    "Union: landlord's negligence caused tower fire\n\nThe union accused the landlord of ignoring complaints.",
    "Care home owner denies stealing £300,000\n\nKaren Hollis, 52, is accused of fraud. She denies the charges.",
    # the body says it on the record
    "Care home owner stole £300,000 from residents\n\nKaren Hollis, 52, was jailed for four years after "
    "pleading guilty to fraud at Leeds Crown Court.",
    # the body says it in its own voice
    "Drink-driver crashed into shop\n\nThe drink-driver, who was three times over the limit, crashed into a shop.",
    # a label
    "Attack\n\nTom Reyes reportedly stabbed three people at the station.",
])
def test_display_text_clean_twins(text):
    assert not _loud(text, code="CD501") and not _loud(text, code="CD502"), [f.message for f in _loud(text)]


@pytest.mark.parametrize("text", [
    "Net income for the three months to June rose to $214 million from $190 million a year earlier.\n\n"
    "The $241 million quarterly profit was the company's best in five years.",
    "Ardley Mills posted a full-year net profit of £38.5m, up 6%.\n\n"
    "The annual profit of £35.8m was helped by lower wheat prices.",
    "Quarterly revenue rose to €1.2bn, the company said.\n\nThe €1.4bn quarterly revenue beat forecasts.",
])
def test_one_period_two_amounts(text):
    assert _loud(text, code="CD405"), [f.message for f in _loud(text)]


@pytest.mark.parametrize("text", [
    # this year's quarter against last year's
    "Net income for the quarter rose to $214 million.\n\nNet income in the year-ago quarter was $190 million.",
    # a quarter against the full year
    "Quarterly profit rose to $214 million.\n\nFull-year profit reached $810 million.",
    # reported against underlying
    "Annual net profit was £38.5m.\n\nUnderlying annual profit was £41.2m, the company said.",
    # a figure and a forecast
    "Annual revenue was $4.1 billion.\n\nThe company expects annual revenue of $4.6 billion next year.",
    # per share
    "Quarterly net income was $1.38 a share.\n\nQuarterly net income rose to $412 million.",
])
def test_amount_clean_twins(text):
    assert not _loud(text, code="CD405"), [f.message for f in _loud(text)]


@pytest.mark.parametrize("text", [
    "Pamela Reyes won 54.2% of the vote to Tom Okafor's 48.1%, with all precincts reporting.",
    "In the survey, 52% backed the plan, 41% opposed it and 11% were undecided.",
    "Thirty people were hurt, of whom 12 were children and 20 were adults.",
    "The 25 passengers, of whom 9 were taken to hospital, and the other 18 treated at the scene, were later sent home.",
    "Councillors approved the £84m relief road on Tuesday.\n\nGovernment funding would cover £61m of the cost. "
    "The council would borrow the remaining £33m.",
])
def test_parts_do_not_make_the_whole(text):
    assert _loud(text, code="CD108"), [f.message for f in _loud(text)]


@pytest.mark.parametrize("text", [
    "Pamela Reyes won 51.3% of the vote to Tom Okafor's 48.7%.",
    "In the survey, 52% backed the plan, 38% opposed it and 10% were undecided.",
    "Thirty people were hurt, of whom 12 were children and 18 were adults.",
    "Thirty people were hurt, including 12 children.",
    "Prices rose 7% and volumes fell 2%, while organic sales grew 5%.",
    "Support for the plan rose from 41% to 52% among those surveyed.",
    "Councillors approved the £84m relief road on Tuesday.\n\nGovernment funding would cover £61m of the cost. "
    "The council would borrow the remaining £23m.",
])
def test_parts_clean_twins(text):
    assert not _loud(text, code="CD108"), [f.message for f in _loud(text)]


@pytest.mark.parametrize("stamp", ["10:30 p.m.", "9 a.m.", "11:45 PM EST"])
def test_live_blog_updates_are_later_readings(stamp):
    text = ("The Latest: counting goes on in the county race\n\n"
            f"{stamp}\n\nThe county says 41 people have been treated for smoke inhalation.\n\n"
            "8:10 p.m.\n\nThe county says 46 people have been treated for smoke inhalation.")
    assert not _loud(text, code="CD405"), [f.message for f in _loud(text)]
    # the same two figures without time stamps: one statement, two values
    plain = text.replace(f"{stamp}\n\n", "").replace("8:10 p.m.\n\n", "")
    assert _loud(plain, code="CD405"), plain


@pytest.mark.parametrize("text", [
    "Budget\n\nThe council's £12m budget is split three ways: £5m for roads, £4m for schools and £4m for parks.",
    "Grants\n\nThe $3.2 million fund is divided between $1.5 million for housing, $1.2 million for "
    "transport and $0.9 million for libraries.",
    "Refit\n\nThe £840,000 refit includes £500,000 for the roof and £400,000 for the heating.",
    "Fire\n\nTwelve people were hurt in the fire. Five were firefighters and nine were residents.",
    "Crash\n\nThe crash injured 20 passengers. Eleven of them were children and 12 were pensioners.",
])
def test_lines_that_do_not_make_their_whole(text):
    assert _loud(text, code="CD108"), text


@pytest.mark.parametrize("text", [
    "Budget\n\nThe council's £13m budget is split three ways: £5m for roads, £4m for schools and £4m for parks.",
    # "includes" need not list every line
    "Refit\n\nThe £840,000 refit includes £500,000 for the roof and £200,000 for the heating.",
    "Fire\n\nTwelve people were hurt in the fire. Five were firefighters and seven were residents.",
    # a rise is not a part
    "Budget\n\nThe £12m budget rose from £9m, with £5m for roads and £4m for schools.",
])
def test_lines_clean_twins(text):
    assert not _loud(text, code="CD108"), text


@pytest.mark.parametrize("text", [
    "Bread before dawn\n\nAlan Pike runs a bakery in Leeds. The 61-year-old was born in 1957.",
    "Cliff path\n\nMorven Tait walks the cliff path every day. The 48-year-old was born in 1969, "
    "she says.",
    "Nets\n\nFergus Dunne, 81, mends nets on the harbour wall. The fisherman was born in 1950.",
])
def test_a_description_of_the_one_person_named(text):
    report = copydesk.check(text, published="2024-06-14")
    assert [f for f in report.findings if f.code in ("CD101", "CD102") and f.severity == "error"], text


@pytest.mark.parametrize("text, code", [
    ("Farmer killed neighbour over fence\n\nA farmer has been charged with the murder of his neighbour, "
     "police said.", "CD501"),
    ("Man kills wife in row over money\n\nA 52-year-old man is accused of murdering his wife, "
     "prosecutors told the court.", "CD501"),
    ("Carer strangled pensioner\n\nPolice are investigating the death of an 84-year-old woman at her "
     "home in Dunmere.", "CD502"),
])
def test_display_text_that_says_a_person_killed(text, code):
    assert _loud(text, code=code), text


@pytest.mark.parametrize("text", [
    "Storm kills three in coastal towns\n\nThree people died when the storm hit the coast on Tuesday.",
    "Landslide kills driver on mountain pass\n\nA driver died when rocks fell on the pass.",
    "Man killed in farm accident\n\nA man died after his tractor overturned on Monday, police said.",
    "Gunman kills five at market\n\nA gunman opened fire at a market, killing five people.",
])
def test_display_killing_clean_twins(text):
    assert not _loud(text, code="CD501") and not _loud(text, code="CD502"), text


@pytest.mark.parametrize("text", [
    "Bus crash\n\nA bus crash killed seven people in Ruvia on Monday, police said.\n\nRuvian roads suffer "
    "many accidents; 2018 saw 11,187 recorded accidents leading to 750 deaths and 7,999 injuries.",
    "Ferry sinks\n\nNine passengers died when a ferry sank off Kessa on Friday.\n\nLast year brought 40 "
    "sinkings that caused 212 deaths in the region's waters.",
    "Mine blast\n\nThe blast killed 12 miners, officials said.\n\nIn 2015 the industry recorded 300 "
    "accidents resulting in 95 deaths.",
])
def test_a_years_national_figure_is_not_the_events_toll(text):
    assert not _loud(text, code="CD405"), text
