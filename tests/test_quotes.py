"""The quotes stage (who said what) and the CD7xx quotation rules, on passages written for
these tests. The sample article is read in place when it is there (skipped otherwise)."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.quotes import classify_mark, scan_marks

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "soleimani-profile.txt"
if not SAMPLE.exists():
    SAMPLE = Path("/work/shared/samples/soleimani-profile.txt")


def quotes_of(make_doc, text):
    doc = make_doc(text)
    for q in doc.quotes:
        assert doc.text[q.start:q.end] == q.text
        for p in q.parts:
            assert doc.text[p.start:p.end] == p.text
        if q.speaker is not None:
            assert doc.text[q.speaker.start:q.speaker.end] == q.speaker.text
        if q.cue is not None:
            assert doc.text[q.cue.start:q.cue.end] == q.cue.text
    return doc, doc.quotes


def find(quotes, words):
    hits = [q for q in quotes if words in q.text]
    assert hits, f"no quote contains {words!r}: {[q.text for q in quotes]}"
    return hits[0]


def speaker_text(q):
    return q.speaker.text if q.speaker is not None else None


def has_entities(doc) -> bool:
    return doc.extras.get("entity_index") is not None


# ---------------------------------------------------------------------------- quote marks


@pytest.mark.parametrize("text", [
    "“The harbour will reopen in spring,” said Maria Okafor, the port director.",
    '"The harbour will reopen in spring," said Maria Okafor, the port director.',
    "‘The harbour will reopen in spring,’ said Maria Okafor, the port director.",
    "'The harbour will reopen in spring,' said Maria Okafor, the port director.",
])
def test_straight_curly_single_double(make_doc, text):
    _, quotes = quotes_of(make_doc, text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.kind == "direct"
    assert q.text == "The harbour will reopen in spring,"
    assert speaker_text(q) == "Maria Okafor"
    assert q.cue.text == "said"


def test_apostrophes_are_not_quote_marks(make_doc):
    text = ("The ferry’s owners don’t expect the ’90s timetable back, and the Okafors’ shop, which sold "
            "rock ’n’ roll records, let ’em down. Iran‘s envoy and James’ brother didn't comment.")
    doc, quotes = quotes_of(make_doc, text)
    assert quotes == [] or all(q.kind == "indirect" for q in quotes)
    assert doc.extras["quote_marks"]["problems"] == []


def test_mark_classification():
    s = "don’t the ’80s ‘quoted’ James’ book"
    roles = {s[p]: classify_mark(s, p, 0, len(s)).role for p in (3,)}
    assert roles == {"’": "apos"}
    assert classify_mark(s, s.index("’80"), 0, len(s)).role == "apos"
    assert classify_mark(s, s.index("‘q"), 0, len(s)).role == "open"
    assert classify_mark(s, s.index("’ book"), 0, len(s)).role == "ambig"


def test_nickname_in_single_quotes_inside_double(make_doc):
    text = "“We all call him ‘the Professor’ because he never stops explaining,” said Tomas Brandt."
    doc, quotes = quotes_of(make_doc, text)
    outer = find(quotes, "We all call him")
    assert outer.text.endswith("explaining,")
    assert speaker_text(outer) == "Tomas Brandt"
    assert doc.extras["quote_marks"]["problems"] == []


def test_quote_over_several_paragraphs(make_doc):
    text = ("Inspector Lena Varga described the night of the flood.\n\n"
            "“The water came through the doors faster than anyone expected. We moved the patients upstairs "
            "first.\n\n"
            "“By midnight the ground floor was gone,” Varga said.\n\n"
            "The hospital reopened a month later.")
    doc, quotes = quotes_of(make_doc, text)
    q = find(quotes, "The water came through")
    assert q.kind == "direct"
    assert len(q.parts) == 2
    assert q.parts[0].text.startswith("The water came")
    assert q.parts[1].text == "By midnight the ground floor was gone,"
    assert speaker_text(q) == "Varga"
    assert doc.extras["quote_marks"]["problems"] == []


def test_quote_broken_by_its_attribution(make_doc):
    text = ("“The budget is tight,” the treasurer, Paulo Mendes, said on Tuesday. “But we will not cut the "
            "school meals programme.”")
    _, quotes = quotes_of(make_doc, text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1
    q = direct[0]
    assert [p.text for p in q.parts] == ["The budget is tight,", "But we will not cut the school meals programme."]
    assert q.start == q.parts[0].start and q.end == q.parts[1].end
    assert "Mendes" in speaker_text(q)


def test_quote_broken_by_attribution_with_comma(make_doc):
    text = "“We are ready,” said the coach, Anna Lind, “and the players know what to do.”"
    _, quotes = quotes_of(make_doc, text)
    assert len(quotes) == 1
    assert len(quotes[0].parts) == 2
    assert "Anna Lind" in speaker_text(quotes[0])


def test_nested_quote_has_parent_and_its_own_speaker(make_doc):
    text = ("Colonel Ruth Asante recalled her first meeting with the rebel leader.\n\n"
            "‘He told me, “Colonel Asante, you should understand that I, Joseph Kamara, decide who crosses "
            "this river”,’ Asante said.")
    doc, quotes = quotes_of(make_doc, text)
    outer = find(quotes, "He told me")
    inner = next(q for q in quotes if q.parent is not None)
    assert inner.text.startswith("Colonel Asante, you should understand")
    assert inner.parent == outer.id and outer.parent is None
    assert speaker_text(outer) == "Asante"
    assert inner.speaker.text == "He"  # the local mention
    assert inner.speaker.name == "Joseph Kamara"  # "I, Joseph Kamara" names him
    assert int(outer.id[1:]) < int(inner.id[1:])


def test_partial_quote_is_mixed(make_doc):
    text = "The mayor, Ines Duarte, described the stadium plan as “a disaster for the taxpayer”."
    _, quotes = quotes_of(make_doc, text)
    q = find(quotes, "a disaster for the taxpayer")
    assert q.kind == "mixed"
    assert q.text.startswith("the stadium plan")
    assert "Ines Duarte" in speaker_text(q)


def test_mixed_quote_in_reported_clause(make_doc):
    text = "Duarte said the contractor had “failed every deadline we set” and would be replaced."
    _, quotes = quotes_of(make_doc, text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.kind == "mixed"
    assert "the contractor had" in q.text and "failed every deadline" in q.text
    assert speaker_text(q) == "Duarte"


def test_scare_quotes_and_titles_are_not_quotes(make_doc):
    text = ("The so-called “reform” of the tax code passed. Critics watched “Evening News Hour” on the "
            "sofa.")
    _, quotes = quotes_of(make_doc, text)
    assert all("reform" not in q.text for q in quotes if q.kind == "direct")
    assert all("Evening News Hour" != q.text for q in quotes)


# ---------------------------------------------------------------------------- indirect speech


def test_indirect_speech_with_reporting_verbs(make_doc):
    text = ("The minister said the bridge would reopen in May. Engineers warned that the steel was "
            "corroded. The company denied that it had ignored the inspection reports. Residents "
            "insisted they had complained for years.")
    _, quotes = quotes_of(make_doc, text)
    cues = {q.cue.text: q for q in quotes}
    assert set(cues) >= {"said", "warned", "denied", "insisted"}
    assert all(q.kind == "indirect" for q in quotes)
    assert cues["said"].text == "the bridge would reopen in May"
    assert speaker_text(cues["said"]) == "The minister"
    assert cues["warned"].text == "that the steel was corroded"
    assert speaker_text(cues["warned"]) == "Engineers"
    assert speaker_text(cues["denied"]) == "The company"


def test_according_to(make_doc):
    text = "According to the coastguard, three fishing boats were still missing on Sunday."
    _, quotes = quotes_of(make_doc, text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.kind == "indirect"
    assert q.cue.text == "According to"
    assert q.text == "three fishing boats were still missing on Sunday"
    assert speaker_text(q) == "the coastguard"


def test_parenthetical_attribution(make_doc):
    text = "The toll plan, officials said, was dropped after the protests."
    _, quotes = quotes_of(make_doc, text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.kind == "indirect"
    assert [p.text for p in q.parts] == ["The toll plan", "was dropped after the protests"]
    assert speaker_text(q) == "officials" and q.speaker.entity is None and q.speaker.name is None


def test_attribution_at_the_end(make_doc):
    text = "Water rationing will continue until October, city officials say."
    _, quotes = quotes_of(make_doc, text)
    q = quotes[0]
    assert q.text == "Water rationing will continue until October"
    assert speaker_text(q) == "city officials"


# ---------------------------------------------------------------------------- speakers


def test_speaker_in_the_following_sentence(make_doc):
    text = ("“Nobody in this valley has seen a winter like it.”\n\n"
            "So said one elderly shepherd.\n\n"
            "The snow closed the pass for six weeks.")
    _, quotes = quotes_of(make_doc, text)
    q = find(quotes, "Nobody in this valley")
    assert speaker_text(q) == "one elderly shepherd"
    assert q.speaker.name is None and q.speaker.entity is None


def test_speaker_after_the_quote_in_the_same_sentence(make_doc):
    text = "“We were never told the dam was at risk,” one farmer said."
    _, quotes = quotes_of(make_doc, text)
    assert speaker_text(quotes[0]) == "one farmer"
    assert quotes[0].speaker.name is None


def test_run_of_quoted_paragraphs_inherits_the_speaker(make_doc):
    text = ("“The first week was chaos,” said Dr Hana Sato, who ran the field clinic.\n\n"
            "“We had no clean water and no electricity for the fridges.”\n\n"
            "“By the second week the army brought generators.”\n\n"
            "The clinic closed in March.")
    _, quotes = quotes_of(make_doc, text)
    first = find(quotes, "The first week")
    second = find(quotes, "no clean water")
    third = find(quotes, "generators")
    assert "Hana Sato" in speaker_text(first)
    assert second.speaker == first.speaker and third.speaker == first.speaker


def test_colon_introduces_the_quote(make_doc):
    text = "Hana Sato said:\n\n“We treated four hundred people in ten days.”"
    _, quotes = quotes_of(make_doc, text)
    q = find(quotes, "four hundred")
    assert speaker_text(q) == "Hana Sato"


def test_pronoun_speaker_is_the_local_mention(make_doc):
    text = ("Governor Alan Whitcombe visited the flooded towns on Monday. “Every family will get help,” "
            "he said.")
    doc, quotes = quotes_of(make_doc, text)
    q = find(quotes, "Every family")
    assert q.speaker.text == "he"
    assert doc.text[q.speaker.start:q.speaker.end] == "he"
    if not has_entities(doc):
        pytest.skip("the entities stage is not there: no resolution to check")
    assert q.speaker.entity is not None
    assert q.speaker.name == "Alan Whitcombe"


def test_first_person_in_quote_becomes_a_mention_of_the_speaker(make_doc):
    text = "“I have lived here all my life,” said Miriam Esterhazy, a retired teacher."
    doc, quotes = quotes_of(make_doc, text)
    q = quotes[0]
    if not has_entities(doc) or q.speaker.entity is None:
        pytest.skip("the entities stage is not there")
    ent = doc.extras["entity_index"].by_id(q.speaker.entity)
    texts = {doc.text[m.start:m.end] for m in ent.mentions}
    assert {"I", "my"} <= texts


def test_unnamed_sources_stay_unnamed(make_doc):
    text = ("A senior health official said the vaccine stocks would last until June. Sources said the "
            "order had been delayed. “We are not worried,” a spokeswoman for the ministry said.")
    _, quotes = quotes_of(make_doc, text)
    by_text = {speaker_text(q): q for q in quotes}
    for src in ("A senior health official", "Sources", "a spokeswoman for the ministry"):
        assert src in by_text, by_text.keys()
        assert by_text[src].speaker.entity is None and by_text[src].speaker.name is None


def test_named_speaker_with_title(make_doc):
    text = ("“The river is rising again,” wrote hydrologist Petra Lindqvist in a column for the Daily "
            "Courier.")
    _, quotes = quotes_of(make_doc, text)
    q = quotes[0]
    assert q.speaker.text == "Petra Lindqvist"
    assert q.cue.text == "wrote"
    assert q.medium == "Daily Courier"


# ---------------------------------------------------------------------------- media


@pytest.mark.parametrize("text,medium", [
    ("“The talks have failed,” the envoy, Karim Haddad, told the BBC on Friday.", "BBC"),
    ("In a statement, the ministry said the border would stay closed.", "statement"),
    ("Karim Haddad said in a 2015 interview that he had never met the president.", "interview"),
    ("“We will be back,” the striker, Leo Santos, said on Twitter.", "Twitter"),
    ("“We will be back,” Leo Santos said in a tweet.", "Twitter"),
    ("In a rare interview aired on national radio, she said the strike was over.", "national radio"),
])
def test_medium(make_doc, text, medium):
    _, quotes = quotes_of(make_doc, text)
    assert quotes and quotes[0].medium == medium


def test_reporters_are_not_a_medium(make_doc):
    text = "“No comment,” the manager, Olga Petrova, told reporters outside the court."
    _, quotes = quotes_of(make_doc, text)
    assert quotes[0].medium is None
    assert "Olga Petrova" in speaker_text(quotes[0])


# ---------------------------------------------------------------------------- offsets, ids


def test_ids_in_text_order_and_offsets(make_doc):
    text = ("Officials said the airport would close. “It is a sad day,” said Kofi Mensah. According to the "
            "union, 300 jobs will go.\n\n“We fought for this airport for decades.”\n\nIt closed in May.")
    doc, quotes = quotes_of(make_doc, text)
    assert [q.id for q in quotes] == [f"Q{i}" for i in range(1, len(quotes) + 1)]
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    for q in quotes:
        assert text[q.start:q.end] == q.text
        assert not q.text.startswith(("“", '"', "‘")) and not q.text.endswith(("”", '"'))


def test_scan_marks_reports_what_does_not_balance():
    from copydesk.model import Block

    text = "“One quote never ends.\n\nThen a stray” closing mark."
    blocks = [Block("paragraph", 0, 22), Block("paragraph", 24, len(text))]
    raws, problems = scan_marks(text, blocks)
    assert {p.kind for p in problems} == {"missing-continuation"}


# ---------------------------------------------------------------------------- CD701


@pytest.mark.parametrize("text,kind", [
    ("“We will rebuild the school, the headteacher said.\n\nParents were relieved.", "never closed"),
    ("The board met on Monday. We will sell the land,” the chairman said.", "no opening"),
    ("“We will sell the land,’ the chairman said.", "closed with"),
])
def test_cd701_fires(run, text, kind):
    found = run(text, select=["CD701"])
    assert len(found) == 1
    f = found[0]
    assert f.code == "CD701" and f.rule == "unbalanced-quotes" and f.severity == "warning"
    assert kind in f.message
    assert f.evidence and all(text[e.start:e.end] == e.text for e in f.evidence)


def test_cd701_quiet_on_clean_copy(run):
    text = ("The Okafors’ bakery, a fixture since the ’70s, doesn’t open on Sundays. Iran’s envoy and "
            "James’ sister were there.\n\n"
            "“My grandmother called it ‘the best bread in town’,” said Ada Okafor. "
            "“She wasn’t wrong.”\n\n"
            "‘We’re closing early,’ a sign said.\n\n"
            "“The first ovens came from Lagos. They were older than the building.\n\n"
            "“We rebuilt them twice,” she said.\n\n"
            "Customers call it rock ’n’ roll baking, and they love ’em.")
    assert run(text, select=["CD701"]) == []


def test_cd701_quiet_on_inches_and_doubled_marks(run):
    text = ("The suspect is 6'2\" tall, police said.\n\n"
            "''We have no leads yet,'' the detective said.")
    assert run(text, select=["CD701"]) == []


def test_cd701_quiet_on_wiki_italics_and_elisions(run):
    text = ("Pony\n\nHe goes by Spike, after a character on ‘’My Little Pony’’, and he likes it.\n\n"
            "\"I liked the sisters, 'specially Judit, for a long time,\" she said.")
    assert run(text, select=["CD701"]) == []


def test_cd701_quiet_on_a_spaced_closing_mark_after_an_inner_quotation(run):
    # typed with a space between the inner and the outer closing mark: ' ",
    text = ("Row\n\n\"The minister told me to say 'no comment' \", the aide said on Monday.\n\n"
            "The vote is on Friday. The board said it did \"...not accept the ruling\" and would appeal.")
    assert run(text, select=["CD701"]) == []


# ---------------------------------------------------------------------------- CD702


def test_cd702_fires_on_a_quotation_given_two_ways(run):
    text = ("“We will not leave until the job is done,” said Defence Minister Harriet Olsen on Monday.\n\n"
            "The deployment has cost more than expected.\n\n"
            "Olsen later told parliament: “We will never leave before the job is done.”")
    found = run(text, select=["CD702"])
    assert len(found) == 1
    f = found[0]
    assert f.category == "contradiction" and f.severity == "warning"
    assert len(f.evidence) == 2
    assert "not" in f.message and "never" in f.message
    for e in f.evidence:
        assert text[e.start:e.end] == e.text


def test_cd702_quiet_on_a_repeat_and_on_different_quotes(run):
    same = ("“We will not leave until the job is done,” said Defence Minister Harriet Olsen.\n\n"
            "The deployment has cost more than expected.\n\n"
            "“We will not leave until the job is done,” Olsen repeated.")
    assert run(same, select=["CD702"]) == []
    different = ("“We will not leave until the job is done,” said Defence Minister Harriet Olsen.\n\n"
                 "“The soldiers deserve better equipment than they have today,” Olsen said.")
    assert run(different, select=["CD702"]) == []
    other_speaker = ("“We will not leave until the job is done,” said Defence Minister Harriet Olsen.\n\n"
                     "“We will never leave before the job is done,” said opposition leader Carl Berg.")
    assert run(other_speaker, select=["CD702"]) == []


def test_cd702_shows_the_two_wordings_where_they_differ(run):
    text = ("Harbour master Ines Duarte said the evacuation began early. “A tanker without engines in that "
            "swell drifts faster than crews expect,” she said.\n\n"
            "The crew of eleven was flown to the mainland.\n\n"
            "Duarte, speaking again on Friday, said “a tanker with no engines in that swell drifts faster "
            "than anyone expects.”")
    (f,) = run(text, select=["CD702"])
    assert f.message == ("Ines Duarte quoted twice with different words (lines 1 and 5): "
                         "“… tanker without engines … than crews expect” against "
                         "“… tanker with no engines … than anyone expects”")


def test_cd702_quiet_on_two_sentences_that_open_alike(run):
    # the same opening, then different words to the end: two things said, not one misquoted
    # (and "[w]e", an editor's bracket, is the word "we")
    text = ("Flood season ends\n\nThe river authority's director, David Osei, spoke on Monday. Osei "
            "expressed a similar view, saying “[w]e have never before seen a flood driven by a single "
            "storm.” He continued, “[a]nd we have never before seen a flood that can be forecast a week ahead.”")
    assert run(text, select=["CD702"]) == []


def test_cd702_quiet_on_a_phrase_two_quotations_share(run):
    # both quotations use the words of a statute, each in its own sentence
    text = ("Prosecutor Dana Whitfield said the case was being treated as terrorism. Whitfield characterized "
            "the attack as “designed to intimidate a civilian population, to say the least.”\n\n"
            "The suspect was arrested at the scene.\n\n"
            "According to Whitfield, the document could strengthen the case: “The key factor here is that it "
            "appears to be an intent to coerce or intimidate a civilian population[...] That's met here.”")
    assert run(text, select=["CD702"]) == []


# ---------------------------------------------------------------------------- text report


def _rendered(report) -> str:
    import io

    from rich.console import Console

    from copydesk.render.text import render

    buf = io.StringIO()
    render(report, Console(file=buf, width=200, force_terminal=False, color_system=None))
    return buf.getvalue()


def test_who_said_what_section(checker):
    text = ("“The harbour will reopen in spring,” said Maria Okafor, the port director.\n\n"
            "City officials said the repairs cost \x1b[31m more than planned.\n\n"
            "“We were never told,” one fisherman said.")
    out = _rendered(checker.check(text))
    assert "Who said what" in out
    assert "Maria Okafor" in out and "one fisherman" in out and "City officials" in out
    assert "\x1b" not in out  # escaped, never passed to the terminal


def test_a_long_interview_lists_forty_quotations_and_counts_the_rest(checker):
    turns = []
    for i in range(30):
        turns.append(f"((Reporter)) What did the harbour board decide about berth {i + 1}?")
        turns.append(f"((Ada Price)) We decided to repair berth {i + 1} before the spring season.")
    text = "Harbour master interview\n\nAda Price spoke to our reporter.\n\n" + "\n\n".join(turns)
    report = checker.check(text)
    assert sum(q.kind == "direct" for q in report.quotes) == 60
    out = _rendered(report)
    assert "Who said what (60 quoted" in out
    assert "… and 20 more quotations" in out


# ---------------------------------------------------------------------------- the sample


@pytest.fixture(scope="module")
def sample_report():
    if not SAMPLE.exists():
        pytest.skip("the sample article is not here")
    from copydesk import Checker

    return Checker(config=False).check(SAMPLE, published="2020-01-03")


def _on_line(report, line):
    return [q for q in report.quotes if report.article.line_col(q.start)[0] == line]


def test_sample_quotes_and_speakers(sample_report):
    r = sample_report
    text = r.article.text
    for q in r.quotes:
        assert text[q.start:q.end] == q.text

    (q60,) = [q for q in _on_line(r, 60) if q.kind == "direct"]
    assert q60.speaker.name == "Kenneth Pollack" and q60.medium == "Time"
    (q72,) = _on_line(r, 72)
    assert q72.speaker.name == "Ryan Crocker" and q72.medium == "BBC"
    (q90,) = _on_line(r, 90)
    assert "Soleimani" in q90.speaker.name and q90.cue.text == "recounted"
    assert q90.medium == "interview"
    (q98,) = _on_line(r, 98)
    assert q98.speaker.text == "a senior Iraqi official"
    assert q98.speaker.entity is None and q98.speaker.name is None
    assert q98.medium == "New Yorker"
    q112 = [q for q in _on_line(r, 112) if q.parent is None]
    assert len(q112) == 1 and "Soleimani" in q112[0].speaker.name and q112[0].medium == "speech"
    q180 = _on_line(r, 180)
    outer = [q for q in q180 if q.parent is None]
    inner = [q for q in q180 if q.parent is not None]
    assert len(outer) == 1 and len(inner) == 1
    assert inner[0].parent == outer[0].id
    assert "Petraeus" in outer[0].speaker.name or "Petreaus" in outer[0].speaker.name
    assert "Soleimani" in inner[0].speaker.name
    (q192,) = _on_line(r, 192)
    assert q192.speaker.text == "one Iraqi militia commander"
    assert q192.speaker.entity is None and q192.speaker.name is None
    # the paragraphs that run on from a quoted paragraph keep its speaker
    assert all("Soleimani" in q.speaker.name for q in _on_line(r, 92) + _on_line(r, 114))


def test_sample_has_no_quotation_findings(sample_report):
    assert [f for f in sample_report.findings if f.code.startswith("CD7")] == []


def test_a_toll_that_claimed_lives_is_not_reported_speech(make_doc):
    from copydesk.quotes import annotate

    doc = make_doc("Floods\n\nThe storm claimed about 300 lives in the delta last year.\n\n"
                   "The rebel group claimed responsibility for the attack on the depot.")
    annotate(doc)
    texts = [doc.text[q.start:q.end] for q in doc.quotes]
    assert texts == ["responsibility for the attack on the depot"]


# ---------------------------------------------------------------------------- transcripts

TRANSCRIPT = (
    "Harbour master talks storms\n\n"
    "The harbour master of Lund, Ada Price, spoke to our reporter about the winter storms.\n\n"
    "((Reporter)) How bad was the January storm?\n\n"
    "((Ada Price)) It was a disgraceful failure of planning. The council ignored every warning.\n\n"
    "We lost three boats in one night, and the wall did not hold.\n\n"
    "((Reporter)) Did the wall hold in the end?\n\n"
    "((Ada Price)) The wall held in the end. We rebuild it this spring.")


def test_interview_transcript_turns_are_quotes_of_their_speakers():
    import copydesk

    report = copydesk.check(TRANSCRIPT, published="2024-05-02")
    turns = [(q.speaker.name, q.text) for q in report.quotes if q.kind == "direct"]
    assert ("Ada Price", "It was a disgraceful failure of planning. The council ignored every warning.\n\n"
            "We lost three boats in one night, and the wall did not hold.") in turns
    assert ("Reporter", "How bad was the January storm?") in turns
    # the answers are the speaker's words: no loaded-language finding in the article's voice,
    # and a conversation that goes back and forth is not a text contradicting itself
    assert [f.code for f in report.findings if f.code[:3] in ("CD4", "CD6")] == []


def test_a_single_labelled_paragraph_is_not_a_transcript():
    import copydesk

    text = ("Harbour row\n\nUpdate: The council approved the disgraceful plan on Monday.\n\n"
            "The vote is on Friday.")
    report = copydesk.check(text, published="2024-05-02", select=["CD601"])
    assert [f.code for f in report.findings] == ["CD601"]


def test_prose_after_the_last_turn_is_the_articles_again():
    import copydesk

    text = TRANSCRIPT + "\n\nThe harbour board meets again in June to approve the repair budget."
    report = copydesk.check(text, published="2024-05-02")
    last = text.rindex("The harbour board")
    assert not any(q.start <= last < q.end for q in report.quotes)
