"""Errors in wordings found by reading articles copydesk had never seen (session 9): a bare
"the 61-year-old" continuing the person a passage is about, the dead named as the doer of a
later act, and a chief executive quoted as in post whom the article later calls the former
one. Every text is written for these tests; each group has a clean twin that must stay
silent."""

import pytest

from test_whole_articles import _covers, _loud


# -- "the N-year-old" continues the person the passage is about ---------------------------------

@pytest.mark.parametrize("text,published,age,birth", [
    ("Orchard keeper marks half a century\n\nTobias Wrenfield was born in June 1950 in a cottage "
     "above the river. Wrenfield planted his first apple trees at Hollin Bank in 1974, when the "
     "land was rough grazing, and sells cider to pubs in Ambridge Vale and Castle Ferrow.\n\n"
     "The 61-year-old still walks the rows every morning, although his daughter, Nell, 30, runs "
     "the shop.", "2024-03-02", "The 61-year-old", "born in June 1950"),
    ("Ferry pilot retires\n\nCaptain Ilse Marrack, born in 1961, has taken the Saltings ferry "
     "across the estuary since 1990. Marrack trained in Harwich and Rotterdam before joining the "
     "Kelby Line.\n\nThe 58-year-old will make her last crossing on Friday.", "2025-05-12",
     "The 58-year-old", "born in 1961"),
    ("Bell founder honoured\n\nAmos Pellingham, who was born in March 1948, cast his first bell in "
     "the yard at Stoke Carrow and later supplied towers in Norwich and Lincoln.\n\n"
     "The 70-year-old said the honour belonged to his workers.", "2023-10-10",
     "The 70-year-old", "born in March 1948"),
])
def test_bare_age_continues_the_salient_person(text, published, age, birth):
    found = _loud(text, published, codes={"CD101"})
    assert found and _covers(text, found[0], age, birth)


@pytest.mark.parametrize("text,published", [
    # the right age: silent
    ("Orchard keeper marks half a century\n\nTobias Wrenfield was born in June 1950 in a cottage "
     "above the river. Wrenfield planted his first apple trees at Hollin Bank in 1974 and sells "
     "cider to pubs in Ambridge Vale and Castle Ferrow.\n\nThe 73-year-old still walks the rows "
     "every morning.", "2024-03-02"),
    # two people level in the passage: the age could be either's, so no one's
    ("Court hears of quarrel\n\nDerwent Oake, born in 1960, struck Lionel Brask outside the Plough "
     "in Castle Ferrow, the court heard. Brask told the jury Oake had threatened him.\n\n"
     "The 31-year-old was treated in hospital for a broken jaw.", "2024-03-02"),
])
def test_bare_age_clean_twins(text, published):
    assert not _loud(text, published, codes={"CD101"})


# -- the dead named as the doer of a later act (CD113) ------------------------------------------

@pytest.mark.parametrize("text,published,act,death", [
    ("Artist dies at 88\n\nMargaret Osterley, whose bronze herons stand in a dozen town squares, "
     "died on Sunday. She was 88.\n\nHer husband, the architect Felix Braam, died in 1994.\n\n"
     "In 1998, Osterley and Braam travelled to Lisbon to see her first public commission restored.",
     "2010-05-04", "In 1998, Osterley and Braam travelled to Lisbon", "died in 1994"),
    ("Brewery founder remembered\n\nHenrietta Gaskin founded the Tarrow Brewery with her brother, "
     "Piers Gaskin, who died in March 2001.\n\nPiers Gaskin opened the brewery's second tap room "
     "in 2004, the family said.", "2015-08-20", "Piers Gaskin opened the brewery's second tap room",
     "died in March 2001"),
    ("Choir director dies\n\nElwyn Rhoswen led the Cwm Aran male voice choir for forty years. "
     "Rhoswen died in 2008 after a short illness.\n\nIn 2012 Rhoswen conducted the choir at the "
     "Royal Albert Hall, a concert members still talk about.", "2019-11-01",
     "In 2012 Rhoswen conducted the choir", "died in 2008"),
])
def test_acts_after_death(text, published, act, death):
    found = _loud(text, published, codes={"CD113"})
    assert found and _covers(text, found[0], act, death)


@pytest.mark.parametrize("text,published", [
    # before the death
    ("Artist dies at 88\n\nMargaret Osterley died on Sunday. She was 88.\n\nHer husband, the "
     "architect Felix Braam, died in 1994.\n\nIn 1988, Osterley and Braam travelled to Lisbon.",
     "2010-05-04"),
    # done to the dead, or posthumous
    ("Choir director honoured\n\nElwyn Rhoswen led the Cwm Aran choir for forty years. Rhoswen "
     "died in 2008.\n\nIn 2012 Rhoswen was honoured with a memorial concert, and his posthumous "
     "album appeared in 2013.", "2019-11-01"),
    # an engagement the dead was due to keep, days after the death
    ("Showman dies\n\nIvo Rensby, who ran the Kelby show for 40 years, died on Sunday.\n\nRensby was due to "
     "open the show on Friday, and organisers opened it in his memory.", "2019-05-10"),
    # a pronoun, which may be another person's
    ("Brewery founder remembered\n\nPiers Gaskin, who founded the Tarrow Brewery, died in March "
     "2001. His son took over the firm.\n\nIn 2004 he opened a second tap room.", "2015-08-20"),
])
def test_acts_after_death_clean_twins(text, published):
    assert not _loud(text, published, codes={"CD113"})


# -- a post given as held today and as left years ago (CD407) ---------------------------------

@pytest.mark.parametrize("text,published,current,ended", [
    ("Mill to close\n\nTarrow Textiles said on Tuesday it would close its Kelby mill.\n\n"
     "\"This is a sad day,\" Chief Executive Julia Brennock said in a statement.\n\n"
     "The company's former chief executive, Julia Brennock, who stepped down in 2015, had promised "
     "the mill would stay open.", "2021-06-08", "Chief Executive Julia Brennock",
     "Julia Brennock, who stepped down in 2015"),
    ("Club sells ground\n\nFerrow Rovers will sell Pike Lane, Chairman Desmond Oyelaran said on "
     "Monday.\n\nThe club's former chairman, Desmond Oyelaran, who resigned in 2017, had vowed never "
     "to leave the ground.", "2022-02-14", "Chairman Desmond Oyelaran",
     "Desmond Oyelaran, who resigned in 2017"),
    ("Bank cuts branches\n\nThe Saltings Building Society will shut nine branches, Managing "
     "Director Ruth Kalinski said.\n\nRuth Kalinski, the society's former managing director, who "
     "retired in 2016, had opened most of them.", "2020-09-01", "Managing Director Ruth Kalinski",
     "who retired in 2016"),
])
def test_post_held_and_left(text, published, current, ended):
    found = _loud(text, published, codes={"CD407"})
    assert found and _covers(text, found[0], current, ended)


@pytest.mark.parametrize("text,published", [
    # a new chief executive speaks; the former one is another person
    ("Mill to close\n\nTarrow Textiles said on Tuesday it would close its Kelby mill.\n\n"
     "\"This is a sad day,\" Chief Executive Julia Brennock said in a statement.\n\n"
     "The company's former chief executive, Saul Imrie, who stepped down in 2015, had promised "
     "the mill would stay open.", "2021-06-08"),
    # the statement is from before she stepped down
    ("Mill history\n\n\"We will stay,\" Chief Executive Julia Brennock said in 2012.\n\n"
     "The company's former chief executive, Julia Brennock, who stepped down in 2015, now farms "
     "in Devon.", "2021-06-08"),
])
def test_post_held_and_left_clean_twins(text, published):
    assert not _loud(text, published, codes={"CD407"})


# -- a headline stating what the lede says is not known (CD504) ---------------------------------

@pytest.mark.parametrize("text,display,hedge", [
    ("New drug will halt memory loss\n\nA new drug slowed memory loss in a small trial at the "
     "Kelby Institute, but doctors said it was too early to say whether the drug would halt memory "
     "loss in most patients.\n\nThe trial followed 40 people for a year.",
     "New drug will halt memory loss", "too early to say"),
    ("Seaweed feed ends methane from cattle\n\nSeaweed added to cattle feed cut methane from cows by "
     "a third in trials on two farms, though it remains to be seen whether the feed works over a "
     "whole herd's life.\n\nThe farms are in the Ferrow valley.",
     "Seaweed feed ends methane from cattle", "remains to be seen"),
    ("Robot bees will pollinate orchards\n\nRobot bees built at Saltings University pollinated apple "
     "blossom in a greenhouse, but the engineers said it was not yet known whether the bees could "
     "work in open orchards.\n\nEach robot weighs two grams.",
     "Robot bees will pollinate orchards", "not yet known whether"),
])
def test_headline_states_what_the_lede_says_is_not_known(text, display, hedge):
    found = _loud(text, "2024-05-01", codes={"CD504"})
    assert found and _covers(text, found[0], display, hedge)


@pytest.mark.parametrize("text", [
    # the headline says "could"
    "New drug could halt memory loss\n\nA new drug slowed memory loss in a small trial, but doctors "
    "said it was too early to say whether the drug would halt memory loss in most patients.",
    # the lede's doubt is about something else
    "Robot bees will pollinate orchards\n\nRobot bees built at Saltings University will pollinate "
    "orchards in the Ferrow valley from next spring, the engineers said. It remains to be seen "
    "whether the university will sell them abroad.",
])
def test_headline_not_known_clean_twins(text):
    assert not _loud(text, "2024-05-01", codes={"CD504"})


# -- one person, two posts held one at a time (CD408) ---------------------------------------------

@pytest.mark.parametrize("text,published,one,two", [
    ("Fun run raises $90,000\n\n1. Deputy Mayor Lena Thorsby fires the starting gun on Quay Road.\n\n"
     "2. Runners cross the Kelby bridge.\n\n3. Mayor Lena Thorsby presents the trophies in Ferrow Park.",
     "2019-04-08", "Deputy Mayor Lena Thorsby", "Mayor Lena Thorsby"),
    ("Tarrow Pumps to cut 300 jobs\n\nTarrow Pumps said on Thursday it would cut 300 jobs.\n\n"
     "\"We have to act now,\" chief executive Magnus Ekdahl told reporters.\n\nThe company's finance "
     "director, Magnus Ekdahl, said the charges would be booked in the second quarter.",
     "2021-04-29", "chief executive Magnus Ekdahl", "finance director, Magnus Ekdahl"),
    ("Saltings Bank results\n\nSaltings Bank's profit rose 4 percent, Chief Operating Officer Julia "
     "Pirelli said on Monday.\n\nJulia Pirelli, the bank's chief financial officer, said costs were "
     "flat.", "2022-02-14", "Chief Operating Officer Julia", "chief financial officer"),
])
def test_two_posts_for_one_person(text, published, one, two):
    found = _loud(text, published, codes={"CD408"})
    assert found and _covers(text, found[0], one, two)


@pytest.mark.parametrize("text,published", [
    # chairman and chief executive: one person's pair of posts
    ("Tarrow Pumps to cut 300 jobs\n\n\"We have to act now,\" chief executive Magnus Ekdahl told "
     "reporters.\n\nThe company's chairman, Magnus Ekdahl, said the board backed the plan.", "2021-04-29"),
    # two people
    ("Fun run raises $90,000\n\n1. Deputy Mayor Lena Thorsby fires the starting gun.\n\n"
     "2. Mayor Ruth Abara presents the trophies in Ferrow Park.", "2019-04-08"),
    # the lesser post in another year
    ("Mayor opens pool\n\nIn 2009, as deputy mayor Lena Thorsby campaigned for a pool.\n\n"
     "Mayor Lena Thorsby opened the Ferrow pool on Saturday.", "2019-04-08"),
])
def test_two_posts_clean_twins(text, published):
    assert not _loud(text, published, codes={"CD408"})


# -- a survivor the article reports dead (CD114) ---------------------------------------------------

@pytest.mark.parametrize("text,published,dead,listed", [
    ("Colm Reddy, who has died aged 88, built the Kelby estuary bridge.\n\nHis wife, Nuala, a nurse "
     "he met in 1958, died in 2009.\n\nHe is survived by Nuala, their two sons and six grandchildren.\n\n"
     "Colm Reddy, engineer, born 11 October 1932; died 19 February 2021", "2021-03-04",
     "His wife, Nuala, a nurse he met in 1958, died in 2009", "He is survived by Nuala"),
    ("Ada Pellow, the Ferrow potter, died on 3 May 2018 at her home. She was 90.\n\nHer husband, the "
     "painter Tom Pellow, died in 1999.\n\nShe leaves her husband, Tom Pellow, and a daughter, Jo.",
     "2018-05-10", "Her husband, the painter Tom Pellow, died in 1999", "She leaves her husband, Tom Pellow"),
    ("Farmer Ivo Brandt died on Friday, his family said. He was 79.\n\nHis brother, Karl Brandt, died "
     "in 2011 after a fall on the farm.\n\nHe is survived by his wife, Greta, and his brother, Karl "
     "Brandt.", "2020-06-15", "His brother, Karl Brandt, died in 2011",
     "survived by his wife, Greta, and his brother, Karl Brandt"),
])
def test_dead_survivor(text, published, dead, listed):
    found = _loud(text, published, codes={"CD114"})
    assert found and _covers(text, found[0], dead, listed)


@pytest.mark.parametrize("text,published", [
    # the survivor died after him, as the article says
    ("Colm Reddy died on 19 February 2019, aged 86.\n\nHis wife, Nuala, died in 2020.\n\nHe was "
     "survived by Nuala and their two sons.", "2021-03-04"),
    # the dead brother is not on the list
    ("Farmer Ivo Brandt died on Friday, his family said. He was 79.\n\nHis brother, Karl Brandt, died "
     "in 2011.\n\nBrandt is survived by his wife, Greta, and his sister, Anke Brandt.", "2020-06-15"),
])
def test_dead_survivor_clean_twins(text, published):
    assert not _loud(text, published, codes={"CD114"})


# -- a tenure named by the worker's noun, begun by the work's ("a farmer for 40 years") ----------

@pytest.mark.parametrize("text,published,stated,start", [
    ("Dairy closes\n\nAda Lind took over the farm at Kelby Moor in 1995. Lind has been a farmer for "
     "40 years and says she will miss the cows.", "2020-05-01", "a farmer for 40 years",
     "took over the farm at Kelby Moor in 1995"),
    ("Pit memories\n\nJoss Pelham went into the mines in 1990, straight from school. Pelham has "
     "been a miner for 45 years, and now leads tours underground.", "2021-09-10",
     "a miner for 45 years", "went into the mines in 1990"),
    ("Last harvest\n\nKit Farrow went into farming in 1999 after a spell in the navy. Farrow, who "
     "has been a farmer for 35 years, sold the herd on Friday.", "2022-07-15", "a farmer for 35 years",
     "went into farming in 1999"),
])
def test_tenure_by_the_workers_noun(text, published, stated, start):
    found = _loud(text, published, codes={"CD103"})
    assert found and _covers(text, found[0], stated, start)


@pytest.mark.parametrize("text,published", [
    ("Dairy closes\n\nAda Lind took over the farm at Kelby Moor in 1995. Lind has been a farmer for "
     "25 years and says she will miss the cows.", "2020-05-01"),
    ("Pit memories\n\nJoss Pelham went into the mines in 1990, straight from school. Pelham has "
     "been a miner for 31 years.", "2021-09-10"),
])
def test_tenure_by_the_workers_noun_clean_twins(text, published):
    assert not _loud(text, published, codes={"CD103"})


# -- "next Thursday, June 9" already past (CD109) ----------------------------------------------------

@pytest.mark.parametrize("text,published,date_words", [
    ("Rates hearing set\n\nThe board will hear objections at a public hearing next Thursday, June 9, "
     "at 7:30 p.m. in the Village Hall.", "1983-06-14", "next Thursday, June 9"),
    ("Gala returns\n\nThe Ferrow gala, cancelled last year, returns this coming Saturday, 3 May, with "
     "a parade on Quay Road.", "2025-05-06", "this coming Saturday, 3 May"),
    ("Bridge reopens\n\nThe Kelby bridge reopened to traffic last Friday, Oct. 24, after six weeks of "
     "repairs, the county said on Monday.", "2025-10-20", "last Friday, Oct. 24"),
])
def test_next_or_last_on_the_wrong_side(text, published, date_words):
    found = _loud(text, published, codes={"CD109"})
    assert found and _covers(text, found[0], date_words)


@pytest.mark.parametrize("text,published", [
    ("Rates hearing set\n\nThe board will hear objections at a public hearing next Thursday, June 16, "
     "at 7:30 p.m.", "1983-06-14"),
    ("Bridge reopens\n\nThe Kelby bridge reopened to traffic last Friday, Oct. 17, after six weeks of "
     "repairs.", "2025-10-20"),
    # a speaker's "next", counted from the day the words were said
    ("Hearing recalled\n\n\"We will hear objections next Thursday, June 9,\" the clerk told the "
     "board in May.", "1983-06-14"),
])
def test_next_or_last_clean_twins(text, published):
    assert not _loud(text, published, codes={"CD109"})


# -- a short quoted line pasted twice with its attribution (CD202) ------------------------------------

@pytest.mark.parametrize("text", [
    "Fire live\n\n12.55pm - The mayor spoke at the hall.\n\n\"We have lost at least 14 homes on Ridge "
    "Road and Mill Lane,\" she said. \"Some families have nothing left.\"\n\n\"We have lost at least 14 "
    "homes on Ridge Road and Mill Lane,\" she said.",
    "Flood update\n\nThe river peaked overnight.\n\n\"The water came up faster than in 2007,\" said farmer "
    "Ed Quist. \"We moved the sheep at midnight.\"\n\nThe council opened a rest centre.\n\n\"The water came "
    "up faster than in 2007,\" said farmer Ed Quist.",
    "Mill closes\n\nWorkers left the Kelby mill for the last time.\n\n\"Forty years of looms just gone "
    "quiet,\" Ada Pike told reporters. She had worked there since 1985.\n\n\"Forty years of looms just gone "
    "quiet,\" Ada Pike told reporters.",
])
def test_short_quote_pasted_with_its_attribution(text):
    found = _loud(text, "2025-01-10", codes={"CD202"})
    assert found


@pytest.mark.parametrize("text", [
    # a pull quote: the words again without the attribution
    "Mill closes\n\n\"Forty years of looms just gone quiet.\"\n\nWorkers left the Kelby mill for the last "
    "time. \"Forty years of looms just gone quiet,\" Ada Pike told reporters.",
    # the same attribution, different words
    "Flood update\n\n\"The water came up fast,\" said farmer Ed Quist.\n\n\"We moved the sheep at "
    "midnight,\" said farmer Ed Quist.",
])
def test_short_quote_clean_twins(text):
    assert not _loud(text, "2025-01-10", codes={"CD202"})


# -- one honour or one opening dated twice (CD401, CD404) ---------------------------------------------

@pytest.mark.parametrize("text,published,one,two", [
    ("Bridge engineer dies\n\nIvo Rensby built the Kelby viaduct. He was appointed OBE in 1998 for services "
     "to engineering.\n\nWhen he was made an OBE in 2001, he spent his time at the palace talking about "
     "rust.", "2021-03-04", "appointed OBE in 1998", "made an OBE in 2001"),
    ("Nurse honoured\n\nMatron Ada Quell, who was appointed MBE in 2009, retired on Friday.\n\nQuell, who "
     "received the MBE in 2011, said she would keep volunteering.", "2019-06-01",
     "appointed MBE in 2009", "received the MBE in 2011"),
    ("Library history\n\nThe Ferrow library was dedicated in 1927 by the mayor.\n\nThe library, which has "
     "served the town since its 1929 dedication, closes on Friday.", "2020-01-01",
     "dedicated in 1927", "1929 dedication"),
    ("Institute marks anniversary\n\nThe Kelby Institute was founded in 1971 by three doctors.\n\nIt has "
     "trained nurses since its 1974 founding, the director said.", "2020-01-01",
     "founded in 1971", "1974 founding"),
])
def test_once_dated_twice(text, published, one, two):
    found = _loud(text, published, codes={"CD401", "CD404"})
    assert found and _covers(text, found[0], one, two)


@pytest.mark.parametrize("text,published", [
    # two grades are two honours
    ("Nurse honoured\n\nMatron Ada Quell, who was appointed MBE in 2009, was made an OBE in 2018.",
     "2019-06-01"),
    # the same year both times
    ("Library history\n\nThe Ferrow library was dedicated in 1927.\n\nThe library, which has served the "
     "town since its 1927 dedication, closes on Friday.", "2020-01-01"),
])
def test_once_dated_twice_clean_twins(text, published):
    assert not _loud(text, published, codes={"CD401", "CD404"})


# -- a later round dated before an earlier one (CD115) -------------------------------------------------

@pytest.mark.parametrize("text,published,early,late", [
    ("Kelby 22 Ferrow 16\n\nKelby, beaten by Ferrow in the major semi-final on September 15, earned a "
     "second chance and took it, thrashing Saltings 30-12 in the preliminary final on September 8.\n\n"
     "Kelby won the grand final at Quay Park yesterday.", "2007-09-30",
     "semi-final on September 15", "preliminary final on September 8"),
    ("Cup run ends\n\nTarrow Athletic reached the last eight with a 2-0 win in the fifth round on 14 "
     "February.\n\nThey went out 3-1 in the quarter-final on 7 February, ending their best run since "
     "1988.", "2024-03-01", "fifth round on 14 February", "quarter-final on 7 February"),
    ("Netball\n\nThe Ferrow Flyers beat the Kelby Kites in the semi-final on Saturday, May 10.\n\nThe "
     "Flyers lost the grand final on Saturday, May 3, to the Saltings Swifts.", "2025-05-20",
     "semi-final on Saturday, May 10", "grand final on Saturday, May 3"),
])
def test_rounds_out_of_order(text, published, early, late):
    found = _loud(text, published, codes={"CD115"})
    assert found and _covers(text, found[0], early, late)


@pytest.mark.parametrize("text,published", [
    ("Kelby 22 Ferrow 16\n\nKelby, beaten by Ferrow in the major semi-final on September 8, earned a "
     "second chance, thrashing Saltings in the preliminary final on September 15.", "2007-09-30"),
    # a major and a minor semi-final: one week's games, either order
    ("Finals\n\nFerrow won the minor semi-final on September 9 and Kelby the major semi-final on "
     "September 8.", "2007-09-30"),
])
def test_rounds_clean_twins(text, published):
    assert not _loud(text, published, codes={"CD115"})


# -- one person, two homes (CD402) -----------------------------------------------------------------

@pytest.mark.parametrize("text,one,two", [
    ("Baker opens shop\n\nTessa Marling, of Ashby Vale, opened Marling's Bakehouse on Saturday in the old "
     "bank on Quay Street.\n\nMarling, 47, spent 14 years as a pastry chef. \"I always wanted my own "
     "ovens,\" she said.\n\nThe Kelby resident said she had saved for a decade.", "of Ashby Vale",
     "The Kelby resident"),
    ("Man charged\n\nDale Orrin, 45, of Pike Falls, was charged on Monday with burglary at a shop in "
     "Ferrow.\n\nOrrin, a Millbrook resident, was released on bail.", "of Pike Falls", "a Millbrook resident"),
    ("Allotment prize\n\nRuth Iles, of Castle Ferrow, won the county marrow prize for the third time.\n\n"
     "The Saltings resident grows her marrows under glass.", "of Castle Ferrow", "The Saltings resident"),
])
def test_two_homes(text, one, two):
    found = _loud(text, "2024-08-12", codes={"CD402"})
    assert found and _covers(text, found[0], one, two)


@pytest.mark.parametrize("text", [
    # the same place both times
    "Allotment prize\n\nRuth Iles, of Castle Ferrow, won the marrow prize.\n\nThe Castle Ferrow resident "
    "grows her marrows under glass.",
    # an affiliation, not a home
    "Study published\n\nDr Ann Lee, of the University of Kelby, led the study.\n\nThe Saltings resident "
    "said the results surprised her.",
    # two people
    "Man charged\n\nDale Orrin, 45, of Pike Falls, was charged with burglary.\n\nHis neighbour, Sam Ives, a "
    "Millbrook resident, called the police.",
])
def test_two_homes_clean_twins(text):
    assert not _loud(text, "2024-08-12", codes={"CD402"})


# -- one shop known by its name and by its street, opened twice (CD404) ---------------------------------

@pytest.mark.parametrize("text,one,two", [
    ("Hardware store marks 35 years\n\nWalt Ames opened the first Ames Hardware on Tannery Street in 1952 "
     "with $3,000 borrowed from his father-in-law.\n\nIn the 31 years since he opened the Tannery Street "
     "store in 1956, he has taken one week's vacation -- \"and I called in every day,\" he said.",
     "opened the first Ames Hardware on Tannery Street in 1952", "opened the Tannery Street store in 1956"),
    ("Bakery closes\n\nNell Parry opened Parry's Bakery on Mill Lane in 1979.\n\nCustomers have queued at "
     "the Mill Lane shop since it opened in 1981.", "opened Parry's Bakery on Mill Lane in 1979",
     "since it opened in 1981"),
    ("Cafe sold\n\nThe Quay Road cafe opened in 1990, its founder said.\n\nTom Iles opened Iles's Cafe on "
     "Quay Road in 1994 with one espresso machine.", "The Quay Road cafe opened in 1990",
     "opened Iles's Cafe on Quay Road in 1994"),
])
def test_shop_by_name_and_street(text, one, two):
    found = _loud(text, "1987-11-03", codes={"CD404"})
    assert found and _covers(text, found[0], one, two)


@pytest.mark.parametrize("text", [
    # two shops on one street
    "High street\n\nNell Parry opened Parry's Bakery on Mill Lane in 1979.\n\nHer brother opened a butcher's "
    "shop on Mill Lane in 1981.",
    # the same year both times
    "Bakery closes\n\nNell Parry opened Parry's Bakery on Mill Lane in 1979.\n\nCustomers have queued at the "
    "Mill Lane shop since it opened in 1979.",
])
def test_shop_by_name_and_street_clean_twins(text):
    assert not _loud(text, "1987-11-03", codes={"CD404"})


# -- an anniversary this year against the founding year (CD404) -----------------------------------------

@pytest.mark.parametrize("text,published,anniversary,founding", [
    ("Choir sings on\n\nThe Kelby Choir was founded in 1971 by a miner and a schoolteacher.\n\nThis year the "
     "choir celebrates its 40th anniversary with a concert in the Quay Hall.", "2015-03-02",
     "the choir celebrates its 40th anniversary", "founded in 1971"),
    ("Food bank grows\n\nAda Quist founded the Ferrow Food Bank in 2009 with three shelves.\n\nThe food bank "
     "marks its tenth anniversary this year, and now feeds 400 families.", "2021-06-01",
     "The food bank marks its tenth anniversary", "founded the Ferrow Food Bank in 2009"),
    ("Lifeboat history\n\nThe Saltings lifeboat station was founded in 1890.\n\nThis year is the station's "
     "centenary, and the crew will sail to Kelby.", "1995-04-04", "is the station's centenary",
     "founded in 1890"),
])
def test_anniversary_against_founding(text, published, anniversary, founding):
    found = _loud(text, published, codes={"CD404"})
    assert found and _covers(text, found[0], anniversary, founding)


@pytest.mark.parametrize("text,published", [
    ("Choir sings on\n\nThe Kelby Choir was founded in 1971.\n\nThis year the choir celebrates its 44th "
     "anniversary.", "2015-03-02"),
    # a past anniversary with its own year
    ("Choir sings on\n\nThe Kelby Choir was founded in 1971.\n\nIn 2011 the choir celebrated its 40th "
     "anniversary with a tour.", "2015-03-02"),
    # two foundings: which one counts is not sure
    ("Choir sings on\n\nThe Kelby Choir was founded in 1971. Its sister band was founded in 1965.\n\nThis year "
     "the choir celebrates its 50th anniversary.", "2015-03-02"),
])
def test_anniversary_clean_twins(text, published):
    assert not _loud(text, published, codes={"CD404"})


# -- a quotation and an "As X used to say," saying given to another person (CD703) -----------------------

@pytest.mark.parametrize("text", [
    "'A lifetime of Saturdays'\n\nAt 63, Stan Orme is retiring. His first chairman, Alf Tunney, once said "
    "that Orme 'could talk a cat off a fishmonger's cart'.\n\nWhat were you known for?\n\nGoing on a bit. As "
    "my old captain Ned Rourke used to say, I could talk a cat off a fishmonger's cart.",
    "Teacher retires\n\nHead teacher Iris Vane said on Friday: \"Children remember kindness long after they "
    "forget fractions.\"\n\nAs her predecessor, Tom Keble, liked to say, children remember kindness long after "
    "they forget fractions.",
    "Coach departs\n\n\"You win nothing standing still on a cold pitch,\" said coach Dan Ferris.\n\nAs the club's "
    "founder Joe Marrick put it, you win nothing standing still on a cold pitch.",
])
def test_saying_given_to_two(text):
    found = _loud(text, "2024-05-01", codes={"CD703"})
    assert found


@pytest.mark.parametrize("text", [
    # the same person both times
    "Coach departs\n\n\"You win nothing standing still on a cold pitch,\" said coach Dan Ferris.\n\nAs Ferris "
    "put it, you win nothing standing still on a cold pitch.",
    # different words
    "Coach departs\n\n\"You win nothing standing still on a cold pitch,\" said coach Dan Ferris.\n\nAs the club's "
    "founder Joe Marrick put it, football is a simple game made hard by committees.",
])
def test_saying_given_to_two_clean_twins(text):
    assert not _loud(text, "2024-05-01", codes={"CD703"})


# -- one person, two officer posts of one body (CD408) ----------------------------------------------------

@pytest.mark.parametrize("text,one,two", [
    ("Show breaks record\n\nShow board president Ada Lind said 41,300 people came this year, up from 38,900 "
     "last year.\n\nThe sheep pens were full.\n\nBoard treasurer Ada Lind said the show would end the year "
     "with a surplus.", "Show board president Ada Lind", "Board treasurer Ada Lind"),
    ("Club AGM\n\nThe Ferrow Rowing Club's secretary, Tom Iles, said membership had doubled.\n\nA new boathouse "
     "opens in May.\n\nThe Ferrow Rowing Club's treasurer, Tom Iles, said the roof would cost £40,000.",
     "The Ferrow Rowing Club's secretary, Tom Iles", "The Ferrow Rowing Club's treasurer, Tom Iles"),
    ("Allotments saved\n\nKelby Allotment Society chairwoman Rita Oyelowo welcomed the vote.\n\nKelby Allotment "
     "Society vice-chair Rita Oyelowo said the plots would reopen in spring.",
     "Kelby Allotment Society chairwoman Rita Oyelowo", "Kelby Allotment Society vice-chair Rita Oyelowo"),
])
def test_two_officer_posts(text, one, two):
    found = _loud(text, "2018-08-16", codes={"CD408"})
    assert found and _covers(text, found[0], one, two)


@pytest.mark.parametrize("text", [
    # two people
    "Show breaks record\n\nShow board president Ada Lind said 41,300 people came.\n\nBoard treasurer Sam Ives "
    "said the show would end the year with a surplus.",
    # the president is the chair
    "Club AGM\n\nThe Ferrow Rowing Club's president, Tom Iles, said membership had doubled.\n\nThe Ferrow "
    "Rowing Club's chairman, Tom Iles, said the roof would cost £40,000.",
])
def test_two_officer_posts_clean_twins(text):
    assert not _loud(text, "2018-08-16", codes={"CD408"})


def test_rounds_of_two_editions_are_not_compared():
    text = ("Cup holders out\n\nFerrow, who won the final on 2 June 2019, lost the semi-final on 20 May 2024 "
            "to Kelby.")
    assert not _loud(text, "2024-05-21", codes={"CD115"})


# -- a change this period against an earlier period's (no CD405) --------------------------------------

@pytest.mark.parametrize("text", [
    "Tarne Foods results\n\nTarne Foods said quarterly sales rose 8 percent, helped by cold weather.\n\n"
    "Quarterly sales rose 11 percent in the same quarter last year, the company said.",
    "Kelby Mills results\n\nKelby Mills said profit jumped 14 percent on strong wool prices.\n\nProfit jumped "
    "20 percent in 2022, when prices peaked.",
    "Ferrow Bus figures\n\nPassenger numbers rose 6 percent, Ferrow Bus said on Monday.\n\nPassenger numbers "
    "rose 9 percent a year earlier, in the fourth quarter of 2023.",
])
def test_an_earlier_periods_change_is_another_figure(text):
    assert not _loud(text, "2024-10-20", codes={"CD405"})


def test_the_same_periods_change_twice_still_fires():
    text = ("Tarne Foods results\n\nTarne Foods said quarterly sales rose 8 percent, helped by cold weather.\n\n"
            "Quarterly sales rose 11 percent in the third quarter, the company said.")
    assert _loud(text, "2024-10-20", codes={"CD405"})
