"""Attribution (CD500-CD503): every passage here is written for these tests."""

from __future__ import annotations

import pytest

from copydesk.checks.attribution import analyse, content


def _codes(findings, prefix="CD5"):
    return sorted(f.code for f in findings if f.code.startswith(prefix))


PROFILE = (
    "Arlo Venn masterminded the killing of hundreds of border guards in bomb attacks\n\n"
    "  • Arlo Venn ordered the torture of prisoners at the Dalmor camp\n\n"
    "Militia leader Arlo Venn died on Friday in Ostrava.\n\n"
    "Officials say the militia under Arlo Venn taught fighters to build roadside bombs against "
    "border guards, resulting in the deaths of some 400 border guards.\n\n"
    "Venn was born in 1960 in a small town near the coast.\n"
)


def test_headline_asserts_what_the_body_attributes(run):
    found = run(PROFILE, select=["CD5"])
    f = next(f for f in found if f.code == "CD501")
    assert f.severity == "warning" and f.category == "attribution"
    assert "the headline asserts it" in f.message
    assert "the body attributes it to Officials, line 7" in f.message
    roles = [e.role for e in f.evidence]
    assert roles[0] == "claim" and "attributed" in roles
    assert f.evidence[0].start < PROFILE.index("\n")
    assert any(e.text.startswith("Officials say") for e in f.evidence)


def test_bullet_that_nothing_in_the_body_supports(run):
    found = run(PROFILE, select=["CD5"])
    f = next(f for f in found if f.code == "CD502")
    assert "a bullet point asserts it" in f.message and "nothing in the body supports it" in f.message
    assert "torture" in f.evidence[0].text


def test_share_is_stated_on_the_headline(run, make_doc):
    found = run(PROFILE, select=["CD500"])
    assert len(found) == 1 and found[0].severity == "info"
    assert found[0].evidence[0].start == 0
    doc = make_doc(PROFILE)
    a = analyse(doc)
    n = len(a.strong)
    k = sum(1 for c in a.strong if c.source.kind == "attributed")
    assert found[0].message.startswith(f"strong claims: {n}, {k} attributed")


def test_no_share_without_strong_claims(run):
    assert run("Fair opens\n\nThe county fair opened on Saturday with 40 stalls.", select=["CD500"]) == []


def test_body_claim_in_the_articles_own_voice(run):
    text = ("Profile\n\n"
            "Arlo Venn led the Ostrava militia for a decade.\n\n"
            "Arlo Venn slaughtered hundreds of villagers in the Kessel valley in 1998.")
    found = run(text, select=["CD503"])
    assert len(found) == 1
    assert "own voice" in found[0].message and "slaughtered" in found[0].evidence[0].text


@pytest.mark.parametrize("text", [
    # attributed in the sentence
    "Shooting\n\nPolice said Tom Reyes killed two guards at the depot.",
    "Shooting\n\nAccording to police, Tom Reyes killed two guards at the depot.",
    # a court outcome is on the record
    "Verdict\n\nTom Reyes was convicted of murdering two guards in 2004.",
    "Plea\n\nTom Reyes pleaded guilty to killing two guards at the depot.",
    # a neutral toll from an accident or a storm
    "Bus crash\n\nThe bus crash killed 14 passengers on the coast road.",
    "Storm\n\nTyphoon Mara killed 12 people in the north of the island.",
    # the group's own claim
    "Bombing\n\nThe Red Hand group claimed responsibility for the bombing.",
    # political "attacks" are criticism
    "Debate\n\nSenator Ada Hale attacked Governor Tim Price for the budget cuts.",
    # hedged
    "Attack\n\nTom Reyes reportedly stabbed three people at the station.",
    # the paragraph opens with its source
    "School\n\nPolice said the gunman, Tom Reyes, entered the school at 9am. Reyes shot two teachers.",
])
def test_not_an_unattributed_strong_claim(run, text):
    assert _codes(run(text, select=["CD501", "CD502", "CD503"])) == []


def test_body_claim_the_body_attributes_elsewhere_is_not_repeated(run):
    text = ("Inquiry\n\n"
            "Investigators said Arlo Venn ordered the killing of the four journalists in Brill.\n\n"
            "The inquiry took two years.\n\n"
            "Arlo Venn ordered the killing of the four journalists in Brill in 2012.")
    assert _codes(run(text, select=["CD503"])) == []


def test_content_words_fold_harm_words():
    assert {"KILL", "TROOP"} <= content("the deaths of 600 US troops")
    assert "KILL" in content("slaughtered civilians") and "CIVIL" in content("slaughtered civilians")
    assert "said" not in content("officials said")


def test_rules_are_registered_with_docs():
    from copydesk.checks import get_rule

    for code, sev in (("CD500", "info"), ("CD501", "warning"), ("CD502", "warning"), ("CD503", "warning")):
        r = get_rule(code)
        assert r is not None and r.severity == sev and r.category == "attribution"
        assert "Why it matters" in r.doc


def test_text_report_opens_with_the_five_second_read(checker):
    from rich.console import Console

    from copydesk.render.text import render

    report = checker.check(PROFILE, published="2020-01-03")
    console = Console(record=True, width=200)
    render(report, console)
    lines = console.export_text().splitlines()
    counts = report.counts()
    att = report.attribution()
    assert lines[1].startswith(f"{counts['error']} error")
    assert f"{round(100 * att['attributed'] / att['strong_claims'])}% of {att['strong_claims']} strong claims attributed" in lines[1]
    top = report.summary["top"]
    assert len(top) == min(3, len(report.findings))
    assert lines[2] == "Top findings"
    for rank, i in enumerate(top, 1):
        assert lines[2 + rank].startswith(f"  {rank}. {report.findings[i].code}")


def test_cut_attribution_leaves_a_claim_in_the_articles_own_voice(run):
    text = ("Depot attack\n\n"
            "A guard was hurt at the Lund depot on Friday night.\n\n"
            "The suspect stabbed the guard twice before fleeing.\n\n"
            "The depot reopened on Monday.")
    found = run(text, select=["CD503"])
    assert [f.code for f in found] == ["CD503"]
    assert "stabbed the guard" in found[0].evidence[0].text


def test_the_same_claim_attributed_in_its_sentence_is_fine(run):
    text = ("Depot attack\n\n"
            "A guard was hurt at the Lund depot on Friday night.\n\n"
            "Police said the suspect stabbed the guard twice before fleeing.\n\n"
            "The depot reopened on Monday.")
    assert _codes(run(text, select=["CD501", "CD502", "CD503"])) == []


def test_headline_drops_the_source_the_body_keeps(run):
    text = ("The suspect stabbed the guard twice\n\n"
            "A guard was hurt at the Lund depot on Friday night.\n\n"
            "Police said the suspect stabbed the guard twice before fleeing.")
    found = run(text, select=["CD501", "CD502", "CD503"])
    assert [f.code for f in found] == ["CD501"]
    assert "the body attributes it to Police" in found[0].message


def test_a_conditional_sentence_is_not_a_record(run):
    text = ("Shooting\n\n"
            "Tom Reyes shot and killed two guards at the depot.\n\n"
            "If convicted, Tom Reyes could be jailed for life.")
    assert _codes(run(text, select=["CD503"])) == ["CD503"]


def test_another_sentence_about_the_subject_is_not_the_same_claim(run):
    # the body names the prince in an attributed sentence, but he denies ordering it
    text = ("Inquiry\n\n"
            "Crown Prince Omar Vasek accepted responsibility for the killing of the reporter, the "
            "broadcaster reported, but denied that he had ordered it.\n\n"
            "The crown prince ordered the killing of the reporter in 2018.")
    assert _codes(run(text, select=["CD503"])) == ["CD503"]
