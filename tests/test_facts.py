"""The facts layer: normalized slot values with sources, statements, and the timeline."""

from __future__ import annotations

from datetime import date

import pytest

from copydesk import facts
from copydesk.facts import facts_of, normalize_title, source_label
from copydesk.model import Source


@pytest.fixture
def fdoc(make_doc):
    def go(text: str, published: str = "2020-03-01"):
        doc = make_doc(text, published=date.fromisoformat(published))
        facts.annotate(doc)
        return doc

    return go


@pytest.mark.parametrize("words,title", [
    (["commander"], "head"), (["chairwoman"], "head"), (["president"], "head"), (["director"], "head"),
    (["deputy", "director"], "deputy head"), (["acting", "president"], "acting head"),
    (["vice", "chair"], "vice head"), (["treasurer"], "treasurer"), (["former", "chief"], "head"),
    (["general"], "general"), (["spokesman"], "spokesman"),
])
def test_normalize_title(words, title):
    assert normalize_title(words) == title


def test_source_label():
    assert source_label(Source("article")) == "the article"
    assert source_label(Source("attributed", name="The State Department")) == "the State Department"
    assert source_label(Source("attributed", name=None)) == "an unnamed source"


def test_role_start_facts_join_name_variants(fdoc):
    doc = fdoc("Maria Reyes was appointed director of the Lakeside Orchestra in 2011.\n\n"
               "Reyes, who became the Lakeside Orchestra's director in 2011, plans a tour.\n\n"
               "She has led the orchestra since 2011.")
    F = facts_of(doc)
    roles = [f for f in F.facts if f.slot == "role" and f.aspect in ("start", "since")]
    assert roles
    assert {f.title for f in roles} == {"head"}
    assert {f.time for f in roles} == {"2011"}
    assert all(f.entity == roles[0].entity for f in roles)
    assert all(f.source.kind == "article" for f in roles)


def test_end_and_current_facts(fdoc):
    doc = fdoc("Duarte is still the union's treasurer.\n\nDuarte quit as treasurer of the union in January.")
    F = facts_of(doc)
    aspects = {(f.title, f.aspect) for f in F.facts if f.slot == "role"}
    assert ("treasurer", "current") in aspects and ("treasurer", "end") in aspects
    end = next(f for f in F.facts if f.slot == "role" and f.aspect == "end")
    assert end.time == "2020-01"


def test_birth_place_sources(fdoc):
    doc = fdoc("Born in Porto in 1961, Silva joined the club as a teenager.\n\nThe club said Silva was born in Braga.")
    places = {f.value: f.source.kind for f in facts_of(doc).facts if f.slot == "born" and f.kind == "place"}
    assert places == {"porto": "article", "braga": "attributed"}


def test_statement_values(fdoc):
    doc = fdoc("In 2004 the city council approved 3 new parks.\n\nThe minister arrived in Leeds on Monday.")
    sts = facts_of(doc).statements
    approve = [s for s in sts if s.verb == "approve"]
    assert approve
    kinds = {(v.kind, v.value) for v in approve[0].values}
    assert ("date", "2004") in kinds and ("num", 3.0) in kinds
    num = next(v for v in approve[0].values if v.kind == "num")
    assert num.anchor == "park"
    arrive = next(s for s in sts if s.verb == "arrive")
    assert ("place", "leeds") in {(v.kind, v.value) for v in arrive.values}


def test_negation_forms(fdoc):
    doc = fdoc("Haig saw nothing suspicious at the depot.\n\nThe group is not only a charity.\n\n"
               "The mayor never approved the plan.")
    neg = {s.verb: s.negated for s in facts_of(doc).statements if not s.sentence}
    assert neg["see"] is True and neg["approve"] is True and neg["be"] is False


def test_timeline_marks_the_conflict(fdoc):
    doc = fdoc("Grace Okafor was born in 1950.\n\nGrace Okafor became chair of the Harbour Trust in 2006.\n\n"
               "Okafor joined the Harbour Trust in 1990.\n\nIn 2009, Okafor was named chair of the Harbour Trust.")
    tl = [t for t in doc.timeline if t.entity]
    assert [t.date for t in tl] == sorted(t.date for t in tl)
    marked = [t for t in tl if t.conflicts_with]
    assert {t.date for t in marked} == {"2006", "2009"}
    assert all(t.claims for t in marked)
    d = tl[0].to_dict()
    assert set(d) == {"date", "entity", "event", "claims", "conflicts_with"}


def test_report_carries_timeline(checker):
    report = checker.check("Grace Okafor became chair of the Harbour Trust in 2006.\n\n"
                           "In 2009, Okafor was named chair of the Harbour Trust.\n\n"
                           "Okafor joined the trust in 1990.", published="2020-03-01")
    assert report.timeline and any(t.conflicts_with for t in report.timeline)
    assert any(f.code == "CD401" for f in report.findings)
