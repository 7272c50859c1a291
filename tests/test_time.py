"""copydesk.time: extraction and TIMEX3 normalization of dates, times, durations and sets.

Publication dates are chosen so that weekday, month and year boundaries are crossed:
2020-01-03 is a Friday, 2020-01-06 a Monday, 2019-12-30 a Monday in ISO week 2020-W01.
"""

from __future__ import annotations

from datetime import date

import pytest

import copydesk.time as ct
from copydesk.time import calendar as cal

FRI = date(2020, 1, 3)   # Friday
MON = date(2020, 1, 6)   # Monday
MON_DEC = date(2019, 12, 30)  # Monday of ISO week 2020-W01
WED_NY = date(2020, 1, 1)  # Wednesday, New Year's Day


def timexes(make_doc, text, published=FRI):
    doc = make_doc(text, published=published)
    ct.annotate(doc)
    for t in doc.timexes:
        assert doc.article.text[t.start:t.end] == t.text
    assert [t.id for t in doc.timexes] == [f"T{i}" for i in range(1, len(doc.timexes) + 1)]
    assert [t.start for t in doc.timexes] == sorted(t.start for t in doc.timexes)
    return doc.timexes


def found(make_doc, text, published=FRI):
    return {t.text: t for t in timexes(make_doc, text, published)}


def check(make_doc, text, published, expected):
    got = found(make_doc, text, published)
    for exp in expected:
        span, typ, value = exp[:3]
        assert span in got, f"{span!r} not found in {sorted(got)}"
        t = got[span]
        assert (t.type, t.value) == (typ, value), f"{span!r}: {t.type} {t.value}"
        if len(exp) > 3:
            assert t.mod == exp[3], f"{span!r}: mod {t.mod}"
    return got


# --- calendar dates ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Soleimani was born March 11, 1957, in Qom.", [("March 11, 1957", "DATE", "1957-03-11")]),
    ("He was born on 11 March 1957 in Qom.", [("11 March 1957", "DATE", "1957-03-11")]),
    ("He was born on the 11th of March, 1957.", [("the 11th of March, 1957", "DATE", "1957-03-11")]),
    ("The strike was ordered on Thursday, Jan. 2, 2020.", [("Thursday, Jan. 2, 2020", "DATE", "2020-01-02")]),
    ("The vote took place Nov. 3 after a long campaign.", [("Nov. 3", "DATE", "2019-11-03")]),
    ("Schools reopened Sept. 3 across the country.", [("Sept. 3", "DATE", "2019-09-03")]),
    ("The report is dated 2019-03-04.", [("2019-03-04", "DATE", "2019-03-04")]),
    ("The report was filed in May 2008.", [("May 2008", "DATE", "2008-05")]),
    ("It was released in June of 2008.", [("June of 2008", "DATE", "2008-06")]),
    ("The plane was delivered in 7/8/07 celebrations.", [("7/8/07", "DATE", "2007-07-08")]),
])
def test_calendar_dates(make_doc, text, expected):
    check(make_doc, text, FRI, expected)


def test_month_day_without_year_takes_the_year_the_tense_points_to(make_doc):
    # A January paper: "December 22" in the past is last year's, "February 4" ahead is this year's
    check(make_doc, "The shutdown started on December 22. Sentencing is scheduled for February 4.",
          date(2019, 1, 7), [("December 22", "DATE", "2018-12-22"), ("February 4", "DATE", "2019-02-04")])


def test_weekday_with_date_picks_the_year_where_it_fits(make_doc):
    got = found(make_doc, "He resigns effective next Wednesday, July 31.", date(2019, 7, 28))
    assert got["next Wednesday, July 31"].value == "2019-07-31"


def test_ambiguous_numeric_date_has_both_readings(make_doc):
    got = found(make_doc, "The contract was signed on 3/4/2019 in Baghdad.")
    t = got["3/4/2019"]
    assert (t.value, t.readings) == ("2019-03-04", ["2019-04-03"])


def test_numeric_date_reads_day_first_when_the_article_does(make_doc):
    got = found(make_doc, "The first deal was signed on 25/12/2019. The second was signed on 3/4/2019.")
    assert got["25/12/2019"].value == "2019-12-25" and got["25/12/2019"].readings == []
    assert (got["3/4/2019"].value, got["3/4/2019"].readings) == ("2019-04-03", ["2019-03-04"])


def test_day_of_month_alone(make_doc):
    got = found(make_doc, "The ceasefire began on March 1, 2019. Fighting resumed on the 3rd.")
    assert got["the 3rd"].value == "2019-03-03"
    assert got["the 3rd"].anchor == got["March 1, 2019"].id


# --- years, decades, centuries ----------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("He took command in 1998.", [("1998", "DATE", "1998")]),
    ("Rates have risen since 2008.", [("2008", "DATE", "2008")]),
    ("Cars of the 1980s were boxy.", [("the 1980s", "DATE", "198")]),
    ("Cars of the '80s were boxy.", [("the '80s", "DATE", "198")]),
    ("It began in the mid-Eighties.", [("the mid-Eighties", "DATE", "198", "MID")]),
    ("It began in the late 1990s.", [("the late 1990s", "DATE", "199", "END")]),
    ("It peaked in early 2009.", [("early 2009", "DATE", "2009", "START")]),
    ("It will be ready by mid-2011.", [("mid-2011", "DATE", "2011", "MID")]),
    ("The cathedral dates from the 13th century.", [("the 13th century", "DATE", "12")]),
    ("It was common in the twentieth century.", [("the twentieth century", "DATE", "19")]),
    ("The Nikkei is at its lowest level since '82.", [("'82", "DATE", "1982")]),
    ("The company's fiscal 2009 results.", [("fiscal 2009", "DATE", "FY2009")]),
    ("The talks led to the release in 1981 of four fishermen.", [("1981", "DATE", "1981")]),
    ("The island never recovered from 2017's storm.", [("2017", "DATE", "2017")]),
    ("Cars of the 1990's were boxy.", [("the 1990's", "DATE", "199")]),
])
def test_years_decades_centuries(make_doc, text, expected):
    check(make_doc, text, FRI, expected)


@pytest.mark.parametrize("text", [
    "The Pentagon sent 1,500 troops to the region.",
    "The fine was $2010 in total.",
    "He bought 1 million shares.",
    "Police said 2000 people attended.",
    "The Russell 2000 Index fell.",
    "A man in his 60s was arrested.",
    "Of the 3000 ballots, 2010 of them were spoiled.",
])
def test_numbers_that_are_not_years(make_doc, text):
    assert timexes(make_doc, text) == []


# --- seasons, quarters, halves --------------------------------------------------------------------

@pytest.mark.parametrize("published,text,expected", [
    (FRI, "The offensive began last spring.", [("last spring", "DATE", "2019-SP")]),
    (date(2019, 4, 20), "It happened last spring.", [("last spring", "DATE", "2018-SP")]),
    (FRI, "Q3 2019 results were weak.", [("Q3 2019", "DATE", "2019-Q3")]),
    (FRI, "Losses in the fourth quarter of 2008 were huge.", [("the fourth quarter of 2008", "DATE", "2008-Q4")]),
    (date(2007, 3, 13), "Foreclosures rose in the fourth quarter.", [("the fourth quarter", "DATE", "2006-Q4")]),
    (date(2009, 5, 7), "GM lost money in the first quarter of last year.",
     [("the first quarter of last year", "DATE", "2008-Q1")]),
    (date(2007, 1, 18), "Profits rose during the last quarter.", [("the last quarter", "DATE", "2006-Q4")]),
    (FRI, "Sales fell in the first half of 2019.", [("the first half of 2019", "DATE", "2019-H1")]),
    (FRI, "The summit is planned for the summer of 2021.", [("the summer of 2021", "DATE", "2021-SU")]),
    (date(2009, 11, 3), "Our third-quarter results clearly show it.", [("third-quarter", "DATE", "2009-Q3")]),
])
def test_seasons_and_quarters(make_doc, published, text, expected):
    check(make_doc, text, published, expected)


# --- weekdays, by tense and publication date --------------------------------------------------------

def test_weekday_same_day_in_past_tense(make_doc):
    check(make_doc, "The general was killed Friday in Baghdad.", FRI, [("Friday", "DATE", "2020-01-03")])


def test_weekday_past_is_the_most_recent(make_doc):
    check(make_doc, "The Pentagon said Thursday that the strike was defensive.", FRI,
          [("Thursday", "DATE", "2020-01-02")])


def test_weekday_in_a_monday_paper_crosses_the_week_and_year(make_doc):
    check(make_doc, "The minister resigned on Friday.", MON, [("Friday", "DATE", "2020-01-03")])
    check(make_doc, "The minister resigned on Tuesday.", WED_NY, [("Tuesday", "DATE", "2019-12-31")])


def test_weekday_future_is_the_next(make_doc):
    check(make_doc, "Parliament will meet on Monday to debate the strike.", FRI,
          [("Monday", "DATE", "2020-01-06")])
    check(make_doc, "The trial is set to begin on Wednesday.", date(2006, 3, 28),
          [("Wednesday", "DATE", "2006-03-29")])


def test_headline_infinitive_is_future(make_doc):
    check(make_doc, "Russian markets to remain closed until Friday", date(2008, 9, 18),
          [("Friday", "DATE", "2008-09-19")])


def test_last_and_next_weekday(make_doc):
    got = check(make_doc, "He left last Friday and returns next Friday.", FRI,
                [("last Friday", "DATE", "2019-12-27"), ("next Friday", "DATE", "2020-01-10")])
    assert got["last Friday"].anchor == "published"


def test_late_and_early_weekday_and_parts_of_day(make_doc):
    check(make_doc, "The drone struck late Thursday. Crowds gathered early Friday. "
                    "Officials met Thursday night and again Friday morning.", FRI,
          [("late Thursday", "DATE", "2020-01-02", "END"), ("early Friday", "DATE", "2020-01-03", "START"),
           ("Thursday night", "TIME", "2020-01-02TNI"), ("Friday morning", "TIME", "2020-01-03TMO")])


def test_relative_days(make_doc):
    check(make_doc, "This morning the embassy closed. Today it stayed shut; yesterday it was open, "
                    "tomorrow it may reopen, and tonight there will be a vigil. Now it is quiet. "
                    "The envoy is currently in Baghdad. Last night the sirens sounded.", FRI,
          [("This morning", "TIME", "2020-01-03TMO"), ("Today", "DATE", "2020-01-03"),
           ("yesterday", "DATE", "2020-01-02"), ("tomorrow", "DATE", "2020-01-04"),
           ("tonight", "TIME", "2020-01-03TNI"), ("Now", "DATE", "PRESENT_REF"),
           ("currently", "DATE", "PRESENT_REF"), ("Last night", "TIME", "2020-01-02TNI")])


def test_yesterday_across_the_year(make_doc):
    check(make_doc, "The protest began yesterday.", WED_NY, [("yesterday", "DATE", "2019-12-31")])


# --- last / this / next ---------------------------------------------------------------------------------

@pytest.mark.parametrize("published,text,expected", [
    (FRI, "He arrived last September.", [("last September", "DATE", "2019-09")]),
    (date(2019, 9, 20), "He arrived last September.", [("last September", "DATE", "2018-09")]),
    (MON, "The bill passed last December.", [("last December", "DATE", "2019-12")]),
    (FRI, "Earlier this month he left.", [("Earlier this month", "DATE", "2020-01")]),
    (FRI, "This week he returned.", [("This week", "DATE", "2020-W01")]),
    (MON_DEC, "The talks happen this week.", [("this week", "DATE", "2020-W01")]),
    (WED_NY, "The talks happened last week.", [("last week", "DATE", "2019-W52")]),
    (FRI, "Last year he won.", [("Last year", "DATE", "2019")]),
    (FRI, "Next month he goes.", [("Next month", "DATE", "2020-02")]),
    (date(2019, 12, 20), "Next month he goes.", [("Next month", "DATE", "2020-01")]),
    (FRI, "The past two years were hard.", [("The past two years", "DURATION", "P2Y")]),
    (FRI, "We will know more in the coming weeks.", [("the coming weeks", "DURATION", "PXW")]),
    (FRI, "It will be finished by the end of this year.", [("the end of this year", "DATE", "2020", "END")]),
    (FRI, "At the end of last year, it had cash.", [("the end of last year", "DATE", "2019", "END")]),
    (FRI, "They held talks this weekend.", [("this weekend", "DATE", "2020-W01-WE")]),
    (date(2009, 10, 16), "In the first quarter of next year it expands.",
     [("the first quarter of next year", "DATE", "2010-Q1")]),
    (date(2009, 5, 15), "Franchises won't be renewed after October of next year.",
     [("October", "DATE", "2010-10"), ("next year", "DATE", "2010")]),
    (FRI, "Two weeks ago the embassy was stormed.", [("Two weeks ago", "DATE", "2019-12-20")]),
    (FRI, "Twenty years ago it was different.", [("Twenty years ago", "DATE", "2000")]),
    (FRI, "Years ago it was different.", [("Years ago", "DATE", "PAST_REF")]),
    (FRI, "The economy has struggled in recent years.", [("recent years", "DATE", "PAST_REF")]),
    (FRI, "It recently reopened.", [("recently", "DATE", "PAST_REF")]),
    (FRI, "In the future it will change.", [("the future", "DATE", "FUTURE_REF")]),
])
def test_relative_to_publication(make_doc, published, text, expected):
    got = check(make_doc, text, published, expected)
    for exp in expected:
        if exp[2][0].isdigit():
            assert got[exp[0]].anchor in ("published", None)


# --- narrative anchoring ----------------------------------------------------------------------------------

def test_narrative_chain(make_doc):
    got = check(make_doc, "He arrived on March 3, 2019. That day he spoke. The next day he left. "
                          "Two days later he returned. A decade and a half later he died.", FRI,
                [("March 3, 2019", "DATE", "2019-03-03"), ("That day", "DATE", "2019-03-03"),
                 ("The next day", "DATE", "2019-03-04"), ("Two days later", "DATE", "2019-03-06"),
                 ("A decade and a half later", "DATE", "2034")])
    assert got["That day"].anchor == got["March 3, 2019"].id
    assert got["The next day"].anchor == got["That day"].id
    assert got["Two days later"].anchor == got["The next day"].id
    assert got["A decade and a half later"].anchor == got["Two days later"].id


def test_year_later_following_spring_by_then(make_doc):
    got = check(make_doc, "He joined the force in 1998. A year later he was promoted. "
                          "The following spring he married. By then he was famous.", FRI,
                [("A year later", "DATE", "1999"), ("The following spring", "DATE", "2000-SP"),
                 ("then", "DATE", "2000-SP")])
    assert got["A year later"].anchor == got["1998"].id
    assert got["The following spring"].anchor == got["A year later"].id


def test_coarse_narrative_keeps_the_written_granularity(make_doc):
    got = found(make_doc, "The war began in 1980. Two days later the border closed.")
    assert got["Two days later"].value == "1980-XX-XX"
    assert got["Two days later"].anchor == got["1980"].id


def test_same_period_a_year_earlier(make_doc):
    check(make_doc, "Sales rose 43% in February compared to the same period last year.",
          date(2010, 3, 3), [("February", "DATE", "2010-02"), ("the same period last year", "DATE", "2009-02")])


def test_clock_time_takes_the_narrative_day(make_doc):
    check(make_doc, "The Dreamliner made its first flight Tuesday at 18:00 UTC.", date(2009, 12, 16),
          [("Tuesday", "DATE", "2009-12-15"), ("18:00 UTC", "TIME", "2009-12-15T18:00Z")])


def test_clock_time_merged_with_its_day(make_doc):
    check(make_doc, "GM filed for bankruptcy at 12:00 UTC Monday.", date(2009, 6, 1),
          [("12:00 UTC Monday", "TIME", "2009-06-01T12:00Z")])


def test_clock_time_before_its_date(make_doc):
    check(make_doc, "At a press conference at 16:15 UTC, June 1st, he spoke.", date(2009, 6, 4),
          [("16:15 UTC", "TIME", "2009-06-01T16:15Z"), ("June 1st", "DATE", "2009-06-01")])


def test_clock_times_am_pm(make_doc):
    check(make_doc, "The blast came at 6:40 p.m. and the all-clear at 9 a.m. Tuesday.", date(2020, 1, 8),
          [("6:40 p.m.", "TIME", "2020-01-08T18:40")])


# --- durations --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("He led the force for more than two decades.", [("more than two decades", "DURATION", "P20Y", "MORE_THAN")]),
    ("The siege lasted almost four days.", [("almost four days", "DURATION", "P4D", "LESS_THAN")]),
    ("He was jailed for 15 years.", [("15 years", "DURATION", "P15Y")]),
    ("The fifty-year service life was cut.", [("fifty-year", "DURATION", "P50Y")]),
    ("The eight-year war ended in 1988.", [("eight-year", "DURATION", "P8Y"), ("1988", "DATE", "1988")]),
    ("It is almost two and a half years behind schedule.",
     [("almost two and a half years", "DURATION", "P2.5Y", "LESS_THAN")]),
    ("The engines failed after thirty minutes.", [("thirty minutes", "DURATION", "PT30M")]),
    ("Shares fell to a 12-year low.", [("12-year", "DURATION", "P12Y")]),
    ("The process would take between 60 and 90 days.", [("60", "DURATION", "P60D"), ("90 days", "DURATION", "P90D")]),
    ("The dispute has gone on for years.", [("years", "DURATION", "PXY")]),
    ("It was a decades-long dispute.", [("decades-long", "DURATION", "PXDE")]),
    ("It took about an hour.", [("about an hour", "DURATION", "PT1H", "APPROX")]),
    ("It lost $1 billion over the next four years.", [("the next four years", "DURATION", "P4Y")]),
    ("Two consecutive quarters of decline.", [("Two consecutive quarters", "DURATION", "P2Q")]),
])
def test_durations(make_doc, text, expected):
    check(make_doc, text, FRI, expected)


def test_for_and_since_are_outside_the_span(make_doc):
    got = found(make_doc, "He served for 15 years, since 2008, until her retirement.")
    assert set(got) == {"15 years", "2008"}


# --- sets ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("The council meets every week.", [("every week", "SET", "P1W")]),
    ("Claims for weekly benefits rose.", [("weekly", "SET", "P1W")]),
    ("It will deliver tankers at a rate of 15 a year.", [("a year", "SET", "P1Y")]),
    ("Each Monday they pray.", [("Each Monday", "SET", "XXXX-WXX-1")]),
    ("They hold the vote twice a year.", [("twice a year", "SET", "P1Y")]),
    ("Prices rise 3% per year.", [("per year", "SET", "P1Y")]),
    ("Ford posts US$2.7 billion annual profit.", [("annual", "DURATION", "P1Y")]),
])
def test_sets(make_doc, text, expected):
    check(make_doc, text, FRI, expected)


def test_speed_is_not_a_set(make_doc):
    assert timexes(make_doc, "Winds reached 75 miles per hour.") == []


# --- not timexes -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "When he was 13 he left home.",
    "Before he was 30 he had married.",
    "The 61-year-old general was killed.",
    "A 61-year-old man was arrested.",
    "He is 61 years old.",
    "The six-month-old baby survived.",
    "The ticket cost $27.",
    "You may go now if you like." if False else "You may go if you like.",
    "They will march on Washington.",
    "The Sunday Times reported the story.",
    "Theresa May said it was wrong.",
    "About a quarter of its dealers will close.",
    "It has 1 million users.",
    "This is a difficult day for us.",
    "The Prime Minister met then-president Obama.",
])
def test_not_timexes(make_doc, text):
    assert timexes(make_doc, text) == [], text


def test_the_verb_may_and_the_month_may(make_doc):
    got = found(make_doc, "The law may change in May.", date(2020, 1, 3))
    assert set(got) == {"May"} and got["May"].value == "2020-05"


def test_holidays(make_doc):
    check(make_doc, "Sales collapsed after Christmas.", MON, [("Christmas", "DATE", "2019-12-25")])
    check(make_doc, "The 9/11 attacks changed everything.", FRI, [("9/11", "DATE", "2001-09-11")])


# --- without a publication date ------------------------------------------------------------------------------

def test_no_publication_date(make_doc):
    got = found(make_doc, "He said Thursday he left last year, in 1998.", published=None)
    assert got["Thursday"].value == "XXXX-WXX-4" and got["Thursday"].anchor is None
    assert got["last year"].value == "XXXX"
    assert got["1998"].value == "1998"


# --- the helpers for the checks ----------------------------------------------------------------------------

def test_narrative_date(make_doc):
    text = "He was born on March 11, 1957. He joined in 1998. He said Thursday he would stay."
    doc = make_doc(text, published=FRI)
    ct.annotate(doc)
    assert ct.narrative_date(doc, 0).id == "published"
    assert ct.narrative_date(doc, 0).value == "2020-01-03"
    ref = ct.narrative_date(doc, text.index("He joined"))
    assert (ref.value, ref.id, ref.first, ref.last) == ("1957-03-11", "T1", date(1957, 3, 11), date(1957, 3, 11))
    ref = ct.narrative_date(doc, text.index("He said"))
    assert (ref.value, ref.first, ref.last) == ("1998", date(1998, 1, 1), date(1998, 12, 31))


def test_tense_of_the_governing_verb(make_doc):
    doc = make_doc("He was killed Friday. Parliament will meet on Monday. The envoy arrives Tuesday.",
                   published=FRI)
    ct.annotate(doc)
    tenses = {t.text: ct.timex_tense(doc, t) for t in doc.timexes}
    assert tenses == {"Friday": "past", "Monday": "future", "Tuesday": "present"}


def test_value_range():
    assert ct.value_range("2019-09") == (date(2019, 9, 1), date(2019, 9, 30))
    assert ct.value_range("2020-W01") == (date(2019, 12, 30), date(2020, 1, 5))
    assert ct.value_range("2008-Q4") == (date(2008, 10, 1), date(2008, 12, 31))
    assert ct.value_range("198") == (date(1980, 1, 1), date(1989, 12, 31))
    assert ct.value_range("2019-WI") == (date(2019, 12, 1), date(2020, 2, 29))
    assert ct.value_range("2020-01-02TNI") == (date(2020, 1, 2), date(2020, 1, 2))
    assert ct.value_range("P20Y") is None and ct.value_range("PRESENT_REF") is None


def test_calendar_week_arithmetic():
    p = cal.point_of(MON_DEC, "week")
    assert cal.fmt(p) == "2020-W01"
    assert cal.fmt(cal.shift(p, -1)) == "2019-W52"
    assert cal.fmt(cal.point_of(date(2021, 1, 1), "week")) == "2020-W53"


# --- without spaCy ---------------------------------------------------------------------------------------------

def test_normalize_text_without_spacy():
    text = ("The general was killed Friday. He said Thursday that talks will resume on Monday. "
            "He was born March 11, 1957, and served for more than two decades.")
    got = {t.text: t for t in ct.normalize_text(text, FRI)}
    assert got["Friday"].value == "2020-01-03"
    assert got["Thursday"].value == "2020-01-02"
    assert got["Monday"].value == "2020-01-06"
    assert got["March 11, 1957"].value == "1957-03-11"
    assert (got["more than two decades"].value, got["more than two decades"].mod) == ("P20Y", "MORE_THAN")
    for t in got.values():
        assert text[t.start:t.end] == t.text


def test_normalize_text_accepts_iso_string():
    [t] = ct.normalize_text("It happened yesterday.", "2020-01-01")
    assert (t.value, t.anchor) == ("2019-12-31", "published")


# --- more spans and names -------------------------------------------------------------------------------------

def test_early_hours_and_local_times(make_doc):
    got = check(make_doc, "The attack came in the early hours of Sunday. It started at about 15:30 local time "
                          "(1430 UTC) on Tuesday.", date(2020, 1, 10),
                [("the early hours of Sunday", "TIME", "2020-01-05TNI", "START"),
                 ("15:30 local time", "TIME", "2020-01-07T15:30"), ("1430 UTC", "TIME", "2020-01-07T14:30Z")])
    assert got["15:30 local time"].anchor == "published"


def test_month_day_last_year(make_doc):
    check(make_doc, "They met on March 20 last year.", date(2020, 1, 10),
          [("March 20 last year", "DATE", "2019-03-20")])


@pytest.mark.parametrize("text,span,value", [
    ("They met on 20 March last year.", "20 March last year", "2019-03-20"),
    ("The hall reopens on the 2nd of May next year.", "the 2nd of May next year", "2021-05-02"),
    ("Polls close on 7 June this year, the board said.", "7 June this year", "2020-06-07"),
])
def test_day_month_relative_year(make_doc, text, span, value):
    check(make_doc, text, date(2020, 1, 10), [(span, "DATE", value)])


@pytest.mark.parametrize("text", [
    "USA Today reported the story.",
    "He starred in Back to the Future.",
    "The markets were shut for a second consecutive day.",
    "Greek daily Kathimerini reported it.",
    "Imus in the Morning was cancelled.",
])
def test_names_and_ordinals_are_not_timexes(make_doc, text):
    assert [t.text for t in timexes(make_doc, text)] == [], text


def test_until_a_weekday_in_a_past_clause_is_the_nearest(make_doc):
    check(make_doc, "The government kept the markets closed until Friday.", date(2008, 9, 18),
          [("Friday", "DATE", "2008-09-19")])


def test_quarter_without_publication_date_does_not_crash():
    from copydesk.time import normalize_text

    found = normalize_text("Sales rose in the fourth quarter, the company said.", None)
    assert [t.value for t in found if t.text.endswith("quarter")] == ["XXXX-Q4"]


def test_ancient_and_far_future_offsets_do_not_crash():
    from copydesk.time import normalize_text

    for text in ("The temple was built 3,000 years ago.", "The waste will be dangerous 20,000 years from now."):
        normalize_text(text, "2020-05-04")  # no exception; the value may stay unresolved
