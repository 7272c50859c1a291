"""Names and spelling (CD3xx): one name spelt two ways, and well-known names misspelt.

All three rules share one analysis, cached on the Document:

1. Name words: capitalised tokens that spaCy tags PROPN or puts in a name entity
   (PERSON, GPE, ORG, NORP, LOC, FAC, ...), not all capitals (acronyms, shouted headlines),
   with their mentions, entity labels and *runs* (neighbouring name words: "Qassem" in
   "Qassem Soleimani" has the neighbour "soleimani"). Hyphenated names and two- or
   three-word stretches of a run are kept as surfaces too, so that "Abdel-Rahman",
   "Abdel Rahman" and "Abdelrahman" meet.
2. Pairs of name words a few letters apart are classified by ``copydesk.names.variant_kind``
   (transliteration, diacritics/hyphens/spaces, misspelling, or different names). Which
   spelling is right comes first from the house list (``known-names``/``allow-words``),
   then from whether wordfreq's English list knows the spelling ("Petraeus" yes,
   "Petreaus" no), and only when neither says, from the counts in the article (a made-up
   name used six times against once).
3. Two people are not one name: words whose neighbours differ ("Karin Smith" and "Karen
   Jones") or whose entity kinds differ (Sydney the city, Sidney the man) are left alone;
   two common names (Barron/Baron) count as one only when they share a neighbour. Words of
   fewer than four letters are never compared, and a misspelling needs five (Iraj/Iran).
4. A lone unknown name word one typing slip from a well-known proper noun
   (``copydesk/data/names_proper_en.tsv``) that the article never spells right is CD303:
   any proper noun when the slip is two neighbouring letters swapped ("Jersualem"), a
   major place when the word is tagged as a place and a letter is dropped, added or wrong
   ("Afganistan").

The family is a package: ``records`` (forms, mentions, groups), ``collect`` (the article's
names), ``pairs`` (two forms judged), ``analyse`` (the analysis, cached on the Document) and
``rules`` (CD301 to CD303).
"""

from __future__ import annotations

from .analyse import analysis
from .records import NameAnalysis
from . import rules  # noqa: F401  (registers CD301 to CD303)

__all__ = ["NameAnalysis", "analysis"]
