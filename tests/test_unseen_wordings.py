"""Errors in wordings found by reading articles copydesk had never seen (session 8): a given
name the tagger leaves out of a person's name, an obituary's closing line of dates, an age
at death read on the day of the death. Every text is written for these tests; each group has
a clean twin that must stay silent."""

import pytest

import copydesk

from test_whole_articles import _covers, _loud


# -- an obituary's closing line: its name (given names the tagger left out) and its dates --------

@pytest.mark.parametrize("text,published,wrong,birth,death", [
    ("Verity Quennell obituary\n\nVerity Quennell, who has died aged 84, spent forty years restoring "
     "church organs across the Fens. She trained in Leipzig and came home to Ely in 1966.\n\n"
     "Verity Jane Quennell, organ builder, born 2 December 1940; died 8 February 2024",
     "2024-02-20", "aged 84", "born 2 December 1940", "died 8 February 2024"),
    ("Prudence Osterley obituary\n\nPrudence Osterley, who has died aged 92, ran the ferry at "
     "Wexholme for half a century.\n\nHer husband, Tom, died in 1999.\n\n"
     "Prudence Ann Osterley, ferrywoman, born 30 September 1931; died 20 May 2023",
     "2023-06-01", "aged 92", "born 30 September 1931", "died 20 May 2023"),
    ("Wilhelmina Pelt, weaver\n\nWilhelmina Pelt has died aged 78. She made tapestries for three "
     "cathedrals.\n\nWilhelmina Rose Pelt, weaver, born 9 November 1944; died 28 February 2022",
     "2022-03-15", "aged 78", "born 9 November 1944", "died 28 February 2022"),
    ("Rosalind Achterveld obituary\n\nRosalind Achterveld, who has died aged 87, cut linocuts of the "
     "estuary for six decades.\n\nRosalind Mary Achterveld, printmaker, born 14 November 1938; "
     "died 2 March 2025", "2025-03-11", "aged 87", "born 14 November 1938", "died 2 March 2025"),
])
def test_age_at_death_against_the_closing_line(text, published, wrong, birth, death):
    found = _loud(text, published, codes={"CD101"})
    assert found and _covers(text, found[0], wrong, birth, death)


@pytest.mark.parametrize("text,published", [
    ("Verity Quennell obituary\n\nVerity Quennell, who has died aged 83, spent forty years restoring "
     "church organs.\n\nVerity Jane Quennell, organ builder, born 2 December 1940; died 8 February 2024",
     "2024-02-20"),
    ("Wilhelmina Pelt, weaver\n\nWilhelmina Pelt has died aged 77. She made tapestries for three "
     "cathedrals.\n\nWilhelmina Rose Pelt, weaver, born 9 November 1944; died 28 February 2022",
     "2022-03-15"),
    # the age at death, not now: 86 when she died, 87 by the day it was printed
    ("Rosalind Achterveld obituary\n\nRosalind Achterveld, who has died aged 86, cut linocuts.\n\n"
     "Rosalind Mary Achterveld, printmaker, born 14 November 1938; died 2 March 2025", "2025-12-01"),
    # another woman of the family, with her own given names
    ("Two weavers\n\nWilhelmina Pelt has died aged 78. Her niece, Rose Pelt, born 9 November 1944, "
     "said she would carry on the loom.", "2022-03-15"),
])
def test_right_ages_and_other_people_stay_silent(text, published):
    assert not _loud(text, published, codes={"CD101"})


@pytest.mark.parametrize("text,name", [
    ("Rosalind Achterveld, who has died aged 87, cut linocuts.", "Rosalind Achterveld"),
    ("Prudence Ann Osterley, ferrywoman, was born in Wexholme.", "Prudence Ann Osterley"),
    ("Wilhelmina Rose Pelt, weaver, worked in Ely.", "Wilhelmina Rose Pelt"),
])
def test_a_given_name_the_tagger_left_out_is_part_of_the_name(text, name):
    report = copydesk.check(text, published="2024-01-01")
    assert any(e.name == name for e in report.entities)


@pytest.mark.parametrize("text,name", [
    ("In May Quennell said the organ was finished.", "Quennell"),
    ("Last June Quennell said the organ was finished.", "Quennell"),
    ("On Tuesday Quennell said the organ was finished.", "Quennell"),
])
def test_months_and_days_stay_outside_the_name(text, name):
    report = copydesk.check(text, published="2024-01-01")
    assert not any(e.name.endswith(" " + name) and e.label == "PERSON" for e in report.entities)
