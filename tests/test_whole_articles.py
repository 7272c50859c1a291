"""Planted errors read the way they sit in whole articles, not in one-line examples: a date
the parse hangs on the vehicle rather than the verb ("a minibus overturned near Wexcombe,
Dorset, on Saturday"), a toll given inside a participle clause of a flood that lasts days, a
surname the tagger files as a group, a bakery run since one year and taken over in another,
"moved there", a title before a name ("Council leader X") for a post the article says was
left, and a local place name one letter from a city. Every text is written for these tests;
each group has a clean twin that must stay silent."""

import pytest

import copydesk


def _loud(text, published="2024-06-14", codes=None):
    report = copydesk.check(text, published=published)
    return [f for f in report.findings if f.severity in ("error", "warning")
            and (codes is None or f.code in codes)]


def _covers(text, finding, *needles):
    spans = [(e.start, e.end) for e in finding.evidence]
    for n in needles:
        i = text.index(n)
        if not any(s < i + len(n) and i < e for s, e in spans):
            return False
    return True


# -- a date hung on the noun a reduced relative describes --------------------------------------

@pytest.mark.parametrize("text,a,b", [
    ("Minibus overturns on coast road\n\nNine people were hurt when a minibus overturned on the B3157 "
     "near Wexcombe, Dorset, on Saturday afternoon.\n\nSunday's crash closed the road for six hours, "
     "police said.", "Saturday afternoon", "Sunday's crash"),
    ("Lorry sheds load\n\nTwo drivers were injured when a lorry collided with a van on the A40 near "
     "Penhallow, Cornwall, on Tuesday.\n\nWednesday's collision closed the road until midnight.",
     "on Tuesday", "Wednesday's collision"),
    ("Tram derails\n\nFive passengers were hurt when a tram derailed at Coldharbour, Kent, on Monday "
     "morning.\n\nThe operator said Sunday's derailment was caused by a broken rail.",
     "Monday", "Sunday's derailment"),
])
def test_a_date_after_a_reduced_relative_dates_its_verb(text, a, b):
    found = _loud(text, published="2021-09-16", codes=("CD404", "CD104"))
    assert found and _covers(text, found[0], a, b), text


def test_a_date_after_a_reduced_relative_clean_twin():
    text = ("Minibus overturns on coast road\n\nNine people were hurt when a minibus overturned on the "
            "B3157 near Wexcombe, Dorset, on Saturday afternoon.\n\nSaturday's crash closed the road "
            "for six hours, police said.")
    assert not _loud(text, published="2021-09-16")


# -- a toll in a participle clause of an event that lasts days ---------------------------------

@pytest.mark.parametrize("text", [
    "Four dead as river floods\n\nThe River Lune burst its banks on Tuesday, flooding hundreds of homes "
    "in Kellet and Arnby and claiming four lives.\n\nThe five people who died in Wednesday's flooding "
    "included a farmer and his son, police said.",
    "Storm toll\n\nThe storm swept across the islands on Friday, flattening sea walls and killing "
    "three people.\n\nThe four people who died in Saturday's storm were all fishermen, officials said.",
    "Blaze toll\n\nThe fire spread through the Corran hills on Monday, destroying 40 homes and claiming "
    "two lives.\n\nThe three people who died in Tuesday's fire were found near Ardlow, police said.",
])
def test_a_toll_in_a_participle_clause_of_a_lasting_event(text):
    found = _loud(text, published="2024-02-20", codes=("CD405",))
    assert found, text


def test_a_toll_in_a_participle_clause_clean_twin():
    text = ("Four dead as river floods\n\nThe River Lune burst its banks on Tuesday, flooding hundreds of "
            "homes in Kellet and Arnby and claiming four lives.\n\nThe four people who died in "
            "Wednesday's flooding included a farmer and his son, police said.")
    assert not _loud(text, published="2024-02-20")


@pytest.mark.parametrize("text", [
    "Ferry lost\n\nThe ferry Marisol sank off Arran on Monday with 40 people on board.\n\n"
    "Survivors of Sunday's sinking were taken to Oban.",
    "Volcano\n\nMount Kerrow erupted on Monday, sending ash over the villages below.\n\n"
    "Sunday's eruption was the first in 40 years, scientists said.",
])
def test_event_verbs_with_their_nouns(text):
    assert _loud(text, published="2024-02-20", codes=("CD404", "CD104")), text


def test_event_verbs_clean_twin():
    text = ("Shares sink\n\nShares in Tolland sank on Monday after a profit warning.\n\n"
            "The fall continued on Tuesday, when the shares sank again.")
    assert not _loud(text, published="2024-02-20")


# -- a surname the tagger calls a group --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hollis wins county race\n\nDemocrat Ann Hollis won the race for county executive on Tuesday.\n\n"
    "Hollis, 54, a former prosecutor, was first elected to the school board in 1972.",
    "Brandt keeps seat\n\nRepublican Joel Brandt held his seat on Tuesday.\n\n"
    "Brandt, 47, was first elected to the city council in 1980.",
    "Okoro takes the ward\n\nLabour's Ngozi Okoro won the Eastfield ward on Thursday.\n\n"
    "Okoro, 38, a former nurse, was first elected to the council in 1990.",
])
def test_a_surname_the_tagger_calls_a_group_is_the_person(text):
    assert _loud(text, published="2022-11-10", codes=("CD102",)), text


def test_a_surname_the_tagger_calls_a_group_clean_twin():
    text = ("Hollis wins county race\n\nDemocrat Ann Hollis won the race for county executive on Tuesday."
            "\n\nHollis, 54, a former prosecutor, was first elected to the school board in 2006.")
    assert not _loud(text, published="2022-11-10")


# -- heading a venue: "has run the X bakery since", "took over the bakery in" -----------------

PROFILE = ("The baker who never sleeps\n\nMarguerite Dulac is at her ovens by three every morning. "
           "Dulac, 41, {a}.\n\nBorn in Rouen in 1982, she came to England as a student and never left."
           "\n\nShe {b} from its founder, Tom Ashe, who taught her to bake bread \"the slow way\".")


@pytest.mark.parametrize("a,b", [
    ("has run the Blue Door bakery in Whitby since 2009", "took over the bakery in 2012"),
    ("has run the Blue Door bakery in Whitby since 2009", "took charge of the bakery in 2012"),
    ("has headed the Saltmarsh Kitchen in Whitby since 2009", "took over the kitchen in 2012"),
])
def test_a_venue_run_since_one_year_and_taken_over_in_another(a, b):
    text = PROFILE.format(a=a, b=b)
    found = _loud(text, published="2023-07-19", codes=("CD401",))
    assert found and _covers(text, found[0], "since 2009", "in 2012"), text


def test_a_venue_run_and_taken_over_clean_twin():
    text = PROFILE.format(a="has run the Blue Door bakery in Whitby since 2012",
                          b="took over the bakery in 2012")
    assert not _loud(text, published="2023-07-19")


def test_the_venue_is_not_guessed_when_the_article_names_two_of_its_kind():
    text = PROFILE.format(a="has run the Blue Door bakery in Whitby since 2009",
                          b="took over the bakery in 2012") + \
        "\n\nAshe now runs the Red Mill bakery in Scarborough."
    assert not _loud(text, published="2023-07-19", codes=("CD401",)), text


# -- "moved there" -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The baker who never sleeps\n\nMarguerite Dulac is at her ovens by three every morning. Born in "
    "Rouen in 1982, she came to England as a student.\n\nDulac has lived in Whitby for more than 25 "
    "years. She moved there in 2005.",
    "The potter of Ravensdale\n\nCormac Hale, 64, throws pots every morning. Born in Galway in 1960, "
    "he trained in Stoke.\n\nHale has lived in Ravensdale for 30 years. He moved there in 2001.",
    "Mending nets\n\nEli Varga, 58, mends nets on the quay every morning. Born in Szeged in 1966, he "
    "came to Wales as a student.\n\nVarga has lived in Port Avel for two decades. He settled there "
    "in 2012.",
])
def test_moved_there_is_the_place_just_named(text):
    assert _loud(text, published="2023-07-19", codes=("CD103",)), text


def test_moved_there_clean_twin():
    text = ("The baker who never sleeps\n\nMarguerite Dulac is at her ovens by three every morning. "
            "Born in Rouen in 1982, she came to England as a student.\n\nDulac has lived in Whitby for "
            "more than 15 years. She moved there in 2005.")
    assert not _loud(text, published="2023-07-19")


# -- a title before the name for a post the article says was left ------------------------------

@pytest.mark.parametrize("text", [
    "Pool approved\n\nRavi Anand stepped down as council leader in 2022 after nine years in the post."
    "\n\nCouncil leader Ravi Anand said the pool was \"long overdue\".",
    "Club statement\n\nMarta Lind resigned as club chairman in 2021.\n\nClub chairman Marta Lind "
    "said the new stand would open in May.",
    "School news\n\nOwen Pryce retired as headteacher in 2020.\n\nHeadteacher Owen Pryce said pupils "
    "had raised £4,000.",
])
def test_a_title_before_the_name_for_a_post_left(text):
    assert _loud(text, published="2023-05-18", codes=("CD407",)), text


def test_a_title_before_the_name_clean_twin():
    text = ("Pool approved\n\nRavi Anand stepped down as council leader in 2022 after nine years in the "
            "post.\n\nFormer council leader Ravi Anand said the pool was \"long overdue\".")
    assert not _loud(text, published="2023-05-18")


# -- a local place one letter from a city ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Council backs pool\n\nCouncillors approved a new pool for Brayford on Wednesday. It will "
    "replace the Brayford Baths, which closed last year.",
    "Market reopens\n\nThe covered market in Bramford reopened on Saturday. Bramford Market Hall "
    "had been shut since the flood.",
    "Bridge closed\n\nThe bridge at Hatfeld will close for repairs. Hatfeld Parish Council said "
    "the work would take a month.",
])
def test_a_local_place_named_twice_is_no_misspelling(text):
    assert not _loud(text, published="2023-05-18", codes=("CD303",)), text


def test_a_swapped_city_is_still_a_misspelling():
    text = "Talks\n\nMinisters will meet in Washingotn on Monday to discuss the trade deal."
    assert _loud(text, published="2023-05-18", codes=("CD303",))


# -- a name with no given name the list knows, its surname alone, "the 27-year-old" -------------

TRANSFER = ("Harbour City sign Okafor\n\nHarbour City have completed the signing of midfielder {name} "
            "from Castlebury for an undisclosed fee.\n\nThe 27-year-old, who was born in {born} in Lagos, "
            "joined Castlebury from Kelvarra Athletic in 2019 and made 140 appearances for the club.\n\n"
            "\"I'm proud of what we did together,\" {surname} said in a statement.\n\n"
            "{surname}, who {moved} Castlebury in {year}, scored 22 goals in five seasons there.")


@pytest.mark.parametrize("name,surname,moved", [
    ("Tunde Okafor", "Okafor", "moved to"),
    ("Kwabena Asante", "Asante", "joined"),
    ("Dairo Vukovic", "Vukovic", "transferred to"),
])
def test_a_transfer_with_two_join_dates_and_a_wrong_age(name, surname, moved):
    text = TRANSFER.format(name=name, surname=surname, moved=moved, born="March 1994", year="2017")
    found = _loud(text, codes=("CD101", "CD401"))
    codes = {f.code for f in found}
    assert codes == {"CD101", "CD401"}, (text, [f.message for f in found])


def test_a_transfer_clean_twin():
    text = TRANSFER.format(name="Tunde Okafor", surname="Okafor", moved="moved to", born="March 1997",
                           year="2019")
    assert not _loud(text), [f.message for f in _loud(text)]


def test_moving_to_a_town_is_no_membership():
    text = ("Harbour City sign Okafor\n\nHarbour City have signed midfielder Tunde Okafor.\n\nOkafor joined "
            "Castlebury in 2019.\n\nOkafor, who moved to Lagos in 2017, has two children.")
    assert not _loud(text, codes=("CD401",))


# -- display lines that assert an accounting wrong the body only reports as alleged ------------

RESULTS = ("Pellham Foods profit climbs\n\n- Quarterly net profit rose 12% to $48.2 million\n- {bullet}\n\n"
           "Pellham Foods said on Wednesday that net profit for the three months to September rose 12% to "
           "$48.2 million.\n\nA short seller, Greyline Research, alleged last month that the frozen-food "
           "unit had {body}. Pellham's auditor declined to comment. The company denies the allegation.")


@pytest.mark.parametrize("bullet,body", [
    ("Auditor finds accounting errors at frozen-food unit", "overstated its sales"),
    ("Frozen-food unit overstated sales", "overstated its sales"),
    ("Frozen-food unit misled investors, auditor finds", "misled investors about its sales"),
])
def test_a_display_line_asserting_what_the_body_reports_as_alleged(bullet, body):
    text = RESULTS.format(bullet=bullet, body=body)
    assert _loud(text, published="2023-11-02", codes=("CD501", "CD502")), text


def test_a_display_line_that_attributes_the_allegation_clean_twin():
    text = RESULTS.format(bullet="Short seller alleges frozen-food unit overstated sales",
                          body="overstated its sales")
    assert not _loud(text, published="2023-11-02", codes=("CD501", "CD502"))


def test_forging_ahead_is_no_forgery():
    text = ("Council forges ahead with bypass\n\nCouncillors voted on Tuesday to press ahead with the "
            "£60m bypass.")
    assert not _loud(text, published="2023-11-02", codes=("CD501", "CD502"))


# -- results described with "a", participants counted by a participle or "a study of" ---------

@pytest.mark.parametrize("text", [
    "Kilbride hold on\n\nKilbride Rovers beat Aston Vale 2-1 at Marsh Lane on Saturday.\n\nVale pulled one "
    "back late on, but Kilbride held on for a 3-1 victory.",
    "Council vote\n\nCouncillors backed the plan by 27 votes to 19 on Tuesday.\n\nOpponents said a 29-19 "
    "vote showed the town was divided.",
    "Derby win\n\nEastfield won the derby 2-0 against Northam on Sunday.\n\nIt was a 3-0 win that lifts "
    "Eastfield to fourth.",
])
def test_a_result_described_with_a_is_the_same_result(text):
    assert _loud(text, published="2023-10-02", codes=("CD405",)), text


def test_a_result_described_with_a_clean_twin():
    text = ("Kilbride hold on\n\nKilbride Rovers beat Aston Vale 2-1 at Marsh Lane on Saturday.\n\nVale "
            "pulled one back late on, but Kilbride held on for a 2-1 victory.")
    assert not _loud(text, published="2023-10-02")


@pytest.mark.parametrize("text", [
    "Vitamin D and falls\n\nSupplements did not reduce falls, according to a study of 3,120 people "
    "published on Wednesday.\n\nOf the 3,210 people enrolled, 412 had at least one fall.",
    "Sleep trial\n\nThe trial recruited 860 adults with insomnia.\n\nOf the 806 adults recruited, 90 "
    "dropped out.",
    "Survey of farmers\n\nA survey of 1,450 farmers found most expected a poor harvest.\n\nOf the 1,540 "
    "participants, two thirds grow wheat.",
])
def test_participants_counted_by_a_participle_or_a_study_of(text):
    assert _loud(text, published="2024-04-18", codes=("CD405",)), text


def test_participants_clean_twin():
    text = ("Vitamin D and falls\n\nSupplements did not reduce falls, according to a study of 3,120 people "
            "published on Wednesday.\n\nOf the 3,120 people enrolled, 412 had at least one fall.")
    assert not _loud(text, published="2024-04-18")


def test_an_act_is_not_about_its_subjects_own_clause():
    text = ("Vitamin D and falls\n\nThe trial was led by Dr Priya Raman at Kelsall University.\n\nRaman, "
            "who has studied bone health for more than two decades, joined Kelsall in 2012.")
    assert not _loud(text, published="2024-04-18", codes=("CD103",))


# -- wire copy: a fire's start in a relative clause, and routine attribution -------------------

@pytest.mark.parametrize("text", [
    "Fire guts warehouse\n\nGLENWOOD, Ind. (AP) — A fire that broke out late Tuesday gutted a furniture "
    "warehouse in Glenwood, officials said.\n\nThe blaze started around 11 p.m. Monday in a storage "
    "area, Fire Chief Lena Ruiz said.",
    "Mill fire\n\nA fire that started early Friday destroyed the old Carrow mill, police said.\n\nThe "
    "blaze broke out shortly after midnight on Thursday, fire officer Dev Patel said.",
    "Moor fire\n\nA wildfire that began on Sunday has burned 400 hectares of moorland, officials said.\n\n"
    "The fire started on Saturday afternoon near a car park, ranger Alys Hughes said.",
])
def test_a_fire_started_on_two_days_in_attributed_wire_copy(text):
    found = _loud(text, published="2023-03-09", codes=("CD404", "CD104"))
    assert found, text


def test_two_named_sources_each_with_a_day_are_reported_side_by_side():
    text = ("Mill fire\n\nThe blaze started on Thursday, fire officer Dev Patel said.\n\nThe fire started "
            "on Friday, the mill's owner, Ana Voss, said.")
    assert not _loud(text, published="2023-03-09", codes=("CD404", "CD104"))


# -- a change noun names its metric; "a year earlier." is the prior figure ---------------------

@pytest.mark.parametrize("text", [
    "Sundaram results\n\nCHENNAI: Sundaram Textiles on Wednesday reported an 18% rise in net profit to "
    "Rs 212 crore for the quarter ended March 31, against Rs 180 crore a year earlier.\n\nThe Rs 221 "
    "crore quarterly profit was the highest in the company's history.",
    "Kestrel results\n\nKestrel Mills reported a 12% increase in revenue to £48.2 million for the "
    "quarter, against £43 million a year earlier.\n\nQuarterly revenue of £42.8 million beat forecasts.",
    "Arden results\n\nArden Foods posted a 5% fall in net profit to $31 million for the quarter.\n\nThe "
    "$13 million quarterly profit disappointed investors.",
])
def test_a_change_noun_names_its_metric(text):
    assert _loud(text, published="2024-05-16", codes=("CD405",)), text


def test_a_change_noun_clean_twin():
    text = ("Sundaram results\n\nCHENNAI: Sundaram Textiles on Wednesday reported an 18% rise in net profit "
            "to Rs 212 crore for the quarter ended March 31, against Rs 180 crore a year earlier.\n\nThe Rs "
            "212 crore quarterly profit was the highest in the company's history.")
    assert not _loud(text, published="2024-05-16")


# -- the head of a school or district: "became superintendent" and "has led the district since" --

@pytest.mark.parametrize("text", [
    "Levy passes\n\nVoters in Marrow County approved a school levy on Tuesday. Superintendent Paul Ames, "
    "who has led the district since 2020, thanked voters.\n\nAmes became superintendent in 2018 after "
    "six years as a principal.",
    "Academy results\n\nHeadmistress Joan Hale, who has run the academy since 2011, praised the pupils."
    "\n\nThe academy opened in 1994.\n\nHale was appointed headmistress in 2013.",
    "New library\n\nPrincipal Ana Ruiz has led the school since 2016, and the library was her idea.\n\n"
    "Ruiz became principal in 2014, after teaching chemistry there for a decade.",
])
def test_a_head_of_school_or_district_given_two_start_years(text):
    found = _loud(text, published="2023-09-14", codes=("CD401",))
    assert found and len(found[0].evidence) >= 2, text


@pytest.mark.parametrize("text", [
    # the same year both ways
    "Levy passes\n\nSuperintendent Paul Ames, who has led the district since 2018, thanked voters.\n\n"
    "Ames became superintendent in 2018 after six years as a principal.",
    # a deputy's post is not the top post
    "Levy passes\n\nSuperintendent Paul Ames, who has led the district since 2020, thanked voters.\n\n"
    "Ames became deputy superintendent in 2016.",
    # a headteacher still in post and a chair left elsewhere: two posts
    "School news\n\nOwen Pryce stepped down as chair of the Vale Choir in 2020.\n\nHeadteacher Owen "
    "Pryce said pupils had raised £4,000.",
])
def test_a_head_of_school_or_district_clean_twins(text):
    assert not _loud(text, published="2023-09-14", codes=("CD401", "CD407")), text


# -- one attack or crash named with "the", dated two ways ----------------------------------------

@pytest.mark.parametrize("text", [
    "Man jailed for assault\n\nA Kelvarra man who attacked a delivery driver has been jailed.\n\n"
    "The court heard that Rory Kinsella assaulted the driver outside a shop on 6 May 2022. A detective "
    "told the court the attack happened on 16 May last year.",
    "Teenager sentenced\n\nThe jury heard Aiden Pike punched the pensioner in Mill Lane on 3 October "
    "2021.\n\nProsecutor Fay Lowe said the attack, on 13 October 2021, left the man with a broken jaw.",
    "Lorry driver fined\n\nA lorry crashed into a bus shelter on Harbour Road on 2 June 2022, the court "
    "heard.\n\nPC Dan Rhys said the crash took place on 12 June last year at about 6am.",
])
def test_the_one_attack_or_crash_dated_two_ways(text):
    assert _loud(text, published="2023-02-10", codes=("CD404",)), text


@pytest.mark.parametrize("text", [
    # two attacks, told as two
    "Man jailed\n\nRory Kinsella assaulted a delivery driver on 6 May 2022. A second attack, on a "
    "shopkeeper, followed on 16 May. The attack on the shopkeeper was caught on camera.",
    # a series: "attacks"
    "Arson spree\n\nThe court heard Aiden Pike attacked a neighbour on 3 October 2021. Police linked "
    "him to three attacks that month. The attack on 13 October was the worst.",
    # words, not blows
    "Budget row\n\nCouncillor Fay Lowe attacked the plan on 3 October 2021. The attack on the budget "
    "came a week after her speech of 13 October was cancelled.",
    # the same day twice
    "Man jailed for assault\n\nThe court heard that Rory Kinsella assaulted the driver outside a shop on "
    "6 May 2022. A detective told the court the attack happened on 6 May last year.",
])
def test_the_one_attack_clean_twins(text):
    assert not _loud(text, published="2023-02-10", codes=("CD404",)), text


# -- a bare surname two namesakes share stays with the one it was first used for -----------------

@pytest.mark.parametrize("text", [
    "Hilda Brannock, choir founder, dies at 88\n\nHilda Brannock, who founded the Tarn Valley Choir, "
    "died on Sunday. Brannock moved to the valley in 1961.\n\nHer son, Peter Brannock, said she sang "
    "every day.\n\nBrannock lives in Kendal and still conducts the choir on Thursdays.",
    "Former mayor Ivo Kestrel dies\n\nIvo Kestrel, mayor of Penholt for 12 years, died on Friday. "
    "Kestrel was first elected in 1979.\n\nHis daughter, Ruth Kestrel, said he had been ill.\n\n"
    "Kestrel is a keen sailor and chairs the harbour trust.",
    "Tributes to potter\n\nThe potter Agnes Vell died on Tuesday at her home. Vell opened her first "
    "studio in 1970.\n\nHer grandson, Tom Vell, said the family was proud.\n\nVell has a studio in "
    "Rye and teaches there twice a week.",
])
def test_a_bare_surname_stays_with_the_person_it_was_used_for(text):
    assert _loud(text, published="2024-03-12", codes=("CD105",)), text


@pytest.mark.parametrize("text", [
    # the relative named in full, or by the given name: about the living
    "Hilda Brannock, choir founder, dies at 88\n\nHilda Brannock, who founded the Tarn Valley Choir, "
    "died on Sunday. Brannock moved to the valley in 1961.\n\nHer son, Peter Brannock, said she sang "
    "every day.\n\nPeter Brannock lives in Kendal and still conducts the choir on Thursdays.",
    "Former mayor Ivo Kestrel dies\n\nIvo Kestrel, mayor of Penholt for 12 years, died on Friday. "
    "Kestrel was first elected in 1979.\n\nHis daughter, Ruth Kestrel, said he had been ill.\n\n"
    "Ruth is a keen sailor and chairs the harbour trust.",
])
def test_a_bare_surname_clean_twins(text):
    assert not _loud(text, published="2024-03-12", codes=("CD105",)), text


# -- "X, a Conservative who took over the chair in 2019": the apposition's person, the post taken --

@pytest.mark.parametrize("text", [
    "Homes plan approved\n\nCommittee chairman Cllr Owen Tarrant, who has led the licensing committee "
    "since 2015, said the scheme was sound.\n\nObjectors filled the gallery.\n\nCllr Tarrant, a "
    "Green who took over the chair in 2018, rejected the criticism.",
    "Mill to close\n\nNed Callow, who has been president of the family-owned company since 1981, "
    "blamed imports.\n\nThe mill employs 300 people.\n\nCallow, the founder's grandson, took the reins "
    "from his father in 1977.",
    "Trust appoints auditors\n\nDame Irene Folke, who has chaired the Harrow Arts Trust since 2012, "
    "announced the review.\n\nDame Irene, a former banker who took over as chair in 2009, said the "
    "trust was in good health.",
])
def test_a_post_taken_in_an_apposition_or_without_its_organisation(text):
    found = _loud(text, published="2023-06-01", codes=("CD401",))
    assert found and len(found[0].evidence) >= 2, text


@pytest.mark.parametrize("text", [
    "Homes plan approved\n\nCommittee chairman Cllr Owen Tarrant, who has led the licensing committee "
    "since 2018, said the scheme was sound.\n\nCllr Tarrant, a Green who took over the "
    "chair in 2018, rejected the criticism.",
    # the relative clause is about the other person named in the apposition
    "Mill to close\n\nNed Callow, who has been president of the company since 1981, blamed imports.\n\n"
    "Callow, a cousin of Ruth Amsel who took the reins at the Amsel works in 1977, spoke next.",
])
def test_a_post_taken_clean_twins(text):
    assert not _loud(text, published="2023-06-01", codes=("CD401",)), text


# -- a count with a proportion in apposition ('Of the 1,420 participants, about one in ten') --------

@pytest.mark.parametrize("text", [
    "Juice trial\n\nResearchers enrolled 1,240 adults aged 65 or over.\n\nOf the 1,420 participants, "
    "about one in ten dropped out before the end.",
    "Sleep study\n\nThe team recruited 860 volunteers in three cities.\n\nOf the 680 volunteers, roughly "
    "one in five reported vivid dreams.",
    "Walking trial\n\nThe trial enrolled 3,050 patients over two years.\n\nAmong the 3,500 participants, "
    "about one in four walked daily by the end.",
])
def test_a_study_count_given_twice_with_a_proportion(text):
    assert _loud(text, published="2024-05-10", codes=("CD405",)), text


def test_a_study_count_with_a_proportion_clean_twin():
    text = ("Juice trial\n\nResearchers enrolled 1,240 adults aged 65 or over.\n\nOf the 1,240 "
            "participants, about one in ten dropped out before the end.")
    assert not _loud(text, published="2024-05-10", codes=("CD405",))


# -- "a Balnacraig man born and bred": where the person was born --------------------------------

@pytest.mark.parametrize("text", [
    "The last smith\n\nAlasdair Kerr has worked the forge for 50 years. Born in Kilbrannan in 1952, "
    "he left school at 15.\n\nA Balnacraig man born and bred, Kerr has never lived far from the forge.",
    "Ferry skipper retires\n\nMoira Lusk, 64, steps ashore for the last time on Friday. She was born in "
    "Oban.\n\nA Portcullen woman born and raised, Lusk learned the tides from her father.",
    "Club legend\n\nDean Hollis was born in Kelvarra in 1971 and signed for the club at 16.\n\nA Carrick "
    "lad born and bred, Hollis played 412 games for his home town.",
])
def test_a_local_born_and_bred_is_a_birthplace(text):
    assert _loud(text, published="2023-07-01", codes=("CD402",)), text


def test_a_local_born_and_bred_clean_twin():
    text = ("The last smith\n\nAlasdair Kerr has worked the forge for 50 years. Born in Kilbrannan in "
            "1952, he left school at 15.\n\nA Kilbrannan man born and bred, Kerr has never lived far "
            "from the forge.")
    assert not _loud(text, published="2023-07-01", codes=("CD402",))


# -- an old event named in passing does not stand between two mentions of this week's ------------

@pytest.mark.parametrize("text", [
    "Fog pileup kills two\n\nA pileup on Route 9 on Monday killed two people, police said.\n\nIt was the "
    "worst crash on the road since a 2015 pileup that killed one.\n\nAfter Sunday's pileup, the mayor "
    "promised warning signs.",
    "Barn blast\n\nAn explosion destroyed a barn at Holt Farm on Tuesday, firefighters said.\n\nThe "
    "farm lost its dairy in a 2009 explosion.\n\nMonday's explosion was heard five miles away.",
    "Coach crash\n\nA school coach crashed on the A82 near Tyndrum on Friday, police said.\n\n"
    "The same bend saw a 2018 collision.\n\nThursday's crash left 12 pupils with minor injuries.",
])
def test_an_old_event_in_passing_does_not_split_this_weeks(text):
    assert _loud(text, published="2023-02-14", codes=("CD404",)), text


def test_an_old_event_in_passing_clean_twin():
    text = ("Fog pileup kills two\n\nA pileup on Route 9 on Monday killed two people, police said.\n\nIt "
            "was the worst crash on the road since a 2015 pileup that killed one.\n\nAfter Monday's "
            "pileup, the mayor promised warning signs.")
    assert not _loud(text, published="2023-02-14", codes=("CD404",))


# -- an adverb-participle compound in a display line is an adjective ('low-lying') ---------------

@pytest.mark.parametrize("text", [
    "Floods swamp low-lying homes in Kerrin valley\n\nHeavy rain flooded 200 homes on Sunday, the "
    "council said.",
    "Storm surge threatens low-lying coast\n\nForecasters warned of waves up to six metres on Monday.",
    "River bursts banks\n\nMore than 900 people left low-lying streets in three towns on Sunday night, "
    "officials said.\n\nThe river peaked at 6.1 metres.",
])
def test_an_adverb_compound_in_display_is_no_wrongdoing(text):
    assert not _loud(text, published="2025-06-16", codes=("CD501", "CD502")), text


def test_an_adverb_compound_twin_a_real_lie_in_the_headline_still_counts():
    text = ("Minister caught lying about expenses\n\nThe minister claimed £9,000 for a second home, "
            "records show.")
    assert _loud(text, published="2025-06-16", codes=("CD502",)), text


# -- a colon after a count lists all its parts ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Floods\n\nOfficials said 2,340 residents had been evacuated: 1,150 from Port Sellick, 760 from "
    "Kessock and 330 from farms along the valley.",
    "School places\n\nThe trust will add 420 places by 2026: 180 at Hill Road, 150 at Marsh Lane and "
    "120 at the new campus.",
    "Cycle lanes\n\nThe council has built 38 kilometres of lanes since 2019: 14 in the city centre, "
    "12 in the northern suburbs, and 9 in the south.",
])
def test_a_colon_list_that_misses_its_count(text):
    assert _loud(text, published="2025-06-16", codes=("CD108",)), text


@pytest.mark.parametrize("text", [
    "Floods\n\nOfficials said 2,240 residents had been evacuated: 1,150 from Port Sellick, 760 from "
    "Kessock and 330 from farms along the valley.",
    # a colon that does not list the count's parts
    "Vote\n\nThe bill passed by 312 votes: 14 Labour MPs rebelled and 3 abstained.",
    "Jobs\n\nThe plant employs 640 people: up from 590 in 2021, the company said.",
])
def test_a_colon_list_clean_twins(text):
    assert not _loud(text, published="2025-06-16", codes=("CD108",)), text


# -- arson in a headline is wrongdoing the body must say too --------------------------------------

@pytest.mark.parametrize("text", [
    "Historic hall deliberately torched\n\nFire crews were called to Wendle Hall at 2am. Police said it "
    "may have been deliberately lit, but it was too early to say.",
    "Arsonist destroys village shop\n\nThe shop in Maple Street burned down overnight. Investigators "
    "said they could not yet rule out an electrical fault.",
    "Vandals wreck bus shelter\n\nA bus shelter on Quay Road was found smashed on Sunday. Police said "
    "the damage might have been caused by a fallen branch.",
])
def test_arson_in_a_headline_needs_the_body(text):
    assert _loud(text, published="2024-01-09", codes=("CD501", "CD502")), text


def test_arson_in_a_headline_clean_twin():
    text = ("Historic hall deliberately torched\n\nFire crews were called to Wendle Hall at 2am. The fire "
            "was deliberately lit with petrol poured through the letterbox.")
    assert not _loud(text, published="2024-01-09", codes=("CD501", "CD502"))


# -- a present home or post of someone long dead ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bakery results\n\nThe firm has been run by managers since founder Walter Vane died in 2017."
    "\n\nThe company began in 1950 as one shop, and Mr Vane, who lives in a farmhouse above "
    "the old bakery, never meant it to grow.",
    "Mill sold\n\nAgnes Tull, who founded the mill, died in 2015. Her nephew sold it last month.\n\n"
    "Tull still owns the land behind the weir, and the buyers will rent it from the estate.",
    "Choir at 50\n\nThe choir's founder, Ivo Lark, died in 2016 aged 81. The choir now has 60 members."
    "\n\nRehearsals are held in the barn of Mr Lark, who runs the village post office, and the adults "
    "meet on Tuesdays.",
])
def test_a_present_home_or_post_of_someone_long_dead(text):
    assert _loud(text, published="2021-08-05", codes=("CD105",)), text


@pytest.mark.parametrize("text", [
    # narration of the past in the historical present, and a legacy
    "Mill sold\n\nAgnes Tull, who founded the mill, died in 2015.\n\nIn 1962 Tull buys the land behind "
    "the weir and starts milling.",
    "Choir at 50\n\nThe choir's founder, Ivo Lark, died in 2016 aged 81.\n\nLark is remembered every "
    "Saturday, when the youth section sings his songs.",
])
def test_a_long_dead_person_clean_twins(text):
    assert not _loud(text, published="2021-08-05", codes=("CD105",)), text
