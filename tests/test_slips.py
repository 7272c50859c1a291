"""Copy slips (CD8xx): each slip in three wordings of our own, and the good English that looks
like it staying silent."""

from __future__ import annotations

import pytest


def codes(run, text, code):
    return [f for f in run(text, select=["CD8"]) if f.code == code]


@pytest.mark.parametrize("text,word", [
    ("The board said the the quay would cost about four million pounds.", "the the"),
    ("Shares in the miner rose and and then fell back by the close.", "and and"),
    ("Output was consolidated consolidated in the second quarter, the firm said.", "consolidated consolidated"),
    ("He told reporters to read the The Courier report before the vote.", "the The"),
    ('"We will rebuild the the harbour," the mayor said.', "the the"),
    ("For that reason, the skipper was was not allowed to sail.", "was was"),
    ("The board wanted to throw the plan out out entirely, members said.", "out out"),
])
def test_doubled_words_are_found(run, text, word):
    found = codes(run, text, "CD801")
    assert [f.evidence[0].text for f in found] == [word]


@pytest.mark.parametrize("text", [
    "She had had enough of the delays, she told the inquiry.",
    "He said that that was the wrong decision for the port.",
    "The clerk gave her her keys and told you you were next.",
    "He logged on on Monday and handed the form in in person.",
    '"We we had no idea the wall would fall," a neighbour said.',
    "Sirhan Sirhan was moved to a prison near Walla Walla.",
    "What it is is a question of money, the treasurer said.",
])
def test_good_english_that_doubles_is_left_alone(run, text):
    assert codes(run, text, "CD801") == []


@pytest.mark.parametrize("text,pair,want", [
    ("Builders will start on a another block next year.", "a another", "an another"),
    ("Parliament passed an new law on ferries in March.", "an new", "a new"),
    ("The court heard that a 18-year-old had been arrested.", "a 18", "an 18"),
    ("Ministers signed an European deal on fishing quotas.", "an European", "a European"),
    ("The team reached a NBA final for the first time.", "a NBA", "an NBA"),
])
def test_a_and_an_follow_the_sound(run, text, pair, want):
    found = codes(run, text, "CD802")
    assert [(f.evidence[0].text, f.suggestion) for f in found] == [(pair, want)]


@pytest.mark.parametrize("text", [
    "It was a one-off payment for a European firm, a union said.",
    "The delay lasted an hour, an MP said, and a US official agreed.",
    "An FBI agent met an 8-year-old and an honest broker at a university.",
    "It was an historic day and a historic vote, with an X-ray and a U-turn.",
    "She got an A grade, vitamin A pills, a NATO post and an SAT score.",
    "The ferry sailed from Frankfurt an der Oder in an 1854 map.",
])
def test_the_right_article_is_left_alone(run, text):
    assert codes(run, text, "CD802") == []


@pytest.mark.parametrize("text,word", [
    ("Rain fell across southern Africa But during the summer the dams stayed low.", "But"),
    ("The plan was dropped The minister said nothing more about it.", "The"),
    ("The ferry was cancelled twice However the operator kept its licence.", "However"),
    ("Three men were arrested on Monday They were released on bail later.", "They"),
])
def test_a_lost_full_stop_is_found(run, text, word):
    found = codes(run, text, "CD803")
    assert len(found) == 1 and found[0].evidence[0].text.endswith(word)


@pytest.mark.parametrize("text", [
    "He read a copy of The Times and listened to Rage Against The Machine.",
    "Tropical Storm Three formed over the gulf on Sunday, forecasters said.",
    "The song They Can't Stop All of Us was played at the rally, organisers said.",
    "Rain fell across southern Africa. But during the summer the dams stayed low.",
    "The bronze Copper Kettles followed in 1990, and Amazon Web Services replied on Monday.",
    "Nuestras acciones estarán dirigidas a ese fin, the governor wrote in Spanish.",
])
def test_titles_and_good_sentences_are_left_alone(run, text):
    assert [f for f in run(text, select=["CD8"])] == []


@pytest.mark.parametrize("text,msg", [
    ("The council (which met on Monday said the fees would rise.", "never closed"),
    ("The fees would rise) the council said after the meeting.", "with no '('"),
    ("Bus fares [which rose in May will rise again in June, the operator said.", "never closed"),
])
def test_unbalanced_brackets_are_found(run, text, msg):
    found = codes(run, text, "CD804")
    assert len(found) == 1 and msg in found[0].message


@pytest.mark.parametrize("text", [
    "The options are: 1) raise fees, 2) cut jobs, or a) sell the ferry.",
    "He smiled :) at that (as he always does) and left.",
    "The council (which met on Monday) said the fees [for parking] would rise.",
    "Third parties had a candidate (Perot), an issue (the mood of 1968) or a base (the South in 1948).",
])
def test_balanced_brackets_and_list_markers_are_left_alone(run, text):
    assert codes(run, text, "CD804") == []


# Session 4: mechanisms behind the false alarms on a second house style (wire and web copy).

@pytest.mark.parametrize("text", [
    "The pastor said the town trusts Him and hopes for rain before the harvest.",
    "They praise Him every morning and sing before the market opens.",
    "She wrote that the choir thanks Him daily for the new organ.",
])
def test_a_pronoun_in_the_object_case_opens_no_sentence(run, text):
    # "Him", "Them", "Us" in capitals mid-sentence is reverence or emphasis: no sentence opens
    # with the object case, so no full stop was lost before it
    assert codes(run, text, "CD803") == []


def test_a_lost_stop_before_a_subject_pronoun_still_fires(run):
    found = codes(run, "The choir sang for an hour He left before the end of the service.", "CD803")
    assert len(found) == 1 and found[0].evidence[0].text == "hour He"


@pytest.mark.parametrize("text", [
    "Harbour lights up The old quay at Dunmore;\nCrowds return as the ferry season opens.\n\n"
    "The ferry season opened on Monday with three sailings. Crowds filled the quay.",
    "Storm batters The north coast again\nFerries cancelled as gales reach the islands.\n\n"
    "Gales reached the islands on Sunday night. All ferries were cancelled.",
    "Council weighs In a new plan for parking\nFees could double by June.\n\n"
    "The council met on Monday to weigh a new plan for parking in the town.",
])
def test_a_headline_run_onto_its_deck_is_display_text(run, text):
    # the first block is a headline and its deck on two lines: capitals there are style
    assert codes(run, text, "CD803") == []


def test_a_lost_stop_in_the_body_under_such_a_headline_still_fires(run):
    text = ("Harbour lights up The old quay at Dunmore;\nCrowds return as the ferry season opens.\n\n"
            "The ferry season opened on Monday But the crowds stayed away until noon.")
    found = codes(run, text, "CD803")
    assert len(found) == 1 and found[0].evidence[0].text == "Monday But"


@pytest.mark.parametrize("text", [
    "Watch how Tarrant 1) reads the note, 2) sees what it means and 3) laughs.",
    "The plan would a) raise the fees, b) cut two sailings and c) sell the old ferry.",
    "Voters were asked whether the mayor 1) kept her promises or 2) broke them.",
])
def test_an_inline_enumeration_that_counts_on_is_no_bracket_slip(run, text):
    assert codes(run, text, "CD804") == []


def test_a_stray_bracket_after_a_word_still_fires(run):
    found = codes(run, "The mayor 1) said the fees would rise on Monday.", "CD804")
    assert len(found) == 1


@pytest.mark.parametrize("text,join", [
    ("Ferries ran late all week because of gales on the firth Officials said the timetable would "
     "return on Monday. Harbour officials met on Tuesday.", "firth Officials"),
    ("The hall was full by seven and the queue reached the bridge Fans in the front rows waited "
     "an hour. The fans cheered when the band came on.", "bridge Fans"),
    ("The choir sang in the chapel for the bishop Asked about the repairs, the warden said little. "
     "He was asked again later.", "bishop Asked"),
])
def test_a_lost_stop_before_an_open_class_word_is_found(run, text, join):
    # the article writes the word in lower case elsewhere: its capital here opens a sentence
    found = codes(run, text, "CD803")
    assert [f.evidence[0].text for f in found] == [join]


@pytest.mark.parametrize("text", [
    "The council launched a new Web portal for parking permits on Monday.",
    "She now works for Harbour Web Services, which built the new web portal.",
    "The band played at the Copper Kettle Fans Club and the fans loved it.",
])
def test_a_brand_or_title_in_capitals_is_no_lost_stop(run, text):
    assert codes(run, text, "CD803") == []


@pytest.mark.parametrize("text,join", [
    ("The plan went to the Harbour Agency According to one member, the vote was close.", "Agency According"),
    ("The mayor said she would weigh in But she never did, aides said.", "in But"),
    ("The ferry was sold to the Northern Isles Trust However the crew kept their jobs.", "Trust However"),
])
def test_a_clause_opener_after_a_name_or_particle_is_found(run, text, join):
    found = codes(run, text, "CD803")
    assert [f.evidence[0].text for f in found] == [join]


@pytest.mark.parametrize("text,join", [
    ("The ferry sat in the harbour all week Leaving port on Friday, it met a gale.", "week Leaving"),
    ("The mill kept its staff through the winter Shortly after the thaw, orders came back.", "winter Shortly"),
    ("Councillors argued about the levy for an hour Noting the late hour, the chair closed the meeting.",
     "hour Noting"),
])
def test_a_lost_stop_before_a_plural_participle_or_adverb_is_found(run, text, join):
    # a participle or an -ly adverb in capitals after a lower-case word opens a sentence (a
    # plural the small model calls an entity counts only when the article writes it in lower case)
    found = codes(run, text, "CD803")
    assert [f.evidence[0].text for f in found] == [join]


def test_a_plural_the_article_capitalises_each_time_is_left_alone(run):
    text = ("Most county Democrats backed the levy, while city Democrats in the north opposed it.")
    assert codes(run, text, "CD803") == []


@pytest.mark.parametrize("text", [
    "The letter was sent to former Secretary of State Ada Brill, and the secretary replied.",
    "The fund was set up by then Governor Tam Pell, and every governor since has kept it.",
    "Aides to outgoing Chairman Dov Serle said the chairman would not stand again.",
])
def test_a_title_in_capitals_is_no_lost_stop(run, text):
    assert codes(run, text, "CD803") == []


@pytest.mark.parametrize("text", [
    "She sang on the band's album Harbour of the Lost with two old friends.",
    "He wrote the score for the film Storms over the Water in a single summer.",
    "The council has removed two Governors in its history, and both resigned.",
])
def test_a_title_in_title_case_or_a_plural_title_is_no_lost_stop(run, text):
    assert codes(run, text, "CD803") == []


@pytest.mark.parametrize("text", [
    "The town council praised the documentary Just keep rowing at its meeting on Monday.",
    "The club screened the film Never look back to a full hall.",
    "She read from the memoir Still standing to the crowd.",
    "The minister flew above the crowd on his Marine Two helicopter on his way to the coast.",
    "The president flew on the Navy One jet to the summit.",
    "A man attacked two guards with a knife. Dunmore Valley Police soon arrived and detained him.",
])
def test_a_title_after_a_work_word_or_a_name_that_goes_on_is_no_lost_stop(run, text):
    assert codes(run, text, "CD803") == []


def test_a_lost_stop_after_a_name_before_a_pronoun_still_fires(run):
    found = codes(run, "The fees were set by the council in Dunmore The rise takes effect in June.", "CD803")
    assert [f.evidence[0].text for f in found] == ["Dunmore The"]


def test_a_lost_stop_after_a_place_name_before_officials_still_fires(run):
    found = codes(run, "Two people died, and all of them were from Dunmore Officials said most were minors.", "CD803")
    assert [f.evidence[0].text for f in found] == ["Dunmore Officials"]
