"""The tense of the verb that governs a temporal expression: "past", "present", "future"
or None (no verb, e.g. a headline noun phrase).

With a spaCy parse the verb is found by climbing the dependency tree from the expression's
root; without one, a small word-window heuristic looks at the verbs around it.
"""

from __future__ import annotations

import re

FUTURE_AUX = {"will", "'ll", "shall", "wo", "’ll"}
MODALS = {"would", "could", "may", "might", "should", "must", "'d", "ought", "can", "’d"}
# A verb of planning or expecting makes its infinitive or passive future ("is set to begin",
# "is scheduled for", "plans to", "is due").
FUTURE_LEMMAS = {"plan", "expect", "schedule", "set", "intend", "aim", "hope", "want", "seek",
                 "prepare", "promise", "vow", "threaten", "propose", "slate", "due", "poise",
                 "going", "likely", "able", "forecast", "predict", "anticipate", "project",
                 "await", "pledge", "vote", "decide", "agree", "try", "attempt", "need",
                 "wish", "look", "gear", "ready", "bound", "about"}
PAST_TAGS = {"VBD"}
PRESENT_TAGS = {"VBZ", "VBP"}


def verb_tense(tok) -> str | None:
    """Tense of a verbal group headed by tok (a spaCy Token that is a verb or auxiliary)."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    words = [a.lower_ for a in auxes]
    tags = [a.tag_ for a in auxes]
    if any(w in FUTURE_AUX for w in words):
        return "future"
    if any(w in ("would", "'d", "’d") for w in words):
        return None  # future-in-the-past of reported speech: relative to the report, not now
    if any(w in MODALS for w in words) or any(t == "MD" for t in tags):
        if "have" in words:
            # "could have happened": past; "would have been 80 on Feb. 20": counterfactual
            return None if any(w in ("would", "'d", "’d") for w in words) else "past"
        if words and words[0] == "can":
            return "present"
        return "future"
    if "to" in words and tok.tag_ == "VB":
        head = tok.head
        if head.i == tok.i or head.dep_ == "ROOT" and head.pos_ not in ("VERB", "AUX"):
            return "future"  # headline "Apple to give free cases"
        if head.lemma_.lower() in FUTURE_LEMMAS or head.lower_ in FUTURE_LEMMAS:
            if verb_tense(head) == "past" and head.lemma_.lower() not in ("vote", "decide", "agree"):
                return None  # "was expected to pass Wednesday": future seen from the past
            return "future"
        if head.pos_ in ("VERB", "AUX", "ADJ") and head.i != tok.i:
            return verb_tense(head) if head.pos_ in ("VERB", "AUX") else None
        return "future"
    if tok.lemma_.lower() in ("schedule", "set", "slate", "due", "plan", "expect") and tok.tag_ == "VBN":
        if any(t in PRESENT_TAGS for t in tags) or any(w in ("is", "are", "'s", "am") for w in words):
            return "future"
    if tok.lower_ in ("due", "set", "poised", "likely", "expected") and any(w in ("is", "are") for w in words):
        return "future"
    # "going to" + verb
    if tok.lower_ == "going" and any(c.lower_ == "to" for c in tok.rights):
        return "future"
    if any(t in PAST_TAGS for t in tags) or any(w in ("was", "were", "had", "did") for w in words):
        return "past"
    if tok.tag_ == "VBN" and any(w in ("has", "have", "'s", "'ve") for w in words):
        return "present"  # present perfect: grammatically present, the event is recent
    if tok.tag_ in PAST_TAGS:
        return "past"
    if tok.tag_ == "VBN" and not auxes:
        # a reduced relative ("figures released April 3", "a debate scheduled for May 2")
        if tok.lemma_.lower() in ("schedule", "set", "slate", "plan", "expect", "due", "timetable"):
            return "future"
        return "past"
    if any(t in PRESENT_TAGS for t in tags) or tok.tag_ in PRESENT_TAGS:
        if tok.tag_ == "VBG" or any(t == "VBG" for t in tags):
            return "present"
        return "present"
    if tok.tag_ == "VBG":
        # a participle clause: take the tense of what it hangs from
        head = tok.head
        if head.i != tok.i and head.pos_ in ("VERB", "AUX"):
            return verb_tense(head)
        return None
    return None


def governing_verb(span):
    """The verb a spaCy Span hangs from, or None."""
    tok = span.root
    seen = 0
    while seen < 12:
        inside = span.start <= tok.i < span.end
        if tok.pos_ in ("VERB", "AUX") and not inside:
            return tok
        if tok.head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX") and not inside else None
        tok = tok.head
        seen += 1
    return None


def span_tense(span) -> str | None:
    root = span.root
    if root.dep_ in ("poss", "compound", "nmod", "amod") and root.head.pos_ in ("NOUN", "PROPN"):
        # "Tuesday's hearing", "the Monday meeting": no verb speaks for it, unless the noun
        # names an outcome, over when it is reported ("Saturday's win", "Tuesday's blast")
        from ..events.vocab import outcome_nouns

        if root.head.lemma_.lower() in outcome_nouns():
            verb = governing_verb(span)
            return "future" if verb is not None and verb_tense(verb) == "future" else "past"
        return None
    verb = governing_verb(span)
    if verb is None:
        # a headline or nominal: any verb in the sentence
        for t in span.sent:
            if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX"):
                return verb_tense(t)
        # headline "to"-infinitive without a root verb
        for t in span.sent:
            if t.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children):
                return "future"
        return None
    return verb_tense(verb)


# --- without a parse -----------------------------------------------------------------------------

_FUT_RE = re.compile(r"\b(?:will|'ll|’ll|shall|would|could|may|might|should|must|going\s+to|(?:is|are|am|be)\s+(?:set|scheduled|expected|due|slated|poised|planned|likely)|plans?\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|to\s+be|upcoming|next)\b", re.I)
_PAST_WORDS = {
    "said", "was", "were", "had", "did", "went", "made", "told", "saw", "took", "came", "gave",
    "got", "left", "met", "won", "lost", "fell", "rose", "began", "held", "sold", "bought",
    "paid", "spent", "brought", "found", "became", "kept", "led", "ran", "set", "put", "shut",
    "hit", "cut", "built", "sent", "spoke", "wrote", "chose", "drove", "flew", "grew", "knew",
    "threw", "wore", "broke", "stole", "froze", "struck", "fought", "taught", "caught",
    "thought", "sought", "felt", "heard", "meant", "stood", "understood", "won", "ago", "died",
    "killed", "announced", "reported", "happened", "occurred", "signed", "released", "launched",
}
_PRESENT_WORDS = {"is", "are", "am", "says", "has", "have", "does", "do"}


_FUT_WORDS = {"will", "'ll", "’ll", "shall", "would", "could", "may", "might", "should", "must",
              "upcoming"}
_FUT_AFTER = {"set", "scheduled", "expected", "due", "slated", "poised", "planned", "likely",
              "plans", "plan", "intends", "aims", "hopes", "going"}


def _word_tense(words: list[str], i: int) -> str | None:
    w = words[i]
    if w in _FUT_WORDS:
        return "future"
    if w == "to" and i + 1 < len(words) and i > 0 and words[i - 1] in _FUT_AFTER | {"be"}:
        return "future"
    if w in _FUT_AFTER and i + 1 < len(words) and words[i + 1] in ("to", "for"):
        return "future"
    if w in _PAST_WORDS or (len(w) > 4 and w.endswith("ed") and w not in (
            "need", "speed", "seed", "feed", "breed", "indeed", "proceed", "exceed", "succeed",
            "hundred")):
        return "past"
    if w in _PRESENT_WORDS:
        return "present"
    return None


def text_tense(text: str, start: int, end: int) -> str | None:
    """Tense guessed from the words of the timex's sentence, nearest verb first (left, then
    right)."""
    s0 = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("? ", 0, start),
             text.rfind("! ", 0, start))
    s0 = 0 if s0 < 0 else s0 + 1
    ends = [i for i in (text.find(". ", end), text.find("\n", end), text.find("? ", end)) if i >= 0]
    s1 = min(ends) if ends else len(text)
    left = [w.lower() for w in re.findall(r"[\w'’]+", text[max(s0, start - 80):start])][-8:]
    right = [w.lower() for w in re.findall(r"[\w'’]+", text[end:min(s1, end + 60)])][:6]
    for i in range(len(left) - 1, -1, -1):
        if left[i] in ("that", "which", "who", "because", "but", "and") and i < len(left) - 1:
            break  # another clause
        t = _word_tense(left, i)
        if t:
            # "will be" / "is to": a future auxiliary just before the nearest verb
            if t != "future" and i > 0 and _word_tense(left, i - 1) == "future":
                return "future"
            return t
    for i in range(len(right)):
        if right[i] in ("that", "which", "who", "because", "but"):
            break
        t = _word_tense(right, i)
        if t:
            return t
    if re.match(r"^\s*[A-Z][^.\n]*\bto\s+[a-z]+", text[s0:start]):
        return "future"
    return None
