"""The words the entities stage reads names by: labels, titles, gendered and person nouns.

Word lists, not logic: spaCy labels that name something, titles and honorifics with the role
and gender they give, nouns that name a person, an organisation or a place, heads and
suffixes that make a name an organisation, speech verbs, name particles, pronouns.
"""

from __future__ import annotations

NAME_LABELS = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART",
               "LAW", "LANGUAGE"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
GROUP_LABELS = {"ORG", "NORP"}  # what "they" may stand for

M, F = 1, -1

# Titles and honorifics (lower case, without the dot) -> (role word, gender, marks a person).
_T = {
    "mr": (None, M), "mrs": (None, F), "ms": (None, F), "miss": (None, F), "mx": (None, 0),
    "sir": (None, M), "dame": (None, F), "lady": (None, F), "lord": (None, M),
    "king": ("king", M), "queen": ("queen", F), "prince": ("prince", M),
    "princess": ("princess", F), "duke": ("duke", M), "duchess": ("duchess", F),
    "sheikh": ("sheikh", M), "ayatollah": ("ayatollah", M), "shah": ("shah", M),
    "pope": ("pope", M), "imam": ("imam", M), "rabbi": ("rabbi", 0),
    "dr": ("doctor", 0), "doctor": ("doctor", 0), "prof": ("professor", 0),
    "professor": ("professor", 0), "president": ("president", 0), "gen": ("general", 0),
    "general": ("general", 0), "col": ("colonel", 0), "colonel": ("colonel", 0),
    "capt": ("captain", 0), "captain": ("captain", 0), "cmdr": ("commander", 0),
    "commander": ("commander", 0), "adm": ("admiral", 0), "admiral": ("admiral", 0),
    "sgt": ("sergeant", 0), "sergeant": ("sergeant", 0), "cpl": ("corporal", 0),
    "corporal": ("corporal", 0), "pte": ("private", 0), "pvt": ("private", 0),
    "brig": ("brigadier", 0), "brigadier": ("brigadier", 0), "marshal": ("marshal", 0),
    "senator": ("senator", 0), "sen": ("senator", 0), "rep": ("representative", 0),
    "representative": ("representative", 0), "congressman": ("congressman", M),
    "congresswoman": ("congresswoman", F), "gov": ("governor", 0), "governor": ("governor", 0),
    "mayor": ("mayor", 0), "judge": ("judge", 0), "justice": ("justice", 0),
    "chancellor": ("chancellor", 0), "minister": ("minister", 0), "secretary": ("secretary", 0),
    "ambassador": ("ambassador", 0), "premier": ("premier", 0), "chairman": ("chairman", M),
    "chairwoman": ("chairwoman", F), "rev": ("reverend", 0), "reverend": ("reverend", 0),
    "bishop": ("bishop", 0), "archbishop": ("archbishop", 0), "cardinal": ("cardinal", M),
    "pastor": ("pastor", 0), "det": ("detective", 0), "detective": ("detective", 0),
    "inspector": ("inspector", 0), "sheriff": ("sheriff", 0), "coach": ("coach", 0),
    "speaker": ("speaker", 0), "commissioner": ("commissioner", 0), "lt": ("lieutenant", 0),
    "lieutenant": ("lieutenant", 0), "maj": ("major", 0), "emir": ("emir", M),
    "sultan": ("sultan", M), "empress": ("empress", F), "emperor": ("emperor", M),
    "councillor": ("councillor", 0), "councilman": ("councilman", M),
    "councilwoman": ("councilwoman", F), "superintendent": ("superintendent", 0),
    "chief": ("chief", 0), "director": ("director", 0), "officer": ("officer", 0),
}
TITLES = _T
# Words that go with a title without being one ("former Prime Minister", "Lt Gen").
TITLE_MODS = {"former", "late", "then", "acting", "deputy", "vice", "prime", "foreign", "defence",
              "defense", "interior", "finance", "home", "supreme", "attorney", "field", "major",
              "lieutenant", "lt", "rear", "state", "first", "grand", "crown", "ex", "assistant",
              "executive", "chief", "senior", "junior", "presidential", "retired", "retd", "us", "u.s",
              "uk", "brigadier", "staff", "lance", "master", "wing", "air", "vice-president",
              "de", "facto", "new", "incoming", "outgoing", "interim", "fellow"}
_TITLE_WORDS = set(TITLES) | TITLE_MODS
_GENDERED_NOUNS = {
    "mother": F, "daughter": F, "wife": F, "sister": F, "woman": F, "girl": F, "actress": F,
    "grandmother": F, "aunt": F, "niece": F, "widow": F, "girlfriend": F, "bride": F,
    "businesswoman": F, "spokeswoman": F, "chairwoman": F, "congresswoman": F, "queen": F,
    "princess": F, "duchess": F, "lady": F, "mum": F, "mom": F, "granddaughter": F,
    "stepmother": F, "fiancee": F, "heiress": F, "waitress": F, "policewoman": F, "nun": F,
    "father": M, "son": M, "husband": M, "brother": M, "man": M, "boy": M, "actor": M,
    "grandfather": M, "uncle": M, "nephew": M, "widower": M, "boyfriend": M, "groom": M,
    "businessman": M, "spokesman": M, "chairman": M, "congressman": M, "king": M, "prince": M,
    "duke": M, "lord": M, "dad": M, "grandson": M, "stepfather": M, "fiance": M, "heir": M,
    "policeman": M, "monk": M, "priest": M, "sheikh": M, "ayatollah": M,
}
# Nouns that name a person: an unnamed "a senior official" competes for "he"/"she".
PERSON_NOUNS = set(_GENDERED_NOUNS) | {
    "official", "spokesperson", "resident", "witness", "source", "commander", "officer", "soldier",
    "leader", "president", "minister", "diplomat", "analyst", "expert", "lawyer", "attorney",
    "judge", "doctor", "nurse", "teacher", "student", "victim", "suspect", "driver", "passenger",
    "pilot", "owner", "chief", "executive", "director", "manager", "worker", "employee", "member",
    "activist", "protester", "candidate", "senator", "governor", "mayor", "aide", "adviser",
    "advisor", "assassin", "agent", "journalist", "reporter", "correspondent", "author", "writer",
    "singer", "player", "coach", "general", "colonel", "captain", "friend", "neighbour",
    "neighbor", "colleague", "dictator", "ruler", "prosecutor", "defendant", "person", "child",
    "teenager", "patient", "farmer", "officer", "militant", "fighter", "gunman", "attacker",
    "politician", "lawmaker", "legislator", "economist", "scientist", "researcher", "professor",
    "ambassador", "envoy", "negotiator", "chairman", "founder", "partner", "relative",
    "investigator", "detective", "inspector", "sheriff", "spy", "veteran", "survivor", "cleric",
    "preacher", "bishop", "priest", "artist", "musician", "star", "boss", "ceo", "premier",
    "chancellor", "secretary", "representative", "congressman", "councillor", "guard",
    # occupations a profile names its subject by ("the painter", "the chef")
    "painter", "sculptor", "potter", "chef", "cook", "baker", "poet", "novelist", "actor", "actress",
    "dancer", "composer", "architect", "designer", "photographer", "footballer", "cricketer",
    "athlete", "runner", "cyclist", "boxer", "golfer", "swimmer", "climber", "engineer", "surgeon",
    "midwife", "pharmacist", "vet", "carpenter", "builder", "fisherman", "shopkeeper", "publican",
    "landlord", "landlady", "brewer", "winemaker", "gardener", "campaigner", "entrepreneur",
    "businessman", "businesswoman", "banker", "broadcaster", "presenter", "comedian", "filmmaker",
    "director", "producer", "playwright", "historian", "philanthropist", "volunteer",
}
# Generic heads that a definite nominal may use for an organisation or a place.
ORG_NOUNS = {"company", "firm", "group", "organisation", "organization", "agency", "party",
             "bank", "airline", "carrier", "retailer", "network", "newspaper", "union", "charity",
             "club", "team", "university", "department", "ministry", "force", "militia",
             "corporation", "startup", "insurer", "broadcaster", "manufacturer", "maker",
             "council", "committee", "campaign", "movement", "institute", "body", "regulator",
             "court", "board", "commission", "authority", "league", "publisher", "studio"}
GENERIC_ORG_NOUNS = {"company", "firm", "group", "organisation", "organization", "corporation",
                     "startup", "airline", "carrier", "retailer", "insurer", "broadcaster",
                     "manufacturer", "publisher", "bank"}
PLACE_NOUNS = {"country": ("country",), "nation": ("country",),
               "city": ("city", "city1m"), "capital": ("city", "city1m")}
# Heads that make a capitalised run an organisation, not a title + surname ("General Motors").
ORG_HEADS = {"motors", "electric", "dynamics", "assembly", "hospital", "council", "company",
             "corporation", "corp", "inc", "ltd", "plc", "group", "department", "ministry", "office",
             "court", "committee", "party", "force", "forces", "army", "navy", "guard", "guards",
             "corps", "agency", "bank", "university", "college", "school", "church", "mills",
             "foods", "airlines", "airways", "services", "staff", "command", "accounting"}
# Last words that make a name a company or an organisation, whatever spaCy's label.
ORG_SUFFIXES = {"inc", "ltd", "llc", "plc", "corp", "corporation", "co", "company", "group", "holdings",
                "robotics", "technologies", "technology", "systems", "airlines", "airways", "motors",
                "bank", "partners", "capital", "media", "energy", "pharmaceuticals", "pharma", "foods",
                "industries", "logistics", "labs", "laboratories", "solutions", "insurance", "entertainment",
                "studios", "publishing", "network", "networks", "communications",
                "telecom", "software", "ventures", "associates", "union", "university", "institute",
                "foundation", "association", "council", "committee", "agency", "department", "ministry",
                "party", "campaign", "commission", "authority", "board", "police", "army", "navy",
                "force", "corps", "guard", "brigade", "hospital", "school", "college"}
SPEECH_VERBS = {"say", "tell", "add", "write", "recount", "explain", "note", "insist", "claim",
                "ask", "state", "argue", "warn", "recall", "continue", "conclude", "reply",
                "respond", "quip", "tweet", "announce", "declare", "admit", "acknowledge",
                "comment", "remark", "observe", "suggest", "contend", "maintain", "assert",
                "joke", "shout", "cry", "whisper", "post", "testify", "confirm", "deny", "allege"}
PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "de", "del", "della", "der", "van", "von", "da",
             "di", "du", "la", "le", "dos", "das", "ben", "mc", "st"}
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
