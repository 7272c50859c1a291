"""entities stage: who and what the article is about, with every mention of each.

``annotate(doc)`` fills ``doc.entities`` (ids "E1", "E2"... in order of first mention) and
leaves an :class:`EntityIndex` in ``doc.extras["entity_index"]`` for the later stages.

No coreference package works offline with spaCy's small model, so this is our own
resolver, built from cheap, explainable sieves:

1. **Name mentions** come from spaCy's entities (and capitalised PROPN runs that a title
   or honorific marks as a person), cleaned: a leading "the", bullets, possessive 's,
   titles and honorifics ("Gen", "Ms", "Prime Minister", "former") are cut off, and junk
   (lower case, numbers, single letters, a lone title) is dropped. What was cut off is
   kept as evidence: a title gives a *role* ("general") and sometimes a gender (Mr/Ms).
2. **Clustering** by name form, across spaCy's labels (it calls one man PERSON, GPE and
   ORG in one story): full names join when their surnames match and their given names
   agree (``copydesk.names`` decides when two spellings are one name: Qassem/Qasem,
   Petraeus/Petreaus, Soleimani/Solemani); a bare surname joins its full name, and when
   two people share it ("Maria Lopez", "Ana Lopez") each bare "Lopez" goes to the one
   mentioned last; acronyms join their expansion (NTSB, "... Corps (IRGC)"); an
   organisation's short form joins its long one ("Quds" / "Quds Force"; "Revolutionary
   Guard" / "Iranian Revolutionary Guards Corps").
3. **Nominals**: appositions and pre-name titles give an entity role words ("Qassem
   Soleimani, the Quds commander", "former CIA analyst Kenneth Pollack", "the
   61-year-old Soleimani"); a later definite "the commander" / "the 61-year-old" links to
   the most salient entity carrying that role. Generic "the company" / "the group" link
   to a recent organisation, "the country" to a recent country.
4. **Pronouns** (he/him/his/himself, she/her/hers/herself, they/them/their/themselves)
   are resolved by salience in the style of Lappin & Leass: each earlier mention adds a
   weight for recency (halved per sentence), subjecthood and objecthood, plus a topic
   bonus (the article's main subject so far), much larger for a paragraph that opens
   with the pronoun. Candidates must agree in number and gender (honorifics, gendered
   role nouns, a given-name list derived from US SSA baby-name counts, and pronouns
   already linked); an object pronoun cannot be its own clause's subject; a pronoun
   inside a direct quote cannot be the quote's speaker; unnamed people ("a senior
   official") and plural common nouns ("US officials") compete too, so that "they" or
   "he" that most likely means one of them stays unresolved rather than wrong. First
   person pronouns are left to the quotes stage (``add_mention``).

Everything is linear in tokens except the name clustering, which compares distinct name
forms (not mentions), pre-filtered by edit distance.

The index (``doc.extras["entity_index"]``, an :class:`EntityIndex`):

- ``entity_at(start, end)``: the entity with a mention overlapping the span (largest
  overlap, then tightest mention); a pronoun span is resolved on demand, and a span that
  overlaps no mention is looked up as a written name ("Gen Petraeus's");
- ``resolve_pronoun(start, end)``, ``add_mention(entity_id, mention)``, ``by_id(eid)``;
- ``lookup(text, at=None)``, ``gender(eid)``, ``roles(eid)``, ``mentions_in(start, end)``.

Set ``COPYDESK_DEBUG_ENTITIES=1`` (or ``2``) to print each pronoun's candidate scores.

The modules, in the order the text passes through them
-------------------------------------------------------

- ``vocab``: the word lists (labels, titles and honorifics, person, organisation and place nouns).
- ``words``: name words (one name in two spellings, given names' gender, initials, a name cleaned).
- ``syntax``: a mention's role in its clause, a life verb, a clause's subject.
- ``records``: mention, form, union-find, salience event, unnamed referent.
- ``mentions``: name mentions collected and cleaned (step 1), a mixin of the builder.
- ``clusters``: name forms clustered (step 2), a mixin of the builder.
- ``builder``: each cluster's entity: label, name, roles, gender.
- ``salience``: the weights and scores of step 4, a mixin of the resolver.
- ``nominals``: "the commander", "the company", "a senior official" (step 3), a mixin of the resolver.
- ``pronouns``: pronouns (step 4), a mixin of the resolver.
- ``resolver``: the one pass over the tokens that drives steps 3 and 4.
- ``index``: ``EntityIndex``, what later stages ask.
- ``stage``: ``annotate``.
"""

from __future__ import annotations

from .index import EntityIndex
from .mentions import MAX_TITLE_LOOKBACK
from .salience import (
                       CAPTION_DAMP,
                       DECAY,
                       MIN_SCORE,
                       QUOTE_DAMP,
                       SPEAKER_DECAY,
                       SPEAKER_MIN,
                       TOPIC_W,
                       TOPIC_W_PARA,
                       UNKNOWN_GENDER,
                       W_BASE,
                       W_ROLE,
                       WINDOW,
)
from .stage import annotate
from .vocab import (
                       APOSTROPHES,
                       DASH_TOKENS,
                       DETERMINERS,
                       FUNCTION_WORDS,
                       GENERIC_ORG_NOUNS,
                       GROUP_LABELS,
                       HYPHENS,
                       JUNK_WORDS,
                       NAME_LABELS,
                       ORG_HEADS,
                       ORG_NOUNS,
                       ORG_SUFFIXES,
                       PARTICLES,
                       PERSON_NOUNS,
                       PLACE_LABELS,
                       PLACE_NOUNS,
                       PRONOUNS,
                       SPEECH_VERBS,
                       TITLE_MODS,
                       TITLES,
                       F,
                       M,
)
from .words import DATA, GIVEN_NAMES_FILE, given_names

__all__ = ["APOSTROPHES", "CAPTION_DAMP", "DASH_TOKENS", "DATA", "DECAY", "DETERMINERS", "F", "FUNCTION_WORDS",
           "GENERIC_ORG_NOUNS", "GIVEN_NAMES_FILE", "GROUP_LABELS", "HYPHENS", "JUNK_WORDS", "M", "MAX_TITLE_LOOKBACK",
           "MIN_SCORE", "NAME_LABELS", "ORG_HEADS", "ORG_NOUNS", "ORG_SUFFIXES", "PARTICLES", "PERSON_NOUNS",
           "PLACE_LABELS", "PLACE_NOUNS", "PRONOUNS", "QUOTE_DAMP", "SPEAKER_DECAY", "SPEAKER_MIN", "SPEECH_VERBS",
           "TITLES", "TITLE_MODS", "TOPIC_W", "TOPIC_W_PARA", "UNKNOWN_GENDER", "WINDOW", "W_BASE", "W_ROLE",
           "EntityIndex", "annotate", "given_names"]
