"""CD1xx rules (copydesk.checks.time): each rule on copy that is wrong and on consistent
copy, with publication dates that put weekdays, months and years across a boundary."""

from __future__ import annotations

from datetime import date

import pytest

from copydesk.checks import get_rule


def _d(s: str) -> date:
    return date.fromisoformat(s)


@pytest.fixture
def check(run):
    """check(text, codes, published) -> findings of those rules; every evidence span must
    quote the text exactly."""

    def go(text: str, codes, published: str | None = None):
        found = run(text, select=list(codes), published=_d(published) if published else None)
        for f in found:
            assert f.evidence, f
            for e in f.evidence:
                assert text[e.start:e.end] == e.text, (f.code, e)
        return found

    return go


def _codes(findings) -> list[str]:
    return [f.code for f in findings]


def test_rules_are_registered_with_their_docs():
    for code, name, category, severity, needs_date in [
        ("CD101", "age-mismatch", "arithmetic", "error", True),
        ("CD102", "implausible-age", "arithmetic", "warning", False),
        ("CD103", "duration-mismatch", "arithmetic", "warning", True),
        ("CD104", "day-conflict", "contradiction", "error", False),
        ("CD105", "stale-present", "stale", "warning", False),
        ("CD106", "stale-relative-date", "stale", "warning", True),
        ("CD107", "stale-recent-years", "stale", "info", False),
    ]:
        r = get_rule(code)
        assert (r.name, r.category, r.severity, r.needs_date) == (name, category, severity, needs_date)


# --------------------------------------------------------------------------- CD101

def test_cd101_age_against_full_birth_date_in_a_january_paper(check):
    # January: the March birthday has not come yet, so 2020 - 1958 = 62 is wrong
    text = ("Carla Reyes, 62, has run the lighthouse museum in Porto Novo since it opened.\n\n"
            "Reyes was born on March 11, 1958, in a fishing village north of the city.\n")
    [f] = check(text, ["CD101"], "2020-01-06")
    assert f.message == "born 1958-03-11, so 61 on 2020-01-06, not 62"
    assert f.suggestion == "61"
    assert [(e.role, e.text) for e in f.evidence] == [("age", "Carla Reyes, 62"),
                                                      ("birth", "born on March 11, 1958")]


def test_cd101_right_age_is_fine(check):
    text = ("Carla Reyes, 61, has run the lighthouse museum in Porto Novo since it opened.\n\n"
            "Reyes was born on March 11, 1958, in a fishing village north of the city.\n")
    assert check(text, ["CD101"], "2020-01-06") == []
    # after the birthday the same copy is a year out
    assert _codes(check(text, ["CD101"], "2020-03-16")) == ["CD101"]


def test_cd101_year_only_birth_allows_either_age(check):
    for age in (62, 63):
        text = (f"Carla Reyes, {age}, has run the lighthouse museum in Porto Novo since it opened.\n\n"
                "Reyes was born in 1957 in a fishing village north of the city.\n")
        assert check(text, ["CD101"], "2020-01-06") == [], age
    text = ("Carla Reyes, 61, has run the lighthouse museum in Porto Novo since it opened.\n\n"
            "Reyes was born in 1957 in a fishing village north of the city.\n")
    [f] = check(text, ["CD101"], "2020-01-06")
    assert f.message == "born 1957, so 62 or 63 on 2020-01-06, not 61"
    assert f.suggestion is None


def test_cd101_age_tied_to_the_death(check):
    # "in May" in a January paper is last May
    text = ("Helen Marsh, who was 55 when she died in May, left her house to the town library.\n\n"
            "Marsh was born in 1950 in Dundee and taught chemistry for thirty years.\n")
    [f] = check(text, ["CD101"], "2020-01-08")
    assert f.message == "born 1950, so 68 or 69 on 2019-05 (died in May), not 55"
    assert "reference" in [e.role for e in f.evidence]
    ok = text.replace("was 55", "was 69")
    assert check(ok, ["CD101"], "2020-01-08") == []


def test_cd101_repeated_age_is_reported_once(check):
    text = ("Carla Reyes, 62, has run the lighthouse museum in Porto Novo since it opened.\n\n"
            "Reyes was born on March 11, 1958, in a fishing village north of the city.\n\n"
            "The museum owes its collection to Carla Reyes, 62, and her late husband.\n")
    [f] = check(text, ["CD101"], "2020-01-06")
    assert [e.role for e in f.evidence] == ["age", "age", "birth"]


def test_cd101_is_skipped_without_a_publication_date(checker):
    text = ("Carla Reyes, 62, has run the lighthouse museum in Porto Novo since it opened.\n\n"
            "Reyes was born on March 11, 1958, in a fishing village north of the city.\n")
    report = checker.check(text)
    codes = [f.code for f in report.findings]
    assert "CD101" not in codes
    cd100 = [f for f in report.findings if f.code == "CD100"]
    assert cd100 and "CD101" in cd100[0].message


# --------------------------------------------------------------------------- CD102

def test_cd102_work_dated_in_the_birth_year(check):
    text = ("Sofia Duarte grew up on the Algarve coast.\n\n"
            "Born to a fishing family near Sagres, in 1962 she worked on the boats with her uncles.\n\n"
            "Duarte was born on June 4, 1962.\n\n"
            "By the time she was 12, Duarte had begun working on the boats full time.\n")
    [f] = check(text, ["CD102"], "2019-03-04")
    assert f.message.startswith("“in 1962 she worked on the boats” reads as if Duarte worked on the boats "
                                "in 1962, the year she was born (born 1962-06-04: age 0)")
    assert "elsewhere the article says she began working on the boats at 12 (line 7)" in f.message
    assert [e.role for e in f.evidence] == ["event", "birth", "age"]


def test_cd102_event_that_makes_a_stated_age_a_child(check):
    text = ("Lena Fischer, 30, runs a software company in Leipzig.\n\n"
            "The 30-year-old, who founded the firm in 1999, now employs 200 people.\n")
    [f] = check(text, ["CD102"], "2020-01-06")
    assert "founded the firm in 1999" in f.message
    assert "at the age of 8 to 10" in f.message


def test_cd102_plausible_ages_are_fine(check):
    text = ("Sofia Duarte grew up on the Algarve coast.\n\n"
            "Born in 1962, Duarte began working on the boats in 1976.\n\n"
            "Lena Fischer, 30, founded her firm in 2012.\n")
    assert check(text, ["CD102"], "2020-01-06") == []


# --------------------------------------------------------------------------- CD103

def test_cd103_duration_against_the_start_of_the_role(check):
    text = ("Rachel Kim became chair of the Harbour Trust board in 2012.\n\n"
            "Kim has led the board for 15 years and plans to step down in the spring.\n")
    [f] = check(text, ["CD103"], "2020-01-06")
    assert f.message.startswith("became chair of the Harbour Trust board in 2012, so 8 years by 2020-01-06, not 15")
    assert f.suggestion == "for 8 years"
    assert [e.role for e in f.evidence] == ["duration", "start"]


def test_cd103_consistent_or_unrelated_durations_are_fine(check):
    text = ("Rachel Kim became chair of the Harbour Trust board in 2012.\n\n"
            "Kim has led the board for eight years and plans to step down in the spring.\n\n"
            "Tom Hale became chair of the city council in 2012.\n\n"
            "Hale has led the Green Party for 15 years.\n\n"
            "Anna Berg became editor of the Morning Star in 2012. Berg edited the paper for 15 years.\n")
    assert check(text, ["CD103"], "2020-01-06") == []


def test_cd103_past_duration_longer_than_the_life_allows(check):
    text = ("Former general Carlos Mendes was killed on Friday in an ambush near the border.\n\n"
            "Mendes was named commander of the Northern Army in 2008.\n\n"
            "As commander of the Northern Army for more than two decades, Mendes oversaw three wars.\n")
    [f] = check(text, ["CD103"], "2020-01-06")
    assert "not more than 20" in f.message
    ok = text.replace("in 2008", "in 1998")
    assert check(ok, ["CD103"], "2020-01-06") == []


# --------------------------------------------------------------------------- CD104

def test_cd104_adjacent_days_in_a_monday_paper_are_a_warning(check):
    text = ("Fire chief Omar Haddad killed in warehouse blaze\n\n"
            "Fire chief Omar Haddad was killed Friday when the roof of a burning warehouse collapsed in Lyon.\n\n"
            "Haddad, who was killed on Saturday, had led the city's fire brigade since 2009.\n")
    [f] = check(text, ["CD104"], "2020-01-06")
    assert f.severity == "warning" and f.category == "contradiction"
    assert "2020-01-03 (Friday, line 3) and 2020-01-04 (Saturday, line 5)" in f.message
    assert "time zones" in f.message
    assert [e.text for e in f.evidence] == ["was killed Friday", "was killed on Saturday"]


def test_cd104_days_apart_across_the_new_year_are_an_error(check):
    text = ("Anne Moreau, a painter, died on December 28 at her home in Arles, her family said.\n\n"
            "Moreau died Thursday after a long illness, her gallery said in a statement.\n")
    [f] = check(text, ["CD104"], "2020-01-06")
    assert f.severity == "error"
    assert "2019-12-28" in f.message and "2020-01-02" in f.message and "5 days apart" in f.message


def test_cd104_an_event_named_by_a_noun(check):
    text = ("Investigators began examining the wreckage on Tuesday.\n\n"
            "Monday's crash killed four people on the A7 motorway near Valence.\n\n"
            "The crash on Sunday was the worst on that stretch of road in a decade, police said.\n")
    [f] = check(text, ["CD104"], "2020-01-07")
    assert f.severity == "warning"
    assert sorted(e.text for e in f.evidence) == ["Monday's crash", "crash on Sunday"]


def test_cd104_the_same_day_written_two_ways_is_fine(check):
    # a Monday 2 March paper: "Thursday" is 27 February
    text = ("Anne Moreau, a painter, died on Thursday at her home in Arles, her family said.\n\n"
            "Moreau died on February 27 after a long illness, her gallery said.\n\n"
            "Another crash on Sunday closed the road. A crash on Saturday had closed it too.\n")
    assert check(text, ["CD104"], "2020-03-02") == []


def test_cd104_a_stated_clock_or_a_two_step_arrest_is_fine(check):
    text = ("Peter Walsh was killed late Friday in a shooting in Los Angeles.\n\n"
            "Walsh was killed early Saturday, British time, the Foreign Office said.\n")
    assert check(text, ["CD104"], "2019-06-03") == []
    text = ("Mark Doyle, 45, was detained on Sunday night at a hotel in Leeds.\n\n"
            "Police said Doyle was formally arrested on Monday and charged with fraud.\n")
    assert check(text, ["CD104"], "2019-06-05") == []


def test_cd104_arrests_a_week_apart_are_two_arrests(check):
    text = ("Police arrested Mark Doyle on January 2 after a raid in Leeds.\n\n"
            "Doyle was arrested again on January 14 after breaking his bail conditions.\n")
    assert check(text, ["CD104"], "2020-01-20") == []


# --------------------------------------------------------------------------- CD105, CD106, CD107

DEAD = ("Former mayor Maria Lopez was killed on Sunday when her car left the road near Toledo.\n\n"
        "While she has dismissed talk of a comeback, Lopez remains the best-known figure in the regional party.\n\n"
        "Lopez still hopes to see the new bridge finished, and she backed the referendum last September.\n\n"
        "'I am not afraid of anyone,' Lopez told reporters in 2018.\n\n"
        "Lopez is survived by her husband and two sons. She is thought to have been the first woman to lead the council.\n")


def test_cd105_present_tense_about_the_dead(check):
    found = check(DEAD, ["CD105"], "2020-01-06")
    assert _codes(found) == ["CD105", "CD105"]  # one finding per sentence
    first, second = found
    assert first.message.startswith("“she has dismissed talk of a comeback” is present perfect about Maria Lopez, "
                                    "whom the article reports dead (“was killed on Sunday”, line 1)")
    assert [e.role for e in first.evidence] == ["stale", "stale", "death"]
    assert "remains" in first.evidence[1].text
    assert second.evidence[0].text.startswith("Lopez still hopes")


def test_cd105_copula_after_the_killing(check):
    text = ("Union leader Peter Walsh was killed on Saturday in a shooting outside his home in Leeds.\n\n"
            "Walsh is the head of the regional transport union and a member of the city council.\n")
    [f] = check(text, ["CD105"], "2020-01-06")
    assert f.evidence[0].text.startswith("Walsh is the head of")


def test_cd105_living_people_quotes_and_afterlife_are_fine(check):
    living = DEAD.replace("was killed on Sunday when her car left the road", "was hurt on Sunday when her car left the road")
    assert check(living, ["CD105", "CD106", "CD107"], "2020-01-06") == []
    text = ("Former mayor Maria Lopez was killed on Sunday when her car left the road near Toledo.\n\n"
            "'I am not afraid of anyone, and I never will be,' Lopez told reporters in 2018.\n\n"
            "Lopez is survived by her husband and two sons.\n\n"
            "She is best known for the harbour bridge, which opened in 2011.\n\n"
            "Lopez (pictured) speaks at a rally in Toledo in 2016\n")
    assert check(text, ["CD105", "CD107"], "2020-01-06") == []


def test_cd105_present_about_someone_long_dead_is_not_stale(check):
    text = ("The museum reopened on Friday with a new wing for its founder's paintings.\n\n"
            "The collection began with the gift of a wealthy collector.\n\n"
            "The photographs show the city as it was in the 1920s.\n\n"
            "Founder Anna Berg died in 1974. In the new film, Berg is a young widow who travels to Paris.\n")
    assert check(text, ["CD105"], "2020-01-06") == []


def test_cd106_relative_date_in_the_stale_passage(check):
    found = check(DEAD, ["CD106"], "2020-01-06")
    [f] = found
    assert f.message.startswith("“last September” was resolved against the publication date (2020-01-06) as 2019-09, "
                                "but the passage appears to be older copy")
    assert [e.role for e in f.evidence] == ["date", "stale"]


def test_cd106_relative_dates_elsewhere_or_after_the_death_are_fine(check):
    # a January paper: "last December" is 2019-12, and no stale passage holds it
    text = ("Former mayor Maria Lopez was killed on Sunday when her car left the road near Toledo.\n\n"
            "Lopez opened the new bridge last December.\n\n"
            "While she has dismissed talk of a comeback, Lopez remains the best-known figure in the "
            "regional party, and her death on Sunday shocked the town.\n")
    assert check(text, ["CD106"], "2020-01-06") == []


def test_cd107_recent_years_is_info(check):
    text = ("Jazz pianist Tomas Berg died on Saturday in Oslo.\n\n"
            "Berg has in recent years become a familiar face on Norwegian television.\n")
    [f] = check(text, ["CD105", "CD107"], "2020-01-06")
    assert (f.code, f.severity, f.category) == ("CD107", "info", "stale")
    assert f.evidence[0].text.startswith("Berg has in recent years become")


@pytest.mark.parametrize("text", [
    # the age after "and": a clause of its own, not a bound ("between 18 and 25-year-olds")
    "Rail crew\n\nAna Ruiz drove the train, and 22-year-old Marta Quiroga was her co-driver.\n\n"
    "Quiroga was born on January 26, 1997.",
    # the surname alone, which the tagger may read as a city: one person of the article has it
    "Knife attack\n\nThe attacker, named as Omar Paris, 20, was shot by officers.\n\n"
    "Paris was born on December 27, 1998.",
])
def test_cd101_age_and_a_later_birth_a_year_apart(check, text):
    found = check(text, ["CD101"], "2020-03-06")
    assert _codes(found) == ["CD101"]
    assert {e.role for e in found[0].evidence} >= {"age", "birth"}


def test_cd101_a_range_of_ages_is_not_an_age(check):
    text = ("Survey\n\nThe survey asked people aged between 18 and 25-year-old students about rent.\n\n"
            "Marta Quiroga, who ran it, was born on January 26, 1960.")
    assert _codes(check(text, ["CD101"], "2020-03-06")) == []
