"""Who a sentence is about, read the way a copy editor reads it: the holder of a post named
by an active verb ("the owners appointed her head chef"), an age put before its clause ("Now
71, Lincoln ..."), a surname the tagger took for a place, a venue that takes "the", the
noun a relative clause hangs on, people counted through what they suffered or where they
were taken, and an act confirmed by "the hospital" and denied by its name. Every text here
is written for these tests; each group has a clean twin that must stay silent."""

import pytest

import copydesk


def _loud(text, published="2024-06-14", codes=None):
    report = copydesk.check(text, published=published)
    return [f for f in report.findings if f.severity in ("error", "warning")
            and (codes is None or f.code in codes)]


ROLE = ("CD401", "CD402", "CD403", "CD404")


@pytest.mark.parametrize("text", [
    "Chef profile\n\nMara Quill joined the Tollgate Inn in 2011 as a pastry cook. The owners appointed "
    "her head chef in 2014.\n\nQuill became head chef in 2016, a post she still holds.",
    "Club news\n\nDov Arkell joined the side in 2017. The board named him captain in 2019.\n\n"
    "Arkell, who was made captain in 2021, has led the club since.",
    "School head\n\nLena Voss taught at the school for a decade. Governors made her headteacher in 2008."
    "\n\nVoss took over as headteacher in 2010.",
    "Council\n\nIda Marsh joined the council in 2002. Members elected her leader in 2011.\n\n"
    "Marsh, who became council leader in 2013, stood down last year.",
])
def test_post_given_by_an_active_verb(text):
    found = _loud(text, codes=ROLE)
    assert found, text
    assert len(found[0].evidence) >= 2


@pytest.mark.parametrize("text", [
    # a person appointing "her head chef" appoints somebody else
    "Chef profile\n\nMara Quill opened the Tollgate Inn in 2011. She appointed her head chef in 2014.\n\n"
    "Quill became chair of the trade body in 2016.",
    "Club news\n\nThe board named him captain in 2019. Dov Arkell has led the side since 2019.",
    "Council\n\nIda Marsh joined the council in 2002. Members elected her leader in 2011.\n\n"
    "Marsh, who became council leader in 2011, stood down last year.",
])
def test_post_clean_twins(text):
    assert not _loud(text, codes=ROLE), text


@pytest.mark.parametrize("text", [
    "Potter\n\nCormac Lincoln was born in 1960 in Galway.\n\nNow 71, Lincoln still throws pots every morning.",
    "Runner\n\nIsla Kendal was born in 1990.\n\nToday 39, Kendal runs a club for young athletes.",
    "Choir\n\nThe choir is led by Rhona Kildare, who was born in 1975.\n\nKildare, now 58, founded it in 2001.",
    # a surname the tagger reads as a town: the given name and the age say who it is
    "Bakery profile\n\nTess Preston was born in Hull in 1971 and trained in Lyon.\n\n"
    "Preston, 61, bakes four hundred loaves a day.",
])
def test_age_against_birth_year(text):
    found = _loud(text, codes=("CD101", "CD102", "CD302", "CD303", "CD401"))
    assert found, text


@pytest.mark.parametrize("text", [
    "Potter\n\nCormac Lincoln was born in 1960 in Galway.\n\nNow 64, Lincoln still throws pots every morning.",
    "Runner\n\nIsla Kendal was born in 1990.\n\nToday 34, Kendal runs a club for young athletes.",
    "Bakery profile\n\nTess Preston was born in Hull in 1971 and trained in Lyon.\n\n"
    "Preston, 53, bakes four hundred loaves a day.",
])
def test_age_clean_twins(text):
    assert not _loud(text), text


@pytest.mark.parametrize("venue", ["The Kestrel", "The Lantern", "The Heron"])
def test_a_venue_that_takes_the_is_not_she(venue):
    """She is the chef, not the restaurant the tagger called a person."""
    text = (f"Mara Quill: the cook who made {venue} famous\n\n{venue}'s head chef on mackerel and "
            f"markets\n\nMara Quill moved to Harwick in 2008 to cook at {venue}, a restaurant opened by a "
            f"local couple. In 2015 the owners appointed her head chef.\n\nQuill, who has run {venue}'s "
            f"kitchen as head chef since 2012, now owns a third of it.")
    report = copydesk.check(text, published="2024-06-14")
    loud = [f for f in report.findings if f.code == "CD401"]
    assert loud, venue
    venue_ent = [e for e in report.entities if e.name.endswith(venue.split()[-1])]
    assert venue_ent and all(e.label != "PERSON" for e in venue_ent)


@pytest.mark.parametrize("text, silent", [
    ("Chef\n\nNessa Dorrin moved to Port Avel in 2015.\n\nSaltwater, which she runs with her brother, "
     "sits on the quay. She has lived in Port Avel for twelve years.", False),
    ("Grower\n\nIvan Marlow settled in Dunmere in 2016.\n\nThe Glasshouse, which he opened with a "
     "neighbour, sells tomatoes. He has lived in Dunmere for 15 years.", False),
    ("Chef\n\nNessa Dorrin moved to Port Avel in 2011.\n\nSaltwater, which she runs with her brother, "
     "sits on the quay. She has lived in Port Avel for twelve years.", True),
])
def test_a_relative_clause_does_not_hand_its_noun_the_pronoun(text, silent):
    found = _loud(text, codes=("CD103",))
    assert bool(found) != silent, text


@pytest.mark.parametrize("text", [
    "Tram derails\n\nTwenty-two people suffered injuries when a tram derailed in Oldbridge on Monday.\n\n"
    "The derailment left 26 people injured, the operator said.",
    "Ferry collision\n\nThe ferry collision injured 8 passengers, the coastguard said.\n\n"
    "A total of 11 passengers were treated for injuries after the collision.",
    "Pile-up\n\nSeven drivers sustained injuries in the pile-up on the M6 on Friday.\n\n"
    "Nine drivers were hurt in the pile-up, police said.",
    "Gas blast\n\nThe blast at the Marrow Street flats left 9 dead and 30 injured, fire officials said.\n\n"
    "The explosion injured 34 residents.",
    "Minibus crash\n\nSix people were taken to hospital after a minibus left the road near Kelby.\n\n"
    "Of the eight people taken to hospital, two remained there on Tuesday, the ambulance service said.",
    "Cliff fall\n\nAmbulances took four walkers to hospital after the cliff path gave way.\n\n"
    "Seven walkers were airlifted to hospital after the collapse, the coastguard said.",
])
def test_people_counted_by_what_happened_to_them(text):
    found = _loud(text, codes=("CD405",))
    assert found, text
    assert "say" in found[0].message


@pytest.mark.parametrize("text", [
    "Tram derails\n\nTwenty-two people suffered injuries when a tram derailed in Oldbridge on Monday.\n\n"
    "Four of them were treated for serious injuries in hospital.",
    "Coach overturns\n\nFourteen passengers were hurt when a coach overturned on Sunday.\n\n"
    "The number of injured later rose to 17, police said.",
    # passengers are part of the people hurt: the driver and a cyclist may make up the rest
    "Coach overturns\n\nFourteen passengers were hurt when a coach overturned on Sunday.\n\n"
    "Police said 17 people were injured in the crash.",
    "Minibus crash\n\nSix people were taken to hospital after a minibus left the road.\n\n"
    "Patients were shared between three hospitals in the county.",
])
def test_counting_clean_twins(text):
    assert not _loud(text, codes=("CD405",)), text


@pytest.mark.parametrize("text", [
    "Library to shut\n\nThe Orchard Lane Library will close in March, the library confirmed on Monday.\n\n"
    "A spokesman said on Friday that Orchard Lane Library had not confirmed any plans to close.",
    "Museum cuts\n\nThe Hallam Museum will shut its east wing next year, the museum announced last week.\n\n"
    "In a statement, the Hallam Museum said it had not announced any decision to shut the wing.",
    "Pool\n\nBrindle Leisure Trust will sell the lido, the trust confirmed.\n\n"
    "Brindle Leisure Trust had not confirmed a plan to sell the lido, a spokeswoman said later.",
])
def test_act_confirmed_then_said_not_confirmed(text):
    assert _loud(text, codes=("CD406",)), text


@pytest.mark.parametrize("text", [
    "Library to shut\n\nThe Orchard Lane Library will close in March, the library confirmed on Monday.\n\n"
    "A spokesman said that Orchard Lane Library had not confirmed which staff would move.",
    "Pool\n\nBrindle Leisure Trust will sell the lido, the trust confirmed.\n\n"
    "Brindle Leisure Trust had not confirmed the price, a spokeswoman said.",
])
def test_act_clean_twins(text):
    assert not _loud(text, codes=("CD406",)), text


@pytest.mark.parametrize("text", [
    # a name the tagger filed as an organisation, a person by "who" and by the post taken
    "Firm\n\nNadia Orr took over as chief executive of Pell Foods in 2016.\n\n"
    "Orr, who has led Pell Foods since 2018, plans to retire.",
    "Mill\n\nCallum Brisk took charge as managing director of Arden Mills in 2009.\n\n"
    "Brisk, who became managing director of Arden Mills in 2012, is 58.",
    "Theatre\n\nOona Petch was named artistic director of the Tollbridge Playhouse in 2015.\n\n"
    "Petch, who took over as artistic director of the Tollbridge Playhouse in 2017, opens a new season.",
])
def test_post_started_in_two_years(text):
    assert _loud(text, codes=("CD401",)), text


@pytest.mark.parametrize("text, silent", [
    ("Firm\n\nNadia Orr stepped down as chief executive of Pell Foods in 2020.\n\n"
     "Nadia Orr, chief executive of Pell Foods, said the firm would grow.", False),
    ("Bank\n\nIvan Sorel resigned as chief economist of Hale Bank in 2019.\n\n"
     "Ivan Sorel, chief economist of Hale Bank, said rates would fall.", False),
    ("Firm\n\nNadia Orr stepped down as chief executive of Pell Foods in 2020.\n\n"
     "Nadia Orr, former chief executive of Pell Foods, said the firm would grow.", True),
])
def test_post_in_apposition_after_it_ended(text, silent):
    assert bool(_loud(text, codes=("CD407",))) != silent, text


@pytest.mark.parametrize("text, silent", [
    ("Singer\n\nMaeve Coyle was born in Sligo in 1985.\n\nThe Cork-born singer released her first "
     "album in 2010.", False),
    ("Singer\n\nMaeve Coyle, who was born in Sligo, sang at the festival.\n\nCoyle grew up in Derry, "
     "where she was born, and moved to Dublin at 18.", False),
    ("Painter\n\nJonah Reiss was born in Hamburg in 1950.\n\nThe Leeds-born painter moved to Paris in 1975.",
     False),
    ("Singer\n\nMaeve Coyle was born in Sligo in 1985.\n\nThe Sligo-born singer released her first "
     "album in 2010.", True),
])
def test_birthplace_given_twice(text, silent):
    assert bool(_loud(text, codes=("CD402",))) != silent, text


@pytest.mark.parametrize("text, silent", [
    ("Blaze\n\nThe fire at the depot was caused by an electrical fault.\n\n"
     "Fire officers said they did not yet know what started the blaze.", False),
    ("Blaze\n\nThe fire at the depot may have been caused by an electrical fault.\n\n"
     "Fire officers said they did not yet know what started the blaze.", True),
])
def test_cause_stated_then_not_known(text, silent):
    assert bool(_loud(text, codes=("CD406",))) != silent, text


@pytest.mark.parametrize("text, silent", [
    ("Profile\n\nIlse Varga moved to Leeds last year to open a studio.\n\nVarga, who moved to Leeds in 2016, "
     "now employs six potters.", False),
    ("Chef\n\nOmar Sadiq relocated to Bristol this year.\n\nSadiq relocated to Bristol in 2019 after "
     "selling his first restaurant.", False),
    ("Teacher\n\nLast autumn, Wren Ashdown moved to Carlisle.\n\nAshdown moved to Carlisle in October 2020.",
     False),
    ("Profile\n\nIlse Varga moved to Leeds last year to open a studio.\n\nVarga, who moved to Leeds in 2023, "
     "now employs six potters.", True),
    ("Profile\n\nIlse Varga moved to Leeds last year.\n\nVarga had moved to York in 2016.", True),
])
def test_a_move_dated_relatively_and_absolutely(text, silent):
    assert bool(_loud(text, codes=("CD106",))) != silent, text


@pytest.mark.parametrize("text", [
    "Tax plan\n\nSenator Ada Krane proposed dropping the levy, as promised.\n\n\"She hasn't proposed "
    "anything that would hurt people like her,\" said an economist, Lou Barr.",
    "Budget\n\nThe Pell Group announced a hiring freeze on Monday.\n\nThe Pell Group has not announced "
    "anything about pay, a spokesman said.",
    "Match\n\nCoach Ivo Brandt admitted his side had been poor.\n\nBrandt has never admitted anything "
    "in public about his own tactics.",
])
def test_a_quantified_denial_is_not_a_denial_of_the_act(text):
    assert not _loud(text, codes=("CD406",)), text


@pytest.mark.parametrize("text, silent", [
    ("Baker\n\nHarriet Lowe opened her third bakery last year.\n\nLowe opened her third bakery in 2019, "
     "in Kendal.", False),
    ("Singer\n\nRosa Vell released her debut album this year.\n\nVell released her debut album in 2018 "
     "on a small label.", False),
    ("Golf\n\nLast summer Tom Agar won his first title.\n\nAgar won his first title in July 2017 at "
     "Carnoustie.", False),
    ("Baker\n\nHarriet Lowe opened her third bakery last year.\n\nLowe opened her second bakery in 2019, "
     "in Kendal.", True),
    ("Baker\n\nHarriet Lowe opened her third bakery last year.\n\nLowe opened her third bakery in 2023, "
     "in Kendal.", True),
])
def test_an_act_on_the_nth_thing_happens_once(text, silent):
    assert bool(_loud(text, codes=("CD106",))) != silent, text
