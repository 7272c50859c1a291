"""Clean copy of other house styles stays quiet (session 5): each test names the mechanism it
pins down (how a pull quote's marks pair, ...), in wordings and names of our own, with a twin
that must still fire."""

from __future__ import annotations

from datetime import date

import pytest

# -- a pull quote credits its speaker inside the marks, on a line of its own

_BODY = ("Tram plan backed\n\nThe council met on Tuesday and heard from residents about the plans "
         "for the valley.\n\n")


@pytest.mark.parametrize("credit,speaker", [
    ("Ada Pellworth.", "Ada Pellworth"),
    ("Former deputy mayor Tomas Reyvik.", "Tomas Reyvik"),
    ("Ilse Brandvold, chair of the residents association.", "Ilse Brandvold"),
])
def test_a_pull_quote_credit_line_closes_the_quotation(run, make_doc, credit, speaker):
    text = (_BODY + '"Nobody in this valley ever asked for a motorway through the orchards.\n'
            f'{credit}"\n\nThe council votes next month.\n')
    assert [f for f in run(text, select=["CD701"])] == []
    quotes = make_doc(text).quotes
    assert [q.speaker.name for q in quotes if q.speaker] == [speaker]
    assert all(speaker not in q.text for q in quotes)  # the credit is not the speaker's words


def test_a_pull_quote_cut_short_of_the_body_quote_is_no_misquote(run):
    text = ("Tram plan backed\n\n“We will build the tram line before the next winter comes, and we will "
            "pay for it without a new tax,” Ada Pellworth said at the council meeting.\n\n"
            '"We will build the tram line before the next winter comes.\nAda Pellworth, council leader."\n\n'
            "The council votes next month.\n")
    assert [f for f in run(text, select=["CD7"])] == []


@pytest.mark.parametrize("last", [
    "We all love New Harlow.",            # a sentence that ends on a name is no credit
    "Ada Pellworth, she said.",           # a clause after the comma is no title
])
def test_a_quotation_run_into_a_paragraph_that_is_no_credit_still_fires(run, last):
    text = _BODY + f'"Nobody in this valley ever asked for a motorway through the orchards.\n{last}"\n\nThe end.\n'
    assert [f.code for f in run(text, select=["CD701"])] == ["CD701"]


# -- one slip, one finding: a closer typed as a second opener, a garbled run of marks

@pytest.mark.parametrize("text", [
    'Ferry vote\n\n"Without a [harbour[ trust of real size," she said, the ferry would close.\n',
    "Ferry vote\n\nThe trust (founded in 1961( runs the ferry and the two island piers.\n",
    "Ferry vote\n\nThe levy would fund [the pier[ and a new waiting room at the quay.\n",
])
def test_a_closer_typed_as_an_opener_is_one_finding(run, text):
    assert [f.code for f in run(text, select=["CD804"])] == ["CD804"]


def test_balanced_brackets_stay_silent(run):
    text = 'Ferry vote\n\n"Without a [harbour] trust of real size," she said, the ferry (founded in 1961) would close.\n'
    assert run(text, select=["CD804"]) == []


@pytest.mark.parametrize("tail", ["?’.’\"", "!’.’\"", ".’’\""])
def test_a_garbled_run_of_closing_marks_is_one_finding(run, tail):
    text = f"Ferry vote\n\nShe asked the room one thing: “Would you trust this man with the harbour{tail}\n"
    assert [f.code for f in run(text, select=["CD701"])] == ["CD701"]


def test_closing_marks_in_two_places_are_two_findings(run):
    text = "Ferry vote\n\nThe vote is close,\" she said. Nobody knows who will win.\" The count is on Friday.\n"
    assert [f.code for f in run(text, select=["CD701"])] == ["CD701", "CD701"]


# -- parts and totals: what a share is of, whose clause it is in, and what a part's clause counts

def cd108(run, text):
    return [f.code for f in run(text, select=["CD108"])]


@pytest.mark.parametrize("text", [
    "Mayor's race\n\nWith 97 percent of precincts reporting, Lowe had 58 percent of the vote.\n",
    "Mayor's race\n\nOnce 90% of the ballots were counted, the two challengers had a combined 64% of the vote.\n",
    "Referendum\n\nWith 80 percent of the districts in, 55 percent of voters backed the harbour bond.\n",
])
def test_a_share_of_the_count_is_not_a_share_of_the_vote(run, text):
    assert cd108(run, text) == []


@pytest.mark.parametrize("text", [
    "Poll\n\nAgainst Lowe, the senator earned 51 percent to her 35 percent, while against Marr, he "
    "prevailed 48 percent to 41 percent of the vote.\n",
    "Poll\n\nAmong men, 55% backed the levy and 40% opposed it; among women, 47% backed it and 45% opposed it.\n",
    "Poll\n\nIn the north, 60% supported the bridge and 30% opposed it, while in the south, 52% supported "
    "it and 44% opposed it.\n",
])
def test_shares_in_two_scoped_clauses_are_of_two_wholes(run, text):
    assert cd108(run, text) == []


@pytest.mark.parametrize("text", [
    "Mayor's race\n\nLowe had 58 percent of the vote and Marr had 51 percent of the vote.\n",
    "Poll\n\nAgainst Lowe, the senator earned 61 percent of the vote to her 45 percent.\n",
])
def test_shares_of_one_whole_over_100_still_fire(run, text):
    assert cd108(run, text) == ["CD108"]


@pytest.mark.parametrize("text", [
    "Storms\n\nThree storms struck the coast that month, including one near Ashby, killing four, and "
    "another at Pell Point where at least six died.\n",
    "Fires\n\nTwo fires broke out on Sunday, including one at a warehouse, injuring 12, and another in a "
    "school.\n",
    "Crashes\n\nThe county saw two serious crashes, including one on the ring road which left seven in "
    "hospital and one at the quay.\n",
])
def test_a_number_that_describes_a_part_is_not_a_part(run, text):
    assert cd108(run, text) == []


def test_parts_that_exceed_the_count_still_fire(run):
    text = "Fires\n\nTwelve people were hurt, including eight children and seven adults.\n"
    assert cd108(run, text) == ["CD108"]


# -- one figure, two groups: a bracketed figure's noun phrase, a scope on one side only

def cd405(run, text):
    return [f.code for f in run(text, select=["CD405"])]


@pytest.mark.parametrize("text", [
    "Fact checks\n\nA majority of Northern claims (54%) were rated true, compared to only 18% of the rest.\n\n"
    "The panel met weekly.\n\nConversely, a majority of Southern claims (52%) were rated true, compared to 20% of the rest.\n",
    "Ferry survey\n\nMost Island households (61%) use the ferry each week, the trust found.\n\n"
    "The survey ran in May.\n\nMost Mainland households (38%) use the ferry each week, the trust found.\n",
    "Merger vote\n\nNearly half of Western members (45%) voted for the merger at the meeting.\n\n"
    "The vote was close.\n\nNearly half of Eastern members (41%) voted for the merger at the meeting.\n",
])
def test_a_bracketed_figure_belongs_to_the_noun_before_it(run, text):
    assert cd405(run, text) == []


def test_a_bracketed_figure_for_the_same_group_changed_still_fires(run):
    text = ("Ferry survey\n\nMost Island households (61%) use the ferry each week, the trust found.\n\n"
            "The survey ran in May.\n\nMost Island households (38%) use the ferry each week, the trust found.\n")
    assert cd405(run, text) == ["CD405"]


@pytest.mark.parametrize("text", [
    "Harbour pay\n\nSenior deckhands on the island ferries, for example, earn a median wage of 21,000 pounds.\n\n"
    "In the private yards, senior deckhands earn a median wage of 26,000 pounds.\n",
    "Harbour pay\n\nClerks earn 18 pounds an hour at the port, the union says.\n\n"
    "Among agency staff, clerks earn 14 pounds an hour at the port, the union says.\n",
    "Harbour levy\n\nThe levy costs a family 40 pounds a year.\n\n"
    "For households on the outer islands, the levy costs a family 90 pounds a year.\n",
])
def test_a_scope_on_one_side_only_is_another_group(run, text):
    assert cd405(run, text) == []


@pytest.mark.parametrize("text", [
    # the other sentence names the same group: one statement, two figures
    "Harbour pay\n\nClerks at the agency earn 18 pounds an hour.\n\n"
    "Among agency staff, clerks earn 14 pounds an hour.\n",
    # a time in front is no group
    "Harbour levy\n\nThe levy costs a family 40 pounds a year.\n\n"
    "In March, the levy costs a family 90 pounds a year.\n",
])
def test_a_scope_the_other_side_shares_or_a_time_still_fires(run, text):
    assert cd405(run, text) == ["CD405"]


# -- negation scope: a clause said not to be said, found or believed is neither asserted nor denied

def cd406(run, text):
    return [f.code for f in run(text, select=["CD406"])]


@pytest.mark.parametrize("text", [
    "Pier report\n\n“I never claimed that the council would not rebuild the pier this year,” the mayor said.\n\n"
    "The vote is in May.\n\n“There is no sign at all that the council would rebuild the pier this year,” the mayor said.\n",
    "Pier report\n\nThe review did not find that the trust had not paid the builders for the pier, the auditor said.\n\n"
    "The vote is in May.\n\nThere is no evidence that the trust had paid the builders for the pier, the auditor said.\n",
    "Pier report\n\nThe mayor did not say that the ferry company would not run the late sailing in June.\n\n"
    "The vote is in May.\n\nThe mayor said that the ferry company would run the late sailing in June.\n",
])
def test_a_clause_under_a_negated_saying_is_no_denial(run, text):
    assert cd406(run, text) == []


@pytest.mark.parametrize("text", [
    "Pier report\n\nThe council would not rebuild the pier this year, the mayor said on Monday.\n\n"
    "The vote is in May.\n\nThe council would rebuild the pier this year, the mayor said on Monday.\n",
    "Pier report\n\nThe trust had not paid the builders for the pier.\n\nThe vote is in May.\n\n"
    "The trust had paid the builders for the pier.\n",
])
def test_a_statement_and_its_denial_still_fire(run, text):
    assert cd406(run, text) == ["CD406"]


# -- a live blog's updates are reports at different times, for acts as for figures

def _blog(first: str, second: str, stamps=("10:15 p.m.", "9:40 p.m.")) -> str:
    return (f"The Latest: council count goes on\n\n{stamps[0]}\n\n{first}\n\nThe count resumes at dawn.\n\n"
            f"___\n\n{stamps[1]}\n\nThe turnout was the highest since 1998.\n\n{second}\n")


_ACTS = [
    ("Mayor Ilse Brandvold has won several wards on Tuesday: Ashby, Pell and Marr.",
     "Brandvold mocked her rival for a poor night because she did not win any wards."),
    ("The ferry union has called a strike for Friday.", "The ferry union has not called a strike."),
    ("Senator Dov Serle has conceded the race.", "Serle has not conceded the race, his aides said."),
]


@pytest.mark.parametrize("first,second", _ACTS)
def test_an_act_done_in_one_update_and_not_in_another_is_no_conflict(run, first, second):
    assert cd406(run, _blog(first, second)) == []


@pytest.mark.parametrize("first,second", _ACTS[1:])
def test_the_same_pair_outside_a_live_blog_still_fires(run, first, second):
    assert "CD406" in cd406(run, _blog(first, second, ("Earlier", "Later")))


# -- the same date words twice are one date, whatever each copy's anchor

@pytest.mark.parametrize("text", [
    "Pier at 70\n\nThe pier opened in 1946 to great crowds.\n\nSeven decades on, it is remarkable how many of "
    "the town's arguments still turn on the pier's fate.\n\nA fire in 1961 closed it for a year.\n\nSeven decades "
    "on, it is remarkable how many of the town's arguments still turn on the pier's fate, for better or worse.\n",
    "Mill story\n\nThe mill closed in 1982.\n\nTwo years later, the town council bought the empty mill buildings "
    "for a museum.\n\nThe museum plan stalled in 1990.\n\nTwo years later, the town council bought the empty mill "
    "buildings for a museum, records show.\n",
    "Ferry story\n\nThe ferry sank on March 3, 1987.\n\nThe next day, divers from the navy recovered the bodies "
    "of eleven passengers.\n\nAn inquiry opened on June 9, 1987.\n\nThe next day, divers from the navy recovered "
    "the bodies of eleven passengers, the inquiry heard.\n",
])
def test_a_relative_date_restated_is_one_date(run, text):
    assert [f.code for f in run(text, select=["CD404"], published=date(2016, 5, 1))] == []


def test_a_restatement_with_another_year_still_fires(run):
    text = ("Mill story\n\nThe mill closed in 1982. In 1984, the town council bought the empty mill buildings for "
            "a museum.\n\nThe museum plan stalled in 1990.\n\nIn 1986, the town council bought the empty mill "
            "buildings for a museum.\n")
    assert [f.code for f in run(text, select=["CD404"], published=date(2016, 5, 1))] == ["CD404"]


# -- a violence verb whose object is an animal takes its literal sense (farming, hunting, a rite)

@pytest.mark.parametrize("text", [
    "Valley festival\n\nThe feast is a day of prayer, during which Elder Amon Dray and his followers kill and "
    "ritually roast goats.\n",
    "Ridge news\n\nFarmer Tobin Rusk shot three deer near the ridge on Saturday morning.\n",
    "Farm news\n\nButcher Orla Penn slaughtered 400 head of cattle at her Pell yard last week.\n",
])
def test_killing_animals_is_no_strong_claim(run, text):
    assert [f for f in run(text, select=["CD503"])] == []


@pytest.mark.parametrize("text", [
    "Ridge news\n\nFarmer Tobin Rusk shot three hikers near the ridge on Saturday morning.\n",
    "Farm news\n\nFarmer Tobin Rusk tortured the goats for years before the inspectors came.\n",
    "Farm news\n\nButcher Orla Penn slaughtered four of her neighbours at her Pell yard last week.\n",
])
def test_harm_to_people_or_cruelty_still_fires(run, text):
    assert [f.code for f in run(text, select=["CD503"])] == ["CD503"]


# -- a word of violence next to a medium of advertising or speech is an attack made with words

_AD_BODY = ("\n\nThe ferry union will spend 40,000 pounds on a campaign before the council vote in May, its "
            "treasurer said on Monday. The council declined to comment.\n")


@pytest.mark.parametrize("headline", [
    "Ferry union ad attack coming",
    "Union readies radio assault on harbour council",
    "Harbour trust launches attack ads against mayor",
])
def test_an_attack_ad_in_a_headline_accuses_no_one(run, headline):
    assert [f for f in run(headline + _AD_BODY, select=["CD5"])] == []


@pytest.mark.parametrize("headline", ["Ferry union attack on council offices",
                                      "Union readies assault on harbour council"])
def test_an_attack_in_a_headline_the_body_never_reports_still_fires(run, headline):
    assert [f.code for f in run(headline + _AD_BODY, select=["CD5"])] == ["CD502"]


# -- a count of the injured given with its degree is a part of the count without one

@pytest.mark.parametrize("text", [
    "Ferry fire kills one, injures twelve\n\nA fire broke out on the Pell ferry on Sunday. The coastguard said "
    "on Monday a deckhand had died, while three crew members were seriously injured.\n",
    "Bus crash near Ashby kills two, injures twenty\n\nA bus left the road near Ashby on Friday. Police said two "
    "passengers died at the scene and four were critically injured, the county said.\n",
    "Storm kills one, injures nine in Marr\n\nA storm hit Marr on Tuesday. A falling tree killed a driver, and "
    "two people were badly injured, the council said.\n",
])
def test_a_graded_count_of_injured_is_a_part(run, text):
    assert [f for f in run(text, select=["CD405"])] == []


@pytest.mark.parametrize("text", [
    # the graded part larger than the whole
    "Storm kills one, injures two in Marr\n\nA storm hit Marr on Tuesday. A falling tree killed a driver, and "
    "nine people were badly injured, the council said.\n",
    # two plain counts
    "Storm kills one, injures nine in Marr\n\nA storm hit Marr on Tuesday. A falling tree killed a driver, and "
    "two people were injured, the council said.\n",
])
def test_injured_counts_that_cannot_both_hold_still_fire(run, text):
    assert [f.code for f in run(text, select=["CD405"])] == ["CD405"]


# -- an embed tag broken over paragraphs: its attribute quote marks are markup, not prose

_EMBED_HEAD = "Mayor answers critics\n\nMayor Ivo Strand answered his critics on Friday.\n\n"


@pytest.mark.parametrize("embed", [
    '<tweet tweet-author="look at the harbour" tweet-date="\n\nWe will open the new pier in May.'
    '\n\nAnd we will keep the fish market where it is.">Strand posted his plans:<tweet/>',
    "<embed data-source='a long thread' data-caption='\n\nThe budget is balanced.\n\n"
    "The rates stay as they are.'>The thread, in full:</embed>",
    '<blockquote class="post" data-text="\n\nThree new schools by 2030.">Strand wrote:</blockquote>',
])
def test_an_embed_tag_broken_over_paragraphs_pairs_no_marks(run, embed):
    text = _EMBED_HEAD + embed + '\n\nHe said: "We listen to everyone."\n'
    assert [f for f in run(text, select=["CD7"])] == []


@pytest.mark.parametrize("text", [
    # prose with a stray closing mark before a real '>' comparison stays a finding
    _EMBED_HEAD + 'Turnout rose to 40 percent" in the east > than in the west.\n',
    # an opening mark never closed, with no tag in sight
    _EMBED_HEAD + 'He said: "We will open the new pier in May.\n\nThe council meets on Monday.\n',
])
def test_quote_marks_outside_any_tag_still_count(run, text):
    assert [f.code for f in run(text, select=["CD701"])] == ["CD701"]


# -- an archive record's summary ("ABSTRACT." ... "FULL TEXT.", "LEAD: ...") restates its body

_LEDE = ("The Harlow council approved a new tram line through the valley on Tuesday, ending "
         "a two-year dispute over the orchards")
_MORE = ("Residents had collected 4,000 signatures against an earlier road plan.\n\n"
         "Work on the line is due to start in the spring, the council said.\n")


@pytest.mark.parametrize("record", [
    f"Council backs tram line;\nA two-year dispute ends.\n\nABSTRACT.\n\n{_LEDE}.\n\nFULL TEXT.\n\n"
    f"{_LEDE}. {_MORE}",
    f"COUNCIL BACKS TRAM LINE\n\nLEAD: {_LEDE}.\n\n{_LEDE}, the clerk said. {_MORE}",
    f"Council backs tram line\n\nSummary:\n\n{_LEDE}.\n\nThe vote was close.\n\nFull text:\n\n"
    f"Seven members voted in favour. {_LEDE}. {_MORE}",
])
def test_an_archive_records_summary_is_no_repeat_of_its_body(run, make_doc, record):
    assert [f for f in run(record, select=["CD2"])] == []
    assert "standfirst" in [b.kind for b in make_doc(record).blocks]


@pytest.mark.parametrize("record", [
    # the body itself prints a sentence twice
    f"Council backs tram line;\nA two-year dispute ends.\n\nABSTRACT.\n\nThe council voted.\n\n"
    f"FULL TEXT.\n\n{_LEDE}. {_MORE}\n{_LEDE}.\n",
    # "Lead" in a sentence is no label, and a paragraph printed twice is a repeat
    f"Council backs tram line\n\nLead campaigner Ola Brenn spoke first.\n\n{_LEDE}.\n\n{_MORE}\n{_LEDE}.\n",
])
def test_a_repeat_inside_the_body_still_fires(run, record):
    assert [f.code for f in run(record, select=["CD2"])] in (["CD201"], ["CD202"])


# -- who says it: a saying verb with no subject of its own takes the verb it continues'

_ROW = "Harbour row\n\nIvo Strand conceded on Monday that Lars Emde had pushed the reporter. "


@pytest.mark.parametrize("denial", [
    "Even after the complaint was filed, Emde continued to say he had never pushed the reporter.",
    "Emde kept insisting that he had never pushed the reporter.",
    "By Friday, Emde was back to saying that he had not pushed the reporter.",
    "Emde went on to deny that he had pushed the reporter.",
])
def test_two_named_accounts_of_one_act_are_reported_not_contradicted(run, denial):
    found = run(_ROW + denial + "\n", select=["CD406"])
    assert found and all(f.severity == "info" for f in found)
    assert all("unnamed" not in f.message and "Ivo Strand" in f.message and "Lars Emde" in f.message
               for f in found)


def test_the_articles_own_word_against_a_denial_is_no_mere_report(run):
    text = ("Harbour row\n\nLars Emde pushed the reporter on Monday. Emde later insisted that he had never "
            "pushed the reporter.\n")
    assert [f.severity for f in run(text, select=["CD406"])] != ["info"]


# -- a question ("whether the blast was caused by ...") asserts no cause

_BLAST = "Harbour blast\n\nAn explosion hit the harbour on Sunday. "


@pytest.mark.parametrize("first,second", [
    ("The harbour master said it was too early to tell whether the blast was caused by a gas leak.",
     '"The exact cause of the blast has not been determined," said fire chief Ada Lind.'),
    ("Investigators asked whether the blast was caused by a gas leak.",
     "The cause of the blast remains unknown, fire chief Ada Lind said."),
    ("It is not clear whether the blast was set off by a gas leak.",
     "The cause of the blast is under investigation, fire chief Ada Lind said."),
])
def test_a_question_about_a_cause_asserts_none(run, first, second):
    assert run(_BLAST + first + " " + second + "\n", select=["CD406"]) == []


def test_a_cause_asserted_against_one_not_known_still_fires(run):
    text = _BLAST + ("The blast was caused by a gas leak. The cause of the blast is under investigation, "
                     "fire chief Ada Lind said.\n")
    assert [f.code for f in run(text, select=["CD406"])] == ["CD406"]


# -- an act dated long before publication is history, told as history (CD503)

@pytest.mark.parametrize("sentence", [
    "In 2000, militants attacked the patrol boat Harlow, killing 17 sailors.",
    "In 1981, John Pell shot and wounded Governor Ada Marr, the first of three attacks he carried out "
    "before his arrest in 2015.",
    "John Pell, who shot and wounded Governor Ada Marr in 1981, was freed on Friday after a hearing.",
    "The Kessel gang murdered four guards during the 1994 raid on the mint.",
])
def test_an_act_dated_decades_back_needs_no_source(run, sentence):
    text = f"Navy remembers\n\nVeterans gathered in Portmere on Sunday. {sentence}\n"
    assert run(text, select=["CD503"], published=date(2016, 9, 22)) == []


@pytest.mark.parametrize("sentence", [
    "Last year, John Pell shot and wounded Governor Ada Marr.",
    # an old date in the sentence, the act itself fresh
    "John Pell, who first ran for the council in 1981, shot and wounded Governor Ada Marr on Tuesday.",
    "John Pell shot and wounded Governor Ada Marr in 2013.",
])
def test_a_recent_or_newly_dated_act_still_needs_a_source(run, sentence):
    text = f"Navy remembers\n\nVeterans gathered in Portmere on Sunday. {sentence}\n"
    assert [f.code for f in run(text, select=["CD503"], published=date(2016, 9, 22))] == ["CD503"]


# -- an appended correction restates the figure it corrects: no conflict with the body

_BRIDGE = ("Harlow bridge reopens\n\nThe Eastgate bridge in Harlow reopened on Monday after repairs, the county "
           "said. The bridge, which carries about 30,000 vehicles a day, was closed in March after inspectors "
           "found cracks in two of its piers.\n\n\"It's a relief,\" said Ivo Strand, a baker on the east bank.\n\n")


@pytest.mark.parametrize("note", [
    "Correction: An earlier version of this article misstated the traffic on the bridge. It said the bridge "
    "carries 13,000 vehicles a day; it carries about 30,000.",
    "CLARIFICATION: May 2, 2024\n\nThe bridge, which carries 13,000 vehicles a day, was closed in March.",
    "Correction appended\n\nThe bridge, which carries 13,000 vehicles a day, was closed in March.",
    "This article has been corrected to show that the bridge carries about 30,000 vehicles a day. A "
    "previous figure said the bridge carries 13,000 vehicles a day.",
    "Editor's note: the bridge, which carries 13,000 vehicles a day, was closed in March; an earlier "
    "version of this story gave another figure.",
])
def test_a_correction_note_is_no_conflict_with_the_body(run, note):
    assert run(_BRIDGE + note + "\n", select=["CD4"], published=date(2024, 5, 2)) == []


def test_the_same_figures_in_the_body_still_conflict(run):
    text = _BRIDGE + "The bridge, which carries 13,000 vehicles a day, was closed in March.\n"
    assert [f.code for f in run(text, select=["CD4"], published=date(2024, 5, 2))] == ["CD405"]


# -- "then 26" holds at the date the story has just told, not at publication

@pytest.mark.parametrize("text", [
    "The last keeper\n\nIn January 1978 a storm tore the glass out of the lantern. Ola Brenn, then 26, spent the "
    "night relighting the lamp.\n\nThe light was automated in 2012. Brenn, now 72, lives in a cottage below it.\n",
    "Mill town\n\nThe Ashby mill closed in 1991.\n\nAda Pellworth, then 40, lost her job with 300 others. "
    "Pellworth, 73, still lives on Mill Street.\n",
    "Flood year\n\nThe river burst its banks in the spring of 2001. The then 30-year-old Lars Emde rowed his "
    "neighbours to safety.\n\nEmde, 53, now runs the town's flood committee.\n",
])
def test_a_then_age_holds_at_the_storys_date(run, text):
    assert run(text, select=["CD403"], published=date(2024, 3, 4)) == []


def test_a_then_age_that_does_not_fit_still_fires(run):
    text = ("The last keeper\n\nIn January 1978 a storm tore the glass out of the lantern. Ola Brenn, then 36, spent "
            "the night relighting the lamp.\n\nThe light was automated in 2012. Brenn, now 72, lives in a cottage "
            "below it.\n")
    assert [f.code for f in run(text, select=["CD403"], published=date(2024, 3, 4))] == ["CD403"]


# -- a live blog's time stamps in other house styles: each update is a later reading

_UPDATE = ("The county says {n} people have been treated for smoke inhalation after the fire at the "
           "Kelso paint works, which began on Tuesday night.")


@pytest.mark.parametrize("first,second", [
    ("10.05am GMT", "11.40am GMT"),      # British blogs
    ("16:05", "17:20"),                  # a 24-hour clock
    ("Updated 9:15 a.m.", "Updated 10:40 a.m."),
])
def test_live_blog_stamps_of_other_styles_are_later_readings(run, first, second):
    text = ("Kelso fire: live\n\n" + second + "\n\n" + _UPDATE.format(n=46) + "\n\n" + first + "\n\n"
            + _UPDATE.format(n=41) + "\n")
    assert run(text, select=["CD2", "CD405"]) == []


def test_without_stamps_the_two_figures_and_the_repeat_still_fire(run):
    text = "Kelso fire\n\n" + _UPDATE.format(n=46) + "\n\n" + _UPDATE.format(n=41) + "\n"
    assert "CD405" in [f.code for f in run(text, select=["CD2", "CD405"])]


# -- hard-wrapped copy whose paragraphs are marked by an indent, with no blank line between

_WIRE = ("HARBOR BILL CLEARS PANEL\n"
         "    PORTMERE (AP) -- The harbor committee voted 11 to 6 today to approve\n"
         "a $2.1 million dredging plan, sending it to the full council.\n"
         "    {o}We have the votes,{c} Lars Emde told reporters after the vote. {o}The\n"
         "shipping lines know it, and the ports know it.\n"
         "    {o}What we don't have yet is a date.{c}\n"
         "    Opponents, led by Ola Brenn, called the plan {o}a giveaway to the\n"
         "shipping lines.{c} Brenn said she would offer amendments.\n")


@pytest.mark.parametrize("text", [
    _WIRE.format(o="``", c="''"),
    _WIRE.format(o='"', c='"'),
    _WIRE.format(o='"', c='"').replace("    ", "\t"),
])
def test_indented_paragraphs_are_paragraphs(run, make_doc, text):
    assert run(text, select=["CD7"]) == []
    assert [b.kind for b in make_doc(text).blocks] == ["headline"] + ["paragraph"] * 4


def test_an_indented_paragraph_left_open_still_fires(run):
    text = _WIRE.format(o='"', c='"').replace("a date.\"", "a date.")
    assert [f.code for f in run(text, select=["CD701"])] == ["CD701"]


def test_a_tex_style_quotation_continues_into_the_next_paragraph(run):
    text = ("Harbor bill\n\n``We have the votes,'' Lars Emde said. ``The shipping lines know it.\n\n"
            "``What we don't have yet is a date.''\n\nThe council meets in May.\n")
    assert run(text, select=["CD7"]) == []


# -- a score dated to another month or year is another match

_MATCH = ("Harlow go top\n\nHarlow United went top of the Valley League on Saturday with a 2-0 win at Kelso "
          "Town, their fifth win in a row. Tomas Reyvik scored both goals.\n\n")


@pytest.mark.parametrize("earlier", [
    "Kelso, who beat Harlow 3-1 in September, are ninth with 24 points.",
    "The sides drew 1-1 when they met at Kelso in 2019.",
    "Harlow had won 5-0 at Kelso last March, manager Ola Brenn recalled.",
])
def test_a_score_dated_to_another_month_is_another_match(run, earlier):
    assert run(_MATCH + earlier + "\n", select=["CD405"], published=date(2024, 7, 5)) == []


def test_a_score_dated_to_the_same_month_still_conflicts(run):
    text = _MATCH + "Harlow's 3-1 win at Kelso Town in June took them top, Brenn said.\n"
    assert [f.code for f in run(text, select=["CD405"], published=date(2024, 7, 5))] == ["CD405"]


# -- a toll told of a counted set of other events is not the story's event's toll

_MARKET = ("Gunman opens fire at Harlow market\n\nNine people were killed when a gunman opened fire at a "
           "market in Harlow on Saturday, police said.\n\nThe gunman, a 24-year-old man, was arrested at "
           "the scene.\n\n")


@pytest.mark.parametrize("other", [
    "According to the Valley Safety Register, the shooting followed four deadly shootings that week, "
    "including one at a fair in Kelso, killing three.",
    "The region has seen three shootings this year, killing 14 people.",
    "Four deadly shootings, killing 14 people in all, have hit the valley this year.",
])
def test_a_toll_of_a_set_of_other_events_is_not_the_storys(run, other):
    assert run(_MARKET + other + "\n", select=["CD405"], published=date(2024, 6, 10)) == []


def test_a_second_toll_for_the_storys_event_still_conflicts(run):
    text = _MARKET + "Three people died in the shooting, the mayor said.\n"
    assert [f.code for f in run(text, select=["CD405"], published=date(2024, 6, 10))] == ["CD405"]


# -- "four or more" is a bound, as "at least four" is

_FIVE = ("Gunman opens fire at Harlow market\n\nAt least five people were killed when a gunman opened fire "
         "at a market in Harlow on Saturday, police said.\n\n")


@pytest.mark.parametrize("bound", ["four or more", "4+", "four and upwards"])
def test_a_number_bounded_after_it_is_a_range(run, bound):
    text = _FIVE + f"Police said {bound} people had died in the shooting.\n"
    assert run(text, select=["CD405"], published=date(2024, 6, 10)) == []


@pytest.mark.parametrize("figure", ["three or fewer", "four"])
def test_a_bound_or_figure_outside_the_range_still_fires(run, figure):
    text = _FIVE + f"Police said {figure} people had died in the shooting.\n"
    assert [f.code for f in run(text, select=["CD405"], published=date(2024, 6, 10))] == ["CD405"]
