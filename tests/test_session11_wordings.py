"""Errors in wordings found by reading articles copydesk had never seen (session 11). Every
text is written for these tests; each group has a clean twin that must stay silent."""

import pytest

import copydesk
from test_whole_articles import _covers, _loud


# -- a relative named beside a kin noun is a person, even with a given name the tagger never saw ---

@pytest.mark.parametrize("text,published,name", [
    ("Dorran Vask, 81, died on Sunday at his home in Pellow.\n\nHis wife, Ilse, died in 2011. "
     "He is survived by his wife, Ilse, two sons and a daughter.", "2019-06-12", "Ilse"),
    ("Oriel Penhale, a weaver for sixty years, died on Friday, aged 88.\n\nHer husband, Teodric "
     "Penhale, died in 2004. She leaves her husband, Teodric Penhale, and three grandchildren.",
     "2016-09-20", "Teodric Penhale"),
    ("Bram Issendorf died in hospital on Tuesday. He was 77.\n\nA son, Jorvik, died in a climbing "
     "accident in 1999.\n\nIssendorf is survived by his second wife, Annike, and a son, Jorvik.",
     "2012-03-08", "Jorvik"),
])
def test_survivor_named_only_beside_kin_noun_dead_earlier(text, published, name):
    found = _loud(text, published, codes={"CD114"})
    assert found and name in found[0].message
    report = copydesk.check(text, published=published)
    assert any(e.label == "PERSON" and e.name == name for e in report.entities)


def test_relative_with_family_surname_is_not_the_subject():
    text = ("Dorran Vask, 81, died on Sunday at his home in Pellow.\n\nHis wife, Ilse Vask, died in "
            "2011. He is survived by two sons.")
    report = copydesk.check(text, published="2019-06-12")
    assert not _loud(text, "2019-06-12", codes={"CD402"})
    assert any(e.name == "Ilse Vask" for e in report.entities)


def test_kin_survivor_twin_still_alive_is_silent():
    text = ("Dorran Vask, 81, died on Sunday at his home in Pellow.\n\nHis brother, Tobin, died in "
            "2011. He is survived by his wife, Ilse, two sons and a daughter.")
    assert not _loud(text, "2019-06-12", codes={"CD114"})


# -- "preceded in death by" and "predeceased": a survivor the obituary says died first -----------

@pytest.mark.parametrize("text,name", [
    ("Dorran Vask, 81, died on Sunday at his home in Pellow.\n\nVask was preceded in death by his "
     "wife, Ilse, and a brother, Tobin. He is survived by his wife, Ilse, two sons and a daughter.",
     "Ilse"),
    ("Dorran Vask, 81, died on Sunday at his home in Pellow.\n\nHis brother Tobin Vask predeceased "
     "him. He leaves his sister, Marit Vask, and his brother, Tobin Vask.", "Tobin Vask"),
    ("Dorran Vask, 81, died on Sunday at his home in Pellow.\n\nHe was predeceased by a daughter, "
     "Liv. He is survived by two sons, Aron and Peder, and a daughter, Liv.", "Liv"),
])
def test_survivor_said_to_have_predeceased(text, name):
    found = _loud(text, "2019-06-12", codes={"CD114"})
    assert found and name in found[0].message
    assert _covers(text, found[0], "survived" if "survived" in text else "leaves", "predeceased"
                   if "predeceased" in text else "preceded in death")


def test_predeceased_twin_names_other_survivors_is_silent():
    text = ("Dorran Vask, 81, died on Sunday at his home in Pellow.\n\nHe was predeceased by his "
            "wife, Ilse. He is survived by two sons, Aron and Peder, and a daughter, Liv.")
    assert not _loud(text, "2019-06-12", codes={"CD114"})


# -- CD120: acts that come in one order, told in the other --------------------------------------

@pytest.mark.parametrize("text,a,b", [
    ("Dorran Vask, 81, died on Sunday. He married Ilse Marten in 1962. Vask met his wife at a "
     "dance in 1965.", "met his wife", "married Ilse Marten"),
    ("Dorran Vask, 81, died on Sunday. Vask and Ilse Marten met at a dance in 1965. Vask married "
     "Ilse Marten in 1962.", "met at a dance", "married Ilse Marten"),
    ("Oriel Penn divorced Tam Penn in 1987. Oriel Penn married Tam Penn in 1990.",
     "divorced Tam Penn", "married Tam Penn"),
    ("Hal Brant joined the Wexcombe fire service in 1988 and retired in 1985 after a back "
     "injury.", "joined the Wexcombe", "retired in 1985"),
    ("Sefa Trell enlisted in the Royal Pellow Rifles in 1979. Trell, who retired from the Royal "
     "Pellow Rifles in 1975 as a major, now breeds ponies.", "enlisted", "retired from"),
    ("Kenna Obst was hired by the Dunhaven Gazette in 2004 and retired in 2001.", "hired", "retired"),
    ("Pim Arwel was convicted of arson in March 2018. He had been sentenced in January 2018 to "
     "four years.", "convicted", "sentenced"),
])
def test_acts_out_of_order(text, a, b):
    found = _loud(text, "2019-06-12", codes={"CD120"})
    assert found and _covers(text, found[0], a, b)


@pytest.mark.parametrize("text", [
    # the right order
    "Dorran Vask, 81, died on Sunday. Vask and Ilse Marten met at a dance in 1959. Vask married "
    "Ilse Marten in 1962.",
    # a second marriage after a divorce
    "Ros Varga divorced in 1969 and married Tobin Lisle in 1971.",
    # retired from one service, joined another body later
    "Sefa Trell enlisted in the Royal Pellow Rifles in 1979. Trell, who retired from the Dunhaven "
    "Police in 1975 as a sergeant, now breeds ponies.",
    "Kenna Obst retired from teaching in 2001. She joined the Dunhaven choir in 2004.",
    # two convictions, one sentence: which one it follows is not told
    "Pim Arwel was convicted of arson in 2015 and convicted of theft in 2019. He was sentenced "
    "in 2017 to two years.",
    # met again after the divorce
    "Oriel Penn married Tam Penn in 1970 and divorced him in 1980. They met again in 1975 in Pellow.",
])
def test_acts_in_order_or_unlinked_are_silent(text):
    assert not _loud(text, "2019-06-12", codes={"CD120"})


# -- a weekday and a date within weeks of publication are of the publication's year ----------------

@pytest.mark.parametrize("text,published", [
    ("The union had asked for a meeting with company officials on Thursday, March 13, to discuss "
     "severance pay.", "1987-03-11"),
    ("Trustees met on Monday, June 4, and voted to sell the hall.", "2019-06-12"),
    ("The hearing, which had been set for Friday, 3 October, was put back a week.", "2020-09-20"),
])
def test_weekday_near_publication_read_in_its_year(text, published):
    assert _loud(text, published, codes={"CD109"})


def test_weekday_near_publication_that_fits_is_silent():
    assert not _loud("The union had asked for a meeting with company officials on Friday, March 13, "
                     "to discuss severance pay.", "1987-03-11", codes={"CD109"})


# -- a speaker after a closing mark is the speech verb's subject, not the quotation's last noun --

@pytest.mark.parametrize("text,speaker", [
    ('"The move will lift margins for the rest of this financial," chief financial officer Teo '
     'Brand said.', "Teo Brand"),
    ('"Every dollar of it went to the regional," chief executive Mara Vell said.', "Mara Vell"),
    ('"The water was up to the top of the local," fire chief Dale Orrin told reporters.',
     "Dale Orrin"),
])
def test_speaker_glued_to_quotation_is_the_speaker(text, speaker):
    report = copydesk.check(text, published="2019-06-12")
    q = next(q for q in report.quotes if q.kind == "direct")
    assert q.speaker is not None and speaker in q.speaker.text
    assert '"' not in q.speaker.text
    assert text[q.start:q.end].rstrip(",").endswith(("financial", "regional", "local"))


def test_speaker_already_parsed_is_kept():
    text = '"We will appeal the ruling of the tribunal," union president Rita Kemp told reporters.'
    report = copydesk.check(text, published="2019-06-12")
    q = next(q for q in report.quotes if q.kind == "direct")
    assert q.speaker is not None and "Rita Kemp" in q.speaker.text


def test_two_posts_with_glued_speaker_found():
    text = ("Velora Pumps profit rises\n\n\"The monsoon was normal across our markets,\" chief "
            "financial officer Arun Pathare told reporters.\n\nMr Pathare said copper prices had "
            "eased.\n\n\"We expect the new plant to be commissioned by the third quarter of this "
            "fiscal,\" chief operating officer Arun Pathare said.")
    found = _loud(text, "2012-05-08", codes={"CD408"})
    assert found and _covers(text, found[0], "financial officer Arun", "operating officer Arun")
    assert not any('"' in e.text for e in found[0].evidence)


# -- an unclosed quotation with its speaker's tag inside shows where it was meant to close --------

@pytest.mark.parametrize("text,tag", [
    ('"We intend to keep building furniture here as long as there are people who know how to build '
     'it, Harlan Voss said. He added that the plant would be modernised.', "Harlan Voss said"),
    ('"Nobody told us a thing about the closure, said Mara Vell, who has run the shop since 1990.',
     "said Mara Vell"),
    ('“It has been a long road, and we are tired, the union’s regional secretary told reporters.',
     "regional secretary told"),
])
def test_unclosed_quotation_points_at_speaker_tag(text, tag):
    found = _loud(text, "2019-06-12", codes={"CD701"})
    assert found and tag in found[0].message and _covers(text, found[0], tag)


def test_unclosed_quotation_without_tag_keeps_plain_message():
    text = '"Mara Vell, the owner, told us nothing. Nobody did.'
    found = _loud(text, "2019-06-12", codes={"CD701"})
    assert found and "seems to end" not in found[0].message


def test_acts_out_of_order_post_in_same_paragraph():
    text = ("Harlan Voss, a native of Toledo, joined Keller-Brand in 1971 as a regional sales manager. He "
            "moved to the head office as vice president for sales and was named president in 1968.")
    found = _loud(text, "1975-04-09", codes={"CD120"})
    assert found and _covers(text, found[0], "joined Keller-Brand", "named president")
    twin = text.replace("in 1968", "in 1974")
    assert not _loud(twin, "1975-04-09", codes={"CD120"})
    other = ("Harlan Voss joined Keller-Brand in 1971 as a regional sales manager.\n\nIn 1968 he was named "
             "president of the Toledo Rotary Club.")
    assert not _loud(other, "1975-04-09", codes={"CD120"})


# -- "her arrest" is the one arrest: its mentions are one event whatever each date's precision ----

@pytest.mark.parametrize("text,published,a,b", [
    ("Dela Whitcroft, 46, denies six charges of theft relating to her time at the Quay Street branch, "
     "where she worked from 1986 until her arrest in March 1993.\n\nDetective Constable Ivo Trent "
     "told the court he arrested Mrs Whitcroft at her home on 9 November 1993.", "1994-05-19",
     "arrest in March 1993", "9 November 1993"),
    ("Teller Odo Prane was suspended after his arrest in June 2017.\n\nPolice arrested Prane on 2 "
     "February 2017 at the bank, the court heard.", "2018-01-10", "June 2017", "2 February 2017"),
    ("Since her arrest in October 2020, Mira Coell has been held at Elmstead jail.\n\nOfficers "
     "arrested Coell at Dunhaven airport on 14 April 2020, the prosecutor said.", "2021-03-03",
     "October 2020", "14 April 2020"),
])
def test_owned_arrest_dated_two_ways(text, published, a, b):
    found = _loud(text, published, codes={"CD404"})
    assert found and _covers(text, found[0], a, b)


def test_owned_arrest_dated_alike_is_silent():
    text = ("Teller Odo Prane was suspended after his arrest in February 2017.\n\nPolice arrested "
            "Prane on 2 February 2017 at the bank, the court heard.")
    assert not _loud(text, "2018-01-10", codes={"CD404"})


# -- a headline's wrongdoing the body gives only as charges --------------------------------------

@pytest.mark.parametrize("text", [
    "Cashier stole £38,000 from elderly savers\n\nA cashier took money from elderly customers, the "
    "jury was told.\n\nThe eight theft charges relate to eight of those customers.",
    "Coach abused young swimmers\n\nThe former coach appeared in court on Monday.\n\nThe four "
    "abuse charges date from his years at the Pellow club.",
    "Builder defrauded pensioners\n\nA builder appeared before magistrates on Tuesday.\n\nHe faces "
    "three counts of fraud relating to roofing work in Kelby.",
])
def test_headline_wrongdoing_body_only_charges(text):
    assert _loud(text, "1994-05-19", codes={"CD501", "CD502"})


def test_headline_wrongdoing_body_convicted_is_silent():
    text = ("Cashier stole £38,000 from elderly savers\n\nA cashier was convicted on Monday of "
            "stealing £38,000 from elderly customers.\n\nThe eight theft charges relate to eight "
            "of those customers.")
    assert not _loud(text, "1994-05-19", codes={"CD501", "CD502"})


def test_relative_clause_in_denied_charges_is_the_reporters():
    text = ("Dela Whitcroft, 46, denies six charges of theft relating to her time at the Quay Street "
            "branch, where she worked from 1986 until 1993.")
    report = copydesk.check(text, published="1994-05-19")
    where = text.index("where she worked")
    assert not any(q.start <= where < q.end for q in report.quotes)


# -- a thing is found once: a discovery dated twice ----------------------------------------------

@pytest.mark.parametrize("text,a,b", [
    ("The 4-metre fossil was spotted in 2012 by a dog walker on the beach at Orme Bay.\n\nSince the "
     "2014 discovery, the museum has raised £85,000.", "spotted in 2012", "2014 discovery"),
    ("Divers found the wreck of the steamer Kellaway in 1987, a mile off the point.\n\nThe 1989 find "
     "drew treasure hunters from across the country.", "found the wreck", "1989 find"),
    ("The hoard was unearthed in 2003 by a farmer ploughing near Pellow.\n\nThe discovery of the "
     "hoard in 2005 made the village briefly famous.", "unearthed in 2003", "in 2005"),
])
def test_discovery_dated_two_ways(text, a, b):
    found = _loud(text, "2016-04-12", codes={"CD404"})
    assert found and _covers(text, found[0], a, b)


@pytest.mark.parametrize("text", [
    # the same year both times
    "The fossil was spotted in 2012 by a dog walker.\n\nSince the 2012 discovery, the museum has "
    "raised £85,000.",
    # two finds of two things
    "Prospectors found gold in the valley in 1851.\n\nThey found coal on the ridge in 1870.",
    # a finding, not a find
    "The study found that the river had risen in 2010.\n\nSince the 2014 discovery of the leak, "
    "the council has spent £2m.",
])
def test_discovery_twin_is_silent(text):
    assert not _loud(text, "2016-04-12", codes={"CD404"})


# -- a length told with its own start and end ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The preparation work, which began in January 2015 and was completed last month, took almost "
    "three years.",
    "Construction began in May 2019 and finished in June 2020, taking 30 months.",
    "The survey started in 2001 and ended in 2009, and lasted six years in all.",
])
def test_length_against_its_start_and_end(text):
    assert _loud(text, "2016-04-12", codes={"CD103"})


def test_length_that_fits_its_start_and_end_is_silent():
    for text in ("The restoration, which began in 2010 and was completed in 2016, took six years.",
                 "Construction began in May 2019 and finished in June 2020, taking 13 months.",
                 "The survey started in 2001 and ended in 2009, and lasted less than ten years."):
        assert not _loud(text, "2021-04-12", codes={"CD103"})


# -- "next month, on 4 October": the month counted from publication and the day it names ---------

@pytest.mark.parametrize("text", [
    "The public inquiry is due to open next month, on 4 October, at the town hall.",
    "The hearing resumes next month, on October 30, in Kelby.",
    "Fees rose last month, on the 3rd of November, for the second time.",
])
def test_relative_month_with_its_day(text):
    assert _loud(text, "1983-11-17", codes={"CD109"})


def test_relative_month_with_its_day_that_fits_is_silent():
    for text in ("The hearing resumes next month, on December 2.",
                 "The fair returns next month, 12 December, to the showground.",
                 "Fees rose last month, on the 3rd of October, for the second time."):
        assert not _loud(text, "1983-11-17", codes={"CD109"})


# -- CD704: a person who declined to comment, quoted all the same -------------------------------

@pytest.mark.parametrize("text", [
    'Board member Dina Hollin, who voted with the majority, declined to comment when reached '
    'Tuesday.\n\n"We owe these families a real plan," Hollin said in an interview Tuesday.',
    'Councillor Bram Teale did not respond to requests for comment.\n\n"The scheme was rushed '
    'through," Teale said.',
    'Ivo Rusk, the club\'s treasurer, could not be reached for comment on Friday.\n\n"We were '
    'never told," said Rusk.',
])
def test_quoted_after_declining(text):
    found = _loud(text, "2021-06-15", codes={"CD704"})
    assert found


@pytest.mark.parametrize("text", [
    # a refusal narrowed to one matter
    'Board member Dina Hollin declined to comment on the lawsuit.\n\n"We owe these families a real '
    'plan," Hollin said.',
    # the quotation has an occasion of its own
    'Board member Dina Hollin declined to comment when reached Tuesday.\n\n"We owe these families a '
    'real plan," Hollin said at Monday\'s meeting.',
    # someone else is quoted
    'Board member Dina Hollin declined to comment.\n\n"We owe these families a real plan," said '
    'Mara Quell, the board president.',
    # quoted after, at an occasion of its own
    'Through a spokeswoman, Dina Hollin declined to comment for this article.\n\n"Parents should '
    'be supported," she said at the party convention, referring to the plan.',
    # quoted first (a speech), then declined to comment for this article
    '"Policies that help parents should be the norm," Dina Hollin said.\n\nThrough a '
    'spokeswoman, Hollin declined to comment for this article.',
])
def test_declined_twin_is_silent(text):
    assert not _loud(text, "2021-06-15", codes={"CD704"})


# -- fractions of a unit are lengths: "a quarter of a century" is 25 years -----------------------

@pytest.mark.parametrize("text,value", [
    ("She led the choir for a quarter of a century.", "P25Y"),
    ("He served a quarter-century on the bench.", "P25Y"),
    ("The mill ran for three-quarters of a century.", "P75Y"),
    ("They waited a decade and a half for the bridge.", "P15Y"),
    ("A half-century of work ended on Friday.", "P50Y"),
])
def test_fraction_of_unit_is_a_length(text, value):
    report = copydesk.check(text, published="2006-09-21")
    assert any(t.type == "DURATION" and t.value == value for t in report.timexes)


def test_quarter_of_the_year_stays_a_date():
    report = copydesk.check("Sales rose in the third quarter of the year.", published="2006-09-21")
    assert not any(t.type == "DURATION" for t in report.timexes)


# -- "after a quarter of a century in charge": a tenure ending at the act it comes after -----------

@pytest.mark.parametrize("text", [
    "Simon Achterveld, the artistic director, is to step down next summer after a quarter of a "
    "century in charge.\n\nAchterveld, 58, took over in 1990.",
    "Mara Quell retired on Friday after 30 years in charge of the Pellow fire brigade.\n\nQuell "
    "became chief of the Pellow fire brigade in 2001.",
    "Ivo Rusk will leave next month after two decades at the helm. Rusk took over in 2015.",
])
def test_tenure_after_which_an_act_comes(text):
    assert _loud(text, "2006-09-21" if "1990" in text else "2021-06-15", codes={"CD103"})


def test_tenure_after_which_an_act_comes_twin_is_silent():
    text = ("Simon Achterveld, the artistic director, is to step down next summer after a quarter of "
            "a century in charge.\n\nAchterveld, 58, took over in 1982. Before that he ran a small "
            "touring company for eight years.")
    assert not _loud(text, "2006-09-21", codes={"CD103"})


# -- a theatre's two heads, and a title told in an indirect report -------------------------------

@pytest.mark.parametrize("text", [
    "Simon Achterveld, the artistic director who rescued the Harbourside Theatre, is to step down "
    "next summer, the theatre announced yesterday.\n\nExecutive director Simon Achterveld said he "
    "had no plans to retire.",
    "Conductor Ilse Marten, the orchestra's music director, will tour Japan.\n\nArtistic director "
    "Ilse Marten said the tour was sold out.",
    "The festival's artistic director, Teo Brand, said tickets were selling well.\n\nMusical "
    "director Teo Brand will conduct the opening night.",
])
def test_two_heads_of_an_arts_body(text):
    assert _loud(text, "2006-09-21", codes={"CD408"})


def test_chief_executive_and_executive_director_are_one_post():
    text = ("Dela Orme, the charity's chief executive, said demand had doubled.\n\nExecutive "
            "director Dela Orme said the appeal would open next week.")
    assert not _loud(text, "2006-09-21", codes={"CD408"})


def test_refused_to_speak_to_reporters_then_quoted():
    text = ("Party district president Harish Chandra Vohel refused to speak to reporters at the "
            "counting centre and left before the results were declared.\n\n\"The people have given "
            "a fractured verdict,\" Mr Vohel said.")
    found = _loud(text, "1997-11-26", codes={"CD704"})
    assert found and "refused to speak to reporters" in found[0].message


def test_rare_given_name_after_lowercase_title_is_the_names():
    text = "Party district president Harish Chandra Vohel said the count was fair. Mr Vohel left."
    report = copydesk.check(text, published="1997-11-26")
    assert [e.name for e in report.entities if e.label == "PERSON"] == ["Harish Chandra Vohel"]


# -- the dead do not age: an age told with its clause's date ------------------------------------

@pytest.mark.parametrize("text", [
    "Daniel Kernow, a 29-year-old apprentice, who was stabbed on June 9, 2012, died in hospital. "
    "Kernow was born on April 16, 1983.",
    "The victim, Ada Tull, 41, who was killed on 3 March 2015, was born on 9 May 1973.",
    "Rowan Pike, 19, who drowned on July 4, 2001, had been born on August 30, 1981.",
])
def test_age_of_the_dead_at_their_clause_date_fits(text):
    assert not _loud(text, "2013-04-17" if "2012" in text else "2016-04-17", codes={"CD101"})


def test_age_of_the_dead_at_their_clause_date_checked():
    text = ("Tomas Reyl, a 25-year-old apprentice, who was stabbed on June 9, 2012, died in hospital. "
            "Reyl was born on April 16, 1983.")
    found = _loud(text, "2013-04-17", codes={"CD101"})
    assert found and "29" in found[0].message


# -- '"...," Frank Mahony said yesterday': the attribution's date after its verb -----------------

@pytest.mark.parametrize("text", [
    "His brother, Frank Mahon, who died in 1980, farmed the next property.\n\n\"He never let me "
    "win,\" Frank Mahon said yesterday.",
    "The founder, Ada Olstead, who died last year, set up the choir.\n\n\"It was her life,\" Olstead "
    "said on Monday.",
    "Agnes Vell, who died in March 2019, ran the mill.\n\n\"We will miss the noise,\" Vell told "
    "reporters on Tuesday.",
])
def test_quoted_after_death_date_after_verb(text):
    assert _loud(text, "2021-08-18", codes={"CD112"})


def test_quoted_after_death_date_inside_the_quotation_is_silent():
    text = ("His brother, Frank Mahon, who died in 1980, farmed the next property.\n\n\"He never let "
            "me win,\" Frank Mahon said in 1979.")
    assert not _loud(text, "1982-08-18", codes={"CD112"})


@pytest.mark.parametrize("text", [
    '"We will appeal," the official who said it left.',
    '"It is over," the man who told reporters so said.',
    '"The move will lift margins for the rest of this financial," chief financial officer Teo Brand said.',
    '"Nobody knew," said the clerk who said it first, "and nobody asked."',
    '"Every dollar of it went to the regional," chief executive Mara Vell, who said so twice, said.',
])
def test_parse_repair_never_makes_a_cycle(text):
    from copydesk.nlp import load, parse_blocks
    from copydesk.parse_repair import _acyclic

    nlp = load(None)
    doc = next(parse_blocks(nlp, [text]))
    assert _acyclic(doc)
    assert all(len(list(t.subtree)) <= len(doc) for t in doc)


# -- a gathering (a show, a fair, a regatta) is held on one day ---------------------------------

@pytest.mark.parametrize("text", [
    "A record 1,650 entries were staged at the Wexbury Horticultural Show on Saturday.\n\nTop: "
    "Ada Pell with her winning marrow at Sunday's show.",
    "The Kelby regatta was held on Sunday in bright sunshine.\n\nCrowds lined the quay for "
    "Saturday's regatta, the first since the flood.",
    "Hundreds of stalls opened at the Pellow Fair on Tuesday.\n\nPictured: the dog show at "
    "Wednesday's fair.",
])
def test_gathering_on_two_days(text):
    assert _loud(text, "2007-08-09", codes={"CD404"})


def test_gathering_on_one_day_is_silent():
    text = ("A record 1,650 entries were staged at the Wexbury Horticultural Show on Saturday.\n\n"
            "Top: Ada Pell with her winning marrow at Saturday's show.")
    assert not _loud(text, "2007-08-09", codes={"CD404"})


# -- a rare word opened by a consonant letter still sounds one ----------------------------------

@pytest.mark.parametrize("text", [
    "Top price was paid for an yearling steer from Pellow.",
    "The farm sold an weaner calf at the Kelby sale.",
    "The pen held an bullock and two heifers.",
])
def test_an_before_rare_consonant_word(text):
    assert _loud(text, "2000-03-09", codes={"CD802"})


def test_a_before_rare_words_and_an_before_rare_vowel_words_are_silent():
    text = ("Top price was paid for a yearling steer. The museum holds an ytterbium sample. A weaner "
            "calf made 300c/kg. The choir sang an Ave Maria.")
    assert not _loud(text, "2000-03-09", codes={"CD802"})


# -- a work is published once ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mara Lydd's debut novel, The Salt Orchard, was published in 2009.\n\nSince her first novel "
    "came out in 2011, she has published a book every three years.",
    "The memoir was published in 1998, and few noticed.\n\nThe publication of the memoir in 2001 "
    "changed that.",
    "Ilse Marten's first album came out in 1977.\n\nHer debut album, released in 1979, sold "
    "200,000 copies.",
])
def test_work_published_twice(text):
    assert _loud(text, "2018-11-10", codes={"CD404"})


def test_two_works_published_is_silent():
    text = ("Mara Lydd's debut novel was published in 2009.\n\nHer second novel came out in 2011, "
            "and her memoir was published in 2015.")
    assert not _loud(text, "2018-11-10", codes={"CD404"})


# -- a gathering is held at one place --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The traditional blessing took place at the end of the Town Jetty on Sunday morning.\n\nAfter "
    "the blessing at the Halford Street boat ramp, the boats sailed around Gull Island.",
    "The Kelby fair was held at Mossley Farm on Saturday.\n\nThe fair at Pellow Green drew 5,000 "
    "people.",
    "The concert at St Osric's Church drew 300 people.\n\nThe concert took place at the Corn "
    "Exchange, organisers said.",
])
def test_gathering_at_two_places(text):
    assert _loud(text, "2002-03-12", codes={"CD404"})


@pytest.mark.parametrize("text", [
    # one place named two ways
    "The blessing took place at the end of the Town Jetty.\n\nAfter the blessing at the Town Jetty, "
    "the boats sailed out.",
    # a place with no name: which one, the article does not say
    "The blessing took place at the end of the Town Jetty.\n\nAfter the blessing at the boat ramp, "
    "the boats sailed out.",
])
def test_gathering_at_one_place_is_silent(text):
    assert not _loud(text, "2002-03-12", codes={"CD404"})


def test_a_procession_moves_through_its_places():
    text = ("The procession at the Rue des Marins.\n\nThe procession at the Place Saint-Ouen.\n\n"
            "Thousands followed the parade along Kelby Road and then Quay Street.")
    assert not _loud(text, "2019-05-03", codes={"CD404"})


def test_a_festival_and_a_ceremony_in_it_are_two_events():
    text = ("The Kelby festival at Mossley Park drew 4,000 people on Saturday.\n\nThe blessing at the "
            "Town Jetty opened the festival's second day.")
    assert not _loud(text, "2002-03-12", codes={"CD404"})


# -- "a Kelby man": wire copy's identification by home town --------------------------------------

@pytest.mark.parametrize("text", [
    "Dale Orrin, 45, of Pike Ford, was charged with arson on Monday.\n\nOrrin, a Kelby man, was "
    "released on bail.",
    "Ada Tull, 31, of Dunhaven, was fined £200.\n\nTull, a Kelby woman, had no previous "
    "convictions, the court heard.",
    "Tomas Reyl, 17, of Mossley End, was hurt in the crash.\n\nReyl, a Kelby teenager, was taken "
    "to hospital.",
])
def test_home_town_two_ways(text):
    assert _loud(text, "2019-06-12", codes={"CD402"})


def test_home_town_one_way_is_silent():
    text = ("Dale Orrin, 45, of Pike Ford, was charged with arson on Monday.\n\nOrrin, a Pike Ford "
            "man, was released on bail. The Ford man had worked at the plant for years.")
    assert not _loud(text, "2019-06-12", codes={"CD402"})


# -- one person's given name written two ways ------------------------------------------------------

@pytest.mark.parametrize("text,slip", [
    ("Council leader Mara Quell said the hall would reopen in May.\n\nQuell, 54, has led the "
     "council since 2015. Maria Quell said the cost had doubled.", "Maria Quell"),
    ("Coach Bram Teale said the team was ready.\n\nTeale, who took over in 2016, said the squad "
     "was young. Coach Bryn Teale praised the fans.", "Bryn Teale"),
    ("Head teacher Ilse Marten said pupils had done well.\n\nMarten has run the school since "
     "2011. Head teacher Ilsa Marten said the block would open next term.", "Ilsa Marten"),
])
def test_given_name_written_two_ways(text, slip):
    found = _loud(text, "2019-06-12", codes={"CD301"})
    assert found and slip in found[0].message


@pytest.mark.parametrize("text", [
    "Coach Bram Teale said the team was ready. His brother, Bryn Teale, played in goal.",
    "Goalkeeper Bram Teale saved twice. Striker Bryn Teale scored the winner.",
    "Mara Quell and her husband, Marc Quell, ran the shop. Marc Quell said it was hard.",
    "Mara and Maria Quell, twins, opened the bakery in 2001. Maria Quell bakes the bread.",
])
def test_two_people_sharing_a_surname_are_silent(text):
    assert not _loud(text, "2019-06-12", codes={"CD301"})


# -- the lead's "A man" is the person the next paragraph names --------------------------------------

@pytest.mark.parametrize("text,published", [
    ("Suspect held at motel\n\nFORT ELLIS, Tenn. (AP) -- A man sought in last month's robbery of a "
     "bank was arrested Saturday at a motel, the sheriff said.\n\nGary Lee Prewitt, 22, of Sadler, "
     "Ky., was held in the county jail Sunday.\n\nDeputies arrested Prewitt on Friday, May 10, in "
     "Room 14 of the Starlite Motor Court.", "1974-05-13"),
    ("Driver held\n\nA woman was arrested on Tuesday after a crash that closed the Kelby road.\n\n"
     "Ada Tull, 31, of Wexbury, appeared before magistrates.\n\nPolice arrested Tull on Wednesday, "
     "June 5, at her home.", "2019-06-12"),
    ("Teen held\n\nA teenager was arrested on Monday after a fire at the Pellow depot.\n\nTomas "
     "Reyl, 17, of Mossley End, was released on bail.\n\nOfficers arrested Reyl on Sunday, June 9, "
     "at his home.", "2019-06-12"),
])
def test_lead_description_is_the_person_named_next(text, published):
    assert _loud(text, published, codes={"CD104"})


def test_lead_description_same_day_is_silent():
    text = ("Suspect held at motel\n\nFORT ELLIS, Tenn. (AP) -- A man sought in last month's robbery "
            "of a bank was arrested Saturday at a motel, the sheriff said.\n\nGary Lee Prewitt, 22, of "
            "Sadler, Ky., was held in the county jail Sunday.\n\nDeputies arrested Prewitt on "
            "Saturday, May 11, in Room 14 of the Starlite Motor Court.")
    assert not _loud(text, "1974-05-13", codes={"CD104"})


def test_kin_noun_far_off_in_a_header_is_no_apposition():
    text = ("Professor Alasdair Keddo\n\nAlasdair Munro Keddo, geologist: born Dunhaven 14 March 1921; "
            "Professor of Geology, University of Kelby 1962-86; married 1948 Isobel Hume (died 1990; "
            "one son, two daughters); died Edinburgh 21 August 1997.\n\nKeddo married Isobel Hume, a "
            "schoolteacher, in 1948; she died in 1990.")
    assert not _loud(text, "1997-08-28", codes={"CD404", "CD402"})
    report = copydesk.check(text, published="1997-08-28")
    assert not any(e.name == "Alasdair" for e in report.entities)


# -- a given name and a rare surname the tagger missed are a person -------------------------------

@pytest.mark.parametrize("text,name", [
    ("Piers Orme died in 1990, his family said.\n\nOrme married Ilse Marten in 1994.", "Piers Orme"),
    ("Hamish Tullo died in 2001.\n\nIn 2004, Tullo opened a second shop.", "Hamish Tullo"),
    ("Suresh Pathare died in 2010.\n\nPathare launched the new range in 2012.", "Suresh Pathare"),
])
def test_given_name_and_rare_surname_missed_by_tagger(text, name):
    found = _loud(text, "2021-08-18", codes={"CD113"})
    assert found and name in found[0].message


def test_given_name_before_a_common_word_is_no_person():
    text = "Hamish Street was closed in 1990 for repairs to the sewers."
    report = copydesk.check(text, published="2021-08-18")
    assert not any(e.label == "PERSON" for e in report.entities)


def test_a_month_or_a_day_before_a_rare_surname_is_no_given_name():
    for text in ("Last June Quennow said the organ was finished.", "On Tuesday Quennow said so."):
        report = copydesk.check(text, published="2024-01-01")
        assert not any(e.name.startswith(("June", "Tuesday")) for e in report.entities)
