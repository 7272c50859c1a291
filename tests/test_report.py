"""The report: the contract's shape, stable ids, ordering, and offsets into the text as read."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import copydesk
from copydesk.schema import report_schema, span_problems, validate_report

DEMO = Path(copydesk.__file__).parent / "demo" / "article.txt"

STORY = """Council approves new bridge after two-year row

The county council voted on Tuesday to build a footbridge over the River Wend, ending a dispute that had divided the town since 2023.

Councillors approved the plan by 31 votes to 9 after a three-hour debate in which residents from both banks spoke.

A view of the river crossing from the east bank (Photo: Wend Valley Gazette)

The bridge, which will cost £4.2m, is due to open in the spring of 2027, the council said.

A view of the river crossing from the east bank (Photo: Wend Valley Gazette)
"""


def test_report_matches_contract_and_schema(checker):
    report = checker.check(STORY, published="2025-06-11")
    d = report.to_dict()
    validate_report(d)
    assert d["schema"] == "copydesk.report/1"
    assert d["article"]["published"] == "2025-06-11"
    assert d["article"]["published_from"] == "option"
    assert d["article"]["text"] == STORY
    kinds = [b["kind"] for b in d["article"]["blocks"]]
    assert kinds[0] == "headline" and kinds.count("caption") == 2
    assert d["summary"]["counts"]["warning"] == len([f for f in d["findings"] if f["severity"] == "warning"])
    assert d["summary"]["top"] == [0]
    assert d["findings"][0]["code"] == "CD201"
    json.dumps(d)  # serialisable


def test_offsets_survive_crlf_curly_quotes_and_odd_spacing(checker):
    text = ("Storm closes port\r\n\r\nThe harbour\u00a0master said \u201cno ships\u201d would sail  today.\r\n\r\n"
            "Fishermen tied up their boats early, the harbour master\u2019s office said in a statement.\r\n")
    report = checker.check(text)
    d = report.to_dict()
    assert d["article"]["text"] == text
    assert not span_problems(d)
    for b in report.article.blocks:
        assert text[b.start:b.end].strip() == text[b.start:b.end]


def test_finding_ids_are_stable_and_survive_edits_elsewhere(checker):
    first = checker.check(STORY, published="2025-06-11")
    edited = checker.check(STORY.replace("three-hour", "four-hour debate and a long"), published="2025-06-11")
    ids = [f.id for f in first.findings]
    assert ids and ids == [f.id for f in checker.check(STORY, published="2025-06-11").findings]
    assert set(ids) <= {f.id for f in edited.findings}


def test_findings_ordered_by_severity_then_position(checker):
    report = checker.check(DEMO, published="2025-03-14")
    rank = {"error": 0, "warning": 1, "info": 2}
    keys = [(rank[f.severity], f.position) for f in report.findings]
    assert keys == sorted(keys)
    assert len(report.summary["top"]) == min(3, len(report.findings))


def test_schema_rejects_a_broken_report(checker):
    d = checker.check(STORY).to_dict()
    d["findings"].append({"id": "zz", "code": "X1", "rule": "", "category": "nope", "severity": "bad",
                          "message": "", "evidence": []})
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(d, report_schema())
    d = checker.check(STORY).to_dict()
    d["findings"][0]["evidence"][0]["start"] += 1
    assert span_problems(d)


def test_api_accepts_str_path_and_date(tmp_path):
    import datetime

    p = tmp_path / "story.txt"
    p.write_text(STORY, encoding="utf-8")
    by_path = copydesk.check(p, published=datetime.date(2025, 6, 11))
    by_text = copydesk.check(STORY, published="2025-06-11")
    assert by_path.article.source == str(p)
    assert by_text.article.source == "-"
    assert [f.id for f in by_path.findings] == [f.id for f in by_text.findings]


def test_pipe_yields_reports_in_order(checker):
    other = STORY.replace("River Wend", "River Ouse").replace("Wend Valley", "Ouse Valley")
    clean = "Market reopens\n\nThe covered market reopened on Saturday after repairs to its roof, the council said."
    reports = list(checker.pipe([(STORY, "2025-06-11"), clean, (other, "2025-06-12")], batch_size=2))
    assert [r.article.text for r in reports] == [STORY, clean, other]
    assert [r.article.published and r.article.published.isoformat() for r in reports] == \
        ["2025-06-11", None, "2025-06-12"]
    assert [[f.code for f in r.findings] for r in reports] == [["CD201"], ["CD100"], ["CD201"]]
    single = checker.check(STORY, published="2025-06-11")
    assert [f.to_dict() for f in reports[0].findings] == [f.to_dict() for f in single.findings]


def test_long_article_is_parsed_past_spacy_max_length(checker):
    import random

    rng = random.Random(7)
    vocab = ("council budget road repair village school bus lane winter grant hall library park "
             "committee members asked detail cost plan vote year spring market bridge river").split()

    def sentence() -> str:
        return " ".join(rng.choice(vocab) for _ in range(18)).capitalize() + "."

    text = "Budget talks continue\n\n" + "\n\n".join(
        " ".join(sentence() for _ in range(6)) for _ in range(120))
    checker.nlp.max_length = 50_000
    try:
        report = checker.check(text)
    finally:
        checker.nlp.max_length = 1_000_000
    assert len(text) > 50_000
    assert report.article.words > 10_000
