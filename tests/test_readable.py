"""What a new user notices in the CLI and the JSON: dates in messages as people write them,
short evidence inside its sentence, the counts of hidden findings, --parts, the HTML
report from the CLI, Word files, and a page's date never read from its URL."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from copydesk.pipeline import Checker
from copydesk.time.words import humanise, in_words

STORY = """Mayor opens new library in Hollowbrook

The mayor of Hollowbrook, Dana Whitfield, opened the town's new library on Saturday.

Whitfield, 47, said the building would serve readers for a century. "It is a place for everyone," she said.

Born on 3 May 1980, Whitfield has led the council since 2019. Whitfeild thanked the builders.
"""


@pytest.mark.parametrize("value, words", [
    ("2019-10-06TMO", "the morning of 6 October 2019"),
    ("2019-10-06TEV", "the evening of 6 October 2019"),
    ("2019-W36", "the week of 2 September 2019"),
    ("2020-W01", "the week of 30 December 2019"),
    ("199", "the 1990s"),
    ("198", "the 1980s"),
    ("2019-09", "September 2019"),
    ("2019-SU", "summer 2019"),
    ("2019-Q3", "the third quarter of 2019"),
    ("P20Y", "20 years"),
    ("PRESENT_REF", "now"),
])
def test_timex_values_in_words(value, words):
    assert in_words(value) == words


def test_messages_lose_timex_codes_but_quotations_keep_their_words():
    assert humanise("born 1957-03-11, so 62 on 2020-01-03, not 61") == "born 11 March 1957, so 62 on 3 January 2020, not 61"
    assert humanise("the article says 2019-W36 (line 4)") == "the article says the week of 2 September 2019 (line 4)"
    # the article's own words, in quotation marks, are quoted as written
    assert humanise("“filed 2019-10-06” against 2019-10-07") == "“filed 2019-10-06” against 7 October 2019"
    # an id or a range is not a date
    assert humanise("id 2025-03-06-1, pages 1990-1995") == "id 2025-03-06-1, pages 1990-1995"


@pytest.fixture(scope="module")
def report():
    return Checker(config=False).check(STORY, "2025-06-02")


def test_a_finding_message_writes_dates_as_people_do(report):
    age = next(f for f in report.findings if f.code == "CD101")
    assert "3 May 1980" in age.message and "2 June 2025" in age.message
    assert "1980-05-03" not in age.message


def test_short_evidence_carries_its_sentence(report):
    text = report.article.text
    spelled = next(f for f in report.findings if f.code == "CD301")
    short = next(e for e in spelled.evidence if e.text == "Whitfeild")
    start, end = short.context
    assert text[start:end] == "Whitfeild thanked the builders."
    d = short.to_dict()
    assert d["context"] == {"start": start, "end": end}
    # evidence of a sentence's length needs no context
    assert all(e.context is None for f in report.findings for e in f.evidence if len(e.text.split()) >= 6)


def test_hidden_counts_are_reported():
    shown = Checker(config=False, min_severity="error").check(STORY, "2025-06-02")
    assert shown.summary["hidden"]["min_severity"] >= 1
    every = Checker(config=False).check(STORY, "2025-06-02")
    ids = [f.id for f in every.findings[:1]]
    later = Checker(config=False, baseline=ids).check(STORY, "2025-06-02")
    assert later.summary["hidden"] == {"baseline": 1, "min_severity": 0}


def _cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "copydesk", *args], capture_output=True, text=True,
                          input=stdin, timeout=120)


def test_cli_prints_hidden_counts_and_parts(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, "utf-8")
    out = _cli("check", str(story), "--published", "2025-06-02", "--min-severity", "error", "--isolated")
    assert "not shown:" in out.stdout and "below --min-severity" in out.stdout
    out = _cli("check", str(story), "--published", "2025-06-02", "--format", "json", "--parts", "summary,findings",
               "--isolated")
    assert set(json.loads(out.stdout)) == {"schema", "copydesk", "summary", "findings"}
    bad = _cli("check", str(story), "--format", "json", "--parts", "verdict")
    assert bad.returncode == 2 and "verdict" in bad.stderr and "Traceback" not in bad.stderr


def test_cli_html_report_is_self_contained_and_escaped(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY.replace("Saturday", "Saturday <script>alert(1)</script>"), "utf-8")
    out = _cli("check", str(story), "--published", "2025-06-02", "--format", "html", "--isolated")
    page = out.stdout
    assert page.startswith("<!doctype html>") and out.returncode in (0, 1)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert(1)" not in page
    # no request leaves the page: nothing is loaded from elsewhere
    assert " src=" not in page and "<link" not in page and "@import" not in page
    assert "Content-Security-Policy" in page and "CD101" in page and "3 May 1980" in page


def test_word_documents_are_read(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Mayor opens new library in Hollowbrook", level=1)
    for para in STORY.split("\n\n")[1:]:
        d.add_paragraph(para.strip())
    path = tmp_path / "story.docx"
    d.save(path)
    r = Checker(config=False).check(path, "2025-06-02")
    assert r.article.title == "Mayor opens new library in Hollowbrook"
    assert r.article.text.startswith("Mayor opens new library in Hollowbrook\n\nThe mayor")
    assert any(f.code == "CD101" for f in r.findings)
    for f in r.findings:
        for e in f.evidence:
            assert r.article.text[e.start:e.end] == e.text
    # a zip that is not a Word document is still refused as binary
    import zipfile

    z = tmp_path / "other.docx"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("hello.txt", "hi")
    from copydesk.errors import InputError

    with pytest.raises(InputError):
        Checker(config=False).check(z)


BODY = "<p>" + "The council met on Tuesday and voted to close the old library after a long debate about its costs. " * 3 + "</p>"


@pytest.mark.parametrize("head, expected", [
    ('<link rel="canonical" href="https://example.org/2019/10/06/council-votes">', None),
    ('<meta property="og:url" content="https://example.org/2018/01/02/council-votes">', None),
    ('<meta property="article:published_time" content="2021-05-04T10:00:00Z">'
     '<link rel="canonical" href="https://example.org/2019/10/06/council-votes">', "2021-05-04"),
    ('<meta name="date" content="2020-02-03">', "2020-02-03"),
])
def test_page_date_comes_from_the_page_not_its_url(head, expected):
    from copydesk import ingest

    page = f"<html><head><title>Council votes</title>{head}</head><body><article><h1>Council votes</h1>{BODY}</article></body></html>"
    got = ingest.load_bytes(page.encode(), source="https://example.org/2017/07/07/x").published
    assert (got.isoformat() if got else None) == expected
