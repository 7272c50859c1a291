"""The facts layer's vocabulary: role words from ``copydesk/data/roles_en.txt`` (data, with
its licence note), and the grammar words and patterns the statements are read with."""

from __future__ import annotations

import re

from ..vocab import mapping, words
from ..lazy_re import gated

_ROLES = "roles_en.txt"
# The top post of an organisation, however it is worded: all one title, "head".
TOP_TITLES = words(_ROLES, "top_titles")
# Other posts, kept as written (lemma).
OTHER_TITLES = words(_ROLES, "other_titles")
TITLE_WORDS = TOP_TITLES | OTHER_TITLES
# Words that make a title of its own: a deputy post is not the top post.
TITLE_MODS = mapping(_ROLES, "title_mods")
# Verbs that start a role: "was named commander", "became chair", "promoted to head".
START_VERBS = words(_ROLES, "start_verbs")
HONOURS = words(_ROLES, "honours")
REPEAT_VERBS = words(_ROLES, "repeat_verbs")
# Verbs of leading an organisation: "has run X since 2008", "already leading X when ...".
LEAD_VERBS = words(_ROLES, "lead_verbs")
# Taking charge of an organisation: the start of heading it ("took over the bakery").
LEAD_START_VERBS = words(_ROLES, "lead_start_verbs")
LEAD_START_NOUNS = words(_ROLES, "lead_start_nouns")
# Passive verbs that hand a person charge with one of those nouns ("was handed the gavel").
CHARGE_GIVEN_VERBS = words(_ROLES, "charge_given_verbs")
# A post named by anaphora ("in the post", "held the job", "took up the role") and the verbs
# that are in it, hold it or take it up.
POST_ANAPHORS = words(_ROLES, "post_anaphors")
ANAPHOR_IN_VERBS = words(_ROLES, "anaphor_in_verbs")
ANAPHOR_HOLD_VERBS = words(_ROLES, "anaphor_hold_verbs")
ANAPHOR_START_VERBS = words(_ROLES, "anaphor_start_verbs")
# Verbs that begin a stint at a place ("joined the firm in 1990", "walked into the school").
STINT_START_VERBS = words(_ROLES, "stint_start_verbs")
CHARGE_VERBS = words(_ROLES, "charge_verbs")
# Common nouns that name an organisation a person can lead ("has run the company since 2008").
ORG_NOUNS = words(_ROLES, "org_nouns")
# Words that describe a person rather than name a post: "Iran's most recognizable commander".
DESCRIPTIVE = words(_ROLES, "descriptive")
# Verbs that end a role or a membership: "stepped down as X's director", "quit as treasurer".
END_VERBS = words(_ROLES, "end_verbs")
END_PASSIVE_ONLY = words(_ROLES, "end_passive_only")
# The post a title names ("chief executive" and "CEO" are one post, "chairman" another).
POST_CLASSES = mapping(_ROLES, "post_classes")
# Acts done once in a life: two dates for one are one act dated twice.
ONCE_ACTS = words(_ROLES, "once_acts")
ONCE_PER_NAME = words(_ROLES, "once_per_name")
REPEAT_WORDS = gated(r"\b(?:again|re-?(?:elected|appointed|joined)|re-named|second (?:time|term|stint)|"
                          r"third (?:time|term)|another term|once more|returned|rejoined|for a second|"
                          r"reinstated|back as|anew)\b", re.I)
# A figure that the clause itself says changes: its verb ("rose to 41") or a word of time
# ("now 41", "initially 30", "so far").
ALSO_RE = gated(r"\b(?:also|previously|earlier|last time|before that|as well|likewise|similarly|once)\b", re.I)
CHANGE_VERBS = frozenset({"rise", "climb", "increase", "grow", "jump", "swell", "reach", "mount", "bring",
                          "fall", "drop", "decrease", "decline", "revise", "update", "raise",
                          "lower", "soar", "double", "triple", "surpass", "exceed", "top",
                          "balloon", "shrink", "dip", "slip", "plunge", "hit", "cut", "boost"})
# The way a change goes: "rises 12%" and "jumped 9 percent" size one rise.
RISE_VERBS = frozenset({"rise", "climb", "increase", "grow", "jump", "soar", "surge", "gain", "balloon"})
FALL_VERBS = frozenset({"fall", "drop", "decrease", "decline", "slip", "plunge", "dip", "shrink", "slide", "sink",
                        "tumble"})
CHANGE_ADVS = frozenset({"now", "later", "initially", "originally", "earlier", "previously",
                         "currently", "far", "subsequently", "eventually", "since", "yet"})
CHANGE_ADJS = frozenset({"preliminary", "latest", "updated", "revised", "final", "initial", "new",
                         "earlier", "early", "official"})
NEG_WORDS = frozenset({"not", "n't", "never", "no", "nt", "neither", "nor", "without"})
DISPUTE_RE = re.compile(r"\b(?:disput(?:e|es|ed|ing)|contests?|contested|contradict\w*|conflicting|"
                        r"discrepan\w*|inconsisten\w*|other accounts?|other sources|others say|some say|"
                        r"while others|rejects?|rejected|den(?:y|ies|ied)|refut\w*|at odds|disagree\w*|"
                        r"(?:accounts|reports|versions|sources|figures|estimates|records) (?:differ|vary)|"
                        r"differing|varying (?:accounts|reports|figures))\b", re.I)
STOP = frozenset("""
a an the this that these those there here it its it's they them their he him his she her hers we us
our i me my you your who whom whose which what when where why how and or but nor so yet if then
than as of in on at by for to from with about into onto over under after before during since until
up down out off also just only even still very more most much many some any all each every both
either neither other such same own one's be am is are was were been being have has had having do
does did doing will would shall should can could may might must 's ’s - – — , . ; : ! ? " ' ( )
mr mrs ms dr not n't never no
""".split())
NUM_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
NUM_WORDS.update({"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                  "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100, "thousand": 1000,
                  "million": 1e6, "billion": 1e9, "trillion": 1e12, "a": 1})
SCALE = {"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "trillion": 1e12,
         "k": 1000, "m": 1e6, "bn": 1e9, "mn": 1e6, "dozen": 12}
MORE_RE = re.compile(r"\b(?:more than|over|at least|upwards of|in excess of|no fewer than|no less than|"
                     r"above|exceeding|beyond|upward of)\s*$", re.I)
LESS_RE = re.compile(r"\b(?:less than|fewer than|under|up to|at most|no more than|below|nearly|almost|"
                     r"just under|not quite|short of)\s*$", re.I)
APPROX_RE = re.compile(r"\b(?:about|around|approximately|roughly|some|an estimated|estimated|nearly|"
                       r"almost|close to|circa|c\.|approx\.?|or so)\s*$", re.I)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis", "xcomp", "pcomp",
                         "acl", "csubj", "dep", "advmod"})
SPLIT_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "conj"})
PREP_TIME_RE = re.compile(r"(since|in|on|at|by|until|till|from|before|after|during|as of|around|"
                          r"circa|between|through|to|of|when|while)\W*$", re.I)
