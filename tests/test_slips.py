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
