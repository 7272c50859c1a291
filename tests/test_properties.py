"""Property tests (hypothesis): whatever the text, dates, HTML or quote-mark soup, copydesk
gives a report (or a one-line refusal), every span quotes the text exactly, the report
validates against the schema, and no part of copydesk failed (no CD000).

The number of examples comes from the hypothesis profile: "ci" (the default, small, so the
suite stays within budget) or "dev" (HYPOTHESIS_PROFILE=dev, many more)."""

from __future__ import annotations

import os
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copydesk import Checker, CopydeskError
from copydesk.schema import validate_report

settings.register_profile("ci", max_examples=20, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("dev", max_examples=300, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

WORDS = ["the", "a", "an", "said", "Mayor", "Ada", "Price", "Price's", "council", "week", "weeks", "ago",
         "last", "Monday", "1998", "2019", "140,000", "3.5%", "year", "years", "old", "61-year-old", "born",
         "in", "of", "and", "and", "hour", "one", "European", "US", "MP", "But", "However", "He", "she",
         "later", "earlier", "March", "11", "the", "The", "quay", "Oban", "Kestrel", "Kestral", "(", ")",
         "[", "]", "—", "-", "…", "...", ":", ";", "?", "!", "Q:", "PRICE:", "((Ada Price))", "Dr.", "Jr.",
         "£4m", "$2.1bn", "tonnes", "versus", "since", "until", "2020-01-03", "3/4/2019", "'80s", "’em",
         "rock", "’n’", "roll", "don't", "Iran’s", "James’", "9999", "0001", "BC", "AD"]
MARKS = ['"', "“", "”", "'", "‘", "’", "«", "»", "„", "''", "``", "'''"]
SEPS = [" ", " ", " ", "\n", "\n\n", ". ", ", ", "\t", "\u00a0", "\r\n"]

token = st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS),
                  st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=6))
soup = st.lists(st.tuples(token, st.sampled_from(SEPS)), min_size=1, max_size=60).map(
    lambda parts: "".join(t + s for t, s in parts))
published = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
                      st.dates(min_value=date(1950, 1, 1), max_value=date(2040, 12, 31)))


@pytest.fixture(scope="module")
def prop_checker():
    return Checker(config=False, timeout=30)


def _sound(report) -> None:
    d = report.to_dict()
    validate_report(d)  # the schema, and text[start:end] == span text for every span
    internal = [f["message"] for f in d["findings"] if f["code"] == "CD000"]
    assert not internal, internal


def _check(checker, text, when):
    try:
        report = checker.check(text, published=when)
    except CopydeskError as exc:  # a one-line refusal (empty, not English, too big) is a result
        assert "\n" not in str(exc) and "Traceback" not in str(exc)
        return
    _sound(report)
    assert report.article.text == text  # offsets point into the text as read


@given(text=soup, when=published)
def test_any_quote_mark_soup_gets_a_sound_report(prop_checker, text, when):
    _check(prop_checker, "Harbour report\n\n" + text, when)


@given(n=st.one_of(st.integers(0, 10**9), st.floats(0, 1e7, allow_nan=False).map(lambda x: f"{x:,.2f}")),
       unit=st.sampled_from(["day", "days", "week", "weeks", "month", "months", "year", "years", "decade",
                             "decades", "century", "centuries", "hour", "hours", "fortnight"]),
       how=st.sampled_from(["ago", "later", "earlier", "from now", "before", "after", "since"]),
       when=published)
def test_any_count_of_time_units_resolves_or_is_left_alone(prop_checker, n, unit, how, when):
    n = f"{n:,}" if isinstance(n, int) else n
    text = f"Output report\n\nMills put output at about 150,000 tonnes versus {n} {unit} {how}, the council said.\n"
    _check(prop_checker, text, when)


@given(body=soup, title=st.text(max_size=40),
       tags=st.lists(st.sampled_from(["p", "div", "span", "em", "figcaption", "h2", "li", "blockquote",
                                      "script", "table", "td", "br"]), min_size=1, max_size=6),
       when=published)
def test_any_html_gets_a_sound_report(prop_checker, body, title, tags, when):
    from html import escape

    inner = escape(body)
    for t in tags:
        inner = f"<{t}>{inner}</{t}>" if t != "br" else inner + "<br>"
    page = (f"<html><head><title>{escape(title)}</title></head><body><article><h1>{escape(title)}</h1>"
            f"{inner}<p>{escape(body[::-1])}</p></article></body></html>")
    try:
        report = prop_checker.check_bytes(page.encode("utf-8"), "page.html", when, html=True)
    except CopydeskError as exc:
        assert "\n" not in str(exc)
        return
    _sound(report)


@given(raw=st.binary(max_size=400))
def test_any_bytes_get_a_report_or_one_line(prop_checker, raw):
    try:
        report = prop_checker.check_bytes(raw, "-")
    except CopydeskError as exc:
        assert "\n" not in str(exc)
        return
    _sound(report)
