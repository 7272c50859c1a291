"""The claims layer's lexicons: reporting, hedging, harm and blame words, and the grammar
words clauses are read with. The long open-class lists (reporting, harm, complicity, wrongdoer
and agent words) are data in ``copydesk/data/claims_en.txt``, role words in
``copydesk/data/roles_en.txt``, each with its licence note; short grammar lists stay here."""

from __future__ import annotations

import re

from ..vocab import mapping, words

_CLAIMS = "claims_en.txt"  # report, harm, complicity and agent words (MIT)

# Verbs that report what someone said or thinks: their clausal complement is attributed.
REPORT_VERBS = words(_CLAIMS, "report_verbs")
DENY_VERBS = frozenset({"deny", "refute", "dispute"})
# Passive raising verbs that hedge their content: "X is thought to have ...".
HEDGE_RAISING = frozenset({"think", "believe", "say", "report", "rumor", "rumour", "understand",
                           "suppose", "presume", "reckon", "estimate", "expect", "consider",
                           "feared", "fear"})
# Transparent raising verbs: "X is known to be ..." (asserted, polarity carried through).
PLAIN_RAISING = frozenset({"know", "show", "find", "prove", "confirm"})
SEEM_VERBS = frozenset({"appear", "seem"})
HEDGE_ADJ = frozenset({"likely", "unlikely", "possible", "probable"})
# Passives that attribute their content to an unnamed (or "by X") source.
ATTR_PASSIVE = frozenset({"allege", "accuse", "blame", "credit", "suspect", "implicate", "indict"})
# Active verbs of accusation: "US forces blamed the Quds Force for an attack".
ACCUSE_ACTIVE = frozenset({"accuse", "blame", "implicate", "suspect"}) | words("speech_senses_en.txt", "blame_frames")
# Verbs whose coordination with a violence verb marks its verbal sense ("attacked ... and blamed").
SPEECH_PARTNERS = words("speech_senses_en.txt", "speech_partners")
# Violence verbs whose act on an animal is farming, hunting or a rite, and the animals
# (the literal-senses vocabulary's "animal" domain).
ANIMAL_ACTS = words("speech_senses_en.txt", "animal_acts")
# What makes a bare number after "shot" a round's score: the infinitive of its result
# ("shot 68 to finish at 11 under") or a word of par in its sentence.
SCORE_RESULTS = words("speech_senses_en.txt", "score_results")
SCORE_WORDS = words("speech_senses_en.txt", "score_words")


def _literal_domain(name: str) -> frozenset[str]:
    from ..vocab import DATA

    for line in (DATA / "literal_senses_en.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith(name + ":"):
            return frozenset(line.split(":", 1)[1].split())
    return frozenset()


ANIMALS = _literal_domain("animal")
# Legal frames: a finding or charge of wrongdoing (strong when the charge is a harm word).
LEGAL_PASSIVE = frozenset({"charge", "convict", "arrest", "detain", "sentence", "jail", "imprison",
                           "prosecute", "try", "indict", "fine", "sanction", "investigate",
                           "hold", "find"})
ASPECTUAL = frozenset({"begin", "start", "continue", "try", "attempt", "manage", "seek", "keep",
                       "go", "used", "tend", "fail", "refuse", "decline", "resume", "cease", "stop"})
NEGATING_ASPECT = frozenset({"fail", "refuse", "decline", "cease", "stop"})
HEDGE_ADV = frozenset({"reportedly", "allegedly", "apparently", "purportedly", "supposedly",
                       "presumably", "possibly", "probably", "perhaps", "likely", "maybe",
                       "seemingly", "ostensibly", "arguably", "rumoredly", "reputedly"})
UNKNOWN_ADJ = frozenset({"unclear", "uncertain", "unknown", "unconfirmed", "unverified"})
KNOW_NEG = frozenset({"know", "clear", "certain", "confirm", "establish", "determine", "verify"})

# Wrongdoing and violence.
HARM_VERBS = words(_CLAIMS, "harm_verbs")
# Harm verbs whose object decides: "shot the film" is not violence.
HARMLESS_OBJECTS = {verb: set((objects or "").split())
                    for verb, objects in mapping(_CLAIMS, "harmless_objects").items()}
HARMLESS_AIMS = {verb: set((aims or "").split())
                 for verb, aims in mapping(_CLAIMS, "harmless_aims").items()}
HARM_NOUNS = words(_CLAIMS, "harm_nouns")
STRIKE_COMPOUNDS = frozenset({"air", "drone", "missile", "rocket", "military", "artillery", "mortar"})
DEATH_NOUNS = frozenset({"death", "casualty", "fatality", "loss", "killing", "injury", "harm",
                         "destruction", "suffering", "bloodshed", "toll"})
# Verbs of complicity or direction: harm words among their arguments make the claim strong.
COMPLICITY = words(_CLAIMS, "complicity_verbs")
COMPLICITY_ADJ = frozenset({"responsible", "guilty", "culpable", "complicit", "instrumental",
                            "involved", "liable", "behind", "accountable"})
BLAME_ADJ = frozenset({"responsible", "guilty", "culpable", "complicit", "liable", "accountable"})
# Nouns that call their referent a wrongdoer: "X was a war criminal".
WRONGDOER_NOUNS = words(_CLAIMS, "wrongdoer_nouns")
# People and groups named by a common noun: "the man", "the accused", "the crown prince", "the
# militants". With a definite determiner or a possessive, such a subject is someone an
# accusation can be laid against, as a name is.
PERSON_NOUNS = words(_CLAIMS, "agent_nouns")
# Adjectives that, predicated of an agent, lay wrongdoing at its door: "X had been abusive to her".
HARM_ADJ = frozenset({"abusive", "violent", "corrupt", "fraudulent", "murderous", "dishonest", "brutal"})
# Nouns whose clausal complement is hearsay: "rumors circulated that he was killed".
RUMOR_NOUNS = frozenset({"rumor", "rumour", "speculation", "suggestion", "report", "claim",
                         "allegation", "accusation", "belief", "suspicion", "fear", "word"})
ATTR_NOUNS = frozenset({"report", "claim", "allegation", "accusation"})
# Passives that present their subject through someone's eyes: "was seen as", "is regarded as".
AS_PASSIVE = frozenset({"see", "regard", "view", "consider", "describe", "know", "hail", "brand",
                        "label", "call", "portray", "depict", "recognise", "recognize", "praise"})
CAUSAL = frozenset({"result", "cause", "lead", "leave", "claim", "trigger", "spark"})
# Verbs whose complement a subject does not commit: "prevented the attack", "condemned the killing".
NOT_AGENTIVE = words(_CLAIMS, "not_agentive_verbs")
QUANT_HEADS = frozenset({"hundred", "thousand", "dozen", "million", "billion", "number", "score",
                         "series", "wave", "string", "spate", "campaign", "lot", "host", "scores",
                         "tens", "hundreds", "thousands", "millions", "dozens", "wave", "act",
                         "acts", "kind", "type", "part", "count", "charge", "accusation",
                         "allegation", "suspicion", "guilt", "case", "trial"})

# Fact slots (role words are data: copydesk/data/roles_en.txt).
ROLE_VERBS = words("roles_en.txt", "claim_role_verbs")
BELIEF_VERBS = words("claims_en.txt", "belief_verbs")
ROLE_NOUNS = words("roles_en.txt", "claim_role_nouns")
AS_ROLE_VERBS = words("roles_en.txt", "as_role_verbs")
# "took charge of", "took the helm at", "took the reins": a post as the object of "take".
TAKE_POSTS = frozenset({"charge", "helm", "reins"})
MEMBER_NOUNS = frozenset({"member", "part", "fellow", "affiliate"})
LOCATED_VERBS = frozenset({"live", "reside", "stay", "settle", "dwell"})
# Moving to an organisation is joining it ("moved to Castlebury in 2017", a club); to a
# place it is not.
MOVE_VERBS = frozenset({"move", "transfer", "switch"})
LOCATED_PASSIVE = frozenset({"base", "locate", "headquarter", "station", "situate", "house"})
DIED_PASSIVE = frozenset({"kill", "assassinate", "murder", "execute", "slay", "behead", "lynch"})
QUANT_VERBS = frozenset({"have", "number", "total", "reach", "count", "employ", "own", "hold",
                         "contain", "comprise", "rise", "fall", "grow", "increase", "decrease",
                         "drop", "climb", "exceed", "top", "surpass", "collect", "win", "receive",
                         "earn", "lose", "cost", "raise", "spend"})
COPULAS = frozenset({"be", "remain", "become", "stay"})

PERSON_PRONOUNS = frozenset({"he", "she", "i", "we", "him", "her", "me", "us"})
ENTITY_PRONOUNS = PERSON_PRONOUNS | {"they", "them", "it", "you"}
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
AGENT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
ENTITY_LABELS = AGENT_LABELS | frozenset({"FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
NOT_ENTITY_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL",
                               "CARDINAL", "LANGUAGE"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_NOUNS = frozenset({"province", "city", "region", "state", "county", "district", "village",
                         "town", "country", "island", "valley", "capital", "area", "neighbourhood",
                         "neighborhood", "suburb", "port", "republic", "governorate", "prefecture"})

CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "parataxis", "xcomp", "pcomp",
                         "acl", "csubj", "dep"})
# Children whose subtrees are separate clauses (not part of this clause's tokens).
SPLIT_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl"})
MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
TIME_RE = re.compile(rf"\b(?:1[5-9]\d\d|20\d\d)s?\b|\b(?:{MONTHS})\b|\b(?:monday|tuesday|wednesday|"
                     r"thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight)\b|"
                     r"\b(?:last|next|this|previous|following)\s+(?:week|month|year|decade|spring|"
                     r"summer|autumn|fall|winter|weekend)\b|\b\d+\s+(?:years?|months?|days?|weeks?)\s+ago\b",
                     re.I)
DURATION_RE = re.compile(r"\b(?:for|over|during|about|nearly|almost|more than|less than|some)?\s*"
                         r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few)"
                         r"\s+(?:years|decades|months|weeks|days|centuries)\b(?!\s+ago)", re.I)
IRREGULAR = {"oversaw": "oversee", "overseen": "oversee", "oversees": "oversee",
             "led": "lead", "ordered": "order", "helped": "help", "masterminded": "mastermind",
             "orchestrated": "orchestrate", "directed": "direct", "organised": "organise",
             "organized": "organize", "plotted": "plot", "backed": "back", "funded": "fund",
             "sponsored": "sponsor", "commanded": "command", "supervised": "supervise",
             "launched": "launch", "committed": "commit", "carried": "carry", "killed": "kill",
             "murdered": "murder", "slaughtered": "slaughter", "tortured": "torture"}
MAX_OBJECT = 80
_UNSET = object()
# The small model's lemmatizer slips that matter here.
LEMMA_FIX = {"raped": "rape", "raping": "rape", "rapes": "rape", "oversaw": "oversee",
             "lied": "lie", "lying": "lie", "stabbed": "stab", "shelled": "shell"}
CHARGE_NOUNS = frozenset({"charge", "count", "accusation", "allegation", "indictment", "prosecution",
                          "trial", "lawsuit", "suit", "claim"})
# Harm verbs with a figurative use when their object is an idea: "attacked the plan".
FIGURATIVE = frozenset({"attack", "assault", "kill", "slaughter", "butcher", "torture", "shoot",
                        "bomb", "massacre", "abuse"})
ABSTRACT_NOUNS = frozenset({"plan", "bill", "idea", "proposal", "policy", "law", "deal", "decision",
                            "ruling", "report", "claim", "remark", "comment", "statement", "view",
                            "record", "plan", "budget", "reform", "measure", "motion", "amendment",
                            "theory", "argument", "speech", "book", "film", "show", "song",
                            "album", "chance", "hope", "mood", "rumour", "rumor", "story", "vote",
                            "language", "grammar", "tune", "note", "lyric", "price", "rate",
                            "proclamation", "declaration", "legislation", "resolution",
                            "announcement", "recognition", "move", "agreement", "treaty",
                            "initiative", "strategy", "approach", "position", "stance", "message",
                            "narrative", "coverage", "article", "programme", "program", "campaign",
                            "candidacy", "nomination", "appointment", "judgment", "judgement",
                            "inquiry", "probe", "subpoena", "investigation", "impeachment", "trial",
                            "verdict", "hearing", "process", "system", "media", "press", "record"})
ABSTRACT_SUFFIXES = ("ism", "ness", "ology", "acy", "tion", "sion", "ment", "ance", "ence")
# Nouns with an abstract-looking ending that name people or places: "attacked the police station".
CONCRETE_NOUNS = frozenset({"station", "installation", "delegation", "population", "nation",
                            "location", "settlement", "encampment", "parliament", "apartment",
                            "department", "regiment", "detachment", "contingent", "residence",
                            "embassy", "ambulance", "congregation", "generation", "garrison",
                            "mansion", "pension", "compartment", "battalion", "division", "mission",
                            "legion", "audience", "convention"})
# Transitive verbs that a headline uses as a bare passive: "Mayor stabbed on stage".
HEADLINE_PASSIVES = HARM_VERBS | DIED_PASSIVE | frozenset({"wound", "injure", "arrest", "detain", "jail",
                                                           "charge", "convict", "sentence", "free",
                                                           "release", "hurt", "find", "elect", "name"})
DECADES = frozenset({"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                     "nineties", "noughties", "1960s", "1970s", "1980s", "1990s", "2000s"})
NEG_CONTRACTION = re.compile(r"n[´’'`]t$")
