"""No lost report: a failing stage or rule family costs only itself and says so (CD000); a
pathological article costs one line, not a hang; a batch survives one bad article."""

from __future__ import annotations

import time

import pytest

from copydesk import Checker, CopydeskError, stages
from copydesk.checks import RULES
from copydesk.checks.registry import Rule
from copydesk.isolation import DocumentTimeout
from copydesk.schema import validate_report

from test_cli import cd, one_line_error  # noqa: F401  (cd is a fixture)

STORY = """Harbour board approves new quay

The harbour board approved a new quay on Tuesday, its chairman said.

Work will begin in March and take two years, the board said.

The board said the the quay would cost about 4 million pounds.

Its chairman, Tom Reddin, said the quay was long overdue.
"""


def _boom(doc):
    raise ValueError("ordinal must be >= 1\nsecond line of detail")


def test_wire_copy_with_a_count_before_week_ago_gets_a_report(checker):
    # Wire copy drops the article: "versus 140,000 week ago" is a week ago, not 140,000 weeks
    for text, value in [
        ("Mills put output at about 150,000 tonnes versus 140,000 week ago.", "2019-04-29"),
        ("Stocks stood at 2.4 million barrels against 2.1 million week ago.", "2019-04-29"),
        ("Exports were 31,000 tonnes, up from 25,000 year ago.", "2018"),
    ]:
        report = checker.check(text, published="2019-05-06")
        assert not [f for f in report.findings if f.code == "CD000"]
        assert [t.value for t in report.timexes] == [value], text
        validate_report(report.to_dict())


def test_a_count_of_weeks_beyond_the_calendar_is_no_date(checker):
    report = checker.check("Output was 140,000 weeks ago, or 3,000,000 years ago.", published="2019-05-06")
    assert all(t.value in ("PAST_REF",) or not t.value[:1].isdigit() for t in report.timexes)
    assert not [f for f in report.findings if f.code == "CD000"]
    # the clean twin: a plain count of weeks still resolves
    report = checker.check("Output fell two weeks ago.", published="2019-05-06")
    assert [t.value for t in report.timexes] == ["2019-04-22"]


def test_a_failing_stage_costs_that_stage_and_is_reported(monkeypatch):
    patched = [(n, _boom if n == "time" else s) for n, s in stages.STAGES]
    monkeypatch.setattr(stages, "STAGES", patched)
    report = Checker(config=False).check(STORY, published="2025-01-14")
    internal = [f for f in report.findings if f.code == "CD000"]
    assert len(internal) == 1
    f = internal[0]
    assert f.severity == "info" and f.rule == "internal-error"
    assert "time analysis" in f.message and "ValueError: ordinal must be >= 1" in f.message
    assert "second line" not in f.message
    assert report.timexes == []
    assert report.entities  # the stages before and after it stand
    validate_report(report.to_dict())


def test_a_failing_rule_family_costs_that_family_only(monkeypatch):
    victim = next(c for c in sorted(RULES) if c.startswith("CD2"))
    r = RULES[victim]
    monkeypatch.setitem(RULES, victim, Rule(r.code, r.name, r.category, r.severity,
                                            lambda doc: (_ for _ in ()).throw(KeyError("lost")),
                                            r.needs_date))
    text = STORY + "\nThe harbour board approved a new quay on Tuesday, its chairman said.\n"
    report = Checker(config=False).check(text, published="2025-01-14")
    internal = [f for f in report.findings if f.code == "CD000"]
    assert len(internal) == 1 and "CD2xx rules" in internal[0].message and "KeyError" in internal[0].message
    assert not [f for f in report.findings if f.code.startswith("CD2")]
    validate_report(report.to_dict())


def test_an_ignored_cd000_stays_quiet(monkeypatch):
    monkeypatch.setattr(stages, "STAGES", [(n, _boom if n == "quotes" else s) for n, s in stages.STAGES])
    report = Checker(config=False, ignore=["CD000"]).check(STORY, published="2025-01-14")
    assert not [f for f in report.findings if f.code == "CD000"]


def test_clean_copy_has_no_cd000(checker):
    report = checker.check(STORY, published="2025-01-14")
    assert not [f for f in report.findings if f.code == "CD000"]


def _slow(doc):
    time.sleep(3)


def test_a_document_over_the_time_limit_is_one_error(monkeypatch):
    monkeypatch.setattr(stages, "STAGES", [*stages.STAGES, ("slow", _slow)])
    checker = Checker(config=False, timeout=0.5)
    t0 = time.perf_counter()
    with pytest.raises(DocumentTimeout, match="gave up after 0.5 s"):
        checker.check(STORY, published="2025-01-14")
    assert time.perf_counter() - t0 < 2.5


def test_the_timeout_does_not_leak_into_the_next_article(monkeypatch):
    checker = Checker(config=False, timeout=5)
    checker.check(STORY)
    time.sleep(0.01)
    assert checker.check(STORY).article.words > 0


def test_pipe_keeps_the_batch_when_one_article_fails(monkeypatch):
    checker = Checker(config=False, max_bytes=2000)
    items = [(STORY, "2025-01-14"), "x" * 5000, ("A second story about the quay.\n", None), "   "]
    out = list(checker.pipe(items, batch_size=8, errors="yield"))
    assert len(out) == 4
    assert out[0].article.words > 0 and out[2].article.words > 0
    assert isinstance(out[1], CopydeskError) and isinstance(out[3], CopydeskError)
    assert len(list(checker.pipe(items, batch_size=8, errors="skip"))) == 2
    got = []
    with pytest.raises(CopydeskError):
        for r in checker.pipe(items, batch_size=8):
            got.append(r)
    assert len(got) == 1  # the report before the failure was not lost


def test_pipe_survives_an_internal_failure_in_one_article(monkeypatch):
    calls = []

    def flaky(doc):
        calls.append(1)
        if "explode" in doc.text:
            raise RuntimeError("stage bug")

    monkeypatch.setattr(stages, "STAGES", [*stages.STAGES, ("flaky", flaky)])
    checker = Checker(config=False)
    reports = list(checker.pipe([STORY, "Please explode now, he said.\n", STORY], batch_size=3))
    assert len(reports) == 3
    assert [bool([f for f in r.findings if f.code == "CD000"]) for r in reports] == [False, True, False]


def test_cli_reports_and_exits_by_fail_on_when_a_family_fails(cd, tmp_path, monkeypatch):
    monkeypatch.setattr(stages, "STAGES", [(n, _boom if n == "claims" else s) for n, s in stages.STAGES])
    p = tmp_path / "quay.txt"
    p.write_text(STORY, encoding="utf-8")
    code, out, err = cd("check", p, "--published", "2025-01-14", "--fail-on", "never", "--format", "json")
    assert code == 0, err
    assert "CD000" in out and "claims analysis" in out


def test_cli_timeout_is_a_one_line_error(cd, tmp_path, monkeypatch):
    monkeypatch.setattr(stages, "STAGES", [*stages.STAGES, ("slow", _slow)])
    p = tmp_path / "quay.txt"
    p.write_text(STORY, encoding="utf-8")
    code, out, err = cd("check", p, "--timeout", "0.5")
    one_line_error(code, out, err, "gave up after 0.5 s")


SECOND = "Lantern festival moves indoors\n\nThe Brackwater lantern festival will move into the old mill this year, organisers said.\n"
THIRD = "Canal path reopens\n\nThe towpath along the Fennick canal reopened on Monday after repairs, the trust said.\n"
CURSED = "Quarry vote delayed\n\nThe Ollerby council delayed its vote on the quarry by a month, a spokeswoman said.\n"


def test_pipe_reports_the_rest_when_the_parser_fails_on_one_article(monkeypatch):
    from copydesk import nlp as cd_nlp

    real = cd_nlp.parse_blocks

    def fussy(model, texts, *args, **kwargs):
        texts = list(texts)
        if any("Ollerby" in t for t in texts):
            raise RuntimeError("tagger state\ncorrupt")
        return real(model, texts, *args, **kwargs)

    monkeypatch.setattr(cd_nlp, "parse_blocks", fussy)
    checker = Checker(config=False)
    out = list(checker.pipe([SECOND, CURSED, (THIRD, "2025-02-03")], batch_size=3, errors="yield"))
    assert [type(r).__name__ for r in out] == ["Report", "CopydeskError", "Report"]
    assert "Brackwater" in out[0].article.text and "Fennick" in out[2].article.text
    assert str(out[1]).endswith(": internal error RuntimeError: tagger state")  # one line
    assert out[2].article.published is not None and out[2].entities


def test_pipe_keeps_going_when_one_article_fails_outside_the_stages(monkeypatch):
    from copydesk import structure

    real = structure.classify

    def fussy(article, docs):
        if "Ollerby" in article.text:
            raise KeyError("block kind")
        return real(article, docs)

    monkeypatch.setattr(structure, "classify", fussy)
    checker = Checker(config=False)
    items = [SECOND, CURSED, THIRD, CURSED, SECOND]
    out = list(checker.pipe(items, batch_size=2, errors="yield"))  # the failures in two batches
    assert [isinstance(r, CopydeskError) for r in out] == [False, True, False, True, False]
    assert all("internal error KeyError" in str(r) for r in out if isinstance(r, CopydeskError))
    assert [r.article.text for r in out if not isinstance(r, CopydeskError)] == [SECOND, THIRD, SECOND]
    assert len(list(checker.pipe(items, batch_size=2, errors="skip"))) == 3
    got = []
    with pytest.raises(CopydeskError, match="internal error KeyError"):
        for r in checker.pipe(items, batch_size=2):
            got.append(r)
    assert [r.article.text for r in got] == [SECOND]  # what came before the failure was yielded


def test_pipe_keeps_going_when_reading_one_article_fails(monkeypatch):
    from copydesk import structure

    real = structure.segment

    def fussy(text):
        if "Ollerby" in text:
            raise IndexError("block list")
        return real(text)

    monkeypatch.setattr(structure, "segment", fussy)
    checker = Checker(config=False)
    items = [SECOND, CURSED, (THIRD, "2025-02-03")]
    out = list(checker.pipe(items, batch_size=8, errors="yield"))
    assert [isinstance(r, CopydeskError) for r in out] == [False, True, False]
    assert str(out[1]).endswith(": internal error IndexError: block list")
    assert "Fennick" in out[2].article.text and out[2].article.published is not None
    assert [r.article.text for r in checker.pipe(items, batch_size=8, errors="skip")] == [SECOND, THIRD]
    got = []
    with pytest.raises(CopydeskError, match="internal error IndexError"):
        for r in checker.pipe(items, batch_size=8):
            got.append(r)
    assert [r.article.text for r in got] == [SECOND]
