"""Names and spelling (CD3xx) and the shared name-variant logic in copydesk.names."""

from __future__ import annotations

import time

import pytest

from copydesk import names as nm
from copydesk.checks import get_rule


def codes(findings, prefix="CD3"):
    return [f.code for f in findings if f.code.startswith(prefix)]


def only(findings, code):
    found = [f for f in findings if f.code == code]
    assert len(found) == 1, [(f.code, f.message) for f in findings]
    return found[0]


def assert_spans(doc_text, findings):
    for f in findings:
        assert f.evidence
        for e in f.evidence:
            assert doc_text[e.start:e.end] == e.text


# --------------------------------------------------------------------------- copydesk.names

@pytest.mark.parametrize("a, b, kind", [
    ("Qassem", "Qasem", "transliteration"),
    ("Mohammed", "Muhammad", "transliteration"),
    ("Abdel", "Abdul", "transliteration"),
    ("Gaddafi", "Qaddafi", "transliteration"),
    ("Soleymani", "Soleimani", "transliteration"),
    ("Haghia", "Hagia", "transliteration"),
    ("José", "Jose", "same"),
    ("Abdel-Rahman", "Abdel Rahman", "same"),
    ("Abdel-Rahman", "Abdelrahman", "same"),
    ("Petraeus", "Petreaus", "misspelling"),
    ("Soleimani", "Solemani", "misspelling"),
    ("Afghanistan", "Afganistan", "misspelling"),
    ("Massachusetts", "Massachusets", "misspelling"),
    ("Vrelanko", "Vrelnako", "misspelling"),  # neither known: the counts decide
    ("Iran", "Iraq", None),
    ("Austria", "Australia", None),
    ("Maria", "Mario", None),
    ("Pittsburg", "Pittsburgh", None),
    ("colour", "color", None),
    ("centre", "center", None),
    ("organise", "organize", None),
    ("defence", "defense", None),
    ("Labour", "Labor", None),
    ("Turpin", "Turpins", None),
    ("Jon", "John", None),
])
def test_variant_kind(a, b, kind):
    assert nm.variant_kind(a, b) == kind
    assert nm.variant_kind(b, a) == kind


@pytest.mark.parametrize("a, b, kind", [
    ("Qasem Soleimani", "Qassem Soleimani", "transliteration"),
    ("David Petraeus", "David Petreaus", "misspelling"),
    ("Maria Lopez", "Ana Lopez", None),
    ("Abdel Rahman", "Abdel-Rahman", "same"),
])
def test_variant_kind_of_whole_names(a, b, kind):
    assert nm.variant_kind(a, b) == kind


def test_fold_and_keys():
    assert nm.fold("Abdel-Rahman") == nm.fold("Abdel Rahman") == nm.fold("abdelrahman") == "abdelrahman"
    assert nm.fold("Łódź") == "lodz"
    assert nm.translit_key("Hameed") == nm.translit_key("Hamid")
    assert nm.fold_words("Abdel-Rahman Ali") == ["abdel", "rahman", "ali"]


def test_known_words_come_from_the_shipped_list():
    assert nm.zipf("Petraeus") > 2 and nm.zipf("Jerusalem") > 4
    assert nm.zipf("Petreaus") == 0 and nm.zipf("Jersualem") == 0
    assert nm.known_vs_unknown(nm.zipf("Petraeus"), nm.zipf("Petreaus")) == 1
    assert nm.known_vs_unknown(nm.zipf("Qasem"), nm.zipf("Qassem")) == 0


def test_nearest_proper_noun():
    hits = nm.nearest_proper_noun("Jersualem")
    assert hits and hits[0][0].display == "Jerusalem" and hits[0][0].is_place
    assert nm.is_transposition("jersualem", "jerusalem")
    assert not nm.is_transposition("afganistan", "afghanistan")


def test_the_deletion_index_finds_what_the_scan_finds_in_its_order():
    # a batch switches from scanning every noun of near length to the deletion index: the
    # reports must not change when it does
    import random

    rng = random.Random(7)
    nouns = sorted(nm.proper_nouns())
    words = ["jersualem", "ollerbie", "brackwatr", "fenick", "tamsin", "xq", "a", "varnholdt"]
    for noun in rng.sample(nouns, 300):
        i = rng.randrange(len(noun))
        words += [noun, noun[:i] + noun[i + 1:], noun[:i] + "e" + noun[i:], noun[:i] + "z" + noun[i + 1:],
                  noun[:i] + noun[i + 1:i + 2] + noun[i] + noun[i + 2:]]
    for w in words:
        assert nm._indexed(w) == nm._scan(w), w
    assert any(nm._scan(w) for w in words[8:])  # the slips found nouns: the comparison means something


def test_data_loads_fast():
    nm._zipf_table.cache_clear()
    nm.zipf.cache_clear()
    nm.proper_nouns.cache_clear()
    nm._proper_by_length.cache_clear()
    nm._proper_choices.cache_clear()
    nm._nearest_proper_noun.cache_clear()
    start = time.process_time()  # CPU time: wall time on a shared machine measures the neighbours
    nm.zipf("anything")
    nm.nearest_proper_noun("Anythnig")
    assert time.process_time() - start < 0.5  # ~0.1 s on the dev machine


def test_rules_are_registered_with_docs():
    for code, severity in (("CD301", "warning"), ("CD302", "info"), ("CD303", "warning")):
        r = get_rule(code)
        assert r is not None and r.category == "spelling" and r.severity == severity


# --------------------------------------------------------------------------- CD301

FIGURE = (
    "Erodgan rejects sanctions threat\n\n"
    "ANKARA - Turkish President Recep Tayyip Erodgan said on Tuesday that his government "
    "would not bow to pressure over its purchase of a missile system.\n\n"
    "Speaking to members of his party in the capital, Erodgan said the deal had been "
    "signed and would be honoured.\n\n"
    "Officials in Washington have warned that the purchase could bring penalties. "
    "Erdogan has dismissed those warnings before.\n\n"
    "Analysts said the dispute was unlikely to end soon."
)


def test_cd301_known_spelling_beats_the_more_frequent_slip(run):
    findings = run(FIGURE, select=["CD3"])
    f = only(findings, "CD301")
    assert f.severity == "warning" and f.category == "spelling"
    assert f.suggestion == "Erdogan"
    assert '"Erodgan" (3×)' in f.message and '"Erdogan"' in f.message
    assert [e.role for e in f.evidence].count("variant") == 3
    assert [e.text for e in f.evidence if e.role == "preferred"] == ["Erdogan"]
    assert "CD303" not in codes(findings)
    assert_spans(FIGURE, findings)


MADE_UP = (
    "Local baker wins national prize\n\n"
    "Hettie Vrelanko opened her bakery on the high street eleven years ago. On Saturday "
    "Vrelanko was named baker of the year at a ceremony in the city.\n\n"
    "\"I never expected this,\" Vrelanko said. Customers queued outside the shop on Sunday "
    "morning to congratulate her.\n\n"
    "Vrelnako, who trained as a chemist, said she would spend the prize money on a new oven. "
    "Vrelanko plans to take on two apprentices next year."
)


def test_cd301_unknown_name_by_frequency(run):
    findings = run(MADE_UP, select=["CD3"])
    f = only(findings, "CD301")
    assert f.suggestion == "Vrelanko"
    assert f.message.startswith('"Vrelnako" looks like a misspelling of "Vrelanko"')
    assert "used 4×" in f.message
    assert [e.text for e in f.evidence] == ["Vrelnako", "Vrelanko"]
    assert [e.role for e in f.evidence] == ["variant", "preferred"]
    assert_spans(MADE_UP, findings)


def test_cd301_needs_a_clear_majority_when_nothing_else_knows(run):
    # a letter changed, not two swapped, once each: counts and word lists say nothing, but the
    # bare surname was never introduced, and news copy introduces a person in full first
    text = ("Hettie Vrelanko opened a bakery. Vrelanto said business was good.\n\n"
            "Customers praised the bread.")
    f = only(run(text, select=["CD3"]), "CD301")
    assert f.suggestion == "Vrelanko" and "never as" in f.message
    # two people, each introduced in full: two names
    two = ("Hettie Vrelanko opened a bakery. Her partner Sam Vrelanto said business was good.\n\n"
           "Customers praised the bread.")
    assert codes(run(two, select=["CD3"])) == []


def test_cd301_two_letters_swapped_in_a_later_mention(run):
    # once each, a name nobody else uses: the swap is the slip, and the full first mention
    # is the spelling to keep
    text = ("Hettie Vrelanko opened a bakery on the high street in May.\n\n"
            "Customers praised the bread. Vrelnako said business was good.")
    f = only(run(text, select=["CD3"]), "CD301")
    assert f.severity == "warning" and f.suggestion == "Vrelanko"
    assert f.message == ('"Vrelnako" looks like a misspelling of "Vrelanko" (two letters swapped; '
                         'the name is first given as "Vrelanko", line 1)')
    assert [(e.text, e.role) for e in f.evidence] == [("Vrelnako", "variant"), ("Vrelanko", "preferred")]
    assert_spans(text, [f])


def test_cd301_swap_whatever_the_parser_makes_of_the_word(run):
    # spaCy takes the unknown spelling for a place, an organisation or an adverb ("-ly"):
    # the swap of a name the article spells right is still found
    text = ("Bishops meet in Rome\n\n"
            "Peter Iseley, a member of the survivors' network, spoke to reporters on Monday.\n\n"
            "The meeting ended without an agreement on reporting abuse to the police.\n\n"
            "Iseely also said the church had not done enough.")
    f = only(run(text, select=["CD3"]), "CD301")
    assert f.suggestion == "Iseley" and '"Iseely"' in f.message
    text = ("Storm season ends\n\n"
            "Typhoon Haiyan killed more than 6,000 people in 2013.\n\n"
            "Officials said this year's storms were weaker than Haiayn.")
    f = only(run(text, select=["CD3"]), "CD301")
    assert f.suggestion == "Haiyan"


def test_cd301_names_that_are_swaps_of_each_other_and_both_english(run):
    text = ("Carol Reed and Carlo Rossi opened the festival on Friday.\n\n"
            "Carlo said the films were the best in years; Carol agreed.")
    assert codes(run(text, select=["CD3"])) == []


# --------------------------------------------------------------------------- CD302

VARIANTS = (
    "Cairo court adjourns trial\n\n"
    "A court in Cairo on Monday adjourned the trial of Mohammed Abdel-Rahman, a former "
    "minister accused of taking bribes.\n\n"
    "Lawyers for Muhammad Abdelrahman said the evidence against him had been fabricated. "
    "The court will sit again next month.\n\n"
    "Prosecutor José Ortega told reporters that Abdel Rahman had refused to answer "
    "questions. Jose Ortega did not say when a verdict was expected."
)


def test_cd302_transliteration_diacritic_and_hyphen_variants(run):
    findings = run(VARIANTS, select=["CD3"])
    assert set(codes(findings)) == {"CD302"}, [(f.code, f.message) for f in findings]
    messages = " | ".join(f.message for f in findings)
    assert all(f.severity == "info" for f in findings)
    assert '"Mohammed Abdel-Rahman"' in messages and '"Muhammad Abdelrahman"' in messages
    assert '"José Ortega" and "Jose Ortega": one name spelt two ways; pick one' in messages
    texts = {e.text for f in findings for e in f.evidence}
    assert {"Mohammed", "Muhammad", "José", "Jose"} <= texts
    assert {"Abdel-Rahman", "Abdelrahman", "Abdel Rahman"} <= texts
    assert_spans(VARIANTS, findings)


def test_cd302_one_finding_per_name(run):
    text = ("Qassem Farahani arrived in Geneva on Sunday.\n\n"
            "Talks with Qasem Farahani resumed on Monday, officials said.")
    findings = run(text, select=["CD3"])
    f = only(findings, "CD302")
    assert f.message == '"Qassem Farahani" and "Qasem Farahani": one name spelt two ways; pick one'
    assert [e.text for e in f.evidence] == ["Qassem", "Qasem"]


# --------------------------------------------------------------------------- CD303

PLACE = (
    "Envoys meet for ceasefire talks\n\n"
    "Envoys from both sides met in Washingotn on Thursday for a second round of talks "
    "on a ceasefire.\n\n"
    "The meeting lasted four hours, a spokesman said, and will continue next week."
)


def test_cd303_well_known_place_misspelt_once(run):
    findings = run(PLACE, select=["CD3"])
    f = only(findings, "CD303")
    assert f.severity == "warning" and f.category == "spelling"
    assert f.suggestion == "Washington"
    assert f.message == '"Washingotn" looks like a misspelling of "Washington"'
    assert [e.text for e in f.evidence] == ["Washingotn"]
    assert_spans(PLACE, findings)


def test_cd303_dropped_letter_in_a_country(run):
    text = ("Troops begin withdrawal\n\n"
            "The last foreign troops left Afganistan on Monday, the defence ministry said.")
    f = only(run(text, select=["CD3"]), "CD303")
    assert f.suggestion == "Afghanistan"


def test_cd303_real_places_that_look_like_slips_are_left_alone(run):
    text = ("Storm hits Kansas towns\n\n"
            "The storm damaged homes in Pittsburg, Kansas, and in Emporia on Tuesday. "
            "Residents of Pittsburg said the power was back by the evening.")
    assert codes(run(text, select=["CD3"])) == []


# --------------------------------------------------------------------------- house list

def test_house_list_suppresses_flags(run):
    assert codes(run(PLACE, select=["CD3"], allow_words=["Washingotn"])) == []
    # the house says the unusual spelling is right: it is never flagged, and it wins
    findings = run(FIGURE, select=["CD3"], known_names=["Recep Tayyip Erodgan"])
    assert not any(e.text == "Erodgan" and e.role == "variant" for f in findings for e in f.evidence)
    f = only(findings, "CD301")
    assert f.suggestion == "Erodgan" and "house list" in f.message
    findings = run(VARIANTS, select=["CD3"], known_names=["José Ortega", "Jose Ortega"])
    assert not any("Ortega" in f.message for f in findings)


def test_house_list_names_the_right_form(run):
    text = ("Hettie Vrelnako opened a bakery. Vrelnako said business was good. Vrelnako "
            "thanked her customers.\n\nVrelanko plans to hire two apprentices.")
    f = only(run(text, select=["CD3"], known_names=["Hettie Vrelanko"]), "CD301")
    assert f.suggestion == "Vrelanko"
    assert '"Vrelnako" (3×)' in f.message and "house list" in f.message


def test_house_list_spelling_not_used_in_the_article(run):
    text = ("Hettie Vrelnako opened a bakery. Vrelnako said business was good.\n\n"
            "Customers praised the bread.")
    f = only(run(text, select=["CD3"], known_names=["Hettie Vrelanko"]), "CD301")
    assert f.suggestion == "Vrelanko" and [e.text for e in f.evidence] == ["Vrelnako", "Vrelnako"]
    text = "Qasem Farahani arrived in Geneva on Sunday for talks."
    f = only(run(text, select=["CD3"], known_names=["Qassem Farahani"]), "CD302")
    assert f.severity == "info" and f.suggestion == "Qassem"
    assert f.message == '"Qasem Farahani": the house list spells it "Qassem"'


def test_house_list_with_diacritics(run):
    findings = run(VARIANTS, select=["CD3"], known_names=["José Ortega"])
    f = next(f for f in findings if "Ortega" in f.message)
    assert f.suggestion == "José" and 'the house list has "José"' in f.message
    assert [(e.text, e.role) for e in f.evidence] == [("José", "preferred"), ("Jose", "variant")]


def test_house_list_picks_the_variant(run):
    text = ("Qassem Farahani arrived in Geneva on Sunday.\n\n"
            "Talks with Qasem Farahani resumed on Monday, officials said.")
    f = only(run(text, select=["CD3"], known_names=["Qasem Farahani"]), "CD302")
    assert f.suggestion == "Qasem"
    assert 'the house list has "Qasem"' in f.message
    assert [e.role for e in f.evidence] == ["variant", "preferred"]


# --------------------------------------------------------------------------- clean copy

CLEAN = {
    "british": (
        "Council to reorganise bus routes\n\n"
        "The council will reorganise bus routes in the city centre from next month, its "
        "transport committee said. The colour-coded map will be available at the Civic "
        "Centre, and the defence of the plan fell to councillor Margaret Ellison.\n\n"
        "Ellison said the council had travelled to Manchester and Leeds to study their "
        "networks. Labour members supported the proposal."
    ),
    "american": (
        "City to reorganize bus routes\n\n"
        "The city will reorganize bus routes downtown next month, its transportation "
        "department said. The color-coded map will be available at the Civic Center, and "
        "the defense of the plan fell to council member Margaret Ellison.\n\n"
        "Ellison said officials had traveled to Denver and Pittsburgh to study their "
        "networks. Labor unions supported the proposal."
    ),
    "mother-and-daughter": (
        "Mother and daughter graduate together\n\n"
        "Maria Lopez and her daughter Ana Lopez received their degrees on Saturday. "
        "Maria Lopez, 52, studied nursing at night while working at a bakery.\n\n"
        "\"We did our homework at the same table,\" Ana Lopez said. Lopez, 24, plans to "
        "become a teacher. Karin Smith, their tutor, and Karen Jones, the dean, attended."
    ),
    "iran-iraq": (
        "Iran and Iraq sign water deal\n\n"
        "Iran and Iraq signed an agreement on Sunday to share water from rivers that "
        "cross their border. Officials from Iraq said the deal would help farmers in the "
        "south.\n\n"
        "Iran's foreign minister said talks with Iraq would continue. Austria and "
        "Australia sent observers, as did Sweden and Switzerland."
    ),
    "place-and-adjective": (
        "Hotel fire kills pilgrims\n\n"
        "Fire swept through a hotel in the old city on Tuesday. Many of the guests were Indian; "
        "the Myanma embassy confirmed two Buddhist pilgrims from Myanmar also died."
    ),
    "foreign-names": (
        "Ministers meet in Brussels\n\n"
        "Foreign ministers Jaroslav Novotný, Ngozi Okonjo-Iweala, Mohammed bin Abdulrahman "
        "Al Thani and Volodymyr Prystaiko met in Brussels on Friday.\n\n"
        "Novotný said the meeting had been useful. Okonjo-Iweala called for more trade. "
        "Al Thani and Prystaiko spoke to reporters afterwards in Brussels, and Novotný "
        "left for Prague. Okonjo-Iweala flew to Abuja; Prystaiko returned to Kyiv."
    ),
}


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_clean_copy_has_no_name_findings(run, name):
    findings = run(CLEAN[name], select=["CD3"])
    assert codes(findings) == [], [(f.code, f.message) for f in findings]


def test_rules_stay_fast(make_doc):
    doc = make_doc(VARIANTS + "\n\n" + FIGURE + "\n\n" + MADE_UP)
    from copydesk.checks import run_rules, select_rules

    list(run_rules(doc, select_rules(["CD3"])))  # data loaded
    doc.extras.clear()
    start = time.process_time()  # CPU time: a busy shared machine must not fail it
    list(run_rules(doc, select_rules(["CD3"])))
    assert time.process_time() - start < 0.1
