"""Readings of a listed word that are not a verdict: a literal sense ("slaughtered cattle",
"crude oil", "a horror film", "prices were hammered"), a legal term in a legal frame
("convicted of murder", "designated a terrorist organisation") and part of a proper name
("Bloody Sunday", "the Srebrenica massacre").

Literal senses are decided by what the word is said of: when its object, subject, the noun
it modifies or its "of" complement is an animal, a crop, a commodity, a market figure, the
weather or a disease (``copydesk/data/literal_senses_en.txt``), the word is literal.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .phrases import PERSON_ENTS, PERSON_GROUP_NOUNS, verb_lemma


NAME_ENTS = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "GPE", "LOC", "NORP"})
# Legal and official frames: the term is the charge, the finding or the designation.
LEGAL_CUES = frozenset("""
convict charge accuse indict plead sentence jail try prosecute arrest acquit suspect investigate
face clear find admit confess deny designate proscribe list classify blacklist sanction ban
""".split())
# the verbs that make a legal frame by themselves, whatever word they frame ("charged with
# making false statements"); "face", "find", "ban" do so only for a word that is a charge
LEGAL_STEPS = frozenset("convict charge accuse indict plead sentence jail prosecute arrest acquit".split())
LEGAL_NEXT = frozenset("""
charge charges trial case conviction convictions offence offences offense offenses suspect suspects
investigation inquiry probe law laws legislation court act designation list watchlist count counts
allegation allegations accusation accusations sentence
""".split())
LEGAL_WORDS = frozenset({"murderer", "terrorist", "corrupt", "fraud", "war criminal", "mass murderer",
                         "extremist", "racist", "radical", "traitor"})
LEGAL_BEFORE = frozenset({"attempted", "first-degree", "second-degree", "convicted", "alleged", "suspected",
                          "accused", "self-described", "self-proclaimed", "self-styled", "avowed",
                          "designated", "listed", "so-called"})
# A verb of criticism is loaded only when it takes a person, a group or a statement: not
# "the car slammed into a wall", "blasted through the rock".
CRITICISM_VERBS = frozenset({"slam", "blast", "trash", "bash", "skewer", "savage", "lambast",
                             "lambaste", "eviscerate"})
HORROR_LITERAL = frozenset({"film", "films", "movie", "movies", "genre", "fiction", "story", "stories",
                            "writer", "author", "novel", "show", "series", "game", "franchise",
                            "comic", "comics", "flick", "film-maker", "filmmaker"})
HOAX_LITERAL = frozenset({"bomb", "call", "calls", "caller", "threat", "email", "e-mail", "alarm"})


def sentence_initial(tok) -> bool:
    i = tok.i
    doc = tok.doc
    while i > tok.sent.start and (doc[i - 1].is_punct or doc[i - 1].is_space or doc[i - 1].text in ("•", "·")):
        i -= 1
    return i == tok.sent.start


def is_name(tok, title: bool) -> bool:
    """Part of a proper name or title: capitalised inside a sentence, in a named entity, or
    capitalised at a sentence start beside another capitalised word of the same name."""
    if not tok.text[:1].isupper() or tok.text.isupper() and len(tok.text) > 1 and not title and tok.ent_type_ == "":
        return False
    neighbours = [tok.doc[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(tok.doc)]
    cap_neighbour = any(n.text[:1].isupper() and n.is_alpha and not sentence_initial(n) or
                        (n.i == tok.i + 1 and n.text[:1].isupper() and n.is_alpha) for n in neighbours)
    if title:
        return tok.ent_type_ in NAME_ENTS and cap_neighbour and tok.ent_iob_ != "" and \
            tok.doc[tok.i].ent_type_ not in ("NORP",)
    if not sentence_initial(tok):
        return True
    return cap_neighbour and (tok.ent_type_ in NAME_ENTS or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN")


def name_before(tok) -> bool:
    """An event named by a place or a date before it: "Srebrenica massacre"."""
    if tok.pos_ != "NOUN" or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return (prev.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "EVENT", "NORP") and prev.dep_ in ("compound", "nmod", "amod")
            and prev.head.i == tok.i) or (prev.pos_ == "PROPN" and prev.dep_ == "compound" and prev.head.i == tok.i)


def legal_frame(first, last, cues: frozenset[str] = LEGAL_CUES) -> bool:
    """A legal term in a legal frame: "convicted of murder", "murder charges", "a convicted
    murderer", "designated a terrorist organisation", "self-described neo-Nazi". ``cues``: the
    verbs that frame it (``LEGAL_STEPS`` for a word that is not itself a charge)."""
    doc = first.doc
    sent = first.sent
    for j in range(max(sent.start, first.i - 6), first.i):
        t = doc[j]
        if t.lemma_.lower() in cues or t.lower_ in LEGAL_BEFORE:
            return True
    nxt = last.i + 1
    while nxt < min(len(doc), sent.end) and doc[nxt].pos_ in ("NOUN", "ADJ", "PROPN") and doc[nxt].lower_ not in LEGAL_NEXT:
        nxt += 1
        if nxt - last.i > 2:
            break
    if nxt < min(len(doc), sent.end) and doc[nxt].lemma_.lower() in LEGAL_NEXT:
        return True
    node = first
    for _ in range(5):
        head = node.head
        if head.i == node.i:
            break
        if head.lemma_.lower() in cues:
            return True
        node = head
    return False


def literal_sense(tok, kind: str) -> str | None:
    lemma = verb_lemma(tok)
    low = tok.lower_
    kids = list(tok.children)
    if kind != "label" and _said_of_thing(tok):
        return "literal"  # "slaughter of 2,000 hogs", "pests ravaged the wheat", "a brutal winter"
    if kind == "label" and lemma == "butcher":
        if not (any(c.dep_ == "prep" and c.lower_ == "of" for c in kids) or tok.dep_ in ("appos", "attr")):
            return "literal"  # "a butcher's shop", "the local butcher"
    if kind == "verb" and lemma in CRITICISM_VERBS:
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        takes_person = obj is not None and (obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in PERSON_ENTS
                                            or obj.lemma_.lower() in PERSON_GROUP_NOUNS or _abstractish(obj))
        judged = any(c.dep_ == "prep" and c.lower_ in ("for", "as", "over") for c in kids)
        if not (takes_person or judged):
            return "literal"  # "slammed into a wall", "blasted the rock"
    if lemma == "horror" or low in ("horror", "scary", "creepy", "spooky"):
        if tok.dep_ == "compound" or any(c.lower_ in HORROR_LITERAL for c in (tok.head,)) or tok.head.lower_ in HORROR_LITERAL:
            return "literal"  # "a horror film", "scary stories" read at a convention: a genre
    if low == "crude" and any(t.lower_ in COMMODITY_NOUNS for t in tok.doc[tok.i + 1:tok.i + 4]):
        return "literal"  # "crude oil", "crude palm oil": unrefined
    if lemma == "hoax" and any(c.lower_ in HOAX_LITERAL for c in kids):
        return "literal"
    if lemma == "chilling" or low == "chilling":
        if tok.head.lower_ == "effect":
            return "literal"  # the legal "chilling effect"
    if low in ("brutality",) and any(c.lower_ == "police" for c in kids):
        return "literal"  # "protests against police brutality": the name of the cause
    if low == "bloody" and tok.head.lower_ in ("nose", "noses", "mary", "marys"):
        return "literal"
    if low in MEDICAL_LITERAL and any(t.lemma_.lower() in MEDICAL_NOUNS for t in tok.sent):
        return "literal"  # "a more virulent strain", "bloody diarrhoea", "toxic fumes"
    if kind == "adj" and _about_a_work(tok):
        return "literal"  # a review's word for a comedy or a thriller: "an absurd comedy series"
    return None


LITERAL_FILE = Path(__file__).resolve().parents[2] / "data" / "literal_senses_en.txt"


@lru_cache(maxsize=1)
def literal_senses() -> dict[str, str]:
    """lemma -> domain, from literal_senses_en.txt."""
    out: dict[str, str] = {}
    for raw in LITERAL_FILE.read_text("utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if ":" in line:
            domain, _, words = line.partition(":")
            for w in words.split():
                out.setdefault(w.lower(), domain.strip())
    return out


def _thing(tok) -> bool:
    """A noun of a literal domain, not a person or a group: "hogs", "the wheat", "prices"."""
    if tok.ent_type_ in PERSON_ENTS or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    senses = literal_senses()
    return tok.lemma_.lower() in senses or tok.lower_ in senses


def _said_of_thing(tok) -> bool:
    """What a loaded word is said of, when that is an animal, a crop, a commodity, a market
    figure, the weather or a disease: its object or passive subject (verb), the subject of an
    intransitive verb ("prices crashed"), the noun it modifies or the subject it is predicated
    of (adjective), its "of" complement or compound (noun: "slaughter of hogs", "hog
    slaughter"), or the noun it is compounded into ("slaughter rates")."""
    kids = list(tok.children)
    pos = tok.pos_
    targets = []
    if pos == "VERB" or tok.tag_.startswith("VB") and tok.dep_ not in ("amod",):
        objs = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
        targets = objs or [c for c in kids if c.dep_ == "nsubj"]
        if tok.dep_ in ("acl", "relcl") and not objs:
            targets.append(tok.head)  # "the land that had been ravaged", "cattle slaughtered"
    elif pos == "ADJ" or tok.dep_ == "amod":
        if tok.dep_ in ("amod", "conj") and tok.head.pos_ in ("NOUN", "PROPN"):
            targets = [tok.head]
        elif tok.dep_ in ("acomp", "attr"):
            targets = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif pos in ("NOUN", "PROPN"):
        targets = [g for c in kids if c.dep_ == "prep" and c.lower_ in ("of", "in", "among")
                   for g in c.children if g.dep_ == "pobj"]
        targets += [c for c in kids if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i]
        if tok.dep_ == "compound" and tok.head.i > tok.i:
            targets.append(tok.head)
    return bool(targets) and all(_thing(t) for t in targets)


COMMODITY_NOUNS = frozenset({"oil", "oils", "petroleum", "palm", "prices", "price", "futures", "output",
                             "imports", "exports", "production", "stocks", "inventories", "tanker", "sugar",
                             "rubber", "ore", "steel", "glycerin", "barrel", "barrels", "benchmark"})
MEDICAL_LITERAL = frozenset({"virulent", "bloody", "toxic", "noxious", "poisonous", "venomous", "malignant",
                             "medieval", "lethal"})
MEDICAL_NOUNS = frozenset("""
disease illness infection virus bacterium bacteria strain outbreak epidemic pandemic plague fever
symptom diarrhoea diarrhea cough vomiting pathogen tumour tumor cancer patient vaccine chemical gas
fume fumes smoke substance leak spill pesticide waste snake spider bite venom
""".split())
WORK_NOUNS = frozenset({"film", "movie", "series", "comedy", "novel", "book", "album", "song", "sketch",
                        "satire", "drama", "thriller", "episode", "sitcom", "musical", "opera", "parody",
                        "documentary", "miniseries", "cartoon", "comic", "videogame"})
# also a work when it is the word's own head ("a bizarre show"), not further on ("an absurd show
# trial", "a shameful plot to rig the vote", "his ridiculous story" are verdicts in news)
HEAD_WORK_NOUNS = WORK_NOUNS | {"show", "character", "role", "game", "farce"}


def _about_a_work(tok) -> bool:
    """A judging adjective in a description of a film, a book or a show: the review's or the
    work's own word ("hosts the absurd and shallow On Cinema film review series")."""
    head = tok.head
    while head.dep_ in ("amod", "conj") and head.head.i != head.i and head.pos_ == "ADJ":
        head = head.head
    if tok.dep_ in ("amod", "conj") and head.lemma_.lower() in HEAD_WORK_NOUNS:
        return True
    for t in tok.doc[tok.i + 1:min(tok.i + 9, tok.sent.end)]:
        if t.is_punct and t.text != "-" or t.pos_ in ("VERB", "AUX"):
            break
        if t.lemma_.lower() in WORK_NOUNS:
            return True
    root = tok.sent.root
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in WORK_NOUNS for c in root.children)
ABSTRACT_HINT = ("tion", "sion", "ment", "ism", "ance", "ence", "ity", "cy")


def _abstractish(tok) -> bool:
    lemma = tok.lemma_.lower()
    return lemma.endswith(ABSTRACT_HINT) or lemma in {"plan", "deal", "decision", "move", "bill", "law",
                                                       "policy", "idea", "proposal", "ruling", "report",
                                                       "claim", "remark", "comment", "statement", "speech",
                                                       "record", "response", "budget", "handling"}
