"""What a hit is and how far it reaches: the kind a word plays in its sentence (verb,
label, adjective...), whom a label names, whether it names a class rather than someone, and
the phrase a hit stands for ("brutal dictator", "utterly absurd", "lashed out").
"""

from __future__ import annotations

import re

from .lexicon import Entry


# A label adjective or compound counts when its head names people or a group.
PERSON_GROUP_NOUNS = frozenset("""
general commander leader chief president official minister ruler king prince cleric preacher imam
group organisation organization network cell militia movement regime state government army force
forces fighter member supporter sympathiser sympathizer people man men woman women boy girl youth
gang faction party activist mastermind element mob crowd rebel outfit thug thugs henchman leaders
regime ally allies proxy proxies followers follower soldier soldiers troops recruit recruits
brother brothers sister father mother son daughter husband wife individual person persons
suspect suspects killer killers attacker attackers gunman gunmen bomber bombers
""".split())
PERSON_ENTS = frozenset({"PERSON", "NORP", "ORG"})


NOBODY = frozenset({"who", "whoever", "anyone", "anybody", "someone", "somebody", "everyone", "everybody",
                    "nobody", "no-one", "whom"})
SPECIFIC_DETS = frozenset({"the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
                           "your", "a", "an"})


def is_generic(noun) -> bool:
    """A label for a class, not a call on someone: a bare plural with no determiner, name or
    possessive ("terrorist groups", "other extremists", "extremist groups like ..."). "The
    thugs", "a liar", "Trump is a serial liar" and "terrorist general Soleimani" name someone."""
    if noun.dep_ == "attr" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NOBODY for c in noun.head.children):
        return True  # "who is a terrorist", "anyone who is a racist": a question of the word, not a call
    if noun.tag_ not in ("NNS", "NNPS"):
        return False
    if noun.dep_ in ("attr", "appos"):
        return False
    for c in noun.children:
        if c.dep_ in ("det", "poss", "nummod", "appos") and (c.dep_ != "det" or c.lower_ in SPECIFIC_DETS):
            return False
        if c.dep_ == "compound" and c.pos_ == "PROPN":
            return False
    return True


IRREGULAR = {"slew": "slay", "slain": "slay", "brainwashed": "brainwash", "butchered": "butcher",
             "slaughtered": "slaughter", "massacred": "massacre", "slammed": "slam",
             "blasted": "blast", "lambasted": "lambast", "savaged": "savage", "smeared": "smear",
             "spewed": "spew", "peddled": "peddle", "parroted": "parrot", "ranted": "rant",
             "terrorised": "terrorise", "terrorized": "terrorize", "ravaged": "ravage",
             "trashed": "trash", "bashed": "bash", "vilified": "vilify", "demonised": "demonise",
             "demonized": "demonize", "weaponised": "weaponise", "weaponized": "weaponize"}


ATTRIBUTIVE_ONLY = frozenset({"evil", "wicked"})
INTENSIFIERS = frozenset("""
totally utterly absolutely completely entirely truly downright outright patently thoroughly
incredibly extremely insanely ridiculously hopelessly shamelessly grossly deeply profoundly
monumentally staggeringly astoundingly breathtakingly unbelievably so such most very really
simply especially particularly quite too increasingly genuinely positively frankly
""".split())
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "advmod", "npadvmod"})


def extent(tok, kind: str) -> tuple[int, int]:
    """The phrase a hit stands for: an attributive adjective with the noun it judges
    ("brutal dictator"), a noun or label with the modifiers before it ("habitual liar"),
    an intensifier or a manner adverb with what it qualifies ("utterly absurd", "mentally
    unhinged", "woefully ill-prepared"), and a pair or list of judging words joined by
    "and", "or", "but" or commas ("shrill, baseless claims", "timid but vicious", "mocked
    and belittled"). A phrase is one constituent: a span the parse does not hold together
    (one token whose head lies outside it) shrinks to the hit."""
    doc = tok.doc
    lo = hi = tok.i
    # intensifiers, manner adverbs and modifiers of the hit itself
    for c in tok.children:
        if c.i < tok.i and (c.dep_ in ("advmod",) and (c.lower_ in INTENSIFIERS or _manner(c, tok)) or
                            kind in ("noun", "label") and c.dep_ in MODIFIER_DEPS and c.pos_ in ("ADJ", "NOUN", "PROPN", "ADV", "VERB")):
            lo = min(lo, c.left_edge.i if c.dep_ != "advmod" else c.i)
    if kind in ("adj", "label") and tok.dep_ in ("amod", "compound") and tok.head.i > tok.i \
            and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i - tok.i <= 3:
        hi = tok.head.i
        for c in tok.head.children:
            if lo > c.i >= tok.i - 3 and c.dep_ in ("amod", "advmod") and c.i < tok.i:
                lo = c.i
    if kind == "adv" and tok.head.pos_ in ("VERB", "ADJ") and tok.i < tok.head.i <= tok.i + 3 \
            and all(not doc[j].whitespace_ for j in range(tok.i + 1, tok.head.i)):
        hi = tok.head.i  # "shamelessly lied", "woefully ill-prepared" (one hyphenated word)
    if kind in ("adj", "verb"):
        lo, hi = _coordinated(tok, lo, hi)
    if kind == "verb":
        for c in tok.children:
            if c.dep_ == "prt" and c.i == tok.i + 1:
                hi = max(hi, c.i)  # "lashed out", "lashes back"
    while lo < tok.i and (doc[lo].is_punct or doc[lo].pos_ in ("DET", "PRON", "CCONJ", "NUM")):
        lo += 1
    while hi > tok.i and (doc[hi].is_punct or doc[hi].pos_ in ("CCONJ",)):
        hi -= 1
    if any(doc[j].is_punct and doc[j].text not in ("-", ",") for j in range(lo, hi + 1)) \
            or any(doc[j].text == "," for j in range(lo, hi + 1)) and not _constituent(doc, lo, hi):
        return tok.i, tok.i if kind != "label" or hi != tok.i + 1 else hi
    return lo, hi


# adverbs that hedge, attribute or date a word rather than sharpen it ("allegedly corrupt",
# "recently criticised"): not part of the loaded phrase
NOT_MANNER = frozenset("""
allegedly reportedly apparently supposedly purportedly reputedly seemingly possibly probably
likely publicly privately officially formally previously recently currently initially
eventually finally originally formerly subsequently repeatedly frequently occasionally
early only nearly roughly approximately largely mostly partly partially mainly generally
widely already really
""".split())


def _manner(adv, tok) -> bool:
    """An "-ly" adverb right before the hit that says how ("mentally unhinged", "brazenly
    lied"), not a hedge or a time."""
    return adv.i == tok.i - 1 and adv.pos_ == "ADV" and adv.lower_.endswith("ly") and adv.lower_ not in NOT_MANNER


def _constituent(doc, lo: int, hi: int) -> bool:
    """The span is one phrase of the parse: exactly one token's head lies outside it."""
    return sum(1 for j in range(lo, hi + 1) if not lo <= doc[j].head.i <= hi or doc[j].head.i == j) == 1


JOINERS = frozenset({"and", "or", "but", ","})


def _coordinated(tok, lo: int, hi: int) -> tuple[int, int]:
    """A judging word paired with another of its kind ("sinful and scandalous", "timid but
    vicious", "shrill, baseless", "vilify and humiliate"): the pair is one loaded phrase."""
    doc = tok.doc
    pos = tok.pos_
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ == pos and tok.i < c.i <= tok.i + 3 and c.i > hi \
                and all(doc[j].lower_ in JOINERS for j in range(tok.i + 1, c.i)):
            hi = c.i
    if tok.dep_ == "conj" and tok.head.pos_ == pos and tok.i - 3 <= tok.head.i < lo \
            and all(doc[j].lower_ in JOINERS for j in range(tok.head.i + 1, tok.i)):
        lo = tok.head.i
    if pos == "ADJ" and tok.dep_ == "amod":
        # adjectives stacked on one noun with commas between ("shrill, baseless claims")
        for c in tok.head.children:
            if c.dep_ == "amod" and c.pos_ == "ADJ" and tok.i - 3 <= c.i < lo \
                    and all(doc[j].text == "," or doc[j].head.i == c.i for j in range(c.i + 1, lo)):
                lo = c.i
    return lo, hi


def verb_lemma(tok) -> str:
    return IRREGULAR.get(tok.lower_, tok.lemma_.lower())


HYPHEN_RE = re.compile(r"(?<![\w\-])[A-Za-z]+-(hating|obsessed|mad|crazed|baiting|mongering|bashing|infested|"
                       r"addled|brained|witted|thirsty|soaked|happy|spewing|spouting|worshipping|worshiping)(?![\w\-])",
                       re.I)


def pick_kind(tok, hits: dict[str, Entry]) -> str | None:
    pos, tag = tok.pos_, tok.tag_
    if "verb" in hits and (pos in ("VERB", "AUX") or tag.startswith("VB")):
        return "verb"
    if "adv" in hits and pos == "ADV":
        return "adv"
    if "label" in hits and pos in ("NOUN", "PROPN", "ADJ", "VERB") and not tok.lower_.endswith("ing"):
        if pos != "VERB" or tok.dep_ in ("amod", "compound"):
            return "label"  # not by the lemma of a gerund: "the hacking suspect" is no "hack"
    if "noun" in hits and pos in ("NOUN", "PROPN"):
        return "noun"
    if "adj" in hits and (pos in ("ADJ", "PROPN", "NOUN") or tag in ("VBN", "VBG", "JJ")):
        if tok.lower_ in ATTRIBUTIVE_ONLY and tok.dep_ != "amod":
            return None  # "good and evil", "the evil done by ...": not a verdict on someone
        return "adj"
    if "verb" in hits and pos == "ADJ" and tag in ("VBN", "JJ") and tok.lower_.endswith("ed"):
        return "verb"  # "slaughtered civilians" tagged as an adjective
    if "noun" in hits and pos == "VERB" and tok.dep_ in ("dobj", "pobj", "nsubj"):
        return "noun"
    if len(hits) == 1:
        kind = next(iter(hits))
        if kind == "adj" and pos == "VERB" or kind == "noun" and pos == "VERB" and tok.dep_ != "ROOT":
            return kind  # a tagger slip: "shocking" or "lies" tagged as a verb
    return None


def label_head(tok):
    """The person or group a label names: None when the label is itself the noun ("the
    terrorists"), the head noun for a modifier ("terrorist general"), False when the
    modifier's head is an event or a thing ("terrorist attack", "terrorist-related posts")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text in ("-", "‐") and not nxt.whitespace_ and not tok.whitespace_:
        return False  # the first part of a hyphenated modifier: "terrorist-related", "thug-style"
    if tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i:
        head = tok.head
        if head.pos_ == "PROPN" or head.ent_type_ in PERSON_ENTS or head.lemma_.lower() in PERSON_GROUP_NOUNS \
                or head.lower_ in PERSON_GROUP_NOUNS:
            return head
        return False
    if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr", "amod", "conj"):
        subj = tok.head if tok.dep_ == "amod" else None
        if subj is not None and (subj.pos_ in ("PROPN", "PRON") or subj.lemma_.lower() in PERSON_GROUP_NOUNS):
            return None
        if tok.dep_ in ("acomp", "attr"):
            s = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if s is not None and (s.pos_ in ("PROPN", "PRON") or s.ent_type_ in PERSON_ENTS
                                  or s.lemma_.lower() in PERSON_GROUP_NOUNS):
                return None
        return False
    return None
