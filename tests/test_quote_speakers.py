"""One quotation given to two speakers (CD703), and a quotation in the clause of a noun for
something said ("Cllr Ames's warning that ...") credited to the noun's possessor."""

import pytest

import copydesk


def _codes(text, code, published="2021-09-23"):
    return [f for f in copydesk.check(text, published=published).findings if f.code == code]


@pytest.mark.parametrize("text", [
    "Homes plan approved\n\nResidents packed the hall. Ada Crane, 68, told the meeting: \"This is "
    "the wrong building in the wrong place.\"\n\nThe committee voted 7-4.\n\nCllr Sue Ames's warning "
    "that the block was \"the wrong building in the wrong place\" drew applause.",
    "Bypass row\n\n\"We were never asked what the village wanted,\" said Colin Marsh, who farms beside "
    "the route.\n\nThe council approved the road in March.\n\n\"We were never asked what the village "
    "wanted,\" said Janet Obi, the parish council chair.",
    "Pool closure\n\nSwimming coach Ravi Nair said the closure was \"a body blow for every family in "
    "the town\".\n\nThe pool shuts on Friday.\n\nMayor Helen Frost called it \"a body blow for every "
    "family in the town\" and promised a review.",
])
def test_the_same_words_given_to_two_speakers(text):
    found = _codes(text, "CD703")
    # the two quotations, then who each is said to be
    assert len(found) == 1 and [e.role for e in found[0].evidence[:2]] == ["first", "second"], text
    assert all(e.role == "speaker" for e in found[0].evidence[2:]), text


@pytest.mark.parametrize("text", [
    # one speaker quoted twice
    "Bypass row\n\n\"We were never asked what the village wanted,\" said Colin Marsh.\n\nThe council "
    "approved the road.\n\n\"We were never asked what the village wanted,\" Marsh said again.",
    # the second speaker is said to echo the first
    "Bypass row\n\n\"We were never asked what the village wanted,\" said Colin Marsh.\n\nThe council "
    "approved the road.\n\nEchoing Marsh, Janet Obi said \"we were never asked what the village wanted\".",
    # a shared phrase shorter than six words
    "Pool closure\n\nCoach Ravi Nair said it was \"a body blow\" for families.\n\nMayor Helen Frost "
    "called it \"a body blow\" too.",
])
def test_the_same_words_clean_twins(text):
    assert not _codes(text, "CD703"), text


@pytest.mark.parametrize("text,speaker", [
    ("Budget\n\nThe treasurer spoke first. Councillor Amy Reed's claim that the scheme was \"fully funded "
     "from existing budgets\" was challenged.", "Amy Reed"),
    ("Strike\n\nUnion leader Tom Oakes's warning that the strike would be \"the longest this city has "
     "seen\" went unheeded.", "Tom Oakes"),
    ("Club vote\n\nChairman Leon Price's promise that fans would \"always come first\" was repeated at "
     "the meeting.", "Leon Price"),
])
def test_a_quotation_in_a_possessed_speech_noun_is_the_possessors(text, speaker):
    r = copydesk.check(text, published="2021-09-23")
    quoted = [q for q in r.quotes if q.speaker is not None]
    assert any(speaker in (q.speaker.name or "") for q in quoted), [(q.text, q.speaker) for q in r.quotes]


# -- inch marks: a straight double mark after a number where no quotation is open -----------------

@pytest.mark.parametrize("text", [
    "Deals\n\nKing of monitors: 35% off a 34\" curved monitor, now $649. The cheapest 70\"+ TV this "
    "season has Roku built in.",
    "Lego\n\nThe set measures 22\" long and 22\" wide and is the first in the \"Master Builder Series\". "
    "It costs $499.",
    "Laptop\n\nThe 15\" model weighs 1.8kg, and the 13\" one 1.2kg, the maker said.",
])
def test_inch_marks_are_no_quotation_marks(text):
    assert not _codes(text, "CD701"), text


@pytest.mark.parametrize("text", [
    # a quotation that ends in a number still closes, and an unclosed one is still reported
    "Score\n\nHe said \"the final score was 3-1 and left the room. Nobody followed him out.",
    "Score\n\nThe coach said the result was 3-1\" and left. Nobody followed him out.",
])
def test_inch_marks_clean_twins_still_report_broken_quotes(text):
    assert _codes(text, "CD701"), text
