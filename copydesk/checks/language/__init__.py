"""Language (CD6xx): loaded and emotive wording in the article's own voice.

One analysis, cached on the Document (``loaded_terms``), feeds both rules. Read the modules
in this order:

* ``lexicon``: the hand-written word list (``copydesk/data/loaded_en.txt``: labels, emotive
  verbs, adjectives, adverbs and nouns, idioms such as "blood on his hands") and ``Term``,
  one hit in an article;
* ``phrases``: the kind a word plays in its sentence, whom a label names ("terrorist
  general", not "a terrorist attack"), and the phrase a hit stands for ("brutal dictator",
  "simply preposterous", "pathetic and evasive", "lashed out");
* ``senses``: readings that are no verdict: literal ("slaughtered cattle", "crude oil"),
  legal ("convicted of murder") and proper names ("the Srebrenica massacre");
* ``voice``: whose words they are: quoted, attributed (reported speech, "what critics
  called a witch hunt"), or the author's in comment;
* ``analysis``: the pass over each block that puts these together, and the learned scorer
  (``copydesk.loaded_model``) that sets aside listed hits and adds words the list lacks;
* ``rules``: CD601 loaded-language and CD602 name-calling.

========  ================  ========  ==================================================
CD601     loaded-language   warning   emotive verbs, adjectives, nouns and idioms
CD602     name-calling      warning   labels applied to people or groups
========  ================  ========  ==================================================

Cost: one pass over the tokens and one regular expression per idiom present in a block.
"""

from __future__ import annotations

from . import analysis, rules  # noqa: F401  (importing rules registers CD601 and CD602)
from .analysis import loaded_terms
from .lexicon import LEXICON_FILE, Lexicon, Term, lexicon, parse_lexicon
from .rules import confident

__all__ = ["LEXICON_FILE", "Lexicon", "Term", "confident", "lexicon", "loaded_terms", "parse_lexicon"]
