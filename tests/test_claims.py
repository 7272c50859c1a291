"""The claims stage: slots, polarity, certainty, sources and strength, on passages written for
these tests. Quotes and entities are built by hand where a test needs them, so that these
tests do not depend on the quotes and entities stages; end-to-end tests that need the quotes
stage skip while it finds no quotes in a passage that plainly has them."""

from __future__ import annotations

import pytest
from rich.console import Console

from copydesk import claims as claims_stage
from copydesk.model import Article, Claim, Entity, Mention, Quote, Report, Source, Span, Speaker
from copydesk.render.text import _claims_line, render


def _claims(make_doc, text, **kw):
    doc = make_doc(text, **kw)
    return doc, doc.claims


def _one(claims, predicate=None, contains=None, doc=None, **attrs):
    """The single claim with this predicate (and whose span contains `contains`)."""
    found = [c for c in claims if (predicate is None or c.predicate == predicate)
             and (contains is None or contains in doc.text[c.start:c.end])
             and all(getattr(c, k) == v for k, v in attrs.items())]
    assert found, f"no {predicate!r} claim containing {contains!r} in {[(c.predicate, c.object) for c in claims]}"
    return found[0]


def _text(doc, c):
    return doc.text[c.start:c.end]


class _StubIndex:
    """The entity index API (entity_at, by_id) over hand-made entities."""

    def __init__(self, entities):
        self.entities = {e.id: e for e in entities}

    def entity_at(self, start, end):
        for e in self.entities.values():
            for m in e.mentions:
                if m.start < end and m.end > start:
                    return e
        return None

    def by_id(self, eid):
        return self.entities[eid]


def _mention(text, word, kind="name", nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(start, start + len(word), word, kind)


def _rerun(doc, entities=(), quotes=()):
    """Run the claims stage again with hand-made entities and quotes instead of the stages'."""
    doc.entities = list(entities)
    doc.quotes = list(quotes)
    doc.extras.pop("entity_index", None)
    if entities:
        doc.extras["entity_index"] = _StubIndex(entities)
    claims_stage.annotate(doc)
    return doc.claims


# --- fact slots -----------------------------------------------------------------------------


def test_born_with_place_and_year(make_doc):
    doc, cs = _claims(make_doc, "Ivan Petrov was born in Kazan in 1957. He studied chemistry.")
    c = _one(cs, "born", doc=doc)
    assert (c.object, c.time, c.polarity, c.certainty) == ("Kazan", "1957", "positive", "asserted")
    assert c.source == Source("article")
    assert _text(doc, c) == "Ivan Petrov was born in Kazan in 1957"


def test_born_in_a_participle_and_the_capital_of(make_doc):
    doc, cs = _claims(make_doc, "Born into a family of fishermen in Tromso county, Lena Dahl later moved south.\n\n"
                                "Her brother Ivar Dahl was born in the northern port city of Hammerfest.")
    assert _one(cs, "born", "Born into", doc=doc).object == "Tromso county"
    assert _one(cs, "born", "Ivar", doc=doc).object == "Hammerfest"


def test_died(make_doc):
    doc, cs = _claims(make_doc, "Maria Lopez died in Lisbon on Tuesday after a long illness.")
    c = _one(cs, "died", doc=doc)
    assert (c.object, c.time) == ("Lisbon", "Tuesday")


def test_role_named_head_of_in_1998(make_doc):
    doc, cs = _claims(make_doc, "Ana Ferreira joined the port authority as a clerk. "
                                "In 1998, she was named head of the authority.")
    c = _one(cs, "role", doc=doc)
    assert (c.object, c.time) == ("head of the authority", "1998")


def test_member_of_joined_in_1979(make_doc):
    doc, cs = _claims(make_doc, "Tomas Berg joined the Labour Party in 1979.")
    c = _one(cs, "member_of", doc=doc)
    assert (c.object, c.time) == ("Labour Party", "1979")


@pytest.mark.parametrize("text,expected", [
    ("Maria Lopez, aged 44, died on Tuesday.", "44"),
    ("Maria Lopez, 44, died on Tuesday.", "44"),
    ("The 61-year-old Lopez rarely gave interviews.", "61"),
    ("Former mayor Dana Hill dies aged 81", "81"),
    ("Tomas Berg was 30 when he became a colonel.", "30"),
])
def test_age(make_doc, text, expected):
    doc, cs = _claims(make_doc, text)
    assert _one(cs, "age", doc=doc).object == expected


def test_located_in_participated_and_quantity(make_doc):
    doc, cs = _claims(make_doc, "Nadia Okafor lives in Paris.\n\n"
                                "Nadia Okafor took part in the 2011 protests.\n\n"
                                "Nordvik Shipping employs 1,200 people.")
    assert _one(cs, "located_in", doc=doc).object == "Paris"
    part = _one(cs, "participated", doc=doc)
    assert part.object == "2011 protests" and part.time == "2011"
    assert _one(cs, "quantity", doc=doc).object == "1,200 people"


def test_role_and_state_from_a_copula(make_doc):
    doc, cs = _claims(make_doc, "Dana Hill was the mayor of Leeds. Hill was popular with voters.")
    assert _one(cs, "role", doc=doc).object == "mayor of Leeds"
    assert _one(cs, "state", doc=doc).object.startswith("popular")


def test_other_claims_use_the_verb_lemma(make_doc):
    doc, cs = _claims(make_doc, "Lena Dahl bought the newspaper in 2004.")
    c = _one(cs, doc=doc)
    assert (c.predicate, c.object, c.time) == ("buy", "newspaper", "2004")


# --- polarity and certainty ----------------------------------------------------------------


@pytest.mark.parametrize("text,predicate", [
    ("Tomas Berg did not attend the meeting.", "attend"),
    ("Tomas Berg never received a formal education.", "receive"),
    ("Tom Reed is no longer the chairman of the club.", "role"),
    ("Ruth Adler denied that she had bribed the inspector.", "bribe"),
])
def test_negative_polarity(make_doc, text, predicate):
    doc, cs = _claims(make_doc, text)
    assert _one(cs, predicate, doc=doc).polarity == "negative"


def test_denial_is_attributed_to_the_denier_and_not_strong(make_doc):
    doc, cs = _claims(make_doc, "Ruth Adler denied that she had bribed the inspector.")
    c = _one(cs, "bribe", doc=doc)
    assert c.source.kind == "attributed" and c.source.name.endswith("Adler")
    assert not c.strong


@pytest.mark.parametrize("text,predicate", [
    ("Lena Dahl is thought to have left the country.", "leave"),
    ("Lena Dahl is believed to be in Oslo.", "located_in"),
    ("Lena Dahl reportedly accepted the money.", "accept"),
    ("Lena Dahl allegedly accepted the money.", "accept"),
    ("Lena Dahl may have signed the order.", "sign"),
    ("Lena Dahl is said to have grown up near Tromso.", "grow up"),
    ("Lena Dahl was said in her village to have grown up near Tromso.", "grow up"),
    ("Lena Dahl appears to have left the country.", "leave"),
    ("Lena Dahl is likely to have known about the deal.", "know"),
])
def test_hedged(make_doc, text, predicate):
    doc, cs = _claims(make_doc, text)
    c = _one(cs, predicate, doc=doc)
    assert c.certainty == "hedged" and c.polarity == "positive"
    assert _text(doc, c).startswith("Lena Dahl")


@pytest.mark.parametrize("text,predicate", [
    ("It is not known if Lena Dahl attended the meeting.", "attend"),
    ("It is not known whether Lena Dahl participated in the protests.", "participated"),
    ("It is unclear whether Lena Dahl signed the order.", "sign"),
    ("It remains unclear if Lena Dahl knew about the payments.", "know"),
])
def test_unknown(make_doc, text, predicate):
    doc, cs = _claims(make_doc, text)
    c = _one(cs, predicate, doc=doc)
    assert c.certainty == "unknown" and c.polarity == "positive"


def test_plain_assertion_is_asserted(make_doc):
    doc, cs = _claims(make_doc, "Lena Dahl signed the order.")
    assert _one(cs, "sign", doc=doc).certainty == "asserted"


# --- sources ---------------------------------------------------------------------------------


def test_article_voice(make_doc):
    doc, cs = _claims(make_doc, "Jonas Berg stole the paintings.")
    assert _one(cs, "steal", doc=doc).source == Source("article")


def test_according_to(make_doc):
    doc, cs = _claims(make_doc, "According to the museum, Jonas Berg stole the paintings.")
    c = _one(cs, "steal", doc=doc)
    assert c.source.kind == "attributed" and "museum" in c.source.name


def test_officials_say(make_doc):
    doc, cs = _claims(make_doc, "Officials say Jonas Berg stole the paintings.")
    c = _one(cs, "steal", doc=doc)
    assert c.source.kind == "attributed" and c.source.name == "Officials" and c.source.entity is None
    assert _text(doc, c) == "Jonas Berg stole the paintings"


def test_x_has_said_that(make_doc):
    doc, cs = _claims(make_doc, "The State Department has said that Jonas Berg was born in Bergen.")
    c = _one(cs, "born", doc=doc)
    assert c.object == "Bergen"
    assert c.source.kind == "attributed" and "State Department" in c.source.name


def test_inverted_attribution(make_doc):
    doc, cs = _claims(make_doc, "Jonas Berg stole the paintings, police said.")
    c = _one(cs, "steal", doc=doc)
    assert c.source.kind == "attributed" and c.source.name == "police"


@pytest.mark.parametrize("text,predicate", [
    ("Kessler was credited with rebuilding the harbour.", "rebuild"),
    ("Kessler was blamed for the collapse of the bank.", "blame"),
    ("Kessler is accused of stealing the funds.", "steal"),
    ("Kessler is alleged to have stolen the funds.", "steal"),
])
def test_attribution_by_passive_is_unnamed(make_doc, text, predicate):
    doc, cs = _claims(make_doc, text)
    c = _one(cs, predicate, doc=doc)
    assert c.source == Source("attributed", None, None)


def test_attribution_by_passive_with_an_agent(make_doc):
    doc, cs = _claims(make_doc, "Kessler was blamed for the collapse by the inspectors.")
    c = _one(cs, "blame", doc=doc)
    assert c.source.kind == "attributed" and c.source.name == "the inspectors"


def test_active_accusation_is_a_claim_about_the_accused(make_doc):
    doc, cs = _claims(make_doc, "Prosecutors accused Jonas Berg of fraud.")
    c = _one(cs, "accuse", doc=doc)
    assert c.source.kind == "attributed" and c.source.name == "Prosecutors"
    assert c.object == "fraud" and c.strong


def test_quote_gives_the_source_hand_built(make_doc):
    text = "Mara Quist chairs the board.\n\nHalvorsen hid the losses from the auditors."
    doc = make_doc(text)
    q_start = text.index("Halvorsen")
    q_end = text.index(".", q_start)
    quist = Entity("E1", "PERSON", "Mara Quist", ["Mara Quist"], [_mention(text, "Mara Quist")])
    halv = Entity("E2", "PERSON", "Halvorsen", ["Halvorsen"], [_mention(text, "Halvorsen")])
    quote = Quote("Q1", "direct", q_start, q_end, text[q_start:q_end],
                  speaker=Speaker("E1", "Mara Quist", 0, 10, "Mara Quist"))
    cs = _rerun(doc, [quist, halv], [quote])
    c = _one(cs, "hide", doc=doc)
    assert c.subject == "E2"
    assert c.source == Source("attributed", "Mara Quist", "E1")
    assert c.strong is False  # hiding losses is not in the wrongdoing lexicon


@pytest.mark.parametrize("speaker,expected", [
    (Speaker(None, None, 0, 16, "a senior official"), Source("attributed", "a senior official", None)),
    (None, Source("attributed", None, None)),
])
def test_quote_with_unnamed_or_no_speaker(make_doc, speaker, expected):
    text = "The minutes were released on Monday.\n\nJonas Berg stole the paintings."
    doc = make_doc(text)
    q_start = text.index("Jonas")
    q_end = text.index(".", q_start)
    cue = Span(0, 3, text[0:3])
    quote = Quote("Q1", "direct", q_start, q_end, text[q_start:q_end], speaker=speaker, cue=cue)
    cs = _rerun(doc, [], [quote])
    assert _one(cs, "steal", doc=doc).source == expected


def test_pronoun_subject_resolved_through_the_index(make_doc):
    text = "Lena Dahl founded the paper in 1990. She was born in Bergen in 1961."
    doc = make_doc(text)
    dahl = Entity("E1", "PERSON", "Lena Dahl", ["Lena Dahl"],
                  [_mention(text, "Lena Dahl"), _mention(text, "She", "pronoun")])
    cs = _rerun(doc, [dahl])
    c = _one(cs, "born", doc=doc)
    assert (c.subject, c.object, c.time) == ("E1", "Bergen", "1961")


def test_without_an_entity_index_claims_still_come(make_doc):
    doc = make_doc("Ivan Petrov was born in Kazan in 1957.")
    cs = _rerun(doc)
    c = _one(cs, "born", doc=doc)
    assert c.subject is None and c.object == "Kazan"


def test_end_to_end_direct_quote_is_attributed_to_its_speaker(make_doc):
    text = ("Mara Quist did not hold back at the hearing.\n\n"
            "“The figures were false from the start,” Quist said. “Halvorsen hid the losses from the auditors.”")
    doc = make_doc(text)
    if not doc.quotes:
        pytest.skip("the quotes stage finds no quotes yet")
    c = _one(doc.claims, "hide", doc=doc)
    assert c.source.kind == "attributed" and c.source.name and c.source.name.endswith("Quist")


def test_end_to_end_indirect_quote(make_doc):
    doc = make_doc("US officials say Omar Haddad ordered the attack on the convoy.")
    if not doc.quotes:
        pytest.skip("the quotes stage finds no quotes yet")
    c = _one(doc.claims, "order", doc=doc)
    assert c.source.kind == "attributed" and c.source.name == "US officials" and c.strong


# --- strong claims ---------------------------------------------------------------------------


@pytest.mark.parametrize("text,predicate", [
    ("Colonel Ruiz ordered the attack on the village.", "order"),
    ("Colonel Ruiz oversaw the killing of protesters in 2011.", "oversee"),
    ("Colonel Ruiz orchestrated thousands of killings.", "orchestrate"),
    ("Colonel Ruiz helped the militia slaughter the villagers.", "help"),
    ("Colonel Ruiz masterminded the bombing of the embassy.", "mastermind"),
    ("Colonel Ruiz killed hundreds of soldiers.", "kill"),
    ("Jonas Berg stole the paintings.", "steal"),
    ("Jonas Berg lied to investigators.", "lie"),
    ("Jonas Berg covered up the losses.", "cover up"),
    ("Jonas Berg bribed two judges.", "bribe"),
    ("Nordvik Shipping is responsible for the deaths of 12 workers.", "state"),
    ("Jonas Berg was convicted of fraud in 2015.", "convict"),
    ("Kessler was blamed for more than 600 deaths.", "blame"),
    ("Jonas Berg was arrested after killing his neighbour.", "arrest"),
    ("Colonel Ruiz trained the rebels, resulting in the deaths of 40 villagers.", "train"),
    ("Jonas Berg is a convicted murderer.", "state"),
])
def test_strong(make_doc, text, predicate):
    doc, cs = _claims(make_doc, text)
    c = _one(cs, predicate, doc=doc)
    assert c.strong, (c.predicate, c.object)


@pytest.mark.parametrize("text", [
    "The crash killed 14 people.",
    "The storm killed three people in the north.",
    "The fighting killed more than 1 million people.",
    "Colonel Ruiz condemned the killing of the protesters.",
    "Colonel Ruiz survived an attack on his convoy.",
    "Colonel Ruiz was killed in an attack on his convoy.",
    "Colonel Ruiz shot a documentary in Chile.",
    "Colonel Ruiz denied ordering the attack.",
    "Colonel Ruiz did not order the attack.",
    "Colonel Ruiz ordered an inquiry into the crash.",
    "Colonel Ruiz backed the government and led the parade.",
    "Lena Dahl bought the newspaper in 2004.",
])
def test_not_strong(make_doc, text):
    doc, cs = _claims(make_doc, text)
    assert not [c for c in cs if c.strong], [(c.predicate, c.object) for c in cs if c.strong]


def test_accident_toll_is_a_claim_without_an_entity_subject(make_doc):
    doc, cs = _claims(make_doc, "The crash killed 14 people.")
    c = _one(cs, "kill", doc=doc)
    assert c.subject is None and c.object == "14 people" and not c.strong


# --- headlines, bullets, coordination -------------------------------------------------------


def test_participle_headline(make_doc):
    text = ("Militia leader Omar Haddad killed in airstrike\n\n"
            "Omar Haddad, who led the militia for a decade, died on Friday in an airstrike near the border.")
    doc, cs = _claims(make_doc, text)
    head = [c for c in cs if c.end <= doc.blocks[0].end]
    assert [c.predicate for c in head] == ["died"]
    assert not head[0].strong and head[0].source.kind == "article"
    if doc.entities:
        assert head[0].subject is not None


def test_headline_clause_after_a_colon(make_doc):
    text = ("Warlord with blood on his hands: Omar Haddad ordered the massacre of 300 villagers and "
            "plotted attacks on aid workers\n\n"
            "Omar Haddad led the militia for a decade.")
    doc, cs = _claims(make_doc, text)
    head = [c for c in cs if c.end <= doc.blocks[0].end]
    preds = {c.predicate for c in head}
    assert {"order", "plot"} <= preds
    assert all(c.strong and c.source.kind == "article" for c in head)


def test_bullets(make_doc):
    text = ("Warlord Omar Haddad dies in airstrike\n\n"
            "  • Omar Haddad ordered the massacre of 300 villagers in 2014\n"
            "  • He was named commander of the northern brigade in 2009\n\n"
            "Omar Haddad led the militia for a decade.")
    doc, cs = _claims(make_doc, text)
    assert _one(cs, "order", doc=doc).strong
    role = _one(cs, "role", doc=doc)
    assert role.object == "commander of the northern brigade" and role.time == "2009"


def test_coordinated_verbs_give_one_claim_each(make_doc):
    doc, cs = _claims(make_doc, "Colonel Ruiz backed the junta, and oversaw the torture of prisoners.")
    back = _one(cs, "back", doc=doc)
    over = _one(cs, "oversee", doc=doc)
    assert not back.strong and over.strong
    assert back.start != over.start


def test_coordinated_facts_keep_their_own_times(make_doc):
    doc, cs = _claims(make_doc, "Carla Mendes joined the Socialist Party in 1979 and was elected mayor of Porto in 1998.")
    member = _one(cs, "member_of", doc=doc)
    role = _one(cs, "role", doc=doc)
    assert (member.object, member.time) == ("Socialist Party", "1979")
    assert (role.object, role.time) == ("mayor of Porto", "1998")
    assert "elected" not in _text(doc, member)


def test_relative_clause_about_the_copula_subject(make_doc):
    doc, cs = _claims(make_doc, "Omar Haddad was one of the commanders who orchestrated the attacks.")
    c = _one(cs, "orchestrate", doc=doc)
    assert c.strong
    if doc.entities:
        assert c.subject == _one(cs, "state", doc=doc).subject


# --- shape -----------------------------------------------------------------------------------


def test_ids_in_text_order_and_spans_quote_the_text(make_doc):
    doc, cs = _claims(make_doc, "Lena Dahl was born in Bergen in 1961. She joined the Labour Party in 1979, "
                                "and in 1998 she was named head of the party.")
    assert [c.id for c in cs] == [f"C{i}" for i in range(1, len(cs) + 1)]
    assert [c.start for c in cs] == sorted(c.start for c in cs)
    for c in cs:
        assert 0 <= c.start < c.end <= len(doc.text)
        assert doc.text[c.start:c.end].strip() == doc.text[c.start:c.end]


def test_report_json_has_the_claims(checker):
    report = checker.check("Lena Dahl was born in Bergen in 1961. According to police, Jonas Berg stole the paintings.")
    d = report.to_dict()
    assert any(c["predicate"] == "born" for c in d["claims"])
    att = report.attribution()
    assert att["strong_claims"] >= 1 and att["attributed"] >= 1


# --- the text report ----------------------------------------------------------------------


def _claim(kind, name=None, entity=None, strong=False):
    return Claim("C1", None, "kill", None, 0, 1, source=Source(kind, name, entity), strong=strong)


def test_text_report_claims_line():
    report = Report(article=Article(text="x"), claims=[
        _claim("attributed", "The State Department", "E2", strong=True),
        _claim("attributed", "Pollack"),
        _claim("attributed", "US officials", strong=True),
        _claim("attributed"),
        _claim("article", strong=True),
        _claim("article", strong=True),
    ])
    line = _claims_line(report).plain
    assert line == ("claims: 6 (named source 2 · unnamed source 2 · article's own voice 2) · "
                    "strong claims 4, 50% attributed")
    console = Console(record=True, width=200)
    render(report, console)
    assert line in console.export_text()


def test_text_report_without_claims_has_no_claims_line():
    assert _claims_line(Report(article=Article(text="x"))) is None


# --- more mechanisms -------------------------------------------------------------------------


def test_passive_agent_gets_the_harm(make_doc):
    doc, cs = _claims(make_doc, "The shopkeeper was robbed by Jonas Berg on Friday.")
    c = _one(cs, "rob", doc=doc, strong=True)
    assert c.strong and c.object == "shopkeeper"
    assert "Jonas Berg" in _text(doc, c)


@pytest.mark.parametrize("text", [
    "The bombing, reportedly carried out by the Taliban, killed nine people.",
    "Nine people died in an attack reportedly carried out by the Taliban.",
    "Police blamed the attack, reportedly carried out by the Taliban, for the blackout.",
])
def test_attack_carried_out_by_a_group(make_doc, text):
    doc, cs = _claims(make_doc, text)
    c = _one(cs, "carry", doc=doc)
    assert c.strong and c.certainty == "hedged"


@pytest.mark.parametrize("text,predicate", [
    ("Bruce Hale pleaded guilty to eight murders.", "plead"),
    ("Bruce Hale admitted his guilt in the killings.", "admit"),
    ("The Red Hand claimed responsibility for the bombing.", "claim"),
    ("Bruce Hale accepted bribes from the contractor.", "accept"),
])
def test_admissions_are_strong(make_doc, text, predicate):
    doc, cs = _claims(make_doc, text)
    assert _one(cs, predicate, doc=doc).strong


def test_pleading_not_guilty_is_not_strong(make_doc):
    doc, cs = _claims(make_doc, "Bruce Hale pleaded not guilty to seven counts of murder.")
    assert not [c for c in cs if c.strong]


@pytest.mark.parametrize("text,predicate", [
    ("Bruce Hale was charged with murder on Monday.", "charge"),
    ("Bruce Hale faces twelve counts of fraud.", "face"),
])
def test_charges_are_attributed(make_doc, text, predicate):
    doc, cs = _claims(make_doc, text)
    c = _one(cs, predicate, doc=doc)
    assert c.strong and c.source == Source("attributed", None, None)


def test_tasked_with_is_not_a_charge(make_doc):
    doc, cs = _claims(make_doc, "Lena Dahl was charged with rebuilding the harbour.")
    c = _one(cs, "charge", doc=doc)
    assert c.source == Source("article") and not c.strong


@pytest.mark.parametrize("text", [
    "Senator Hale attacked the proposal in a speech.",
    "The Senate committee killed the bill on Tuesday.",
    "Judge Amy Ross sentenced Bruce Hale to life in prison for torturing his children.",
    "Lena Dahl was injured in the attack.",
])
def test_figurative_or_displaced_harm_is_not_strong(make_doc, text):
    doc, cs = _claims(make_doc, text)
    assert not [c for c in cs if c.strong], [(c.predicate, c.object) for c in cs if c.strong]


def test_rumour_hedges(make_doc):
    doc, cs = _claims(make_doc, "Rumours circulated in 2015 that Omar Haddad was killed in Aleppo.")
    c = _one(cs, "died", doc=doc)
    assert c.certainty == "hedged" and c.object == "Aleppo"


def test_rumored_dead(make_doc):
    doc, cs = _claims(make_doc, "Omar Haddad had been rumored dead several times.")
    c = _one(cs, "died", doc=doc)
    assert c.certainty == "hedged"


def test_a_finite_clause_missing_its_subject_does_not_borrow_one(make_doc):
    doc, cs = _claims(make_doc, "Yutaka Iwasaki of Kobe, Japan came across military records that showed "
                                "a Japanese bomber had attacked a U.S. vessel.")
    assert not [c for c in cs if c.strong]


# --- common-noun agents: the claim stays strong once its source is cut --------------------------

@pytest.mark.parametrize("text,predicate", [
    ("The man shot two officers outside the station.", "shoot"),
    ("The suspect stabbed a guard at the depot.", "stab"),
    ("The crown prince ordered the killing of the reporter.", "order"),
    ("The accused carried out two attacks on the town.", "carry out"),
    ("His attacker strangled the driver.", "strangle"),
    ("The militants kidnapped three aid workers.", "kidnap"),
    ("Tom Reyes had been physically abusive to his wife.", "state"),
])
def test_definite_person_or_group_nominal_is_an_agent(make_doc, text, predicate):
    doc, cs = _claims(make_doc, text)
    c = _one(cs, predicate, doc=doc)
    assert c.strong and c.source.kind == "article", (c.predicate, c.object)


@pytest.mark.parametrize("text", [
    "A man shot two officers outside the station.",  # nobody in particular
    "The attack killed two officers outside the station.",  # an event, not an agent
    "The fire killed two residents of the block.",
    "The man was shot by officers outside the station.",  # the harm is done to him
    "The man had been abusive, officers said.",  # attributed: strong, but not the article's
])
def test_nominal_that_is_not_an_accused_agent(make_doc, text):
    doc, cs = _claims(make_doc, text)
    assert not [c for c in cs if c.strong and c.source.kind == "article"], \
        [(c.predicate, c.object, c.source.kind) for c in cs if c.strong]
