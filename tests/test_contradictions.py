"""CD4xx contradiction rules, on articles written for the tests (none from the sample)."""

from __future__ import annotations

import pytest

from copydesk import facts
from copydesk.checks import run_rules, select_rules
from copydesk.checks.contradictions import drop_absorbed
from copydesk.model import Finding, Span


@pytest.fixture
def cd4(make_doc):
    """cd4(text, published) -> CD4xx findings, with the facts stage run after make_doc
    (until copydesk/stages.py wires it)."""

    def go(text: str, published: str = "2020-03-01"):
        from datetime import date

        doc = make_doc(text, published=date.fromisoformat(published))
        if "facts" not in doc.extras:
            facts.annotate(doc)
        return list(run_rules(doc, select_rules(["CD4"])))

    return go


def codes(found):
    return sorted(f.code for f in found)


# --------------------------------------------------------------------------- each rule fires

def test_cd401_role_start_two_years(cd4):
    found = cd4("Grace Okafor became chair of the Harbour Trust in 2006.\n\nThe trust manages the old docks.\n\n"
                "Okafor has run the Harbour Trust since 2009, colleagues said.")
    f = [x for x in found if x.code == "CD401"]
    assert len(f) == 1
    assert "2006" in f[0].message and "2009" in f[0].message
    assert f[0].severity == "warning"  # one side is attributed to colleagues
    assert "colleagues" in f[0].message
    assert len(f[0].evidence) == 2


def test_cd402_birthplace_attributed_is_warning(cd4):
    found = cd4("Born in Porto in 1961, Silva joined the club as a teenager.\n\nThe club said Silva was born in Braga.")
    f = [x for x in found if x.code == "CD402"]
    assert len(f) == 1 and f[0].severity == "warning"
    assert "Porto" in f[0].message and "Braga" in f[0].message and "the club" in f[0].message


def test_cd402_birth_date_own_voice_is_error(cd4):
    found = cd4("Tan was born on 4 May 1970 in Ipoh.\n\nThe court heard that Tan, who was born on 9 May 1970, had no record.")
    f = [x for x in found if x.code == "CD402"]
    assert len(f) == 1 and f[0].severity == "error"
    assert "1970-05-04" in f[0].message and "1970-05-09" in f[0].message


def test_cd403_two_ages(cd4):
    found = cd4("The 44-year-old driver, Femi Adeyemi, was stopped on the motorway.\n\n"
                "On Tuesday the 47-year-old Adeyemi was charged with dangerous driving.")
    f = [x for x in found if x.code == "CD403"]
    assert len(f) == 1 and "44" in f[0].message and "47" in f[0].message


def test_cd404_restated_event_new_year(cd4):
    found = cd4("In 2004 the city council approved the harbour redevelopment plan.\n\nResidents objected.\n\n"
                "The city council approved the harbour redevelopment plan in 2006.")
    f = [x for x in found if x.code == "CD404"]
    assert len(f) == 1 and f[0].severity == "error"
    assert {e.text[:10] for e in f[0].evidence} == {"In 2004 th", "The city c"}


def test_cd404_restated_sentence_with_also_in_both(cd4):
    # "also" dates another occasion only when the wording differs; word for word, one event
    found = cd4("The harbour tax, introduced in 2015, also hurt the fishing fleet.\n\nBoats left for other ports.\n\n"
                "Ferries cut their winter timetable.\n\n"
                "As reported, the harbour tax, introduced in 2013, also hurt the fishing fleet.")
    f = [x for x in found if x.code == "CD404"]
    assert len(f) == 1 and "2015" in f[0].message and "2013" in f[0].message


def test_cd4_restated_sentence_whose_surname_is_shared_by_kin(cd4):
    # the daughter, brought in as kin, is called by her full name: the bare surname of the
    # restatement stays the father's, whose post is then dated twice
    found = cd4("Ravi Banerjee was elected mayor in 2012 and served his full five-year term, but did not "
                "seek reelection, citing age and health concerns.\n\n"
                "His daughter, Meera Banerjee, said he died peacefully.\n\n"
                "Banerjee was elected mayor in 2010 and served his full five-year term, but did not "
                "seek reelection, citing age and health concerns.")
    f = [x for x in found if x.code in ("CD401", "CD404")]
    assert len(f) == 1 and "2012" in f[0].message and "2010" in f[0].message and "Ravi Banerjee" in f[0].message


def test_cd405_restated_count(cd4):
    found = cd4("The storm damaged 120 homes in the river valley.\n\nCrews worked through the night.\n\n"
                "The storm damaged 210 homes in the river valley.")
    assert codes(found) == ["CD405"]
    assert "120" in found[0].message and "210" in found[0].message


def test_cd406_unknown_against_asserted(cd4):
    found = cd4("Mensah signed the open letter to the minister.\n\nThe letter called for an inquiry.\n\n"
                "It is unclear whether Mensah signed it.")
    f = [x for x in found if x.code == "CD406"]
    assert len(f) == 1 and "open letter" in f[0].message
    assert {e.role for e in f[0].evidence} == {"asserted", "unknown"}


def test_cd406_negated_restatement(cd4):
    found = cd4("The mayor approved the budget for the new stadium.\n\nCouncillors were divided.\n\n"
                "The mayor did not approve the budget for the new stadium.")
    assert codes(found) == ["CD406"]


def test_cd407_still_in_post_but_quit(cd4):
    found = cd4("Duarte is still the union's treasurer.\n\nThe union represents dockers.\n\n"
                "Duarte quit as treasurer of the union in January.")
    f = [x for x in found if x.code == "CD407"]
    assert len(f) == 1 and "January" in f[0].message


# --------------------------------------------------------------------------- and stay silent

@pytest.mark.parametrize("text", [
    # two different roles in different years
    "Grace Okafor became treasurer of the Harbour Trust in 2006.\n\nIn 2012 she was elected chair of the Harbour Trust.",
    # a deputy post, then the top post
    "Anna Lindqvist was named deputy director of the City Museum in 2010.\n\nShe became director of the City Museum in 2015.",
    # an acting role, then the permanent one
    "Thabo Mbeki was appointed acting president of the Rugby League in 2003.\n\n"
    "He was confirmed as president of the Rugby League in 2004.",
    # a toll that rose over days, dated as such
    "The fire killed 30 people on Monday, officials said.\n\nBy Wednesday the fire had killed 41 people, officials said.",
    "The explosion at the plant left 14 people dead.\n\nThe number of dead rose to 19 on Thursday.",
    # a number about a different group
    "The storm damaged 120 homes in the river valley.\n\nThe storm damaged 40 schools in the river valley.",
    # a place inside the other
    "Marie Duval was born in Lyon, France, in 1950.\n\nDuval, who was born in France, moved to Quebec.",
    # two occasions, each said to be another one
    "The club also won the regional cup in 2004, beating the holders in the final.\n\n"
    "The club also won the national cup in 2006, beating the holders in the final.",
    # two people, the same words about each
    "Ravi Banerjee was elected to the city council in 2010 after a close race.\n\n"
    "Meera Iyer was elected to the city council in 2012 after a close race.",
    # "the estimated cost" of two projects, each in its own paragraph
    "The northern pipeline would carry gas from the offshore fields to the coast. The estimated cost "
    "is four billion euros, but falling prices may keep private investors away, an analyst said.\n\n"
    "A second plan would lay a power cable between the islands by 2027. The estimated cost is "
    "900 million euros, and the government has promised to pay half.",
    # a repeated event, said to be one
    "In 2004 the city council approved the harbour redevelopment plan.\n\n"
    "The city council approved the harbour redevelopment plan again in 2006.",
    # left the post, holds another
    "Duarte quit as treasurer of the union in January.\n\nDuarte is now the union's chair.",
    # a consistent restatement
    "The storm damaged more than 100 homes in the river valley.\n\nThe storm damaged 120 homes in the river valley.",
    # an indefinite person each time: two men, not one
    "A 37-year-old man was arrested in Leeds on Friday.\n\nA 46-year-old man was arrested in Leeds on Friday.",
])
def test_consistent_text_is_silent(cd4, text):
    found = cd4(text, published="2020-03-06")
    assert [f for f in found if f.severity != "info"] == [], [f.message for f in found]


# --------------------------------------------------------------------------- severity and merging

def test_reported_dispute_is_info(cd4):
    found = cd4("Silva was born in Porto in 1961.\n\nThe club says Silva was born in Braga, which his family disputes.")
    f = [x for x in found if x.code == "CD402"]
    assert f and f[0].severity == "info"


def test_drop_absorbed_removes_the_absorbed_finding():
    keep = Finding(code="CD401", message="m", evidence=[Span(0, 10, "a" * 10), Span(50, 60, "b" * 10)])
    keep.absorbs = [("CD103", [(0, 10), (50, 60)])]
    absorbed = Finding(code="CD103", message="n", evidence=[Span(2, 8, "c" * 6), Span(52, 58, "d" * 6)])
    other = Finding(code="CD103", message="o", evidence=[Span(100, 110, "e" * 10)])
    assert drop_absorbed([keep, absorbed, other]) == [keep, other]


def test_rules_documented():
    from copydesk.checks import all_rules

    cd4 = [r for r in all_rules() if r.code.startswith("CD4")]
    assert [r.code for r in cd4] == ["CD401", "CD402", "CD403", "CD404", "CD405", "CD406", "CD407", "CD408"]
    assert all(r.category == "contradiction" for r in cd4)


def test_an_age_at_an_event_is_not_a_second_current_age():
    import copydesk

    text = ("Profile\n\nZara Lind is 26 now, she told reporters on Monday.\n\n"
            "At the age of 13, Lind stopped going to school.")
    assert [f.code for f in copydesk.check(text, published="2020-07-06", select=["CD4"]).findings] == []
    text = text.replace("At the age of 13, Lind stopped going to school.", "Lind is 31, her sister said.")
    assert [f.code for f in copydesk.check(text, published="2020-07-06", select=["CD4"]).findings] == ["CD403"]


def test_two_nominations_of_different_people_are_two_events():
    import copydesk

    text = ("Party\n\nThe Temperance Party changed its ticket twice.\n\n"
            "In November 2018, the party nominated a ticket of Bill Bayes for President and Carl Gammon "
            "for Vice President. Bayes withdrew in March 2019. The next month, the party nominated a new "
            "ticket of Gammon for President and Ada Collins for Vice President.")
    assert [f.code for f in copydesk.check(text, published="2020-10-22", select=["CD4"]).findings] == []
    same = ("Party\n\nIn November 2018, the party nominated Bill Bayes for President at its convention.\n\n"
            "The delegates were pleased. In November 2017, the party nominated Bill Bayes for President "
            "at its convention.")
    assert [f.code for f in copydesk.check(same, published="2020-10-22", select=["CD4"]).findings] == ["CD404"]
