"""Errors in wordings found by reading articles copydesk had never seen (session 10): a wire
dateline read as a person, a bare surname shared with a son or a wife, a past stint with its
end or its start told apart, a short paragraph pasted twice, a name slip in a name English
does not know, a title whose date belongs to another clause, and a town's officers. Every
text is written for these tests; each group has a clean twin that must stay silent."""

import pytest

import copydesk
from test_whole_articles import _covers, _loud


# -- a wire dateline is a place, and the lead's subject is the name beside it ---------------------

@pytest.mark.parametrize("text,published", [
    ("DELBY, Ore. (AP) -- Ada Quarrington, who ran the ferry landing at Delby for half a century, "
     "died Sunday at her home here. She was 70.\n\nQuarrington was born May 2, 1921, in a "
     "fisherman's cottage on the point.", "1995-03-14"),
    ("KELBY, England (Reuters) - Shipping magnate Osric Venngard died on Tuesday. He was 81.\n\n"
     "Venngard was born on June 9, 1930, in Hull.", "2019-02-07"),
    ("PORT ELLIS, N.S. -- Rowan Kettleby, who taught three generations of the town's fiddlers, "
     "died Friday in hospital. He was 66.\n\nKettleby was born Jan. 3, 1931, on a farm outside "
     "the town.", "2001-11-19"),
])
def test_dateline_place_is_no_person_and_lead_subject_dies(text, published):
    found = _loud(text, published, codes={"CD101"})
    assert found, "the age against the birth date at the death is checked"
    report = copydesk.check(text, published=published)
    place = text.split(",")[0].split(" (")[0].split(" --")[0]
    assert not any(e.label == "PERSON" and e.name.upper() == place for e in report.entities)


def test_dateline_twin_with_the_right_age_is_silent():
    text = ("DELBY, Ore. (AP) -- Ada Quarrington, who ran the ferry landing at Delby for half a "
            "century, died Sunday at her home here. She was 73.\n\nQuarrington was born May 2, "
            "1921, in a fisherman's cottage on the point.")
    assert not _loud(text, "1995-03-14", codes={"CD101", "CD102"})


# -- a namesake brought in as kin is called by the full name; the bare surname is the subject's ---

@pytest.mark.parametrize("kin", ["His son, Harlan Brockway,", "His wife, Julia Brockway,",
                                 "His daughter, Sandra Brockway,"])
def test_bare_surname_stays_with_the_subject_not_the_kin(kin):
    text = (f"Edwin Brockway, who ran the Brockway mill for decades, died on Saturday. He was 78.\n\n"
            f"{kin} said he had been ill since the spring.\n\n"
            f"Brockway was born on March 3, 1905, in a mill cottage.")
    found = _loud(text, "1990-06-01", codes={"CD101"})
    assert found and _covers(text, found[0], "He was 78", "born on March 3, 1905")


def test_kin_namesake_twin_with_the_right_age_is_silent():
    text = ("Edwin Brockway, who ran the Brockway mill for decades, died on Saturday. He was 85.\n\n"
            "His son, Harlan Brockway, said he had been ill since the spring.\n\n"
            "Brockway was born on March 3, 1905, in a mill cottage.")
    assert not _loud(text, "1990-06-01", codes={"CD101"})


# -- a past stint: ended by the article's own "before retiring ... in", or by the time of writing --

@pytest.mark.parametrize("text,published,stated,start", [
    ("Quentin Marlowe founded Marlowe Feed Co. in 1931. Marlowe led the company for four decades "
     "before retiring as president in 1962. He died on Monday.", "1987-02-17",
     "for four decades", "founded Marlowe Feed Co. in 1931"),
    ("Agatha Ingleby founded the Ingleby Press in 1950. Ingleby ran the press for 35 years before "
     "retiring in 1972.", "1990-01-05", "for 35 years", "founded the Ingleby Press in 1950"),
    ("Ewart Haddow joined the county council in 1970 and was elected its chairman in 1975. "
     "Haddow led the council for 20 years before stepping down as chairman in 1986.", "1999-04-01",
     "for 20 years", "joined the county council in 1970"),
])
def test_past_stint_ended_by_the_article(text, published, stated, start):
    found = _loud(text, published, codes={"CD103"})
    assert found and _covers(text, found[0], stated, start)


@pytest.mark.parametrize("text,published,stated,start", [
    ("The dead were named as Dale Rutherford, 54, and two others.\n\nRutherford, a miner for 31 "
     "years, was honoured last year.\n\nRutherford, who went into the mines in 1948, had worked at "
     "Pellow since 1961.", "1976-02-11", "for 31 years", "went into the mines in 1948"),
    ("Agatha Greenhalgh, a teacher for 40 years, spoke at the meeting.\n\nGreenhalgh, who began "
     "teaching in 1990, chairs the parents' forum.", "2020-09-01", "for 40 years",
     "began teaching in 1990"),
    ("Ivor Penrose, a pilot for 26 years, flew the last service.\n\nPenrose, who joined the "
     "airline as a pilot in 2004, lives in Kelby.", "2021-10-10", "for 26 years",
     "joined the airline as a pilot in 2004"),
])
def test_past_stint_longer_than_the_time_to_publication(text, published, stated, start):
    found = _loud(text, published, codes={"CD103"})
    assert found and _covers(text, found[0], stated, start)


@pytest.mark.parametrize("text,published", [
    ("Quentin Marlowe founded Marlowe Feed Co. in 1931. Marlowe led the company for three decades "
     "before retiring as president in 1962. He died on Monday.", "1987-02-17"),
    ("Agatha Greenhalgh, a teacher for 28 years, spoke at the meeting.\n\nGreenhalgh, who began "
     "teaching in 1990, chairs the parents' forum.", "2020-09-01"),
    ("Ivor Penrose, a pilot for 17 years, flew the last service.\n\nPenrose, who joined the "
     "airline as a pilot in 2004, lives in Kelby.", "2021-10-10"),
])
def test_past_stint_twins_that_fit_are_silent(text, published):
    assert not _loud(text, published, codes={"CD103"})


# -- a paragraph of ten words pasted twice ---------------------------------------------------------

@pytest.mark.parametrize("line", [
    "The decision will be referred to the full council on 26 November.",
    "The appeal will be heard at Kelby Crown Court on 4 March.",
    "Tickets for the final go on sale at the stadium on Monday.",
])
def test_short_paragraph_pasted_twice(line):
    text = (f"Councillors voted to close the library.\n\nResidents said they would fight on.\n\n"
            f"{line}\n\nA petition has 2,000 names.\n\n{line}")
    found = _loud(text, "2024-11-05", codes={"CD201"})
    assert found and _covers(text, found[0], line[:-1])


def test_short_stock_line_twice_is_silent():
    text = ("Police closed the road.\n\nNo one was hurt.\n\nThe fire was put out.\n\nNo one was hurt.")
    assert not _loud(text, "2024-11-05", codes={"CD201", "CD202"})


# -- a name slip in a name English does not know ---------------------------------------------------

@pytest.mark.parametrize("text,wrong", [
    ("Sisters win the pairs\n\nMrs Joan Pendlebury took the first prize for marrows. Mrs Pendlebery "
     "said the secret was rain.", "Pendlebery"),
    ("Kelby win\n\nThe wing Jory Penwarden scored twice. Penwarden was later sin-binned, and "
     "Penwarden returned to score a third. Penwardden, 19, was named man of the match.",
     "Penwardden"),
    ("Prize for potter\n\nThe potter Ada Trelawny won the county prize. Trelawney said she would "
     "keep firing the old kiln.", "Trelawney"),
])
def test_name_slip_in_a_name_english_does_not_know(text, wrong):
    found = _loud(text, "2024-08-01", codes={"CD301"})
    assert found and any(wrong in e.text for e in found[0].evidence)


def test_two_rare_spellings_used_alike_stay_a_variant():
    text = ("Two brothers\n\nOrrin Kasparek and his cousin Jonas Kasparik both run farms near "
            "the river. Kasparek grows barley; Kasparik keeps sheep.")
    assert not _loud(text, "2024-08-01", codes={"CD301"})


# -- a title's date is its own clause's; a town's officers -----------------------------------------

@pytest.mark.parametrize("first,second", [
    ("City Attorney Rhea Lindqvist told the council that the state had cited the city three times "
     "since 2001.", "Finance Director Lindqvist told the council the bond rating had improved last year."),
    ("Police Chief Dorian Hale said the force had hired 12 officers since 2019.",
     "City Manager Hale said the budget would be balanced."),
    ("Chief Financial Officer Marla Voss said the carrier had idled 300 trucks since March.",
     "Voss, the company's chief operating officer, said prices would stay volatile."),
])
def test_officer_posts_told_with_other_clauses_dates(first, second):
    text = f"Council backs bond\n\n{first}\n\nResidents were split.\n\n{second}"
    found = _loud(text, "2004-06-21", codes={"CD408"})
    assert found


def test_a_post_dated_in_its_own_clause_is_another_time():
    text = ("Council backs bond\n\nIn 1998, as city attorney, Rhea Lindqvist drafted the first "
            "sewer order.\n\nResidents were split.\n\nFinance Director Rhea Lindqvist told the "
            "council the bond rating had improved.")
    assert not _loud(text, "2004-06-21", codes={"CD408"})


# -- "tomorrow, Sunday": a day counted from publication and the weekday it names ----------------

@pytest.mark.parametrize("sentence", [
    "The pool at Harlow Green will be closed tomorrow, Sunday, for repairs.",
    "Voting at the Kelby hall continues today (Wednesday) until 8pm.",
    "Talks at the Ferrow depot broke down yesterday, Friday, after six hours.",
])
def test_near_day_and_its_weekday_disagree(sentence):
    text = f"Notice\n\n{sentence}\n\nMore details will follow."
    found = _loud(text, "2024-10-14", codes={"CD109"})  # a Monday
    day = next(w for w in ("tomorrow", "today", "yesterday") if w in sentence)
    assert found and _covers(text, found[0], day)


@pytest.mark.parametrize("text", [
    "Notice\n\nThe pool at Harlow Green will be closed tomorrow, Tuesday, for repairs.",
    "Notice\n\n\"We open again tomorrow, Sunday,\" the manager said on Saturday.",
    "Notice\n\nTalks at the Ferrow depot broke down yesterday, Sunday, after six hours.",
])
def test_near_day_twins_are_silent(text):
    assert not _loud(text, "2024-10-14", codes={"CD109"})


# -- a live update that reports as done what its own stamp says had not happened -----------------

@pytest.mark.parametrize("text,time", [
    ("Flood live\n\n4:05 a.m. -- Crews are sandbagging the quay.\n\n2:40 a.m. -- The Lune crested "
     "at Kelby Bridge at 4.1 metres at 3:15 a.m., the agency said.\n\n1:10 a.m. -- Rain eased.",
     "at 3:15 a.m."),
    ("Storm live\n\n9:40 p.m. -- Trains are running again.\n\n9:05 p.m. -- Police reopened the "
     "Harlow bridge at 9:30 p.m. after clearing fallen trees.\n\n8:30 p.m. -- Winds reached 70mph.",
     "at 9:30 p.m."),
    ("Runway live\n\n10:50 a.m.\n\nPassengers are being taken to the terminal.\n\n10:15 a.m.\n\n"
     "The diverted jet landed safely at Kelby at 10:40 a.m., the airline said.", "at 10:40 a.m."),
])
def test_live_update_reports_what_came_after_its_stamp(text, time):
    found = _loud(text, "2024-02-10", codes={"CD117"})
    assert found and _covers(text, found[0], time)


@pytest.mark.parametrize("text", [
    # a forecast
    "Flood live\n\n4:05 a.m. -- Crews are sandbagging.\n\n2:40 a.m. -- The Lune is expected to crest "
    "at Kelby Bridge at 3:15 a.m., the agency said.\n\n1:10 a.m. -- Rain eased.",
    # the time before the stamp
    "Flood live\n\n4:05 a.m. -- Crews are sandbagging.\n\n2:40 a.m. -- The Lune crested at Kelby "
    "Bridge at 2:15 a.m., the agency said.\n\n1:10 a.m. -- Rain eased.",
    # one stamp is no live blog
    "Storm\n\n9:05 p.m. -- Police reopened the Harlow bridge at 9:30 p.m. after clearing trees.",
])
def test_live_update_twins_are_silent(text):
    assert not _loud(text, "2024-02-10", codes={"CD117"})


# -- a death told in passing came before the story's week; "later" counted from an age ----------

@pytest.mark.parametrize("text", [
    ("Pianist honoured\n\nNell Varga has played the Tarrow pier for fifty years.\n\nShe joined the "
     "pier band in 1960.\n\nHer first bandleader was Lou Prentice.\n\nHer old drummer, the late "
     "Amos Kettley, once called her the best in the county.\n\nKettley told the Gazette on "
     "Monday that the honour was overdue."),
    ("Choir marks centenary\n\nThe Ferrow choir sang at the abbey on Sunday.\n\nIt was founded in "
     "1924.\n\nIts longest-serving member was Ida Crane.\n\nThe choir's founder, the late Walter "
     "Osgood, left it his piano.\n\nOsgood said this week that the choir had never sounded better."),
    ("Mill reopens\n\nThe Harlow mill reopened on Friday.\n\nIt closed in 1991.\n\nVolunteers "
     "restored the wheel.\n\nThe restoration was led by the late engineer Percy Dunwell.\n\n"
     "Dunwell told reporters on Tuesday that the wheel would turn for another century."),
])
def test_quoted_this_week_though_told_as_the_late(text):
    found = _loud(text, "2024-10-16", codes={"CD112"})
    assert found and _covers(text, found[0], "the late")


def test_the_late_quoted_from_an_old_interview_is_silent():
    text = ("Pianist honoured\n\nNell Varga has played the Tarrow pier for fifty years.\n\nShe joined "
            "the pier band in 1960.\n\nHer first bandleader was Lou Prentice.\n\nHer old drummer, "
            "the late Amos Kettley, told the Gazette in 1979 that she was the best in the county.")
    assert not _loud(text, "2024-10-16", codes={"CD112", "CD113", "CD105"})


@pytest.mark.parametrize("text", [
    ("Pianist honoured\n\nBorn in 1931 above a shop in Dock Lane, Nell Varga was playing hymns by "
     "eight. At 16 she joined the pit band at the Lyric, and two years later she joined the Len "
     "Marley Orchestra."),
    ("Jockey retires\n\nTam Orrick was born in 1970 near the Curragh. Aged 15 he was apprenticed "
     "to a Kildare yard, and three years later he rode his first winner."),
    ("Potter's show\n\nIlse Varnham, born in 1950, left school at 15. At the age of 17 she took a "
     "job at the Harlow pottery, and four years later she opened her own studio."),
])
def test_later_counted_from_an_age_is_no_implausible_age(text):
    assert not _loud(text, "2024-10-16", codes={"CD102"})


def test_later_counted_from_a_date_still_checked():
    text = ("Pianist honoured\n\nNell Varga was born in 1931 above a shop in Dock Lane. Two years "
            "later she joined the Len Marley Orchestra as its pianist.")
    assert _loud(text, "2024-10-16", codes={"CD102"})


# -- "next month, at the end of February"; a quotation closed without its mark -----------------

@pytest.mark.parametrize("sentence,month", [
    ("The council said the bridge should reopen next month, at the end of February.", "February"),
    ("Kelby Mills said last month (in January) that orders had picked up.", "January"),
    ("The bakery on Quay Lane will close next month, in May, for a refit.", "May"),
])
def test_month_counted_from_publication_and_its_name_disagree(sentence, month):
    text = f"Notice\n\n{sentence}\n\nMore details will follow."
    found = _loud(text, "2023-03-22", codes={"CD109"})
    assert found and _covers(text, found[0], month)


@pytest.mark.parametrize("text", [
    "Notice\n\nThe council said the bridge should reopen next month, at the end of April.",
    "Notice\n\nKelby Mills said last month, in February, that orders had picked up.",
    "Notice\n\n\"We will close next month, in May,\" the owner said in January.",
])
def test_month_twins_are_silent(text):
    assert not _loud(text, "2023-03-22", codes={"CD109"})


@pytest.mark.parametrize("text", [
    'Bridge delay\n\nClaire Penwith, who runs a cafe on Bridge Street, said: "We\'ve been patient, '
    'she said. "We understand it has to be safe."',
    'Ferry cut\n\nThe skipper, Ron Tallis, said: "We can\'t run at a loss, Tallis added. "Not for '
    'another winter."',
    'Pool closure\n\n"The pool is the heart of the estate, said Ada Corrin. "Shut it and the '
    'estate dies."',
])
def test_quotation_whose_close_was_lost_before_its_tag(text):
    found = _loud(text, "2023-03-22", codes={"CD701"})
    assert found


@pytest.mark.parametrize("text", [
    # a quotation over paragraphs whose breaks were lost: the reopening mark carries it on
    'Bridge delay\n\nClaire Penwith said: "We\'ve been patient for a year. "We understand it has to '
    'be safe. But some of us will not be here in the spring."',
    'Bridge delay\n\n"We\'ve been patient," she said. "We understand it has to be safe."',
])
def test_quotation_twins_are_silent(text):
    assert not _loud(text, "2023-03-22", codes={"CD701"})


# -- a dateline's state against "this part of Kansas" ---------------------------------------------

@pytest.mark.parametrize("text,here", [
    ("DELBY, Okla. (AP) -- A tornado flattened a grain elevator here Monday.\n\nFarmers said it "
     "was the worst storm to hit this part of Kansas in 30 years.", "this part of Kansas"),
    ("MARLOW, Ore. -- The mill will close in June.\n\nIt is the last big employer here in "
     "Washington, the union said in a statement, and 300 jobs will go.", "here in Washington"),
    ("KELBY FALLS, Ont. (CP) -- Floodwaters reached the main street on Tuesday.\n\nNo one in this "
     "corner of Quebec can remember a spring like it.", "this corner of Quebec"),
])
def test_dateline_state_against_the_story_own_words(text, here):
    found = _loud(text, "1995-05-02", codes={"CD404"})
    assert found and _covers(text, found[0], here)


@pytest.mark.parametrize("text", [
    "DELBY, Okla. (AP) -- A tornado flattened a grain elevator here Monday.\n\nFarmers said it "
    "was the worst storm to hit this part of Oklahoma in 30 years.",
    "KANSAS CITY, Mo. (AP) -- Storms knocked out power Monday.\n\nCrews worked through the night "
    "in this part of Kansas and across the river.",
    "DELBY, Okla. (AP) -- A tornado hit here Monday.\n\n\"Nobody here in Kansas has seen the like,\" "
    "said a visiting farmer from Wichita.",
])
def test_dateline_state_twins_are_silent(text):
    assert not _loud(text, "1995-05-02", codes={"CD404"})


# -- "never retired from reading it ... retired from fixing it": two acts, not one denied ------

@pytest.mark.parametrize("quote,a,b", [
    ("She never retired from reading it. She just retired from fixing it.", "from read", "from fix"),
    ("Ellison never quit on painting. Ellison quit on teaching in 1990.", "on painting", "on teaching"),
    ("Ellison never withdrew from racing. Ellison withdrew from coaching in 1990.", "from race",
     "from coach"),
])
def test_an_act_keeps_its_prepositional_complement(make_doc, quote, a, b):
    from copydesk.events import event_facts

    doc = make_doc(f"Editor dies\n\nMarguerite Ellison ran the Kelby Sentinel for 34 years.\n\n{quote}",
                   published="1993-12-03")
    objects = {f.value[1] for f in event_facts(doc) if f.attribute == "happened"}
    assert a in objects and b in objects


# -- "his native Kesarganj", "a native of Kilkeel": where the person was born --------------------

@pytest.mark.parametrize("text,native,born", [
    ("Forge profits up\n\nThe founder, Ravi Tandon, set up the first forge in 1986 in his native "
     "Kesarganj.\n\nTandon, 72, who was born and brought up in Rajnandpur, stepped back in 2015.",
     "native Kesarganj", "born and brought up in Rajnandpur"),
    ("Harbour chief named\n\nWenna Brennock, a native of Kilkeel, takes over the harbour board in "
     "May.\n\nBrennock was born in Newry in 1970 and trained as a pilot.", "native of Kilkeel",
     "born in Newry"),
    ("Singer returns\n\nSandra Quill will sing in her native Tralee on Friday.\n\nQuill, who was "
     "born in Listowel, left Kerry at 17.", "native Tralee", "born in Listowel"),
])
def test_native_place_against_birthplace(text, native, born):
    found = _loud(text, "2020-10-14", codes={"CD402"})
    assert found and _covers(text, found[0], native, born)


@pytest.mark.parametrize("text", [
    "Forge profits up\n\nThe founder, Ravi Tandon, set up the first forge in 1986 in his native "
    "Kesarganj.\n\nTandon, 72, who was born and brought up in Kesarganj, stepped back in 2015.",
    "Harbour chief named\n\nWenna Brennock, a native of Kilkeel, takes over the harbour board in "
    "May.\n\nBrennock was born in Kilkeel in 1970 and trained as a pilot.",
    "Singer returns\n\nSandra Quill will sing in her native language on Friday.\n\nQuill, who was "
    "born in Listowel, left Kerry at 17.",
])
def test_native_place_twins_are_silent(text):
    assert not _loud(text, "2020-10-14", codes={"CD402"})


# -- "Judge Ada Tait told the 58-year-old": an object continues the passage's person too --------

@pytest.mark.parametrize("text", [
    ("Fraud trial ends\n\nDorian Vesk, who was born in May 1960, ran the Kelby credit union for a "
     "decade. Vesk took £40,000 from members, the court heard.\n\nJudge Ada Tait told the "
     "58-year-old that he had betrayed his neighbours."),
    ("Ferry pilot retires\n\nCaptain Ilse Marrack, born in 1961, has taken the Saltings ferry "
     "across the estuary since 1990. Marrack trained in Harwich.\n\nThe harbour board thanked the "
     "58-year-old at a dinner on Friday."),
    ("Keeper honoured\n\nAmos Pellingham, who was born in March 1948, kept the Stoke Carrow light "
     "for 30 years. Pellingham retired in 2008.\n\nThe mayor presented a medal to the 70-year-old "
     "on Saturday."),
])
def test_bare_age_as_object_continues_the_salient_person(text):
    found = _loud(text, "2024-05-12", codes={"CD101"})
    assert found


def test_bare_age_as_object_never_the_clause_subject():
    text = ("Fraud trial ends\n\nJudge Ada Tait, who was born in May 1960, has sat at Kelby for a "
            "decade. Tait said the case was a sad one.\n\nTait told the 58-year-old that he had "
            "betrayed his neighbours.")
    assert not _loud(text, "2024-05-12", codes={"CD101"})


# -- a bare question-and-answer interview: the answers are the interviewee's -------------------

def _qa(intro, answer_with_age, published="1992-08-07"):
    return (f"A life on the touchline\n\n{intro}\n\nHow did it start?\n\n{answer_with_age}\n\n"
            "What was your best side?\n\nThe 1971 team. We went 26 games unbeaten and I cried when "
            "we went out.\n\nAny regrets?\n\nWe should have gone up in 1979. I still think about "
            "that penalty.")


@pytest.mark.parametrize("intro,answer", [
    ("At 63, Stan Orrell is hanging up his tracksuit after a career at Mill Lane. He talked to "
     "Peter Lomax.", "I walked up to Mill Lane with my boots in a bag. I was 19 when I signed in 1943."),
    ("Ada Brennick, 70, retires this week as the Kelby Echo's longest-serving typesetter. Brennick "
     "spoke to Sandra Quill.", "I was 15 when I started at the Echo in 1952, on the night shift."),
    ("The fiddler Rowan Tey, 58, still plays three nights a week. Tey talked to Julia Marwood.",
     "My father taught me. I was 12 when I played my first dance in 1970, at the Kelby hall."),
])
def test_age_told_in_a_bare_interview_answer(intro, answer):
    text = _qa(intro, answer)
    found = _loud(text, "1992-08-07", codes={"CD403", "CD101"})
    assert found


@pytest.mark.parametrize("text", [
    # the ages agree
    _qa("At 68, Stan Orrell is hanging up his tracksuit after a career at Mill Lane. He talked to "
        "Peter Lomax.", "I walked up to Mill Lane with my boots in a bag. I was 19 when I signed in 1943."),
    # questions a council answers, in the third person: no interview
    ("Bin changes: your questions\n\nAt 63, Stan Orrell chairs the waste committee.\n\nWhen will "
     "my bin be emptied?\n\nCollections move to Tuesdays from June.\n\nWhat about garden waste?\n\n"
     "The brown bins are collected fortnightly.\n\nWho do I call?\n\nThe council helpline opens at 8am."),
])
def test_bare_interview_twins_are_silent(text):
    assert not _loud(text, "1992-08-07", codes={"CD403", "CD101"})


# -- "Now 58, the fiddler Rowan Tey ...": a fronted age the parse tags as a meta number --------

@pytest.mark.parametrize("text", [
    "Fiddler at 58\n\nNow 58, the fiddler Rowan Tey still plays three nights a week. Tey was born "
    "in 1930 in Kelby.",
    "Keeper at 70\n\nNow 70, the lighthouse keeper Amos Pellingham still climbs the tower daily. "
    "Pellingham was born in 1915.",
    "Potter at 44\n\nToday 44, the potter Ilse Varnham runs the Harlow kilns. Varnham was born in "
    "1950.",
])
def test_fronted_now_age_against_the_birth(text):
    assert _loud(text, "1992-08-07", codes={"CD101"})


def test_fronted_now_age_twin_is_silent():
    text = ("Fiddler at 62\n\nNow 62, the fiddler Rowan Tey still plays three nights a week. Tey "
            "was born in 1930 in Kelby.")
    assert not _loud(text, "1992-08-07", codes={"CD101"})


# -- a place one letter from a famous one, but with another first letter, is another place ------

@pytest.mark.parametrize("town", ["Kelbourne", "Panchester", "Gadrid"])
def test_another_first_letter_is_another_place(town):
    text = (f"Study backs coffee\n\nDoctors at St Osric's Hospital in {town} said on Thursday "
            f"that the results were reassuring.\n\nThe study ran for ten years.")
    assert not _loud(text, "2020-01-01", codes={"CD303"})


def test_a_place_slip_after_its_first_letter_is_still_found():
    text = ("Study backs coffee\n\nDoctors at St Osric's Hospital in Washingtin said on Thursday "
            "that the results were reassuring.\n\nThe study ran for ten years.")
    assert _loud(text, "2020-01-01", codes={"CD303"})


# -- "the baths ... since they opened": a thing named in the plural, and "they" ----------------

@pytest.mark.parametrize("text", [
    "Baths to close\n\nThe baths, which opened in 1974, lose £180,000 a year.\n\nIda Marwood, 67, has "
    "swum at the baths every morning since they opened in 1972.",
    "Works shut\n\nThe works, which opened in 1961, will close in June.\n\nRon Tallis has worked at "
    "the works since they opened in 1959.",
    "Homes restored\n\nThe Harlow almshouses, which opened in 1890, reopen on Friday.\n\nVolunteers "
    "have tended the almshouses since they opened in 1886.",
])
def test_plural_thing_opened_twice(text):
    found = _loud(text, "1998-11-05", codes={"CD404"})
    assert found


def test_plural_thing_opened_once_is_silent():
    text = ("Baths to close\n\nThe baths, which opened in 1974, lose £180,000 a year.\n\nIda Marwood, "
            "67, has swum at the baths every morning since they opened in 1974.")
    assert not _loud(text, "1998-11-05", codes={"CD404"})


# -- "the 58-year-old fiddler Rowan Tey": an age on the noun that titles the name --------------

@pytest.mark.parametrize("text", [
    "Fiddler plays on\n\nThe 58-year-old fiddler Rowan Tey still plays three nights a week. Tey "
    "was born in 1930 in Kelby.",
    "Potter's show\n\nThe 44-year-old potter Ilse Varnham runs the Harlow kilns. Varnham was born "
    "in 1950.",
    "Keeper retires\n\nThe 66-year-old keeper Amos Pellingham climbed the Stoke Carrow tower for "
    "the last time on Friday. Pellingham was born in 1921.",
])
def test_age_on_a_title_noun_before_the_name(text):
    assert _loud(text, "1992-08-07", codes={"CD101"})


def test_age_on_a_title_noun_twin_is_silent():
    text = ("Potter's show\n\nThe 42-year-old potter Ilse Varnham runs the Harlow kilns. Varnham "
            "was born in 1950.")
    assert not _loud(text, "1992-08-07", codes={"CD101"})
