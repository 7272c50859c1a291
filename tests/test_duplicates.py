"""CD2xx: repeated passages and sentences. Every story here was written for these tests."""

from __future__ import annotations

import random

import pytest

from copydesk.checks import get_rule, run_rules, select_rules
from copydesk.checks.duplicates import allowed_edits, normalise

CD2 = ["CD2"]


def check(make_doc, text, select=CD2, **kw):
    """Run the selected rules and verify every evidence span against the text."""
    doc = make_doc(text, **kw)
    findings = list(run_rules(doc, select_rules(select)))
    for f in findings:
        assert f.evidence, f
        for e in f.evidence:
            assert text[e.start:e.end] == e.text, (f.code, e)
            assert e.text.strip() == e.text and e.text
    return doc, findings


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def para(*paragraphs):
    return "\n\n".join(paragraphs)


# --- stories -------------------------------------------------------------------------------

QUAKE_CAPTION = ("Rescuers search the rubble of a collapsed apartment block in Izmir's Bayrakli "
                 "district on Saturday morning (pictured)")
QUAKE = para(
    "Rescuers pull survivors from rubble after quake hits western Turkey",
    "Rescue teams worked through the night on Saturday to free people trapped under collapsed "
    "buildings after a powerful earthquake struck the Aegean coast, officials said.",
    "The quake, which the country's disaster agency put at magnitude 6.6, was centred in the sea "
    "north of the island of Samos and was felt as far away as Istanbul and Athens.",
    "At least 27 people were killed and more than 800 injured, according to the agency, which said "
    "17 buildings had collapsed in the city of Izmir.",
    QUAKE_CAPTION,
    QUAKE_CAPTION.replace("'", "\u2019"),
    "Emergency workers used sniffer dogs and thermal cameras to locate people still trapped, and "
    "cranes lifted slabs of concrete as relatives waited behind police tape.",
    "\u201cWe heard a voice from under the third floor at about four in the morning,\u201d said Mehmet "
    "Yilmaz, a volunteer with a local search team. \u201cSince then we have been digging with our hands.\u201d",
    "A 70-year-old man was pulled alive from the ruins of a seven-storey building after 33 hours, "
    "the mayor of Izmir said on Sunday.",
    "The governor's office said 1,200 aftershocks had been recorded, 40 of them stronger than magnitude 4.",
    "Schools in the province will remain closed for a week while engineers inspect buildings for damage.",
    "On Samos, two teenagers were killed when a wall fell on them as they walked home from school, "
    "Greek officials said.",
    "The government has promised to rebuild damaged homes within a year and to pay rent for families "
    "who cannot return.",
)

BUDGET_P3 = ("The council said the rise was needed to cover the growing cost of adult social care, which "
             "now takes almost half of its budget, and to keep libraries and children's centres open.")
BUDGET_P3_EDITED = BUDGET_P3.replace("growing cost", "rising cost").replace("centres open", "centres running")
BUDGET = para(
    "Council tax to rise by 4.99 per cent as county faces care bill",
    "Households in the county will pay almost five per cent more in council tax from April after "
    "councillors approved the budget at a meeting on Thursday night.",
    BUDGET_P3,
    "A band D property will pay \u00a31,874 a year, an increase of \u00a389, the highest rise allowed "
    "without a local referendum.",
    "The Liberal Democrat group proposed an amendment to freeze parking charges, but it was defeated.",
    "Opposition leader Sarah Whitfield said families were already struggling with energy bills and "
    "that the council should have drawn on its reserves instead.",
    "\u201cPeople are being asked to pay more and get less,\u201d she said.",
    "Cabinet member for finance Tom Hargreaves said the reserves were needed for emergencies and "
    "could only be spent once.",
    "The budget includes \u00a312m for road repairs after a wet winter left many rural lanes full of potholes.",
    "Bus subsidies will be cut by a third, affecting evening services on eleven routes.",
    BUDGET_P3_EDITED,
    "The new charges will appear on bills sent out in March.",
)

BRIDGE_FACT = ("The bridge, which carries about 40,000 vehicles a day, was closed in March after "
               "engineers found cracks in two of its concrete piers.")
BRIDGE = para(
    "Repairs to Severn crossing to take two more years",
    "Work to repair the cracked road bridge over the river will not be finished until 2027, the "
    "highways agency said on Monday, a year later than first planned.",
    f"{BRIDGE_FACT} Traffic has since been diverted through the town centre, where queues stretch "
    "for more than a mile at peak times.",
    "Business owners say footfall has fallen since the closure. \u201cPeople simply avoid coming in,\u201d "
    "said Priya Shah, who runs a bakery on the high street.",
    "The agency said the repairs would cost \u00a3145m, nearly double the original estimate, because "
    "steel prices had risen and divers had found more damage below the waterline.",
    "A temporary footbridge will open in the summer so that pedestrians and cyclists can cross.",
    "Local MP David Rees called the delay \u201cdeeply frustrating\u201d and asked ministers to pay for "
    "free park-and-ride buses while the work continues.",
    f"Engineers inspected the structure again last month. {BRIDGE_FACT} The agency has not ruled out "
    "replacing one of the piers entirely.",
    "The agency will publish a detailed timetable for the work in the autumn.",
)

WIRE = para(
    "Ministers meet as fuel strike enters second week",
    "Government ministers held emergency talks with union leaders on Tuesday as a strike by tanker "
    "drivers left hundreds of petrol stations without fuel, the energy ministry said.",
    "\u201cWe are doing everything we can to get supplies moving,\u201d he said. \u201cBut we will not "
    "negotiate under pressure.\u201d",
    "The union says its members have not had a pay rise in three years.",
    "\u201cOur drivers work 60-hour weeks and they are tired of being ignored,\u201d she said.",
    "The ministry said in a statement that the army was ready to drive tankers if talks failed.",
    "Queues formed outside stations in the capital from early morning, and some drivers waited more "
    "than two hours, witnesses said.",
    "\u201cI have to get my children to school and myself to work,\u201d he said.",
    "Police said no one was hurt in scuffles outside one station in the north of the city.",
    "The ministry said in a statement that talks would resume on Wednesday.",
    "Shares in fuel distributors fell 3 per cent, traders said.",
    "\u201cThis cannot go on much longer,\u201d she said.",
    "Police said no one was hurt.",
)

COUNCIL = para(
    "How councillors voted on the library closures",
    "Councillors voted by 31 votes to 24 on Wednesday night to close six branch libraries and move "
    "their book stock to the central library, which will open longer hours.",
    "The motion was proposed by the leader of the council, Mark Ellison, and seconded by his deputy, "
    "Fiona Grant.",
    "Councillor Jane Morris (Labour, Castle ward) voted for the motion.",
    "Councillor Peter Okafor (Labour, Castle ward) voted for the motion.",
    "Councillor Helen Briggs (Conservative, Abbey ward) voted against the motion.",
    "Councillor Ravi Mehta (Conservative, Abbey ward) voted against the motion.",
    "Councillor Anne Foster (Green, Riverside ward) voted against the motion.",
    "Councillor Sam Whitley (Labour, Riverside ward) voted for the motion.",
    "Councillor John Pryce (Independent, Mill ward) abstained.",
    "An amendment to keep the Northfield branch open for two days a week was defeated by 30 votes to 25.",
    "A second amendment to delay the closures until a public consultation had been held was defeated "
    "by 29 votes to 26.",
    "The closures will take effect from the first of September, the council said.",
)

SPORT = para(
    "Late Walker goal sends Rovers top",
    "Rovers moved to the top of the table with a 2-1 win over City at Brook Park on Saturday, Jamie "
    "Walker scoring the winner in the 89th minute.",
    "City took the lead in the 12th minute when Luke Barnes headed in a corner from the right.",
    "Rovers equalised in the 54th minute when Tom Ashby curled a free kick into the top corner from "
    "25 yards.",
    "Walker, who came on as a substitute in the 70th minute, scored his eighth goal of the season "
    "with a low shot from the edge of the area.",
    "\u201cIt was a great ball from Ashby and I just had to hit the target,\u201d Walker said.",
    "City manager Steve Price said his side had deserved at least a point.",
    "Half-time: Rovers 0 City 1.",
    "Full-time: Rovers 2 City 1.",
    "Elsewhere, United beat Albion 3-0 at the Memorial Ground, with Chris Dale scoring twice in the "
    "first half in front of a crowd of 14,000.",
    "Town drew 1-1 with Athletic at the Memorial Ground, with Chris Dale's brother Sam scoring for "
    "Athletic in front of a crowd of 9,000.",
    "In the first leg of the cup tie, Rovers beat City 2-1 at Brook Park on a cold night in front of "
    "12,000 fans.",
    "In the second leg of the cup tie, Rovers beat City 3-1 at Brook Park on a cold night in front of "
    "11,000 fans.",
    "Rovers play Town away next Saturday.",
)


# --- CD201 ---------------------------------------------------------------------------------

def test_caption_pasted_twice_with_curly_apostrophe_is_one_verbatim_repeat(make_doc):
    doc, findings = check(make_doc, QUAKE)
    assert [f.code for f in findings] == ["CD201"]
    f = findings[0]
    assert f.rule == "repeated-passage" and f.category == "duplicate" and f.severity == "warning"
    assert [e.role for e in f.evidence] == ["first", "repeat"]
    first, repeat = f.evidence
    assert first.text == QUAKE_CAPTION and repeat.text == QUAKE_CAPTION.replace("'", "\u2019")
    assert "verbatim" in f.message and "near-verbatim" not in f.message
    assert "(caption)" in f.message
    assert f"line {line_of(QUAKE, repeat.start)} repeats line {line_of(QUAKE, first.start)}" in f.message
    assert f.message == "paragraph (caption) on line 11 repeats line 9 verbatim"
    assert "delete" in f.suggestion


def test_caption_repeat_is_not_reported_again_by_cd202(make_doc):
    _, findings = check(make_doc, QUAKE, select=["CD202"])
    assert findings == []


def test_paragraph_repeated_far_apart_with_two_words_changed_is_near_verbatim(make_doc):
    doc, findings = check(make_doc, BUDGET)
    assert [f.code for f in findings] == ["CD201"]
    f = findings[0]
    assert "near-verbatim" in f.message
    assert "2 words differ" in f.message and "growing" in f.message and "rising" in f.message
    assert [e.text for e in f.evidence] == [BUDGET_P3, BUDGET_P3_EDITED]
    assert f.message.startswith(f"paragraph on line {line_of(BUDGET, f.evidence[1].start)} repeats line "
                                f"{line_of(BUDGET, f.evidence[0].start)}")


def test_differences_of_case_spacing_punctuation_and_dashes_are_verbatim(make_doc):
    a = ("The 2019 survey \u2013 the largest of its kind \u2013 found that most residents wanted the old "
         "market hall turned into a cinema.")
    b = ("the 2019 survey - the largest of its kind -  found that most residents wanted the old market "
         "hall turned into a cinema")
    text = para("Market hall plan divides town", a,
                "The town council will discuss the proposal at its meeting next month.", b)
    _, findings = check(make_doc, text)
    assert [f.code for f in findings] == ["CD201"]
    assert findings[0].message.endswith("verbatim") and "near" not in findings[0].message


def test_three_copies_of_a_paragraph_are_each_paired_with_the_first(make_doc):
    copy = ("Anyone with information about the fire is asked to call the police on 101, quoting "
            "incident number 4417, or to contact Crimestoppers anonymously.")
    text = para(
        "Arson suspected in warehouse blaze",
        "Fire crews were called to the warehouse on Mill Lane shortly after 2am on Sunday and spent "
        "six hours bringing the blaze under control.",
        copy,
        "Detectives say they are treating the fire as deliberate after finding traces of petrol.",
        copy,
        "The owner of the building, a furniture company, said the loss would run to millions of pounds.",
        copy.replace("\u2019", "'"),
    )
    _, findings = check(make_doc, text)
    assert [f.code for f in findings] == ["CD201", "CD201"]
    firsts = {f.evidence[0].start for f in findings}
    repeats = [f.evidence[1].start for f in findings]
    assert len(firsts) == 1 and firsts.pop() == text.index(copy)
    assert repeats == sorted(repeats) and len(set(repeats)) == 2


def test_headline_repeated_verbatim_as_first_paragraph(make_doc):
    head = "City council approves plan to close six branch libraries to save money"
    text = para(head, head,
                "The city council on Tuesday approved a plan to close six of its branch libraries, saying "
                "the move would save \u00a32.4m a year.",
                "Campaigners said they would seek a judicial review of the decision.")
    _, findings = check(make_doc, text)
    assert [f.code for f in findings] == ["CD201"]
    assert "headline on line 1" in findings[0].message


def test_headline_paraphrased_in_lede_is_normal(make_doc):
    text = para("City council approves plan to close six branch libraries to save money",
                "The city council on Tuesday approved a plan to close six of its branch libraries in an "
                "effort to save money.",
                "Campaigners said they would seek a judicial review of the decision.")
    _, findings = check(make_doc, text)
    assert findings == []


def test_long_paragraph_repeated_with_one_changed_figure_says_which(make_doc):
    long = ("The report, which was commissioned by the health board after a series of complaints from "
            "families, found that patients waited an average of 14 hours in the emergency department "
            "before being given a bed on a ward, and that staff shortages on night shifts were the main "
            "cause of the delays.")
    changed = long.replace("14 hours", "16 hours")
    text = para("Hospital waits criticised in report", long,
                "The health board said it accepted all of the report's recommendations.",
                "A spokesman said 40 extra nurses had been recruited since the summer.", changed)
    _, findings = check(make_doc, text)
    assert [f.code for f in findings] == ["CD201"]
    assert "near-verbatim" in findings[0].message
    assert "14" in findings[0].message and "16" in findings[0].message


def test_short_template_sentences_with_different_numbers_are_not_repeats(make_doc):
    text = para(
        "Two hurt in crash on bypass",
        "Two people were injured in a crash between a car and a van on the bypass on Friday evening.",
        "A 25-year-old man from Leeds was taken to hospital with serious head injuries after the crash.",
        "The road was closed for four hours while officers examined the scene.",
        "A 52-year-old man from Leeds was taken to hospital with serious head injuries after the crash.",
        "The 25-year-old was taken to hospital.",
        "The 52-year-old was taken to hospital.",
    )
    _, findings = check(make_doc, text)
    assert findings == []


# --- CD202 ---------------------------------------------------------------------------------

def test_sentence_pasted_into_two_paragraphs_is_one_cd202(make_doc):
    _, findings = check(make_doc, BRIDGE)
    assert [f.code for f in findings] == ["CD202"]
    f = findings[0]
    assert f.rule == "repeated-sentence" and f.severity == "warning"
    assert [e.text for e in f.evidence] == [BRIDGE_FACT, BRIDGE_FACT]
    assert [e.role for e in f.evidence] == ["first", "repeat"]
    assert f.evidence[0].start == BRIDGE.index(BRIDGE_FACT)
    assert f.evidence[1].start == BRIDGE.rindex(BRIDGE_FACT)
    assert f.message == (f"sentence on line {line_of(BRIDGE, f.evidence[1].start)} repeats a sentence on "
                         f"line {line_of(BRIDGE, f.evidence[0].start)} verbatim")


def test_three_copies_of_a_sentence_give_two_findings_against_the_first(make_doc):
    fact = ("The museum, which opened in 1962, holds the largest collection of Roman coins found in "
            "northern England.")
    text = para(
        "Museum to close for two-year refit",
        f"The city museum will close in January for a two-year refurbishment. {fact}",
        f"Curators will use the closure to catalogue the collection. {fact} Some items will go on tour.",
        "The council has set aside \u00a38m for the work, with the rest coming from a lottery grant.",
        f"Visitors have until the end of December to see the displays. {fact}",
    )
    _, findings = check(make_doc, text)
    assert [f.code for f in findings] == ["CD202", "CD202"]
    assert {f.evidence[0].start for f in findings} == {text.index(fact)}
    assert sorted(f.evidence[1].start for f in findings) == sorted(
        i for i in (text.find(fact, text.index(fact) + 1), text.rindex(fact)))


def test_pull_quote_repeating_a_quotation_is_a_repeat(make_doc):
    quote = ("We will not let this town die without a fight, and we will rebuild every shop, school "
             "and home that the floodwater took from us")
    text = para(
        "Flood-hit town vows to rebuild",
        "Residents began clearing mud from their homes on Monday as the river fell back below its banks "
        "after three days of flooding.",
        f"\u201c{quote},\u201d said Mayor Ann Cole, standing outside the ruined library.",
        "The Environment Agency said more than 300 homes had been flooded.",
        f"\u201c{quote}.\u201d",
        "Insurers have set up a temporary office in the town hall.",
    )
    _, findings = check(make_doc, text)
    assert [f.code for f in findings] == ["CD202"]
    assert "within a longer sentence" in findings[0].message


def test_sentence_repeated_within_one_paragraph(make_doc):
    s = "The road will remain closed until Friday while engineers assess the damage to the bridge supports."
    text = para("Bridge road closed after lorry strike",
                "A lorry hit the bridge on Station Road early on Tuesday, police said.",
                f"{s} Drivers are advised to use the A40 instead. {s}")
    _, findings = check(make_doc, text)
    assert [f.code for f in findings] == ["CD202"]
    assert "same paragraph" in findings[0].message


def test_older_version_of_a_paragraph_left_in_gives_one_grouped_finding(make_doc):
    s1 = ("Police closed the motorway between junctions 12 and 14 for most of the afternoon while "
          "investigators examined the wreckage of the coach.")
    s2 = ("The coach company said its vehicles were inspected every six weeks and that the driver had "
          "more than twenty years of experience.")
    text = para("Coach crash closes motorway",
                "Eleven passengers were treated in hospital after a coach overturned on the motorway on "
                "Saturday.",
                f"{s1} {s2}",
                "The Department for Transport said it would review the accident report.",
                "Two of the injured passengers were still in hospital on Sunday evening, the ambulance "
                "service said.",
                f"{s1} {s2} It declined to name the driver.")
    _, findings = check(make_doc, text)
    assert [f.code for f in findings] == ["CD202"]
    f = findings[0]
    assert f.message.startswith("2 sentences in the paragraph on line 11 repeat sentences on line 5")
    assert [e.role for e in f.evidence] == ["first", "repeat", "first", "repeat"]


# --- clean copy ----------------------------------------------------------------------------

@pytest.mark.parametrize("story", [WIRE, COUNCIL, SPORT], ids=["wire", "council", "sport"])
def test_clean_stories_have_no_duplicates(make_doc, story):
    _, findings = check(make_doc, story)
    assert findings == []


def test_short_stock_phrases_repeated_are_ignored(make_doc):
    text = para(
        "Man arrested after town centre disturbance",
        "A man has been arrested after a disturbance outside a pub in the town centre, police said.",
        "\u201cIt was frightening,\u201d she said.",
        "Police said no one was hurt.",
        "Officers were called at about 11pm on Saturday.",
        "\u201cI have never seen anything like it,\u201d she said.",
        "Police said no one was hurt.",
        "Image: Jane Doe.",
        "Image: Jane Doe.",
        "No one was injured.",
        "No one was injured.",
        "The ministry said in a statement.",
        "The ministry said in a statement.",
        "He said.",
        "He said.",
    )
    _, findings = check(make_doc, text)
    assert findings == []


# --- mechanics -----------------------------------------------------------------------------

def test_normalise_folds_quotes_apostrophes_dashes_case_and_spacing():
    assert normalise("Iran\u2019s  \u201cQuds\u201d Force \u2013 ELITE") == normalise("iran's \"quds\" force - elite")
    assert normalise("Don\u2019t stop.") == "dont stop"


def test_allowed_edits_grow_with_length():
    assert [allowed_edits(n) for n in (8, 15, 16, 23, 24, 39, 50, 100)] == [1, 1, 2, 2, 3, 3, 4, 8]


def test_rules_are_registered_with_documentation():
    for code, name in (("CD201", "repeated-passage"), ("CD202", "repeated-sentence")):
        r = get_rule(code)
        assert r is not None and r.name == name and r.category == "duplicate" and r.severity == "warning"
        for heading in ("What it finds", "Why it matters", "Example"):
            assert heading in r.doc


def test_long_article_stays_fast(make_doc):
    rng = random.Random(7)
    names = ["Smith", "Jones", "Patel", "Nguyen", "Garcia", "Okafor", "Kowalski", "Brown"]
    nouns = ("council budget school road hospital police report plan vote tax housing bridge library "
             "river park station court judge officer minister company union strike price market").split()
    fill = "the of and to in a that for on with as at by from which".split()

    def sentence():
        words = [rng.choice(names), rng.choice(["approved", "rejected", "delayed", "funded"]), "the"]
        words += [rng.choice(fill + nouns + nouns + [str(rng.randint(1, 999))]) for _ in range(rng.randint(8, 18))]
        return " ".join(words) + "."

    paragraphs = [" ".join(sentence() for _ in range(rng.randint(1, 3))) for _ in range(300)]
    paragraphs[250] = paragraphs[20]  # one real repeat, far apart
    text = para("Council approves budget after long night", *paragraphs)
    doc = make_doc(text)
    doc.sentences  # parsing is not the rule's cost
    # Speed is measured by benchmarks/speed.py, not asserted here: a long article still gives
    # exactly its one real repeat and no template noise.
    findings = list(run_rules(doc, select_rules(CD2)))
    assert [f.code for f in findings] == ["CD201"]


@pytest.mark.parametrize("second", [
    "A crowd outside the mayor's hall as the despicable plan was read out (Photo: Ana Ruiz)",
    "A crowd outside the mayor’s hall as the despicable plan was read out (Photo: Ana Ruiz)",
])
def test_findings_inside_a_repeated_caption_are_reported_once(second):
    import copydesk

    caption = "A crowd outside the mayor's hall as the despicable plan was read out (Photo: Ana Ruiz)"
    text = ("Harbour row\n\nThe mayor met the harbour board on Monday to discuss the sale.\n\n"
            f"{caption}\n\nThe council votes on Friday, officials said.\n\n{second}\n\n"
            "The sale would raise 4 million euros.")
    report = copydesk.check(text, published="2024-05-02", select=["CD201", "CD601"])
    codes = sorted(f.code for f in report.findings)
    assert codes == ["CD201", "CD601"]
    loaded = next(f for f in report.findings if f.code == "CD601")
    assert loaded.evidence[0].end < text.index(second, text.index(caption) + 1)  # on the first copy


def test_a_question_put_to_two_guests_in_a_transcript_is_not_a_repeat():
    import copydesk

    q = "Will the council appoint new harbour wardens to patrol the sea wall this winter?"
    text = ("Two harbour masters\n\nOur reporter spoke to the harbour masters of Lund and Vik.\n\n"
            f"((Reporter)) {q}\n\n((Ada Price)) We hope so, and we have asked for four.\n\n"
            f"((Reporter)) {q}\n\n((Ole Berg)) Not in Vik; we have no money for it.")
    assert [f.code for f in copydesk.check(text, published="2024-05-02", select=["CD2"]).findings] == []
