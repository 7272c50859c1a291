"""Loaded language (CD601, CD602): every passage here is written for these tests."""

from __future__ import annotations

import pytest

from copydesk.checks import language
from copydesk.checks.language import lexicon, loaded_terms, parse_lexicon


def _codes(findings, prefix="CD6"):
    return [f.code for f in findings if f.code.startswith(prefix)]


def _terms(findings):
    return [e.text for f in findings for e in f.evidence]


# --- positives --------------------------------------------------------------------------------


def test_headline_label_and_idiom(run):
    text = ("Terrorist warlord with the blood of HUNDREDS on his hands flees the capital\n\n"
            "General Tor Malvik left the capital of Ostrava on Monday, officials said.")
    found = run(text, select=["CD6"])
    assert sorted(_codes(found)) == ["CD601", "CD602"]
    calling = next(f for f in found if f.code == "CD602")
    assert calling.severity == "warning" and calling.category == "language"
    assert [e.text for e in calling.evidence] == ["Terrorist warlord"]
    assert calling.evidence[0].start == 0
    loaded = next(f for f in found if f.code == "CD601")
    assert "blood of HUNDREDS on his hands" in _terms([loaded])


def test_emotive_verb_as_the_articles_verdict(run):
    text = ("Valley raid\n\n"
            "Government troops slaughtered dozens of farmers in the Kessel valley last week.")
    found = run(text, select=["CD6"])
    assert _codes(found) == ["CD601"]
    f = found[0]
    assert _terms(found) == ["slaughtered"]
    assert f.suggestion == "kill"
    assert "article's own voice" in f.message


def test_emotive_noun_and_evidence_quotes_the_text(run, make_doc):
    text = "Market attack\n\nThe shelling left carnage in the central market of Brill."
    found = run(text, select=["CD601"])
    assert _terms(found) == ["carnage"]
    doc = make_doc(text)
    for f in found:
        for e in f.evidence:
            assert doc.text[e.start:e.end] == e.text


def test_one_finding_per_paragraph(run):
    text = ("Report\n\n"
            "The regime slaughtered villagers and butchered their cattle-herders. "
            "The brutal campaign went on for months.\n\n"
            "Aid reached the town on Friday.")
    found = run(text, select=["CD601"])
    assert len(found) == 1
    assert set(_terms(found)) >= {"slaughtered", "butchered"}


def test_tabloid_verb_of_criticism(run):
    found = run("Budget row\n\nSenator Ada Price slammed the finance minister over the budget.", select=["CD6"])
    assert _terms(found) == ["slammed"]


def test_paired_judging_words_are_one_phrase(run):
    found = run("Hearing\n\nThe answer the minister gave the committee was pathetic and evasive.", select=["CD6"])
    assert _terms(found) == ["pathetic and evasive"]


def test_a_phrase_inside_a_longer_one_is_reported_once(run):
    found = run("Speech\n\nThe mayor gave a crude and scary speech about the harbour.", select=["CD6"])
    assert _terms(found) == ["crude and scary speech"]


def test_contempt_for_a_person_and_a_plan(run):
    found = run("Harbour sale\n\nThe mayor and his cronies pushed through a ruinous plan to sell the harbour.",
                select=["CD6"])
    assert sorted(_codes(found)) == ["CD601", "CD602"]
    assert set(_terms(found)) == {"cronies", "ruinous plan"}


def test_figurative_sense_of_a_medical_word(run):
    found = run("Harbour\n\nThe mayor waged a virulent campaign against the harbour board.", select=["CD6"])
    assert _terms(found) == ["virulent campaign"]


# --- negatives: context decides ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # a court report: the legal term in its legal frame
    "Parole hearing\n\nDale Mercer, a convicted murderer, was released on parole on Tuesday.",
    "Verdict\n\nA jury convicted Dale Mercer of murder on Tuesday after a two-week trial.",
    # a quoted word is the speaker's
    'Gang arrests\n\n"They are thugs and butchers," the mayor said of the gang on Friday.',
    # a proper name or title
    "Anniversary\n\nVisitors to the Killing Fields museum laid flowers on Sunday.",
    # a term the article attributes
    "Vote\n\nOpposition leaders called the vote a sham.",
    "Plan\n\nCritics described the plan as a travesty.",
    "Sanctions\n\nThe United States designated the group a terrorist organisation in 2019.",
    # literal senses
    "Outbreak\n\nFarmers slaughtered 200 cattle after the outbreak was confirmed.",
    "Crash\n\nThe van slammed into a wall on Quay Street.",
    "Festival\n\nThe festival opens with a horror film by a local director.",
    # an event is not a person: officials classify it
    "Stabbing\n\nPolice are treating the stabbing in Lund as a terrorist attack.",
    # a neutral toll
    "Bus crash\n\nThe bus crash killed 14 passengers, officials said.",
    # reported speech: the speaker's view, paraphrased
    "Debate\n\nMara Quist argued that the new law is a travesty.",
    "Board\n\nThe board met on Monday. Critics said the plan was ruinous.",
    # literal and technical senses: a disease, a chemical, a film described, a reign
    "Outbreak\n\nA more virulent strain of the virus reached the port on Monday.",
    "Scan\n\nDoctors found a malignant tumour in the patient's lung.",
    "Premiere\n\nThe film follows a comedian who hosts the absurd and shallow On Cinema film review Web series.",
    "History\n\nThe abbey was rebuilt during the reign of King Olaf.",
    # a commodity and a genre
    "Cargo\n\nThe tanker was loaded with crude palm oil when it vanished.",
    "Fair\n\nA local author gave a reading of scary stories on Saturday.",
    # a gerund is not the label its lemma spells ("hack")
    "Bail\n\nThe hacking suspect was released on bail.",
])
def test_not_the_articles_own_word(run, text):
    assert _codes(run(text, select=["CD6"])) == []


def test_block_quotation_in_first_person_is_the_speakers(run):
    text = ("Minister resigns\n\n"
            "Transport minister Ola Brenn resigned on Monday after the rail report was published.\n\n"
            "In his statement, Brenn wrote about his time in office.\n\n"
            "I have watched this disgraceful campaign against my family for a year.\n\n"
            "The report found delays on most lines.\n\n"
            "A successor will be named next week.")
    assert _codes(run(text, select=["CD6"])) == []


def test_terms_keep_their_reason(make_doc):
    doc = make_doc('Row\n\nCritics called it a witch hunt. "It is a sham," Ada Price said.')
    reasons = {t.text: t.skip for t in loaded_terms(doc)}
    assert reasons.get("witch hunt") == "attributed"
    assert reasons.get("sham") == "quoted"


# --- the lexicon --------------------------------------------------------------------------------


def test_lexicon_parses_and_has_every_kind():
    lex = lexicon()
    kinds = {k for entries in lex.words.values() for k in entries}
    assert {"label", "verb", "adj", "adv", "noun"} <= kinds
    assert any(phrase.startswith("blood") for _, phrase, _ in lex.idioms)
    assert lex.words["slaughter"]["verb"].neutral == "kill"


def test_lexicon_rejects_a_bad_line():
    with pytest.raises(ValueError):
        parse_lexicon("colour loaded")
    lex = parse_lexicon("# comment\nverb smash | hit\nidiom blood on POSS hands\n")
    assert lex.words["smash"]["verb"].neutral == "hit"
    pattern = lex.idioms[0][0]
    assert pattern.search("with blood on their hands")


def test_rules_are_registered_with_docs():
    from copydesk.checks import get_rule

    for code in ("CD601", "CD602"):
        r = get_rule(code)
        assert r is not None and r.severity == "warning" and r.category == "language"
        assert "What it finds" in r.doc and "Example" in r.doc
    assert language.LEXICON_FILE.exists()
