"""The words the entities stage reads names by: labels, titles, gendered and person nouns.

The open-class lists (titles and honorifics with the role and gender they give, nouns that
name a person or an organisation, heads and suffixes that make a name an organisation, speech
verbs, name particles) are data: ``copydesk/data/people_en.txt``, with its licence note. The
closed classes stay here: spaCy's labels, pronouns, determiners, function words.
"""

from __future__ import annotations

from ..vocab import mapping, words

NAME_LABELS = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART",
               "LAW", "LANGUAGE"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
GROUP_LABELS = {"ORG", "NORP"}  # what "they" may stand for

M, F = 1, -1

_PEOPLE = "people_en.txt"  # titles, person and organisation nouns, speech verbs (MIT)
_GENDER = {"m": M, "f": F}


def _titles() -> dict[str, tuple[str | None, int]]:
    out: dict[str, tuple[str | None, int]] = {}
    for key, value in mapping(_PEOPLE, "titles").items():
        role, _, gender = (value or "-").partition(" ")
        out[key] = (None if role == "-" else role, _GENDER.get(gender.strip(), 0))
    return out


# Titles and honorifics (lower case, without the dot) -> (role word, gender).
TITLES = _titles()
# Words that go with a title without being one ("former Prime Minister", "Lt Gen").
TITLE_MODS = set(words(_PEOPLE, "title_modifiers"))
_TITLE_WORDS = set(TITLES) | TITLE_MODS
_GENDERED_NOUNS = {**{w: F for w in sorted(words(_PEOPLE, "female_nouns"))},
                   **{w: M for w in sorted(words(_PEOPLE, "male_nouns"))}}
# Nouns that name a person: an unnamed "a senior official" competes for "he"/"she".
PERSON_NOUNS = set(_GENDERED_NOUNS) | words(_PEOPLE, "person_nouns")
# Generic heads that a definite nominal may use for an organisation or a place.
ORG_NOUNS = set(words(_PEOPLE, "org_nouns"))
# Relatives (an obituary's survivors): a name one of them describes is a person's.
KIN_NOUNS = frozenset(words(_PEOPLE, "kin_nouns"))
# "the Kelby resident": the name that modifies one of these is a place.
RESIDENT_NOUNS = frozenset(words(_PEOPLE, "resident_nouns"))
GENERIC_ORG_NOUNS = set(words(_PEOPLE, "generic_org_nouns"))
PLACE_NOUNS = {"country": ("country",), "nation": ("country",),
               "city": ("city", "city1m"), "capital": ("city", "city1m")}
# Heads that make a capitalised run an organisation, not a title + surname ("General Motors").
ORG_HEADS = set(words(_PEOPLE, "org_heads"))
# Last words that make a name a company or an organisation, whatever spaCy's label.
ORG_SUFFIXES = set(words(_PEOPLE, "org_suffixes"))
# Last words that make a name a street: "Mill Lane", "Quay Road".
STREET_SUFFIXES = frozenset(words(_PEOPLE, "street_suffixes"))
SPEECH_VERBS = set(words(_PEOPLE, "speech_verbs"))
PARTICLES = set(words(_PEOPLE, "name_particles"))
FUNCTION_WORDS = {"of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "on", "in", "to"}
JUNK_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "he", "she", "they", "it", "his",
              "her", "their", "we", "i", "you", "mr", "mrs", "ms", "the", "a", "an", "this", "that"}

PRONOUNS = {
    "he": (M, "subj"), "him": (M, "obj"), "his": (M, "poss"), "himself": (M, "refl"),
    "she": (F, "subj"), "her": (F, "obj"), "hers": (F, "poss"), "herself": (F, "refl"),
    "they": (0, "subj"), "them": (0, "obj"), "their": (0, "poss"), "theirs": (0, "poss"),
    "themselves": (0, "refl"),
}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
APOSTROPHES = "'\u2019"
HYPHENS = {"-", "\u2010", "\u2011"}
DASH_TOKENS = {"-", "\u2010", "\u2011", "\u2013", "\u2014", "(", ")", ",", ":", ";", "/", "|", "\u2022"}
